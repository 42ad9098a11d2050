/// A request URL split as Postman splits it, variables already resolved.
///
/// Built by parsing the resolved URL text (postman-runtime re-parses a URL after resolving its
/// variables, so a `{{gallery-url}}` holding `http://host/gallery` lands in scheme, host and path), then
/// encoded for the wire with postman-url-encoder's WHATWG encode sets: characters outside the set and
/// existing `%XX` escapes are left as written.
public struct RequestURL: Sendable, Equatable {
    public struct QueryParameter: Sendable, Equatable {
        public var key: String
        /// nil for a parameter written without `=`.
        public var value: String?

        public init(key: String, value: String?) {
            self.key = key
            self.value = value
        }
    }

    /// Lower-case scheme, `http` when the URL gives none (as postman-url-encoder).
    public var scheme: String
    /// `user:password` before `@`, as written.
    public var userInfo: String?
    /// Host as written, lower-cased.
    public var host: String
    /// Port as written (digits), or nil.
    public var port: String?
    /// Path segments without the leading `/`, not yet encoded; `""` last for a trailing slash.
    public var pathSegments: [String]
    /// Query parameters in order, not yet encoded.
    public var query: [QueryParameter]
    /// Whether the URL had a `?` (an empty query still ends the URL with `?`).
    public var hasQuery: Bool
    /// Whether path, query and userinfo are percent-encoded for the wire (`disableUrlEncoding` turns it off).
    public var encodesForWire = true

    public init(
        scheme: String = "http", userInfo: String? = nil, host: String, port: String? = nil,
        pathSegments: [String] = [], query: [QueryParameter] = [], hasQuery: Bool? = nil
    ) {
        self.scheme = scheme
        self.userInfo = userInfo
        self.host = host
        self.port = port
        self.pathSegments = pathSegments
        self.query = query
        self.hasQuery = hasQuery ?? !query.isEmpty
    }

