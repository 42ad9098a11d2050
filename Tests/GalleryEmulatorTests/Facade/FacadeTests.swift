import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

@Suite("The facade: URLs, banner, environment file, request log")
struct FacadeTests {
    @Test("the banner prints demo secrets, and only demo secrets")
    func banner() {
        var demoConfiguration = GalleryEmulator.Configuration()
        demoConfiguration.port = 8080
        let demo = GalleryEmulator(configuration: demoConfiguration).bannerText
        #expect(demo.contains("gallery-url    http://127.0.0.1:8080/gallery"))
        #expect(demo.contains("webapi-url     http://127.0.0.1:8080/webapi"))
        #expect(demo.contains(Fixture.demo.studioSecret))
        #expect(demo.contains(Fixture.demo.userSecret))
        #expect(demo.contains(Fixture.demo.userKey))

        var configuration = GalleryEmulator.Configuration()
        configuration.userKey = "my-own-key"
        configuration.userSecret = "my-own-secret-value"
        configuration.errorRate = 0.25
        let custom = GalleryEmulator(configuration: configuration).bannerText
        #expect(!custom.contains("my-own-secret-value"))
        #expect(custom.contains("my-own-key"))
        #expect(custom.contains("(as given)"))
        #expect(custom.contains(Fixture.demo.studioSecret))
        #expect(custom.contains("error rate 0.25"))
    }

    @Test("URLs use the configured host and port, wildcards shown as loopback")
    func urls() {
        var configuration = GalleryEmulator.Configuration()
        configuration.port = 8080
        #expect(GalleryEmulator(configuration: configuration).galleryURL == "http://127.0.0.1:8080/gallery")
        configuration.host = "0.0.0.0"
        #expect(GalleryEmulator(configuration: configuration).webapiURL == "http://127.0.0.1:8080/webapi")
        configuration.host = "::1"
        #expect(GalleryEmulator(configuration: configuration).galleryURL == "http://[::1]:8080/gallery")
    }

    @Test("the environment file has every variable, secrets typed secret")
    func environmentFile() throws {
        var configuration = GalleryEmulator.Configuration()
        configuration.port = 8080
        let environment = GalleryEmulator(configuration: configuration).environmentFile(name: "local")
        #expect(environment["name"] == "local")
        #expect(environment["_postman_variable_scope"] == "environment")
        let values = try #require(environment["values"]?.arrayValue)
        let byKey = Dictionary(uniqueKeysWithValues: values.map { ($0["key"]?.stringValue ?? "", $0) })
        #expect(byKey["gallery-url"]?["value"] == "http://127.0.0.1:8080/gallery")
        #expect(byKey["webapi-url"]?["value"] == "http://127.0.0.1:8080/webapi")
        #expect(byKey["email-address"]?["value"] == .string(Fixture.demo.emailAddress))
        for secret in ["studio-secret", "user-secret", "artisan-secret"] {
            #expect(byKey[secret]?["type"] == "secret")
        }
        #expect(byKey["user-key"]?["type"] == "default")
        let id = try #require(environment["id"]?.stringValue)
        #expect(id.count == 36)
        #expect(GalleryEmulator(configuration: configuration).environmentFile(name: "local")["id"] == .string(id))
        #expect(GalleryEmulator(configuration: configuration).environmentFile(name: "other")["id"] != .string(id))
    }

    @Test("the request log has method, path, status and time, and never an OAuth value or a token")
    func requestLog() throws {
        let lines = LogLines()
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock) { $0.logger = { lines.append($0) } }
        _ = emulator.handle(
            Fixture.signed(
                "GET", "/gallery/api/v1/workflows/subscription/?limit=1", placement: .query, timestamp: clock.now))
        let token = try Fixture.token(emulator)
        _ = emulator.handle(Fixture.bearer("GET", "/webapi/v1/jobs/nope/?access_token=\(token)", token: token))
        let logged = lines.all
        #expect(logged.count == 3)
        #expect(logged[0].hasPrefix("GET /gallery/api/v1/workflows/subscription/?limit=1&oauth_consumer_key=[redacted]"))
        #expect(logged[0].range(of: #" 200 \d+ms$"#, options: .regularExpression) != nil)
        #expect(logged[1].hasPrefix("POST /webapi/oauth2/token 200 "))
        #expect(logged[2].contains(" 404 "))
        for line in logged {
            #expect(!line.contains(token))
            #expect(!line.contains(Fixture.demo.studioKey))
            #expect(!line.contains(Fixture.demo.userSecret))
        }
    }
}

/// Lines a logger received.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) {
        lock.lock()
        lines.append(line)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }
}
