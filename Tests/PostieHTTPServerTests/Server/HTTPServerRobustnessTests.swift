import Foundation
import PostieHTTPServer
import Testing

/// Hostile and broken input: each is answered with an error or the connection is closed, and the server
/// goes on serving the next client.
@Suite("HTTP server under malformed input")
struct HTTPServerRobustnessTests {
    /// Sends `bytes`, expects `status` (or, when nil, an error status or a close), then checks the server.
    private func expectRefusal(
        _ bytes: [UInt8], status: Int?, halfClose: Bool = false,
        configure: (inout HTTPServer.Configuration) -> Void = { _ in },
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let server = try TestServer.start(configure)
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        client.sendIgnoringErrors(bytes)
        if halfClose { client.shutdownWrite() }
        if let status {
            let response = try client.readResponse()
            #expect(response.status == status, "\(response.message ?? "")", sourceLocation: sourceLocation)
            #expect(response.header("Connection") == "close", sourceLocation: sourceLocation)
            #expect(response.header("Content-Type") == "application/json", sourceLocation: sourceLocation)
            #expect(response.message?.isEmpty == false, sourceLocation: sourceLocation)
            #expect(client.closesWithin(), sourceLocation: sourceLocation)
        } else {
            // Either an error answer or a plain close; never a success, never a hang.
            if let response = try? client.readResponse() {
                #expect(response.status >= 400, sourceLocation: sourceLocation)
            }
            #expect(client.closesWithin(), sourceLocation: sourceLocation)
        }
        try TestServer.expectStillServing(server, sourceLocation: sourceLocation)
    }

