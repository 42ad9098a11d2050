extension NumberConversion {
    /// ECMA-262 §21.1.3.3 Number.prototype.toFixed: `fractionDigits` (0…100) digits after the point, rounded half up
    /// on the exact binary value; magnitudes of 1e21 and above print as Number::toString.
    public static func toFixed(_ value: Double, fractionDigits: Int) -> String {
        let fractionCount = min(max(fractionDigits, 0), 100)
        if value.isNaN { return "NaN" }
        if !(value.magnitude < 1e21) { return toString(value) }
        if let text = exactFixed(value, fractionDigits: fractionCount) { return text }
        var text: [UInt8] = []
        text.reserveCapacity(fractionCount + 24)
        if value < 0 { text.append(0x2D) }
        var expansion = ExactDecimalExpansion(value.magnitude)
        var integerDigits = expansion.integerDigits
        if integerDigits.isEmpty { integerDigits = [0] }
        var fraction = expansion.fractionDigits(count: fractionCount + 1)
        let roundsUp = fraction[fractionCount] >= 5
        fraction.removeLast()
        if roundsUp, incrementDigits(&fraction) {
            if incrementDigits(&integerDigits) { integerDigits.insert(1, at: 0) }
        }
        for digit in integerDigits { text.append(0x30 + digit) }
        if fractionCount > 0 {
            text.append(0x2E)
            for digit in fraction { text.append(0x30 + digit) }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// ECMA-262 §21.1.3.2 Number.prototype.toExponential: one digit, a point and `fractionDigits` (0…100) more
    /// (rounded half up on the exact value), or, for nil, as many as the shortest round-trip needs.
    public static func toExponential(_ value: Double, fractionDigits: Int?) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        var text: [UInt8] = []
        if value < 0 { text.append(0x2D) }
        let digits: [UInt8]
        let exponent: Int
        if value == 0 {
            digits = [UInt8](repeating: 0, count: min(max(fractionDigits ?? 0, 0), 100) + 1)
            exponent = 0
        } else if let fractionDigits {
            (digits, exponent) = significantDigits(value.magnitude, count: min(max(fractionDigits, 0), 100) + 1)
        } else {
            let shortest = ShortestDecimal(value.magnitude)
            digits = decimalDigits(of: shortest.digits)
            exponent = shortest.pointPosition - 1
        }
        appendExponential(digits: digits, exponent: exponent, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// ECMA-262 §21.1.3.5 Number.prototype.toPrecision: `precision` (1…100) significant digits, rounded half up on
    /// the exact value, in fixed notation unless the exponent is below -6 or at least `precision`.
    public static func toPrecision(_ value: Double, precision: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        let count = min(max(precision, 1), 100)
        var text: [UInt8] = []
        text.reserveCapacity(count + 10)
        if value < 0 { text.append(0x2D) }
        let digits: [UInt8]
        let exponent: Int
        if value == 0 {
            digits = [UInt8](repeating: 0, count: count)
            exponent = 0
        } else {
            (digits, exponent) = significantDigits(value.magnitude, count: count)
        }
        if exponent < -6 || exponent >= count {
            // Step 10: exponential notation.
            appendExponential(digits: digits, exponent: exponent, to: &text)
        } else if exponent >= 0 {
            // Steps 11–12: the point after e + 1 digits (none when e = p - 1).
            for (index, digit) in digits.enumerated() {
                if index == exponent + 1 { text.append(0x2E) }
                text.append(0x30 + digit)
            }
        } else {
            // Step 13: "0.", -(e + 1) zeros, the digits.
            text.append(0x30)
            text.append(0x2E)
            for _ in 0..<(-(exponent + 1)) { text.append(0x30) }
            for digit in digits { text.append(0x30 + digit) }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// toFixed in 128-bit integer arithmetic: round(|value| × 10^f) = round(m × 10^f × 2^e) exactly, for f ≤ 22
    /// and products below 2^127 (most calls); nil otherwise.
    static func exactFixed(_ value: Double, fractionDigits: Int) -> String? {
        guard fractionDigits <= 22 else { return nil }
        let (significand, exponent) = value.magnitude.integerSignificandAndExponent
        let scaled = UInt128(significand) * UInt128(exactPowersOfTen[fractionDigits])  // below 2^53 × 10^22 < 2^127
        let rounded: UInt128
        if exponent >= 0 {
            guard scaled.leadingZeroBitCount > exponent + 1 else { return nil }
            rounded = scaled << exponent
        } else {
            let shift = -exponent
            if shift >= 128 {
                rounded = 0  // below 2^-1 units: rounds down
            } else {
                let quotient = scaled >> shift
                let roundBit = (scaled >> (shift - 1)) & 1
                rounded = quotient + roundBit  // half rounds up, as the spec picks the larger n
            }
        }
        if let small = UInt64(exactly: rounded) {
            return fixedText(small, fractionDigits: fractionDigits, negative: value < 0)
        }
        return fixedText(rounded, fractionDigits: fractionDigits, negative: value < 0)
    }

    /// The digits of `rounded` with a point before the last `fractionDigits` (≤ 22) of them, zero-padded.
    @inline(__always)
    static func fixedText<Number: FixedWidthInteger & UnsignedInteger>(
        _ rounded: Number, fractionDigits: Int, negative: Bool
    ) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            let base = buffer.baseAddress.unsafelyUnwrapped
            // At most 39 digits, a point and a sign, written from the end.
            var end = 64
            var remaining = rounded
            var written = 0
            while remaining != 0 || written <= fractionDigits {
                let (quotient, digit) = remaining.quotientAndRemainder(dividingBy: 10)
                if written == fractionDigits, fractionDigits > 0 {
                    end -= 1
                    base[end] = 0x2E
                }
                end -= 1
                base[end] = 0x30 + UInt8(truncatingIfNeeded: digit)
                remaining = quotient
                written += 1
            }
            if negative {
                end -= 1
                base[end] = 0x2D
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[end..<64]), as: UTF8.self)
        }
    }

    /// Appends d[.ddd]e±x.
    static func appendExponential(digits: [UInt8], exponent: Int, to text: inout [UInt8]) {
        for (index, digit) in digits.enumerated() {
            if index == 1 { text.append(0x2E) }
            text.append(0x30 + digit)
        }
        text.append(0x65)
        text.append(exponent < 0 ? 0x2D : 0x2B)
        for digit in decimalDigits(of: UInt64(exponent.magnitude)) { text.append(0x30 + digit) }
    }

    /// The decimal digits (values 0…9) of `number`, most significant first.
    static func decimalDigits(of number: UInt64) -> [UInt8] {
        var digits: [UInt8] = []
        var remaining = number
        repeat {
            digits.append(UInt8(remaining % 10))
            remaining /= 10
        } while remaining > 0
        digits.reverse()
        return digits
    }

    /// Adds one to the last digit, carrying; returns true when every digit was 9 (all are now 0).
    static func incrementDigits(_ digits: inout [UInt8]) -> Bool {
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] < 9 {
                digits[index] += 1
                return false
            }
            digits[index] = 0
            index -= 1
        }
        return true
    }

    /// The first `count` significant digits of `value` (positive, finite) rounded half up on the exact value, and
    /// the decimal exponent e of the first one (value ≈ d₁.d₂… × 10^e).
    static func significantDigits(_ value: Double, count: Int) -> (digits: [UInt8], exponent: Int) {
        var expansion = ExactDecimalExpansion(value)
        var digits = expansion.integerDigits
        var exponent: Int
        if !digits.isEmpty {
            exponent = digits.count - 1
            if digits.count > count + 1 {
                digits.removeLast(digits.count - count - 1)
            } else if digits.count < count + 1 {
                digits.append(contentsOf: expansion.fractionDigits(count: count + 1 - digits.count))
            }
        } else {
            let (leadingZeros, fraction) = expansion.significantFractionDigits(count: count + 1)
            exponent = -1 - leadingZeros
            digits = fraction
        }
        let roundsUp = digits[count] >= 5
        digits.removeLast()
        if roundsUp, incrementDigits(&digits) {
            // 99…9 became 100…0: one more integer digit.
            digits[0] = 1
            exponent += 1
        }
        return (digits, exponent)
    }
}

