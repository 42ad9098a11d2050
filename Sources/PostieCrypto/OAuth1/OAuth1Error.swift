/// Why an OAuth 1.0a signature or body hash cannot be made.
public enum OAuth1Error: Error, Sendable, Equatable, CustomStringConvertible {
    /// `oauth_signature_method` names no method OAuth 1.0a defines (names are case-sensitive).
    case unknownSignatureMethod(String)
    /// An RSA method: recognised, but it needs an RSA private key, which postie does not handle.
    case unsupportedSignatureMethod(OAuth1SignatureMethod)
    /// `oauth_body_hash` needs a hash algorithm and the method has none (PLAINTEXT).
    case bodyHashUndefined(OAuth1SignatureMethod)
    /// The URL has no scheme or no host, so it has no base string URI (RFC 5849 §3.4.1.2).
    case urlWithoutSchemeOrHost(String)

    public var description: String {
        switch self {
        case .unknownSignatureMethod(let name):
            "unknown oauth signature method '\(name)': use \(Self.supportedMethods)"
        case .unsupportedSignatureMethod(let method):
            "signature method \(method.rawValue) is not supported, as it needs an RSA private key: use \(Self.supportedMethods)"
        case .bodyHashUndefined(let method):
            "oauth_body_hash is not defined for \(method.rawValue): use an HMAC signature method or leave the body hash out"
        case .urlWithoutSchemeOrHost(let url):
            "cannot sign '\(url)': the url needs a scheme and a host, such as https://example.com/api/"
        }
    }

    private static var supportedMethods: String {
        let names = OAuth1SignatureMethod.allCases.filter(\.isSupported).map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }
}
