import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

@Suite("OAuth 1.0a as the Gallery checks it")
struct OAuth1VerificationTests {
    static let subscriptionPath = "/gallery/api/v1/workflows/subscription/"

    @Test("a correctly signed request gets 200 and workflows in the documented shape", arguments: [
        Fixture.Placement.header, .query,
    ])
    func signedRequestSucceeds(placement: Fixture.Placement) throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let response = emulator.handle(
            Fixture.signed("GET", Self.subscriptionPath, placement: placement, timestamp: clock.now))
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        let workflows = try #require(try json(response).arrayValue)
        #expect(workflows.count == 5)
        let ecb = try #require(workflows.first { $0["id"] == .string(Fixture.ids.ecbWorkflow) })
        #expect(
            ecb.objectValue?.keys == [
                "id", "subscriptionId", "public", "runDisabled", "packageType", "uploadDate", "fileName", "metaInfo",
                "isChained", "version", "runCount", "workerTag", "isE2",
            ])
        #expect(
            ecb["metaInfo"]?.objectValue?.keys == [
                "name", "description", "author", "copyright", "url", "urlText", "outputMessage", "noOutputFilesMessage",
            ])
        #expect(ecb["metaInfo"]?["name"] == "ECB euro reference rates")
        // The studio key sees its own subscription only.
        #expect(workflows.allSatisfy { $0["subscriptionId"] == .string(Fixture.ids.subscription) })
    }

    @Test("a query string with empty values is signed over every parameter")
    func emptyQueryValuesAreSigned() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let request = Fixture.signed(
            "GET", "/gallery/api/admin/v2/schedule/forecast/?before=&after=", pair: .user, timestamp: clock.now)
        #expect(emulator.handle(request).status == 200)
    }

    @Test("a form body's parameters are part of the signature")
    func formBodyParametersAreSigned() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        let body = Data("priority=0&note=a+b".utf8)
        let target = "/gallery/api/v1/workflows/\(Fixture.ids.ecbWorkflow)/jobs/"
        let good = Fixture.signed("POST", target, timestamp: clock.now, headers: headers, body: body)
        // The queue endpoint wants JSON, so a signed form body is refused as a body, not as a signature.
        let answer = emulator.handle(good)
        #expect(answer.status == 400)
        var tampered = Fixture.signed("POST", target, timestamp: clock.now, headers: headers, body: body)
        tampered.body = Data("priority=1&note=a+b".utf8)
        let refused = emulator.handle(tampered)
        #expect(refused.status == 401)
        #expect(errorMessage(refused) == GalleryError.invalidSignatureMessage)
    }

    @Test("a JSON body is not part of the signature")
    func jsonBodyIsNotSigned() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        var request = Fixture.signed(
            "POST", "/gallery/api/v1/workflows/\(Fixture.ids.ecbWorkflow)/jobs/", timestamp: clock.now,
            headers: ["Content-Type": "application/json"], body: Data(#"{"questions":[],"priority":0}"#.utf8))
        request.body = Data(#"{"questions":[],"priority":1}"#.utf8)
        #expect(emulator.handle(request).status == 200)
    }

    @Test("a wrong secret gets 401 with the Gallery's exact body and no WWW-Authenticate")
    func wrongSecret() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let response = emulator.handle(
            Fixture.signed("GET", Self.subscriptionPath, secret: "not-the-secret", timestamp: clock.now))
        #expect(response.status == 401)
        #expect(
            text(response)
                == #"{"data":null,"exceptionName":"UnauthorizedException","innerExceptionMessage":"","message":"The provided signature(oauth_signature) is invalid."}"#
        )
        #expect(!response.headers.contains("WWW-Authenticate"))
    }

    @Test("a query parameter changed after signing breaks the signature")
    func changedQueryParameter() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        var request = Fixture.signed("GET", Self.subscriptionPath + "?limit=2", timestamp: clock.now)
        #expect(emulator.handle(request).status == 200)
        request = Fixture.signed("GET", Self.subscriptionPath + "?limit=2", timestamp: clock.now)
        request.target = request.target.replacingOccurrences(of: "limit=2", with: "limit=3")
        let response = emulator.handle(request)
        #expect(response.status == 401)
        #expect(errorMessage(response) == GalleryError.invalidSignatureMessage)
    }

    @Test("the trailing slash is part of what is signed")
    func trailingSlashIsSigned() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        var request = Fixture.signed("GET", Self.subscriptionPath, timestamp: clock.now)
        request.target = String(Self.subscriptionPath.dropLast())
        #expect(errorMessage(emulator.handle(request)) == GalleryError.invalidSignatureMessage)
    }

    @Test("an escaped path verifies whether the client signed it escaped or decoded", arguments: [
        ("/gallery/api/v1/workflows/a%20b/questions/", 404),
        ("/gallery/api/v1/workflows/a b/questions/", 404),
        ("/gallery/api/v1/workflows/a%7Eb/questions/", 404),
        ("/gallery/api/v1/workflows/a~b/questions/", 404),
        ("/gallery/api/v1/workflows/a%20c/questions/", 401),
    ])
    func escapedPath(signedPath: String, status: Int) {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        var request = Fixture.signed("GET", signedPath, timestamp: clock.now)
        request.target = signedPath.contains("~") || signedPath.contains("%7E")
            ? "/gallery/api/v1/workflows/a%7Eb/questions/" : "/gallery/api/v1/workflows/a%20b/questions/"
        // Past the signature check, the unknown workflow is a 404.
        #expect(emulator.handle(request).status == status)
    }

    @Test("the Host header as sent is part of what is signed")
    func hostHeaderIsSigned() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let atLocalhost = Fixture.signed("GET", Self.subscriptionPath, timestamp: clock.now, host: "localhost")
        #expect(emulator.handle(atLocalhost).status == 200)
        var moved = Fixture.signed("GET", Self.subscriptionPath, timestamp: clock.now, host: "localhost")
        moved.headers.set("Host", "localhost:8443")
        #expect(errorMessage(emulator.handle(moved)) == GalleryError.invalidSignatureMessage)
        // Port 80 is the default and is dropped, and the host is compared lower-cased (RFC 5849 §3.4.1.2).
        var explicit = Fixture.signed("GET", Self.subscriptionPath, timestamp: clock.now, host: "localhost")
        explicit.headers.set("Host", "LOCALHOST:80")
        #expect(emulator.handle(explicit).status == 200)
    }

    @Test("a replayed nonce is refused")
    func replayedNonce() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let request = Fixture.signed("GET", Self.subscriptionPath, timestamp: clock.now, nonce: "once-only")
        #expect(emulator.handle(request).status == 200)
        clock.advance(by: 10)
        let replay = emulator.handle(request)
        #expect(replay.status == 401)
        #expect(errorMessage(replay)?.contains("nonce (oauth_nonce) \"once-only\" has already been used") == true)
        // The same nonce with another key is another nonce.
        let otherKey = Fixture.signed("GET", Self.subscriptionPath, pair: .user, timestamp: clock.now, nonce: "once-only")
        #expect(emulator.handle(otherKey).status == 200)
    }

    @Test("a refused request does not use up its nonce")
    func refusedRequestKeepsNonce() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let bad = Fixture.signed("GET", Self.subscriptionPath, secret: "wrong", timestamp: clock.now, nonce: "n-1")
        #expect(emulator.handle(bad).status == 401)
        let good = Fixture.signed("GET", Self.subscriptionPath, timestamp: clock.now, nonce: "n-1")
        #expect(emulator.handle(good).status == 200)
    }

    @Test("a timestamp outside the window is refused, either way", arguments: [-301.0, 301.0])
    func staleTimestamp(offset: TimeInterval) {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let response = emulator.handle(
            Fixture.signed("GET", Self.subscriptionPath, timestamp: clock.now.addingTimeInterval(offset)))
        #expect(response.status == 401)
        #expect(errorMessage(response)?.contains("outside the allowed window of 300 seconds") == true)
        let inside = emulator.handle(
            Fixture.signed("GET", Self.subscriptionPath, timestamp: clock.now.addingTimeInterval(offset > 0 ? 299 : -299)))
        #expect(inside.status == 200)
    }

    @Test("a timestamp that is not a number is refused")
    func timestampNotANumber() {
        let clock = TestClock()
        let response = Fixture.emulator(clock: clock).handle(
            Fixture.signed("GET", Self.subscriptionPath, timestamp: clock.now, overrides: ["oauth_timestamp": "soon"]))
        #expect(errorMessage(response)?.contains("is not a whole number of seconds") == true)
    }

    @Test("each missing required parameter is named", arguments: OAuth1Verifier.requiredParameters)
    func missingParameter(name: String) {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let response = emulator.handle(
            Fixture.signed("GET", Self.subscriptionPath, timestamp: clock.now, overrides: [name: nil]))
        #expect(response.status == 401)
        #expect(errorMessage(response)?.hasPrefix("Missing required parameter \(name).") == true)
        #expect(!response.headers.contains("WWW-Authenticate"))
    }

    @Test("an unsigned request is told how to sign")
    func unsignedRequest() {
        let response = Fixture.emulator().handle(
            HTTPRequest(method: "GET", target: Self.subscriptionPath, headers: ["Host": Fixture.host]))
        #expect(response.status == 401)
        #expect(errorMessage(response)?.contains("The request is not signed") == true)
        #expect(!response.headers.contains("WWW-Authenticate"))
    }

    @Test("only HMAC-SHA1 is accepted", arguments: ["HMAC-SHA256", "PLAINTEXT", "RSA-SHA1", "hmac-sha1"])
    func otherSignatureMethods(method: String) {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let response = emulator.handle(
            Fixture.signed("GET", Self.subscriptionPath, timestamp: clock.now, signatureMethod: method))
        #expect(response.status == 401)
        #expect(
            errorMessage(response)?.contains("Unsupported signature method (oauth_signature_method) \"\(method)\"") == true)
    }

    @Test("oauth_version is optional but must be 1.0")
    func version() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let wrong = emulator.handle(
            Fixture.signed("GET", Self.subscriptionPath, timestamp: clock.now, overrides: ["oauth_version": "2.0"]))
        #expect(wrong.status == 401)
        #expect(errorMessage(wrong)?.contains("Unsupported OAuth version") == true)
    }

    @Test("other oauth_ parameters are ignored but signed like any query parameter")
    func extraOAuthParameters() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let request = Fixture.signed("GET", Self.subscriptionPath + "?oauth_callback=oob", timestamp: clock.now)
        #expect(emulator.handle(request).status == 200)
    }

    @Test("an unknown consumer key gets the Gallery's message")
    func unknownKey() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let response = emulator.handle(
            Fixture.signed("GET", Self.subscriptionPath, key: "0000", secret: "x", timestamp: clock.now))
        #expect(response.status == 401)
        #expect(errorMessage(response) == "The provided API Key (oauth_consumer_key) is invalid.")
    }

    @Test("keys open the APIs their kind allows", arguments: [
        (Fixture.Pair.studio, "/gallery/api/user/v2/credentials/", false, "private studio key"),
        (Fixture.Pair.studio, "/gallery/api/admin/v1/users/", false, "private studio key"),
        (Fixture.Pair.artisan, "/gallery/api/admin/v1/users/", false, "without the Curator role"),
        (Fixture.Pair.artisan, "/gallery/api/admin/v2/users/", false, "without the Curator role"),
        (Fixture.Pair.artisan, "/gallery/api/user/v2/credentials/", true, ""),
        (Fixture.Pair.user, "/gallery/api/admin/v1/users/", true, ""),
        (Fixture.Pair.user, "/gallery/api/v1/workflows/subscription/", true, ""),
    ])
    func scopes(pair: Fixture.Pair, path: String, allowed: Bool, reason: String) {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let response = emulator.handle(Fixture.signed("GET", path, pair: pair, timestamp: clock.now))
        if allowed {
            #expect(response.status == 200)
        } else {
            #expect(response.status == 401)
            #expect(errorMessage(response)?.contains(reason) == true)
            #expect(!response.headers.contains("WWW-Authenticate"))
        }
    }

    @Test("a malformed Authorization header is a 401, not a crash")
    func malformedHeader() {
        let response = Fixture.emulator().handle(
            HTTPRequest(
                method: "GET", target: Self.subscriptionPath,
                headers: ["Host": Fixture.host, "Authorization": "OAuth oauth_consumer_key=\"unterminated"]))
        #expect(response.status == 401)
        #expect(errorMessage(response)?.contains("not a valid OAuth header") == true)
    }
}

