import Foundation
import PostieCrypto

/// Applies a request's auth, as Postman does for each auth type.
///
/// `oauth1` (see `OAuth1Signer`), `oauth2` (a given token, or one fetched with the client credentials,
/// password, authorization code or refresh token grant), `basic`, `bearer`, `apikey`, `digest` (see
/// `DigestAuth`; the challenge round trip is the executor's), `hawk`, `awsv4`, `jwt` and `noauth`; other
/// types (ntlm, edgegrid, asap) are refused with a clear error for that request.
public struct RequestSigner: Sendable {
    public var oauth1: OAuth1Signer
    /// Fetches OAuth 2 tokens; nil when no transport is available (tokens must then be given).
    public var tokenProvider: OAuth2TokenProvider?
    /// Digest challenges met during the run, answered on later requests.
    public var digestChallenges: DigestChallengeStore
    /// The clock for AWS and Hawk timestamps.
    public var now: @Sendable () -> Date

    public init(
        oauth1: OAuth1Signer = OAuth1Signer(), tokenProvider: OAuth2TokenProvider? = nil,
        digestChallenges: DigestChallengeStore = DigestChallengeStore(), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.oauth1 = oauth1
        self.tokenProvider = tokenProvider
        self.digestChallenges = digestChallenges
        self.now = now
    }

    /// What signing did besides changing the request.
    public struct Outcome: Sendable, Equatable {
        public var warnings: [String] = []
        /// Values that must be redacted from now on (a fetched access token, a Basic credential…).
        public var secrets: [String] = []
    }

    /// Signs `request` with its resolved auth (nothing to do when it has none).
    public func sign(_ request: inout BuiltRequest) throws -> Outcome {
        guard let auth = request.auth else { return Outcome() }
        var outcome = Outcome(secrets: AuthSecrets.values(of: auth))
        switch auth.type {
        case "noauth":
            break
        case "oauth1":
            outcome.warnings += try oauth1.sign(&request, auth: auth)
            // The signing key (RFC 5849 §3.4.4) is the PLAINTEXT signature itself, sent as it is.
            let consumerSecret = auth["consumerSecret"] ?? "", tokenSecret = auth["tokenSecret"] ?? ""
            if !consumerSecret.isEmpty || !tokenSecret.isEmpty {
                outcome.secrets.append(PercentEncoding.rfc3986(consumerSecret) + "&" + PercentEncoding.rfc3986(tokenSecret))
            }
        case "basic":
            let credentials = Data("\(auth["username"] ?? ""):\(auth["password"] ?? "")".utf8).base64EncodedString()
            request.setHeader("Authorization", "Basic \(credentials)", isSystem: true)
            outcome.secrets.append(credentials)
        case "bearer":
            guard let token = auth.text("token") else {
                outcome.warnings.append("bearer auth has no token; the request is sent without one")
                break
            }
            request.setHeader("Authorization", "Bearer \(token)", isSystem: true)
        case "apikey":
            guard let key = auth.text("key") else {
                outcome.warnings.append("apikey auth has no key name; the request is sent without one")
                break
            }
            let value = auth["value"] ?? ""
            if auth.text("in") == "query" {
                request.url.query.removeAll { $0.key == key }
                request.url.appendQuery(key: key, value: value)
            } else {
                request.setHeader(key, value, isSystem: true)
            }
        case "oauth2":
            try signOAuth2(&request, auth: auth, outcome: &outcome)
        case "digest":
            try signDigest(&request, auth: auth)
        case "hawk":
            try signHawk(&request, auth: auth)
        case "awsv4":
            AWSSignatureV4(
                accessKey: auth["accessKey"] ?? "", secretKey: auth["secretKey"] ?? "", sessionToken: auth.text("sessionToken"),
                service: auth.text("service") ?? "execute-api", region: auth.text("region") ?? "us-east-1"
            ).sign(&request, addToQuery: auth.flag("addAuthDataToQuery"), now: now())
        case "jwt":
            let token = try JWTAuth.token(auth)
            outcome.secrets.append(token)
            if auth.text("addTokenTo") == "queryParam" {
                let key = auth.text("queryParamKey") ?? "token"
                request.url.query.removeAll { $0.key == key }
                request.url.appendQuery(key: key, value: token)
            } else {
                request.removeHeader("Authorization")
                // postman-runtime: `headerPrefix || 'Bearer'`, so an empty prefix is Bearer too.
                request.headers.append(HeaderField(name: "Authorization", value: "\(auth.text("headerPrefix") ?? "Bearer") \(token)", isSystem: true))
            }
        default:
            throw SigningError.unsupportedAuthType(auth.type)
        }
        return outcome
    }

