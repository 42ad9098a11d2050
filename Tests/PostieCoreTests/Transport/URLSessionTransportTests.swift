import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

@Suite("URLSessionTransport: requests and responses")
struct URLSessionTransportTests {
    @Test("a GET reaches the server with its headers and no body, and the answer comes back whole")
    func getRoundTrip() throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log, handler: TransportTestServer.echo)
        defer { server.stop() }
        let transport = TransportTestServer.transport()

        let request = TransportRequest(
            method: "GET", url: TransportTestServer.url(server, "/items/42?format=json&q=a%20b"),
            headers: [HeaderField(name: "X-Api-Key", value: "k-123"), HeaderField(name: "Accept", value: "application/json")])
        let response = try #require(transport.send(request).response())

        #expect(response.status == 200)
        #expect(response.text.hasPrefix("GET /items/42?format=json&q=a%20b\n"))
        #expect(response.header("x-body-length") == "0")
        #expect(response.finalURL == request.url)
        #expect(response.redirectCount == 0)
        #expect(response.durationMilliseconds > 0)
        let received = try #require(log.requests.first)
        #expect(received.headers["X-Api-Key"] == "k-123")
        #expect(received.headers.values(for: "Accept") == ["application/json"])
        #expect(received.body.isEmpty)
        #expect(!received.headers.contains("Content-Length"))
        #expect(!received.headers.contains("Transfer-Encoding"))
    }

    @Test("a POST sends its body with the right Content-Length, and the server's answer is returned as is")
    func postRoundTrip() throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log) { request in
            var response = TransportTestServer.echo(request)
            response.status = 201
            response.headers.add("X-Custom", "yes")
            return response
        }
        defer { server.stop() }
        let transport = TransportTestServer.transport()
        let body = Data("{\"name\":\"Zoë\",\"n\":1}".utf8)

        let response = try #require(
            transport.send(
                TransportRequest(
                    method: "POST", url: TransportTestServer.url(server, "/jobs"),
                    headers: [HeaderField(name: "Content-Type", value: "application/json"), HeaderField(name: "Content-Length", value: "999")],
                    body: body)
            ).response())

        #expect(response.status == 201)
        #expect(response.header("X-Custom") == "yes")
        #expect(response.header("x-body-length") == String(body.count))
        #expect(response.body.inMemoryBytes.suffix(body.count) == body)
        let received = try #require(log.requests.first)
        #expect(received.body == body)
        // A given Content-Length is dropped; libcurl writes the true one.
        #expect(received.headers.values(for: "Content-Length") == [String(body.count)])
        #expect(received.headers["Content-Type"] == "application/json")
    }

    @Test("methods other than GET and POST, with and without a body", arguments: ["PUT", "PATCH", "DELETE", "OPTIONS"])
    func otherMethods(method: String) throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log, handler: TransportTestServer.echo)
        defer { server.stop() }
        let transport = TransportTestServer.transport()

        let withBody = try #require(
            transport.send(TransportRequest(method: method, url: TransportTestServer.url(server, "/a"), body: Data("x=1".utf8)))
                .response())
        let withoutBody = try #require(
            transport.send(TransportRequest(method: method, url: TransportTestServer.url(server, "/b"))).response())

        #expect(withBody.text.hasPrefix("\(method) /a\n"))
        #expect(withoutBody.text.hasPrefix("\(method) /b\n"))
        let requests = log.requests
        #expect(requests.map(\.body) == [Data("x=1".utf8), Data()])
    }

    @Test("a HEAD request gets the status and headers and no body")
    func head() throws {
        let server = try TransportTestServer.start { _ in .text("not sent for HEAD") }
        defer { server.stop() }
        let response = try #require(
            TransportTestServer.transport().send(TransportRequest(method: "HEAD", url: TransportTestServer.url(server))).response())
        #expect(response.status == 200)
        #expect(response.body.size == 0)
    }

    @Test("header names keep their case, an empty value is sent empty, repeated names are joined")
    func headerSpelling() throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log) { _ in .text("ok") }
        defer { server.stop() }

        _ = try #require(
            TransportTestServer.transport().send(
                TransportRequest(
                    method: "GET", url: TransportTestServer.url(server),
                    headers: [
                        HeaderField(name: "x-lower-case", value: "1"), HeaderField(name: "X-MiXeD-CaSe", value: "2"),
                        HeaderField(name: "before", value: ""), HeaderField(name: "X-Twice", value: "a"),
                        HeaderField(name: "x-twice", value: "b"), HeaderField(name: "Cookie", value: "a=1"),
                        HeaderField(name: "Cookie", value: "b=2"), HeaderField(name: "User-Agent", value: "PostmanRuntime/7.39.0"),
                    ])
            ).response())

        let fields = try #require(log.requests.first).headers.fields
        let names = Set(fields.map(\.name))
        #expect(names.contains("x-lower-case"))
        #expect(names.contains("X-MiXeD-CaSe"))
        #expect(fields.filter { $0.name == "before" }.map(\.value) == [""])
        #expect(fields.filter { $0.name == "X-Twice" }.map(\.value) == ["a, b"])
        #expect(fields.filter { $0.name == "Cookie" }.map(\.value) == ["a=1; b=2"])
        #expect(fields.filter { $0.name.lowercased() == "user-agent" }.map(\.value) == ["PostmanRuntime/7.39.0"])
    }

    @Test("headers the stack adds on its own: Accept-Encoding, Accept-Language, Connection, User-Agent, Host")
    func headersAddedByTheStack() throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log) { _ in .text("ok") }
        defer { server.stop() }
        let transport = TransportTestServer.transport()

        _ = transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server)))
        _ = transport.send(
            TransportRequest(
                method: "GET", url: TransportTestServer.url(server),
                headers: [HeaderField(name: "Accept-Encoding", value: "identity"), HeaderField(name: "Host", value: "api.example.com")]))

        let requests = log.requests
        try #require(requests.count == 2)
        let plain = requests[0].headers
        #expect(plain["Host"] == "127.0.0.1:\(server.port)")
        #expect(plain["Accept-Encoding"]?.contains("gzip") == true)
        #expect(plain["Connection"] == "keep-alive")
        #expect(plain.contains("Accept-Language"))
        #expect(plain["User-Agent"]?.contains("curl/") == true)
        // A given header replaces the stack's own.
        let given = requests[1].headers
        #expect(given.values(for: "Accept-Encoding") == ["identity"])
        #expect(given["Host"] == "api.example.com")
    }

    @Test("a gzip answer comes back decoded; the Content-Encoding header stays")
    func gzipResponse() throws {
        // gzip of {"compressed":true,"text":"hello gzip world"}, made with python3 gzip.compress(mtime=0).
        let gzipped = Data([
            0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xab, 0x56, 0x4a, 0xce, 0xcf, 0x2d, 0x28, 0x4a,
            0x2d, 0x2e, 0x4e, 0x4d, 0x51, 0xb2, 0x2a, 0x29, 0x2a, 0x4d, 0xd5, 0x51, 0x2a, 0x49, 0xad, 0x28, 0x51, 0xb2,
            0x52, 0xca, 0x48, 0xcd, 0xc9, 0xc9, 0x57, 0x48, 0xaf, 0xca, 0x2c, 0x50, 0x28, 0xcf, 0x2f, 0xca, 0x49, 0x51,
            0xaa, 0x05, 0x00, 0x98, 0xa4, 0x3c, 0x08, 0x2d, 0x00, 0x00, 0x00,
        ])
        let server = try TransportTestServer.start { _ in
            HTTPResponse(status: 200, headers: ["Content-Type": "application/json", "Content-Encoding": "gzip"], body: gzipped)
        }
        defer { server.stop() }

        let response = try #require(
            TransportTestServer.transport().send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).response())

        #expect(response.text == #"{"compressed":true,"text":"hello gzip world"}"#)
        #expect(response.header("Content-Encoding") == "gzip")
    }

    @Test("response headers: every field, repeated ones joined by URLSession, sorted by name")
    func responseHeaders() throws {
        let server = try TransportTestServer.start { _ in
            var headers = HTTPHeaders()
            headers.add("X-Zeta", "last")
            headers.add("X-Repeated", "one")
            headers.add("x-lower", "v")
            headers.add("X-Repeated", "two")
            headers.add("Set-Cookie", "a=1; Path=/")
            headers.add("Set-Cookie", "b=2; Path=/")
            return HTTPResponse(status: 200, headers: headers, body: Data("ok".utf8))
        }
        defer { server.stop() }

        let response = try #require(
            TransportTestServer.transport().send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).response())

        #expect(response.header("X-Repeated") == "one, two")
        #expect(response.header("x-lower") == "v")
        #expect(response.header("Set-Cookie") == "a=1; Path=/, b=2; Path=/")
        let names = response.headers.map { $0.name.lowercased() }
        #expect(names == names.sorted())
        #expect(names.contains("content-length"))
    }

    @Test("a close-delimited HTTP/1.0 body is read to the end")
    func closeDelimitedBody() throws {
        let server = try RawResponseServer(response: "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end")
        defer { server.stop() }
        let response = try #require(
            TransportTestServer.transport().send(TransportRequest(method: "GET", url: "http://127.0.0.1:\(server.port)/")).response())
        #expect(response.status == 200)
        #expect(response.text == "until the end")
    }
}
