import Foundation

/// OAuth 1.0a request signing (RFC 5849), shared by the runner's signer and the emulator's verifier.
///
/// Signing a request, step by step: ``baseStringURI(for:)-(URL)`` and the request's parameters (oauth ones,
/// query ones from ``queryParameters(fromRawQuery:decodingPlusAsSpace:)``, form-body ones) give
/// ``signatureBaseString(method:baseURI:parameters:)``; ``signingKey(consumerSecret:tokenSecret:)`` and
/// ``signature(method:baseString:signingKey:)`` turn it into `oauth_signature`, which
/// ``authorizationHeader(parameters:realm:)`` sends.
public enum OAuth1 {
    /// One request parameter, decoded (not percent-encoded).
    public typealias Parameter = (name: String, value: String)

    /// The base string URI of `url` (RFC 5849 §3.4.1.2): scheme and host lower-cased, the port only when it is not
    /// the scheme's default (80 for http, 443 for https), the path exactly as sent (`/` when empty), no query or
    /// fragment.
    public static func baseStringURI(for url: URL) throws(OAuth1Error) -> String {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: true) else {
            throw .urlWithoutSchemeOrHost(url.absoluteString)
        }
        return try baseStringURI(for: components)
    }

    /// The base string URI of `components` (RFC 5849 §3.4.1.2); see ``baseStringURI(for:)-(URL)``.
    public static func baseStringURI(for components: URLComponents) throws(OAuth1Error) -> String {
        guard let scheme = components.scheme?.lowercased(), !scheme.isEmpty,
              var host = components.percentEncodedHost?.lowercased(), !host.isEmpty
        else {
            throw .urlWithoutSchemeOrHost(components.string ?? "")
        }
        if host.contains(":"), !host.hasPrefix("[") { host = "[\(host)]" }
        if let port = components.port, port != defaultPort(forScheme: scheme) { host += ":\(port)" }
        // The path as it goes on the wire, still percent-encoded, trailing `/` and `//` kept.
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return "\(scheme)://\(host)\(path)"
    }

    /// The parameters as one string (RFC 5849 §3.4.1.3.2): names and values encoded with
    /// ``PercentEncoding/rfc3986(_:)``, sorted by encoded name then encoded value (byte order), joined
    /// `name=value&…`. An `oauth_signature` parameter is left out, as §3.4.1.3.1 requires; a `realm` from the
    /// `Authorization` header is the caller's to drop.
    public static func normalizedParameters(_ parameters: [Parameter]) -> String {
        parameters
            .filter { $0.name != "oauth_signature" }
            .map { (name: PercentEncoding.rfc3986($0.name), value: PercentEncoding.rfc3986($0.value)) }
            .sorted { lhs, rhs in
                lhs.name == rhs.name
                    ? lhs.value.utf8.lexicographicallyPrecedes(rhs.value.utf8)
                    : lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
            }
            .map { "\($0.name)=\($0.value)" }
            .joined(separator: "&")
    }

    /// `METHOD&enc(baseURI)&enc(normalized parameters)` (RFC 5849 §3.4.1.1), with the HTTP method upper-cased.
    public static func signatureBaseString(method: String, baseURI: String, parameters: [Parameter]) -> String {
        let encodedURI = PercentEncoding.rfc3986(baseURI)
        let encodedParameters = PercentEncoding.rfc3986(normalizedParameters(parameters))
        return "\(method.uppercased())&\(encodedURI)&\(encodedParameters)"
    }

    /// `enc(consumerSecret)&enc(tokenSecret)` (RFC 5849 §3.4.2), so `secret&` without a token secret.
    public static func signingKey(consumerSecret: String, tokenSecret: String? = nil) -> String {
        "\(PercentEncoding.rfc3986(consumerSecret))&\(PercentEncoding.rfc3986(tokenSecret ?? ""))"
    }

    /// The `oauth_signature` value: the base64 HMAC of `baseString` under `signingKey` for the HMAC methods
    /// (RFC 5849 §3.4.2), the signing key itself for PLAINTEXT (§3.4.4). RSA methods throw
    /// ``OAuth1Error/unsupportedSignatureMethod(_:)``.
    public static func signature(
        method: OAuth1SignatureMethod, baseString: String, signingKey: String
    ) throws(OAuth1Error) -> String {
        guard !method.isRSA else { throw .unsupportedSignatureMethod(method) }
        guard let algorithm = method.digestAlgorithm else { return signingKey }
        return Data(algorithm.authenticationCode(for: baseString.utf8, key: signingKey.utf8)).base64EncodedString()
    }

    /// The `oauth_body_hash` value: base64 of the body's digest with the method's hash (SHA-1 for HMAC-SHA1 and
    /// RSA-SHA1, and so on). PLAINTEXT has no hash and throws ``OAuth1Error/bodyHashUndefined(_:)``.
    public static func bodyHash(_ body: Data, method: OAuth1SignatureMethod) throws(OAuth1Error) -> String {
        guard let algorithm = method.digestAlgorithm else { throw .bodyHashUndefined(method) }
        return Data(algorithm.hash(body)).base64EncodedString()
    }

    /// The parameters of a raw (still percent-encoded) query string, in order, for signing (RFC 5849 §3.4.1.3.1).
    ///
    /// Splits on `&`, then each piece at its first `=`; a piece with no `=` is a name with the value "", and
    /// empty values are kept (`before=&after=`). Empty pieces (`a=1&&b=2`) are skipped. Names and values are
    /// percent-decoded; a `+` stays a `+` unless `decodingPlusAsSpace` (for `application/x-www-form-urlencoded`
    /// bodies). A name or value with a malformed escape (`100%`, `%zz`) or bytes that are not UTF-8 is kept as
    /// written.
    public static func queryParameters(fromRawQuery rawQuery: String, decodingPlusAsSpace: Bool = false) -> [Parameter] {
        func decoded(_ text: Substring) -> String {
            PercentEncoding.decode(String(text), decodingPlusAsSpace: decodingPlusAsSpace) ?? String(text)
        }
        return rawQuery.split(separator: "&").map { piece in
            guard let equals = piece.firstIndex(of: "=") else { return (name: decoded(piece), value: "") }
            return (name: decoded(piece[..<equals]), value: decoded(piece[piece.index(after: equals)...]))
        }
    }

    private static func defaultPort(forScheme scheme: String) -> Int? {
        switch scheme {
        case "http": 80
        case "https": 443
        default: nil
        }
    }
}