    /// postman-runtime's oauth2 `sign`: the token goes in `Authorization: <prefix> <token>` or the
    /// `access_token` query parameter. When the collection has no token, one is fetched (client credentials).
    private func signOAuth2(_ request: inout BuiltRequest, auth: ResolvedAuth, outcome: inout Outcome) throws {
        var token = auth.text("accessToken")
        if token == nil {
            guard let tokenProvider else {
                throw SigningError.missingOAuth2Token(reason: "no accessToken is given")
            }
            let fetched = try tokenProvider.token(for: auth)
            token = fetched.accessToken
            outcome.secrets.append(fetched.accessToken)
            if let refresh = fetched.refreshToken { outcome.secrets.append(refresh) }
        }
        guard let token else { return }
        if (auth.text("tokenType") ?? "bearer").lowercased() == "mac" {
            throw SigningError.unsupportedAuthType("oauth2 with MAC tokens")
        }
        request.removeHeader("Authorization")
        request.url.query.removeAll { $0.key == "access_token" }
        if auth.text("addTokenTo") == "queryParams" {
            request.url.appendQuery(key: "access_token", value: token)
        } else {
            let prefix = (auth["headerPrefix"] ?? "Bearer").trimmingCharacters(in: .whitespaces)
            request.headers.append(
                HeaderField(name: "Authorization", value: prefix.isEmpty ? token : "\(prefix) \(token)", isSystem: true))
        }
    }

    /// Digest with the given nonce and realm, or the challenge this run met for the same user and
    /// origin; without either the request goes out unsigned (the executor answers the challenge).
    private func signDigest(_ request: inout BuiltRequest, auth: ResolvedAuth) throws {
        let key = DigestChallengeStore.key(auth: auth, url: request.url)
        var digest: DigestAuth
        // A challenge the run met wins over the collection's nonce (postman-runtime replaces it too).
        if let stored = digestChallenges.challenge(for: key) {
            digest = stored
        } else if let realm = auth.text("realm"), let nonce = auth.text("nonce") {
            digest = DigestAuth(
                username: auth["username"] ?? "", password: auth["password"] ?? "", realm: realm, nonce: nonce,
                algorithm: auth.text("algorithm") ?? "MD5", qop: auth.text("qop") ?? "", nonceCount: auth.text("nonceCount") ?? "",
                clientNonce: auth.text("clientNonce") ?? "", opaque: auth.text("opaque") ?? "")
        } else {
            return
        }
        if !digest.qop.isEmpty, digest.clientNonce.isEmpty { digest.clientNonce = DigestAuth.makeClientNonce() }
        if !digest.qop.isEmpty, digest.nonceCount.isEmpty { digest.nonceCount = "00000001" }
        let uri = request.url.encodedPath + (request.url.encodedQuery.map { "?" + $0 } ?? "")
        let bodyHash = digest.qop == "auth-int" ? DigestAuth.hash(digest.algorithm, String(decoding: request.body.encoded() ?? Data(), as: UTF8.self)) : nil
        request.removeHeader("Authorization")
        request.headers.append(
            HeaderField(name: "Authorization", value: try digest.header(method: request.method, uri: uri, bodyHash: bodyHash), isSystem: true))
        digestChallenges.used(digest, for: key)
    }

