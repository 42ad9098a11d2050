/// Numeric literals (ECMA-262 §12.9.3, Annex B.1.1 legacy octal and NonOctalDecimalIntegerLiteral).
extension Lexer {
    mutating func scanNumber(into token: inout Token) throws(ParseError) {
        let start = position
        token.kind = .number
        if text[start] == 0x30 {
            let next = unit(at: start + 1) | 0x20
            switch next {
            case 0x78: try scanRadixInteger(into: &token, bitsPerDigit: 4)
            case 0x6F: try scanRadixInteger(into: &token, bitsPerDigit: 3)
            case 0x62: try scanRadixInteger(into: &token, bitsPerDigit: 1)
            case 0x30...0x39:
                if try scanLegacyOctalLiteral(into: &token) { return }
                try scanDecimal(into: &token, start: start)
                token.strictError = DeferredTokenError(
                    message: "Decimals with leading zeros are not allowed in strict mode.", offset: Int32(start))
            case 0x7F:  // `_` | 0x20
                throw error("Numeric separator can not be used after leading 0.", at: start + 1)
            default:
                try scanDecimal(into: &token, start: start)
            }
            return
        }
        try scanDecimal(into: &token, start: start)
    }

    /// Digits and single `_` separators between digits; passes each digit's code unit to `digit`.
    private mutating func scanDigits<State>(
        _ state: inout State, isValid: (UInt32) -> Bool, _ digit: (inout State, UInt32) -> Void
    ) throws(ParseError) {
        while position < count {
            let c = UInt32(text[position])
            if isValid(c) {
                digit(&state, c)
                position += 1
            } else if c == 0x5F {
                let next = unit(at: position + 1)
                if next == 0x5F {
                    throw error("Only one underscore is allowed as numeric separator", at: position + 1)
                }
                guard isValid(next) else {
                    throw error("Numeric separators are not allowed at the end of numeric literals", at: position + 1)
                }
                position += 1
            } else {
                return
            }
        }
    }

    /// A decimal literal: integer part, fraction, exponent (§12.9.3 DecimalLiteral).
    private mutating func scanDecimal(into token: inout Token, start: Int) throws(ParseError) {
        var digits = DecimalLiteralDigits()
        var isInteger = true
        if text[position] != 0x2E {
            try scanDigits(&digits, isValid: SourceCharacter.isDecimalDigit) { $0.add($1, inFraction: false) }
        }
        if unit(at: position) == 0x2E {
            isInteger = false
            position += 1
            if SourceCharacter.isDecimalDigit(unit(at: position)) {
                try scanDigits(&digits, isValid: SourceCharacter.isDecimalDigit) { $0.add($1, inFraction: true) }
            }
        }
        var exponent = 0
        if unit(at: position) | 0x20 == 0x65 {
            isInteger = false
            position += 1
            var negative = false
            let sign = unit(at: position)
            if sign == 0x2B || sign == 0x2D {
                negative = sign == 0x2D
                position += 1
            }
            guard SourceCharacter.isDecimalDigit(unit(at: position)) else { throw error(Lexer.invalidToken, at: start) }
            var value = 0
            try scanDigits(&value, isValid: SourceCharacter.isDecimalDigit) { value, c in
                if value < 100_000 { value = value * 10 + Int(c - 0x30) }
            }
            exponent = negative ? -value : value
        }
        try checkAfterNumber(start: start, allowsBigInt: isInteger)
        let decimalExponent = exponent - digits.fractionDigits
        if digits.exact && decimalExponent >= -22 && decimalExponent <= 22 {
            // Both operands are exact doubles, so one correctly rounded operation gives the value.
            let value = Double(digits.significand)
            token.number = decimalExponent < 0
                ? value / exactPowersOfTen[-decimalExponent] : value * exactPowersOfTen[decimalExponent]
            return
        }
        if digits.significantDigits == 0 {
            token.number = 0
            return
        }
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(position - start)
        for index in start..<position where text[index] != 0x5F {
            cleaned.append(UInt8(truncatingIfNeeded: text[index]))
        }
        // Swift's Double(String) is correctly rounded (and gives ±infinity on overflow).
        token.number = Double(String(decoding: cleaned, as: UTF8.self)) ?? .nan
    }

