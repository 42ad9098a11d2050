import Foundation
import GalleryEmulator
import PostieCLI
import PostieCore
import PostieJSON

/// `--parallel N` against `--parallel 1` (issue 12): a job-polling flow (queue a job, poll it every 100 ms
/// until it completes) over 64 data rows, on the emulator with 200 ms of job time and enough workers that
/// jobs do not wait for one another. The goal: 8 at a time at least 5× faster.
enum ParallelBench {
    static func run(rows: Int = 64, collections: String) {
        var configuration = GalleryEmulator.Configuration()
        configuration.port = 0
        configuration.jobTime = 0.2
        configuration.workers = 64
        let emulator = GalleryEmulator(configuration: configuration)
        do { _ = try emulator.start() } catch {
            print("parallel iterations: cannot start the emulator: \(error)")
            return
        }
        defer { emulator.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = directory.appendingPathComponent("emulator.postman_environment.json").path
        let flow = directory.appendingPathComponent("jobs.flow.json").path
        let data = directory.appendingPathComponent("rows.json").path
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try JSONWriter.prettyData(emulator.environmentFile(name: "bench")).write(to: URL(fileURLWithPath: environment))
            try Data(
                """
                {"name": "Parallel jobs", "collection": "\(collections)/alteryx-gallery.postman_collection.json",
                 "variables": {"appId": "60c2886ec05c2320e8d88fd0"},
                 "steps": [
                   {"request": "Subscription/Queue Job", "expect": {"status": 200}, "capture": {"jobId": "$.id"}},
                   {"request": "Subscription/Jobs", "poll": {"until": {"json": {"$.status": "Completed"}}, "every": "100ms"}}
                 ]}
                """.utf8
            ).write(to: URL(fileURLWithPath: flow))
            try Data(("[" + (1...rows).map { "{\"row\": \($0)}" }.joined(separator: ",") + "]").utf8)
                .write(to: URL(fileURLWithPath: data))
        } catch {
            print("parallel iterations: cannot write the inputs: \(error)")
            return
        }
        var seconds: [Int: Double] = [:]
        for parallel in [1, 8] {
            let started = Date()
            let status = Postie.main(
                arguments: ["run", flow, "-e", environment, "-d", data, "--parallel", "\(parallel)", "--silent", "--output-dir",
                            directory.appendingPathComponent("out").path],
                console: Console(output: TextBuffer(), errors: TextBuffer()))
            seconds[parallel] = Date().timeIntervalSince(started)
            if status != ExitCode.success { print("parallel iterations: --parallel \(parallel) exited \(status.rawValue)") }
        }
        let one = seconds[1] ?? 0
        let eight = seconds[8] ?? 0
        print(
            String(
                format: "parallel iterations (%d rows, queue + poll, 200 ms jobs): --parallel 1 %.2f s, --parallel 8 %.2f s: %.1f× (goal: 5×)",
                rows, one, eight, one / max(eight, 0.001)))
    }
}
