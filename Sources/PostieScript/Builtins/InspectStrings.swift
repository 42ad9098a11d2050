/// How `util.inspect` writes strings and property names: the quote it picks, the escapes it uses.
enum InspectStrings {
    private static let singleQuote: UInt16 = 0x27
    private static let doubleQuote: UInt16 = 0x22
    private static let backtick: UInt16 = 0x60
    private static let backslash: UInt16 = 0x5C

    /// `'text'` with Node's escapes; `"…"` when the text has a single quote but no double quote, and
    /// `` `…` `` when it has both but neither a backtick nor `${`.
    static func quoted(_ units: [UInt16]) -> [UInt16] {
        var quote = singleQuote
        if units.contains(singleQuote) {
            if !units.contains(doubleQuote) {
                quote = doubleQuote
            } else if !units.contains(backtick) && !containsTemplateOpening(units) {
                quote = backtick
            }
        }
        var result = [UInt16]()
        result.reserveCapacity(units.count + 2)
        result.append(quote)
        appendEscaped(units, escapingSingleQuote: quote == singleQuote, to: &result)
        result.append(quote)
        return result
    }

    /// The text with control characters, backslashes, single quotes and lone surrogates escaped and no
    /// quotes around it (symbol descriptions and hidden keys: `[Symbol(a\nb)]`, `[key]`).
    static func escapedUnquoted(_ units: [UInt16]) -> [UInt16] {
        var result = [UInt16]()
        result.reserveCapacity(units.count)
        appendEscaped(units, escapingSingleQuote: true, to: &result)
        return result
    }

    /// Whether a property name prints bare: `/^[a-zA-Z_][a-zA-Z_0-9]*$/`.
    static func isPlainKey(_ units: [UInt16]) -> Bool {
        guard let first = units.first, isLetterOrUnderscore(first) else { return false }
        for unit in units.dropFirst() where !(isLetterOrUnderscore(unit) || (unit >= 0x30 && unit <= 0x39)) { return false }
        return true
    }

    private static func isLetterOrUnderscore(_ unit: UInt16) -> Bool {
        (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) || unit == 0x5F
    }

    private static func containsTemplateOpening(_ units: [UInt16]) -> Bool {
        var index = 0
        while index + 1 < units.count {
            if units[index] == 0x24 && units[index + 1] == 0x7B { return true }
            index += 1
        }
        return false
    }

    private static let hexDigits: [UInt16] = Array("0123456789ABCDEF".utf16)
    private static let lowerHexDigits: [UInt16] = Array("0123456789abcdef".utf16)

    private static func appendEscaped(_ units: [UInt16], escapingSingleQuote: Bool, to result: inout [UInt16]) {
        let count = units.count
        var index = 0
        while index < count {
            let unit = units[index]
            switch unit {
            case 0x08: result.append(backslash); result.append(0x62)  // \b
            case 0x09: result.append(backslash); result.append(0x74)  // \t
            case 0x0A: result.append(backslash); result.append(0x6E)  // \n
            case 0x0C: result.append(backslash); result.append(0x66)  // \f
            case 0x0D: result.append(backslash); result.append(0x72)  // \r
            case 0x00...0x1F, 0x7F...0x9F:
                result.append(backslash)
                result.append(0x78)  // \xHH, upper-case digits
                result.append(hexDigits[Int(unit >> 4)])
                result.append(hexDigits[Int(unit & 0xF)])
            case backslash:
                result.append(backslash)
                result.append(backslash)
            case singleQuote where escapingSingleQuote:
                result.append(backslash)
                result.append(singleQuote)
            case 0xD800...0xDBFF:
                if index + 1 < count, units[index + 1] >= 0xDC00, units[index + 1] <= 0xDFFF {
                    result.append(unit)
                    result.append(units[index + 1])
                    index += 1
                } else {
                    appendUnicodeEscape(unit, to: &result)
                }
            case 0xDC00...0xDFFF:
                appendUnicodeEscape(unit, to: &result)
            default:
                result.append(unit)
            }
            index += 1
        }
    }

    /// `\udXXX` for a lone surrogate (lower-case hex, as Node writes it).
    private static func appendUnicodeEscape(_ unit: UInt16, to result: inout [UInt16]) {
        result.append(backslash)
        result.append(0x75)
        for shift in stride(from: 12, through: 0, by: -4) {
            result.append(lowerHexDigits[Int((unit >> UInt16(shift)) & 0xF)])
        }
    }
}

extension Array where Element == UInt16 {
    /// Appends the UTF-16 code units of `text`.
    @inline(__always) mutating func appendInspectText(_ text: String) {
        append(contentsOf: text.utf16)
    }

    /// Whether the text contains a line feed.
    var containsLineFeed: Bool { contains(0x0A) }
}
