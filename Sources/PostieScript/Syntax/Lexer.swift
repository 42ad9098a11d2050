/// Turns UTF-16 code units into tokens (ECMA-262 §12 ECMAScript Language: Lexical Grammar).
///
/// The lexer always scans with the InputElementDiv goal: a `/` is a division punctuator and a `}`
/// is a brace. Where the syntactic grammar allows a regular expression or resumes a template, the
/// parser calls `rescanRegExp` or `rescanTemplateContinuation`, which is exactly how the spec's
/// choice of goal symbol (§12 InputElementRegExp, InputElementTemplateTail) is driven by syntax.
struct Lexer {
    let text: UnsafeBufferPointer<UInt16>
    let count: Int
    var position = 0
    /// Whether any token has been produced (an HTML close comment `-->` may open the input).
    var sawToken = false

    init(text: UnsafeBufferPointer<UInt16>) {
        self.text = text
        self.count = text.count
    }

    /// The code unit at `index`, or `UInt32.max` past the end.
    @inline(__always)
    func unit(at index: Int) -> UInt32 {
        index < count ? UInt32(text[index]) : UInt32.max
    }

    static let invalidToken = "Invalid or unexpected token"

    @inline(__always)
    func error(_ message: String, at offset: Int) -> ParseError {
        ParseError(message: message, offset: Int32(truncatingIfNeeded: offset))
    }

    // MARK: - Tokens

