import Foundation
import PostieJSON
import Testing

/// `postie run --parallel N` (issue 12, item 4), from the real binary against the emulator.
@Suite("Parallel iterations, end to end")
struct ParallelEndToEndTests {
    /// Queue a job, poll it until it completes, check it is the job this iteration queued.
    static func flow(_ server: RunningEmulator) throws -> String {
        try server.write(
            """
            {"name": "Parallel jobs",
             "collection": "\(RunningEmulator.collection("alteryx-gallery.postman_collection.json"))",
             "variables": {"appId": "60c2886ec05c2320e8d88fd0"},
             "steps": [
               {"name": "Queue", "request": "Subscription/Queue Job", "expect": {"status": 200}, "capture": {"jobId": "$.id"}},
               {"name": "Poll", "request": "Subscription/Jobs",
                "poll": {"until": {"json": {"$.status": "Completed"}}, "every": "100ms", "timeout": "1m"},
                "capture": {"seen": "$.id"}}
             ]}
            """, to: "parallel.flow.json")
    }

    static func rows(_ count: Int, _ server: RunningEmulator) throws -> String {
        try server.write("[" + (1...count).map { "{\"row\": \($0)}" }.joined(separator: ",") + "]", to: "rows-\(count).json")
    }

    @Test func eightAtATimeEveryIterationKeepsItsOwnCapturesAndTheReportKeepsItsOrder() throws {
        let server = try RunningEmulator {
            $0.jobTime = 0.2
            $0.workers = 16
        }
        let started = Date()
        let outcome = try PostieProcess.run(
            [
                "run", try Self.flow(server), "-e", server.environmentPath, "-d", try Self.rows(64, server), "--parallel", "8",
                "-r", "cli,json", "--output-dir", server.path("out"),
            ], in: server.directory, timeout: 120)
        let elapsed = Date().timeIntervalSince(started)
        #expect(outcome.status == 0, "\(outcome.everything.suffix(2000))")
        let report = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: server.path("out/postie-report.json"))))
        let executions = report["run"]?["executions"]?.arrayValue ?? []
        #expect(executions.count == 128)
        #expect(executions.map { Int($0["cursor"]?["iteration"]?.numberValue ?? -1) } == (0..<64).flatMap { [$0, $0] })
        // Each iteration polled the job it queued, and saw nothing of another's.
        var jobs: Set<String> = []
        for pair in stride(from: 0, to: executions.count, by: 2) {
            let queued = executions[pair]["captures"]?[0]?["value"]?.stringValue ?? "?"
            let seen = executions[pair + 1]["captures"]?[0]?["value"]?.stringValue ?? "!"
            #expect(queued == seen, "iteration \(pair / 2)")
            #expect(executions[pair + 1]["request"]?["url"]?.stringValue?.contains(queued) == true)
            jobs.insert(queued)
        }
        #expect(jobs.count == 64)
        // The terminal shows the iterations in order.
        let headers = outcome.output.split(separator: "\n").filter { $0.contains("Iteration") || $0.contains("iteration ") }
        #expect(headers.count >= 64, "\(outcome.output.prefix(1000))")
        print("postie --parallel 8: 64 iterations in \(String(format: "%.1f", elapsed)) s")
    }

    /// The speed-up itself is measured in `postie-bench --parallel-only`, never asserted here (the
    /// machines are shared: a loose bound on it failed once at load average 13).
    @Test func aPollingWorkloadRunsOneAndEightAtATime() throws {
        let server = try RunningEmulator {
            $0.jobTime = 0.2
            $0.workers = 16
        }
        let flow = try Self.flow(server)
        let rows = try Self.rows(16, server)
        var seconds: [Int: Double] = [:]
        for parallel in [1, 8] {
            let started = Date()
            let outcome = try PostieProcess.run(
                ["run", flow, "-e", server.environmentPath, "-d", rows, "--parallel", "\(parallel)", "--silent"],
                in: server.directory, timeout: 120)
            seconds[parallel] = Date().timeIntervalSince(started)
            #expect(outcome.status == 0, "\(outcome.everything.suffix(1000))")
        }
        let speedUp = (seconds[1] ?? 0) / max(0.001, seconds[8] ?? 1)
        print("postie --parallel: 16 iterations, 1 at a time \(String(format: "%.2f", seconds[1] ?? 0)) s, 8 at a time \(String(format: "%.2f", seconds[8] ?? 0)) s (\(String(format: "%.1f", speedUp))×)")
    }
}