/// The exact decimal expansion of a positive finite double, produced digit by digit.
///
/// A double is m × 2^e exactly, so its expansion terminates: the integer part has at most 309 digits and the
/// fraction at most 1074. The fraction is kept as a fixed-point binary number with the point above its top limb;
/// multiplying it by 10^9 pushes the next nine decimal digits out of the top.
struct ExactDecimalExpansion {
    /// The digits (0…9) of the integer part, most significant first; empty when the integer part is zero.
    let integerDigits: [UInt8]
    /// The fraction not yet printed, as limbs (least significant first) over 2^(64 × limb count).
    private var fraction: [UInt64]
    /// Limbs below this index are zero.
    private var lowestLimb: Int

    init(_ value: Double) {
        let biasedExponent = Int(value.exponentBitPattern)
        let significand: UInt64
        let exponent: Int
        if biasedExponent == 0 {
            significand = value.significandBitPattern
            exponent = -1074
        } else {
            significand = value.significandBitPattern | (1 << 52)
            exponent = biasedExponent - 1075
        }
        if exponent >= 0 {
            fraction = []
            if exponent <= 11 {
                integerDigits = NumberConversion.decimalDigits(of: significand << exponent)
            } else {
                integerDigits = ExactDecimalExpansion.digits(ofSignificand: significand, shiftedLeftBy: exponent)
            }
        } else {
            let fractionBits = -exponent
            let integerPart = fractionBits < 64 ? significand >> fractionBits : 0
            let fractionPart = fractionBits < 64 ? significand & ((1 << fractionBits) - 1) : significand
            integerDigits = integerPart == 0 ? [] : NumberConversion.decimalDigits(of: integerPart)
            let limbCount = (fractionBits + 63) / 64
            let shift = limbCount * 64 - fractionBits
            var limbs = [UInt64](repeating: 0, count: limbCount)
            limbs[0] = fractionPart << shift
            if limbCount > 1, shift > 0 { limbs[1] = fractionPart >> (64 - shift) }
            fraction = limbs
        }
        lowestLimb = 0
        skipZeroLimbs()
    }

