import Foundation
import PostieJSON

/// The YAML 1.2 core schema (YAML 1.2.2 §10.3): how untagged plain scalars become null, Booleans,
/// numbers or text, and how the core tags (`!!str`, `!!int`, …) apply. `on`, `yes` and `no` stay text
/// (they were Booleans only in YAML 1.1); `0o17` is octal, `0x1F` hexadecimal.
public enum YAMLSchema {
    /// The JSON value of a scalar node (a collection is resolved with its children by `jsonValue`).
    public static func resolve(_ node: YAMLNode) -> JSONValue {
        guard case .scalar(let text, let style) = node.content else { return jsonValue(node) }
        switch tagName(node.tag) {
        case "str"?: return .string(text)
        case "null"?: return .null
        case "bool"?: return resolvePlain(text).boolValue.map(JSONValue.bool) ?? .string(text)
        case "int"?, "float"?:
            if case .number(let number) = resolvePlain(text) { return .number(number) }
            return .string(text)
        case nil where node.tag == nil && style == .plain:
            return resolvePlain(text)
        default:
            // Quoted and block scalars, the non-specific tag `!` and application tags are text.
            return .string(text)
        }
    }

    /// The core-schema value of an untagged plain scalar.
    public static func resolvePlain(_ text: String) -> JSONValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .number(-.infinity)
        case ".nan", ".NaN", ".NAN": return .number(.nan)
        default: break
        }
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
            || first == UInt8(ascii: ".") || (first >= 0x30 && first <= 0x39)
        else { return .string(text) }
        if let number = integer(text) ?? float(text) { return .number(number) }
        return .string(text)
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
    static func integer(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let digits = String(decoding: bytes[2...], as: UTF8.self)
            if bytes[1] == UInt8(ascii: "o") { return digits.allSatisfy({ ("0"..."7").contains($0) }) ? parse(digits, radix: 8) : nil }
            if bytes[1] == UInt8(ascii: "x") { return digits.allSatisfy(\.isHexDigit) ? parse(digits, radix: 16) : nil }
        }
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        guard let value = Double(digits) else { return nil }
        return negative ? -value : value
    }

    private static func parse(_ digits: String, radix: Double) -> Double? {
        var value = 0.0
        for character in digits {
            guard let digit = character.hexDigitValue else { return nil }
            value = value * radix + Double(digit)
        }
        return value
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
    static func float(_ text: String) -> Double? {
        var bytes = Array(text.utf8)[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var index = bytes.startIndex
        var integerDigits = 0
        while index < bytes.endIndex, isDigit(bytes[index]) { index += 1; integerDigits += 1 }
        var fractionDigits = 0
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.endIndex, isDigit(bytes[index]) { index += 1; fractionDigits += 1 }
            if integerDigits == 0 && fractionDigits == 0 { return nil }
        } else if integerDigits == 0 {
            return nil
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            var exponentDigits = 0
            while index < bytes.endIndex, isDigit(bytes[index]) { index += 1; exponentDigits += 1 }
            if exponentDigits == 0 { return nil }
        }
        guard index == bytes.endIndex else { return nil }
        return Double(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }

    /// The tag's name in the core schema's namespace (`str` for `!!str` or `!<tag:yaml.org,2002:str>`).
    static func tagName(_ tag: String?) -> String? {
        guard let tag else { return nil }
        if tag.hasPrefix("!!") { return String(tag.dropFirst(2)) }
        if tag.hasPrefix("!<tag:yaml.org,2002:"), tag.hasSuffix(">") { return String(tag.dropFirst(20).dropLast()) }
        return nil
    }

    /// The whole node as JSON: mappings become objects (keys as text), sequences arrays.
    public static func jsonValue(_ node: YAMLNode) -> JSONValue {
        switch node.content {
        case .scalar: return resolve(node)
        case .sequence(let items): return .array(items.map(jsonValue))
        case .mapping(let pairs):
            var object = JSONObject()
            for pair in pairs { object[keyText(of: pair.key)] = jsonValue(pair.value) }
            return .object(object)
        }
    }

    /// A key as JSON object keys hold it.
    static func keyText(of key: YAMLNode) -> String {
        switch resolve(key) {
        case .string(let text): return text
        case .null: return (key.scalarText ?? "").isEmpty ? "" : "null"
        case let other: return other.textValue
        }
    }
}
