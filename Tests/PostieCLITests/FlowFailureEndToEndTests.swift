import Foundation
import GalleryEmulator
import PostieJSON
import Testing

/// Flows that go wrong, and flows run again (issue 10, items 2 and 5).
@Suite("Failing and repeated flows, end to end")
struct FlowFailureEndToEndTests {
    static let smokeFlow = RunningEmulator.collection("alteryx-gallery.smoke.flow.json")

    /// The emulator's environment with a wrong studio secret.
    static func wrongSecretEnvironment(_ server: RunningEmulator) throws -> String {
        let text = try String(contentsOfFile: server.environmentPath, encoding: .utf8)
        let secret = GalleryEmulator.DemoCredentials.studioSecret
        #expect(text.contains(secret))
        return try server.write(text.replacingOccurrences(of: secret, with: "wrong-secret-0000"), to: "wrong.postman_environment.json")
    }

    /// Item 2: the queue step gets a 401 and captures no `jobId`; the steps that need it are skipped,
    /// saying so, instead of polling the collection's placeholder id through 401s for two minutes.
    @Test func aWrongSecretEndsTheSmokeFlowAtOnceWithTheServersWholeReasonOnce() throws {
        let server = try RunningEmulator()
        let environment = try Self.wrongSecretEnvironment(server)
        let started = Date()
        let outcome = try PostieProcess.run(
            [
                "run", Self.smokeFlow, "-e", environment, "--output-dir", server.path("out"), "-r", "cli,json",
                "--reporter-json-export", server.path("out/report.json"),
            ], timeout: 30)
        let elapsed = Date().timeIntervalSince(started)
        #expect(outcome.status == 1, "\(outcome.everything)")
        // The first two steps are sent once each; the two that need the job id are not sent at all.
        #expect(server.requests.count == 2, "\(server.requests)")
        #expect(elapsed < 5, "took \(elapsed) s")

        let report = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: server.path("out/report.json"))))
        let body = try #require(report["run"]?["executions"]?[0]?["response"]?["body"]?.stringValue)
        let reason = try #require(try JSONParser.parse(Data(body.utf8))["message"]?.stringValue)
        #expect(reason.count > 20)
        #expect(outcome.output.occurrences(of: reason) == 1, "\(outcome.output)")
        #expect(!outcome.output.contains("…"), "\(outcome.output)")
        let skipped = outcome.output.split(separator: "\n").filter { $0.contains("skipped: needs") }
        #expect(skipped.count == 2, "\(outcome.output)")
        #expect(skipped.allSatisfy { $0.contains("{{jobId}}") && $0.contains("Queue the ECB job") }, "\(outcome.output)")
    }

    /// Item 2: a poll whose answer is a 404 stops at the first attempt and says why; a retry that covers
    /// the status is used first.
    @Test(arguments: [(#""retry": {"count": 2, "delay": "10ms", "on": [404]},"#, 3), ("", 1)])
    func aPollStopsAtOnceOnAnAnswerThatCannotTurnIntoSuccess(retry: String, attempts: Int) throws {
        let server = try RunningEmulator()
        let flow = try server.write(
            """
            {"collection": "\(RunningEmulator.collection("alteryx-gallery.postman_collection.json"))",
             "variables": {"jobId": "0000000000000000000000aa"},
             "steps": [{"request": "Subscription/Jobs", \(retry)
                        "poll": {"until": {"json": {"$.status": "Completed"}}, "every": "100ms", "timeout": "1m"}}]}
            """, to: "missing-job.flow.json")
        let outcome = try PostieProcess.run(["run", flow, "-e", server.environmentPath], timeout: 30)
        #expect(outcome.status == 1, "\(outcome.everything)")
        #expect(server.requests.count == attempts, "\(server.requests)")
        #expect(outcome.output.contains("404 Not Found"), "\(outcome.output)")
        #expect(outcome.output.contains("poll stopped at attempt \(attempts)"), "\(outcome.output)")
    }

    /// Item 5: every shipped flow passes twice in a row into the same output directory (its saved file
    /// and reports are postie's own and are replaced).
    @Test(arguments: ["alteryx-gallery.smoke.flow.json", "alteryx-webapi.flow.json", "alteryx-gallery.questions.flow.json"])
    func theShippedFlowsPassTwiceInARow(flow: String) throws {
        let server = try RunningEmulator()
        for run in 1...2 {
            let outcome = try PostieProcess.run(
                [
                    "run", RunningEmulator.collection(flow), "-e", server.environmentPath, "--output-dir", server.path("out"),
                    "-r", "cli,json,junit",
                ], in: server.directory)
            #expect(outcome.status == 0, "run \(run): \(outcome.everything)")
        }
        #expect(FileManager.default.fileExists(atPath: server.path("out/postie-report.json")))
        #expect(FileManager.default.fileExists(atPath: server.path("out/postie-report.xml")))
    }
}
