import Foundation
import PostieJSON
import Testing

/// `postie run --shard I/N` and `postie merge-reports` (issue 12, item 3), from the real binary against a
/// loopback server: every split runs every item exactly once, and the merged report is the whole run's.
@Suite("Sharding, end to end")
struct ShardingEndToEndTests {
    /// Three top-level folders (one nested), a request outside any folder; a failing check in one request.
    static func collection(_ server: CountingServer) throws -> String {
        func request(_ name: String, failing: Bool = false) -> String {
            let failure = failing ? #", "pm.test('one is two', () => pm.expect(1).to.equal(2));""# : ""
            return """
                {"name": "\(name)", "event": [{"listen": "test", "script": {"exec": [
                   "pm.test('status 200', () => pm.response.to.have.status(200));"\(failure)]}}],
                 "request": {"method": "GET", "url": "\(server.base)/\(name)/{{row}}"}}
                """
        }
        return try server.write(
            """
            {"info": {"name": "Sharded", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [
               {"name": "Alpha", "item": [\(request("a1")), \(request("a2", failing: true))]},
               {"name": "Beta", "item": [\(request("b1")), {"name": "Deep", "item": [\(request("b2"))]}]},
               \(request("t1")),
               {"name": "Gamma", "item": [\(request("g1"))]}
             ]}
            """, to: "sharded.postman_collection.json")
    }

