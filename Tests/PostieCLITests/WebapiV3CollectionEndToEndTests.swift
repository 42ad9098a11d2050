import Foundation
import PostieJSON
import Testing

/// `collections/alteryx-webapi-v3.postman_collection.json` run by the built binary against the emulator:
/// every request's test script passes, and a changed expectation fails by name.
@Suite("The v3 collection against the emulator, end to end")
struct WebapiV3CollectionEndToEndTests {
    static let collection = RunningEmulator.collection("alteryx-webapi-v3.postman_collection.json")

    static func report(_ path: String) throws -> JSONValue {
        try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func everyRequestsTestsPassThroughOAuth2AndChainedIds() throws {
        let server = try RunningEmulator()
        let outcome = try PostieProcess.run(
            ["run", Self.collection, "-e", server.environmentPath, "-r", "cli,json", "--reporter-json-export", server.path("report.json")])
        #expect(outcome.status == 0, "\(outcome.everything)")
        let json = try Self.report(server.path("report.json"))
        let stats = json["run"]?["stats"]
        #expect(stats?["assertions"]?["failed"] == 0)
        #expect(stats?["assertions"]?["total"] == 93)
        #expect(json["run"]?["failures"] == [])
        // Each request ran (the job poll may repeat one) and answered 200.
        let executions = json["run"]?["executions"]?.arrayValue ?? []
        #expect(Set(executions.compactMap { $0["item"]?["name"]?.stringValue }).count == 93)
        let statuses = executions.compactMap { $0["response"]?["code"]?.numberValue }
        #expect(statuses.count == executions.count && statuses.allSatisfy { $0 == 200 }, "\(statuses)")
        // The ids came from the scripts: the job downloaded is the one the collection queued, not a seeded one.
        #expect(server.requests.contains { $0.hasPrefix("POST /webapi/v3/workflows/60c2886ec05c2320e8d88fd0/jobs 200") })
        #expect(!server.requests.contains { $0.contains("61031c712c4200001d00301a") })
        #expect(server.requests.contains { $0.hasPrefix("POST /webapi/oauth2/token 200") })
        // The demo secrets stay out of the output, and the credential's password (a pre-request script's
        // local variable named credentialPassword) out of the report.
        #expect(!outcome.everything.contains("5ec75ec7"))
        let created = executions.first { $0["item"]?["name"] == "Create a credential" }
        let sent = try #require(created?["request"]?["body"]?["raw"]?.stringValue)
        #expect(sent.contains(#""password": "[redacted]""#), "\(sent)")
    }

    @Test func aChangedExpectationFailsAndTheReportNamesIt() throws {
        let server = try RunningEmulator()
        var text = try String(contentsOfFile: Self.collection, encoding: .utf8)
        let expectation = #"pm.expect(body.name).to.eql(\"Nightly rates\");"#
        #expect(text.contains(expectation))
        text = text.replacingOccurrences(of: expectation, with: #"pm.expect(body.name).to.eql(\"Hourly rates\");"#)
        let broken = try server.write(text, to: "broken.postman_collection.json")
        let outcome = try PostieProcess.run(
            ["run", broken, "-e", server.environmentPath, "-r", "cli,json", "--reporter-json-export", server.path("report.json")])
        #expect(outcome.status == 1, "\(outcome.everything)")
        let json = try Self.report(server.path("report.json"))
        #expect(json["run"]?["stats"]?["assertions"]?["failed"] == 1)
        let failures = json["run"]?["failures"]?.arrayValue ?? []
        #expect(failures.count == 1)
        let failure = JSONWriter.compact(failures.first ?? nil)
        #expect(failure.contains("Get a schedule") && failure.contains("Hourly rates"), "\(failure)")
        #expect(outcome.output.contains("Hourly rates"))
        // The requests after it still ran (a failed check does not stop the run).
        #expect(server.requests.contains { $0.hasPrefix("DELETE /webapi/v3/serverDataConnections/") })
    }
}
