import Foundation
import PostieJSON
import PostieSockets

/// An `https://` request through a forward proxy: `CONNECT host:port` (RFC 9110 §9.3.6) on the proxy
/// connection, then TLS end to end through the tunnel, so the proxy sees neither the request nor
/// the answer.
enum ProxyTunnel {
    /// The largest answer head a proxy may send to `CONNECT`.
    static let maximumHeadBytes = 64 * 1024

    /// Opens the tunnel to `origin` on `socket` (connected to `proxy`); nil when the proxy answered 2xx,
    /// else why not. `.timedOut(milliseconds: 0)` stands for the caller's own deadline.
    static func open(
        to origin: HTTPURLParts, through proxy: ProxySettings.Proxy, on socket: Socket, deadline: Deadline,
        cancellation: CancellationSignal
    ) -> TransportError? {
        let authority = "\(origin.host.contains(":") ? "[\(origin.host)]" : origin.host):\(origin.port)"
        var request = "CONNECT \(authority) HTTP/1.1\r\nHost: \(authority)\r\n"
        if let authorization = proxy.authorization { request += "Proxy-Authorization: \(authorization)\r\n" }
        request += "\r\n"
        do throws(SocketError) {
            let bytes = Array(request.utf8)
            let sent = bytes.withUnsafeBytes { buffer in
                Result { () throws(SocketError) in try socket.send(buffer, until: deadline, cancellation: cancellation) }
            }
            try sent.get()
            // Read one byte at a time up to the blank line: nothing of the TLS stream may be taken from the socket.
            var head: [UInt8] = []
            var byte: UInt8 = 0
            while !(head.count >= 4 && head.suffix(4) == [13, 10, 13, 10]) {
                guard head.count < maximumHeadBytes else {
                    return .failed(reason: "the proxy in \(proxy.source) sent an endless answer to CONNECT")
                }
                let count = try withUnsafeMutableBytes(of: &byte) { (buffer: UnsafeMutableRawBufferPointer) throws(SocketError) in
                    try socket.receive(into: buffer, until: deadline, cancellation: cancellation)
                }
                guard count == 1 else {
                    return .connectionLost(reason: "the proxy in \(proxy.source) closed the connection instead of answering CONNECT \(authority)")
                }
                head.append(byte)
            }
            let statusLine = String(decoding: head.prefix { $0 != 13 }, as: UTF8.self)
            let parts = statusLine.split(separator: " ", maxSplits: 2)
            guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]) else {
                return .failed(reason: "the proxy in \(proxy.source) did not answer CONNECT in HTTP: \"\(statusLine.prefix(80))\"")
            }
            guard (200..<300).contains(status) else {
                let hint = status == 407 ? "; give credentials in \(proxy.source) (http://user:password@host:port)" : ""
                return .cannotConnect(
                    host: origin.host, reason: "the proxy in \(proxy.source) refused the tunnel: \(statusLine.dropFirst(9))\(hint)")
            }
            return nil
        } catch {
            switch error {
            case .timedOut: return .timedOut(milliseconds: 0)
            case .cancelled: return .cancelled
            default: return .connectionLost(reason: "the proxy connection failed during CONNECT: \(error)")
            }
        }
    }
}

/// A client certificate and the URLs it is presented to (Newman's `--ssl-client-cert-list` entries;
/// `--ssl-client-cert` is one for every URL, after the list).
public struct ClientCertificateRule: Sendable, Equatable {
    public var name: String
    /// Postman URL match patterns: `https://*.example.com/*`, `https://api.example.com:8443/v1/*`,
    /// `<all_urls>`.
    public var matches: [String]
    public var certificateFile: String
    public var keyFile: String
    public var passphrase: String?

    public init(name: String, matches: [String], certificateFile: String, keyFile: String, passphrase: String? = nil) {
        self.name = name
        self.matches = matches
        self.certificateFile = certificateFile
        self.keyFile = keyFile
        self.passphrase = passphrase
    }

    /// Whether one of the patterns matches `url` (postman-collection's `UrlMatchPattern`: scheme `*`,
    /// `http` or `https`; host `*`, `*.domain` or a name, a port when written; a path with `*` wildcards).
    func matches(_ url: HTTPURLParts) -> Bool {
        matches.contains { pattern in Self.pattern(pattern, matches: url) }
    }

    static func pattern(_ pattern: String, matches url: HTTPURLParts) -> Bool {
        if pattern == "<all_urls>" || pattern == "*" { return true }
        guard let separator = pattern.range(of: "://") else { return false }
        let scheme = pattern[..<separator.lowerBound].lowercased()
        guard scheme == "*" || scheme == url.scheme else { return false }
        let rest = pattern[separator.upperBound...]
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = rest[..<hostEnd].lowercased()
        let path = rest[hostEnd...].isEmpty ? "/*" : String(rest[hostEnd...])
        if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") {
            guard Int(host[host.index(after: colon)...]) == url.port else { return false }
            host = String(host[..<colon])
        }
        let urlHost = url.host.lowercased()
        if host != "*" {
            if host.hasPrefix("*.") {
                let domain = host.dropFirst(2)
                guard urlHost == domain || urlHost.hasSuffix("." + domain) else { return false }
            } else if host != urlHost {
                return false
            }
        }
        let urlPath = String(url.requestTarget.prefix { $0 != "?" })
        return glob(path, matches: urlPath)
    }

    /// `*` matches any run of characters; everything else itself.
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return pattern == text }
        var rest = Substring(text)
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let found = rest.range(of: part) else { return false }
            rest = rest[found.upperBound...]
        }
        return parts.last.map { $0.isEmpty || rest.hasSuffix($0) } ?? true
    }
}

extension ClientCertificateRule {
    /// Newman's `--ssl-client-cert-list` file: a JSON list of `{name, matches, key: {src}, cert: {src},
    /// passphrase}`; relative paths start at `directory`.
    public static func parseList(data: Data, file: String, directory: String) throws -> [ClientCertificateRule] {
        let document = try JSONInputDocument.parse(data: data, file: file)
        guard let list = document.root.arrayValue else {
            throw InputFileError.wrongDocument(
                file: file, expected: "a client certificate list",
                reason: "expected a list of {name, matches, key, cert}, found \(article(document.root.typeName))")
        }
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
        }
        return try list.enumerated().map { index, element in
            let path = JSONNodePath([.element(index)])
            guard let object = element.objectValue else {
                throw document.error(at: path, "expected a {name, matches, key, cert} object, found \(article(element.typeName))")
            }
            let matches: [String]
            switch object["matches"] {
            case .array(let patterns)?: matches = patterns.compactMap(\.stringValue)
            case .string(let pattern)?: matches = [pattern]
            default: throw document.error(at: path, "the entry has no `matches` list of URL patterns")
            }
            guard let cert = object["cert"]?["src"]?.stringValue ?? object["cert"]?.stringValue else {
                throw document.error(at: path, "the entry has no `cert.src` file")
            }
            guard let key = object["key"]?["src"]?.stringValue ?? object["key"]?.stringValue else {
                throw document.error(at: path, "the entry has no `key.src` file")
            }
            return ClientCertificateRule(
                name: object["name"]?.stringValue ?? "certificate \(index + 1)", matches: matches,
                certificateFile: resolve(cert), keyFile: resolve(key), passphrase: object["passphrase"]?.stringValue)
        }
    }
}
