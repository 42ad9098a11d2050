import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

@Suite("Over real sockets")
struct SocketTests {
    static func started(_ configure: (inout GalleryEmulator.Configuration) -> Void = { _ in }) throws -> (GalleryEmulator, RawHTTPClient) {
        var configuration = GalleryEmulator.Configuration()
        configure(&configuration)
        let emulator = GalleryEmulator(configuration: configuration)
        let port = try emulator.start()
        return (emulator, RawHTTPClient(port: port))
    }

    @Test("start() binds a free port, reports it in the URLs; stop() is idempotent")
    func startAndStop() throws {
        let (emulator, client) = try Self.started()
        #expect(client.port > 0)
        #expect(try emulator.start() == client.port)
        #expect(emulator.galleryURL == "http://127.0.0.1:\(client.port)/gallery")
        #expect(emulator.environmentFile()["values"]?[1]?["value"] == .string("http://127.0.0.1:\(client.port)/webapi"))
        #expect(emulator.bannerText.contains("http://127.0.0.1:\(client.port)/gallery"))
        let landing = try client.send(HTTPRequest(method: "GET", target: "/"))
        #expect(landing.status == 200)
        emulator.stop()
        emulator.stop()
        #expect(throws: (any Error).self) { _ = try client.send(HTTPRequest(method: "GET", target: "/")) }
    }

    @Test("a signed request, a refused one and a token over the wire; never WWW-Authenticate")
    func authOverTheWire() throws {
        let (emulator, client) = try Self.started()
        defer { emulator.stop() }
        let host = "127.0.0.1:\(client.port)"
        let good = try client.send(
            Fixture.signed("GET", "/gallery/api/v1/workflows/subscription/", timestamp: Date(), host: host))
        #expect(good.status == 200)
        #expect(try JSONParser.parse(good.body).arrayValue?.count == 5)
        let bad = try client.send(
            Fixture.signed("GET", "/gallery/api/v1/workflows/subscription/", secret: "wrong", timestamp: Date(), host: host))
        #expect(bad.status == 401)
        #expect(!bad.headers.contains("WWW-Authenticate"))
        #expect(try JSONParser.parse(bad.body)["message"] == .string(GalleryError.invalidSignatureMessage))

        let basic = Data("\(Fixture.demo.userKey):\(Fixture.demo.userSecret)".utf8).base64EncodedString()
        let token = try client.send(
            HTTPRequest(
                method: "POST", target: "/webapi/oauth2/token",
                headers: ["Authorization": "Basic \(basic)", "Content-Type": "application/x-www-form-urlencoded"],
                body: Data("grant_type=client_credentials".utf8)))
        #expect(token.status == 200)
        let accessToken = try #require(try JSONParser.parse(token.body)["access_token"]?.stringValue)
        let users = try client.send(
            HTTPRequest(method: "GET", target: "/webapi/admin/v2/users/", headers: ["Authorization": "Bearer \(accessToken)"]))
        #expect(users.status == 200)
        let refused = try client.send(
            HTTPRequest(method: "GET", target: "/webapi/admin/v2/users/", headers: ["Authorization": "Bearer nope"]))
        #expect(refused.status == 401)
        #expect(!refused.headers.contains("WWW-Authenticate"))
    }

    @Test("a job runs in real time on the worker pool and its output downloads")
    func jobInRealTime() throws {
        let (emulator, client) = try Self.started {
            $0.jobTime = 1
            $0.workers = 1
        }
        defer { emulator.stop() }
        let host = "127.0.0.1:\(client.port)"
        func queue() throws -> String {
            let response = try client.send(
                Fixture.signed(
                    "POST", "/gallery/api/v1/workflows/\(Fixture.ids.ecbWorkflow)/jobs/", timestamp: Date(),
                    headers: ["Content-Type": "application/json"], body: Data(#"{"questions":[],"priority":0}"#.utf8), host: host))
            #expect(response.status == 200)
            return try #require(try JSONParser.parse(response.body)["id"]?.stringValue)
        }
        func job(_ id: String) throws -> JSONValue {
            try JSONParser.parse(
                try client.send(Fixture.signed("GET", "/gallery/api/v1/jobs/\(id)/", timestamp: Date(), host: host)).body)
        }
        _ = try queue()
        let second = try queue()
        var seen: [String] = []
        let completed = waitUntil(timeout: 30) {
            guard let status = (try? job(second))?["status"]?.stringValue else { return false }
            if seen.last != status { seen.append(status) }
            return status == "Completed"
        }
        #expect(completed)
        // The second job waits for the only worker, then runs, then completes (a slow machine may miss a state).
        let order = ["Queued", "Running", "Completed"]
        #expect(seen.map { order.firstIndex(of: $0) ?? -1 } == seen.map { order.firstIndex(of: $0) ?? -1 }.sorted())
        #expect(seen.first != "Completed")
        let finished = try job(second)
        let output = try #require(finished["outputs"]?[0]?["id"]?.stringValue)
        let csv = try client.send(
            Fixture.signed("GET", "/gallery/api/v1/jobs/\(second)/output/\(output)/?format=Csv&attachment=true", timestamp: Date(), host: host))
        #expect(csv.status == 200)
        #expect(csv.headers["Content-Disposition"] == "attachment; filename=\"output.csv\"")
        #expect(String(decoding: csv.body, as: UTF8.self).hasPrefix("Date,Currency,Rate\r\n"))
    }

    @Test("a dropped answer arrives cut short, and the server keeps serving")
    func droppedAnswer() throws {
        let (emulator, client) = try Self.started { $0.dropRate = 1 }
        defer { emulator.stop() }
        let host = "127.0.0.1:\(client.port)"
        let cut = try client.send(Fixture.signed("GET", "/gallery/api/v1/workflows/subscription/", timestamp: Date(), host: host))
        #expect(cut.status == 200)
        #expect(!cut.isComplete)
        #expect(cut.body.count > 0)
        let landing = try client.send(HTTPRequest(method: "GET", target: "/"))
        #expect(landing.isComplete)
        #expect(landing.status == 200)
    }
}

/// Waits until `condition` holds, checking every 20 ms, for at most `timeout` seconds.
func waitUntil(timeout: TimeInterval, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}