    /// The next `count` fraction digits (zeros once the expansion has ended).
    mutating func fractionDigits(count: Int) -> [UInt8] {
        var digits: [UInt8] = []
        digits.reserveCapacity(count + 9)
        while digits.count < count {
            appendChunk(nextChunk(), to: &digits, skippingLeadingZeros: false)
        }
        digits.removeLast(digits.count - count)
        return digits
    }

    /// Skips the fraction's leading zeros, then returns how many there were and the `count` digits after them.
    /// The fraction must be nonzero.
    mutating func significantFractionDigits(count: Int) -> (leadingZeros: Int, digits: [UInt8]) {
        var leadingZeros = 0
        var digits: [UInt8] = []
        digits.reserveCapacity(count + 9)
        while digits.isEmpty, lowestLimb < fraction.count {
            let chunk = nextChunk()
            if chunk == 0 {
                leadingZeros += 9
            } else {
                leadingZeros += 9 - NumberConversion.decimalDigitCount(chunk)
                appendChunk(chunk, to: &digits, skippingLeadingZeros: true)
            }
        }
        while digits.count < count {
            appendChunk(nextChunk(), to: &digits, skippingLeadingZeros: false)
        }
        digits.removeLast(digits.count - count)
        return (leadingZeros, digits)
    }

    /// The next nine fraction digits as an integer below 10^9.
    private mutating func nextChunk() -> UInt64 {
        var carry: UInt64 = 0
        var index = lowestLimb
        while index < fraction.count {
            let product = fraction[index].multipliedFullWidth(by: 1_000_000_000)
            let (low, overflow) = product.low.addingReportingOverflow(carry)
            fraction[index] = low
            carry = product.high &+ (overflow ? 1 : 0)
            index += 1
        }
        skipZeroLimbs()
        return carry
    }

    private mutating func skipZeroLimbs() {
        while lowestLimb < fraction.count, fraction[lowestLimb] == 0 { lowestLimb += 1 }
    }

    private func appendChunk(_ chunk: UInt64, to digits: inout [UInt8], skippingLeadingZeros: Bool) {
        var divisor: UInt64 = 100_000_000
        var started = !skippingLeadingZeros
        var remaining = chunk
        while divisor > 0 {
            let digit = remaining / divisor
            remaining %= divisor
            if digit != 0 { started = true }
            if started { digits.append(UInt8(digit)) }
            divisor /= 10
        }
    }

    /// The decimal digits of significand × 2^shift for shifts that overflow 64 bits.
    private static func digits(ofSignificand significand: UInt64, shiftedLeftBy shift: Int) -> [UInt8] {
        var limbs = [UInt64](repeating: 0, count: shift / 64 + 2)
        let bitShift = shift % 64
        limbs[shift / 64] = significand << bitShift
        if bitShift > 0 { limbs[shift / 64 + 1] = significand >> (64 - bitShift) }
        while limbs.last == 0 { limbs.removeLast() }
        // Divide by 10^19 repeatedly; each remainder is nineteen digits, least significant group first.
        let divisor: UInt64 = 10_000_000_000_000_000_000
        var groups: [UInt64] = []
        while !limbs.isEmpty {
            var remainder: UInt64 = 0
            var index = limbs.count - 1
            while index >= 0 {
                let (quotient, rest) = divisor.dividingFullWidth((high: remainder, low: limbs[index]))
                limbs[index] = quotient
                remainder = rest
                index -= 1
            }
            groups.append(remainder)
            while limbs.last == 0 { limbs.removeLast() }
        }
        var digits: [UInt8] = []
        for (position, group) in groups.reversed().enumerated() {
            let groupDigits = NumberConversion.decimalDigits(of: group)
            if position > 0 {
                for _ in groupDigits.count..<19 { digits.append(0) }
            }
            digits.append(contentsOf: groupDigits)
        }
        return digits
    }
}
