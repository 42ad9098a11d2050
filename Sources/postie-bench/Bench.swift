import Foundation
import GalleryEmulator
import PostieCore
import PostieJSON

/// Command-line settings of the benchmark.
struct BenchArguments {
    var requests = 1000
    var rounds = 5
    var connections = 64
    var loadRequests = 20_000
    var skipCurl = false
    var skipScripts = false
    var sandboxOnly = false
    /// `--scripts-only`: only the JavaScript workloads and the realm's cost.
    var scriptsOnly = false
    /// `--workload TEXT`: only the workloads whose name contains TEXT (with `--scripts-only`).
    var workload: String?
    /// `--collections-only`: only the v3-against-v2.1 parsing bench.
    var collectionsOnly = false
    /// `--collection-requests N`: the requests of that bench's collection (default 2,000).
    var collectionRequests = 2_000
    var parallelOnly = false
    /// `--process-only`: only the postie run process against curl, and its peak memory.
    var processOnly = false
    /// `--validate-only`: only `postie validate` of a generated collection against Node's `JSON.parse`.
    var validateOnly = false
    /// `--validate-requests N`: the requests of that collection (default 10,000).
    var validateRequests = 10_000
    /// `--memory-counts 1000,10000,100000`: the run sizes whose peak memory the process bench reports.
    var memoryCounts = [1_000, 10_000, 100_000]
    /// `--emulator-only`: only the emulator load and its 401 against nginx.
    var emulatorOnly = false
    /// `--load-seconds S`: each wrk round of the emulator-against-nginx bench.
    var loadSeconds = 3
    /// `--long-seconds S`: the long mixed load on the emulator alone (0 skips it).
    var longSeconds = 20

    init(_ arguments: ArraySlice<String>) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--requests": requests = iterator.next().flatMap(Int.init) ?? requests
            case "--rounds": rounds = iterator.next().flatMap(Int.init) ?? rounds
            case "--connections": connections = iterator.next().flatMap(Int.init) ?? connections
            case "--load-requests": loadRequests = iterator.next().flatMap(Int.init) ?? loadRequests
            case "--skip-curl": skipCurl = true
            case "--skip-scripts": skipScripts = true
            case "--sandbox-only": sandboxOnly = true
            case "--scripts-only": scriptsOnly = true
            case "--workload": workload = iterator.next()
            case "--collections-only": collectionsOnly = true
            case "--collection-requests": collectionRequests = iterator.next().flatMap(Int.init) ?? collectionRequests
            case "--parallel-only": parallelOnly = true
            case "--process-only": processOnly = true
            case "--emulator-only": emulatorOnly = true
            case "--load-seconds": loadSeconds = iterator.next().flatMap(Int.init) ?? loadSeconds
            case "--long-seconds": longSeconds = iterator.next().flatMap(Int.init) ?? longSeconds
            case "--validate-only": validateOnly = true
            case "--validate-requests": validateRequests = iterator.next().flatMap(Int.init) ?? validateRequests
            case "--memory-counts":
                memoryCounts = iterator.next().map { $0.split(separator: ",").compactMap { Int($0) } } ?? memoryCounts
            case "-h", "--help":
                print(
                    "usage: postie-bench [--requests N] [--rounds R] [--skip-curl]\n"
                        + "                    [--skip-scripts] [--sandbox-only]   (JavaScript workloads and the sandbox's cost per script)\n"
                        + "                    [--scripts-only] [--workload TEXT]   (the workloads against Node, QuickJS, Duktape; the realm)\n"
                        + "                    [--parallel-only]   (--parallel 8 against 1 on a job-polling flow)\n"
                        + "                    [--process-only] [--memory-counts 1000,10000,100000]   (postie run process against curl)\n"
                        + "                    [--validate-only] [--validate-requests N]   (postie validate against node JSON.parse)\n"
                        + "                    [--collections-only] [--collection-requests N]   (v3 folder against v2.1 JSON)\n"
                        + "                    [--connections C] [--load-requests N]   (C = 0 skips the emulator load check)\n"
                        + "                    [--emulator-only] [--load-seconds S] [--long-seconds S]   (the emulator's 401 against nginx, wrk)")
                exit(0)
            default:
                print("unknown argument \(argument); see --help")
                exit(64)
            }
        }
    }

    /// The transport `postie run` uses.
    func makeTransport(_ configure: (inout TransportOptions) -> Void = { _ in }) -> any HTTPTransport {
        var options = TransportOptions()
        configure(&options)
        return RoutingTransport(options: options, proxy: .none)
    }
}

enum Bench {
    /// Seconds for a one-request collection run of `iterations` iterations, reporters off.
    static func runnerLoop(url: String, iterations: Int, transport: any HTTPTransport) -> Double {
        runnerLoopMeasured(url: url, iterations: iterations, transport: transport).seconds
    }

    /// Seconds, and resident megabytes while the run's result is still held (what one long run costs).
    static func runnerLoopMeasured(url: String, iterations: Int, transport: any HTTPTransport)
        -> (seconds: Double, residentMegabytes: Double)
    {
        let collection = PostmanCollection(
            info: CollectionInfo(name: "bench"),
            items: [
                .request(
                    RequestItem(
                        name: "Job",
                        request: RequestDefinition(
                            url: URLDefinition(raw: url),
                            auth: .auth(AuthDefinition(type: "bearer", parameters: [("token", "bench-token")])))))
            ])
        let executor = RequestExecutor(
            builder: RequestBuilder(userAgent: "postie-bench"), signer: RequestSigner(), transport: transport,
            redactor: SecretRedactor())
        let runner = CollectionRunner(
            inputs: RunInputs(collection: collection), plan: RunPlan(name: "bench", steps: collection.flattenedRequests().map { PlannedStep(request: $0) }),
            options: RunOptions(iterationCount: iterations), executor: executor, reporters: [])
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try? runner.run()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let failed = result?.summary.failedExecutionCount ?? iterations
        if failed > 0 { print("  warning: \(failed) of \(iterations) requests failed") }
        return (seconds, residentMegabytes())
    }

