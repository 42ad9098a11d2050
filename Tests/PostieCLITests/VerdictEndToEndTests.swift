import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

/// What the terminal and the exit status say about answers nothing checked (issue 10, items 4 and 11).
@Suite("Verdicts and exit status, end to end")
struct VerdictEndToEndTests {
    static func server() throws -> CountingServer {
        try CountingServer(routes: [
            "/denied/": { _ in
                HTTPResponse(
                    status: 401, headers: ["Content-Type": "application/json"],
                    body: Data(#"{"message":"The key is not known to this server."}"#.utf8))
            },
            "/missing/": { _ in .text("no such thing", status: 404) },
            "/broken/": { _ in .text("boom", status: 500) },
        ])
    }

    static func collection(_ server: CountingServer, paths: [String]) throws -> String {
        let items = paths.map { #"{"name": "\#($0)", "request": "\#(server.base)/\#($0)/"}"# }.joined(separator: ",")
        return try server.write(#"{"info": {"name": "Statuses"}, "item": [\#(items)]}"#, to: "statuses.postman_collection.json")
    }

    /// Item 4: 401, 404 and 500 answers that nothing checks fail the run; no request gets a check mark,
    /// and the verdict is not "all passed".
    @Test func uncheckedErrorAnswersFailTheRunAndGetNoCheckMark() throws {
        let server = try Self.server()
        let collection = try Self.collection(server, paths: ["ok", "denied", "missing", "broken"])
        let outcome = try PostieProcess.run(["run", collection], in: server.directory, environment: ["LANG": "C.UTF-8"])
        #expect(outcome.status == 1, "\(outcome.everything)")
        #expect(!outcome.output.contains("✓"), "\(outcome.output)")
        #expect(!outcome.output.contains("all passed"), "\(outcome.output)")
        #expect(outcome.output.contains("The key is not known to this server."), "\(outcome.output)")
        #expect(outcome.output.contains("--allow-http-errors"), "\(outcome.output)")
        for status in ["401 Unauthorized", "404 Not Found", "500 Internal Server Error"] {
            #expect(outcome.output.contains(status), "\(status)\n\(outcome.output)")
        }
    }

    /// Item 4: `--allow-http-errors` is Newman's behaviour: the statuses are shown, the run passes, and
    /// still nothing gets a check mark, since nothing was checked.
    @Test func allowHTTPErrorsAcceptsThemWithoutClaimingAnyCheck() throws {
        let server = try Self.server()
        let collection = try Self.collection(server, paths: ["ok", "denied", "broken"])
        let outcome = try PostieProcess.run(
            ["run", collection, "--allow-http-errors"], in: server.directory, environment: ["LANG": "C.UTF-8"])
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(!outcome.output.contains("✓"), "\(outcome.output)")
        #expect(outcome.output.contains("401 Unauthorized"), "\(outcome.output)")
    }

    /// Item 4: a checked request that passed still gets its check mark.
    @Test func aCheckedRequestThatPassedGetsItsCheckMark() throws {
        let server = try Self.server()
        let collection = try Self.collection(server, paths: ["missing"])
        let flow = try server.write(
            #"{"collection": "\#(collection)", "steps": [{"request": "missing", "expect": {"status": 404}}]}"#, to: "f.flow.json")
        let outcome = try PostieProcess.run(["run", flow], in: server.directory, environment: ["LANG": "C.UTF-8"])
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(outcome.output.contains("✓ GET missing"), "\(outcome.output)")
        #expect(outcome.output.contains("✓ status eq 404"), "\(outcome.output)")
    }

    /// Item 11: `-x`/`--suppress-exit-code` as in Newman: failures are reported, the status is 0; a usage
    /// error is still one.
    @Test(arguments: ["-x", "--suppress-exit-code"])
    func suppressExitCodeTurnsFailuresIntoSuccess(option: String) throws {
        let server = try Self.server()
        let collection = try Self.collection(server, paths: ["broken"])
        let outcome = try PostieProcess.run(["run", collection, option], in: server.directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(outcome.output.contains("500 Internal Server Error"), "\(outcome.output)")
        let usage = try PostieProcess.run(["run", "missing.json", option], in: server.directory)
        #expect(usage.status == 64, "\(usage.everything)")
    }
}
