extension NumberConversion {
    /// ECMA-262 §7.1.4.1.1 StringToNumber: a StringNumericLiteral between StrWhiteSpace, correctly rounded; NaN otherwise.
    @inlinable
    public static func stringToNumber<C: Collection>(_ units: C) -> Double where C.Element == UInt16 {
        if let result = units.withContiguousStorageIfAvailable({ stringToNumber(buffer: $0) }) { return result }
        return Array(units).withUnsafeBufferPointer { stringToNumber(buffer: $0) }
    }

    /// ECMA-262 §19.2.4 parseFloat: the longest StrDecimalLiteral prefix after leading StrWhiteSpace; NaN if none.
    @inlinable
    public static func parseFloat<C: Collection>(_ units: C) -> Double where C.Element == UInt16 {
        if let result = units.withContiguousStorageIfAvailable({ parseFloat(buffer: $0) }) { return result }
        return Array(units).withUnsafeBufferPointer { parseFloat(buffer: $0) }
    }

    /// ECMA-262 §19.2.5 parseInt with `radix` already through ToInt32 (0 = 10, or 16 after "0x"), rounded as V8 does.
    @inlinable
    public static func parseInt<C: Collection>(_ units: C, radix: Int32) -> Double where C.Element == UInt16 {
        if let result = units.withContiguousStorageIfAvailable({ parseInt(buffer: $0, radix: radix) }) { return result }
        return Array(units).withUnsafeBufferPointer { parseInt(buffer: $0, radix: radix) }
    }

    // ECMA-262 §7.1.4.1.1 StringToNumber on contiguous code units.
    @usableFromInline
    static func stringToNumber(buffer: UnsafeBufferPointer<UInt16>) -> Double {
        var start = 0
        var end = buffer.count
        while start < end, isStrWhiteSpace(buffer[start]) { start += 1 }
        while end > start, isStrWhiteSpace(buffer[end - 1]) { end -= 1 }
        if start == end { return 0 }
        // StrNonDecimalIntegerLiteral: 0x, 0o, 0b (unsigned, whole string).
        if end - start > 2, buffer[start] == 0x30 {
            let bitsPerDigit: Int
            switch buffer[start + 1] | 0x20 {
            case 0x78: bitsPerDigit = 4  // x
            case 0x6F: bitsPerDigit = 3  // o
            case 0x62: bitsPerDigit = 1  // b
            default: bitsPerDigit = 0
            }
            if bitsPerDigit > 0 {
                let radix = 1 << bitsPerDigit
                for index in (start + 2)..<end where digitValue(buffer[index]) >= radix { return .nan }
                return powerOfTwoRadixValue(buffer, from: start + 2, to: end, bitsPerDigit: bitsPerDigit)
            }
        }
        guard let (value, literalEnd) = scanDecimalLiteral(buffer, from: start, to: end), literalEnd == end else {
            return .nan
        }
        return value
    }

    // ECMA-262 §19.2.4 parseFloat on contiguous code units.
    @usableFromInline
    static func parseFloat(buffer: UnsafeBufferPointer<UInt16>) -> Double {
        var start = 0
        let end = buffer.count
        while start < end, isStrWhiteSpace(buffer[start]) { start += 1 }
        return scanDecimalLiteral(buffer, from: start, to: end)?.value ?? .nan
    }

