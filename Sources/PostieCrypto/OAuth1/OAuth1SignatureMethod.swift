/// The value of `oauth_signature_method` (RFC 5849 §3.4, plus the SHA-2 variants clients and servers use).
public enum OAuth1SignatureMethod: String, Sendable, CaseIterable {
    case hmacSHA1 = "HMAC-SHA1"
    case hmacSHA256 = "HMAC-SHA256"
    case hmacSHA512 = "HMAC-SHA512"
    case plaintext = "PLAINTEXT"
    /// Recognised so it can be named in errors; signing with it throws ``OAuth1Error/unsupportedSignatureMethod(_:)``.
    case rsaSHA1 = "RSA-SHA1"
    /// Recognised so it can be named in errors; signing with it throws ``OAuth1Error/unsupportedSignatureMethod(_:)``.
    case rsaSHA256 = "RSA-SHA256"
    /// Recognised so it can be named in errors; signing with it throws ``OAuth1Error/unsupportedSignatureMethod(_:)``.
    case rsaSHA512 = "RSA-SHA512"

    /// The method named `name` exactly (`HMAC-SHA1`), or ``OAuth1Error/unknownSignatureMethod(_:)``.
    public init(name: String) throws(OAuth1Error) {
        guard let method = OAuth1SignatureMethod(rawValue: name) else { throw .unknownSignatureMethod(name) }
        self = method
    }

    /// Whether ``OAuth1/signature(method:baseString:signingKey:)`` can sign with this method.
    public var isSupported: Bool { !isRSA }

    var isRSA: Bool {
        switch self {
        case .rsaSHA1, .rsaSHA256, .rsaSHA512: true
        case .hmacSHA1, .hmacSHA256, .hmacSHA512, .plaintext: false
        }
    }

    /// The hash under the method, which `oauth_body_hash` also uses; nil for PLAINTEXT.
    var digestAlgorithm: DigestAlgorithm? {
        switch self {
        case .hmacSHA1, .rsaSHA1: .sha1
        case .hmacSHA256, .rsaSHA256: .sha256
        case .hmacSHA512, .rsaSHA512: .sha512
        case .plaintext: nil
        }
    }

    enum DigestAlgorithm {
        case sha1, sha256, sha512

        func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
            switch self {
            case .sha1: SHA1.hash(bytes)
            case .sha256: SHA256.hash(bytes)
            case .sha512: SHA512.hash(bytes)
            }
        }

        func authenticationCode(for message: some Collection<UInt8>, key: some Collection<UInt8>) -> [UInt8] {
            switch self {
            case .sha1: HMAC<SHA1>.authenticationCode(for: message, key: key)
            case .sha256: HMAC<SHA256>.authenticationCode(for: message, key: key)
            case .sha512: HMAC<SHA512>.authenticationCode(for: message, key: key)
            }
        }
    }
}