    /// Seconds for `count` sequential sends of the same request through `transport`.
    static func transportLoop(url: String, count: Int, transport: any HTTPTransport) -> Double {
        let request = TransportRequest(method: "GET", url: url, headers: [HeaderField(name: "Accept", value: "*/*")])
        let start = DispatchTime.now().uptimeNanoseconds
        var failures = 0
        for _ in 0..<count {
            if case .failure = transport.send(request) { failures += 1 }
        }
        if failures > 0 { print("  warning: \(failures) transport failures") }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Seconds for one curl process fetching `url` `count` times (a config file of URLs, keep-alive).
    static func curlLoop(curl: String, url: String, count: Int, extraArguments: [String] = []) -> Double? {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("postie-bench-\(UUID().uuidString).curl")
        let lines = (0..<count).map { _ in "url = \"\(url)\"\noutput = \"/dev/null\"\n" }.joined()
        guard (try? Data(lines.utf8).write(to: config)) != nil else { return nil }
        defer { try? FileManager.default.removeItem(at: config) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: curl)
        process.arguments = ["-s", "-K", config.path] + extraArguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Many keep-alive connections against the emulator: requests per second, latency percentiles, errors.
    static func emulatorLoad(connections: Int, requests: Int) {
        var configuration = GalleryEmulator.Configuration()
        configuration.port = 0
        let emulator = GalleryEmulator(configuration: configuration)
        guard let port = try? emulator.start() else {
            print("emulator load: cannot start the emulator")
            return
        }
        defer { emulator.stop() }
        // A bearer token once, then an authenticated API list for every request.
        let tokenBody = "grant_type=client_credentials&client_id=\(configuration.userKey)&client_secret=\(configuration.userSecret)"
        var tokenClient = LoadClient(port: port)
        guard let tokenAnswer = tokenClient?.exchange(
            "POST /webapi/oauth2/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: \(tokenBody.utf8.count)\r\n\r\n\(tokenBody)"),
            let json = try? JSONParser.parse(Data(tokenAnswer.body.utf8)), let token = json["access_token"]?.stringValue
        else {
            print("emulator load: no token")
            return
        }
        let request = "GET /webapi/v3/workflows HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\n\r\n"
        let perConnection = max(1, requests / connections)
        let results = LoadResults()
        let group = DispatchGroup()
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<connections {
            group.enter()
            Thread.detachNewThread {
                var latencies: [Double] = []
                latencies.reserveCapacity(perConnection)
                var errors = 0
                var client = LoadClient(port: port)
                for _ in 0..<perConnection {
                    let sent = DispatchTime.now().uptimeNanoseconds
                    if let answer = client?.exchange(request), answer.status == 200 {
                        latencies.append(Double(DispatchTime.now().uptimeNanoseconds - sent) / 1e6)
                    } else {
                        errors += 1
                        client = LoadClient(port: port)
                    }
                }
                client?.close()
                results.add(latencies, errors: errors)
                group.leave()
            }
        }
        group.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let latencies = results.latencies.sorted()
        func percentile(_ p: Double) -> Double {
            latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
        }
        print("emulator load: \(connections) keep-alive connections × \(perConnection) requests (GET /webapi/v3/workflows, bearer)")
        print(String(format: "  %.0f requests/s over %.2f s · %d errors", Double(latencies.count) / seconds, seconds, results.errors))
        print(String(format: "  latency ms: p50 %.2f · p90 %.2f · p99 %.2f · max %.2f", percentile(0.5), percentile(0.9), percentile(0.99), latencies.last ?? 0))
    }

    static func printTimes(_ label: String, _ times: [Double], count: Int) {
        let median = median(times)
        print(label)
        print(
            String(
                format: "  median %.3f s (min %.3f, max %.3f) for %d requests · %.0f requests/s · %.3f ms per request",
                median, times.min() ?? 0, times.max() ?? 0, count, Double(count) / median, median * 1000 / Double(count)))
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// VmRSS and VmHWM from /proc/self/status, in megabytes.
    static func residentMegabytes() -> Double { procStatus("VmRSS:") }
    static func peakMegabytes() -> Double { procStatus("VmHWM:") }

    static func procStatus(_ field: String) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field) })
        else { return 0 }
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kilobytes / 1024
    }

    static func which(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

/// Latencies gathered from the load threads.
final class LoadResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var latencies: [Double] = []
    private(set) var errors = 0

    func add(_ values: [Double], errors count: Int) {
        lock.lock()
        latencies += values
        errors += count
        lock.unlock()
    }
}

/// A minimal blocking HTTP/1.1 client over one keep-alive socket, for load: writes a request, reads
/// one response framed by Content-Length.
struct LoadClient {
    let descriptor: Int32
    private var buffer: [UInt8] = []

    init?(port: Int) {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            Glibc.close(descriptor)
            return nil
        }
    }

    func close() { Glibc.close(descriptor) }

    mutating func exchange(_ request: String) -> (status: Int, body: String)? {
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return nil }
            sent += count
        }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            if let end = headerEnd() {
                let head = String(decoding: buffer[..<end], as: UTF8.self)
                let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
                let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                if buffer.count >= end + 4 + length {
                    let body = String(decoding: buffer[(end + 4)..<(end + 4 + length)], as: UTF8.self)
                    buffer.removeFirst(end + 4 + length)
                    return (status, body)
                }
            }
            let count = recv(descriptor, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    private func headerEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4)
        where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }
}
