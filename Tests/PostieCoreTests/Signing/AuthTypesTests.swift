import Foundation
import PostieCrypto
import Testing

@testable import PostieCore

/// digest, hawk, awsv4 and jwt, each against published values (RFC, AWS's Signature V4 test suite, the
/// Hawk README) or values Node 20's crypto computes, and on the wire through loopback servers.
@Suite("Auth: digest, hawk, awsv4, jwt")
struct AuthTypesTests {
    @Test("MD5 as RFC 1321 §A.5 gives it", arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"), ("a", "0cc175b9c0f1b6a831c399e269772661"), ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"), ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        (String(repeating: "1234567890", count: 8), "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func md5(input: String, digest: String) {
        #expect(Hex.encode(MD5.hash(input)) == digest)
        var pieces = MD5()
        for character in input.utf8 { pieces.update([character]) }
        #expect(Hex.encode(pieces.finalize()) == digest)
    }

    @Test("Digest responses of RFC 2617 §3.5 and RFC 7616 §3.9.1")
    func digestVectors() throws {
        let rfc2617 = DigestAuth(
            username: "Mufasa", password: "Circle Of Life", realm: "testrealm@host.com", nonce: "dcd98b7102dd2f0e8b11d0f600bfb0c093",
            algorithm: "MD5", qop: "auth", nonceCount: "00000001", clientNonce: "0a4f113b", opaque: "5ccc069c403ebaf9f0171e9517f40e41")
        #expect(
            try rfc2617.header(method: "GET", uri: "/dir/index.html")
                == #"Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", algorithm="MD5", qop=auth, nc=00000001, cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41""#)
        for (algorithm, response) in [("MD5", "8ca523f5e9506fed4657c9700eebdbec"), ("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")] {
            let rfc7616 = DigestAuth(
                username: "Mufasa", password: "Circle of Life", realm: "http-auth@example.org", nonce: "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
                algorithm: algorithm, qop: "auth", nonceCount: "00000001", clientNonce: "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ")
            #expect(try rfc7616.header(method: "GET", uri: "/dir/index.html").contains(#"response="\#(response)""#))
        }
        #expect(throws: SigningError.self) { try DigestAuth(username: "u", password: "p", realm: "r", nonce: "n", algorithm: "SHA-1").header(method: "GET", uri: "/") }
    }

