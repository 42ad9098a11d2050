import Foundation
import GalleryEmulator
import PostieCore
import PostieHTTPServer

// postie-bench: the figures the issues ask for, measured on this machine.
//
//   swift run -c release postie-bench                 runner loop, transport loop, curl, emulator load
//   swift run -c release postie-bench --requests 5000 --connections 128 --load-requests 50000
//   swift run -c release postie-bench --process-only  the postie run process against curl, CPU and peak memory
//   swift run -c release postie-bench --emulator-only the emulator's load, its 401 against nginx (wrk), its memory
//   swift run -c release postie-bench --validate-only postie validate of 10k requests against node JSON.parse
//
// Nothing here is asserted: the machines are shared and noisy. Quote medians from several runs.

// A child process of the collection-format bench: parse one collection, print time and peak memory.
if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "--measure-collection" {
    CollectionFormatBench.measureChild(format: CommandLine.arguments[2], path: CommandLine.arguments[3])
    exit(0)
}
// The server child of the process bench.
if CommandLine.arguments.count == 2, CommandLine.arguments[1] == "--serve" { ProcessBench.ServerChild.serve() }
let arguments = BenchArguments(CommandLine.arguments.dropFirst())
/// The repository's collections, from this file's path.
let benchCollections = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("collections").path
if arguments.collectionsOnly {
    CollectionFormatBench.run(requests: arguments.collectionRequests, rounds: arguments.rounds)
    exit(0)
}
if arguments.parallelOnly {
    ParallelBench.run(collections: benchCollections)
    exit(0)
}
/// The release `postie` built beside this binary.
let postieBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("postie").path
if arguments.processOnly {
    guard FileManager.default.isExecutableFile(atPath: postieBinary) else {
        print("no postie binary beside postie-bench (build it: swift build -c release --product postie)")
        exit(70)
    }
    ProcessBench.run(
        postie: postieBinary, curl: arguments.skipCurl ? nil : Bench.which("curl"), requests: arguments.requests,
        rounds: arguments.rounds, memoryCounts: arguments.memoryCounts)
    exit(0)
}
/// The emulator in-process, then `postie serve` against nginx under wrk (also --emulator-only).
func emulatorBenches() {
    if arguments.connections > 0 {
        print("")
        Bench.emulatorLoad(connections: arguments.connections, requests: arguments.loadRequests)
        print("")
        if FileManager.default.isExecutableFile(atPath: postieBinary) {
            EmulatorNginxBench.run(
                postie: postieBinary, connections: arguments.connections, rounds: arguments.rounds, seconds: arguments.loadSeconds,
                longSeconds: arguments.longSeconds)
        } else {
            print("emulator against nginx: no postie binary beside postie-bench (build it: swift build -c release --product postie); skipped")
        }
    }
}
if arguments.emulatorOnly {
    emulatorBenches()
    exit(0)
}
if arguments.validateOnly {
    guard FileManager.default.isExecutableFile(atPath: postieBinary) else {
        print("no postie binary beside postie-bench (build it: swift build -c release --product postie)")
        exit(70)
    }
    ValidateBench.run(postie: postieBinary, node: Bench.which("node"), requests: arguments.validateRequests, rounds: arguments.rounds)
    exit(0)
}
if arguments.scriptsOnly {
    ScriptBench.run(rounds: arguments.rounds, scriptsOnly: true, only: arguments.workload)
    exit(0)
}
if arguments.sandboxOnly {
    ScriptBench.run(rounds: arguments.rounds, sandboxOnly: true)
    exit(0)
}
print("postie-bench · \(ProcessInfo.processInfo.activeProcessorCount) cores · requests \(arguments.requests) · rounds \(arguments.rounds)")
print("")

