import Foundation

/// The run's cookies (RFC 6265 §5.3 storage, §5.4 the `Cookie` header), shared by every request and
/// every redirect hop, as Newman's one tough-cookie jar per run. Thread-safe.
///
/// - Domain: a `Domain` attribute must domain-match the host that set it and may not be a public
///   suffix (`com`, `co.uk`: see `PublicSuffix`), else the cookie is refused; without one the cookie is
///   host-only. IP addresses only ever get host-only cookies.
/// - Path: the default path is the request path up to its last `/` (§5.1.4); paths match by prefix at
///   a `/` boundary (§5.1.4).
/// - `Secure` cookies go only over `https`; `Max-Age` wins over `Expires`; an expired cookie removes the
///   one it replaces. `HttpOnly` and `SameSite` are kept (there is no script API and no cross-site
///   request to apply them to).
/// - Bounds: at most `maximumCookies` (the least recently used go first) and `SetCookie.maximumBytes` each.
public final class CookieJar: @unchecked Sendable {
    /// The most cookies kept.
    public static let maximumCookies = 3000

    private let lock = NSLock()
    private var stored: [Cookie] = []
    private let now: @Sendable () -> Date

    public init(cookies: [Cookie] = [], now: @escaping @Sendable () -> Date = { Date() }) {
        self.now = now
        self.stored = cookies
    }

    /// Every cookie kept and not expired, in the order they were first stored.
    public var cookies: [Cookie] {
        let moment = now()
        return lock.withLock { stored.filter { !$0.isExpired(at: moment) } }
    }

    /// Stores what the `Set-Cookie` fields of an answer from `url` say; returns the cookies stored.
    @discardableResult
    public func store(setCookieHeaders headers: [String], from url: String) -> [Cookie] {
        // Most answers set no cookie: their URL is not parsed.
        guard !headers.isEmpty, let target = CookieTarget(url) else { return [] }
        var kept: [Cookie] = []
        for header in headers {
            guard let parsed = SetCookie(header), let cookie = Self.cookie(from: parsed, for: target, at: now()) else {
                continue
            }
            store(cookie)
            if !cookie.isExpired(at: now()) { kept.append(cookie) }
        }
        return kept
    }

    /// Adds or replaces `cookie` (same name, domain and path), keeping the creation time of the one it
    /// replaces; an expired cookie only removes.
    public func store(_ cookie: Cookie) {
        let moment = now()
        lock.withLock {
            var cookie = cookie
            if let index = stored.firstIndex(where: {
                $0.name == cookie.name && $0.domain == cookie.domain && $0.path == cookie.path
            }) {
                cookie.creation = stored[index].creation
                stored.remove(at: index)
            }
            guard !cookie.isExpired(at: moment) else { return }
            stored.append(cookie)
            stored.removeAll { $0.isExpired(at: moment) }
            if stored.count > Self.maximumCookies {
                let dropped = stored.enumerated().sorted { $0.element.lastAccessed < $1.element.lastAccessed }
                    .prefix(stored.count - Self.maximumCookies).map(\.offset)
                for index in dropped.sorted(by: >) { stored.remove(at: index) }
            }
        }
    }

    /// The cookies to send to `url` (§5.4): longer paths first, then older ones; marks them used.
    public func cookies(for url: String) -> [Cookie] {
        // An empty jar (most runs, every request) matches nothing: the URL is not parsed.
        guard !isEmpty, let target = CookieTarget(url) else { return [] }
        let moment = now()
        return lock.withLock {
            var matching: [(index: Int, cookie: Cookie)] = []
            for (index, cookie) in stored.enumerated() where !cookie.isExpired(at: moment) {
                let domainMatches =
                    cookie.hostOnly ? target.host == cookie.domain : Self.domainMatches(target.host, cookie.domain)
                guard domainMatches, Self.pathMatches(target.path, cookie.path), !cookie.secure || target.isSecure
                else { continue }
                matching.append((index, cookie))
                stored[index].lastAccessed = moment
            }
            return matching.sorted {
                $0.cookie.path.count != $1.cookie.path.count
                    ? $0.cookie.path.count > $1.cookie.path.count : $0.cookie.creation < $1.cookie.creation
            }.map(\.cookie)
        }
    }