    /// Scans the token after the current position into `token`.
    mutating func next(into token: inout Token) throws(ParseError) {
        token.newlineBefore = try skipTrivia()
        token.escaped = false
        token.templateError = nil
        token.strictError = nil
        let start = position
        token.start = Int32(truncatingIfNeeded: start)
        sawToken = true
        guard start < count else {
            token.kind = .endOfInput
            token.end = token.start
            return
        }
        let c = text[start]
        switch c {
        case 0x61...0x7A, 0x41...0x5A, 0x24, 0x5F, 0x5C:  // a-z A-Z $ _ backslash
            try scanIdentifierOrKeyword(into: &token)
        case 0x30...0x39:
            try scanNumber(into: &token)
        case 0x22, 0x27:
            try scanString(into: &token)
        case 0x60:
            try scanTemplate(into: &token, resuming: false)
        case 0x7B: single(.leftBrace, &token)
        case 0x7D: single(.rightBrace, &token)
        case 0x28: single(.leftParen, &token)
        case 0x29: single(.rightParen, &token)
        case 0x5B: single(.leftBracket, &token)
        case 0x5D: single(.rightBracket, &token)
        case 0x3B: single(.semicolon, &token)
        case 0x2C: single(.comma, &token)
        case 0x3A: single(.colon, &token)
        case 0x7E: single(.tilde, &token)
        case 0x2E:  // .
            let next = unit(at: start + 1)
            if next >= 0x30 && next <= 0x39 {
                try scanNumber(into: &token)
            } else if next == 0x2E && unit(at: start + 2) == 0x2E {
                position += 3
                token.kind = .ellipsis
            } else {
                single(.dot, &token)
            }
        case 0x3F:  // ?
            let next = unit(at: start + 1)
            if next == 0x3F {
                if unit(at: start + 2) == 0x3D {
                    position += 3
                    token.kind = .questionQuestionAssign
                } else {
                    position += 2
                    token.kind = .questionQuestion
                }
            } else if next == 0x2E && !(unit(at: start + 2) >= 0x30 && unit(at: start + 2) <= 0x39) {
                position += 2
                token.kind = .questionDot
            } else {
                single(.question, &token)
            }
        case 0x3C:  // <
            let next = unit(at: start + 1)
            if next == 0x3C {
                if unit(at: start + 2) == 0x3D {
                    position += 3
                    token.kind = .leftShiftAssign
                } else {
                    position += 2
                    token.kind = .leftShift
                }
            } else if next == 0x3D {
                position += 2
                token.kind = .lessEqual
            } else {
                single(.less, &token)
            }
        case 0x3E:  // >
            let next = unit(at: start + 1)
            if next == 0x3E {
                let third = unit(at: start + 2)
                if third == 0x3E {
                    if unit(at: start + 3) == 0x3D {
                        position += 4
                        token.kind = .unsignedRightShiftAssign
                    } else {
                        position += 3
                        token.kind = .unsignedRightShift
                    }
                } else if third == 0x3D {
                    position += 3
                    token.kind = .signedRightShiftAssign
                } else {
                    position += 2
                    token.kind = .signedRightShift
                }
            } else if next == 0x3D {
                position += 2
                token.kind = .greaterEqual
            } else {
                single(.greater, &token)
            }
        case 0x3D:  // =
            let next = unit(at: start + 1)
            if next == 0x3D {
                if unit(at: start + 2) == 0x3D {
                    position += 3
                    token.kind = .strictEqual
                } else {
                    position += 2
                    token.kind = .equal
                }
            } else if next == 0x3E {
                position += 2
                token.kind = .arrow
            } else {
                single(.assign, &token)
            }
        case 0x21:  // !
            if unit(at: start + 1) == 0x3D {
                if unit(at: start + 2) == 0x3D {
                    position += 3
                    token.kind = .strictNotEqual
                } else {
                    position += 2
                    token.kind = .notEqual
                }
            } else {
                single(.bang, &token)
            }
        case 0x2B:  // +
            let next = unit(at: start + 1)
            if next == 0x2B {
                position += 2
                token.kind = .plusPlus
            } else if next == 0x3D {
                position += 2
                token.kind = .plusAssign
            } else {
                single(.plus, &token)
            }
        case 0x2D:  // -
            let next = unit(at: start + 1)
            if next == 0x2D {
                position += 2
                token.kind = .minusMinus
            } else if next == 0x3D {
                position += 2
                token.kind = .minusAssign
            } else {
                single(.minus, &token)
            }
        case 0x2A:  // *
            let next = unit(at: start + 1)
            if next == 0x2A {
                if unit(at: start + 2) == 0x3D {
                    position += 3
                    token.kind = .starStarAssign
                } else {
                    position += 2
                    token.kind = .starStar
                }
            } else if next == 0x3D {
                position += 2
                token.kind = .starAssign
            } else {
                single(.star, &token)
            }
        case 0x2F:  // / (comments were skipped as trivia)
            if unit(at: start + 1) == 0x3D {
                position += 2
                token.kind = .slashAssign
            } else {
                single(.slash, &token)
            }
        case 0x25:  // %
            if unit(at: start + 1) == 0x3D {
                position += 2
                token.kind = .percentAssign
            } else {
                single(.percent, &token)
            }
        case 0x26:  // &
            let next = unit(at: start + 1)
            if next == 0x26 {
                if unit(at: start + 2) == 0x3D {
                    position += 3
                    token.kind = .ampersandAmpersandAssign
                } else {
                    position += 2
                    token.kind = .ampersandAmpersand
                }
            } else if next == 0x3D {
                position += 2
                token.kind = .ampersandAssign
            } else {
                single(.ampersand, &token)
            }
        case 0x7C:  // |
            let next = unit(at: start + 1)
            if next == 0x7C {
                if unit(at: start + 2) == 0x3D {
                    position += 3
                    token.kind = .barBarAssign
                } else {
                    position += 2
                    token.kind = .barBar
                }
            } else if next == 0x3D {
                position += 2
                token.kind = .barAssign
            } else {
                single(.bar, &token)
            }
        case 0x5E:  // ^
            if unit(at: start + 1) == 0x3D {
                position += 2
                token.kind = .caretAssign
            } else {
                single(.caret, &token)
            }
        case 0x23:  // # private name
            position += 1
            guard position < count, startsIdentifier(at: position) else {
                throw error(Lexer.invalidToken, at: start)
            }
            try scanIdentifierOrKeyword(into: &token)
            token.name = "#" + token.name
            token.kind = .privateName
        default:
            if c >= 0x80, startsIdentifier(at: start) {
                try scanIdentifierOrKeyword(into: &token)
            } else {
                throw error(Lexer.invalidToken, at: start)
            }
        }
        token.end = Int32(truncatingIfNeeded: position)
    }

    @inline(__always)
    private mutating func single(_ kind: TokenKind, _ token: inout Token) {
        position += 1
        token.kind = kind
    }

    // MARK: - White space and comments (§12.2, §12.3, §12.4, Annex B.1.1)

