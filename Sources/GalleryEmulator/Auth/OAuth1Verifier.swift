import Foundation
import PostieCrypto
import PostieHTTPServer

/// Checks a legacy-API request's OAuth 1.0a signature the way the Gallery does (see GALLERY-API.md):
/// required parameters, HMAC-SHA1 only, version `1.0` if given, a known consumer key, a timestamp inside
/// the window, the signature recomputed over the URL the client used, and a nonce not seen before.
struct OAuth1Verifier: Sendable {
    /// The parameters every signed request must carry, in the order they are checked.
    static let requiredParameters = [
        "oauth_consumer_key", "oauth_signature_method", "oauth_signature", "oauth_timestamp", "oauth_nonce",
    ]

    let registry: CredentialRegistry
    let window: TimeInterval
    let nonces: NonceStore

    init(registry: CredentialRegistry, window: TimeInterval) {
        self.registry = registry
        self.window = window
        self.nonces = NonceStore(window: window)
    }

    /// The key pair that signed `request`, or the 401 to answer.
    ///
    /// - Parameter defaultAuthority: `host:port` to sign over when the request has no `Host` header.
    func verify(_ request: HTTPRequest, now: Date, defaultAuthority: String) throws(GalleryError) -> Principal {
        let queryParameters = OAuth1.queryParameters(fromRawQuery: request.query ?? "")
        var bodyParameters: [OAuth1.Parameter] = []
        if let type = request.headers["Content-Type"],
            FormBody.mediaType(type) == "application/x-www-form-urlencoded"
        {
            bodyParameters = OAuth1.queryParameters(
                fromRawQuery: String(decoding: request.body, as: UTF8.self), decodingPlusAsSpace: true)
        }

        // Protocol parameters: from the Authorization header when it is an OAuth one, else from the
        // query string, else from a form body (RFC 5849 §3.5).
        var headerParameters: [OAuth1.Parameter] = []
        var protocolParameters: [OAuth1.Parameter]
        if let authorization = request.headers["Authorization"], Self.isOAuthScheme(authorization) {
            guard let parsed = OAuth1.parseAuthorizationHeader(authorization) else {
                throw .unauthorized(
                    "The Authorization header is not a valid OAuth header: expected "
                        + "OAuth oauth_consumer_key=\"…\",oauth_signature_method=\"HMAC-SHA1\",… .")
            }
            headerParameters = parsed.filter { $0.name != "realm" }
            protocolParameters = headerParameters
        } else if queryParameters.contains(where: { $0.name.hasPrefix("oauth_") }) {
            protocolParameters = queryParameters
        } else {
            protocolParameters = bodyParameters
        }
        protocolParameters = protocolParameters.filter { $0.name.hasPrefix("oauth_") }

        func value(_ name: String) -> String? { protocolParameters.first { $0.name == name }?.value }

        for name in Self.requiredParameters where (value(name) ?? "").isEmpty {
            let hint =
                protocolParameters.isEmpty
                ? " The request is not signed: send OAuth 1.0a parameters (HMAC-SHA1) in an "
                    + "Authorization: OAuth header or in the query string."
                : ""
            throw .unauthorized("Missing required parameter \(name).\(hint)")
        }
        let consumerKey = value("oauth_consumer_key") ?? ""
        let method = value("oauth_signature_method") ?? ""
        let signature = value("oauth_signature") ?? ""
        let timestampText = value("oauth_timestamp") ?? ""
        let nonce = value("oauth_nonce") ?? ""

        if let version = value("oauth_version"), version != "1.0" {
            throw .unauthorized("Unsupported OAuth version (oauth_version) \"\(version)\": only 1.0 is supported.")
        }
        guard method == "HMAC-SHA1" else {
            throw .unauthorized(
                "Unsupported signature method (oauth_signature_method) \"\(method)\": the Gallery accepts HMAC-SHA1 only.")
        }
        guard let credential = registry.credential(forKey: consumerKey) else {
            throw .unauthorized(GalleryError.invalidConsumerKeyMessage)
        }
        guard let seconds = Int64(timestampText), seconds >= 0 else {
            throw .unauthorized(
                "The timestamp (oauth_timestamp) \"\(timestampText)\" is not a whole number of seconds since 1970-01-01.")
        }
        let timestamp = Date(timeIntervalSince1970: TimeInterval(seconds))
        let skew = timestamp.timeIntervalSince(now)
        guard abs(skew) <= window else {
            throw .unauthorized(
                "The timestamp (oauth_timestamp) \(timestampText) is outside the allowed window of \(Int(window)) "
                    + "seconds: the server time is \(Int64(now.timeIntervalSince1970.rounded(.down))) "
                    + "(\(GalleryDate.format(now))), \(Int(abs(skew).rounded())) seconds "
                    + "\(skew < 0 ? "behind" : "ahead of") it. Check the client's clock.")
        }

        // Every query parameter (empty values included), the form body's parameters and the header's
        // oauth parameters; `oauth_signature` is dropped by normalisation (RFC 5849 §3.4.1.3).
        let signedParameters = queryParameters + bodyParameters + headerParameters
        let authority = Self.authority(host: request.headers["Host"] ?? defaultAuthority)
        let signingKey = OAuth1.signingKey(consumerSecret: credential.secret)
        func signs(_ path: String) -> Bool {
            let baseString = OAuth1.signatureBaseString(
                method: request.method, baseURI: "http://\(authority)\(path)", parameters: signedParameters)
            let expected = (try? OAuth1.signature(method: .hmacSHA1, baseString: baseString, signingKey: signingKey)) ?? ""
            return Self.constantTimeEquals(expected, signature)
        }
        // The path as sent is what nearly every client signs: the other forms only when it does not match.
        let path = request.path
        let matches = signs(path.isEmpty ? "/" : path) || Self.pathForms(path).dropFirst().contains(where: signs)
        guard matches else { throw .unauthorized(GalleryError.invalidSignatureMessage) }

        guard nonces.consume(nonce, consumerKey: consumerKey, timestamp: timestamp, now: now) else {
            throw .unauthorized(
                "The nonce (oauth_nonce) \"\(nonce)\" has already been used with this key: every request needs a new nonce.")
        }
        return Principal(credential: credential)
    }