    static func rows(_ server: CountingServer) throws -> String {
        try server.write(#"[{"row": 1}, {"row": 2}, {"row": 3}]"#, to: "rows.json")
    }

    static func report(_ path: String) throws -> JSONValue {
        try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// What a report ran, in order: iteration, item path, and each check with whether it passed.
    static func ran(_ report: JSONValue) -> [String] {
        (report["run"]?["executions"]?.arrayValue ?? []).map { execution in
            let iteration = Int(execution["cursor"]?["iteration"]?.numberValue ?? -1)
            let path = (execution["item"]?["path"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: "/")
            let checks = (execution["assertions"]?.arrayValue ?? []).map { assertion in
                (assertion["assertion"]?.stringValue ?? "") + ((assertion["error"].map { $0 != .null } ?? false) ? " ✗" : " ✓")
            }
            return "\(iteration) \(path): \(checks.joined(separator: ", "))"
        }
    }

    static func stats(_ report: JSONValue) -> [String: [Double]] {
        var stats: [String: [Double]] = [:]
        for (name, stat) in report["run"]?["stats"]?.objectValue?.members ?? [] {
            stats[name] = ["total", "failed", "pending"].map { stat[$0]?.numberValue ?? -1 }
        }
        return stats
    }

    @Test(arguments: ["iteration", "folder", "request"])
    func theShardsTogetherRunEverythingOnceAndMergeIntoTheWholeRun(by: String) throws {
        let server = try CountingServer()
        let collection = try Self.collection(server)
        let data = try Self.rows(server)
        let whole = try PostieProcess.run(
            ["run", collection, "-d", data, "-r", "json", "--reporter-json-export", server.path("whole.json")],
            in: server.directory)
        #expect(whole.status == 1, "\(whole.everything)")
        let wholeReport = try Self.report(server.path("whole.json"))
        let wholeRan = Self.ran(wholeReport)
        #expect(wholeRan.count == 18)

        for count in 1...5 {
            var shards: [String] = []
            var ranByShards: [String] = []
            for index in 1...count {
                let path = server.path("\(by)-\(count)-\(index).json")
                let outcome = try PostieProcess.run(
                    [
                        "run", collection, "-d", data, "--shard", "\(index)/\(count)", "--shard-by", by, "-r", "json",
                        "--reporter-json-export", path, "--output-dir", server.path("out-\(by)-\(count)-\(index)"),
                    ], in: server.directory)
                #expect([0, 1].contains(outcome.status), "\(outcome.everything)")
                let report = try Self.report(path)
                #expect(report["run"]?["shard"]?["index"]?.numberValue == Double(index))
                #expect(report["run"]?["shard"]?["count"]?.numberValue == Double(count))
                ranByShards += Self.ran(report)
                shards.append(path)
            }
            // Every item of every iteration exactly once.
            #expect(ranByShards.sorted() == wholeRan.sorted(), "\(by) \(count) shards")

            let merged = try PostieProcess.run(
                ["merge-reports"] + shards + ["-r", "json,junit,html", "--output-dir", server.path("merged-\(by)-\(count)")],
                in: server.directory)
            #expect(merged.status == 1, "the merged run failed as the whole did: \(merged.everything)")
            let mergedReport = try Self.report(server.path("merged-\(by)-\(count)/postie-report.json"))
            #expect(Self.ran(mergedReport) == wholeRan, "\(by) \(count) shards merged")
            #expect(Self.stats(mergedReport) == Self.stats(wholeReport), "\(by) \(count) shards merged")
            #expect(mergedReport["run"]?["failures"]?.arrayValue?.count == wholeReport["run"]?["failures"]?.arrayValue?.count)
            #expect(mergedReport["run"]?["shard"] == nil)
            let junit = try String(contentsOfFile: server.path("merged-\(by)-\(count)/postie-report.xml"), encoding: .utf8)
            #expect(junit.contains("tests=\"21\" failures=\"3\""), "\(junit.prefix(300))")
            let html = try String(contentsOfFile: server.path("merged-\(by)-\(count)/postie-report.html"), encoding: .utf8)
            let page = HTMLChecker(html)
            #expect(page.problems.isEmpty, "\(page.problems.prefix(5))")
            #expect(page.ids.filter { $0.hasPrefix("r-") }.count == 18)
        }
    }

    @Test func timingsOfAnEarlierRunBalanceTheShards() throws {
        let server = try CountingServer()
        let collection = try Self.collection(server)
        // An earlier run where a1 took far longer than everything else.
        let earlier = try server.write(
            """
            {"run": {"executions": [
              {"item": {"path": ["Alpha", "a1"]}, "cursor": {"iteration": 0}, "response": {"responseTime": 9000}},
              {"item": {"path": ["Alpha", "a2"]}, "attempts": [{"responseTime": 5}, {"responseTime": 5}]},
              {"item": {"path": ["Beta", "b1"]}, "response": {"responseTime": 10}},
              {"item": {"path": ["Beta", "Deep", "b2"]}, "response": {"responseTime": 10}},
              {"item": {"path": ["t1"]}, "response": {"responseTime": 10}},
              {"item": {"path": ["Gamma", "g1"]}, "response": {"responseTime": 10}}]}}
            """, to: "earlier.json")
        var firsts: [[String]] = []
        for index in 1...2 {
            let path = server.path("t\(index).json")
            let outcome = try PostieProcess.run(
                [
                    "run", collection, "--env-var", "row=1", "--shard", "\(index)/2", "--shard-by", "request", "--shard-timings",
                    earlier, "-r", "json", "--reporter-json-export", path,
                ], in: server.directory)
            #expect([0, 1].contains(outcome.status), "\(outcome.everything)")
            firsts.append((try Self.report(path)["run"]?["shard"]?["units"]?.arrayValue ?? []).compactMap(\.stringValue))
        }
        // a1 alone weighs more than the rest together: it has a shard to itself.
        #expect(firsts[0] == ["request:Alpha/a1"], "\(firsts)")
        #expect(firsts[1].count == 5, "\(firsts)")
    }

    @Test func mergeRefusesAShardMissingOrDoubledAndShardsOfAnotherSplit() throws {
        let server = try CountingServer()
        let collection = try Self.collection(server)
        let data = try Self.rows(server)
        func shard(_ spec: String, by: String = "folder") throws -> String {
            let path = server.path("\(by)-\(spec.replacingOccurrences(of: "/", with: "of")).json")
            _ = try PostieProcess.run(
                ["run", collection, "-d", data, "--shard", spec, "--shard-by", by, "-r", "json", "--reporter-json-export", path],
                in: server.directory)
            return path
        }
        let (one, two, three) = (try shard("1/3"), try shard("2/3"), try shard("3/3"))
        for (inputs, message) in [
            ([one, three], "shard 2/3 missing"),
            ([one, two, two, three], "shard 2/3 given twice"),
            ([one, two, try shard("3/3", by: "request")], "belongs to another split"),
        ] {
            let outcome = try PostieProcess.run(["merge-reports"] + inputs + ["--output-dir", server.path("m")], in: server.directory)
            #expect(outcome.status == 65, "\(outcome.everything)")
            #expect(outcome.errors.contains(message), "\(outcome.errors)")
            #expect(!FileManager.default.fileExists(atPath: server.path("m/postie-report.html")))
        }
        let whole = server.path("whole.json")
        _ = try PostieProcess.run(["run", collection, "-d", data, "-r", "json", "--reporter-json-export", whole], in: server.directory)
        let notShard = try PostieProcess.run(["merge-reports", whole, one], in: server.directory)
        #expect(notShard.status == 65)
        #expect(notShard.errors.contains("not of a shard"), "\(notShard.errors)")

        let badSpec = try PostieProcess.run(["run", collection, "--shard", "4/3"], in: server.directory)
        #expect(badSpec.status == 64)
        #expect(badSpec.errors.contains("--shard takes I/N"), "\(badSpec.errors)")
    }
}
