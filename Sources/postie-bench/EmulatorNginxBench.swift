import Foundation
import GalleryEmulator

/// The emulator's 401 against nginx's `return 401` with the same body, both driven by `wrk -c 64` on
/// loopback in interleaved rounds, each server in a process of its own: requests per second, the ratio
/// (goal ≥ 0.75×), and the server's CPU (user + system from /proc) per request. Then a longer load on
/// the emulator alone, with its peak resident memory (VmHWM) after each stretch.
enum EmulatorNginxBench {
    /// The request the issue measures: an API call without a token, answered 401 after routing and auth.
    static let path = "/webapi/v3/workflows"

    /// One server under test: its process and where it listens.
    struct ServerProcess {
        let process: Process
        let port: Int
        /// The directory to remove once it has stopped, if any.
        let directory: URL?

        /// User + system seconds of the process and its children (nginx's workers), from /proc.
        var cpuSeconds: Double { ProcessFigures.cpuSeconds(ofTree: process.processIdentifier) }

        func stop() {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            if let directory { try? FileManager.default.removeItem(at: directory) }
        }
    }

    /// What one wrk round measured.
    struct Round {
        var requestsPerSecond: Double
        var requests: Int
        var cpuPerRequest: Double
    }

    static func run(postie: String, connections: Int, rounds: Int, seconds: Int, longSeconds: Int) {
        print("emulator 401 against nginx `return 401` (wrk -t 2 -c \(connections), \(seconds) s × \(rounds) interleaved rounds, GET \(path) without a token):")
        guard let wrk = Bench.which("wrk") ?? existing("/usr/bin/wrk") else {
            print("  wrk: not installed; skipped")
            return
        }
        guard let emulator = startEmulator(postie: postie) else {
            print("  postie serve did not start; skipped")
            return
        }
        defer { emulator.stop() }
        var client = LoadClient(port: emulator.port)
        guard let answer = client?.exchange("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), answer.status == 401 else {
            print("  the emulator did not answer 401; skipped")
            return
        }
        client?.close()
        let nginxBinary = Bench.which("nginx") ?? existing("/usr/sbin/nginx")
        let nginx = nginxBinary.flatMap { startNginx($0, body: answer.body) }
        if nginxBinary == nil {
            print("  nginx: not installed; the emulator alone")
        } else if nginx == nil {
            print("  nginx did not start; the emulator alone")
        }
        defer { nginx?.stop() }

        var emulatorRounds: [Round] = []
        var nginxRounds: [Round] = []
        for round in 0..<rounds {
            let order: [(ServerProcess, Bool)] = [(emulator, true)] + (nginx.map { [($0, false)] } ?? [])
            for (server, isEmulator) in round % 2 == 0 ? order : order.reversed() {
                guard let measured = load(wrk: wrk, server: server, connections: connections, seconds: seconds) else { continue }
                if isEmulator { emulatorRounds.append(measured) } else { nginxRounds.append(measured) }
            }
        }
        func describe(_ name: String, _ rounds: [Round]) {
            guard !rounds.isEmpty else {
                print("  \(name): no round completed")
                return
            }
            print(
                String(
                    format: "  %-8@ median %8.0f requests/s (min %.0f, max %.0f) · CPU %.1f µs per request", name as NSString,
                    Bench.median(rounds.map(\.requestsPerSecond)), rounds.map(\.requestsPerSecond).min() ?? 0,
                    rounds.map(\.requestsPerSecond).max() ?? 0, Bench.median(rounds.map(\.cpuPerRequest)) * 1e6))
        }
        describe("emulator", emulatorRounds)
        describe("nginx", nginxRounds)
        if !emulatorRounds.isEmpty, !nginxRounds.isEmpty {
            let ratio = Bench.median(emulatorRounds.map(\.requestsPerSecond)) / Bench.median(nginxRounds.map(\.requestsPerSecond))
            let cpu = Bench.median(emulatorRounds.map(\.cpuPerRequest)) / Bench.median(nginxRounds.map(\.cpuPerRequest))
            print(String(format: "  emulator / nginx: %.2f× the requests per second (goal: ≥ 0.75×) · %.2f× the CPU per request", ratio, cpu))
        }
        print(String(format: "  postie serve peak resident after these rounds: %.1f MiB", ProcessFigures.peakMegabytes(of: emulator.process.processIdentifier)))

        guard longSeconds > 0 else { return }
        print("emulator under a long load (wrk -c \(connections), 401s and bearer-authenticated lists mixed):")
        let token = bearerToken(port: emulator.port)
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("postie-bench-mixed-\(UUID().uuidString).lua")
        defer { try? FileManager.default.removeItem(at: script) }
        try? Data(mixedScript(token: token).utf8).write(to: script)
        let stretches = 4
        for stretch in 1...stretches {
            let measured = load(
                wrk: wrk, server: emulator, connections: connections, seconds: max(1, longSeconds / stretches), script: script.path)
            print(
                String(
                    format: "  after %3d s: %8.0f requests/s · peak resident %.1f MiB · resident now %.1f MiB",
                    stretch * max(1, longSeconds / stretches), measured?.requestsPerSecond ?? 0,
                    ProcessFigures.peakMegabytes(of: emulator.process.processIdentifier),
                    ProcessFigures.residentMegabytes(of: emulator.process.processIdentifier)))
        }
    }

