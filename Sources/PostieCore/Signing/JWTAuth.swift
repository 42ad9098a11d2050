import Foundation
import PostieCrypto
import PostieJSON
import PostieTLS

/// The `jwt` auth: a JSON Web Token (RFC 7519) made and signed by postie, as postman-runtime makes it
/// with jsonwebtoken: the protected header is `{"alg": algorithm}` followed by the collection's
/// `header` (its own `alg` dropped), the payload its `payload` (`{}` when empty), both as compact JSON
/// and no `typ` or `iat` added; HS256/384/512 with `secret` (base64-decoded when
/// `isSecretBase64Encoded`), RS/PS/ES 256/384/512 with a PEM `privateKey` (and `passphrase`) through
/// OpenSSL. The token goes in `Authorization: <headerPrefix> <token>` (`Bearer` when empty) or the
/// `queryParamKey` (`token`) query parameter.
public enum JWTAuth {
    /// The token for `auth`.
    public static func token(_ auth: ResolvedAuth) throws(SigningError) -> String {
        let algorithm = (auth.text("algorithm") ?? "HS256").uppercased()
        // jsonwebtoken puts `alg` first, then the given header's fields.
        var header = JSONObject()
        header["alg"] = .string(algorithm)
        if let text = auth.text("header")?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
            guard let parsed = try? JSONParser.parse(Data(text.utf8)), let object = parsed.objectValue else {
                throw .invalidAuth("jwt header is not a JSON object: \(text.prefix(80))")
            }
            for (key, value) in object.members where key != "alg" { header[key] = value }
        }
        var payload = JSONValue.object(JSONObject())
        if let text = auth.text("payload")?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
            guard let parsed = try? JSONParser.parse(Data(text.utf8)) else {
                throw .invalidAuth("jwt payload is not JSON: \(text.prefix(80))")
            }
            payload = parsed
        }
        let signingInput = base64URL(Array(JSONWriter.compact(.object(header)).utf8)) + "." + base64URL(Array(JSONWriter.compact(payload).utf8))
        let message = Array(signingInput.utf8)
        let bits = String(algorithm.dropFirst(2))
        let signature: [UInt8]
        switch algorithm {
        case "HS256", "HS384", "HS512":
            guard let secretText = auth.text("secret") else { throw .invalidAuth("jwt auth with \(algorithm) needs a secret") }
            let secret: [UInt8]
            if auth.flag("isSecretBase64Encoded") {
                guard let decoded = Data(base64Encoded: secretText) else { throw .invalidAuth("the jwt secret is not base64") }
                // postman-runtime reads the decoded bytes as Node's `ascii`, which drops each byte's high bit.
                secret = decoded.map { $0 & 0x7F }
            } else {
                secret = Array(secretText.utf8)
            }
            switch bits {
            case "256": signature = HMAC<SHA256>.authenticationCode(for: message, key: secret)
            case "384": signature = HMAC<SHA384>.authenticationCode(for: message, key: secret)
            default: signature = HMAC<SHA512>.authenticationCode(for: message, key: secret)
            }
        case "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512":
            guard let key = auth.text("privateKey") else { throw .invalidAuth("jwt auth with \(algorithm) needs a privateKey (PEM)") }
            do {
                let (der, keyType) = try PrivateKeySigner.sign(
                    message, pem: key, digest: "SHA\(bits)", passphrase: auth.text("passphrase"), pss: algorithm.hasPrefix("PS"))
                if !algorithm.hasPrefix("ES") {
                    guard keyType == .rsa else { throw SigningError.invalidAuth("jwt \(algorithm) needs an RSA private key") }
                    signature = der
                } else {
                    guard keyType == .ec, let raw = PrivateKeySigner.joseSignature(fromDER: der, size: bits == "256" ? 32 : bits == "384" ? 48 : 66)
                    else { throw SigningError.invalidAuth("jwt \(algorithm) needs an EC private key of that curve") }
                    signature = raw
                }
            } catch let error as SigningError {
                throw error
            } catch {
                throw .invalidAuth("jwt \(algorithm): \(error)")
            }
        default:
            throw .unsupportedAuthType("jwt with \(algorithm) (postie signs HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512)")
        }
        return signingInput + "." + base64URL(signature)
    }

    /// RFC 4648 §5 base64url without padding.
    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