@Suite("oauthlib's HMAC-SHA1 vectors verify")
struct OAuth1VectorTests {
    struct Vector: Sendable, CustomStringConvertible {
        var name: String
        var method: String
        var url: URL
        var key: String
        var secret: String
        var nonce: String
        var timestamp: String
        var version: String?
        var realm: String?
        var signature: String
        var body: String?
        var contentType: String?
        var description: String { name }
    }

    /// `../shared/vectors/oauth1.json`, relative to the package root.
    static let vectorsURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/vectors/oauth1.json")

    /// The vectors a one-legged HMAC-SHA1 server over plain HTTP can receive: no tokens, no https.
    static func load() -> [Vector] {
        guard let data = try? Data(contentsOf: vectorsURL), let document = try? JSONParser.parse(data),
            let vectors = document["vectors"]?.arrayValue
        else { return [] }
        return vectors.compactMap { vector in
            guard vector["signatureMethod"] == "HMAC-SHA1", vector["token"]?.isNull ?? true,
                let urlText = vector["url"]?.stringValue, urlText.hasPrefix("http://"), let url = URL(string: urlText)
            else { return nil }
            return Vector(
                name: vector["name"]?.stringValue ?? "", method: vector["method"]?.stringValue ?? "GET", url: url,
                key: vector["consumerKey"]?.stringValue ?? "", secret: vector["consumerSecret"]?.stringValue ?? "",
                nonce: vector["nonce"]?.stringValue ?? "", timestamp: vector["timestamp"]?.stringValue ?? "",
                version: vector["version"]?.stringValue, realm: vector["realm"]?.stringValue,
                signature: vector["expected"]?["signature"]?.stringValue ?? "", body: vector["body"]?.stringValue,
                contentType: vector["contentType"]?.stringValue)
        }
    }

