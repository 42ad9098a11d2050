import Foundation
import PostieCrypto

/// Signs a request with OAuth 1.0a the way postman-runtime's `oauth1` authorizer does.
///
/// - Parameters come from the auth block: `consumerKey`, `consumerSecret`, `token`, `tokenSecret`,
///   `signatureMethod` (HMAC-SHA1 when unset), `timestamp` and `nonce` (generated when unset: 11
///   alphanumeric characters, seconds since 1970), `version`, `realm`, `callback`, `verifier`,
///   `addParamsToHeader`, `addEmptyParamsToSign`, `includeBodyHash`.
/// - Without `addEmptyParamsToSign`, parameters whose value is blank are left out of the signature and the request.
/// - Signed: the oauth parameters, every query parameter of the URL as sent (percent-decoded, then encoded
///   again per RFC 5849 §3.4.1.3 — for values with no `%` escapes this is exactly what Postman signs),
///   and the fields of a urlencoded body. JSON, multipart and other bodies are never signed.
/// - Placed in the `Authorization` header with `addParamsToHeader`, else in a urlencoded PUT/POST body,
///   else in the query string. Existing `Authorization` headers and `oauth_*` parameters are replaced.
public struct OAuth1Signer: Sendable {
    /// The current time, for `oauth_timestamp`.
    public var now: @Sendable () -> Date
    /// Randomness for `oauth_nonce`.
    public var random: @Sendable () -> UInt64

    public init(
        now: @escaping @Sendable () -> Date = { Date() },
        random: @escaping @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) }
    ) {
        self.now = now
        self.random = random
    }

    static let oauthParameterNames: Set<String> = [
        "oauth_consumer_key", "oauth_token", "oauth_signature_method", "oauth_timestamp", "oauth_nonce",
        "oauth_version", "oauth_signature", "oauth_callback", "oauth_verifier", "oauth_body_hash",
    ]

    /// Signs `request` in place; returns warnings (e.g. nothing to sign with).
    public func sign(_ request: inout BuiltRequest, auth: ResolvedAuth) throws -> [String] {
        guard let consumerKey = auth.text("consumerKey"), let consumerSecret = auth.text("consumerSecret") else {
            // postman-runtime sends the request unsigned in this case; say so.
            return ["oauth1 auth has no consumer key or consumer secret; the request is sent unsigned"]
        }
        let methodName = auth.text("signatureMethod") ?? "HMAC-SHA1"
        guard let method = OAuth1SignatureMethod(rawValue: methodName.uppercased()) else {
            throw SigningError.unsupportedSignatureMethod(methodName)
        }
        guard method.isSupported else { throw SigningError.unsupportedSignatureMethod(method.rawValue) }

        // Remove what a previous signature (or the collection) left.
        request.removeHeader("Authorization")
        request.url.query.removeAll { Self.oauthParameterNames.contains($0.key) }
        if case .urlencoded(let fields) = request.body {
            request.body = .urlencoded(fields.filter { !Self.oauthParameterNames.contains($0.key) })
        }

        let addEmpty = auth.flag("addEmptyParamsToSign")
        func value(_ key: String) -> String? {
            guard let value = auth[key] else { return nil }
            if !addEmpty && value.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
            return value
        }
        var oauthParameters: [OAuth1.Parameter] = [
            ("oauth_consumer_key", consumerKey),
            ("oauth_token", value("token") ?? ""),
            ("oauth_signature_method", method.rawValue),
            ("oauth_timestamp", value("timestamp") ?? String(Int(now().timeIntervalSince1970))),
            ("oauth_nonce", value("nonce") ?? makeNonce()),
            ("oauth_version", value("version") ?? ""),
            ("oauth_callback", value("callback") ?? ""),
            ("oauth_verifier", value("verifier") ?? ""),
        ]
        let bodyIsURLEncoded: Bool = {
            if case .urlencoded = request.body { return true }
            return false
        }()
        // oauth_body_hash (draft-eaton-oauth-bodyhash): not for urlencoded bodies, nor GET/HEAD.
        if auth.flag("includeBodyHash"), !bodyIsURLEncoded, request.method != "GET", request.method != "HEAD",
            method != .plaintext
        {
            oauthParameters.append(("oauth_body_hash", try OAuth1.bodyHash(request.body.encoded() ?? Data(), method: method)))
        }
        // Keys that are always sent only when set; the others follow addEmptyParamsToSign.
        let optionalKeys: Set<String> = ["oauth_callback", "oauth_verifier"]
        oauthParameters = oauthParameters.filter { parameter in
            if optionalKeys.contains(parameter.name) { return !parameter.value.isEmpty }
            return addEmpty || !parameter.value.isEmpty
        }

        var signedParameters = oauthParameters
        if let query = request.url.encodedQuery, !query.isEmpty {
            signedParameters += OAuth1.queryParameters(fromRawQuery: query)
        }
        if case .urlencoded(let fields) = request.body {
            signedParameters += fields.map { (name: $0.key, value: $0.value) }
        }
        let baseString = OAuth1.signatureBaseString(
            method: request.method, baseURI: Self.baseStringURI(of: request.url), parameters: signedParameters)
        let signingKey = OAuth1.signingKey(consumerSecret: consumerSecret, tokenSecret: auth.text("tokenSecret"))
        let signature = try OAuth1.signature(method: method, baseString: baseString, signingKey: signingKey)
        oauthParameters.append(("oauth_signature", signature))

        if auth.flag("addParamsToHeader") {
            let realm = auth.text("realm")
            request.headers.append(
                HeaderField(
                    name: "Authorization", value: OAuth1.authorizationHeader(parameters: oauthParameters, realm: realm),
                    isSystem: true))
        } else if ["POST", "PUT"].contains(request.method), case .urlencoded(let fields) = request.body {
            request.body = .urlencoded(fields + oauthParameters.map { BuiltBody.FormField(key: $0.name, value: $0.value) })
        } else {
            // Pre-encoded (RFC 3986) so that `+`, `/` and `=` in a signature survive every server's query decoding.
            for parameter in oauthParameters {
                request.url.appendQuery(key: parameter.name, value: PercentEncoding.rfc3986(parameter.value))
            }
        }
        return []
    }

    /// The base string URI (RFC 5849 §3.4.1.2) of the URL as sent.
    static func baseStringURI(of url: RequestURL) -> String {
        var authority = url.host
        if let port = url.port, let number = Int(port) {
            let isDefault = (url.scheme == "http" && number == 80) || (url.scheme == "https" && number == 443)
            if !isDefault { authority += ":\(number)" }
        }
        return "\(url.scheme)://\(authority)\(url.encodedPath)"
    }

    /// 11 alphanumeric characters, as postman-runtime's `oAuth1.nonce(11)`.
    func makeNonce() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<11).map { _ in alphabet[Int(random() % UInt64(alphabet.count))] })
    }
}