    /// One wrk run against `server`: its requests per second and the server's CPU per request.
    static func load(wrk: String, server: ServerProcess, connections: Int, seconds: Int, script: String? = nil) -> Round? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wrk)
        process.arguments =
            ["-t", "2", "-c", String(connections), "-d", "\(seconds)s"] + (script.map { ["-s", $0] } ?? [])
            + ["http://127.0.0.1:\(server.port)\(path)"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let cpuBefore = server.cpuSeconds
        do { try process.run() } catch { return nil }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let cpu = server.cpuSeconds - cpuBefore
        guard process.terminationStatus == 0 else { return nil }
        // "  123456 requests in 3.00s, 45.67MB read" and "Requests/sec:  41152.00"
        var requests = 0
        var rate = 0.0
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count >= 3, words[1] == "requests", words[2] == "in", let count = Int(words[0]) { requests = count }
            if words.first == "Requests/sec:", words.count >= 2, let value = Double(words[1]) { rate = value }
        }
        guard requests > 0 else { return nil }
        return Round(requestsPerSecond: rate, requests: requests, cpuPerRequest: cpu / Double(requests))
    }

    /// `postie serve --port 0`, its port read from the banner.
    static func startEmulator(postie: String) -> ServerProcess? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: postie)
        process.arguments = ["serve", "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = Pipe()
        do { try process.run() } catch { return nil }
        var text = ""
        while !text.contains("webapi-url") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        // "  gallery-url    http://127.0.0.1:PORT/gallery"
        guard let range = text.range(of: "http://127.0.0.1:"),
            let port = Int(text[range.upperBound...].prefix { $0.isNumber })
        else {
            process.terminate()
            process.waitUntilExit()
            return nil
        }
        // Keep draining the banner pipe so that the child never blocks on a full pipe.
        Thread.detachNewThread {
            while !output.fileHandleForReading.availableData.isEmpty {}
        }
        return ServerProcess(process: process, port: port, directory: nil)
    }

    /// nginx in the foreground from a configuration of its own (pid, logs and temporary files in a fresh
    /// directory), answering every request `return 401` with `body`; nil when it does not come up.
    static func startNginx(_ binary: String, body: String) -> ServerProcess? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-bench-nginx-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)) != nil,
            let port = freePort()
        else { return nil }
        let root = directory.path
        // A single-quoted nginx string: backslash and quote escaped; `$` would start a variable.
        let quoted = body.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
            .replacingOccurrences(of: "$", with: "S")
        let configuration = """
            daemon off;
            worker_processes auto;
            pid \(root)/nginx.pid;
            error_log \(root)/error.log error;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path \(root)/client_body;
                proxy_temp_path \(root)/proxy;
                fastcgi_temp_path \(root)/fastcgi;
                uwsgi_temp_path \(root)/uwsgi;
                scgi_temp_path \(root)/scgi;
                server {
                    listen 127.0.0.1:\(port);
                    location / {
                        default_type "application/json; charset=utf-8";
                        return 401 '\(quoted)';
                    }
                }
            }

            """
        let file = directory.appendingPathComponent("nginx.conf")
        guard (try? Data(configuration.utf8).write(to: file)) != nil else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["-p", root, "-c", file.path, "-e", "\(root)/error.log"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            try? FileManager.default.removeItem(at: directory)
            return nil
        }
        let server = ServerProcess(process: process, port: port, directory: directory)
        for _ in 0..<100 {
            if var client = LoadClient(port: port) {
                let answer = client.exchange("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                client.close()
                if answer?.status == 401 { return server }
                break
            }
            guard process.isRunning else { break }
            usleep(20_000)
        }
        server.stop()
        return nil
    }

    /// A bearer token from the emulator's token endpoint with the demo curator's keys ("" on failure).
    static func bearerToken(port: Int) -> String {
        let body = "grant_type=client_credentials&client_id=\(DemoKeys.userKey)&client_secret=\(DemoKeys.userSecret)"
        var client = LoadClient(port: port)
        defer { client?.close() }
        let answer = client?.exchange(
            "POST /webapi/oauth2/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
        guard let answer, let range = answer.body.range(of: #""access_token":""#) else { return "" }
        return String(answer.body[range.upperBound...].prefix { $0 != "\"" })
    }

    /// A wrk script cycling through 401s (webapi without a token, legacy unsigned), bearer lists of
    /// workflows and users, and unknown paths.
    static func mixedScript(token: String) -> String {
        """
        local requests = {}
        local n = 0
        init = function(args)
          requests[1] = wrk.format("GET", "/webapi/v3/workflows")
          requests[2] = wrk.format("GET", "/webapi/v3/workflows", { ["Authorization"] = "Bearer \(token)" })
          requests[3] = wrk.format("GET", "/gallery/api/v1/workflows/subscription/")
          requests[4] = wrk.format("GET", "/webapi/v3/users", { ["Authorization"] = "Bearer \(token)" })
          requests[5] = wrk.format("GET", "/webapi/nothing/here")
          requests[6] = wrk.format("GET", "/webapi/v3/workflows?view=Full", { ["Authorization"] = "Bearer \(token)" })
        end
        request = function()
          n = n + 1
          return requests[(n % #requests) + 1]
        end

        """
    }

    static func existing(_ path: String) -> String? {
        FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// A port nothing listens on now (bound to 0 and released).
    static func freePort() -> Int? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { return nil }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { return nil }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// The demo curator's key pair, as `postie serve` starts with it.
enum DemoKeys {
    static let userKey = GalleryEmulator.Configuration().userKey
    static let userSecret = GalleryEmulator.Configuration().userSecret
}

/// Figures of another process, from /proc.
enum ProcessFigures {
    /// User + system seconds of `pid` and of every process whose parent it is.
    static func cpuSeconds(ofTree pid: Int32) -> Double {
        var total = ticks(of: pid)?.cpu ?? 0
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") {
            for entry in entries {
                guard let child = Int32(entry), child != pid, let figures = ticks(of: child), figures.parent == pid else { continue }
                total += figures.cpu
            }
        }
        return total / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// utime + stime in clock ticks and the parent, from /proc/PID/stat (fields after the command's `)`).
    private static func ticks(of pid: Int32) -> (cpu: Double, parent: Int32)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // fields[0] is the state (field 3): ppid is field 4, utime 14, stime 15.
        guard fields.count > 13, let parent = Int32(fields[1]), let user = Double(fields[11]), let system = Double(fields[12])
        else { return nil }
        return (user + system, parent)
    }

    static func peakMegabytes(of pid: Int32) -> Double { status("VmHWM:", pid) }
    static func residentMegabytes(of pid: Int32) -> Double { status("VmRSS:", pid) }

    private static func status(_ field: String, _ pid: Int32) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field) })
        else { return 0 }
        return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
    }
}
