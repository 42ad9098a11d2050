import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

@Suite("Transports: deadlines, cancellation and failures")
struct TransportFailureTests {
    /// A server that opens `entered` when a request arrives, then holds its answer until `release` opens
    /// (10 seconds at most).
    static func holdingServer(entered: Gate, release: Gate) throws -> HTTPServer {
        try TransportTestServer.start { _ in
            entered.open()
            release.wait(timeout: 10)
            return .text("late")
        }
    }

    @Test("a deadline that is not reached changes nothing", arguments: TransportKind.allCases)
    func deadlineNotReached(kind: TransportKind) throws {
        let server = try TransportTestServer.start { _ in .text("quick") }
        defer { server.stop() }
        let transport = kind.transport { $0.timeoutMilliseconds = 20_000 }
        for _ in 0..<3 {
            #expect(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).response()?.text == "quick")
        }
    }

    @Test("cancelAll() ends the request in flight with .cancelled, and every later one", arguments: TransportKind.allCases)
    func cancelAll(kind: TransportKind) throws {
        let entered = Gate()
        let release = Gate()
        let server = try Self.holdingServer(entered: entered, release: release)
        defer { server.stop() }
        defer { release.open() }
        let transport = kind.transport()
        Thread.detachNewThread {
            if entered.wait(timeout: 10) { transport.cancelAll() }
        }

        let (result, seconds) = secondsElapsed {
            transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/hang")))
        }

        #expect(result.error() == .cancelled)
        #expect(seconds < 5)
        #expect(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).error() == .cancelled)
    }

    @Test("a refused connection is cannotConnect, naming the host (on sockets, with the strerror text)", arguments: TransportKind.allCases)
    func refused(kind: TransportKind) throws {
        // A port that was just listening and is now closed.
        let server = try TransportTestServer.start { _ in .text("") }
        let port = server.port
        server.stop()

        let error = try #require(kind.transport().send(TransportRequest(method: "GET", url: "http://127.0.0.1:\(port)/")).error())

        guard case .cannotConnect(let host, let reason) = error else {
            Issue.record("expected cannotConnect, got \(error)")
            return
        }
        #expect(host == "127.0.0.1")
        #expect(!reason.isEmpty)
        if kind.sendsOnSockets {
            #expect(reason.contains("connection refused (errno 111)"))
            #expect(reason.contains("127.0.0.1:\(port)"))
        }
    }

    @Test("a host name that does not resolve is cannotConnect with the resolver's reason", arguments: TransportKind.allCases)
    func unknownHost(kind: TransportKind) throws {
        let error = try #require(
            kind.transport { $0.timeoutMilliseconds = 20_000 }.send(
                TransportRequest(method: "GET", url: "http://no-such-host.invalid/")
            ).error())
        guard case .cannotConnect(let host, let reason) = error else {
            Issue.record("expected cannotConnect, got \(error)")
            return
        }
        #expect(host == "no-such-host.invalid")
        #expect(!reason.isEmpty)
    }

    /// HTTPServer closing before a byte (libcurl: "Empty reply from server"), inside the header block (20
    /// bytes) or inside the body ("transfer closed with N bytes remaining"). URLSession is not given the
    /// cut inside the header block: see `URLSessionTransportFailureTests.responseHeadCutShort`.
    static let drops: [(TransportKind, Int)] = TransportKind.allCases.flatMap { kind in
        (kind.sendsOnSockets ? [0, 20, 150, 5_000] : [0, 150, 5_000]).map { (kind, $0) }
    }

    @Test("HTTPServer dying mid-response (its fault injection) is connectionLost", arguments: drops)
    func droppedConnection(kind: TransportKind, dropAfterBytes: Int) throws {
        let server = try TransportTestServer.start { _ in
            var response = HTTPResponse(status: 200, headers: ["Content-Type": "text/plain"], body: Data(repeating: 0x61, count: 10_000))
            response.dropAfterBytes = dropAfterBytes
            return response
        }
        defer { server.stop() }

        let error = try #require(kind.transport().send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).error())

        guard case .connectionLost(let reason) = error else {
            Issue.record("expected connectionLost, got \(error)")
            return
        }
        #expect(!reason.isEmpty)
    }

    /// Ports out of range or not a number are refused by postie's own URL parsing (socket side only).
    static let invalidURLs: [(TransportKind, String)] = TransportKind.allCases.flatMap { kind in
        let urls = ["", "not a url", "ftp://example.com/file", "http://", "http:///path", "mailto:someone@example.com", "http://[::1/"]
        return (kind.sendsOnSockets ? urls + ["http://host:99999/", "http://host:12ab/"] : urls).map { (kind, $0) }
    }

    @Test("URLs that cannot be sent are invalidURL", arguments: invalidURLs)
    func invalidURL(kind: TransportKind, url: String) throws {
        let error = kind.transport().send(TransportRequest(method: "GET", url: url)).error()
        #expect(error == .invalidURL(url))
    }

    @Test("requests that cannot be sent fail before anything goes out", arguments: TransportKind.allCases)
    func unsendable(kind: TransportKind) throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log)
        defer { server.stop() }
        let transport = kind.transport()
        let url = TransportTestServer.url(server)

        let injected = transport.send(
            TransportRequest(method: "GET", url: url, headers: [HeaderField(name: "X-A", value: "1\r\nX-Injected: 2")])
        ).error()
        #expect(injected?.description.contains("line break") == true)
        let badName = transport.send(TransportRequest(method: "GET", url: url, headers: [HeaderField(name: "Bad Name", value: "1")]))
            .error()
        #expect(badName?.description.contains("not a valid HTTP field name") == true)
        let badMethod = transport.send(TransportRequest(method: "GE T", url: url)).error()
        #expect(badMethod?.description.contains("not a valid HTTP method") == true)
        #expect(log.requests.isEmpty)
        // An empty GET body is no body.
        #expect(transport.send(TransportRequest(method: "GET", url: url, body: Data())).response()?.status == 200)
    }
}
