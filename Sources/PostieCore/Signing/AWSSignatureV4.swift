import Foundation
import PostieCrypto

/// AWS Signature Version 4 (the `awsv4` auth), as postman-runtime signs with the aws4 library: every
/// request header but the few aws4 leaves out, `Host`, `X-Amz-Date`, `X-Amz-Security-Token` for a
/// session token and `X-Amz-Content-Sha256` with the SHA-256 of a body that is sent (always for S3), in an
/// `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` header; or, with
/// `addAuthDataToQuery`, a presigned URL (`X-Amz-*` query parameters; `UNSIGNED-PAYLOAD` for S3).
public struct AWSSignatureV4: Sendable {
    public var accessKey: String
    public var secretKey: String
    public var sessionToken: String?
    /// `execute-api` when the collection gives none (API Gateway, Postman's default).
    public var service: String
    /// `us-east-1` when the collection gives none.
    public var region: String

    public init(accessKey: String, secretKey: String, sessionToken: String? = nil, service: String = "execute-api", region: String = "us-east-1") {
        self.accessKey = accessKey
        self.secretKey = secretKey
        self.sessionToken = sessionToken
        self.service = service
        self.region = region
    }

    /// Headers aws4 never signs.
    static let unsignedHeaders: Set<String> = ["authorization", "connection", "x-amzn-trace-id", "user-agent", "expect", "presigned-expires", "range"]

    /// `20150830T123600Z` and `20150830` for `date`, in UTC.
    static func timestamps(_ date: Date) -> (amzDate: String, day: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let day = String(format: "%04d", parts.year ?? 0) + two(parts.month) + two(parts.day)
        return (day + "T" + two(parts.hour) + two(parts.minute) + two(parts.second) + "Z", day)
    }

