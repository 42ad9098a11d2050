import Foundation

/// Applies a request's auth, as Postman does for each auth type.
///
/// `oauth1` (see `OAuth1Signer`), `oauth2` (a given token, or one fetched with client credentials),
/// `basic`, `bearer`, `apikey` and `noauth`; other types are refused with a clear error for that request.
public struct RequestSigner: Sendable {
    public var oauth1: OAuth1Signer
    /// Fetches OAuth 2 tokens; nil when no transport is available (tokens must then be given).
    public var tokenProvider: OAuth2TokenProvider?

    public init(oauth1: OAuth1Signer = OAuth1Signer(), tokenProvider: OAuth2TokenProvider? = nil) {
        self.oauth1 = oauth1
        self.tokenProvider = tokenProvider
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
}