    /// Skips white space, line terminators and comments; tells whether a line terminator was passed.
    mutating func skipTrivia() throws(ParseError) -> Bool {
        var newline = false
        if position == 0 && !sawToken && unit(at: 0) == 0x23 && unit(at: 1) == 0x21 {
            skipLineComment(from: 2)  // a `#!` line (ECMA-262 2023 §12.5 Hashbang Comments)
        }
        while position < count {
            switch text[position] {
            case 0x20, 0x09, 0x0B, 0x0C:
                position += 1
            case 0x0A, 0x0D:
                newline = true
                position += 1
            case 0x2F:
                let next = unit(at: position + 1)
                if next == 0x2F {
                    skipLineComment(from: position + 2)
                } else if next == 0x2A {
                    if try skipBlockComment() { newline = true }
                } else {
                    return newline
                }
            case 0x3C:  // <!-- (Annex B SingleLineHTMLOpenComment)
                if unit(at: position + 1) == 0x21 && unit(at: position + 2) == 0x2D
                    && unit(at: position + 3) == 0x2D
                {
                    skipLineComment(from: position + 4)
                } else {
                    return newline
                }
            case 0x2D:  // --> at the start of a line (Annex B SingleLineHTMLCloseComment)
                if (newline || !sawToken) && unit(at: position + 1) == 0x2D && unit(at: position + 2) == 0x3E {
                    skipLineComment(from: position + 3)
                } else {
                    return newline
                }
            case 0xA0, 0xFEFF, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                position += 1
            case 0x2028, 0x2029:
                newline = true
                position += 1
            default:
                return newline
            }
        }
        return newline
    }

    private mutating func skipLineComment(from index: Int) {
        var index = index
        while index < count {
            let c = text[index]
            if c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029 { break }
            index += 1
        }
        position = index
    }

    /// Skips `/* … */`; tells whether it contained a line terminator.
    private mutating func skipBlockComment() throws(ParseError) -> Bool {
        let start = position
        var index = position + 2
        var newline = false
        while index < count {
            let c = text[index]
            if c == 0x2A && unit(at: index + 1) == 0x2F {
                position = index + 2
                return newline
            }
            if c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029 { newline = true }
            index += 1
        }
        throw error(Lexer.invalidToken, at: start)
    }

    // MARK: - Identifiers (§12.6)

    /// Whether an identifier starts at `index` (an ID_Start character, `$`, `_` or a `\`).
    func startsIdentifier(at index: Int) -> Bool {
        guard index < count else { return false }
        let c = text[index]
        if c < 0x80 { return SourceCharacter.isASCIIIdentifierStart(c) || c == 0x5C }
        guard let scalar = decodeScalar(at: index).scalar else { return false }
        return SourceCharacter.isIdentifierStart(scalar)
    }

