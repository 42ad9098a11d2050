import Foundation
import PostieHTTPServer

/// The honest comparison: the release `postie run` process (start, parse, preflight, run, reports) against
/// `curl` fetching as many URLs in one process, in interleaved rounds, against a server in a process of its
/// own (`postie-bench --serve`). CPU is user + system time from `wait4`, beside wall time; memory is the
/// child's peak resident size (`ru_maxrss`).
enum ProcessBench {
    /// The figures of one child process.
    struct Measurement {
        var status: Int32
        var wall: Double
        /// User + system seconds.
        var cpu: Double
        var peakKiB: Int
    }

    static func run(postie: String, curl: String?, requests: Int, rounds: Int, memoryCounts: [Int]) {
        guard let server = ServerChild.start() else {
            print("process bench: the server child did not start; skipped")
            return
        }
        defer { server.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-bench-process-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let small = "http://127.0.0.1:\(server.port)/small"
        let output = directory.appendingPathComponent("out").path

        let many = directory.appendingPathComponent("many.json").path
        let one = directory.appendingPathComponent("one.json").path
        writeCollection(to: many, urls: Array(repeating: small, count: requests))
        writeCollection(to: one, urls: [small])
        let curlConfig = directory.appendingPathComponent("curl.txt").path
        try? Data(String(repeating: "url = \"\(small)\"\noutput = \"/dev/null\"\n", count: requests).utf8)
            .write(to: URL(fileURLWithPath: curlConfig))

        print("postie run as a process against curl (\(requests) requests, \(rounds) interleaved rounds, server in its own process):")
        let base = ["--silent", "--output-dir", output]
        var figures: [String: [Measurement]] = [:]
        let cases: [(name: String, executable: String, arguments: [String])] =
            [
                ("postie, \(requests) items", postie, ["run", many] + base),
                ("postie -n \(requests)", postie, ["run", one, "-n", String(requests)] + base),
                ("postie -n \(requests) -r json", postie,
                    ["run", one, "-n", String(requests), "-r", "json", "--reporter-json-export", "\(output)/r.json"] + base),
                ("postie -n \(requests) -r junit", postie,
                    ["run", one, "-n", String(requests), "-r", "junit", "--reporter-junit-export", "\(output)/r.xml"] + base),
            ] + (curl.map { [("curl, \(requests) URLs", $0, ["-s", "-K", curlConfig])] } ?? [])
        for round in 0..<rounds {
            // Interleaved, and each round in a different order, so that drift on a shared machine spreads evenly.
            let order = round % 2 == 0 ? Array(cases.indices) : cases.indices.reversed()
            for index in order {
                let entry = cases[index]
                guard let measured = spawn(entry.executable, entry.arguments), measured.status == 0 else {
                    print("  \(entry.name): failed; skipped")
                    continue
                }
                figures[entry.name, default: []].append(measured)
            }
        }
        func perRequest(_ name: String) -> (cpu: Double, wall: Double)? {
            guard let runs = figures[name], !runs.isEmpty else { return nil }
            return (Bench.median(runs.map(\.cpu)) / Double(requests), Bench.median(runs.map(\.wall)) / Double(requests))
        }
        for entry in cases {
            guard let figure = perRequest(entry.name) else { continue }
            print(String(format: "  %-34@ CPU %7.1f µs/request · wall %7.1f µs/request", entry.name as NSString,
                figure.cpu * 1e6, figure.wall * 1e6))
        }
        if let curl = curl.flatMap({ _ in perRequest("curl, \(requests) URLs") }) {
            if let many = perRequest("postie, \(requests) items") {
                print(String(format: "  CPU, many items / curl: %.2f× (goal: ≤ 1.1×)", many.cpu / curl.cpu))
            }
            if let iterations = perRequest("postie -n \(requests)") {
                print(String(format: "  CPU, -n / curl: %.2f× (goal: ≤ 1.0×)", iterations.cpu / curl.cpu))
            }
        } else {
            print("  curl: not installed; no ratio")
        }
        if let none = perRequest("postie -n \(requests)") {
            for reporter in ["json", "junit"] {
                guard let with = perRequest("postie -n \(requests) -r \(reporter)") else { continue }
                print(String(format: "  -r %@ costs %.1f µs of CPU per request (goal: ≤ 20 µs)", reporter, (with.cpu - none.cpu) * 1e6))
            }
        }

        // Linux carries the peak of the address space a vfork'd child is exec'd from into its ru_maxrss:
        // a figure here is at least this process's own peak, which is printed beside them.
        print(String(format: "peak memory of postie run (ru_maxrss; postie-bench itself: %.1f MiB), -n N against the same server:",
            Bench.peakMegabytes()))
        for reporters in [[], ["json", "junit"]] {
            var peaks: [(Int, Int)] = []
            for count in memoryCounts {
                var arguments = ["run", one, "-n", String(count)] + base
                if !reporters.isEmpty {
                    arguments += ["-r", reporters.joined(separator: ","), "--reporter-json-export", "\(output)/m.json",
                        "--reporter-junit-export", "\(output)/m.xml"]
                }
                guard let measured = spawn(postie, arguments), measured.status == 0 else { continue }
                peaks.append((count, measured.peakKiB))
            }
            let label = reporters.isEmpty ? "no reports" : "-r " + reporters.joined(separator: ",")
            let text = peaks.map { String(format: "%d: %.1f MiB", $0.0, Double($0.1) / 1024) }.joined(separator: " · ")
            var line = "  \(label): \(text)"
            if let first = peaks.first, let last = peaks.last, peaks.count > 1 {
                line += String(format: " · %d/%d: %.2f× (goal: ≤ 1.1×)", last.0, first.0, Double(last.1) / Double(first.1))
            }
            print(line)
        }
        let big = directory.appendingPathComponent("big.json").path
        writeCollection(to: big, urls: ["http://127.0.0.1:\(server.port)/big"])
        if let measured = spawn(postie, ["run", big, "-n", "300"] + base), measured.status == 0 {
            print(String(format: "  300 responses of 1 MiB: %.1f MiB (goal: under 40 MiB)", Double(measured.peakKiB) / 1024))
        }
        if let measured = spawn(postie, ["run", big, "-n", "300", "-r", "json", "--reporter-json-export", "\(output)/b.json"] + base),
            measured.status == 0
        {
            print(String(format: "  300 responses of 1 MiB, -r json: %.1f MiB (goal: under 40 MiB)", Double(measured.peakKiB) / 1024))
        }
    }

    static func writeCollection(to path: String, urls: [String]) {
        let items = urls.enumerated().map { #"{"name": "GET \#($0.offset)", "request": "\#($0.element)"}"# }
        try? Data(#"{"info": {"name": "bench"}, "item": [\#(items.joined(separator: ","))]}"#.utf8)
            .write(to: URL(fileURLWithPath: path))
    }

    /// Runs `executable` with its output discarded and measures it.
    static func spawn(_ executable: String, _ arguments: [String]) -> Measurement? {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            if errno != EINTR { return nil }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        let exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Measurement(
            status: exited, wall: wall, cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakKiB: usage.ru_maxrss)
    }

    /// `postie-bench --serve`: the loopback server of the process bench, in a child process of its own.
    final class ServerChild {
        let port: Int
        private let process: Process

        private init(port: Int, process: Process) {
            self.port = port
            self.process = process
        }

        static func start() -> ServerChild? {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
                process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            }
            process.arguments = ["--serve"]
            let output = Pipe()
            process.standardOutput = output
            process.standardInput = Pipe()
            do { try process.run() } catch { return nil }
            var line = Data()
            while !line.contains(0x0A) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
                process.terminate()
                return nil
            }
            return ServerChild(port: port, process: process)
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }

        /// The child's side: answers `/small` with a short JSON body and `/big` with 1 MiB, until killed.
        static func serve() -> Never {
            let small = Data(#"{"id":"615d9d830d49000060007b20","status":"Completed","disposition":"Success"}"#.utf8)
            let big = Data(repeating: UInt8(ascii: "x"), count: 1024 * 1024)
            let server = HTTPServer(configuration: .init()) { request in
                HTTPResponse(
                    status: 200, headers: ["Content-Type": request.path == "/big" ? "text/plain" : "application/json"],
                    body: request.path == "/big" ? big : small)
            }
            guard let port = try? server.start() else { exit(70) }
            let line = Array("\(port)\n".utf8)
            _ = line.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            while true { sleep(60) }
        }
    }
}
