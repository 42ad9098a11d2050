import Foundation
import PostieSockets
import PostieTLS
import Testing

@testable import PostieCore

/// Issue 15, M1: `--timeout-request` holds on every read, however fast the server sends.
@Suite("Deadlines against servers that never stop")
struct TransportDeadlineTests {
    /// A chunk of a chunked body that never ends.
    static let chunk: [UInt8] = Array(("10000\r\n" + String(repeating: "x", count: 0x10000) + "\r\n").utf8)

    @Test("http: a server that streams forever, faster than postie reads, ends at the deadline")
    func httpStreamForever() throws {
        let server = try ScriptedServer { connection in
            connection.readRequest()
            connection.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            while connection.send(Self.chunk) {}
        }
        defer { server.stop() }
        let spool = try TestFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: spool) }
        let transport = TransportTestServer.socketTransport {
            $0.timeoutMilliseconds = 1000
            $0.spoolDirectory = spool
        }
        let started = Deadline.now
        let result = transport.send(TransportRequest(method: "GET", url: server.url("/stream")))
        let seconds = Deadline.now.milliseconds(since: started) / 1000
        #expect(result.error() == .timedOut(milliseconds: 1000))
        // The goal is 1.2 s; the bound is generous for a shared, noisy machine.
        #expect(seconds < 8, "took \(seconds) s")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: spool.path)) == [])
    }

    @Test("https: the same, through TLS")
    func httpsStreamForever() throws {
        let server = try TLSStreamingServer()
        defer { server.stop() }
        var options = TransportOptions()
        options.timeoutMilliseconds = 1000
        options.extraCAFiles = [try TLSTestCertificates.path("ca.pem")]
        let transport = SocketHTTPTransport(options: options)
        let started = Deadline.now
        let result = transport.send(TransportRequest(method: "GET", url: "https://localhost:\(server.port)/stream"))
        let seconds = Deadline.now.milliseconds(since: started) / 1000
        #expect(result.error() == .timedOut(milliseconds: 1000))
        #expect(seconds < 8, "took \(seconds) s")
    }

    @Test("cancellation ends a request while bytes keep arriving")
    func cancelWhileStreaming() throws {
        let server = try ScriptedServer { connection in
            connection.readRequest()
            connection.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            while connection.send(Self.chunk) {}
        }
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport()
        let firstBytes = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            // Cancel once the answer is on its way (the server accepted and is sending).
            while server.connectionCount == 0 { usleep(10_000) }
            usleep(200_000)
            transport.cancelAll()
            firstBytes.signal()
        }
        let result = transport.send(TransportRequest(method: "GET", url: server.url("/stream")))
        _ = firstBytes.wait(timeout: .now() + 30)
        #expect(result.error() == .cancelled)
    }
}

extension ScriptedServer.Connection {
    /// Writes `bytes`; false once the client has gone.
    func send(_ bytes: [UInt8]) -> Bool {
        writeReportingSuccess(bytes)
    }
}

/// An HTTPS server whose every answer is a chunked body that never ends.
final class TLSStreamingServer: @unchecked Sendable {
    let port: Int
    private let listener: Socket
    private let context: TLSContext
    private let wake: CancellationSignal

    init() throws {
        context = try TLSContext.server(
            certificateFile: try TLSTestCertificates.path("server.pem"), keyFile: try TLSTestCertificates.path("server.key"),
            clientCAFile: nil)
        guard let address = SocketAddress.ipLiteral("127.0.0.1", port: 0) else { throw SocketError.timedOut }
        listener = try Socket.open(family: address.family)
        try listener.setOption(SOL_SOCKET, SO_REUSEADDR, to: 1, name: "SO_REUSEADDR")
        try listener.bind(to: address)
        try listener.listen(backlog: 8)
        port = try listener.localAddress().port
        wake = try CancellationSignal()
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    func stop() { wake.signal() }

    private func acceptLoop() {
        while (try? listener.wait(until: .never, cancellation: wake)) == true {
            guard case .connection(let socket, _) = listener.accept() else { continue }
            Thread.detachNewThread { [self] in serve(socket) }
        }
        listener.close()
    }

    private func serve(_ socket: Socket) {
        defer { socket.close() }
        guard let stream = try? TLSStream(server: context, socket: socket), (try? stream.accept(until: .after(10))) != nil
        else { return }
        var buffer = [UInt8](repeating: 0, count: 65536)
        _ = try? buffer.withUnsafeMutableBytes { try stream.receive(into: $0, until: .after(10)) }
        let head = Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
        guard (try? head.withUnsafeBytes({ try stream.send($0, until: .after(10)) })) != nil else { return }
        while (try? TransportDeadlineTests.chunk.withUnsafeBytes({ try stream.send($0, until: .after(10)) })) != nil {}
    }
}
