/// String literals, template parts and regular expression literals (ECMA-262 §12.9.4–§12.9.6).
extension Lexer {
    // MARK: - Strings (§12.9.4, Annex B.1.2)

    mutating func scanString(into token: inout Token) throws(ParseError) {
        let start = position
        let quote = text[start]
        position += 1
        var index = position
        // The common case: no escapes, so the value is a slice of the source.
        while index < count {
            let c = text[index]
            if c == quote {
                token.units = Array(text[position..<index])
                position = index + 1
                token.kind = .string
                return
            }
            if c == 0x5C || c == 0x0A || c == 0x0D { break }
            index += 1
        }
        var value = Array(text[position..<index])
        position = index
        while true {
            guard position < count else { throw error(Lexer.invalidToken, at: start) }
            let c = text[position]
            if c == quote {
                position += 1
                break
            }
            if c == 0x0A || c == 0x0D { throw error(Lexer.invalidToken, at: start) }
            if c == 0x5C {
                token.escaped = true
                if position + 1 >= count { throw error(Lexer.invalidToken, at: start) }
                if let problem = try scanEscape(into: &value, inTemplate: false) {
                    if token.strictError == nil { token.strictError = problem }
                }
            } else {
                value.append(c)
                position += 1
            }
        }
        token.units = value
        token.kind = .string
    }

    /// Decodes the escape at `position` (a backslash) into `value` (§12.9.4 EscapeSequence).
    ///
    /// In a string, hard errors throw and a legacy octal or `\8`/`\9` escape is returned as the
    /// error it becomes in strict code. In a template every problem is returned (the cooked value is
    /// then undefined) and scanning goes on.
    mutating func scanEscape(into value: inout [UInt16], inTemplate: Bool) throws(ParseError) -> DeferredTokenError? {
        let backslash = position
        position += 1
        let c = text[position]
        position += 1
        switch c {
        case 0x0A, 0x2028, 0x2029:
            return nil
        case 0x0D:
            if unit(at: position) == 0x0A { position += 1 }
            return nil
        case 0x62: value.append(0x08)
        case 0x66: value.append(0x0C)
        case 0x6E: value.append(0x0A)
        case 0x72: value.append(0x0D)
        case 0x74: value.append(0x09)
        case 0x76: value.append(0x0B)
        case 0x30...0x37:
            let next = unit(at: position)
            if c == 0x30 && !SourceCharacter.isDecimalDigit(next) {
                value.append(0)
                return nil
            }
            if inTemplate {
                return DeferredTokenError(
                    message: "Octal escape sequences are not allowed in template strings.", offset: Int32(backslash + 1))
            }
            var code = UInt32(c - 0x30)
            let maxDigits = c <= 0x33 ? 3 : 2
            var digits = 1
            while digits < maxDigits, unit(at: position) &- 0x30 < 8 {
                code = code * 8 + (unit(at: position) - 0x30)
                position += 1
                digits += 1
            }
            value.append(UInt16(code))
            return DeferredTokenError(
                message: "Octal escape sequences are not allowed in strict mode.", offset: Int32(backslash + 1))
        case 0x38, 0x39:
            if inTemplate {
                return DeferredTokenError(
                    message: "\\8 and \\9 are not allowed in template strings.", offset: Int32(backslash))
            }
            value.append(c)
            return DeferredTokenError(message: "\\8 and \\9 are not allowed in strict mode.", offset: Int32(backslash))
        case 0x78:
            guard let high = SourceCharacter.hexDigitValue(unit(at: position)), let low = SourceCharacter.hexDigitValue(unit(at: position + 1)) else {
                let problem = DeferredTokenError(message: "Invalid hexadecimal escape sequence", offset: Int32(backslash))
                if inTemplate { return problem }
                throw ParseError(message: problem.message, offset: problem.offset)
            }
            position += 2
            value.append(UInt16(high * 16 + low))
        case 0x75:
            if inTemplate {
                let resume = position
                do {
                    let code = try scanUnicodeEscapeBody(escapeStart: backslash)
                    SourceCharacter.appendCodePoint(code, to: &value)
                } catch {
                    position = resume
                    return DeferredTokenError(message: error.message, offset: error.offset)
                }
            } else {
                let code = try scanUnicodeEscapeBody(escapeStart: backslash)
                SourceCharacter.appendCodePoint(code, to: &value)
            }
        default:
            value.append(c)
        }
        return nil
    }

