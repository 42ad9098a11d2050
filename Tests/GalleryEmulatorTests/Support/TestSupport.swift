import Foundation
import PostieCrypto
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
        current = start
    }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(by seconds: TimeInterval) {
        lock.lock()
        current = current.addingTimeInterval(seconds)
        lock.unlock()
    }

    /// A `@Sendable` closure reading this clock, for `Configuration.clock`.
    var function: @Sendable () -> Date { { [self] in self.now } }
}

/// Builders for emulators and signed requests.
enum Fixture {
    static let host = "127.0.0.1:8080"
    static let demo = GalleryEmulator.DemoCredentials.self
    static let ids = GalleryEmulator.SeedIDs.self

    /// An emulator on a test clock, jobs instant unless told otherwise.
    static func emulator(
        clock: TestClock = TestClock(), jobTime: TimeInterval = 0, workers: Int = 2,
        configure: (inout GalleryEmulator.Configuration) -> Void = { _ in }
    ) -> GalleryEmulator {
        var configuration = GalleryEmulator.Configuration()
        configuration.clock = clock.function
        configuration.jobTime = jobTime
        configuration.workers = workers
        configure(&configuration)
        return GalleryEmulator(configuration: configuration)
    }

    /// Where OAuth parameters go.
    enum Placement: Sendable {
        case header
        case query
    }

    /// The key pairs.
    enum Pair: Sendable {
        case studio, user, artisan

        var key: String {
            switch self {
            case .studio: return demo.studioKey
            case .user: return demo.userKey
            case .artisan: return demo.artisanKey
            }
        }

        var secret: String {
            switch self {
            case .studio: return demo.studioSecret
            case .user: return demo.userSecret
            case .artisan: return demo.artisanSecret
            }
        }
    }

    private static let nonceCounter = Counter()

    /// A nonce no other request of the test run uses.
    static func nextNonce() -> String { "nonce\(nonceCounter.next())" }

    /// A request signed with OAuth 1.0a HMAC-SHA1 as Postman signs it, with PostieCrypto's functions.
    ///
    /// - Parameters:
    ///   - target: path and raw query, e.g. `/gallery/api/v1/workflows/subscription/?limit=2`.
    ///   - overrides: protocol parameters to replace (or remove, with nil) after signing.
    static func signed(
        _ method: String, _ target: String, pair: Pair = .studio, key: String? = nil, secret: String? = nil,
        placement: Placement = .header, timestamp: Date, nonce: String? = nil, signatureMethod: String = "HMAC-SHA1",
        headers: HTTPHeaders = HTTPHeaders(), body: Data = Data(), host: String = Fixture.host,
        overrides: [String: String?] = [:]
    ) -> HTTPRequest {
        var oauth: [OAuth1.Parameter] = [
            ("oauth_consumer_key", key ?? pair.key),
            ("oauth_signature_method", signatureMethod),
            ("oauth_timestamp", String(Int64(timestamp.timeIntervalSince1970))),
            ("oauth_nonce", nonce ?? nextNonce()),
            ("oauth_version", "1.0"),
        ]
        let pieces = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(pieces[0])
        let rawQuery = pieces.count > 1 ? String(pieces[1]) : ""
        var signedParameters = OAuth1.queryParameters(fromRawQuery: rawQuery) + oauth
        if let type = headers["Content-Type"], type.hasPrefix("application/x-www-form-urlencoded") {
            signedParameters += OAuth1.queryParameters(
                fromRawQuery: String(decoding: body, as: UTF8.self), decodingPlusAsSpace: true)
        }
        let baseString = OAuth1.signatureBaseString(method: method, baseURI: "http://\(host)\(path)", parameters: signedParameters)
        let signature =
            (try? OAuth1.signature(
                method: .hmacSHA1, baseString: baseString, signingKey: OAuth1.signingKey(consumerSecret: secret ?? pair.secret)))
            ?? ""
        oauth.append(("oauth_signature", signature))
        for (name, value) in overrides {
            oauth.removeAll { $0.name == name }
            if let value { oauth.append((name, value)) }
        }
        var requestHeaders = headers
        requestHeaders.set("Host", host)
        var finalTarget = target
        switch placement {
        case .header:
            requestHeaders.set("Authorization", OAuth1.authorizationHeader(parameters: oauth))
        case .query:
            let encoded = oauth.map { "\(PercentEncoding.rfc3986($0.name))=\(PercentEncoding.rfc3986($0.value))" }
                .joined(separator: "&")
            finalTarget += (target.contains("?") ? "&" : "?") + encoded
        }
        return HTTPRequest(method: method, target: finalTarget, headers: requestHeaders, body: body)
    }

