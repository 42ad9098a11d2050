import Foundation
import PostieJSON
import Testing

/// `postie run A B C` (issue 12, item 4): several collections or flows in one command, one after the
/// other or `--parallel` across them, with one set of reports, from the real binary against the emulator.
@Suite("Several collections in one run, end to end")
struct MultiRunEndToEndTests {
    /// A flow that queues a job, polls it, and saves its output as `job.csv`; `check` is the status the
    /// first step expects (a wrong one makes the flow fail).
    static func jobFlow(_ server: RunningEmulator, name: String, check: Int = 200, file: String) throws -> String {
        try server.write(
            """
            {"name": "\(name)",
             "collection": "\(RunningEmulator.collection("alteryx-gallery.postman_collection.json"))",
             "variables": {"appId": "60c2886ec05c2320e8d88fd0"},
             "steps": [
               {"name": "Queue", "request": "Subscription/Queue Job", "expect": {"status": \(check)}, "capture": {"jobId": "$.id"}},
               {"name": "Poll", "request": "Subscription/Jobs",
                "poll": {"until": {"json": {"$.status": "Completed"}}, "every": "100ms", "timeout": "1m"},
                "capture": {"outputId": "$.outputs[0].id"}},
               {"name": "Download", "request": "Subscription/Output", "query": {"format": "Csv"}, "save": "job.csv"}
             ]}
            """, to: file)
    }