    @Test("digest fetches the challenge with a first request, answers it, and counts nonces on later requests")
    func digestRoundTrip() throws {
        let server = try WireServer { request, _ in
            guard let authorization = request.header("Authorization"), authorization.hasPrefix("Digest ") else {
                return WireServer.response(401, headers: [#"WWW-Authenticate: Digest realm="me@postie", qop="auth,auth-int", nonce="abc123", opaque="xyz""#])
            }
            // The server's own check, written from RFC 7616 §3.4.1.
            func field(_ name: String) -> String {
                let part = authorization.components(separatedBy: ", ").first { $0.hasPrefix(name + "=") } ?? ""
                return part.dropFirst(name.count + 1).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            let a1 = Hex.encode(MD5.hash("user:me@postie:pass"))
            let a2 = Hex.encode(MD5.hash("\(request.method):\(field("uri"))"))
            let expected = Hex.encode(MD5.hash([a1, "abc123", field("nc"), field("cnonce"), "auth", a2].joined(separator: ":")))
            return field("response") == expected && field("uri") == request.target && field("opaque") == "xyz"
                ? WireServer.ok("in \(field("nc"))") : WireServer.response(403)
        }
        defer { server.stop() }
        let json = #"""
            {"info": {"name": "d"}, "auth": {"type": "digest", "digest": [{"key": "username", "value": "user"}, {"key": "password", "value": "pass"}]},
             "item": [{"name": "one", "request": "http://127.0.0.1:{{PORT}}/a?x=1"}, {"name": "two", "request": "http://127.0.0.1:{{PORT}}/b"}]}
            """#
        let outcomes = WireHarness().run(try WireHarness.collection(json, port: server.port))
        #expect(outcomes.map { $0.response?.status } == [200, 200])
        #expect(outcomes.map { $0.response.map { String(decoding: $0.body.inMemoryBytes, as: UTF8.self) } } == ["in 00000001", "in 00000002"])
        #expect(server.requests.map(\.target) == ["/a?x=1", "/a?x=1", "/b"])
        #expect(server.requests[0].header("Authorization") == nil)
    }

    @Test("Hawk's README example, and a payload hash (values from Node's crypto)")
    func hawk() throws {
        let hawk = HawkAuth(id: "dh37fgj492je", key: "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn", timestamp: 1_353_832_234, nonce: "j4h3g2", ext: "some-app-ext-data")
        #expect(
            try hawk.header(method: "GET", resource: "/resource/1?b=1&a=2", host: "example.com", port: 8000)
                == #"Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", ext="some-app-ext-data", mac="6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=""#)
        let hash = try hawk.payloadHash(contentType: "text/plain; charset=utf-8", payload: Data("Thank you for flying Hawk".utf8))
        #expect(hash == "Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=")
        #expect(try hawk.header(method: "POST", resource: "/resource/1?b=1&a=2", host: "example.com", port: 8000, hash: hash).contains(#"mac="aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw=""#))
    }

    /// AWS's Signature Version 4 test suite (get-vanilla, get-vanilla-query-order-key-case, post-vanilla)
    /// and the Amazon S3 API reference's "GET Object" example.
    @Test(
        "AWS Signature V4 test suite values",
        arguments: [
            ("GET", "/", [(String, String)](), "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
            ("GET", "/", [("Param2", "value2"), ("Param1", "value1")], "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
            ("POST", "/", [(String, String)](), "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"),
        ])
    func awsSuite(method: String, path: String, query: [(String, String)], signature: String) {
        let signer = AWSSignatureV4(accessKey: "AKIDEXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", service: "service", region: "us-east-1")
        let signed = signer.authorization(
            method: method, path: path, query: query, headers: [("Host", "example.amazonaws.com"), ("X-Amz-Date", "20150830T123600Z")],
            payloadHash: Hex.encode(SHA256.hash(Data())), amzDate: "20150830T123600Z")
        #expect(signed.signature == signature)
        #expect(signed.header == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=\(signature)")
    }

    @Test("the S3 GET Object example of the S3 API reference")
    func awsS3() {
        let signer = AWSSignatureV4(accessKey: "AKIAIOSFODNN7EXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", service: "s3", region: "us-east-1")
        let empty = Hex.encode(SHA256.hash(Data()))
        let signed = signer.authorization(
            method: "GET", path: "/test.txt", query: [],
            headers: [("Host", "examplebucket.s3.amazonaws.com"), ("Range", "bytes=0-9"), ("x-amz-content-sha256", empty), ("x-amz-date", "20130524T000000Z")],
            payloadHash: empty, amzDate: "20130524T000000Z")
        #expect(signed.signature == "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
        #expect(signed.signedHeaders == "host;range;x-amz-content-sha256;x-amz-date")
    }

    @Test("awsv4 on the wire: the headers postman-runtime adds, signed over what is sent")
    func awsWire() throws {
        let server = try WireServer()
        defer { server.stop() }
        let moment = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z
        var harness = WireHarness()
        harness.executor.signer.now = { moment }
        let json = #"""
            {"info": {"name": "a"}, "item": [{"name": "put", "request": {"method": "PUT", "url": "http://127.0.0.1:{{PORT}}/things/1?b=2&a=1",
             "header": [{"key": "Content-Type", "value": "application/json"}], "body": {"mode": "raw", "raw": "{\"x\":1}"},
             "auth": {"type": "awsv4", "awsv4": [{"key": "accessKey", "value": "AKIDEXAMPLE"}, {"key": "secretKey", "value": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"},
               {"key": "region", "value": "eu-west-1"}, {"key": "service", "value": "execute-api"}, {"key": "sessionToken", "value": "session-1"}]}}}]}
            """#
        let outcome = try #require(harness.run(try WireHarness.collection(json, port: server.port)).first)
        #expect(outcome.error == nil)
        let received = try #require(server.requests.first)
        let bodyHash = Hex.encode(SHA256.hash(Data(#"{"x":1}"#.utf8)))
        #expect(received.header("X-Amz-Date") == "20150830T123600Z")
        #expect(received.header("X-Amz-Content-Sha256") == bodyHash)
        #expect(received.header("X-Amz-Security-Token") == "session-1")
        let expected = AWSSignatureV4(accessKey: "AKIDEXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", service: "execute-api", region: "eu-west-1")
            .authorization(
                method: "PUT", path: "/things/1", query: [("b", "2"), ("a", "1")],
                headers: [("Content-Type", "application/json"), ("host", "127.0.0.1:\(server.port)"), ("x-amz-date", "20150830T123600Z"),
                          ("x-amz-content-sha256", bodyHash), ("x-amz-security-token", "session-1")],
                payloadHash: bodyHash, amzDate: "20150830T123600Z")
        #expect(received.header("Authorization") == expected.header)
        #expect(expected.signedHeaders == "content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token")
    }

    @Test(
        "jwt HS256/384/512 as jsonwebtoken makes them: alg first, the header's own alg dropped (jwt.io's example; others from Node's crypto)",
        arguments: [
            ("HS256", #"{"typ": "JWT"}"#, #"{"sub": "1234567890", "name": "John Doe", "iat": 1516239022}"#, "your-256-bit-secret", false,
             "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
            ("HS512", "", "", "c2VjcmV0", true,
             "eyJhbGciOiJIUzUxMiJ9.e30.P_BilX5OMTZKsBDTFb9h2C5aNxDSLeVYdFVlW-kFPt8qhmCbCCSc59tt4AGdEHRhjIdKjE-Q-d0Se3XEk0_EuQ"),
            // A base64 secret's bytes read as Node's `ascii` (0xFF becomes 0x7F), as postman-runtime reads them.
            ("HS384", #"{"kid": "k1", "alg": "none"}"#, #"[1, "two"]"#, "/w==", true,
             "eyJhbGciOiJIUzM4NCIsImtpZCI6ImsxIn0.WzEsInR3byJd.dLjwfKLWzQUyBhG5o1mMxlPsj-AGHcWXNidQK5_bXti6QsSsM2oPaqVlox_IlI_D"),
        ])
    func jwtHMAC(algorithm: String, header: String, payload: String, secret: String, base64: Bool, token: String) throws {
        let auth = ResolvedAuth(
            type: "jwt", values: ["algorithm": algorithm, "header": header, "payload": payload, "secret": secret, "isSecretBase64Encoded": base64 ? "true" : "false"])
        #expect(try JWTAuth.token(auth) == token)
    }

    /// RS256 is deterministic: the same bytes as `openssl dgst -sign`. PS256 and ES256 are not, so
    /// `openssl dgst -verify` checks them (ES256's JOSE `r || s` turned back into DER first).
    @Test("jwt RS256, PS256 and ES256 with keys made by openssl, checked by openssl", arguments: ["RS256", "PS256", "ES256", "ES384"])
    func jwtWithPrivateKeys(algorithm: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-jwt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let curve = algorithm == "ES384" ? "secp384r1" : "prime256v1"
        let keyArguments = algorithm.hasPrefix("ES")
            ? ["ecparam", "-name", curve, "-genkey", "-noout", "-out", "key.pem"] : ["genrsa", "-out", "key.pem", "2048"]
        try Self.openssl(keyArguments, in: directory)
        try Self.openssl(["pkey", "-in", "key.pem", "-pubout", "-out", "public.pem"], in: directory)
        let pem = try String(contentsOf: directory.appendingPathComponent("key.pem"), encoding: .utf8)
        let token = try JWTAuth.token(ResolvedAuth(type: "jwt", values: ["algorithm": algorithm, "payload": #"{"sub": "postie"}"#, "privateKey": pem]))
        let parts = token.split(separator: ".").map(String.init)
        #expect(parts.count == 3)
        #expect(parts[0] == JWTAuth.base64URL(Array(#"{"alg":"\#(algorithm)"}"#.utf8)))
        let signingInput = directory.appendingPathComponent("input")
        try Data("\(parts[0]).\(parts[1])".utf8).write(to: signingInput)
        var signature = try #require(Data(base64Encoded: Self.base64(fromURL: parts[2])))
        let digest = "-sha" + algorithm.suffix(3)
        if algorithm == "RS256" {
            try Self.openssl(["dgst", digest, "-sign", "key.pem", "-out", "expected", "input"], in: directory)
            #expect(signature == (try Data(contentsOf: directory.appendingPathComponent("expected"))))
            return
        }
        if algorithm.hasPrefix("ES") {
            #expect(signature.count == (algorithm == "ES384" ? 96 : 64))
            signature = Data(Self.der(joseSignature: Array(signature)))
        }
        try signature.write(to: directory.appendingPathComponent("signature"))
        let pss = algorithm.hasPrefix("PS") ? ["-sigopt", "rsa_padding_mode:pss", "-sigopt", "rsa_pss_saltlen:digest"] : []
        try Self.openssl(["dgst", digest, "-verify", "public.pem"] + pss + ["-signature", "signature", "input"], in: directory)
        // An RSA key for an ES algorithm, or a key that is not one, is this request's error.
        #expect(throws: SigningError.self) {
            try JWTAuth.token(ResolvedAuth(type: "jwt", values: ["algorithm": algorithm, "privateKey": "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"]))
        }
    }

    @Test("jwt on the wire: Authorization with the prefix (Bearer when empty), or the query parameter")
    func jwtWire() throws {
        let server = try WireServer()
        defer { server.stop() }
        let json = #"""
            {"info": {"name": "j"}, "item": [
             {"name": "header", "request": {"url": "http://127.0.0.1:{{PORT}}/h", "auth": {"type": "jwt", "jwt": [
               {"key": "algorithm", "value": "HS256"}, {"key": "secret", "value": "s"}, {"key": "headerPrefix", "value": ""}]}}},
             {"name": "query", "request": {"url": "http://127.0.0.1:{{PORT}}/q?jwt=old&a=1", "auth": {"type": "jwt", "jwt": [
               {"key": "algorithm", "value": "HS256"}, {"key": "secret", "value": "s"}, {"key": "addTokenTo", "value": "queryParam"},
               {"key": "queryParamKey", "value": "jwt"}]}}}]}
            """#
        let outcomes = WireHarness().run(try WireHarness.collection(json, port: server.port))
        #expect(outcomes.map(\.error) == [nil, nil])
        let token = try JWTAuth.token(ResolvedAuth(type: "jwt", values: ["algorithm": "HS256", "secret": "s"]))
        #expect(server.requests.first?.header("Authorization") == "Bearer \(token)")
        #expect(server.requests.last?.target == "/q?a=1&jwt=\(token)")
        #expect(server.requests.last?.header("Authorization") == nil)
    }

    @Test("awsv4: non-S3 paths are encoded twice, S3 paths once; + in a query is a space, as aws4 reads them")
    func awsCanonicalPaths() {
        let api = AWSSignatureV4(accessKey: "a", secretKey: "s", service: "execute-api")
        let s3 = AWSSignatureV4(accessKey: "a", secretKey: "s", service: "s3")
        #expect(api.canonicalPath("/a%20b/./c/../d//e/") == "/a%2520b/d/e/")
        #expect(s3.canonicalPath("/a%20b/./c") == "/a%20b/./c")
        #expect(api.canonicalPath("") == "/")
        let (text, _) = api.canonicalRequest(method: "GET", path: "/", query: [("q", "a+b"), ("r", "x%2Fy")], headers: [("Host", "h")], payloadHash: "-")
        #expect(text.split(separator: "\n")[2] == "q=a%20b&r=x%2Fy")
    }

    @Test("awsv4 presigned (addAuthDataToQuery): the S3 API reference's presigned URL example")
    func awsPresignedS3() {
        var request = BuiltRequest(method: "GET", url: RequestURL.parse("https://examplebucket.s3.amazonaws.com/test.txt"))
        AWSSignatureV4(accessKey: "AKIAIOSFODNN7EXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", service: "s3", region: "us-east-1")
            .sign(&request, addToQuery: true, now: Date(timeIntervalSince1970: 1_369_353_600))
        #expect(request.url.query.map(\.key) == [
            "X-Amz-Expires", "X-Amz-Date", "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-SignedHeaders", "X-Amz-Signature",
        ])
        #expect(request.url.query.last?.value == "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404")
        #expect(request.headers.isEmpty)
    }

    @Test("awsv4 without a body: no X-Amz-Content-Sha256 but for S3, and the Content-Type postie adds is not signed")
    func awsBodyHashHeader() {
        let moment = Date(timeIntervalSince1970: 1_440_938_160)
        var get = BuiltRequest(method: "GET", url: RequestURL.parse("http://example.amazonaws.com/"))
        AWSSignatureV4(accessKey: "AKIDEXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", service: "service")
            .sign(&get, addToQuery: false, now: moment)
        #expect(get.header("X-Amz-Content-Sha256") == nil)
        // AWS's get-vanilla, signed through the request path.
        #expect(get.header("Authorization")?.hasSuffix("Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31") == true)
        var put = BuiltRequest(
            method: "PUT", url: RequestURL.parse("http://bucket.s3.amazonaws.com/k"),
            headers: [HeaderField(name: "Content-Type", value: "text/plain", isSystem: true)], body: .bytes(Data("x".utf8)))
        AWSSignatureV4(accessKey: "a", secretKey: "s", service: "s3").sign(&put, addToQuery: false, now: moment)
        #expect(put.header("X-Amz-Content-Sha256") == Hex.encode(SHA256.hash(Data("x".utf8))))
        #expect(put.header("Authorization")?.contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date,") == true)
    }

    @Test("digest: a wrong password is not replayed forever, a stale nonce is answered again")
    func digestRefusals() throws {
        let server = try WireServer { request, _ in
            let used = request.header("Authorization").flatMap { DigestAuth.field("nonce", in: $0) }
            // The first nonce is reported stale once; the second is refused for good (a wrong password).
            if used == "n1" { return WireServer.response(401, headers: [#"WWW-Authenticate: Digest realm="r", nonce="n2", stale=true"#]) }
            return WireServer.response(401, headers: [#"WWW-Authenticate: Digest realm="r", nonce="\#(used == nil ? "n1" : "n2")""#])
        }
        defer { server.stop() }
        let json = #"""
            {"info": {"name": "d"}, "auth": {"type": "digest", "digest": [{"key": "username", "value": "u"}, {"key": "password", "value": "wrong"}]},
             "item": [{"name": "one", "request": "http://127.0.0.1:{{PORT}}/a"}, {"name": "two", "request": "http://127.0.0.1:{{PORT}}/b"},
                      {"name": "three", "request": "http://127.0.0.1:{{PORT}}/c"}]}
            """#
        let outcomes = WireHarness().run(try WireHarness.collection(json, port: server.port))
        #expect(outcomes.map { $0.response?.status } == [401, 401, 401])
        // one: unsigned, then n1; two: n1 (stale, answered with n2), then n2 refused; three: n2 refused
        // again with the same nonce, so not replayed.
        #expect(
            server.requests.map { $0.header("Authorization").flatMap { DigestAuth.field("nonce", in: $0) } ?? "-" } == ["-", "n1", "n1", "n2", "n2"])
    }

    static func openssl(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "openssl \(arguments.joined(separator: " ")) failed")
    }

    static func base64(fromURL text: String) -> String {
        let standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        return standard + String(repeating: "=", count: (4 - standard.count % 4) % 4)
    }

    /// JOSE's `r || s` as a DER `ECDSA-Sig-Value` (RFC 7518 §3.4), for openssl to verify.
    static func der(joseSignature bytes: [UInt8]) -> [UInt8] {
        func integer(_ half: ArraySlice<UInt8>) -> [UInt8] {
            var value = Array(half.drop { $0 == 0 })
            if value.isEmpty || value[0] & 0x80 != 0 { value.insert(0, at: 0) }
            return [0x02, UInt8(value.count)] + value
        }
        let body = integer(bytes[..<(bytes.count / 2)]) + integer(bytes[(bytes.count / 2)...])
        return [0x30] + (body.count < 0x80 ? [UInt8(body.count)] : [0x81, UInt8(body.count)]) + body
    }
}
