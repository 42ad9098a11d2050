import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

/// Peak memory is a process-wide number and tests run in parallel, so the download runs in a child
/// process of this test binary (filtered to `SocketHTTPTransportMemoryChild`) that does nothing else.
@Suite("SocketHTTPTransport: memory stays flat")
struct SocketHTTPTransportMemoryTests {
    static let childFlag = "POSTIE_SOCKET_MEMORY_CHILD"

    @Test("a 128 MiB streamed body raises peak memory by a few MiB, not by its size", arguments: [false, true])
    func flatMemory(chunked: Bool) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--testing-library", "swift-testing", "--filter", "SocketHTTPTransportMemoryChild"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.childFlag] = chunked ? "chunked" : "length"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0, "child output:\n\(output)")
        #expect(output.contains("peak-growth-kib="), "child output:\n\(output)")
    }
}

/// The half of `SocketHTTPTransportMemoryTests` that runs in the child process; skipped in a normal run.
@Suite("SocketHTTPTransportMemoryChild")
struct SocketHTTPTransportMemoryChild {
    @Test(.enabled(if: ProcessInfo.processInfo.environment[SocketHTTPTransportMemoryTests.childFlag] != nil))
    func download() throws {
        let chunked = ProcessInfo.processInfo.environment[SocketHTTPTransportMemoryTests.childFlag] == "chunked"
        let body = NumberedChunks(chunkCount: 2048)  // 128 MiB
        let server = try TransportResponseBodyTests.streamingServer(body, chunked: chunked)
        defer { server.stop() }
        let directory = try makeSpoolDirectory("postie-memory")
        defer { try? FileManager.default.removeItem(at: directory) }
        let transport = TransportTestServer.socketTransport {
            $0.maximumInMemoryBodyBytes = 1024 * 1024
            $0.spoolDirectory = directory
        }
        // Warm up: threads, buffers and the pool exist before the baseline.
        _ = transport.send(TransportRequest(method: "HEAD", url: TransportTestServer.url(server)))
        let before = residentKiB("VmHWM")

        let response = try #require(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).response())

        let growth = residentKiB("VmHWM") - before
        print("peak-growth-kib=\(growth)")
        #expect(response.body.size == body.byteCount)
        #expect(growth < 16 * 1024, "peak memory grew by \(growth) KiB for a \(body.byteCount / 1024) KiB body")
        response.body.removeSpoolFile()
    }
}