    /// Asks `emulator` for a bearer token for `pair`.
    static func token(_ emulator: GalleryEmulator, pair: Pair = .user) throws -> String {
        let response = emulator.handle(
            HTTPRequest(
                method: "POST", target: "/webapi/oauth2/token",
                headers: ["Host": host, "Content-Type": "application/x-www-form-urlencoded"],
                body: Data("grant_type=client_credentials&client_id=\(pair.key)&client_secret=\(pair.secret)".utf8)))
        #expect(response.status == 200)
        return try #require(try json(response)["access_token"]?.stringValue)
    }

    /// A request with a bearer token.
    static func bearer(_ method: String, _ target: String, token: String, body: Data = Data(), headers: HTTPHeaders = [:])
        -> HTTPRequest
    {
        var all = headers
        all.set("Host", host)
        all.set("Authorization", "Bearer \(token)")
        return HTTPRequest(method: method, target: target, headers: all, body: body)
    }
}

/// A thread-safe counter.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

/// The body of a response.
func bodyData(_ response: HTTPResponse) -> Data {
    if case .data(let data) = response.body { return data }
    return Data()
}

/// The body of a response as JSON.
func json(_ response: HTTPResponse) throws -> JSONValue {
    try JSONParser.parse(bodyData(response))
}

/// The Gallery error message of a response.
func errorMessage(_ response: HTTPResponse) -> String? {
    (try? json(response))?["message"]?.stringValue
}

/// The body as UTF-8 text.
func text(_ response: HTTPResponse) -> String {
    String(decoding: bodyData(response), as: UTF8.self)
}

extension GalleryEmulator {
    /// Sends a legacy-API request signed with `pair` at the clock's time; a `json` body gets its content type.
    func legacy(
        _ method: String, _ path: String, pair: Fixture.Pair = .studio, clock: TestClock, json body: String? = nil,
        headers: HTTPHeaders = [:], rawBody: Data? = nil
    ) -> HTTPResponse {
        var all = headers
        if body != nil { all.set("Content-Type", "application/json") }
        let target = path.hasPrefix("/") ? path : "/gallery/api/" + path
        return handle(
            Fixture.signed(
                method, target, pair: pair, timestamp: clock.now, headers: all,
                body: rawBody ?? Data((body ?? "").utf8)))
    }

    /// Queues a job on the Subscription API and answers its id.
    func queue(_ appId: String, clock: TestClock, body: String = #"{"questions":[],"priority":0}"#, pair: Fixture.Pair = .studio)
        throws -> String
    {
        let response = legacy("POST", "v1/workflows/\(appId)/jobs/", pair: pair, clock: clock, json: body)
        #expect(response.status == 200, "queueing \(appId): \(text(response))")
        return try #require(try json(response)["id"]?.stringValue)
    }

    /// The job as the Subscription API shows it.
    func job(_ id: String, clock: TestClock, pair: Fixture.Pair = .studio) throws -> JSONValue {
        let response = legacy("GET", "v1/jobs/\(id)/", pair: pair, clock: clock)
        #expect(response.status == 200, "job \(id): \(text(response))")
        return try json(response)
    }

    /// The status of a job.
    func status(_ id: String, clock: TestClock) throws -> String {
        try job(id, clock: clock)["status"]?.stringValue ?? ""
    }
}

/// A multipart body with one part per (name, filename, content).
func multipart(boundary: String, _ parts: [(name: String, filename: String?, content: String)]) -> Data {
    var text = ""
    for part in parts {
        text += "--\(boundary)\r\n"
        if let filename = part.filename {
            text += "Content-Disposition: form-data; name=\"\(part.name)\"; filename=\"\(filename)\"\r\n"
            text += "Content-Type: application/octet-stream\r\n\r\n"
        } else {
            text += "Content-Disposition: form-data; name=\"\(part.name)\"\r\n\r\n"
        }
        text += part.content + "\r\n"
    }
    text += "--\(boundary)--\r\n"
    return Data(text.utf8)
}