    /// The scalar at `index` (a surrogate pair decoded) and its length in code units.
    func decodeScalar(at index: Int) -> (scalar: Unicode.Scalar?, length: Int) {
        let c = text[index]
        if c >= 0xD800 && c <= 0xDBFF, index + 1 < count {
            let low = text[index + 1]
            if low >= 0xDC00 && low <= 0xDFFF {
                let value = 0x10000 + ((UInt32(c) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                return (Unicode.Scalar(value), 2)
            }
        }
        return (Unicode.Scalar(UInt32(c)), 1)
    }

    mutating func scanIdentifierOrKeyword(into token: inout Token) throws(ParseError) {
        let start = position
        var index = position
        while index < count {
            let c = text[index]
            if c < 0x80 && SourceCharacter.isASCIIIdentifierPart(c) { index += 1 } else { break }
        }
        if index < count && (text[index] == 0x5C || text[index] >= 0x80) {
            try scanIdentifierWithEscapes(into: &token)
            return
        }
        position = index
        let length = index - start
        // ASCII only here, so the UTF-8 bytes are the code units narrowed (no transcoding).
        let name = String(unsafeUninitializedCapacity: length) { bytes in
            for offset in 0..<length { bytes[offset] = UInt8(truncatingIfNeeded: text[start + offset]) }
            return length
        }
        token.name = name
        token.contextual = .none
        token.kind = .identifier
        if length >= 2 && length <= 10 && text[start] >= 0x61 {
            if let word = wordTable[name] {
                token.kind = word.kind
                token.contextual = word.contextual
            }
        }
    }

    /// The general case: `\u` escapes and non-ASCII characters (§12.6 IdentifierName).
    private mutating func scanIdentifierWithEscapes(into token: inout Token) throws(ParseError) {
        let start = position
        var units: [UInt16] = []
        var escaped = false
        while position < count {
            let c = text[position]
            let isFirst = units.isEmpty
            if c < 0x80 {
                if c == 0x5C {
                    guard unit(at: position + 1) == 0x75 else { throw error(Lexer.invalidToken, at: start) }
                    let escapeStart = position
                    position += 2
                    let value = try scanUnicodeEscapeBody(escapeStart: escapeStart)
                    guard let scalar = Unicode.Scalar(value),
                        isFirst ? SourceCharacter.isIdentifierStart(scalar) : SourceCharacter.isIdentifierPart(scalar)
                    else {
                        throw error(Lexer.invalidToken, at: start)
                    }
                    SourceCharacter.appendCodePoint(value, to: &units)
                    escaped = true
                } else if isFirst ? SourceCharacter.isASCIIIdentifierStart(c) : SourceCharacter.isASCIIIdentifierPart(c) {
                    units.append(c)
                    position += 1
                } else {
                    break
                }
            } else {
                let (scalar, length) = decodeScalar(at: position)
                guard let scalar, isFirst ? SourceCharacter.isIdentifierStart(scalar) : SourceCharacter.isIdentifierPart(scalar) else { break }
                for offset in 0..<length { units.append(text[position + offset]) }
                position += length
            }
        }
        let name = String(decoding: units, as: UTF16.self)
        token.name = name
        token.escaped = escaped
        token.contextual = contextualKeywords[name] ?? .none
        if escaped, reservedWords[name] != nil {
            token.kind = .escapedKeyword
        } else if !escaped, let word = wordTable[name] {
            // A keyword followed by a non-ASCII character that ends it (U+2028, U+00A0…).
            token.kind = word.kind
            token.contextual = word.contextual
        } else {
            token.kind = .identifier
        }
    }

    /// After `\u`: `XXXX` or `{X…}`; returns the code point (§12.9.4 UnicodeEscapeSequence).
    mutating func scanUnicodeEscapeBody(escapeStart: Int) throws(ParseError) -> UInt32 {
        if unit(at: position) == 0x7B {
            position += 1
            var value: UInt32 = 0
            var digits = 0
            while true {
                let c = unit(at: position)
                if c == 0x7D {
                    guard digits > 0 else { throw error("Invalid Unicode escape sequence", at: position) }
                    position += 1
                    return value
                }
                guard let digit = SourceCharacter.hexDigitValue(c) else {
                    throw error("Invalid Unicode escape sequence", at: position)
                }
                value = value &* 16 &+ digit
                if value > 0x10FFFF { throw error("Undefined Unicode code-point", at: escapeStart) }
                digits += 1
                position += 1
            }
        }
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = SourceCharacter.hexDigitValue(unit(at: position + offset)) else {
                throw error("Invalid Unicode escape sequence", at: escapeStart)
            }
            value = value * 16 + digit
        }
        position += 4
        return value
    }
}

// MARK: - Character classes

/// Character classes of the lexical grammar (ECMA-262 §12.1–§12.7), on UTF-16 code units.
enum SourceCharacter {

    @inline(__always)
    static func isASCIIIdentifierStart(_ c: UInt16) -> Bool {
        (c | 0x20) &- 0x61 < 26 || c == 0x24 || c == 0x5F
    }

    @inline(__always)
    static func isASCIIIdentifierPart(_ c: UInt16) -> Bool {
        (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 || c == 0x24 || c == 0x5F
    }

    /// ID_Start, `$`, `_` (§12.6 IdentifierStartChar).
    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return SourceCharacter.isASCIIIdentifierStart(UInt16(scalar.value)) }
        return scalar.properties.isIDStart
    }

    /// ID_Continue, `$`, ZWNJ, ZWJ (§12.6 IdentifierPartChar).
    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return SourceCharacter.isASCIIIdentifierPart(UInt16(scalar.value)) }
        return scalar.value == 0x200C || scalar.value == 0x200D || scalar.properties.isIDContinue
    }

    @inline(__always)
    static func hexDigitValue(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return nil
        }
    }

    @inline(__always)
    static func isDecimalDigit(_ c: UInt32) -> Bool { c &- 0x30 < 10 }

    @inline(__always)
    static func isLineTerminator(_ c: UInt16) -> Bool {
        c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029
    }

    /// Appends a code point as UTF-16 (a surrogate pair above U+FFFF).
    @inline(__always)
    static func appendCodePoint(_ value: UInt32, to units: inout [UInt16]) {
        if value < 0x10000 {
            units.append(UInt16(value))
        } else {
            let offset = value - 0x10000
            units.append(UInt16(0xD800 + (offset >> 10)))
            units.append(UInt16(0xDC00 + (offset & 0x3FF)))
        }
    }
}