    // MARK: - Templates (§12.9.6)

    /// Scans a template part: from a backtick (`resuming == false`) or from the `}` closing a
    /// substitution, up to and including the closing backtick or the next `${`.
    mutating func scanTemplate(into token: inout Token, resuming: Bool) throws(ParseError) {
        position += 1
        var cooked: [UInt16] = []
        var raw: [UInt16] = []
        var problem: DeferredTokenError?
        while true {
            guard position < count else {
                throw error("Unexpected end of input", at: count)
            }
            let c = text[position]
            if c == 0x60 {
                position += 1
                token.kind = resuming ? .templateTail : .noSubstitutionTemplate
                break
            }
            if c == 0x24 && unit(at: position + 1) == 0x7B {
                position += 2
                token.kind = resuming ? .templateMiddle : .templateHead
                break
            }
            if c == 0x5C {
                if position + 1 >= count { throw error("Unexpected end of input", at: count) }
                let escapeStart = position
                let found = try scanEscape(into: &cooked, inTemplate: true)
                if problem == nil { problem = found }
                appendRaw(from: escapeStart, to: position, into: &raw)
            } else if c == 0x0D {
                // CR and CRLF become LF in both the cooked and the raw value (§12.9.6 TV and TRV).
                position += 1
                if unit(at: position) == 0x0A { position += 1 }
                cooked.append(0x0A)
                raw.append(0x0A)
            } else {
                cooked.append(c)
                raw.append(c)
                position += 1
            }
        }
        token.units = problem == nil ? cooked : []
        token.raw = raw
        token.templateError = problem
    }

    private func appendRaw(from start: Int, to end: Int, into raw: inout [UInt16]) {
        var index = start
        while index < end {
            let c = text[index]
            if c == 0x0D {
                raw.append(0x0A)
                if index + 1 < end && text[index + 1] == 0x0A { index += 1 }
            } else {
                raw.append(c)
            }
            index += 1
        }
    }

    /// Rescans the `}` at `token.start` as the continuation of a template.
    mutating func rescanTemplateContinuation(_ token: inout Token) throws(ParseError) {
        position = Int(token.start)
        try scanTemplate(into: &token, resuming: true)
        token.end = Int32(truncatingIfNeeded: position)
    }

    // MARK: - Regular expressions (§12.9.5)

    /// Rescans the `/` or `/=` at `token.start` as a regular expression literal. The pattern and
    /// flags are kept as written; only the flags are checked here.
    mutating func rescanRegExp(_ token: inout Token) throws(ParseError) {
        let start = Int(token.start)
        position = start + 1
        var inClass = false
        while true {
            guard position < count else { throw error("Invalid regular expression: missing /", at: start) }
            let c = text[position]
            if SourceCharacter.isLineTerminator(c) { throw error("Invalid regular expression: missing /", at: start) }
            if c == 0x5C {
                position += 1
                guard position < count, !SourceCharacter.isLineTerminator(text[position]) else {
                    throw error("Invalid regular expression: missing /", at: start)
                }
            } else if c == 0x5B {
                inClass = true
            } else if c == 0x5D {
                inClass = false
            } else if c == 0x2F && !inClass {
                break
            }
            position += 1
        }
        token.units = Array(text[(start + 1)..<position])
        position += 1
        let flagsStart = position
        var seen: UInt32 = 0
        var valid = true
        while position < count {
            let c = text[position]
            if c < 0x80 {
                guard SourceCharacter.isASCIIIdentifierPart(c) || c == 0x5C else { break }
                let bit: UInt32
                switch c {
                case 0x64: bit = 1  // d
                case 0x67: bit = 2  // g
                case 0x69: bit = 4  // i
                case 0x6D: bit = 8  // m
                case 0x73: bit = 16  // s
                case 0x75: bit = 32  // u
                case 0x79: bit = 64  // y
                default: bit = 0
                }
                if bit == 0 || seen & bit != 0 { valid = false }
                seen |= bit
                position += 1
            } else {
                let (scalar, length) = decodeScalar(at: position)
                guard let scalar, SourceCharacter.isIdentifierPart(scalar) else { break }
                valid = false
                position += length
            }
        }
        if !valid { throw error("Invalid regular expression flags", at: start) }
        token.name = String(decoding: UnsafeBufferPointer(rebasing: text[flagsStart..<position]), as: UTF16.self)
        token.kind = .regExp
        token.end = Int32(truncatingIfNeeded: position)
    }
}