    /// Whether an `Authorization` value starts (after blanks) with `oauth` in any case.
    static func isOAuthScheme(_ authorization: String) -> Bool {
        let value = authorization.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        return value.count >= 5 && zip(value, "oauth".utf8).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0) == $1 }
    }

    /// The `Host` header lower-cased (ASCII: a host on the wire is ASCII), blanks around it dropped, with
    /// the default port 80 dropped (RFC 5849 §3.4.1.2).
    static func authority(host: String) -> String {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var bytes = Array(host.utf8.drop(while: isBlank))
        while let last = bytes.last, isBlank(last) { bytes.removeLast() }
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] += 32 }
        if bytes.count >= 3, bytes.suffix(3).elementsEqual(":80".utf8) { bytes.removeLast(3) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The forms of the path a client may have signed, all the same URL: exactly as sent (what RFC 5849
    /// §3.4.1.2 and Postman do), each segment decoded and re-encoded with the RFC 3986 unreserved set (so
    /// `%7E` and `~` sign alike), and fully percent-decoded (the base string's own encoding re-encodes it).
    static func pathForms(_ path: String) -> [String] {
        let sent = path.isEmpty ? "/" : path
        var forms = [sent]
        let normalized = sent.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            PercentEncoding.rfc3986(PercentEncoding.decode(String(segment)) ?? String(segment))
        }.joined(separator: "/")
        if !forms.contains(normalized) { forms.append(normalized) }
        if let decoded = PercentEncoding.decode(sent), !forms.contains(decoded) { forms.append(decoded) }
        return forms
    }

    private static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