    /// Hawk with the given id and key; a nonce (6 characters) and the time when the collection gives none.
    private func signHawk(_ request: inout BuiltRequest, auth: ResolvedAuth) throws {
        guard let id = auth.text("authId"), let key = auth.text("authKey") else { return }
        let timestamp = auth.text("timestamp").flatMap(Int.init) ?? Int(now().timeIntervalSince1970)
        let nonce = auth.text("nonce") ?? String(DigestAuth.makeClientNonce().prefix(6))
        let hawk = HawkAuth(
            id: id, key: key, algorithm: auth.text("algorithm") ?? "sha256", timestamp: timestamp, nonce: nonce,
            ext: auth.text("extraData"), app: auth.text("app"), dlg: auth.text("delegation"))
        // The payload hash (postman-runtime's computeBodyHash): none for an empty or form-data body, and
        // over the request's own Content-Type only, since the one postie adds comes after auth in Postman.
        var hash: String?
        if auth.flag("includePayloadHash"), let payload = request.body.encoded(), !payload.isEmpty {
            if case .multipart = request.body {
            } else {
                let contentType = request.headers.last { $0.hasName("Content-Type") && !$0.isSystem }?.value ?? ""
                hash = try hawk.payloadHash(contentType: contentType, payload: payload)
            }
        }
        let port = Int(request.url.port ?? "") ?? (request.url.scheme == "https" ? 443 : 80)
        let resource = request.url.encodedPath + (request.url.encodedQuery.map { "?" + $0 } ?? "")
        request.removeHeader("Authorization")
        request.headers.append(
            HeaderField(
                name: "Authorization", value: try hawk.header(method: request.method, resource: resource, host: request.url.host, port: port, hash: hash),
                isSystem: true))
    }
}

/// The Digest challenges a run has met, by user and origin, with their nonce counts: a challenge is
/// answered on the request that met it and on every later request to that origin, `nc` rising.
public final class DigestChallengeStore: @unchecked Sendable {
    private let lock = NSLock()
    private var challenges: [String: DigestAuth] = [:]

    public init() {}

    static func key(auth: ResolvedAuth, url: RequestURL) -> String {
        [auth["username"] ?? "", url.scheme, url.authority].joined(separator: "\u{1F}")
    }

    func challenge(for key: String) -> DigestAuth? { lock.withLock { challenges[key] } }

    /// Keeps a challenge from `WWW-Authenticate` for the user and origin of `auth` and `url`; false (and
    /// nothing kept) when it is not one, or when it repeats `usedNonce`, the nonce the refused request
    /// was signed with, without saying the nonce is stale.
    func store(_ header: String, auth: ResolvedAuth, url: RequestURL, usedNonce: String? = nil) -> Bool {
        guard let challenge = DigestAuth.challenge(header) else { return false }
        if let usedNonce, usedNonce == challenge.nonce, !challenge.stale { return false }
        let digest = DigestAuth(
            username: auth["username"] ?? "", password: auth["password"] ?? "", realm: challenge.realm, nonce: challenge.nonce,
            algorithm: challenge.algorithm ?? auth.text("algorithm") ?? "MD5", qop: challenge.qop, nonceCount: challenge.qop.isEmpty ? "" : "00000001",
            clientNonce: challenge.qop.isEmpty ? "" : DigestAuth.makeClientNonce(), opaque: challenge.opaque)
        lock.withLock { challenges[Self.key(auth: auth, url: url)] = digest }
        return true
    }

    /// After a signed request: the next one counts one more.
    func used(_ digest: DigestAuth, for key: String) {
        lock.withLock {
            guard var stored = challenges[key], stored.nonce == digest.nonce else { return }
            if let count = Int(digest.nonceCount) { stored.nonceCount = String(format: "%08x", count + 1) }
            challenges[key] = stored
        }
    }
}