    /// Parses resolved URL text the way postman-collection's `Url.parse` (postman-url-encoder's parser)
    /// splits it: leading whitespace trimmed (trailing kept, so a value's final newline is sent); a
    /// `{{variable}}` left unresolved is opaque, so a `#`, `?`, `/` or `@` inside it splits nothing; then
    /// the fragment at the first `#`, the query at the first `?`, backslashes read as `/`, the scheme
    /// before `://` (extra slashes dropped), the path at the first `/`, userinfo up to the last `@`
    /// (so a password may hold `@`), the port after the last `:`. The host is lower-cased and written as
    /// Node's `domainToASCII` writes it (`127.1` is `127.0.0.1`, `bücher.de` is `xn--bcher-kva.de`).
    public static func parse(_ text: String) -> RequestURL {
        // One pass over the UTF-8 bytes: every delimiter is ASCII, so cutting at one never splits a
        // character, and each part is decoded from its bytes once.
        var bytes = Array(text.utf8)
        let start = leadingWhitespaceByteCount(text)
        if start > 0 { bytes.removeFirst(start) }
        let opaque = variableMask(bytes)
        let count = bytes.count
        func isDelimiter(_ index: Int, _ byte: UInt8) -> Bool { bytes[index] == byte && !opaque[index] }
        func first(_ byte: UInt8, in range: Range<Int>) -> Int? { range.first { isDelimiter($0, byte) } }
        func last(_ byte: UInt8, in range: Range<Int>) -> Int? { range.last { isDelimiter($0, byte) } }
        func part(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        var end = count
        if let hash = first(UInt8(ascii: "#"), in: 0..<end) { end = hash }
        var queryRange: Range<Int>?
        if let mark = first(UInt8(ascii: "?"), in: 0..<end) {
            queryRange = (mark + 1)..<end
            end = mark
        }
        // Before the query, a backslash is a slash (WHATWG, special schemes).
        for index in 0..<end where isDelimiter(index, UInt8(ascii: "\\")) { bytes[index] = UInt8(ascii: "/") }
        var pointer = 0
        var scheme = "http"
        let slash = UInt8(ascii: "/")
        func startsScheme(_ index: Int) -> Bool {
            isDelimiter(index, UInt8(ascii: ":")) && bytes[index + 1] == slash && bytes[index + 2] == slash
        }
        if let separator = (0..<max(0, end - 2)).first(where: startsScheme) {
            let candidate = Self.lowercased(bytes[0..<separator])
            scheme = candidate.isEmpty ? "http" : candidate
            pointer = separator + 3
            while pointer < end, bytes[pointer] == slash { pointer += 1 }
        }
        var authorityEnd = end
        var segments: [String] = []
        if let firstSlash = first(slash, in: pointer..<end) {
            authorityEnd = firstSlash
            var segmentStart = firstSlash + 1
            for index in (firstSlash + 1)..<end where isDelimiter(index, slash) {
                segments.append(part(segmentStart..<index))
                segmentStart = index + 1
            }
            segments.append(part(segmentStart..<end))
        }
        var userInfo: String?
        var hostStart = pointer
        if let at = last(UInt8(ascii: "@"), in: pointer..<authorityEnd) {
            userInfo = part(pointer..<at)
            hostStart = at + 1
        }
        var hostEnd = authorityEnd
        var port: String?
        if let colon = last(UInt8(ascii: ":"), in: hostStart..<authorityEnd),
            !bytes[(colon + 1)..<authorityEnd].contains(UInt8(ascii: "]"))
        {
            port = part((colon + 1)..<authorityEnd)
            hostEnd = colon
        }
        var query: [QueryParameter] = []
        if let queryRange {
            // A pair starts where the text's own variable scan stands outside a reference, so the mask
            // of the whole text is the mask of each pair.
            var pairStart = queryRange.lowerBound
            for index in queryRange.lowerBound...queryRange.upperBound
            where index == queryRange.upperBound || isDelimiter(index, UInt8(ascii: "&")) {
                if let equals = first(UInt8(ascii: "="), in: pairStart..<index) {
                    query.append(QueryParameter(key: part(pairStart..<equals), value: part((equals + 1)..<index)))
                } else {
                    query.append(QueryParameter(key: part(pairStart..<index), value: nil))
                }
                pairStart = index + 1
            }
            if query.count == 1, query[0].key.isEmpty, query[0].value == nil { query = [] }
        }
        return RequestURL(
            scheme: scheme, userInfo: userInfo, host: HostName.ascii(part(hostStart..<hostEnd)), port: port,
            pathSegments: segments, query: query, hasQuery: queryRange != nil)
    }

    /// How many UTF-8 bytes of Unicode white space `text` starts with (ASCII read byte by byte).
    static func leadingWhitespaceByteCount(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: count += 1
            case 0x80...:
                // Rare: a non-ASCII space such as U+00A0 or U+3000; read the scalars from here.
                let rest = text.utf8.dropFirst(count)
                for scalar in String(decoding: rest, as: UTF8.self).unicodeScalars {
                    guard scalar.properties.isWhitespace else { return count }
                    count += UTF8.width(scalar)
                }
                return count
            default: return count
            }
        }
        return count
    }

    /// ASCII letters lower-cased byte by byte; other text as Swift lower-cases it.
    static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// Which bytes stand inside a `{{name}}` (postman-url-encoder's `/{{[^{}]*}}/g`).
    static func variableMask(_ bytes: [UInt8]) -> [Bool] {
        var mask = [Bool](repeating: false, count: bytes.count)
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == open, bytes[index + 1] == open {
                var end = index + 2
                while end < bytes.count, bytes[end] != open, bytes[end] != close { end += 1 }
                if end + 1 < bytes.count, bytes[end] == close, bytes[end + 1] == close {
                    for marked in index...(end + 1) { mask[marked] = true }
                    index = end + 2
                    continue
                }
            }
            index += 1
        }
        return mask
    }

    /// Why the URL cannot be sent, in a few words, or nil when it can: a scheme other than `http` and
    /// `https`, a port that is not a number from 1 to 65535, a host with a space or a control character, an
    /// IPv6 literal without its closing bracket. (The parse above never fails; this says what the
    /// transport would refuse, before anything is sent.)
    public var sendingProblem: String? {
        if scheme != "http", scheme != "https" {
            return "postie sends http:// and https:// URLs, not \(scheme)://"
        }
        if host.hasPrefix("["), !host.hasSuffix("]") { return "the IPv6 address has no closing \"]\"" }
        if !host.hasPrefix("["), let colon = host.utf8.firstIndex(of: UInt8(ascii: ":")) {
            return "the port \"\(host[host.utf8.index(after: colon)...])\" is not a number"
        }
        if let port, !port.isEmpty, !port.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return "the port \"\(port)\" is not a number"
        }
        if let port, !port.isEmpty, !(Int(port).map { (1...65535).contains($0) } ?? false) {
            return "the port \(port) is not a number from 1 to 65535"
        }
        // Space, tab and the controls are ASCII: their UTF-8 bytes stand for nothing else.
        if host.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 }) { return "the host contains a space" }
        if host.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            return "the host contains a control character"
        }
        return nil
    }

    /// `/a/b/`, percent-encoded with the path set.
    public var encodedPath: String {
        let path = pathSegments.joined(separator: "/")
        return "/" + (encodesForWire ? URLEncodeSet.path.encode(path) : path)
    }

    /// `a=1&b=`, percent-encoded with the query sets; nil when the URL has no `?`.
    public var encodedQuery: String? {
        guard hasQuery || !query.isEmpty else { return nil }
        return query.map { parameter in
            var text = encodesForWire ? URLEncodeSet.queryKey.encode(parameter.key) : parameter.key
            if let value = parameter.value { text += "=" + (encodesForWire ? URLEncodeSet.queryValue.encode(value) : value) }
            return text
        }.joined(separator: "&")
    }

    /// `host` or `host:port`.
    public var authority: String {
        port.map { "\(host):\($0)" } ?? host
    }

    /// The whole URL as sent: `scheme://[userinfo@]host[:port]/path[?query]`.
    public var string: String {
        var text = "\(scheme)://"
        if let userInfo {
            // user and password are encoded apart, as postman-url-encoder does.
            text += userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                .map { encodesForWire ? URLEncodeSet.userInfo.encode(String($0)) : String($0) }.joined(separator: ":") + "@"
        }
        text += authority + encodedPath
        if let query = encodedQuery { text += "?" + query }
        return text
    }

    /// The URL without userinfo, query or fragment, as logs show it.
    public var stringWithoutQuery: String { "\(scheme)://\(authority)\(encodedPath)" }

    /// Appends a query parameter (used by signers that place parameters in the query).
    public mutating func appendQuery(key: String, value: String) {
        query.append(QueryParameter(key: key, value: value))
        hasQuery = true
    }
}

