import Foundation
import PostieCrypto
import Testing

@testable import PostieCore

/// Newman's own integration collections (../shared/reference/newman-integration) that need no script
/// sandbox, sent to loopback stand-ins for the servers Newman's harness starts (npm/server.js: a
/// redirect server on 4042, a raw echo on 4041). What the stand-in sees is checked against what the
/// collection's test scripts assert Newman sent.
@Suite(
    "Wire: Newman's integration collections",
    .enabled(if: NewmanIntegration.isPresent, "../shared/reference/newman-integration is absent; skipped"))
struct NewmanIntegrationWireTests {
    /// Newman's redirect stand-in: `/N` redirects (302) to `/N-1`, then `/`; `/status/NNN` answers NNN with
    /// `Location: /`; anything else answers 200 with the request as JSON, as npm/server.js does.
    static func redirectServer() throws -> WireServer {
        try WireServer { request, _ in
            let path = request.target
            if path.count > 1, path.dropFirst().allSatisfy(\.isNumber), let hops = Int(path.dropFirst()) {
                return WireServer.response(302, headers: ["location: " + (hops - 1 > 0 ? "/\(hops - 1)" : "/")])
            }
            // postman-echo.com's /redirect-to?url=X, for the collections that use it.
            if path.hasPrefix("/redirect-to?url=") {
                return WireServer.response(302, headers: ["location: " + path.dropFirst("/redirect-to?url=".count)])
            }
            if path.hasPrefix("/status/"), let code = Int(path.dropFirst(8)), (100...599).contains(code) {
                return WireServer.response(code, headers: ["location: /"])
            }
            return WireServer.response(200, headers: ["connection: close", "Content-Type: application/json"], body: "{}")
        }
    }

    @Test("protocol-profile-behavior: redirects, methods, Referer and maxRedirects at collection, folder and request level")
    func protocolProfileBehavior() throws {
        let server = try Self.redirectServer()
        defer { server.stop() }
        let collection = try NewmanIntegration.collection("protocol-profile-behavior.postman_collection.json", port: server.port)
        let harness = WireHarness()
        var results: [String: (status: Int?, seen: [WireRequest])] = [:]
        for request in collection.flattenedRequests() {
            let before = server.requests.count
            let outcome = harness.executor.execute(request, resolver: VariableResolver(context: VariableContext()))
            if let error = outcome.error { Issue.record("\(request.name): \(error)") }
            results[request.name] = (outcome.response?.status, Array(server.requests[before...]))
        }
        let origin = "http://localhost:\(server.port)"

        let follow = try #require(results["followRedirects: true"])
        #expect(follow.status == 200)
        #expect(follow.seen.map(\.target) == ["/1", "/"])
        #expect(follow.seen.last?.method == "GET")

        let noFollow = try #require(results["followRedirects: false"])
        #expect(noFollow.status == 302)
        #expect(noFollow.seen.map(\.target) == ["/1"])

        let originalMethod = try #require(results["followOriginalHttpMethod: true"])
        #expect(originalMethod.status == 200)
        #expect(originalMethod.seen.map(\.method) == ["DELETE", "DELETE"])

        let getMethod = try #require(results["followOriginalHttpMethod: false"])
        #expect(getMethod.seen.map(\.method) == ["DELETE", "GET"])

        let referer = try #require(results["removeRefererHeaderOnRedirect: false"])
        #expect(referer.seen.last?.header("referer") == "\(origin)/1")

        let noReferer = try #require(results["removeRefererHeaderOnRedirect: true"])
        #expect(noReferer.status == 200)
        #expect(noReferer.seen.last?.header("referer") == nil)

        let initial = try #require(results["removeRefererHeaderOnRedirect: true + initial referer"])
        #expect(initial.seen.map { $0.header("referer") } == ["INITIAL_REFERER", "INITIAL_REFERER"])

        let many = try #require(results["maxRedirects"])
        #expect(many.status == 200)
        #expect(many.seen.count == 12)
        #expect(many.seen.first?.method == "POST")
        #expect(many.seen.first?.header("Content-Length") == "0")
        #expect(many.seen.last.map { ($0.method, $0.target) } ?? ("", "") == ("GET", "/"))
        #expect(many.seen.last?.header("Content-Length") == nil)
    }

    @Test("redirect-test: a redirect is returned, not followed, with followRedirects false in its config")
    func redirectTest() throws {
        let server = try Self.redirectServer()
        defer { server.stop() }
        let collection = try NewmanIntegration.collection("redirect-test/redirect-test.postman_collection.json", port: server.port)
        // redirect-test.postman_config.json: {"run": {"ignoreRedirects": true}}.
        let harness = WireHarness { $0.followRedirects = false }
        let outcomes = harness.run(collection)
        #expect(outcomes.allSatisfy { $0.error == nil })
        #expect(outcomes.compactMap { $0.response?.status }.allSatisfy { (300..<400).contains($0) })
        #expect(server.requests.count == outcomes.count)
        #expect(server.requests.first?.target == "/redirect-to?url=http://localhost:\(server.port)/get")
    }

