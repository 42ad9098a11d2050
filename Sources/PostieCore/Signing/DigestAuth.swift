import Foundation
import PostieCrypto

/// HTTP Digest auth (RFC 7616) as postman-runtime's digest authorizer does it: MD5, MD5-sess, SHA-256
/// and SHA-256-sess, `qop=auth` (and `auth-int` over the body), `nc` and `cnonce`. With `nonce` and
/// `realm` given the first request is signed; without them it goes out unsigned, and a 401 (or 403)
/// with a `WWW-Authenticate: Digest` challenge is answered by the same request signed with the
/// challenge's nonce, realm, opaque and qop (the challenge is kept for the rest of the run, the nonce
/// count rising), unless `disableRetryRequest` or the challenge brings back the nonce the refused request
/// used (a wrong password; postman-runtime does not replay then either) without `stale=true`.
public struct DigestAuth: Sendable, Equatable {
    public var username: String
    public var password: String
    public var realm: String
    public var nonce: String
    public var algorithm: String
    /// `auth`, `auth-int`, or empty for RFC 2069's plain digest.
    public var qop: String
    public var nonceCount: String
    public var clientNonce: String
    public var opaque: String

    public init(
        username: String, password: String, realm: String, nonce: String, algorithm: String = "MD5", qop: String = "",
        nonceCount: String = "", clientNonce: String = "", opaque: String = ""
    ) {
        self.username = username
        self.password = password
        self.realm = realm
        self.nonce = nonce
        self.algorithm = algorithm
        self.qop = qop
        self.nonceCount = nonceCount
        self.clientNonce = clientNonce
        self.opaque = opaque
    }

    /// The hash an algorithm name stands for; nil for one postie does not implement.
    static func hash(_ algorithm: String, _ text: String) -> String? {
        switch algorithm.uppercased() {
        case "", "MD5", "MD5-SESS": return Hex.encode(MD5.hash(text))
        case "SHA-256", "SHA-256-SESS": return Hex.encode(SHA256.hash(text))
        default: return nil
        }
    }

    /// The `Authorization` value for `method` on `uri` (path and query); `bodyHash` for `auth-int`.
    public func header(method: String, uri: String, bodyHash: String? = nil) throws(SigningError) -> String {
        let algorithm = self.algorithm.isEmpty ? "MD5" : self.algorithm
        guard let credentials = Self.hash(algorithm, "\(username):\(realm):\(password)") else {
            throw .unsupportedAuthType("digest with the \(algorithm) algorithm (postie does MD5, MD5-sess, SHA-256, SHA-256-sess)")
        }
        let a1 = algorithm.lowercased().hasSuffix("-sess") ? Self.hash(algorithm, "\(credentials):\(nonce):\(clientNonce)") ?? "" : credentials
        let a2 = Self.hash(algorithm, qop == "auth-int" ? "\(method):\(uri):\(bodyHash ?? "")" : "\(method):\(uri)") ?? ""
        let response: String
        if qop == "auth" || qop == "auth-int" {
            response = Self.hash(algorithm, [a1, nonce, nonceCount, clientNonce, qop, a2].joined(separator: ":")) ?? ""
        } else {
            response = Self.hash(algorithm, [a1, nonce, a2].joined(separator: ":")) ?? ""
        }
        var parts = ["username=\"\(username)\"", "realm=\"\(realm)\"", "nonce=\"\(nonce)\"", "uri=\"\(uri)\"", "algorithm=\"\(algorithm)\""]
        if qop == "auth" || qop == "auth-int" { parts.append("qop=\(qop)") }
        if qop == "auth" || qop == "auth-int" || algorithm == "MD5-sess" {
            if !nonceCount.isEmpty { parts.append("nc=\(nonceCount)") }
            parts.append("cnonce=\"\(clientNonce)\"")
        }
        parts.append("response=\"\(response)\"")
        if !opaque.isEmpty { parts.append("opaque=\"\(opaque)\"") }
        return "Digest " + parts.joined(separator: ", ")
    }

