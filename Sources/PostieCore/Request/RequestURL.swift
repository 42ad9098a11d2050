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
    /// splits it (`URLTextSplit` says how; a `{{variable}}` left unresolved is opaque). The scheme is
    /// lower-cased (`http` when the text gives none), and the host is lower-cased and written as Node's
    /// `domainToASCII` writes it (`127.1` is `127.0.0.1`, `bücher.de` is `xn--bcher-kva.de`).
    public static func parse(_ text: String) -> RequestURL {
        let split = URLTextSplit(text)
        let scheme = split.scheme.map { URLTextSplit.lowercased(split.bytes[$0]) } ?? ""
        var query = (split.query ?? []).map { pair in
            let (key, value) = split.cut(pair, at: UInt8(ascii: "="))
            return QueryParameter(key: key, value: value)
        }
        if query.count == 1, query[0].key.isEmpty, query[0].value == nil { query = [] }
        return RequestURL(
            scheme: scheme.isEmpty ? "http" : scheme, userInfo: split.userInfo.map(split.text),
            host: HostName.ascii(split.text(split.host)), port: split.port.map(split.text),
            pathSegments: split.segments.map { $0.map(split.text) } ?? [], query: query, hasQuery: split.query != nil)
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
