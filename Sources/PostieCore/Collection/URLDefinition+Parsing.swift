extension URLDefinition {
    /// A URL the collection writes as one text (v2.0's bare string, a URL object with `raw` alone, a
    /// `pm.sendRequest("…")`), split into its parts before any variable is resolved, as postman-collection's
    /// `Url.parse` splits it when Postman loads the collection (`URLTextSplit` says where it cuts). So a
    /// variable is resolved within its part: `?q={{search}}` with `search` = `a&b` sends one parameter,
    /// `q=a%26b`, as Postman does, and a `#` in a value stays in it.
    ///
    /// `raw` is kept as written. A text with neither host nor path (`""`, `?a=1`) keeps `raw` alone.
    public init(parsing raw: String) {
        let split = URLTextSplit(raw)
        self.init(raw: raw)
        guard !split.host.isEmpty || split.segments != nil else { return }
        scheme = split.scheme.map(split.text)
        if let userInfo = split.userInfo {
            let (user, password) = split.cut(userInfo, at: UInt8(ascii: ":"))
            credentials = URLCredentials(user: user, password: password)
        }
        if !split.host.isEmpty { host = split.pieces(of: split.host, at: UInt8(ascii: ".")) }
        port = split.port.map(split.text)
        path = split.segments.map { $0.map(split.text) }
        query = (split.query ?? []).map { pair in
            let (key, value) = split.cut(pair, at: UInt8(ascii: "="))
            return KeyValueEntry(key: key, value: value)
        }
        hash = split.hash.map(split.text)
    }
}