    /// `0x…`, `0o…`, `0b…` (§12.9.3 NonDecimalIntegerLiteral).
    private mutating func scanRadixInteger(into token: inout Token, bitsPerDigit: Int) throws(ParseError) {
        let start = position
        position += 2
        let radix = UInt32(1) << UInt32(bitsPerDigit)
        let first = unit(at: position)
        guard bitsPerDigit == 4 ? SourceCharacter.hexDigitValue(first) != nil : first &- 0x30 < radix else { throw error(Lexer.invalidToken, at: start) }
        var accumulator = BinaryLiteralDigits()
        try scanDigits(&accumulator, isValid: { c in
            bitsPerDigit == 4 ? SourceCharacter.hexDigitValue(c) != nil : c &- 0x30 < radix
        }) { accumulator, c in
            accumulator.append(SourceCharacter.hexDigitValue(c) ?? 0, bits: bitsPerDigit)
        }
        try checkAfterNumber(start: start, allowsBigInt: true)
        token.number = accumulator.value
    }

    /// `017` (octal) or `019` (decimal) after a leading zero; returns false for the decimal kind,
    /// leaving the position at the start for `scanDecimal`.
    private mutating func scanLegacyOctalLiteral(into token: inout Token) throws(ParseError) -> Bool {
        let start = position
        var index = start + 1
        var isOctal = true
        while index < count {
            let c = UInt32(text[index])
            if SourceCharacter.isDecimalDigit(c) {
                if c >= 0x38 { isOctal = false }
                index += 1
            } else if c == 0x5F {
                throw error("Numeric separator can not be used after leading 0.", at: index)
            } else {
                break
            }
        }
        guard isOctal else { return false }
        var accumulator = BinaryLiteralDigits()
        for digitIndex in (start + 1)..<index {
            accumulator.append(UInt32(text[digitIndex]) - 0x30, bits: 3)
        }
        position = index
        if unit(at: position) == 0x6E { throw error(Lexer.invalidToken, at: start) }
        try checkAfterNumber(start: start, allowsBigInt: false)
        token.number = accumulator.value
        token.strictError = DeferredTokenError(
            message: "Octal literals are not allowed in strict mode.", offset: Int32(start))
        return true
    }

    /// The source character immediately after a numeric literal must not be an IdentifierStart or
    /// a digit (§12.9.3); `n` makes a BigInt, which PostieScript does not have.
    private mutating func checkAfterNumber(start: Int, allowsBigInt: Bool) throws(ParseError) {
        guard position < count else { return }
        let c = text[position]
        if c == 0x6E && allowsBigInt {
            let after = position + 1
            if !(after < count && (SourceCharacter.isASCIIIdentifierPart(text[after]) || startsIdentifier(at: after))) {
                throw error("BigInt literals are not supported by PostieScript", at: start)
            }
        }
        if c &- 0x30 < 10 || startsIdentifier(at: position) {
            throw error(Lexer.invalidToken, at: start)
        }
    }
}

/// The digits of a decimal literal while they fit a double exactly.
struct DecimalLiteralDigits {
    var significand: UInt64 = 0
    var significantDigits = 0
    var fractionDigits = 0
    /// False once more than 15 significant digits were seen.
    var exact = true

    @inline(__always)
    mutating func add(_ c: UInt32, inFraction: Bool) {
        if significantDigits == 0 && c == 0x30 {
            if inFraction { fractionDigits += 1 }
            return
        }
        significantDigits += 1
        if significantDigits > 15 {
            exact = false
            return
        }
        significand = significand * 10 + UInt64(c - 0x30)
        if inFraction { fractionDigits += 1 }
    }
}

/// Exact powers of ten representable as doubles.
let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
]

/// Builds the double nearest to a binary-radix integer of any length (round half to even), as
/// V8 does for long hexadecimal, octal and binary literals.
struct BinaryLiteralDigits {
    private var bits: UInt64 = 0
    /// Binary digits beyond the 64 kept.
    private var droppedBits = 0
    /// Whether any dropped digit was non-zero.
    private var sticky = false

    mutating func append(_ digit: UInt32, bits width: Int) {
        if droppedBits == 0 && bits >> UInt64(64 - width) == 0 {
            bits = bits << UInt64(width) | UInt64(digit)
        } else {
            droppedBits += width
            if digit != 0 { sticky = true }
        }
    }

    var value: Double {
        guard bits != 0 else { return 0 }
        let leadingZeros = bits.leadingZeroBitCount
        let normalized = bits << UInt64(leadingZeros)
        var exponent = droppedBits - leadingZeros + 11
        var mantissa = normalized >> 11
        let rest = normalized & 0x7FF
        if rest > 0x400 || (rest == 0x400 && (sticky || mantissa & 1 == 1)) {
            mantissa += 1
            if mantissa == 1 << 53 {
                mantissa >>= 1
                exponent += 1
            }
        }
        if exponent > 1100 { return .infinity }
        return Double(sign: .plus, exponent: exponent, significand: Double(mantissa))
    }
}
