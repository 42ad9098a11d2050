import Foundation
import PostieJSON
import Testing

/// Flows and the demo, run by the built binary against the embedded Gallery emulator on port 0.
@Suite("Flows against the emulator, end to end")
struct FlowEndToEndTests {
    static func report(_ path: String) throws -> JSONValue {
        try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test(arguments: [
        ("alteryx-gallery.smoke.flow.json", "ecb-rates.csv", "USD"),
        ("alteryx-webapi.flow.json", "webapi-ecb-rates.csv", "CHF"),
        ("alteryx-gallery.questions.flow.json", "converted-amounts.csv", "CHF,1.0744,250.00,268.60"),
    ])
    func theProjectFlowsPass(flow: String, saved: String, content: String) throws {
        let server = try RunningEmulator()
        let outcome = try PostieProcess.run(
            [
                "run", RunningEmulator.collection(flow), "-e", server.environmentPath, "--output-dir", server.path("out"),
                "-r", "cli,json", "--reporter-json-export", server.path("report.json"),
            ])
        #expect(outcome.status == 0, "\(outcome.everything)")
        let file = try String(contentsOfFile: server.path("out/\(saved)"), encoding: .utf8)
        #expect(file.contains(content))
        let json = try Self.report(server.path("report.json"))
        #expect(json["run"]?["stats"]?["assertions"]?["failed"] == 0)
        #expect((json["run"]?["stats"]?["assertions"]?["total"]?.numberValue ?? 0) >= 10)
        #expect(!outcome.everything.contains("5ec75ec7"))  // the demo secrets stay out of the output
    }

    /// The /webapi collection's own scripts: tests on every request, `appId` and `jobId` set by
    /// scripts for the requests after them, and "Job" polling itself with setNextRequest.
    @Test func theScriptedCollectionChainsAndPollsThroughItsScripts() throws {
        let server = try RunningEmulator { $0.jobTime = 1 }
        let outcome = try PostieProcess.run(
            [
                "run", RunningEmulator.collection("alteryx-webapi.postman_collection.json"), "-e", server.environmentPath,
                "--output-dir", server.path("out"), "-r", "cli,json", "--reporter-json-export", server.path("report.json"),
            ])
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(outcome.output.contains("✓ the job completes with an output"))
        let json = try Self.report(server.path("report.json"))
        #expect(json["run"]?["stats"]?["assertions"]?["total"] == 10)
        #expect(json["run"]?["stats"]?["assertions"]?["failed"] == 0)
        let names = (json["run"]?["executions"]?.arrayValue ?? []).compactMap { $0["item"]?["name"]?.stringValue }
        #expect(names.filter { $0 == "Job" }.count >= 2, "the job was polled: \(names)")
        // The job the script captured is the one polled and downloaded, not the collection's placeholder.
        let queued = server.requests.first { $0.hasPrefix("POST /webapi/v3/workflows/") }
        #expect(queued != nil)
        #expect(!server.requests.contains { $0.contains("61031c712c4200001d00301a") }, "\(server.requests)")
        #expect(!outcome.everything.contains("5ec75ec7"))
    }

    @Test func aJobThatEndsInErrorFailsTheFlowWithTheJobsMessages() throws {
        let server = try RunningEmulator()
        let flow = try server.write(
            """
            {"name": "Failing job", "collection": "\(RunningEmulator.collection("alteryx-gallery.postman_collection.json"))",
             "variables": {"appId": "60c28893c05c2320e8d88fd2"},
             "steps": [
               {"request": "Subscription/Queue Job", "capture": {"jobId": "$.id"}},
               {"request": "Subscription/Jobs", "poll": {"until": {"json": {"$.status": "Completed"}}, "every": "100ms", "timeout": "30s"},
                "expect": {"json": {"$.disposition": "Success"}}}
             ]}
            """, to: "failing.flow.json")
        let outcome = try PostieProcess.run(["run", flow, "-e", server.environmentPath, "-r", "cli,json", "--reporter-json-export", server.path("r.json")])
        #expect(outcome.status == 1, "\(outcome.everything)")
        #expect(outcome.output.contains(#"$.disposition eq "Success""#))
        #expect(outcome.output.contains(#"got "Error""#))
        let json = try Self.report(server.path("r.json"))
        let body = json["run"]?["executions"]?[1]?["response"]?["body"]?.stringValue ?? ""
        #expect(body.contains("records failed the test"))
        let failures = json["run"]?["failures"]?.arrayValue ?? []
        #expect(failures.count == 1)
    }

    @Test func aPollThatTimesOutGivesTheLastValueSeen() throws {
        let server = try RunningEmulator { $0.jobTime = 60 }
        let flow = try server.write(
            """
            {"collection": "\(RunningEmulator.collection("alteryx-gallery.postman_collection.json"))",
             "steps": [
               {"request": "Subscription/Queue Job", "capture": {"jobId": "$.id"}},
               {"request": "Subscription/Jobs", "poll": {"until": {"json": {"$.status": "Completed"}}, "every": "100ms", "timeout": "600ms"}}
             ]}
            """, to: "slow.flow.json")
        let outcome = try PostieProcess.run(["run", flow, "-e", server.environmentPath])
        #expect(outcome.status == 1, "\(outcome.everything)")
        #expect(outcome.output.contains(#"$.status still "Running" after "#))
        #expect(outcome.output.contains(" attempts"))
    }

    @Test func aSaveThatWouldEscapeTheOutputDirectoryIsRefusedBeforeAnythingRuns() throws {
        let server = try RunningEmulator()
        let flow = try server.write(
            """
            {"collection": "\(RunningEmulator.collection("alteryx-gallery.postman_collection.json"))",
             "steps": [{"request": "Subscription/Output", "query": {"format": "Csv"},
                        "save": "../escaped.csv"}]}
            """, to: "escape.flow.json")
        let outcome = try PostieProcess.run(["run", flow, "-e", server.environmentPath, "--output-dir", server.path("out")])
        #expect(outcome.status == 65, "\(outcome.everything)")
        #expect(outcome.errors.contains("escape.flow.json:3:"))
        #expect(outcome.errors.contains("'..' would leave the output directory"))
        #expect(!FileManager.default.fileExists(atPath: server.path("escaped.csv")))
    }

    @Test func retriesCarryAFlowThroughServerErrorsAndTheReportsShowThem() throws {
        let server = try RunningEmulator {
            $0.errorRate = 0.4
            $0.seed = 7
        }
        let flow = try server.write(
            """
            {"collection": "\(RunningEmulator.collection("alteryx-gallery.postman_collection.json"))",
             "steps": [
               {"request": "Subscription/Subscription", "retry": {"count": 8, "delay": "10ms"}, "expect": {"status": 200}},
               {"request": "Subscription/Queue Job", "retry": {"count": 8, "delay": "10ms"}, "expect": {"status": 200}, "capture": {"jobId": "$.id"}},
               {"request": "Subscription/Jobs", "retry": {"count": 8, "delay": "10ms"},
                "poll": {"until": {"json": {"$.status": "Completed"}}, "every": "100ms", "timeout": "30s"}},
               {"request": "User V2/Credentials", "retry": {"count": 8, "delay": "10ms"}, "expect": {"status": 200}}
             ]}
            """, to: "retry.flow.json")
        let outcome = try PostieProcess.run(["run", flow, "-e", server.environmentPath, "-r", "cli,json", "--reporter-json-export", server.path("r.json")])
        #expect(outcome.status == 0, "\(outcome.everything)")
        let executions = try Self.report(server.path("r.json"))["run"]?["executions"]?.arrayValue ?? []
        let notes = executions.flatMap { $0["attempts"]?.arrayValue ?? [] }.compactMap { $0["note"]?.stringValue }
        #expect(notes.contains { $0.hasPrefix("retry 1/8 in 10ms after status 503") })
        #expect(outcome.output.contains("after status 503"))
    }

    @Test func theDemoRunsFromAFreshDirectoryAndWritesItsReports() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-demo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let collections = PostieProcess.packageRoot.appendingPathComponent("collections").path
        for _ in 0..<2 {  // twice: the demo replaces its own files
            let outcome = try PostieProcess.run(["demo", "--collections", collections, "--job-time", "200ms"], in: directory)
            #expect(outcome.status == 0, "\(outcome.everything)")
            #expect(outcome.output.contains("postie run "))
            // The story twice: the legacy API, then /webapi with OAuth 2 and v3 statuses.
            let legacy = try #require(outcome.output.range(of: "1/2  The legacy Gallery API"))
            let webapi = try #require(outcome.output.range(of: "2/2  The same on /webapi"))
            #expect(legacy.upperBound < webapi.lowerBound)
            #expect(outcome.output[webapi.upperBound...].contains("✓ poll until $.status eq \"Complete\""))
            #expect(outcome.output.contains("collections/alteryx-webapi.flow.json -e my-server"))
        }
        for file in ["demo-report.json", "demo-report.xml", "demo-report.txt", "ecb-rates.csv", "demo-webapi-report.json", "webapi-ecb-rates.csv"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("postie-output/\(file)").path), "\(file)")
        }
        let csv = try String(contentsOf: directory.appendingPathComponent("postie-output/ecb-rates.csv"), encoding: .utf8)
        #expect(csv.split(whereSeparator: \.isNewline).count == 33)  // a header and the 32 reference rates
        let webapiCSV = try String(contentsOf: directory.appendingPathComponent("postie-output/webapi-ecb-rates.csv"), encoding: .utf8)
        #expect(webapiCSV == csv)  // the same workflow's output through either API
        let webapiReport = try Self.report(directory.appendingPathComponent("postie-output/demo-webapi-report.json").path)
        #expect(webapiReport["run"]?["stats"]?["assertions"]?["failed"] == 0)
        let everything = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("postie-output").path)
            .map { try String(contentsOfFile: directory.appendingPathComponent("postie-output/\($0)").path, encoding: .utf8) }
            .joined()
        #expect(!everything.contains("5ec75ec7"))
    }

    @Test func validateChecksFlowsWithoutSendingAnything() throws {
        let server = try RunningEmulator()
        let ok = try PostieProcess.run(["validate", RunningEmulator.collection("alteryx-gallery.smoke.flow.json"), "-e", server.environmentPath])
        #expect(ok.status == 0, "\(ok.everything)")
        #expect(ok.output.contains(#"ok, flow "Gallery smoke test": 4 steps"#))
        let unknown = try server.write(
            """
            {"collection": "\(RunningEmulator.collection("alteryx-gallery.postman_collection.json"))",
             "steps": [{"request": "Subscription/Queue Jobs", "expect": {"status": 200}},
                       {"request": "Subscription/Jobs", "expect": {"json": {"$.status": "{{nothing}}"}}}]}
            """, to: "unknown.flow.json")
        let refused = try PostieProcess.run(["validate", unknown, "-e", server.environmentPath])
        #expect(refused.status == 65)
        #expect(refused.errors.contains(#"no request "Subscription/Queue Jobs" in the collection; closest: "Subscription/Queue Job""#))
        let syntax = try server.write("{\"steps\": [\n  {\"request\": \"a\",, }\n]}", to: "syntax.flow.json")
        let broken = try PostieProcess.run(["validate", syntax])
        #expect(broken.status == 65)
        #expect(broken.errors.contains("syntax.flow.json:2:19:"))
        let undefined = try server.write(
            """
            {"collection": "\(RunningEmulator.collection("alteryx-gallery.postman_collection.json"))",
             "steps": [{"request": "Subscription/Jobs", "variables": {"jobId": "{{neverCaptured}}"}}]}
            """, to: "undefined.flow.json")
        let warned = try PostieProcess.run(["validate", undefined, "-e", server.environmentPath])
        #expect(warned.status == 0)
        #expect(
            warned.errors.contains(
                "warning: {{neverCaptured}} is defined nowhere and captured by no earlier step (used in the path variable jobId of Subscription › Jobs)"),
            "\(warned.errors)")
        let strict = try PostieProcess.run(["validate", undefined, "-e", server.environmentPath, "--strict"])
        #expect(strict.status == 65)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: publicCollection), "../shared/fixtures is absent beside this checkout"))
    func thePublicCollectionRunsUnchangedAgainstTheEmulator() throws {
        let server = try RunningEmulator()
        let outcome = try PostieProcess.run(
            ["run", Self.publicCollection, "-e", server.environmentPath, "-r", "json", "--reporter-json-export", server.path("r.json")])
        // Admin V1 › Package asks for `admin/v1//package/` (its appId path variable is empty in the public
        // collection), which the emulator answers 404, as a server would. Nothing checks that answer, so it
        // fails the run, unless --allow-http-errors (Newman's behaviour).
        #expect(outcome.status == 1, "\(outcome.everything)")
        let report = try Self.report(server.path("r.json"))
        let executions = report["run"]?["executions"]?.arrayValue ?? []
        #expect(executions.count == 30)
        let codes = executions.map { ($0["item"]?["name"]?.stringValue ?? "", $0["response"]?["code"]?.numberValue ?? 0) }
        // Every request is signed and accepted.
        #expect(codes.filter { (200..<300).contains(Int($0.1)) }.count == 29, "\(codes)")
        #expect(codes.first { $0.1 == 404 }?.0 == "Package")
        let failures = report["run"]?["failures"]?.arrayValue ?? []
        #expect(failures.count == 1)
        #expect(failures.first?["error"]?["name"] == "HTTPError")
        #expect(failures.first?["source"]?["name"] == "Package")

        let allowed = try PostieProcess.run(["run", Self.publicCollection, "-e", server.environmentPath, "--allow-http-errors"])
        #expect(allowed.status == 0, "\(allowed.everything)")
    }

    static let publicCollection = PostieProcess.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/fixtures/alteryx-api-postman/Alteryx Server API.postman_collection.json").path
}
