import Foundation
import PostieJSON

/// Fetches and caches OAuth 2 access tokens with the client-credentials grant (RFC 6749 §4.4), the way
/// the current Gallery `/webapi` authenticates: one token per token URL, client and scope for the whole
/// run, fetched again when it expires or when the runner reports a 401.
public final class OAuth2TokenProvider: @unchecked Sendable {
    /// A token and when it stops being usable.
    public struct Token: Sendable, Equatable {
        public var accessToken: String
        public var tokenType: String
        public var expiresAt: Date?
    }

    /// What the provider fetched, for reports and `--verbose`.
    public struct Fetch: Sendable, Equatable {
        public var url: String
        public var status: Int?
        public var durationMilliseconds: Double
        public var error: String?
    }

    private let transport: any HTTPTransport
    private let now: @Sendable () -> Date
    private let lock = NSLock()
    private var cache: [String: Token] = [:]
    private var fetchLog: [Fetch] = []

    /// Tokens are refreshed this long before they expire, so a request never carries a dying token.
    public var expiryMargin: TimeInterval = 10

    public init(transport: any HTTPTransport, now: @escaping @Sendable () -> Date = { Date() }) {
        self.transport = transport
        self.now = now
    }

    /// Every token request made so far.
    public var fetches: [Fetch] {
        lock.lock()
        defer { lock.unlock() }
        return fetchLog
    }

    /// A valid token for this auth block, from the cache or fetched now.
    public func token(for auth: ResolvedAuth) throws -> Token {
        let key = Self.cacheKey(auth)
        lock.lock()
        if let cached = cache[key], cached.expiresAt.map({ $0.timeIntervalSince(now()) > expiryMargin }) ?? true {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let fresh = try fetch(auth)
        lock.lock()
        cache[key] = fresh
        lock.unlock()
        return fresh
    }

    /// Forgets the token for this auth block (after a 401), so the next request fetches a new one.
    public func invalidate(for auth: ResolvedAuth) {
        lock.lock()
        cache[Self.cacheKey(auth)] = nil
        lock.unlock()
    }

    static func cacheKey(_ auth: ResolvedAuth) -> String {
        [auth["accessTokenUrl"] ?? "", auth["clientId"] ?? "", auth["scope"] ?? ""].joined(separator: "\u{1F}")
    }

    private func fetch(_ auth: ResolvedAuth) throws -> Token {
        let grant = auth.text("grant_type") ?? "client_credentials"
        guard grant == "client_credentials" else {
            throw SigningError.missingOAuth2Token(
                reason: "postie fetches tokens only with the client_credentials grant (this auth uses \(grant)); "
                    + "give an access token (e.g. --env-var) instead")
        }
        guard let tokenURL = auth.text("accessTokenUrl") else {
            throw SigningError.missingOAuth2Token(reason: "no accessTokenUrl to fetch one from")
        }
        let clientID = auth["clientId"] ?? ""
        let clientSecret = auth["clientSecret"] ?? ""
        var fields = [BuiltBody.FormField(key: "grant_type", value: "client_credentials")]
        if let scope = auth.text("scope") { fields.append(BuiltBody.FormField(key: "scope", value: scope)) }
        var headers = [
            HeaderField(name: "Content-Type", value: "application/x-www-form-urlencoded", isSystem: true),
            HeaderField(name: "Accept", value: "application/json", isSystem: true),
        ]
        // Postman's "Send as Basic Auth header" is its default; "body" sends the credentials as fields.
        if auth.text("client_authentication") == "body" {
            fields.append(BuiltBody.FormField(key: "client_id", value: clientID))
            fields.append(BuiltBody.FormField(key: "client_secret", value: clientSecret))
        } else {
            let credentials = Data("\(clientID):\(clientSecret)".utf8).base64EncodedString()
            headers.append(HeaderField(name: "Authorization", value: "Basic \(credentials)", isSystem: true))
        }
        let request = TransportRequest(
            method: "POST", url: RequestURL.parse(tokenURL).string, headers: headers,
            body: BuiltBody.urlencoded(fields).encoded())
        let started = Date()
        switch transport.send(request) {
        case .failure(let error):
            record(Fetch(url: tokenURL, status: nil, durationMilliseconds: Date().timeIntervalSince(started) * 1000, error: "\(error)"))
            throw SigningError.tokenRequestFailed(url: tokenURL, reason: "\(error)")
        case .success(let response):
            record(Fetch(url: tokenURL, status: response.status, durationMilliseconds: response.durationMilliseconds, error: nil))
            let body = response.body.inMemoryBytes
            guard (200..<300).contains(response.status) else {
                throw SigningError.tokenRequestFailed(
                    url: tokenURL, reason: "status \(response.status): \(Self.excerpt(body))")
            }
            guard let json = try? JSONParser.parse(body), let accessToken = json["access_token"]?.stringValue,
                !accessToken.isEmpty
            else {
                throw SigningError.tokenRequestFailed(
                    url: tokenURL, reason: "the answer has no access_token: \(Self.excerpt(body))")
            }
            let expiresIn = json["expires_in"]?.numberValue ?? json["expires_in"]?.stringValue.flatMap(Double.init)
            return Token(
                accessToken: accessToken, tokenType: json["token_type"]?.stringValue ?? "bearer",
                expiresAt: expiresIn.map { now().addingTimeInterval($0) })
        }
    }

    private func record(_ fetch: Fetch) {
        lock.lock()
        fetchLog.append(fetch)
        lock.unlock()
    }

    static func excerpt(_ body: Data) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        return text.isEmpty ? "(empty body)" : text
    }
}
