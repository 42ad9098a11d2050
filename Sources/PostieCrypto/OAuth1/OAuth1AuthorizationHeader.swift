extension OAuth1 {
    /// The `Authorization` header value carrying `parameters` (RFC 5849 §3.5.1):
    /// `OAuth realm="…",oauth_consumer_key="…",…`, in the given order, names and values encoded with
    /// ``PercentEncoding/rfc3986(_:)``. The realm is an RFC 2617 quoted-string, not percent-encoded.
    public static func authorizationHeader(parameters: [Parameter], realm: String? = nil) -> String {
        var fields: [String] = []
        if let realm { fields.append("realm=\(quotedString(realm))") }
        for parameter in parameters {
            fields.append("\(PercentEncoding.rfc3986(parameter.name))=\"\(PercentEncoding.rfc3986(parameter.value))\"")
        }
        return fields.isEmpty ? "OAuth" : "OAuth " + fields.joined(separator: ",")
    }

    /// The parameters of an `Authorization: OAuth …` value, in order, `realm` included, or nil when it is not one.
    ///
    /// Accepts the scheme name in any case, then comma-separated `name="value"` pairs with optional whitespace around
    /// `,` and `=` (unquoted token values and empty list elements are tolerated, RFC 7235 §2.1). Names and values are
    /// percent-decoded, except `realm`, whose quoted-string is only unescaped; an undecodable one is kept as written.
    /// Returns nil, never trapping, for another scheme, a missing `=`, an unterminated quote or trailing text.
    public static func parseAuthorizationHeader(_ value: String) -> [Parameter]? {
        var scanner = AuthorizationHeaderScanner(bytes: Array(value.utf8))
        return scanner.parse()
    }

    private static func quotedString(_ text: String) -> String {
        var quoted = "\""
        for character in text.unicodeScalars {
            if character == "\"" || character == "\\" { quoted.unicodeScalars.append("\\") }
            quoted.unicodeScalars.append(character)
        }
        return quoted + "\""
    }
}

/// Reads an `Authorization` header value byte by byte; every read is bounds-checked, so garbage gives nil.
private struct AuthorizationHeaderScanner {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func parse() -> [OAuth1.Parameter]? {
        skipWhitespace()
        guard readScheme() else { return nil }
        var parameters: [OAuth1.Parameter] = []
        skipWhitespace()
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
                continue
            }
            guard let name = readToken() else { return nil }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
            index += 1
            skipWhitespace()
            guard index < bytes.count else { return nil }
            let isQuoted = bytes[index] == UInt8(ascii: "\"")
            guard let rawValue = isQuoted ? readQuotedString() : readToken() else { return nil }
            let value = name.lowercased() == "realm" ? rawValue : PercentEncoding.decode(rawValue) ?? rawValue
            parameters.append((name: PercentEncoding.decode(name) ?? name, value: value))
            skipWhitespace()
            guard index == bytes.count || bytes[index] == UInt8(ascii: ",") else { return nil }
        }
        return parameters
    }

    /// `OAuth` in any case, followed by whitespace or the end.
    private mutating func readScheme() -> Bool {
        let scheme = Array("oauth".utf8)
        guard bytes.count - index >= scheme.count else { return false }
        for (offset, expected) in scheme.enumerated() where bytes[index + offset] | 0x20 != expected {
            return false
        }
        index += scheme.count
        return index == bytes.count || Self.isWhitespace(bytes[index])
    }

    /// An RFC 7230 §3.2.6 token.
    private mutating func readToken() -> String? {
        let start = index
        while index < bytes.count, Self.isTokenCharacter(bytes[index]) { index += 1 }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    /// An RFC 7230 §3.2.6 quoted-string, unescaped; nil when unterminated.
    private mutating func readQuotedString() -> String? {
        index += 1
        var content: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: content, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return nil }
                content.append(bytes[index])
                index += 1
            default:
                content.append(byte)
            }
        }
        return nil
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