    @Test("hawk-auth-test: the Hawk header postman-runtime makes, with the collection's nonce and the time")
    func hawkAuth() throws {
        let server = try WireServer { request, _ in
            // The stand-in recomputes the MAC from the header's ts and nonce with the collection's key.
            let header = request.header("Authorization") ?? ""
            func field(_ name: String) -> String? { DigestAuth.field(name, in: header.replacingOccurrences(of: "Hawk ", with: "Hawk, ")) }
            guard let ts = field("ts").flatMap(Int.init), let nonce = field("nonce") else { return WireServer.response(401) }
            let expected = try? HawkAuth(
                id: "dh37fgj492je", key: "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn", timestamp: ts, nonce: nonce, ext: "skjdfklsjhdflkjhsdf"
            ).header(method: request.method, resource: request.target, host: "localhost", port: Int(request.header("Host")?.split(separator: ":").last ?? "") ?? 0)
            return header == expected
                ? WireServer.response(200, headers: ["Content-Type: application/json"], body: #"{"message":"Hawk Authentication Successful"}"#)
                : WireServer.response(401)
        }
        defer { server.stop() }
        let collection = try NewmanIntegration.collection("hawk-auth-test.postman_collection.json", port: server.port)
        let outcomes = WireHarness().run(collection)
        #expect(outcomes.map { $0.response?.status } == [200])
        let header = try #require(server.requests.first?.header("Authorization"))
        #expect(header.hasPrefix(#"Hawk id="dh37fgj492je", ts=""#))
        #expect(header.contains(#"nonce="eFRP2o", ext="skjdfklsjhdflkjhsdf", mac=""#))
    }

    @Test("helper: DigestAuth with no nonce meets postman-echo's challenge and answers it")
    func digestChallenge() throws {
        let server = try WireServer { request, _ in
            guard let authorization = request.header("Authorization"), authorization.hasPrefix("Digest ") else {
                return WireServer.response(401, headers: [#"WWW-Authenticate: Digest realm="Users", nonce="Mdh6bC1sUFLwtKDs0JnrfGmnNcnBP5Bq", qop="auth""#])
            }
            func field(_ name: String) -> String { DigestAuth.field(name, in: authorization) ?? "" }
            // RFC 7616 §3.4.1, as postman-echo checks it.
            let a1 = Hex.encode(MD5.hash("postman:Users:password"))
            let a2 = Hex.encode(MD5.hash("\(request.method):\(request.target)"))
            let expected = Hex.encode(MD5.hash([a1, "Mdh6bC1sUFLwtKDs0JnrfGmnNcnBP5Bq", field("nc"), field("cnonce"), "auth", a2].joined(separator: ":")))
            return field("response") == expected && field("uri") == request.target
                ? WireServer.response(200, headers: ["Content-Type: application/json"], body: #"{"authenticated":true}"#) : WireServer.response(401)
        }
        defer { server.stop() }
        let collection = try NewmanIntegration.collection("helper.postman_collection.json", port: server.port)
        let request = try #require(collection.flattenedRequests().first { $0.name == "DigestAuth" })
        let outcome = WireHarness().executor.execute(request, resolver: VariableResolver(context: VariableContext()))
        #expect(outcome.response?.status == 200)
        #expect(server.requests.count == 2)
        #expect(server.requests.first?.header("Authorization") == nil)
    }
}

/// Where Newman's integration collections are, and how to read one against a stand-in port.
enum NewmanIntegration {
    static let directory = TestFixtures.sharedDirectory.appendingPathComponent("reference/newman-integration/test/integration")

    static var isPresent: Bool { FileManager.default.fileExists(atPath: directory.path) }

    /// The collection at `name` (under test/integration) with `localhost:4041`/`:4042` aimed at `port`.
    static func collection(_ name: String, port: Int) throws -> PostmanCollection {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            .replacingOccurrences(of: "localhost:4042", with: "localhost:\(port)")
            .replacingOccurrences(of: "localhost:4041", with: "localhost:\(port)")
            .replacingOccurrences(of: "https://postman-echo.com", with: "http://localhost:\(port)")
            .replacingOccurrences(of: "\"4042\"", with: "\"\(port)\"")
            .replacingOccurrences(of: "\"4041\"", with: "\"\(port)\"")
        return try CollectionParser.parse(data: Data(text.utf8), file: name)
    }
}