    /// The challenge of a `WWW-Authenticate: Digest …` value: realm, nonce, opaque, and the qop postie
    /// answers with (`auth` when offered, else `auth-int`, else none). postman-runtime copies a qop list
    /// such as `auth,auth-int` as it is, which answers with no qop; postie picks one, as RFC 7616 asks.
    static func challenge(_ value: String) -> (realm: String, nonce: String, opaque: String, qop: String, algorithm: String?, stale: Bool)? {
        guard value.lowercased().hasPrefix("digest ") else { return nil }
        guard let nonce = field("nonce", in: value) else { return nil }
        let offered = (field("qop", in: value) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let qop = offered.contains("auth") ? "auth" : offered.contains("auth-int") ? "auth-int" : ""
        return (
            field("realm", in: value) ?? "", nonce, field("opaque", in: value) ?? "", qop, field("algorithm", in: value),
            field("stale", in: value)?.lowercased() == "true"
        )
    }

    /// One `name=value` or `name="value"` parameter of a Digest challenge or credentials.
    static func field(_ name: String, in value: String) -> String? {
        var searchStart = value.startIndex
        while let range = value.range(of: "\(name)=", options: .caseInsensitive, range: searchStart..<value.endIndex) {
            // A whole parameter name only: `nonce=` must not match inside `cnonce=`.
            let before = range.lowerBound == value.startIndex ? " " : value[value.index(before: range.lowerBound)]
            guard before == " " || before == "," else {
                searchStart = range.upperBound
                continue
            }
            var rest = value[range.upperBound...]
            if rest.hasPrefix("\"") {
                rest = rest.dropFirst()
                return String(rest.prefix { $0 != "\"" })
            }
            return String(rest.prefix { $0 != "," && $0 != " " })
        }
        return nil
    }

    /// A client nonce as postman-runtime makes one: 8 letters and digits.
    static func makeClientNonce() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
    }
}

/// Hawk (the `hawk` auth, hueniverse/hawk's client header): a MAC over the request's time, nonce,
/// method, resource, host and port, and optionally the payload's hash.
public struct HawkAuth: Sendable, Equatable {
    public var id: String
    public var key: String
    /// `sha256` (default) or `sha1`.
    public var algorithm: String
    public var timestamp: Int
    public var nonce: String
    public var ext: String?
    public var app: String?
    public var dlg: String?

    public init(id: String, key: String, algorithm: String = "sha256", timestamp: Int, nonce: String, ext: String? = nil, app: String? = nil, dlg: String? = nil) {
        self.id = id
        self.key = key
        self.algorithm = algorithm
        self.timestamp = timestamp
        self.nonce = nonce
        self.ext = ext
        self.app = app
        self.dlg = dlg
    }

    func mac(_ text: String) throws(SigningError) -> String {
        switch algorithm.lowercased() {
        case "sha256": return Data(HMAC<SHA256>.authenticationCode(for: Array(text.utf8), key: Array(key.utf8))).base64EncodedString()
        case "sha1": return Data(HMAC<SHA1>.authenticationCode(for: Array(text.utf8), key: Array(key.utf8))).base64EncodedString()
        default: throw .unsupportedAuthType("hawk with the \(algorithm) algorithm (postie does sha256 and sha1)")
        }
    }

    /// `hawk.1.payload\n<content type>\n<payload>\n`, hashed and base64-encoded.
    func payloadHash(contentType: String, payload: Data) throws(SigningError) -> String {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        var text = Data("hawk.1.payload\n\(type)\n".utf8)
        text.append(payload)
        text.append(contentsOf: Array("\n".utf8))
        switch algorithm.lowercased() {
        case "sha256": return Data(SHA256.hash(text)).base64EncodedString()
        case "sha1": return Data(SHA1.hash(text)).base64EncodedString()
        default: throw .unsupportedAuthType("hawk with the \(algorithm) algorithm (postie does sha256 and sha1)")
        }
    }

    /// The `Authorization` value for `method` on `resource` (path and query) at `host:port`.
    public func header(method: String, resource: String, host: String, port: Int, hash: String? = nil) throws(SigningError) -> String {
        var normalized = "hawk.1.header\n\(timestamp)\n\(nonce)\n\(method.uppercased())\n\(resource)\n\(host.lowercased())\n\(port)\n\(hash ?? "")\n"
        normalized += (ext ?? "").replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n") + "\n"
        if let app { normalized += "\(app)\n\(dlg ?? "")\n" }
        var header = "Hawk id=\"\(id)\", ts=\"\(timestamp)\", nonce=\"\(nonce)\""
        if let hash { header += ", hash=\"\(hash)\"" }
        if let ext, !ext.isEmpty { header += ", ext=\"\(ext.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"" }
        header += ", mac=\"\(try mac(normalized))\""
        if let app {
            header += ", app=\"\(app)\""
            if let dlg { header += ", dlg=\"\(dlg)\"" }
        }
        return header
    }
}