    // ECMA-262 §19.2.5 parseInt on contiguous code units.
    @usableFromInline
    static func parseInt(buffer: UnsafeBufferPointer<UInt16>, radix: Int32) -> Double {
        var index = 0
        let end = buffer.count
        while index < end, isStrWhiteSpace(buffer[index]) { index += 1 }
        var negative = false
        if index < end, buffer[index] == 0x2D || buffer[index] == 0x2B {
            negative = buffer[index] == 0x2D
            index += 1
        }
        var base = Int(radix)
        var stripPrefix = true
        if base != 0 {
            if base < 2 || base > 36 { return .nan }
            if base != 16 { stripPrefix = false }
        } else {
            base = 10
        }
        if stripPrefix, end - index >= 2, buffer[index] == 0x30, buffer[index + 1] | 0x20 == 0x78 {
            index += 2
            base = 16
        }
        let digitsStart = index
        while index < end, digitValue(buffer[index]) < base { index += 1 }
        let digitsEnd = index
        if digitsStart == digitsEnd { return .nan }
        // Leading zeros add nothing, and V8 drops them before grouping digits (which matters for the generic radixes).
        var first = digitsStart
        while first < digitsEnd, buffer[first] == 0x30 { first += 1 }
        let magnitude: Double
        if first == digitsEnd {
            magnitude = 0
        } else if base == 10 {
            magnitude = decimalValue(buffer, integerDigits: first..<digitsEnd, fractionDigits: digitsEnd..<digitsEnd, exponent: 0)
        } else if base & (base - 1) == 0 {
            magnitude = powerOfTwoRadixValue(buffer, from: first, to: digitsEnd, bitsPerDigit: base.trailingZeroBitCount)
        } else {
            magnitude = genericRadixValue(buffer, from: first, to: digitsEnd, radix: base)
        }
        return negative ? -magnitude : magnitude
    }