/// postman-url-encoder's encode sets (WHATWG URL, §1.3): C0 controls, DEL and non-ASCII always encoded.
public struct URLEncodeSet: Sendable {
    /// The set's printable ASCII bytes beyond the controls, DEL and non-ASCII, as bits (bit n: byte n),
    /// so that a byte is looked up without hashing.
    private let low: UInt64
    private let high: UInt64

    init(_ characters: String, extending base: URLEncodeSet? = nil) {
        var low = base?.low ?? 0
        var high = base?.high ?? 0
        for byte in characters.utf8 where byte < 0x80 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        self.low = low
        self.high = high
    }

    /// The fragment set: space `"` `<` `>` and backtick.
    public static let fragment = URLEncodeSet(" \"<>`")
    /// The path set: the fragment set plus `#` `?` `{` `}`.
    public static let path = URLEncodeSet("#?{}", extending: fragment)
    /// The userinfo set: the path set plus `/ : ; = @ [ \ ] ^ |`.
    public static let userInfo = URLEncodeSet("/:;=@[\\]^|", extending: path)
    /// The query set: space `"` `#` `&` `'` `<` `=` `>`.
    public static let query = URLEncodeSet(" \"#&'<=>")
    /// A query parameter value: the query set plus `&`.
    public static let queryValue = URLEncodeSet("&", extending: query)
    /// A query parameter key: the query set plus `&` and `=`.
    public static let queryKey = URLEncodeSet("&=", extending: query)

    func mustEncode(_ byte: UInt8) -> Bool {
        if byte < 0x20 || byte >= 0x7F { return true }
        return byte < 64 ? low & (1 << UInt64(byte)) != 0 : high & (1 << UInt64(byte - 64)) != 0
    }

    /// Percent-encodes the UTF-8 bytes of `text` that are in the set (uppercase hex).
    public func encode(_ text: String) -> String {
        guard text.utf8.contains(where: mustEncode) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            if mustEncode(byte) {
                output.append(UInt8(ascii: "%"))
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
