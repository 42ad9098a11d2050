import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

/// What SocketHTTPTransport alone does; the cases every transport shares run once per `TransportKind`
/// (`TransportFailureTests`, `TransportRedirectTests`, …).
@Suite("SocketHTTPTransport: hostile servers, deadlines, cancellation")
struct SocketHTTPTransportFailureTests {
    /// Answers each connection's first request with `raw`, then closes (FIN).
    static func answering(_ raw: String) throws -> ScriptedServer {
        try ScriptedServer { connection in
            connection.readRequest()
            connection.write(raw)
            connection.closeWriting()
            _ = connection.waitForClientClose(timeout: 5)
        }
    }

    static func get(_ server: ScriptedServer, _ transport: SocketHTTPTransport = TransportTestServer.socketTransport())
        -> Result<TransportResponse, TransportError>
    {
        transport.send(TransportRequest(method: "GET", url: server.url()))
    }

    /// The response head cut short is what kills the process under FoundationNetworking
    /// (`URLSessionTransportFailureTests.responseHeadCutShort`); here each is an ordinary error.
    @Test(
        "a server that closes mid-response is connectionLost, saying where",
        arguments: [
            ("", "without sending a response"),
            ("HTTP/1.1 20", "in the middle of the status line"),
            ("HTTP/1.1 200 OK\r\nContent-Ty", "in the middle of the header fields"),
            ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n", "in the middle of the header fields"),
            ("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello", "after 5 of 10 body bytes"),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3\r\nab", "chunked body, after 7 body bytes"),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n", "chunked body"),
        ])
    func cutShort(raw: String, fault: String) throws {
        let server = try Self.answering(raw)
        defer { server.stop() }

        let error = try #require(Self.get(server).error())

        guard case .connectionLost(let reason) = error else {
            Issue.record("expected connectionLost, got \(error)")
            return
        }
        #expect(reason.contains(fault), "\(reason)")
        #expect(server.connectionCount == 1)  // a new connection is not retried
    }

    @Test("a reset mid-body is connectionLost")
    func resetMidBody() throws {
        let server = try ScriptedServer { connection in
            connection.readRequest()
            connection.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial")
            connection.resetOnClose()
        }
        defer { server.stop() }

        let error = try #require(Self.get(server).error())

        guard case .connectionLost = error else {
            Issue.record("expected connectionLost, got \(error)")
            return
        }
    }

    @Test(
        "a malformed response is an error naming the fault, not a crash",
        arguments: [
            ("HTTP/1.1 abc Broken\r\nContent-Length: 2\r\n\r\nhi", "invalid status line"),
            ("garbage\r\n\r\n", "invalid status line: \"garbage\""),
            ("SSH-2.0-OpenSSH_9.6\r\n", "invalid status line"),
            ("\u{16}\u{03}\u{01}\u{02}\u{00}\u{01}", "invalid status line"),
            ("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\nhi", "Content-Length"),
            ("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nhi", "conflicting Content-Length"),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhi\r\n", "chunk"),
            ("HTTP/1.1 200 OK\r\nBroken header\r\n\r\n", "invalid header line"),
        ])
    func malformed(raw: String, fault: String) throws {
        let server = try Self.answering(raw)
        defer { server.stop() }

        let error = Self.get(server, TransportTestServer.socketTransport { $0.timeoutMilliseconds = 10_000 }).error()

        guard case .failed(let reason)? = error else {
            Issue.record("expected failed, got \(String(describing: error))")
            return
        }
        #expect(reason.contains(fault), "\(reason)")
    }

    @Test("status line and headers over 256 KiB are refused")
    func hugeHead() throws {
        let filler = String(repeating: "X-Filler: \(String(repeating: "f", count: 1000))\r\n", count: 300)
        let server = try Self.answering("HTTP/1.1 200 OK\r\n" + filler + "\r\n")
        defer { server.stop() }

        let error = Self.get(server).error()

        #expect(error?.description.contains("more than 256 KiB") == true)
    }

    @Test("a body delimited by the server closing the connection is complete")
    func closeDelimited() throws {
        let server = try Self.answering("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nto the very end")
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport()

        #expect(Self.get(server, transport).response()?.text == "to the very end")
        #expect(transport.pool.count == 0)
    }

    @Test("100 Continue and 103 Early Hints before the answer are skipped")
    func interimResponses() throws {
        let server = try Self.answering(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfinal")
        defer { server.stop() }

        let response = try #require(
            TransportTestServer.socketTransport().send(
                TransportRequest(
                    method: "POST", url: server.url(), headers: [HeaderField(name: "Expect", value: "100-continue")], body: Data("x".utf8))
            ).response())

        #expect(response.status == 200)
        #expect(response.text == "final")
        #expect(!response.headers.contains { $0.hasName("Link") })
    }

    @Test("a server that never answers hits the deadline to the millisecond, not the second")
    func neverAnswers() throws {
        let server = try ScriptedServer { connection in
            connection.readRequest()
            _ = connection.waitForClientClose(timeout: 10)
        }
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport { $0.timeoutMilliseconds = 300 }

        let (result, seconds) = secondsElapsed { Self.get(server, transport) }

        #expect(result.error() == .timedOut(milliseconds: 300))
        #expect(seconds >= 0.29)
        #expect(seconds < 3)
    }

    @Test("a server that sends a byte at a time still meets the whole-request deadline")
    func trickle() throws {
        let server = try ScriptedServer { connection in
            connection.readRequest()
            connection.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
            for _ in 0..<1000 {
                connection.write("x")
                usleep(20_000)
            }
        }
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport { $0.timeoutMilliseconds = 250 }

        let (result, seconds) = secondsElapsed { Self.get(server, transport) }

        #expect(result.error() == .timedOut(milliseconds: 250))
        #expect(seconds < 3)
    }

    /// How the server ends a kept-alive connection as the next request arrives, without answering it.
    enum StaleEnd: String, CaseIterable, Sendable {
        case close, reset
    }

    @Test(
        "a keep-alive connection the server closes or resets as the next request arrives is retried once, on a new connection",
        arguments: StaleEnd.allCases)
    func staleKeepAliveRetried(end: StaleEnd) throws {
        let requests = RequestCounter()
        let server = try ScriptedServer { connection in
            if connection.index == 0 {
                connection.readRequest()
                requests.add()
                connection.write("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst")
                // The second request arrives; the server had decided to close: no answer.
                connection.readRequest()
                requests.add()
                if end == .reset { connection.resetOnClose() }
                return
            }
            while connection.readRequest() != nil {
                requests.add()
                connection.write("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nretry")
            }
        }
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport()

        #expect(Self.get(server, transport).response()?.text == "first")
        #expect(Self.get(server, transport).response()?.text == "retry")
        #expect(server.connectionCount == 2)
        #expect(requests.count == 3)
    }

    @Test("the retry happens once: a second silent close is an error")
    func retriedOnlyOnce() throws {
        let server = try ScriptedServer { connection in
            connection.readRequest()
            if connection.index == 0 {
                connection.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                connection.readRequest()
            }
        }
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport()

        #expect(Self.get(server, transport).response()?.text == "ok")
        let error = Self.get(server, transport).error()
        guard case .connectionLost? = error else {
            Issue.record("expected connectionLost, got \(String(describing: error))")
            return
        }
        #expect(server.connectionCount == 2)
    }

    @Test("an early answer while the body is still being sent is the response")
    func earlyAnswerDuringUpload() throws {
        let server = try ScriptedServer { connection in
            // Read only the head, answer 413 and close without reading the 8 MiB body.
            _ = connection.readHeadOnly()
            connection.write("HTTP/1.1 413 Content Too Large\r\nConnection: close\r\nContent-Length: 8\r\n\r\ntoo much")
            connection.resetOnClose()
        }
        defer { server.stop() }

        let result = TransportTestServer.socketTransport { $0.timeoutMilliseconds = 10_000 }.send(
            TransportRequest(method: "POST", url: server.url(), body: Data(repeating: 0x61, count: 8 * 1024 * 1024)))

        // The reset may overtake the answer in the kernel; either way no crash and no hang.
        switch result {
        case .success(let response):
            #expect(response.status == 413)
        case .failure(let error):
            guard case .connectionLost = error else {
                Issue.record("expected the 413 or connectionLost, got \(error)")
                return
            }
        }
    }

    @Test("cancelAll() during a slow body stops it too")
    func cancelDuringBody() throws {
        let started = Gate()
        let server = try ScriptedServer { connection in
            connection.readRequest()
            connection.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\nsome")
            started.open()
            _ = connection.waitForClientClose(timeout: 10)
        }
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport()
        Thread.detachNewThread {
            if started.wait(timeout: 10) {
                usleep(20_000)
                transport.cancelAll()
            }
        }

        let (result, seconds) = secondsElapsed { Self.get(server, transport) }

        #expect(result.error() == .cancelled)
        #expect(seconds < 5)
    }
}

/// A thread-safe counter for scripts.
final class RequestCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func add() { lock.withLock { value += 1 } }

    var count: Int { lock.withLock { value } }
}
