import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The forward proxy for `http://` requests sent on sockets, and the hosts that bypass it, read as
/// libcurl and Newman read them.
///
/// - The proxy: `http_proxy`, else `HTTP_PROXY` (Newman honours it; postie is not a CGI program, so the
///   "httpoxy" concern does not apply), else `all_proxy`/`ALL_PROXY`. `host:port` or
///   `http://[user:password@]host[:port]`; the port defaults to 1080 as in curl. Credentials become
///   `Proxy-Authorization: Basic`. Only `http://` proxies can be spoken to; another scheme fails the
///   request with a message saying so.
/// - The bypass list: `no_proxy`, else `NO_PROXY`; entries separated by commas or spaces. `*` bypasses
///   every host; `example.com` and `.example.com` match that host and its subdomains; `host:port` only
///   that port; an IP address matches itself, `10.0.0.0/8` or `fd00::/8` a network.
public struct ProxySettings: Sendable, Equatable {
    /// A proxy to send requests through.
    public struct Proxy: Sendable, Equatable {
        /// `http`; anything else cannot be used and fails the request.
        public var scheme: String
        public var host: String
        public var port: Int
        /// A `Proxy-Authorization` value (`Basic …`) from the proxy URL's userinfo.
        public var authorization: String?
        /// The environment variable it came from, for messages.
        public var source: String

        public init(scheme: String = "http", host: String, port: Int, authorization: String? = nil, source: String = "") {
            self.scheme = scheme
            self.host = host
            self.port = port
            self.authorization = authorization
            self.source = source
        }
    }

    /// The proxy for `http://` URLs, or nil for direct connections.
    public var httpProxy: Proxy?
    /// The proxy for `https://` requests (`https_proxy`, `HTTPS_PROXY`, then `all_proxy`), reached with
    /// `CONNECT`.
    public var httpsProxy: Proxy?
    /// The `NO_PROXY` entries, lower-cased.
    public var bypassEntries: [String]

    /// No proxy at all.
    public static let none = ProxySettings(httpProxy: nil, bypassEntries: [])

    public init(httpProxy: Proxy?, httpsProxy: Proxy? = nil, bypassEntries: [String] = []) {
        self.httpProxy = httpProxy
        self.httpsProxy = httpsProxy
        self.bypassEntries = bypassEntries
    }

    /// The settings in `environment` (by default this process's).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ProxySettings {
        var proxy: Proxy?
        for name in ["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                proxy = parseProxy(value, source: name)
                break
            }
        }
        var secureProxy: Proxy?
        for name in ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                secureProxy = parseProxy(value, source: name)
                break
            }
        }
        let bypass = environment["no_proxy"] ?? environment["NO_PROXY"] ?? ""
        let entries = bypass.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" })
            .map { $0.lowercased() }
        return ProxySettings(httpProxy: proxy, httpsProxy: secureProxy, bypassEntries: entries)
    }

    /// `[scheme://][user:password@]host[:port][/]` as a proxy; the scheme defaults to http, the port to 1080.
    static func parseProxy(_ text: String, source: String) -> Proxy? {
        var rest = Substring(text)
        var scheme = "http"
        if let separator = rest.range(of: "://") {
            scheme = rest[..<separator.lowerBound].lowercased()
            rest = rest[separator.upperBound...]
        }
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        var authorization: String?
        if let at = rest.lastIndex(of: "@") {
            let userinfo = String(rest[..<at])
            rest = rest[rest.index(after: at)...]
            let decoded = userinfo.removingPercentEncoding ?? userinfo
            authorization = "Basic " + Data(decoded.utf8).base64EncodedString()
        }
        guard let parts = HTTPURLParts("http://\(rest)/") else { return nil }
        let port = parts.hasExplicitPort || rest.hasSuffix(":80") ? parts.port : 1080
        return Proxy(scheme: scheme, host: parts.host, port: port, authorization: authorization, source: source)
    }

    /// The proxy to use for `host:port`, or nil to connect directly.
    public func proxy(forHost host: String, port: Int) -> Proxy? {
        proxy(forScheme: "http", host: host, port: port)
    }

    /// The proxy a request with `scheme` to `host:port` goes through, or nil (none set, or `NO_PROXY`).
    public func proxy(forScheme scheme: String, host: String, port: Int) -> Proxy? {
        guard let proxy = scheme == "https" ? httpsProxy : httpProxy else { return nil }
        return bypasses(host: host, port: port) ? nil : proxy
    }

    /// Whether `NO_PROXY` says to connect to `host:port` directly.
    public func bypasses(host: String, port: Int) -> Bool {
        let host = host.lowercased()
        for entry in bypassEntries {
            if entry == "*" { return true }
            var name = Substring(entry)
            var entryPort: Int?
            // `[v6]:port`, `v4:port` or `name:port`; a bare IPv6 address has several colons and no port.
            if name.hasPrefix("["), let close = name.firstIndex(of: "]") {
                let after = name[name.index(after: close)...]
                if after.hasPrefix(":") { entryPort = Int(after.dropFirst()) }
                name = name[name.index(after: name.startIndex)..<close]
            } else if name.filter({ $0 == ":" }).count == 1, let colon = name.firstIndex(of: ":") {
                entryPort = Int(name[name.index(after: colon)...])
                name = name[..<colon]
            }
            if let entryPort, entryPort != port { continue }
            if name.hasPrefix("*.") { name = name.dropFirst() }
            if name.hasPrefix(".") { name = name.dropFirst() }
            guard !name.isEmpty else { continue }
            if host == name || host.hasSuffix("." + name) { return true }
            if name.contains("/"), Self.network(String(name), contains: host) { return true }
        }
        return false
    }

    /// Whether the CIDR network `cidr` (`10.0.0.0/8`, `fd00::/8`) holds the IP literal `host`.
    static func network(_ cidr: String, contains host: String) -> Bool {
        let parts = cidr.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let prefixLength = Int(parts[1]), let network = ipBytes(String(parts[0])),
            let address = ipBytes(host), network.count == address.count, (0...network.count * 8).contains(prefixLength)
        else { return false }
        var remaining = prefixLength
        for (networkByte, addressByte) in zip(network, address) where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if networkByte & mask != addressByte & mask { return false }
            remaining -= bits
        }
        return true
    }

    /// The 4 or 16 bytes of an IPv4 or IPv6 literal.
    private static func ipBytes(_ text: String) -> [UInt8]? {
        var ipv4 = in_addr()
        if inet_pton(AF_INET, text, &ipv4) == 1 { return withUnsafeBytes(of: ipv4) { Array($0) } }
        var ipv6 = in6_addr()
        if inet_pton(AF_INET6, text, &ipv6) == 1 { return withUnsafeBytes(of: ipv6) { Array($0) } }
        return nil
    }
}