// 1. The whole pipeline: a one-request collection run for N iterations (build, sign, send, record).
let server = HTTPServer(configuration: .init()) { _ in
    HTTPResponse(
        status: 200, headers: ["Content-Type": "application/json"],
        body: Data(#"{"id":"615d9d830d49000060007b20","status":"Completed","disposition":"Success"}"#.utf8))
}
let port: Int
do { port = try server.start() } catch {
    print("cannot start the loopback server: \(error)")
    exit(70)
}
let url = "http://127.0.0.1:\(port)/gallery/api/v1/jobs/615d9d830d49000060007b20/"

var runnerTimes: [Double] = []
var memoryAfter: [(count: Int, megabytes: Double)] = []
for round in 0..<arguments.rounds {
    let seconds = Bench.runnerLoop(url: url, iterations: arguments.requests, transport: arguments.makeTransport())
    runnerTimes.append(seconds)
    memoryAfter.append((arguments.requests * (round + 1), Bench.residentMegabytes()))
}
Bench.printTimes("postie run loop (pipeline)", runnerTimes, count: arguments.requests)

// 2. The transport alone, to separate transport cost from pipeline cost.
var transportTimes: [Double] = []
for _ in 0..<arguments.rounds {
    transportTimes.append(Bench.transportLoop(url: url, count: arguments.requests, transport: arguments.makeTransport()))
}
Bench.printTimes("transport only", transportTimes, count: arguments.requests)

// 3. curl fetching the same URL N times in one process (keep-alive), when installed.
if let curl = Bench.which("curl"), !arguments.skipCurl {
    var curlTimes: [Double] = []
    for _ in 0..<arguments.rounds {
        if let seconds = Bench.curlLoop(curl: curl, url: url, count: arguments.requests) { curlTimes.append(seconds) }
    }
    if !curlTimes.isEmpty {
        Bench.printTimes("curl, one process", curlTimes, count: arguments.requests)
        let ratio = Bench.median(runnerTimes) / Bench.median(curlTimes)
        print(String(format: "  postie run loop / curl: %.2f× (goal: within 1.5×)", ratio))
    }
} else {
    print("curl: not installed (or --skip-curl); skipped")
}
print("")
print("memory (resident, after each round of \(arguments.requests) runs in this process):")
for sample in memoryAfter { print(String(format: "  after %6d requests: %7.1f MB", sample.count, sample.megabytes)) }
print(String(format: "  peak resident: %.1f MB", Bench.peakMegabytes()))
print("memory within one run (in this process; the run keeps only counts):")
for count in [arguments.requests, arguments.requests * 10] {
    let measured = Bench.runnerLoopMeasured(url: url, iterations: count, transport: arguments.makeTransport())
    print(String(format: "  %6d requests in one run: %7.1f MB resident at the end (%.3f ms per request)",
        count, measured.residentMegabytes, measured.seconds * 1000 / Double(count)))
}

// 4. HTTPS: the same requests over TLS (keep-alive) to a loopback server, postie against curl.
print("")
if let certificates = HTTPSBench.makeCertificates(),
    let secure = try? BenchTLSServer(
        certificate: certificates.appendingPathComponent("server.pem").path, key: certificates.appendingPathComponent("server.key").path)
{
    let ca = certificates.appendingPathComponent("ca.pem").path
    let secureURL = "https://localhost:\(secure.port)/gallery/api/v1/jobs/615d9d830d49000060007b20/"
    var secureTimes: [Double] = []
    for _ in 0..<arguments.rounds {
        secureTimes.append(
            Bench.transportLoop(url: secureURL, count: arguments.requests, transport: arguments.makeTransport { $0.extraCAFiles = [ca] }))
    }
    Bench.printTimes("https, postie transport (TLS 1.3, keep-alive)", secureTimes, count: arguments.requests)
    if let curl = Bench.which("curl"), !arguments.skipCurl {
        var curlTimes: [Double] = []
        for _ in 0..<arguments.rounds {
            if let seconds = Bench.curlLoop(curl: curl, url: secureURL, count: arguments.requests, extraArguments: ["--cacert", ca]) {
                curlTimes.append(seconds)
            }
        }
        if !curlTimes.isEmpty {
            Bench.printTimes("https, curl, one process", curlTimes, count: arguments.requests)
            print(String(format: "  postie https / curl: %.2f× (goal: within 1.3×)", Bench.median(secureTimes) / Bench.median(curlTimes)))
        }
    }
} else {
    print("https: openssl could not make a certificate; skipped")
}

// 5. Start-up: `postie --version` and a one-request run, against `curl --version` and one curl GET.
print("")
if FileManager.default.isExecutableFile(atPath: postieBinary) {
    let collection = FileManager.default.temporaryDirectory.appendingPathComponent("postie-bench-\(UUID().uuidString).json")
    try? Data(#"{"info": {"name": "one"}, "item": [{"name": "GET", "request": "\#(url)"}]}"#.utf8).write(to: collection)
    let rounds = max(11, arguments.rounds * 4)
    let version = HTTPSBench.startUp(postieBinary, ["--version"], rounds: rounds)
    let oneRun = HTTPSBench.startUp(
        postieBinary, ["run", collection.path, "--silent", "--output-dir", FileManager.default.temporaryDirectory.appendingPathComponent("postie-bench-out").path],
        rounds: rounds)
    let curl = Bench.which("curl")
    let curlVersion = curl.flatMap { HTTPSBench.startUp($0, ["--version"], rounds: rounds) }
    let curlGet = curl.flatMap { HTTPSBench.startUp($0, ["-s", "-o", "/dev/null", url], rounds: rounds) }
    func ms(_ value: Double?) -> String { value.map { String(format: "%.1f ms", $0 * 1000) } ?? "n/a" }
    print("start-up (median of \(rounds) runs of \(postieBinary)):")
    print("  postie --version \(ms(version)) · curl --version \(ms(curlVersion)) (goal: under half of curl's)")
    print("  postie run, one request \(ms(oneRun)) · one curl GET \(ms(curlGet)) (goal: under curl's)")
    try? FileManager.default.removeItem(at: collection)
} else {
    print("start-up: no postie binary beside postie-bench (build it: swift build -c release); skipped")
}
// The one-request run and the curl GET above were sent to it.
server.stop()

// The postie run process against curl, with a server outside both (also --process-only).
if FileManager.default.isExecutableFile(atPath: postieBinary) {
    print("")
    ProcessBench.run(
        postie: postieBinary, curl: arguments.skipCurl ? nil : Bench.which("curl"), requests: arguments.requests,
        rounds: arguments.rounds, memoryCounts: arguments.memoryCounts)
}

// validate of a generated collection against Node's JSON.parse of the same file.
if FileManager.default.isExecutableFile(atPath: postieBinary) {
    print("")
    ValidateBench.run(postie: postieBinary, node: Bench.which("node"), requests: arguments.validateRequests, rounds: arguments.rounds)
}

// 6. The emulator under load: many keep-alive connections, then its 401 against nginx's `return`.
emulatorBenches()

// 5. Scripts: JavaScript workloads beside Node, and a collection test script through the sandbox.
if !arguments.skipScripts { ScriptBench.run(rounds: arguments.rounds) }

// 7. Collection formats: a v3 folder of 2,000 request files beside the same collection as v2.1 JSON.
print("")
CollectionFormatBench.run(requests: arguments.collectionRequests, rounds: arguments.rounds)

// 8. Parallel iterations: --parallel 8 against --parallel 1 on a job-polling flow (also --parallel-only).
print("")
ParallelBench.run(collections: benchCollections)
