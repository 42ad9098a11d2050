import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

/// What SocketHTTPTransport alone does; the cases every transport shares run once per `TransportKind`
/// (`TransportFailureTests`, `TransportRedirectTests`, …).
@Suite("SocketHTTPTransport: requests as built, responses as sent")
struct SocketHTTPTransportTests {
    @Test("a GET goes out with the headers in the given order and spelling, Host first")
    func getRoundTrip() throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log) { _ in
            HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(#"{"ok":true}"#.utf8))
        }
        defer { server.stop() }

        let response = try #require(
            TransportTestServer.socketTransport().send(
                TransportRequest(
                    method: "GET", url: TransportTestServer.url(server, "/api/v1/items?b=2&a=%7B1%7D&sp=%20"),
                    headers: [
                        HeaderField(name: "x-lower", value: "1"), HeaderField(name: "X-UPPER", value: "2"),
                        HeaderField(name: "Accept", value: "application/json"), HeaderField(name: "X-Empty", value: ""),
                        HeaderField(name: "X-Dup", value: "first"), HeaderField(name: "x-dup", value: "second"),
                        HeaderField(name: "Cookie", value: "a=1"), HeaderField(name: "Cookie", value: "b=2"),
                    ])
            ).response())

        #expect(response.status == 200)
        #expect(response.text == #"{"ok":true}"#)
        #expect(response.finalURL == TransportTestServer.url(server, "/api/v1/items?b=2&a=%7B1%7D&sp=%20"))
        #expect(response.redirectCount == 0)
        #expect(response.durationMilliseconds > 0)
        let received = try #require(log.requests.first)
        #expect(received.target == "/api/v1/items?b=2&a=%7B1%7D&sp=%20")
        #expect(
            received.headers.fields.map(\.name) == [
                "Host", "x-lower", "X-UPPER", "Accept", "X-Empty", "X-Dup", "x-dup", "Cookie", "Cookie", "Connection",
            ])
        #expect(
            received.headers.fields.map(\.value) == [
                "127.0.0.1:\(server.port)", "1", "2", "application/json", "", "first", "second", "a=1", "b=2", "keep-alive",
            ])
        // Nothing was added that the request did not ask for.
        #expect(!received.headers.contains("Accept-Encoding"))
        #expect(!received.headers.contains("User-Agent"))
        #expect(!received.headers.contains("Accept-Language"))
    }

    @Test("a POST carries its body with the true Content-Length, in the place of a given one")
    func postRoundTrip() throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log, handler: TransportTestServer.echo)
        defer { server.stop() }
        let body = Data(#"{"name":"postie","emoji":"📮"}"#.utf8)

        let response = try #require(
            TransportTestServer.socketTransport().send(
                TransportRequest(
                    method: "POST", url: TransportTestServer.url(server, "/items"),
                    headers: [
                        HeaderField(name: "Content-Type", value: "application/json"), HeaderField(name: "Content-Length", value: "999"),
                        HeaderField(name: "X-After", value: "1"),
                    ], body: body)
            ).response())

        #expect(response.status == 200)
        let received = try #require(log.requests.first)
        #expect(received.body == body)
        #expect(
            received.headers.fields.map(\.name) == ["Host", "Content-Type", "Content-Length", "X-After", "Connection"])
        #expect(received.headers["Content-Length"] == String(body.count))
        #expect(response.header("X-Body-Length") == String(body.count))
    }

    @Test("POST, PUT and PATCH without a body send Content-Length: 0; GET and DELETE send none", arguments: [
        ("POST", "0"), ("PUT", "0"), ("PATCH", "0"), ("GET", nil), ("DELETE", nil), ("OPTIONS", nil),
    ] as [(String, String?)])
    func emptyBodies(method: String, length: String?) throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log) { _ in .text("done") }
        defer { server.stop() }

        let response = TransportTestServer.socketTransport().send(
            TransportRequest(method: method, url: TransportTestServer.url(server))
        ).response()

        #expect(response?.status == 200)
        #expect(log.requests.first?.headers["Content-Length"] == length)
    }

    @Test("a GET with a body is sent as given (the builder already drops it when Postman would)")
    func getWithBody() throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log) { request in .text("seen \(request.body.count)") }
        defer { server.stop() }

        let response = TransportTestServer.socketTransport().send(
            TransportRequest(method: "GET", url: TransportTestServer.url(server), body: Data("query".utf8))
        ).response()

        #expect(response?.text == "seen 5")
        #expect(log.requests.first?.body == Data("query".utf8))
    }

    @Test("response headers come back in order, repeats and spelling kept (Set-Cookie too)")
    func responseHeaders() throws {
        let server = try TransportTestServer.start { _ in
            var headers = HTTPHeaders()
            headers.add("Set-Cookie", "a=1; Path=/")
            headers.add("X-Zeta", "z")
            headers.add("set-cookie", "b=2")
            headers.add("X-Alpha", "a")
            headers.add("Set-Cookie", "c=3, with a comma")
            return HTTPResponse(status: 200, headers: headers, body: Data("ok".utf8))
        }
        defer { server.stop() }

        let response = try #require(
            TransportTestServer.socketTransport().send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).response())

        let cookies = response.headers.filter { $0.hasName("Set-Cookie") }.map(\.value)
        #expect(cookies == ["a=1; Path=/", "b=2", "c=3, with a comma"])
        let ours = response.headers.map(\.name).filter { ["Set-Cookie", "set-cookie", "X-Zeta", "X-Alpha"].contains($0) }
        #expect(ours == ["Set-Cookie", "X-Zeta", "set-cookie", "X-Alpha", "Set-Cookie"])
    }

    @Test("HEAD, 204 and 304 have no body, and the connection stays usable")
    func noBodyAnswers() throws {
        let server = try TransportTestServer.start { request in
            switch request.path {
            case "/204": return HTTPResponse(status: 204)
            case "/304": return HTTPResponse(status: 304, headers: ["ETag": "\"v1\""])
            default: return .text(String(repeating: "x", count: 100))
            }
        }
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport()

        let head = try #require(transport.send(TransportRequest(method: "HEAD", url: TransportTestServer.url(server, "/x"))).response())
        #expect(head.status == 200)
        #expect(head.body.size == 0)
        #expect(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/204"))).response()?.status == 204)
        #expect(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/304"))).response()?.status == 304)
        let after = try #require(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/x"))).response())
        #expect(after.body.size == 100)
        #expect(server.activeConnectionCount <= 1)
    }

    @Test("a chunked answer is de-chunked")
    func chunkedAnswer() throws {
        let server = try TransportTestServer.start { _ in
            HTTPResponse(
                status: 200,
                streaming: .stream(length: nil) { write in
                    for word in ["alpha ", "beta ", "gamma"] where !write(Data(word.utf8)) { return }
                })
        }
        defer { server.stop() }

        let response = TransportTestServer.socketTransport().send(TransportRequest(method: "GET", url: TransportTestServer.url(server)))
            .response()

        #expect(response?.text == "alpha beta gamma")
        #expect(response?.header("Transfer-Encoding") == "chunked")
    }

    @Test("requests from several threads at once share the transport safely")
    func concurrentUse() throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log) { request in .text(request.path) }
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport()
        let mismatches = RequestCounter()

        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for index in 0..<50 {
                let path = "/w\(worker)/\(index)"
                let text = transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, path))).response()?.text
                if text != path { mismatches.add() }
            }
        }

        #expect(mismatches.count == 0)
        #expect(log.requests.count == 400)
        #expect(log.connectionCount <= 400)
        #expect(transport.pool.count <= transport.pool.maximumIdlePerKey)
    }

    @Test("Connection: close, from the request or the response, is honoured")
    func connectionClose() throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log) { request in
            if request.path == "/closing" { return HTTPResponse(status: 200, headers: ["Connection": "close"], body: Data("bye".utf8)) }
            return .text("hi")
        }
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport()
        let url = TransportTestServer.url(server)

        #expect(transport.send(TransportRequest(method: "GET", url: url, headers: [HeaderField(name: "Connection", value: "close")])).response()?.text == "hi")
        #expect(log.requests.last?.headers.values(for: "Connection") == ["close"])
        #expect(transport.pool.count == 0)
        #expect(transport.send(TransportRequest(method: "GET", url: url)).response()?.text == "hi")
        #expect(transport.pool.count == 1)
        #expect(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/closing"))).response()?.text == "bye")
        #expect(transport.pool.count == 0)
        #expect(transport.send(TransportRequest(method: "GET", url: url)).response()?.text == "hi")
        #expect(log.connectionCount == 3)
    }

    @Test("an idle connection the server closed is not used again")
    func idleConnectionClosedByServer() throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log, { $0.idleTimeout = 0.05 }) { _ in .text("fresh") }
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport()

        #expect(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).response()?.text == "fresh")
        // Wait for the server to close the idle connection (no fixed sleep: poll until it has).
        let deadline = Date().addingTimeInterval(5)
        while server.activeConnectionCount > 0, Date() < deadline { usleep(5_000) }
        #expect(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).response()?.text == "fresh")
        #expect(log.connectionCount == 2)
    }

    @Test("an https URL goes out on this transport too: nothing listening is a connection error, not a refusal")
    func httpsToNothing() throws {
        let error = TransportTestServer.socketTransport().send(TransportRequest(method: "GET", url: "https://127.0.0.1:1/")).error()
        #expect(error?.description.hasPrefix("cannot connect to 127.0.0.1: connection refused") == true)
    }

    @Test("userinfo in the URL becomes Basic authorization unless one is given")
    func userinfo() throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log)
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport()

        _ = transport.send(TransportRequest(method: "GET", url: "http://user:p%40ss@127.0.0.1:\(server.port)/"))
        #expect(log.requests.last?.headers["Authorization"] == "Basic " + Data("user:p@ss".utf8).base64EncodedString())
        #expect(log.requests.last?.headers["Host"] == "127.0.0.1:\(server.port)")
        _ = transport.send(
            TransportRequest(
                method: "GET", url: "http://user:pw@127.0.0.1:\(server.port)/", headers: [HeaderField(name: "Authorization", value: "Bearer t")]))
        #expect(log.requests.last?.headers.values(for: "Authorization") == ["Bearer t"])
    }

    @Test("a host name resolves, trying each address: localhost reaches a server on 127.0.0.1")
    func hostName() throws {
        let server = try TransportTestServer.start { request in .text("host \(request.headers["Host"] ?? "")") }
        defer { server.stop() }
        let response = TransportTestServer.socketTransport().send(
            TransportRequest(method: "GET", url: "http://localhost:\(server.port)/")
        ).response()
        #expect(response?.text == "host localhost:\(server.port)")
    }
}