    @Test func truncatedRequestLineThenClose() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        do {
            let client = try RawClient(port: server.port)
            try client.send("GET /inde")
        }  // closed mid-line
        try TestServer.expectStillServing(server)
        let halfClosed = try RawClient(port: server.port)
        try halfClosed.send("GET /index.html HTTP/1.1\r\nHost: loc")
        halfClosed.shutdownWrite()
        #expect(halfClosed.closesWithin())
        try TestServer.expectStillServing(server)
    }

    @Test func requestLineWithoutVersion() throws {
        try expectRefusal(Array("GET /\r\n\r\n".utf8), status: 400)
    }

    @Test func http2PrefaceAndOtherVersions() throws {
        try expectRefusal(Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8), status: 505)
        try expectRefusal(Array("GET / HTTP/1.1x\r\nHost: a\r\n\r\n".utf8), status: 400)
    }

    @Test func allOnesBytes() throws {
        try expectRefusal([UInt8](repeating: 0xFF, count: 4096), status: 400)
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func randomBytes(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let bytes = (0..<2048).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        try expectRefusal(bytes, status: nil, halfClose: true)
    }

    @Test func randomBytesAfterAValidRequestLine() throws {
        var generator = SplitMix64(seed: 99)
        let noise = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        try expectRefusal(Array("POST / HTTP/1.1\r\nHost: a\r\n".utf8) + noise, status: nil, halfClose: true)
    }

    @Test func headersOverTheLimit() throws {
        let field = "X-Filler: " + String(repeating: "v", count: 90) + "\r\n"
        let request = "GET / HTTP/1.1\r\nHost: localhost\r\n" + String(repeating: field, count: 800) + "\r\n"
        #expect(request.utf8.count > 64 * 1024)
        try expectRefusal(Array(request.utf8), status: 431)
    }

    @Test func oneHugeHeaderLine() throws {
        let request = "GET / HTTP/1.1\r\nHost: localhost\r\nX-Huge: " + String(repeating: "h", count: 100_000) + "\r\n\r\n"
        try expectRefusal(Array(request.utf8), status: 431)
    }

    @Test func hugeRequestLine() throws {
        let request = "GET /" + String(repeating: "p", count: 70_000)
        try expectRefusal(Array(request.utf8), status: 431)
    }

    @Test(arguments: ["zz", "FFFFFFFFFFFFFFFFFFFFFFFF", "-5", "5 five"])
    func badChunkSize(size: String) throws {
        let request = "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n\(size)\r\nhello\r\n0\r\n\r\n"
        try expectRefusal(Array(request.utf8), status: 400)
    }

    @Test func negativeContentLength() throws {
        try expectRefusal(Array("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: -3\r\n\r\nabc".utf8), status: 400)
    }

    @Test func conflictingContentLengths() throws {
        let request = "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"
        try expectRefusal(Array(request.utf8), status: 400)
    }

    @Test func missingHost() throws {
        try expectRefusal(Array("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n".utf8), status: 400)
    }

    @Test func obsoleteLineFolding() throws {
        try expectRefusal(Array("GET / HTTP/1.1\r\nHost: localhost\r\nX-A: one\r\n two\r\n\r\n".utf8), status: 400)
    }

    @Test func unknownTransferCoding() throws {
        let request = "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n\r\n"
        try expectRefusal(Array(request.utf8), status: 501)
    }

    @Test func bodyOverTheLimitByContentLength() throws {
        let request = "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2000\r\n\r\n" + String(repeating: "b", count: 2000)
        try expectRefusal(Array(request.utf8), status: 413) { $0.maxBodyBytes = 1000 }
    }

    @Test func bodyOverTheLimitWhileChunked() throws {
        let chunk = "200\r\n" + String(repeating: "c", count: 0x200) + "\r\n"
        let request = "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n" + String(repeating: chunk, count: 4)
        try expectRefusal(Array(request.utf8), status: 413) { $0.maxBodyBytes = 1000 }
    }

    @Test func tooLargeIsAnsweredInsteadOfContinue() throws {
        let server = try TestServer.start { $0.maxBodyBytes = 1000 }
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send("PUT /big HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 413)
        #expect(client.closesWithin())
        try TestServer.expectStillServing(server)
    }

    @Test func bothTransferEncodingAndContentLengthCloseAfter() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send("POST /te HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "POST /te\nok")
        #expect(response.header("Connection") == "close")
        #expect(client.closesWithin())
    }

    @Test func slowClientTimesOutWhileOthersAreServed() throws {
        let server = try TestServer.start { $0.requestTimeout = 0.5 }
        defer { server.stop() }
        let slow = try RawClient(port: server.port)
        let request = Array("GET /slow HTTP/1.1\r\nHost: localhost\r\nX-Padding: \(String(repeating: "p", count: 500))\r\n\r\n".utf8)
        let bound = Date(timeIntervalSinceNow: 20)
        var sent = 0
        // One byte at a time, pacing on "has the server said anything yet?" rather than on a sleep.
        while sent < request.count, Date() < bound, !slow.hasInput(within: 0.05) {
            slow.sendIgnoringErrors([request[sent]])
            sent += 1
            if sent == 3 {
                // Meanwhile another client is served normally.
                try TestServer.expectStillServing(server)
            }
        }
        #expect(sent < request.count, "the whole request trickled in before any timeout")
        let response = try slow.readResponse()
        #expect(response.status == 408)
        #expect(slow.closesWithin())
        try TestServer.expectStillServing(server)
    }

    @Test func idleKeepAliveConnectionIsClosed() throws {
        let server = try TestServer.start { $0.idleTimeout = 0.3 }
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        // Idle: no response is owed, so the server just closes (no 408).
        let rest = try client.readToEnd(timeout: 20)
        #expect(rest.isEmpty)
        try TestServer.expectStillServing(server)
    }

    @Test func connectionThatNeverSpeaksIsClosed() throws {
        let server = try TestServer.start { $0.requestTimeout = 0.3 }
        defer { server.stop() }
        let silent = try RawClient(port: server.port)
        #expect(try silent.readToEnd(timeout: 20).isEmpty)
        try TestServer.expectStillServing(server)
    }
}