    /// The signature over a request whose canonical parts are given (AWS's "Create a canonical request"):
    /// `headers` are the ones to sign, names in any case; `payloadHash` the hex SHA-256 of the body (or
    /// `UNSIGNED-PAYLOAD`). Returns the `Authorization` value and the signature alone.
    public func authorization(
        method: String, path: String, query: [(String, String)], headers: [(String, String)], payloadHash: String, amzDate: String
    ) -> (header: String, signature: String, signedHeaders: String) {
        let day = String(amzDate.prefix(8))
        let scope = "\(day)/\(region)/\(service)/aws4_request"
        let (canonical, signedHeaders) = canonicalRequest(
            method: method, path: path, query: query, headers: headers, payloadHash: payloadHash)
        let stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, Hex.encode(SHA256.hash(canonical))].joined(separator: "\n")
        var key = HMAC<SHA256>.authenticationCode(for: Array(day.utf8), key: Array(("AWS4" + secretKey).utf8))
        for part in [region, service, "aws4_request"] { key = HMAC<SHA256>.authenticationCode(for: Array(part.utf8), key: key) }
        let signature = Hex.encode(HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), key: key))
        return (
            "AWS4-HMAC-SHA256 Credential=\(accessKey)/\(scope), SignedHeaders=\(signedHeaders), Signature=\(signature)",
            signature, signedHeaders
        )
    }

    /// The canonical request text and the signed header names.
    func canonicalRequest(method: String, path: String, query: [(String, String)], headers: [(String, String)], payloadHash: String)
        -> (String, String)
    {
        var byName: [String: [String]] = [:]
        for (name, value) in headers {
            // Values trimmed, inner runs of spaces folded to one (AWS's canonical headers).
            let folded = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            byName[name.lowercased(), default: []].append(folded)
        }
        let names = byName.keys.sorted()
        let canonicalHeaders = names.map { "\($0):\(byName[$0, default: []].joined(separator: ","))\n" }.joined()
        let signedHeaders = names.joined(separator: ";")
        let encodedPairs: [(key: String, value: String)] = query.map { pair in
            (key: Self.encode(Self.decode(pair.0)), value: Self.encode(Self.decode(pair.1)))
        }
        let sortedPairs = encodedPairs.sorted { left, right in
            left.key != right.key ? left.key < right.key : left.value < right.value
        }
        let canonicalQuery = sortedPairs.map { $0.key + "=" + $0.value }.joined(separator: "&")
        let text = [method.uppercased(), canonicalPath(path), canonicalQuery, canonicalHeaders, signedHeaders, payloadHash]
            .joined(separator: "\n")
        return (text, signedHeaders)
    }

    /// The canonical path as aws4 makes it from the path sent: for every service but S3, slashes folded,
    /// dot segments resolved and each segment encoded again (AWS asks non-S3 paths encoded twice, so
    /// `%20` signs as `%2520`); for S3 each segment decoded and encoded once, nothing resolved.
    func canonicalPath(_ path: String) -> String {
        let raw = path.isEmpty ? "/" : path
        let segments = raw.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        if service == "s3" {
            return "/" + segments.map { Self.encode(Self.decode($0)) }.joined(separator: "/")
        }
        var resolved: [String] = []
        for segment in segments {
            if segment == "." || segment.isEmpty { continue }
            if segment == ".." {
                _ = resolved.popLast()
                continue
            }
            resolved.append(segment)
        }
        let trailing = raw.hasSuffix("/") && !resolved.isEmpty
        return "/" + resolved.map(Self.encode).joined(separator: "/") + (trailing ? "/" : "")
    }

    /// RFC 3986 unreserved characters kept, everything else `%XX` (uppercase), as AWS asks.
    static func encode(_ text: String) -> String { PercentEncoding.rfc3986(text) }

    /// As Node's querystring decodes: `+` is a space.
    static func decode(_ text: String) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// Signs `request` as postman-runtime's awsv4 does; `now` is the signing time.
    func sign(_ request: inout BuiltRequest, addToQuery: Bool, now: Date) {
        for name in ["Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256"] { request.removeHeader(name) }
        // X-Amz-Expires stays: the collection may set its own.
        let amzNames: Set<String> = ["X-Amz-Security-Token", "X-Amz-Date", "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-SignedHeaders", "X-Amz-Signature"]
        request.url.query.removeAll { amzNames.contains($0.key) }
        let (amzDate, day) = Self.timestamps(now)
        let host = request.url.authority
        let path = request.url.encodedPath
        // The Content-Type postie adds for a body is not signed: postman-runtime adds it after auth.
        var headers: [(String, String)] = request.headers.filter {
            !Self.unsignedHeaders.contains($0.name.lowercased()) && !($0.isSystem && $0.hasName("Content-Type"))
        }.map { ($0.name, $0.value) }
        // The Host the system headers add later, signed as aws4 signs it.
        if !headers.contains(where: { $0.0.lowercased() == "host" }) { headers.append(("host", host)) }
        let emptyHash = Hex.encode(SHA256.hash(Data()))
        if addToQuery {
            // aws4's order: the token, X-Amz-Expires (S3 only), the date, algorithm, credential, signed headers.
            var presigned: [(String, String)] = []
            if let sessionToken { presigned.append(("X-Amz-Security-Token", sessionToken)) }
            if service == "s3", !request.url.query.contains(where: { $0.key == "X-Amz-Expires" }) { presigned.append(("X-Amz-Expires", "86400")) }
            presigned += [
                ("X-Amz-Date", amzDate), ("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
                ("X-Amz-Credential", "\(accessKey)/\(day)/\(region)/\(service)/aws4_request"),
                ("X-Amz-SignedHeaders", Set(headers.map { $0.0.lowercased() }).sorted().joined(separator: ";")),
            ]
            let query = request.url.query.map { ($0.key, $0.value ?? "") }
            let signed = authorization(
                method: request.method, path: path, query: query + presigned, headers: headers,
                payloadHash: service == "s3" ? "UNSIGNED-PAYLOAD" : emptyHash, amzDate: amzDate)
            for (key, value) in presigned + [("X-Amz-Signature", signed.signature)] { request.url.appendQuery(key: key, value: value) }
            return
        }
        // postman-runtime hashes a body that is sent (form-data excepted) into X-Amz-Content-Sha256;
        // aws4 adds the header for S3 even without one.
        var payloadHash = emptyHash
        var hashHeader = service == "s3"
        if case .multipart = request.body {
        } else if let body = request.body.encoded(), !body.isEmpty {
            payloadHash = Hex.encode(SHA256.hash(body))
            hashHeader = true
        }
        if hashHeader { headers.append(("x-amz-content-sha256", payloadHash)) }
        if let sessionToken { headers.append(("x-amz-security-token", sessionToken)) }
        headers.append(("x-amz-date", amzDate))
        let query = request.url.query.map { ($0.key, $0.value ?? "") }
        let signed = authorization(method: request.method, path: path, query: query, headers: headers, payloadHash: payloadHash, amzDate: amzDate)
        if hashHeader { request.headers.append(HeaderField(name: "X-Amz-Content-Sha256", value: payloadHash, isSystem: true)) }
        if let sessionToken { request.headers.append(HeaderField(name: "X-Amz-Security-Token", value: sessionToken, isSystem: true)) }
        request.headers.append(HeaderField(name: "X-Amz-Date", value: amzDate, isSystem: true))
        request.headers.append(HeaderField(name: "Authorization", value: signed.header, isSystem: true))
    }
}