    static func report(_ path: String) throws -> JSONValue {
        try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func twoFlowsAndACollectionRunOneAfterTheOtherIntoOneSetOfReports() throws {
        let server = try RunningEmulator()
        let first = try Self.jobFlow(server, name: "First jobs", file: "first.flow.json")
        let second = try Self.jobFlow(server, name: "Second jobs", file: "second.flow.json")
        let collection = RunningEmulator.collection("alteryx-gallery.postman_collection.json")
        let outcome = try PostieProcess.run(
            ["run", first, second, collection, "-e", server.environmentPath, "-r", "cli,json,junit", "--output-dir", server.path("out")],
            in: server.directory, timeout: 120)
        #expect(outcome.status == 0, "\(outcome.everything.suffix(3000))")

        // The terminal: each member's own run in command-line order, then one line per member.
        let output = outcome.output
        let heads = ["postie · First jobs", "postie · Second jobs", "postie · Alteryx Gallery API"].map {
            output.range(of: $0)?.lowerBound
        }
        #expect(heads.allSatisfy { $0 != nil }, "\(output.prefix(2000))")
        if let a = heads[0], let b = heads[1], let c = heads[2] { #expect(a < b && b < c) }
        #expect(output.contains("postie ran 3 collections: all passed"), "\(output.suffix(1500))")
        #expect(output.contains("\(first) · First jobs"))
        #expect(outcome.errors.contains("wrote \(server.path("out/postie-report.json"))"))

        // One JSON report: every member's requests, each under a first folder named after its collection.
        let report = try Self.report(server.path("out/postie-report.json"))
        let executions = report["run"]?["executions"]?.arrayValue ?? []
        let firstFolders = executions.compactMap { $0["item"]?["path"]?[0]?.stringValue }
        #expect(Array(firstFolders.prefix(3)) == Array(repeating: "First jobs", count: 3))
        #expect(Array(firstFolders.dropFirst(3).prefix(3)) == Array(repeating: "Second jobs", count: 3))
        #expect(firstFolders.count == executions.count)
        #expect(firstFolders.count > 20 && firstFolders.dropFirst(6).allSatisfy { $0 == "Alteryx Gallery API (postie)" }, "\(firstFolders)")
        // Each flow polled the job it queued itself.
        let captured = executions.compactMap { $0["captures"]?[0]?["value"]?.stringValue }
        #expect(Set([captured[0], captured[2]]).count == 2, "\(captured)")
        #expect(executions[1]["request"]?["url"]?.stringValue?.contains(captured[0]) == true)
        #expect(executions[4]["request"]?["url"]?.stringValue?.contains(captured[2]) == true)

        // One JUnit report, its test cases classed under their collection.
        let junit = try String(contentsOfFile: server.path("out/postie-report.xml"), encoding: .utf8)
        #expect(junit.contains("classname=\"First jobs, Second jobs, Alteryx Gallery API (postie).First jobs."))
        #expect(junit.contains(".Second jobs."))

        // Both flows saved job.csv: each in a folder of its own, neither lost.
        for folder in ["first", "second"] {
            let saved = try String(contentsOfFile: server.path("out/\(folder)/job.csv"), encoding: .utf8)
            #expect(saved.contains("USD"), "\(folder): \(saved.prefix(200))")
        }
    }

    @Test func aFailedMemberFailsTheSetAndBailStopsTheNextOnes() throws {
        let server = try RunningEmulator()
        let passing = try Self.jobFlow(server, name: "Passing", file: "passing.flow.json")
        let failing = try Self.jobFlow(server, name: "Failing", check: 201, file: "failing.flow.json")
        let last = try Self.jobFlow(server, name: "Last", file: "last.flow.json")

        let all = try PostieProcess.run(
            ["run", failing, passing, "-e", server.environmentPath, "--output-dir", server.path("all")], in: server.directory,
            timeout: 120)
        #expect(all.status == 1, "\(all.everything.suffix(2000))")
        #expect(all.output.contains("postie ran 2 collections: 1 failed"), "\(all.output.suffix(1500))")
        #expect(all.output.contains("postie · Passing"))

        let queuedBefore = server.requests.filter { $0.contains("/jobs/") && $0.hasPrefix("POST") }.count
        let bailed = try PostieProcess.run(
            ["run", passing, failing, last, "-e", server.environmentPath, "--bail", "--output-dir", server.path("bail")],
            in: server.directory, timeout: 120)
        #expect(bailed.status == 1)
        #expect(bailed.output.contains("postie ran 2 collections of 3: 1 failed"), "\(bailed.output.suffix(1500))")
        #expect(bailed.output.contains("not run: an earlier one stopped the set (--bail)"))
        #expect(!bailed.output.contains("postie · Last"))
        // The first two each queued one job; the last queued none.
        let queued = server.requests.filter { $0.contains("/jobs/") && $0.hasPrefix("POST") }.count - queuedBefore
        #expect(queued == 2, "\(server.requests.suffix(20))")
    }

    @Test func parallelMembersRunSideBySideAndShowInCommandLineOrder() throws {
        let server = try RunningEmulator {
            $0.jobTime = 0.2
            $0.workers = 8
        }
        // The first member polls a job; the second sends two quick requests and finishes long before it.
        let slow = try Self.jobFlow(server, name: "Slow jobs", file: "slow.flow.json")
        let quick = try server.write(
            """
            {"name": "Quick look", "collection": "\(RunningEmulator.collection("alteryx-gallery.postman_collection.json"))",
             "steps": [{"request": "Subscription/Subscription", "expect": {"status": 200}},
                       {"request": "Subscription/Subscription", "expect": {"status": 200}}]}
            """, to: "quick.flow.json")
        let outcome = try PostieProcess.run(
            ["run", slow, quick, slow, "-e", server.environmentPath, "--parallel", "3", "-r", "cli,json", "--output-dir", server.path("out")],
            in: server.directory, timeout: 120)
        #expect(outcome.status == 0, "\(outcome.everything.suffix(2000))")
        let output = outcome.output
        // Whole blocks, in command-line order, although the quick one finished first.
        let starts = output.components(separatedBy: "\n").enumerated().filter { $0.element.hasPrefix("postie · ") }.map(\.element)
        #expect(starts.map { $0.components(separatedBy: " · ")[1] } == ["Slow jobs", "Quick look", "Slow jobs"], "\(starts)")
        let quickBlock = output.range(of: "postie · Quick look").map { String(output[$0.lowerBound...]) } ?? ""
        let quickEnd = quickBlock.range(of: "all passed").map { String(quickBlock[..<$0.lowerBound]) } ?? quickBlock
        #expect(!quickEnd.contains("Slow jobs"), "the quick member's block is whole: \(quickEnd.prefix(1500))")
        // The two runs of the same flow kept their own jobs and saved into folders of their own.
        let executions = (try Self.report(server.path("out/postie-report.json")))["run"]?["executions"]?.arrayValue ?? []
        #expect(executions.count == 8)
        let jobs = [executions[0], executions[5]].compactMap { $0["captures"]?[0]?["value"]?.stringValue }
        #expect(Set(jobs).count == 2, "\(jobs)")
        #expect(executions.compactMap { $0["item"]?["path"]?[0]?.stringValue }.filter { $0 == "Slow jobs (2)" }.count == 3)
        #expect(FileManager.default.fileExists(atPath: server.path("out/slow/job.csv")))
        #expect(FileManager.default.fileExists(atPath: server.path("out/slow-2/job.csv")))
    }

    @Test func aBadMemberStopsTheSetBeforeAnythingIsSent() throws {
        let server = try RunningEmulator()
        let good = try Self.jobFlow(server, name: "Good", file: "good.flow.json")
        let broken = try server.write("{\"info\": {\"name\": \"broken\"}, \"item\": [\n  {\"name\": \"x\",, }]}", to: "broken.json")
        let outcome = try PostieProcess.run(["run", good, broken, "-e", server.environmentPath], in: server.directory, timeout: 60)
        #expect(outcome.status == 65, "\(outcome.everything)")
        #expect(outcome.errors.contains("broken.json:2:"), "\(outcome.errors)")
        #expect(server.requests.isEmpty, "\(server.requests)")

        let missing = try PostieProcess.run(["run", good, server.path("nowhere.json")], in: server.directory, timeout: 60)
        #expect(missing.status == 64, "\(missing.everything)")
        #expect(server.requests.isEmpty)
    }

    @Test func optionsOfOneCollectionAreRefusedForASet() throws {
        let server = try RunningEmulator()
        let good = try Self.jobFlow(server, name: "Good", file: "good.flow.json")
        for option in [["--export-environment", server.path("env.json")], ["--shard", "1/2"], ["--flow", good]] {
            let outcome = try PostieProcess.run(["run", good, good] + option, in: server.directory, timeout: 60)
            #expect(outcome.status == 64, "\(option): \(outcome.everything)")
            #expect(outcome.errors.contains("\(option[0])") && outcome.errors.contains("run that one alone"), "\(outcome.errors)")
        }
        #expect(server.requests.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: server.path("env.json")))
    }
}
