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
        /// The answer's `refresh_token`, used once the access token expires.
        public var refreshToken: String? = nil
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
        let cached = cache[key]
        if let cached, cached.expiresAt.map({ $0.timeIntervalSince(now()) > expiryMargin }) ?? true {
            lock.unlock()
            return cached
        }
        lock.unlock()
        // An expired token with a refresh token is refreshed (RFC 6749 §6) before the grant is asked again.
        var fresh: Token
        if let refreshToken = cached?.refreshToken, let refreshed = try? fetch(auth, refreshing: refreshToken) {
            fresh = refreshed
        } else {
            fresh = try fetch(auth)
        }
        if fresh.refreshToken == nil { fresh.refreshToken = cached?.refreshToken }
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
        [auth["accessTokenUrl"] ?? "", auth["clientId"] ?? "", auth["scope"] ?? "", auth["grant_type"] ?? "", auth["username"] ?? ""]
            .joined(separator: "\u{1F}")
    }

    /// The grant's form fields (RFC 6749 §4.1.3, §4.3.2, §4.4.2, §6): client credentials; password
    /// (`username`, `password`); authorization code (`code` or `authCode`, `redirect_uri` or
    /// `callbackUrl`, and `code_verifier` for PKCE); refresh token (`refreshToken`).
    static func grantFields(_ auth: ResolvedAuth, refreshing refreshToken: String?) throws -> [BuiltBody.FormField] {
        if let refreshToken {
            return [BuiltBody.FormField(key: "grant_type", value: "refresh_token"), BuiltBody.FormField(key: "refresh_token", value: refreshToken)]
        }
        let grant = auth.text("grant_type") ?? "client_credentials"
        var fields: [BuiltBody.FormField]
        switch grant {
        case "client_credentials":
            fields = [BuiltBody.FormField(key: "grant_type", value: "client_credentials")]
        case "password", "password_credentials":
            guard let username = auth.text("username") else {
                throw SigningError.missingOAuth2Token(reason: "the password grant needs a username")
            }
            fields = [
                BuiltBody.FormField(key: "grant_type", value: "password"), BuiltBody.FormField(key: "username", value: username),
                BuiltBody.FormField(key: "password", value: auth["password"] ?? ""),
            ]
        case "authorization_code", "authorization_code_with_pkce":
            guard let code = auth.text("code") ?? auth.text("authCode") else {
                throw SigningError.missingOAuth2Token(
                    reason: "the authorization_code grant needs the code the authorization server gave (auth parameter `code`); "
                        + "postie opens no browser")
            }
            fields = [BuiltBody.FormField(key: "grant_type", value: "authorization_code"), BuiltBody.FormField(key: "code", value: code)]
            if let redirect = auth.text("redirect_uri") ?? auth.text("callbackUrl") {
                fields.append(BuiltBody.FormField(key: "redirect_uri", value: redirect))
            }
            if let verifier = auth.text("code_verifier") { fields.append(BuiltBody.FormField(key: "code_verifier", value: verifier)) }
        case "refresh_token":
            guard let token = auth.text("refreshToken") ?? auth.text("refresh_token") else {
                throw SigningError.missingOAuth2Token(reason: "the refresh_token grant needs a refreshToken")
            }
            fields = [BuiltBody.FormField(key: "grant_type", value: "refresh_token"), BuiltBody.FormField(key: "refresh_token", value: token)]
        default:
            throw SigningError.missingOAuth2Token(
                reason: "postie fetches tokens with the client_credentials, password, authorization_code and refresh_token grants "
                    + "(this auth uses \(grant)); give an access token (e.g. --env-var) instead")
        }
        if let scope = auth.text("scope"), grant != "refresh_token" { fields.append(BuiltBody.FormField(key: "scope", value: scope)) }
        return fields
    }

    private func fetch(_ auth: ResolvedAuth, refreshing refreshToken: String? = nil) throws -> Token {
        let grantURL = refreshToken != nil ? (auth.text("refreshTokenUrl") ?? auth.text("accessTokenUrl")) : auth.text("accessTokenUrl")
        guard let tokenURL = grantURL else {
            throw SigningError.missingOAuth2Token(reason: "no accessTokenUrl to fetch one from")
        }
        let clientID = auth["clientId"] ?? ""
        let clientSecret = auth["clientSecret"] ?? ""
        var fields = try Self.grantFields(auth, refreshing: refreshToken)
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
                expiresAt: expiresIn.map { now().addingTimeInterval($0) }, refreshToken: json["refresh_token"]?.stringValue)
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
