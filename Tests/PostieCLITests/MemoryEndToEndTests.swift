import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

/// Issue 14, item 1: `postie run`'s memory does not grow with the run. Each case runs the real binary
/// twice against a loopback server — 1,000 requests, then 20,000 — and reads each run's peak resident
/// memory (`ru_maxrss`, through GNU time), so that nothing is sampled and nothing depends on time.
///
/// The bound, measured on this machine first (release binary): at 1,000 requests the peak was 19.1–20.0
/// MiB, whatever the reporters; at 10,000, 20,000 and 100,000 within 1 MiB of that. Before executions
/// streamed into the reports the run kept about 2.1 KiB per request (19,000 more requests came to 40 MiB
/// more), and a JSON report that listed an id-less item once per iteration still added 11 MiB at 20,000.
/// The margin, 6 MiB, leaves room for the allocator's slack and is well under either.
///
/// 20,000 requests take the debug binary a minute and a half a run on a loaded 2-core machine, so the
/// tests run a release binary when one is named (`POSTIE_RELEASE_BINARY`, as `.ci/run` does);
/// with the debug binary they run 8,000 and fewer reporter combinations (keeping executions would
/// still add 14 MiB, over twice the margin).
@Suite("Memory stays flat, end to end", .serialized, .enabled(if: PeakMemory.time != nil, "needs GNU time"))
struct MemoryEndToEndTests {
    /// What the longer run may add to the peak.
    static let marginKiB = 6 * 1024
    /// The longer run's requests.
    static let longRun = PeakMemory.executable.isRelease ? 20_000 : 8_000

    /// A one-request collection against `server`'s `path`.
    static func collection(_ server: CountingServer, path: String) throws -> String {
        try server.write(
            #"{"info": {"name": "flat"}, "item": [{"name": "GET", "request": "\#(server.base)\#(path)"}]}"#,
            to: "flat-\(path.dropFirst()).json")
    }

    /// `-r` and its export paths for `reporters` (none: `--silent` alone).
    static func reportArguments(_ reporters: [String], _ server: CountingServer, run: String) -> [String] {
        guard !reporters.isEmpty else { return [] }
        var arguments = ["-r", reporters.joined(separator: ",")]
        if reporters.contains("json") { arguments += ["--reporter-json-export", server.path("\(run).json")] }
        if reporters.contains("junit") { arguments += ["--reporter-junit-export", server.path("\(run).xml")] }
        return arguments
    }

    static let combinations: [[String]] =
        PeakMemory.executable.isRelease
        ? [[], ["json"], ["junit"], ["json", "junit"], ["cli", "json", "junit"]] : [[], ["json", "junit"], ["cli", "json", "junit"]]

    @Test(arguments: combinations)
    func peakMemoryOfALongRunIsThatOfAThousandRequests(reporters: [String]) throws {
        let server = try CountingServer()
        let collection = try Self.collection(server, path: "/ok")
        var peaks: [Int: PeakMemory.Outcome] = [:]
        for count in [1_000, Self.longRun] {
            let run = "run-\(count)"
            let outcome = try PeakMemory.run(
                ["run", collection, "-n", String(count), "--silent", "--output-dir", server.path("out")]
                    + Self.reportArguments(reporters, server, run: run))
            #expect(outcome.status == 0)
            peaks[count] = outcome
        }
        let small = try #require(peaks[1_000])
        let large = try #require(peaks[Self.longRun])
        #expect(
            large.peakKiB <= small.peakKiB + Self.marginKiB,
            "peak \(large.peakMiB) MiB at \(Self.longRun) requests against \(small.peakMiB) MiB at 1,000 (-r \(reporters))")
        #expect(server.received.count == 1_000 + Self.longRun)

        // The reports hold every request all the same.
        if reporters.contains("json") {
            let report = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: server.path("run-\(Self.longRun).json"))))
            #expect(report["run"]?["executions"]?.arrayValue?.count == Self.longRun)
            #expect(report["run"]?["stats"]?["requests"]?["total"] == .number(Double(Self.longRun)))
            #expect(report["run"]?["executions"]?.arrayValue?.last?["cursor"]?["length"] == .number(1))
        }
        if reporters.contains("junit") {
            let xml = try String(contentsOfFile: server.path("run-\(Self.longRun).xml"), encoding: .utf8)
            #expect(xml.occurrences(of: "<testsuite ") == Self.longRun)
            #expect(xml.contains(#"<testsuites name="flat" tests="\#(Self.longRun)" failures="0" errors="0""#))
        }
    }

    @Test func parallelIterationsKeepTheirReorderBufferBounded() throws {
        let server = try CountingServer()
        let collection = try Self.collection(server, path: "/ok")
        var peaks: [Int] = []
        for count in [1_000, Self.longRun] {
            let outcome = try PeakMemory.run(
                ["run", collection, "-n", String(count), "--parallel", "4", "--silent", "--output-dir", server.path("out")]
                    + Self.reportArguments(["json"], server, run: "parallel-\(count)"))
            #expect(outcome.status == 0)
            peaks.append(outcome.peakKiB)
        }
        #expect(peaks[1] <= peaks[0] + Self.marginKiB, "peak \(peaks[1]) KiB at \(Self.longRun) against \(peaks[0]) KiB at 1,000")
        let report = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: server.path("parallel-\(Self.longRun).json"))))
        let iterations = report["run"]?["executions"]?.arrayValue?.compactMap { $0["cursor"]?["iteration"]?.numberValue }
        #expect(iterations == (0..<Self.longRun).map(Double.init), "the report keeps the iterations' order")
    }

    /// 300 answers of 1 MiB each: a body is let go once its checks and reports had it (the JSON report
    /// keeps 256 KiB of it). A run that kept them would peak past 300 MiB.
    @Test(arguments: [[], ["json"]])
    func threeHundredAnswersOfOneMebibyteStayUnderFortyMebibytes(reporters: [String]) throws {
        let megabyte = Data(repeating: UInt8(ascii: "x"), count: 1024 * 1024)
        let server = try CountingServer(routes: [
            "/big": { _ in HTTPResponse(status: 200, headers: ["Content-Type": "text/plain"], body: megabyte) }
        ])
        let collection = try Self.collection(server, path: "/big")
        let outcome = try PeakMemory.run(
            ["run", collection, "-n", "300", "--silent", "--output-dir", server.path("out")]
                + Self.reportArguments(reporters, server, run: "big"))
        #expect(outcome.status == 0)
        #expect(outcome.peakMiB < 40, "peak \(outcome.peakMiB) MiB for 300 answers of 1 MiB (-r \(reporters))")
        #expect(server.received.count == 300)
    }
}
