import PostieJSON

/// Writes JSON values as block-style YAML that `YAMLParser` (and Postman) read back to the same values:
/// mappings as `key: value` lines, lists as `- item` lines, multi-line text as `|` literal blocks, and
/// text that would read as something else (`true`, `123`, `{{var}}`, `a: b`) single-quoted.
public enum YAMLWriter {
    /// The document for `value`, ending with a newline.
    public static func document(_ value: JSONValue) -> String {
        var out = ""
        switch value {
        case .object(let object) where !object.isEmpty:
            writeMembers(object, indent: 0, into: &out)
        case .array(let items) where !items.isEmpty:
            writeItems(items, indent: 0, into: &out)
        default:
            out = inline(value, indent: 0) + "\n"
        }
        return out
    }

    static func writeMembers(_ object: JSONObject, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for (key, value) in object.members {
            out += pad + scalar(key, indent: indent, isKey: true) + ":"
            writeValue(value, indent: indent, into: &out)
        }
    }

    static func writeItems(_ items: [JSONValue], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            switch item {
            case .object(let object) where !object.isEmpty:
                // `- key: value` with the rest of the mapping under the first key.
                var nested = ""
                writeMembers(object, indent: indent + 2, into: &nested)
                out += pad + "- " + nested.dropFirst(indent + 2)
            case .array(let inner) where !inner.isEmpty:
                out += pad + "-\n"
                writeItems(inner, indent: indent + 2, into: &out)
            default:
                out += pad + "- " + inline(item, indent: indent + 2) + "\n"
            }
        }
    }

    /// After `key:`: a nested block on the next lines, or the value on this line.
    static func writeValue(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .object(let object) where !object.isEmpty:
            out += "\n"
            writeMembers(object, indent: indent + 2, into: &out)
        case .array(let items) where !items.isEmpty:
            out += "\n"
            writeItems(items, indent: indent + 2, into: &out)
        default:
            out += " " + inline(value, indent: indent + 2) + "\n"
        }
    }

    /// A scalar or an empty collection on one line (a literal block for multi-line text).
    static func inline(_ value: JSONValue, indent: Int) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number):
            if number.isNaN { return ".nan" }
            if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
            return JSONWriter.format(number: number)
        case .string(let text): return scalar(text, indent: indent, isKey: false)
        case .array: return "[]"
        case .object: return "{}"
        }
    }

    /// Text as a plain, single-quoted, double-quoted or literal block scalar, whichever reads back exactly.
    public static func scalar(_ text: String, indent: Int, isKey: Bool) -> String {
        if needsDoubleQuotes(text) { return doubleQuoted(text) }
        if text.contains("\n") {
            return isKey ? doubleQuoted(text) : literalBlock(text, indent: indent)
        }
        if isPlainSafe(text) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Control characters (other than tab and line feed), a carriage return, or a line break in a
    /// literal block that would not survive (leading spaces on the first line, trailing spaces at the end).
    static func needsDoubleQuotes(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20 && value != 0x09 && value != 0x0A { return true }
            if value == 0x7F || (0x80...0x9F).contains(value) || value == 0xFEFF || value == 0x2028 || value == 0x2029 {
                return true
            }
        }
        if text.contains("\n") {
            // A literal block cannot start with a blank line-start or hold only line breaks.
            if text.first == " " || text.first == "\t" || text.first == "\n" { return true }
            if text.allSatisfy({ $0 == "\n" }) { return true }
            // Trailing whitespace on the last line before the final breaks is kept by a literal block,
            // but a last line of only spaces would be taken for an empty line.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.contains(where: { !$0.isEmpty && $0.allSatisfy { $0 == " " || $0 == "\t" } }) { return true }
        }
        return false
    }

    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0xFEFF || scalar.value == 0x2028 || scalar.value == 0x2029
                {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `|`, `|-` or `|+` by the text's final line breaks, each line indented.
    static func literalBlock(_ text: String, indent: Int) -> String {
        var body = Substring(text)
        var trailing = 0
        while body.hasSuffix("\n") {
            body = body.dropLast()
            trailing += 1
        }
        let indicator = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+"
        let pad = String(repeating: " ", count: max(indent, 1))
        var out = indicator
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            out += "\n" + (line.isEmpty ? "" : pad + line)
        }
        if trailing > 1 { out += String(repeating: "\n", count: trailing - 1) }
        return out
    }

    /// Whether `text` can be written without quotes and read back as the same text.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || first == "\t" || last == " " || last == "\t" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.contains(": ") || text.contains(":\t") || text.contains(" #") || text.contains("\t#") || text.hasSuffix(":") { return false }
        if text.hasPrefix("---") || text.hasPrefix("...") { return false }
        // Text the core schema would read as null, a Boolean or a number; and YAML 1.1's words, for
        // readers that still use that schema.
        if case .string = YAMLSchema.resolvePlain(text) {} else { return false }
        switch text.lowercased() {
        case "y", "n", "yes", "no", "on", "off", "~": return false
        default: break
        }
        if text.first.map({ $0.isNumber || $0 == "." || $0 == "+" }) ?? false { return false }
        return true
    }
}