    @Test(
        "the vectors file has vectors for the verifier",
        .enabled(if: FileManager.default.fileExists(atPath: vectorsURL.path), "../shared/vectors/oauth1.json is absent beside this checkout"))
    func vectorsPresent() {
        #expect(Self.load().count >= 8, "expected ../shared/vectors/oauth1.json next to the package")
    }

    @Test("each vector's signature is accepted", arguments: load())
    func vector(_ vector: Vector) {
        var configuration = GalleryEmulator.Configuration()
        configuration.studioKey = vector.key
        configuration.studioSecret = vector.secret
        let timestamp = Date(timeIntervalSince1970: TimeInterval(Int(vector.timestamp) ?? 0))
        let verifier = OAuth1Verifier(
            registry: CredentialRegistry(SeedData.credentials(configuration)), window: configuration.timestampWindow)
        var oauth = [
            ("oauth_consumer_key", vector.key), ("oauth_signature_method", "HMAC-SHA1"),
            ("oauth_timestamp", vector.timestamp), ("oauth_nonce", vector.nonce), ("oauth_signature", vector.signature),
        ]
        if let version = vector.version { oauth.append(("oauth_version", version)) }
        var fields = oauth.map { "\($0.0)=\"\(Self.percentEncode($0.1))\"" }
        if let realm = vector.realm { fields.insert("realm=\"\(realm)\"", at: 0) }
        var headers: HTTPHeaders = [
            "Host": vector.url.port.map { "\(vector.url.host ?? ""):\($0)" } ?? (vector.url.host ?? ""),
            "Authorization": "OAuth " + fields.joined(separator: ", "),
        ]
        if let contentType = vector.contentType { headers.set("Content-Type", contentType) }
        let components = URLComponents(url: vector.url, resolvingAgainstBaseURL: false)
        let target = (components?.percentEncodedPath ?? "/") + (components?.percentEncodedQuery.map { "?\($0)" } ?? "")
        let request = HTTPRequest(method: vector.method, target: target, headers: headers, body: Data((vector.body ?? "").utf8))
        #expect(throws: Never.self) { _ = try verifier.verify(request, now: timestamp, defaultAuthority: "localhost") }
    }