    /// The `Cookie` header value for `url` (`a=1; b=2`), or nil when no cookie applies.
    public func cookieHeader(for url: String) -> String? {
        let matching = cookies(for: url)
        guard !matching.isEmpty else { return nil }
        return matching.map { "\($0.name)=\($0.value)" }.joined(separator: "; ")
    }

    /// Whether the jar holds no cookie at all (expired ones count until they are dropped).
    var isEmpty: Bool { lock.withLock { stored.isEmpty } }

    /// Forgets every cookie.
    public func removeAll() {
        lock.withLock { stored.removeAll() }
    }

    // MARK: RFC 6265 §5.3

    /// The cookie `parsed` makes for a response from `target`, or nil when it must be ignored.
    static func cookie(from parsed: SetCookie, for target: CookieTarget, at now: Date) -> Cookie? {
        var expires: Date?
        if let maxAge = parsed.maxAge {
            expires = maxAge <= 0 ? Date(timeIntervalSince1970: 0) : now.addingTimeInterval(TimeInterval(min(maxAge, 1 << 40)))
        } else {
            expires = parsed.expires
        }
        var hostOnly = true
        var domain = target.host
        if let attribute = parsed.domain {
            if PublicSuffix.isPublicSuffix(attribute) {
                // §5.3 step 5: a public suffix is allowed only as the host itself, then host-only.
                guard attribute == target.host else { return nil }
            } else {
                guard domainMatches(target.host, attribute) else { return nil }
                hostOnly = false
                domain = attribute
            }
        }
        let path = parsed.path ?? defaultPath(target.path)
        return Cookie(
            name: parsed.name, value: parsed.value, domain: domain, path: path, expires: expires, maxAge: parsed.maxAge,
            secure: parsed.secure, httpOnly: parsed.httpOnly, hostOnly: hostOnly, pathIsDefault: parsed.path == nil,
            sameSite: parsed.sameSite, extensions: parsed.extensions, creation: now, lastAccessed: now)
    }

    /// §5.1.3 domain-match: the same host, or a name ending in `.domain` (never an IP address).
    static func domainMatches(_ host: String, _ domain: String) -> Bool {
        if host == domain { return true }
        return host.hasSuffix("." + domain) && !CookieTarget.isIPAddress(host)
    }

    /// §5.1.4 path-match.
    static func pathMatches(_ requestPath: String, _ cookiePath: String) -> Bool {
        if requestPath == cookiePath { return true }
        guard requestPath.hasPrefix(cookiePath) else { return false }
        return cookiePath.hasSuffix("/") || requestPath.dropFirst(cookiePath.count).hasPrefix("/")
    }

    /// §5.1.4 default-path: the path up to, not including, its last `/`; `/` when that leaves nothing.
    static func defaultPath(_ path: String) -> String {
        guard path.hasPrefix("/"), let last = path.lastIndex(of: "/"), last != path.startIndex else { return "/" }
        return String(path[..<last])
    }
}

/// What the jar needs of a request URL: its host (lower-case, no brackets), path and scheme.
struct CookieTarget {
    var host: String
    var path: String
    var isSecure: Bool

    init?(_ url: String) {
        guard let parts = HTTPURLParts(url) else { return nil }
        host = parts.host.lowercased()
        path = String(parts.requestTarget.prefix { $0 != "?" })
        isSecure = parts.scheme == "https"
    }

    var isIPAddress: Bool { Self.isIPAddress(host) }

    static func isIPAddress(_ host: String) -> Bool {
        if host.contains(":") { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }
}
