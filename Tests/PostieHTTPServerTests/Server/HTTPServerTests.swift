import Foundation
import PostieHTTPServer
import Testing

@Suite("HTTP server over loopback")
struct HTTPServerTests {
    @Test func servesASimpleGet() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        #expect(server.port > 0)
        let client = try RawClient(port: server.port)
        try client.send("""
            GET /hello?name=postie HTTP/1.1\r
            Host: localhost\r
            User-Agent: raw\r
            \r

            """)
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.reason == "OK")
        #expect(response.text == "GET /hello?name=postie\n")
        #expect(response.header("Content-Length") == "23")
        #expect(response.header("Content-Type") == "text/plain")
        #expect(response.header("Date")?.hasSuffix(" GMT") == true)
        #expect(response.header("Connection") == nil)
        #expect(response.header("WWW-Authenticate") == nil)
    }

    @Test func handlerSeesRequestDetails() throws {
        let seen = Box<HTTPRequest?>(nil)
        let server = try TestServer.serving { request in
            seen.value = request
            return HTTPResponse(status: 204)
        }
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send("DELETE /jobs/42/?force=true&x=a%2Fb HTTP/1.1\r\nHost: h\r\nX-Multi: 1\r\nX-Multi: 2\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 204)
        #expect(response.header("Content-Length") == nil)
        let request = try #require(seen.value)
        #expect(request.method == "DELETE")
        #expect(request.path == "/jobs/42/")
        #expect(request.queryItems.map(\.value) == ["true", "a/b"])
        #expect(request.headers.values(for: "x-multi") == ["1", "2"])
        #expect(request.remoteAddress.hasPrefix("127.0.0.1:"))
    }

    @Test func keepsTheConnectionAliveAcrossRequests() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        for index in 1...5 {
            try client.send("GET /request/\(index) HTTP/1.1\r\nHost: localhost\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.text == "GET /request/\(index)\n")
        }
        #expect(server.activeConnectionCount == 1)
    }

    @Test func answersPipelinedRequestsInOrder() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send("""
            GET /first HTTP/1.1\r
            Host: localhost\r
            \r
            POST /second HTTP/1.1\r
            Host: localhost\r
            Content-Length: 4\r
            \r
            bodyGET /third HTTP/1.1\r
            Host: localhost\r
            \r

            """)
        #expect(try client.readResponse().text == "GET /first\n")
        #expect(try client.readResponse().text == "POST /second\nbody")
        #expect(try client.readResponse().text == "GET /third\n")
    }

    @Test func readsABodyByContentLength() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        let payload = String(repeating: "0123456789", count: 10_000)
        try client.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: \(payload.utf8.count)\r\n\r\n\(payload)")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.header("X-Body-Length") == "100000")
        #expect(response.text == "POST /upload\n" + payload)
    }

    @Test func readsAChunkedBodyWithExtensionsAndTrailers() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send("""
            POST /chunked HTTP/1.1\r
            Host: localhost\r
            Transfer-Encoding: chunked\r
            \r
            4;note="first"\r
            Wiki\r
            6 ; a=b\r
            pedia \r
            E\r
            in \r
            \r
            chunks.\r
            0\r
            Expires: never\r
            \r

            """)
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "POST /chunked\nWikipedia in \r\n\r\nchunks.")
        // The connection is still usable: the trailer section was consumed exactly.
        try client.send("GET /after HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try client.readResponse().text == "GET /after\n")
    }

    @Test func sendsContinueBeforeTheBody() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send("PUT /file HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        let interim = try client.readResponse()
        #expect(interim.status == 100)
        #expect(interim.reason == "Continue")
        try client.send("hello")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "PUT /file\nhello")
    }

    @Test func answersHeadWithoutBody() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send("HEAD /resource HTTP/1.1\r\nHost: localhost\r\n\r\n")
        let response = try client.readResponse(head: true)
        #expect(response.status == 200)
        #expect(response.header("Content-Length") == "15")  // "HEAD /resource\n"
        #expect(response.body.isEmpty)
        // Had a body been sent, it would now be read as the next response's status line.
        try client.send("GET /next HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try client.readResponse().text == "GET /next\n")
    }

    @Test func streamsWithAndWithoutLength() throws {
        let pieces = ["alpha,", "", "beta,", "gamma"]
        let server = try TestServer.serving { request in
            let producer: @Sendable ((Data) -> Bool) -> Void = { write in
                for piece in pieces where !write(Data(piece.utf8)) { return }
            }
            let length = request.path == "/sized" ? pieces.joined().utf8.count : nil
            return HTTPResponse(status: 200, headers: ["Content-Type": "text/plain"], streaming: .stream(length: length, producer: producer))
        }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        try client.send("GET /sized HTTP/1.1\r\nHost: localhost\r\n\r\n")
        let sized = try client.readResponse()
        #expect(sized.header("Content-Length") == "16")
        #expect(sized.header("Transfer-Encoding") == nil)
        #expect(sized.text == "alpha,beta,gamma")

        try client.send("GET /unsized HTTP/1.1\r\nHost: localhost\r\n\r\n")
        let chunked = try client.readResponse()
        #expect(chunked.header("Transfer-Encoding") == "chunked")
        #expect(chunked.header("Content-Length") == nil)
        #expect(chunked.text == "alpha,beta,gamma")

        // HTTP/1.0 cannot read chunked: the body ends with the connection.
        let old = try RawClient(port: server.port)
        try old.send("GET /unsized HTTP/1.0\r\n\r\n")
        let closeDelimited = try old.readResponse()
        #expect(closeDelimited.header("Transfer-Encoding") == nil)
        #expect(closeDelimited.header("Connection") == "close")
        #expect(closeDelimited.text == "alpha,beta,gamma")
    }

    @Test func producerLearnsThatTheClientLeft() throws {
        let stopped = Signal()
        let server = try TestServer.serving { _ in
            HTTPResponse(status: 200, streaming: .stream(length: nil) { write in
                let piece = Data(repeating: 0x61, count: 64 * 1024)
                // Without a reader the socket buffers fill and writes fail; bounded so a bug cannot hang.
                for _ in 0..<100_000 where !write(piece) {
                    stopped.fire()
                    return
                }
            })
        }
        defer { server.stop() }
        do {
            let client = try RawClient(port: server.port)
            try client.send("GET /forever HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(client.hasInput(within: RawClient.defaultTimeout))
        }  // the client closes here
        #expect(stopped.wait(timeout: 30))
    }

    @Test func honoursConnectionCloseFromClientAndHandler() throws {
        let server = try TestServer.serving { request in
            var response = HTTPResponse.text("bye")
            if request.path == "/handler-closes" { response.headers.set("Connection", "close") }
            return response
        }
        defer { server.stop() }

        let client = try RawClient(port: server.port)
        try client.send("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.header("Connection") == "close")
        #expect(client.closesWithin())

        let other = try RawClient(port: server.port)
        try other.send("GET /handler-closes HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try other.readResponse().header("Connection") == "close")
        #expect(other.closesWithin())
    }

    @Test func http10ClosesUnlessKeepAliveIsAsked() throws {
        let server = try TestServer.start()
        defer { server.stop() }

        let plain = try RawClient(port: server.port)
        try plain.send("GET /old HTTP/1.0\r\n\r\n")
        let response = try plain.readResponse()
        #expect(response.status == 200)
        #expect(response.header("Connection") == "close")
        #expect(response.text == "GET /old\n")
        #expect(plain.closesWithin())

        let persistent = try RawClient(port: server.port)
        for _ in 0..<2 {
            try persistent.send("GET /kept HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            let kept = try persistent.readResponse()
            #expect(kept.header("Connection") == "keep-alive")
            #expect(kept.text == "GET /kept\n")
        }
    }

    @Test func slowHandlerDoesNotBlockOtherConnections() throws {
        let release = Signal()
        let server = try TestServer.serving { request in
            if request.path == "/slow" { _ = release.wait(timeout: 30) }
            return .text(request.path)
        }
        defer { server.stop() }
        let slow = try RawClient(port: server.port)
        try slow.send("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n")

        let fast = try RawClient(port: server.port)
        try fast.send("GET /fast HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try fast.readResponse().text == "/fast")

        release.fire()
        #expect(try slow.readResponse().text == "/slow")
    }

    @Test func dropAfterBytesCutsTheResponse() throws {
        let server = try TestServer.serving { request in
            var response = HTTPResponse.text(String(repeating: "x", count: 10_000))
            response.dropAfterBytes = Int(request.query ?? "") ?? 0
            return response
        }
        defer { server.stop() }
        for limit in [0, 10, 50, 2000] {
            let client = try RawClient(port: server.port)
            try client.send("GET /drop?\(limit) HTTP/1.1\r\nHost: localhost\r\n\r\n")
            let received = try client.readToEnd()
            #expect(received.count == limit)
            #expect(String(decoding: received, as: UTF8.self).hasPrefix(String("HTTP/1.1 200 OK\r\n".prefix(limit))))
        }
    }

    @Test func dropAfterBytesCutsAStream() throws {
        let server = try TestServer.serving { _ in
            var response = HTTPResponse(status: 200, streaming: .stream(length: nil) { write in
                for _ in 0..<100 where !write(Data(repeating: 0x62, count: 100)) { return }
            })
            response.dropAfterBytes = 500
            return response
        }
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try client.readToEnd().count == 500)
    }
}

/// A mutable value shared with a handler thread.
final class Box<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