    /// StrWhiteSpaceChar (ECMA-262 §7.1.4.1): WhiteSpace (TAB, VT, FF, ZWNBSP, Zs) and LineTerminator.
    @inline(__always)
    static func isStrWhiteSpace(_ unit: UInt16) -> Bool {
        if unit > 0x20, unit < 0xA0 { return false }
        switch unit {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// The value of an ASCII digit or letter in radixes up to 36; 99 for anything else.
    @inline(__always)
    static func digitValue(_ unit: UInt16) -> Int {
        if unit &- 0x30 < 10 { return Int(unit &- 0x30) }
        let lower = unit | 0x20
        if lower &- 0x61 < 26 { return Int(lower &- 0x61) + 10 }
        return 99
    }

    /// Scans a StrDecimalLiteral (sign, Infinity, digits, point, exponent) at `start`, taking the longest valid prefix;
    /// returns its correctly rounded value and where it ends, or nil when there is none.
    static func scanDecimalLiteral(_ buffer: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> (value: Double, end: Int)? {
        var index = start
        var negative = false
        if index < end, buffer[index] == 0x2D || buffer[index] == 0x2B {
            negative = buffer[index] == 0x2D
            index += 1
        }
        if index < end, buffer[index] == 0x49 {  // "I"
            guard end - index >= 8 else { return nil }
            for offset in 0..<8 where buffer[index + offset] != infinityUnits[offset] { return nil }
            return (negative ? -.infinity : .infinity, index + 8)
        }
        let integerStart = index
        while index < end, buffer[index] &- 0x30 < 10 { index += 1 }
        let integerEnd = index
        var fractionStart = index
        var fractionEnd = index
        if index < end, buffer[index] == 0x2E {
            index += 1
            fractionStart = index
            while index < end, buffer[index] &- 0x30 < 10 { index += 1 }
            fractionEnd = index
        }
        if integerStart == integerEnd, fractionStart == fractionEnd { return nil }
        var exponent = 0
        if index < end, buffer[index] | 0x20 == 0x65 {  // "e" or "E"
            var cursor = index + 1
            var negativeExponent = false
            if cursor < end, buffer[cursor] == 0x2D || buffer[cursor] == 0x2B {
                negativeExponent = buffer[cursor] == 0x2D
                cursor += 1
            }
            if cursor < end, buffer[cursor] &- 0x30 < 10 {
                while cursor < end, buffer[cursor] &- 0x30 < 10 {
                    // Saturate: beyond a billion every value is 0 or infinite.
                    if exponent < 1_000_000_000 { exponent = exponent * 10 + Int(buffer[cursor] &- 0x30) }
                    cursor += 1
                }
                if negativeExponent { exponent = -exponent }
                index = cursor
            }
        }
        let magnitude = decimalValue(
            buffer, integerDigits: integerStart..<integerEnd, fractionDigits: fractionStart..<fractionEnd, exponent: exponent)
        return (negative ? -magnitude : magnitude, index)
    }

    /// "Infinity" as UTF-16.
    static let infinityUnits: [UInt16] = [0x49, 0x6E, 0x66, 0x69, 0x6E, 0x69, 0x74, 0x79]

    /// The double nearest to integerDigits.fractionDigits × 10^exponent (ties to even), as V8's correctly rounded
    /// StringToDouble gives.
    static func decimalValue(
        _ buffer: UnsafeBufferPointer<UInt16>, integerDigits: Range<Int>, fractionDigits: Range<Int>, exponent: Int
    ) -> Double {
        // One pass: the first 19 significant digits, how many there are, and where the point falls.
        var leading: UInt64 = 0
        var leadingCount = 0
        var significantCount = 0
        var trailingZeros = 0
        var pointPosition = 0  // value = 0.S × 10^(pointPosition + exponent)
        for index in integerDigits {
            let digit = UInt64(buffer[index] &- 0x30)
            if significantCount == 0, digit == 0 { continue }
            significantCount += 1
            pointPosition += 1
            trailingZeros = digit == 0 ? trailingZeros + 1 : 0
            if leadingCount < 19 {
                leading = leading &* 10 &+ digit
                leadingCount += 1
            }
        }
        for index in fractionDigits {
            let digit = UInt64(buffer[index] &- 0x30)
            if significantCount == 0, digit == 0 {
                pointPosition -= 1
                continue
            }
            significantCount += 1
            trailingZeros = digit == 0 ? trailingZeros + 1 : 0
            if leadingCount < 19 {
                leading = leading &* 10 &+ digit
                leadingCount += 1
            }
        }
        if significantCount == 0 { return 0 }
        let digitCount = significantCount - trailingZeros
        let decimalPoint = pointPosition + exponent  // value in [10^(decimalPoint-1), 10^decimalPoint)
        if decimalPoint > 309 { return .infinity }
        if decimalPoint < -324 { return 0 }
        let scale = decimalPoint - digitCount  // value = digits × 10^scale
        if digitCount <= 19 {
            var digits = leading
            for _ in digitCount..<leadingCount { digits /= 10 }
            // Clinger's fast path: both operands exact, so one rounding.
            if digits <= 1 << 53 {
                if scale == 0 { return Double(digits) }
                if scale > 0, scale <= 22 { return Double(digits) * exactPowersOfTen[scale] }
                if scale < 0, scale >= -22 { return Double(digits) / exactPowersOfTen[-scale] }
                if scale > 22, scale <= 22 + 15 {
                    let power = UInt64(exactPowersOfTen[scale - 22])
                    let (product, overflow) = digits.multipliedReportingOverflow(by: power)
                    if !overflow, product <= 1 << 53 { return Double(product) * 1e22 }
                }
            }
            if let value = roundedProduct(digits, timesPowerOfTen: scale) { return value }
        }
        // Slow path: at most 800 significant digits matter; a nonzero tail beyond them becomes a final "1", which
        // decides every halfway comparison the same way the full tail would (a double's midpoints have at most
        // 768 significant digits).
        var significant: [UInt8] = []
        significant.reserveCapacity(min(digitCount, 801))
        var remaining = min(digitCount, 800)
        var started = false
        for index in integerDigits where remaining > 0 {
            let digit = UInt8(buffer[index] &- 0x30)
            if !started, digit == 0 { continue }
            started = true
            significant.append(digit)
            remaining -= 1
        }
        for index in fractionDigits where remaining > 0 {
            let digit = UInt8(buffer[index] &- 0x30)
            if !started, digit == 0 { continue }
            started = true
            significant.append(digit)
            remaining -= 1
        }
        var digitScale = scale
        if digitCount > 800 {
            significant.append(1)
            digitScale = decimalPoint - 801
        }
        return correctlyRoundedDecimal(significant, scale: digitScale)
    }

    /// digits × 10^scale rounded to the nearest double, when a 192-bit product with the 126-bit power of ten from
    /// `ShortestDecimal.scaledPowersOfTen` settles it; nil when the result may be subnormal or infinite or when the
    /// product lies too close to a rounding boundary (then the exact path decides).
    ///
    /// The table holds g = ⌊10^scale × 2^-r⌋ + 1, so digits × 10^scale = (P - digits × δ) × 2^r with P = digits × g
    /// and 0 < δ ≤ 1: the exact value is below P by less than 2^64. If P's bits under its round bit are at least
    /// 2^64, the exact value has the same round bit and a nonzero tail, which decides the rounding.
    static func roundedProduct(_ digits: UInt64, timesPowerOfTen scale: Int) -> Double? {
        guard digits != 0, scale >= -292, scale <= 324 else { return nil }
        let leadingZeros = digits.leadingZeroBitCount
        let normalized = digits << UInt64(leadingZeros)
        let tableIndex = 2 * (324 - scale)
        let g1 = ShortestDecimal.scaledPowersOfTen[tableIndex]
        let g0 = ShortestDecimal.scaledPowersOfTen[tableIndex + 1]
        let gHigh = g1 >> 1
        let gLow = g1 << 63 | g0
        let lowProduct = normalized.multipliedFullWidth(by: gLow)
        let highProduct = normalized.multipliedFullWidth(by: gHigh)
        let (p1, carry) = lowProduct.high.addingReportingOverflow(highProduct.low)
        let p2 = highProduct.high &+ (carry ? 1 : 0)
        // P is in [2^188, 2^190): p2 has 2 or 3 leading zeros.
        let productZeros = p2.leadingZeroBitCount
        let top = p2 << UInt64(productZeros) | p1 >> UInt64(64 - productZeros)
        let tailAbove64 = top & 0x3FF != 0 || p1 << UInt64(productZeros) != 0
        guard tailAbove64 else { return nil }
        var significand = top >> 11
        if top & 0x400 != 0 { significand += 1 }
        var exponent = 139 - productZeros + ShortestDecimal.floorLog2Pow10(scale) - 125 - leadingZeros
        if significand == 1 << 53 {
            significand >>= 1
            exponent += 1
        }
        guard exponent >= -1074, exponent <= 971 else { return nil }
        return Double(bitPattern: UInt64(exponent + 1075) << 52 | significand & 0x000F_FFFF_FFFF_FFFF)
    }

    /// 10^0 … 10^22, the powers of ten that doubles hold exactly.
    static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The double nearest to digits × 10^scale (digits 0…9, first one nonzero, at most 801 of them).
    static func correctlyRoundedDecimal(_ digits: [UInt8], scale: Int) -> Double {
        var number = BigUnsigned(0)
        var index = 0
        while index < digits.count {
            var group: UInt64 = 0
            var multiplier: UInt64 = 1
            while index < digits.count, multiplier < 10_000_000_000_000_000_000 {
                group = group * 10 + UInt64(digits[index])
                multiplier *= 10
                index += 1
            }
            number.multiply(by: multiplier, adding: group)
        }
        if scale >= 0 {
            // An integer: digits × 5^scale × 2^scale, rounded once from its top bits.
            number.multiply(byPowerOfFive: scale)
            return number.roundedToDouble(timesPowerOfTwo: scale)
        }
        // digits / 10^n: estimate the quotient within an ulp or so, then settle it by exact comparisons of the input
        // against the midpoints between neighbouring doubles.
        let n = -scale
        var divisor = BigUnsigned(1)
        divisor.multiply(byPowerOfFive: n)
        let (numeratorTop, numeratorShift) = number.leadingBits()
        let (divisorTop, divisorShift) = divisor.leadingBits()
        let quotient = Double(numeratorTop) / Double(divisorTop)
        var candidate = Double(sign: .plus, exponent: numeratorShift - divisorShift - n, significand: quotient)
        if candidate.isInfinite { candidate = .greatestFiniteMagnitude }
        for _ in 0..<64 {
            let (significand, binaryExponent) = candidate.integerSignificandAndExponent
            // Upper midpoint: (2M + 1) × 2^(E-1).
            let above = compareQuotient(number, divisor, n, with: 2 * significand + 1, timesPowerOfTwo: binaryExponent - 1)
            if above > 0 || (above == 0 && significand & 1 == 1) {
                if candidate == .greatestFiniteMagnitude { return .infinity }
                candidate = candidate.nextUp
                continue
            }
            if candidate > 0 {
                // Lower midpoint; the gap below a power of two is half as wide.
                let isPowerOfTwo = candidate.significandBitPattern == 0 && candidate.exponentBitPattern > 1
                let below = isPowerOfTwo
                    ? compareQuotient(number, divisor, n, with: 4 * significand - 1, timesPowerOfTwo: binaryExponent - 2)
                    : compareQuotient(number, divisor, n, with: 2 * significand - 1, timesPowerOfTwo: binaryExponent - 1)
                if below < 0 || (below == 0 && significand & 1 == 1) {
                    candidate = candidate.nextDown
                    continue
                }
            }
            return candidate
        }
        return candidate
    }

    /// Compares number / (5^n × 2^n) with multiplier × 2^exponent exactly: -1, 0 or 1.
    static func compareQuotient(
        _ number: BigUnsigned, _ powerOfFive: BigUnsigned, _ n: Int, with multiplier: UInt64, timesPowerOfTwo exponent: Int
    ) -> Int {
        // number vs multiplier × 5^n × 2^(exponent + n)
        var left = number
        var right = powerOfFive
        right.multiply(by: multiplier, adding: 0)
        let shift = exponent + n
        if shift >= 0 { right.shiftLeft(by: shift) } else { left.shiftLeft(by: -shift) }
        return BigUnsigned.compare(left, right)
    }

    /// The double nearest to the digits (radix 2^bitsPerDigit, validated, any leading zeros) in `buffer[start..<end]`.
    static func powerOfTwoRadixValue(_ buffer: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int, bitsPerDigit: Int) -> Double {
        var index = start
        var accumulator: UInt64 = 0
        var exponent = 0
        var sticky = false
        while index < end {
            let digit = UInt64(digitValue(buffer[index]))
            if accumulator >> 58 == 0 {
                accumulator = accumulator << UInt64(bitsPerDigit) | digit
            } else {
                // 59 bits or more already: later digits only shift the value and decide ties.
                exponent += bitsPerDigit
                if digit != 0 { sticky = true }
            }
            index += 1
        }
        return roundedDouble(accumulator, timesPowerOfTwo: exponent, sticky: sticky)
    }

    /// The double nearest to (value + a nonzero fraction below one if sticky) × 2^exponent, ties to even, for results
    /// of at least one (no subnormals).
    static func roundedDouble(_ value: UInt64, timesPowerOfTwo exponent: Int, sticky: Bool) -> Double {
        if value == 0 { return 0 }
        let width = 64 - value.leadingZeroBitCount
        if width <= 53, !sticky { return scaled(Double(value), byPowerOfTwo: exponent) }
        // Normalise to 64 bits so the 11 dropped bits decide the rounding.
        let normalized = value << UInt64(64 - width)
        let normalizedExponent = exponent - (64 - width)
        var significand = normalized >> 11
        let dropped = normalized & 0x7FF
        let half: UInt64 = 0x400
        if dropped > half || (dropped == half && (sticky || significand & 1 == 1)) {
            significand += 1
        }
        return scaled(Double(significand), byPowerOfTwo: normalizedExponent + 11)
    }

    /// value × 2^exponent for value a small integer and a result that is not subnormal; ∞ when it overflows.
    static func scaled(_ value: Double, byPowerOfTwo exponent: Int) -> Double {
        if exponent > 1100 { return .infinity }
        return Double(sign: .plus, exponent: exponent, significand: value)
    }

    /// V8's value for digits in a radix that is neither 10 nor a power of two: it gathers as many digits as keep
    /// radix^count within 0xFFFFFFFF / 36 into a 32-bit part, then folds each part in with result × radix^count + part
    /// in double arithmetic, so long inputs accumulate rounding error (ECMA-262 §19.2.5 step 11 allows an
    /// approximation for these radixes). `start` is the first nonzero digit.
    static func genericRadixValue(_ buffer: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int, radix: Int) -> Double {
        let maximumMultiplier = UInt64(0xFFFF_FFFF / 36)
        let base = UInt64(radix)
        var result = 0.0
        var index = start
        while index < end {
            var part: UInt64 = 0
            var multiplier: UInt64 = 1
            while index < end {
                let next = multiplier * base
                if next > maximumMultiplier { break }
                part = part * base + UInt64(digitValue(buffer[index]))
                multiplier = next
                index += 1
            }
            result = result * Double(multiplier) + Double(part)
        }
        return result
    }
}

extension Double {
    /// M and E with self = M × 2^E, M an integer below 2^53 (self positive or zero, finite).
    var integerSignificandAndExponent: (UInt64, Int) {
        let biased = Int(exponentBitPattern)
        if biased == 0 { return (significandBitPattern, -1074) }
        return (significandBitPattern | (1 << 52), biased - 1075)
    }
}

/// A natural number of any size, little-endian 64-bit limbs: just what correctly rounded decimal input needs.
struct BigUnsigned {
    var limbs: [UInt64]

    init(_ value: UInt64) {
        limbs = value == 0 ? [] : [value]
    }

    /// self = self × multiplier + addend.
    mutating func multiply(by multiplier: UInt64, adding addend: UInt64) {
        var carry = addend
        for index in limbs.indices {
            let product = limbs[index].multipliedFullWidth(by: multiplier)
            let (low, overflow) = product.low.addingReportingOverflow(carry)
            limbs[index] = low
            carry = product.high &+ (overflow ? 1 : 0)
        }
        if carry != 0 { limbs.append(carry) }
    }

    /// self = self × 5^exponent.
    mutating func multiply(byPowerOfFive exponent: Int) {
        var remaining = exponent
        // 5^27 is the largest power of five below 2^64.
        while remaining >= 27 {
            multiply(by: 7_450_580_596_923_828_125, adding: 0)
            remaining -= 27
        }
        if remaining > 0 {
            var power: UInt64 = 1
            for _ in 0..<remaining { power *= 5 }
            multiply(by: power, adding: 0)
        }
    }

    /// self = self × 2^bits.
    mutating func shiftLeft(by bits: Int) {
        guard !limbs.isEmpty, bits > 0 else { return }
        let limbShift = bits / 64
        let bitShift = bits % 64
        if bitShift > 0 {
            var carry: UInt64 = 0
            for index in limbs.indices {
                let limb = limbs[index]
                limbs[index] = limb << UInt64(bitShift) | carry
                carry = limb >> UInt64(64 - bitShift)
            }
            if carry != 0 { limbs.append(carry) }
        }
        if limbShift > 0 { limbs.insert(contentsOf: repeatElement(0, count: limbShift), at: 0) }
    }

    /// The top 64 bits (the highest one set) and the shift that restores the magnitude: self ≈ top × 2^shift.
    func leadingBits() -> (top: UInt64, shift: Int) {
        guard let high = limbs.last else { return (0, 0) }
        let zeros = high.leadingZeroBitCount
        if limbs.count == 1 { return (high << UInt64(zeros), -zeros) }
        let next = limbs[limbs.count - 2]
        let top = zeros == 0 ? high : high << UInt64(zeros) | next >> UInt64(64 - zeros)
        return (top, (limbs.count - 1) * 64 - zeros)
    }

    /// The double nearest to self × 2^exponent (ties to even), for exponent ≥ 0.
    func roundedToDouble(timesPowerOfTwo exponent: Int) -> Double {
        guard !limbs.isEmpty else { return 0 }
        let (top, shift) = leadingBits()
        // Bits below the top 64 only matter as a sticky "more than zero".
        var sticky = false
        if shift > 0 {
            var index = 0
            var bitsLeft = shift
            while bitsLeft >= 64 {
                if limbs[index] != 0 { sticky = true }
                index += 1
                bitsLeft -= 64
            }
            if bitsLeft > 0, limbs[index] & ((1 << UInt64(bitsLeft)) - 1) != 0 { sticky = true }
        }
        return NumberConversion.roundedDouble(top, timesPowerOfTwo: shift + exponent, sticky: sticky)
    }

    /// -1, 0 or 1 as left is below, equal to or above right.
    static func compare(_ left: BigUnsigned, _ right: BigUnsigned) -> Int {
        var leftCount = left.limbs.count
        while leftCount > 0, left.limbs[leftCount - 1] == 0 { leftCount -= 1 }
        var rightCount = right.limbs.count
        while rightCount > 0, right.limbs[rightCount - 1] == 0 { rightCount -= 1 }
        if leftCount != rightCount { return leftCount < rightCount ? -1 : 1 }
        var index = leftCount - 1
        while index >= 0 {
            let a = left.limbs[index]
            let b = right.limbs[index]
            if a != b { return a < b ? -1 : 1 }
            index -= 1
        }
        return 0
    }
}
