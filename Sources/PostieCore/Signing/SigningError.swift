/// Why a request cannot be signed: recorded as that request's failure; the run goes on.
public enum SigningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An auth type postie does not implement (digest, hawk, awsv4, ntlm, edgegrid…).
    case unsupportedAuthType(String)
    /// An OAuth 1.0a signature method postie does not implement (the RSA ones).
    case unsupportedSignatureMethod(String)
    /// OAuth 2: no access token is given and none can be fetched.
    case missingOAuth2Token(reason: String)
    /// OAuth 2: the token endpoint did not give a token.
    case tokenRequestFailed(url: String, reason: String)
    /// The auth block cannot be used as it is (a JWT header that is not JSON, a missing key…).
    case invalidAuth(String)

    public var description: String {
        switch self {
        case .unsupportedAuthType(let type):
            return "unsupported auth type \"\(type)\": postie signs oauth1, oauth2, basic, bearer, apikey, digest, hawk, awsv4, jwt and noauth"
        case .unsupportedSignatureMethod(let method):
            return "unsupported OAuth 1.0a signature method \(method): postie signs HMAC-SHA1, HMAC-SHA256, HMAC-SHA512 and PLAINTEXT"
        case .missingOAuth2Token(let reason):
            return "oauth2 auth has no access token: \(reason)"
        case .tokenRequestFailed(let url, let reason):
            return "the OAuth 2 token request to \(url) failed: \(reason)"
        case .invalidAuth(let reason):
            return reason
        }
    }
}