    static func percentEncode(_ text: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

@Suite("Nonce store")
struct NonceStoreTests {
    @Test("a nonce is refused while remembered, forgotten once its window has passed, and the store stays small")
    func forgetsInTimeOrder() {
        let store = NonceStore(window: 300)
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(store.consume("n1", consumerKey: "k", timestamp: start, now: start))
        #expect(!store.consume("n1", consumerKey: "k", timestamp: start, now: start.addingTimeInterval(10)))
        #expect(store.consume("n1", consumerKey: "other", timestamp: start, now: start))
        // A timestamp ahead of the clock is kept until it plus the window.
        #expect(store.consume("ahead", consumerKey: "k", timestamp: start.addingTimeInterval(200), now: start))
        let later = start.addingTimeInterval(301)
        #expect(store.consume("n1", consumerKey: "k", timestamp: later, now: later))
        #expect(!store.consume("ahead", consumerKey: "k", timestamp: later, now: later))
        // One nonce a second for an hour: never more than one window's worth remembered.
        for second in 0..<3600 {
            let now = later.addingTimeInterval(Double(second))
            #expect(store.consume("s\(second)", consumerKey: "k", timestamp: now, now: now))
        }
        #expect(store.count <= 302)
        // A nonce re-used after it was forgotten keeps its new expiry when the old one is pruned.
        let end = later.addingTimeInterval(3600)
        #expect(store.consume("s3599", consumerKey: "k", timestamp: end.addingTimeInterval(400), now: end.addingTimeInterval(400)))
        #expect(!store.consume("s3599", consumerKey: "k", timestamp: end.addingTimeInterval(401), now: end.addingTimeInterval(401)))
    }
}
