import Foundation
import PostieCrypto

/// `application/x-www-form-urlencoded` (WHATWG URL §5): `+` is a space, `%XX` a byte.
enum FormURLEncoding {
    /// The `name=value` pairs of a form body or query, decoded, in order; empty pairs skipped.
    static func decode(_ text: String) -> [(name: String, value: String)] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            guard let equals = pair.firstIndex(of: "=") else { return (name: unescape(pair), value: "") }
            return (name: unescape(pair[..<equals]), value: unescape(pair[pair.index(after: equals)...]))
        }
    }

    /// Decodes one component: `+` → space, then percent-decoding (invalid escapes kept as they are).
    static func unescape(_ text: Substring) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "+") }) else { return percentDecode(String(text)) }
        let spaced = text.utf8.map { $0 == UInt8(ascii: "+") ? UInt8(ascii: " ") : $0 }
        return percentDecode(String(decoding: spaced, as: UTF8.self))
    }

    /// Percent-decodes `text`, leaving malformed escapes as they are and never failing.
    static func percentDecode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            if source[index] == 37, index + 2 < source.count, let high = Hex.value(ofDigit: source[index + 1]),
                let low = Hex.value(ofDigit: source[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
