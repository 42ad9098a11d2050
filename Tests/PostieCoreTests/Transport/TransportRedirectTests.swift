import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

@Suite("Transports: redirects as Postman follows them")
struct TransportRedirectTests {
    /// `/redirect/CODE?to=URL` answers CODE with `Location: URL`; `/loop` redirects to itself; `/chain/N`
    /// redirects to `/chain/N-1` down to an echo at `/chain/0`; anything else echoes.
    static func redirectingServer(log: RequestLog) throws -> HTTPServer {
        try TransportTestServer.start(recordingIn: log) { request in
            let parts = request.path.split(separator: "/").map(String.init)
            if parts.first == "redirect", parts.count == 2, let code = Int(parts[1]) {
                let target = request.queryItems.first { $0.name == "to" }?.value ?? "/echo"
                return HTTPResponse(status: code, headers: ["Location": target], body: Data("moved".utf8))
            }
            if parts.first == "loop" {
                return HTTPResponse(status: 302, headers: ["Location": "/loop"], body: Data())
            }
            if parts.first == "chain", parts.count == 2, let remaining = Int(parts[1]), remaining > 0 {
                return HTTPResponse(status: 301, headers: ["Location": "/chain/\(remaining - 1)"], body: Data())
            }
            return TransportTestServer.echo(request)
        }
    }

    @Test("301, 302 and 303 turn a POST into a GET without a body", arguments: TransportKind.allCases, [301, 302, 303])
    func postBecomesGet(kind: TransportKind, status: Int) throws {
        let log = RequestLog()
        let server = try Self.redirectingServer(log: log)
        defer { server.stop() }

        let response = try #require(
            kind.transport().send(
                TransportRequest(
                    method: "POST", url: TransportTestServer.url(server, "/redirect/\(status)?to=/echo"),
                    headers: [HeaderField(name: "Content-Type", value: "application/json"), HeaderField(name: "X-Kept", value: "1")],
                    body: Data("{}".utf8))
            ).response())

        #expect(response.status == 200)
        #expect(response.redirectCount == 1)
        #expect(response.finalURL == TransportTestServer.url(server, "/echo"))
        let second = try #require(log.requests.last)
        #expect(second.method == "GET")
        #expect(second.path == "/echo")
        #expect(second.body.isEmpty)
        #expect(!second.headers.contains("Content-Type"))
        #expect(second.headers["X-Kept"] == "1")
        #expect(second.headers["Referer"] == TransportTestServer.url(server, "/redirect/\(status)?to=/echo"))
        if kind.sendsOnSockets {
            #expect(!second.headers.contains("Content-Length"))
            // Both hops on one kept-alive connection.
            #expect(log.connectionCount == 1)
        }
    }

    @Test("307 and 308 repeat the method and the body", arguments: TransportKind.allCases, [307, 308])
    func methodAndBodyKept(kind: TransportKind, status: Int) throws {
        let log = RequestLog()
        let server = try Self.redirectingServer(log: log)
        defer { server.stop() }
        let body = Data(#"{"keep":true}"#.utf8)

        let response = try #require(
            kind.transport().send(
                TransportRequest(
                    method: "POST", url: TransportTestServer.url(server, "/redirect/\(status)?to=/echo"),
                    headers: [HeaderField(name: "Content-Type", value: "application/json")], body: body)
            ).response())

        #expect(response.status == 200)
        #expect(response.redirectCount == 1)
        let second = try #require(log.requests.last)
        #expect(second.method == "POST")
        #expect(second.body == body)
        #expect(second.headers["Content-Type"] == "application/json")
    }

    @Test(
        "Authorization is dropped when the redirect goes to another host, kept on the same host", arguments: TransportKind.allCases)
    func authorizationAcrossHosts(kind: TransportKind) throws {
        let log = RequestLog()
        let server = try Self.redirectingServer(log: log)
        defer { server.stop() }
        let transport = kind.transport()
        let authorization = HeaderField(name: "Authorization", value: "Bearer secret-token")

        // 127.0.0.1 and localhost name different hosts (the same server answers both).
        let otherHost = TransportTestServer.url(server, "/echo", host: "localhost")
        let crossHost = try #require(
            transport.send(
                TransportRequest(
                    method: "GET", url: TransportTestServer.url(server, "/redirect/302?to=\(otherHost)"), headers: [authorization])
            ).response())
        #expect(crossHost.status == 200)
        #expect(crossHost.finalURL == otherHost)
        let afterCross = try #require(log.requests.last)
        #expect(afterCross.headers["Host"] == "localhost:\(server.port)")
        #expect(!afterCross.headers.contains("Authorization"))

        let sameHost = try #require(
            transport.send(
                TransportRequest(method: "GET", url: TransportTestServer.url(server, "/redirect/302?to=/echo"), headers: [authorization])
            ).response())
        #expect(sameHost.status == 200)
        #expect(log.requests.last?.headers["Authorization"] == "Bearer secret-token")
    }

    @Test("ten redirects are followed; the eleventh is an error naming the loop", arguments: TransportKind.allCases)
    func redirectLimit(kind: TransportKind) throws {
        let log = RequestLog()
        let server = try Self.redirectingServer(log: log)
        defer { server.stop() }
        let transport = kind.transport()

        let ten = try #require(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/chain/10"))).response())
        #expect(ten.status == 200)
        #expect(ten.redirectCount == 10)
        #expect(ten.finalURL == TransportTestServer.url(server, "/chain/0"))

        let eleven = try #require(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/chain/11"))).error())
        #expect(eleven.description.contains("too many redirects"))

        let loop = try #require(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/loop"))).error())
        #expect(loop.description.contains("too many redirects"))
    }

    @Test("with followRedirects off the 3xx is the response, body and Location included", arguments: TransportKind.allCases)
    func notFollowed(kind: TransportKind) throws {
        let log = RequestLog()
        let server = try Self.redirectingServer(log: log)
        defer { server.stop() }

        let response = try #require(
            kind.transport { $0.followRedirects = false }.send(
                TransportRequest(method: "POST", url: TransportTestServer.url(server, "/redirect/302?to=/echo"), body: Data("x".utf8))
            ).response())

        #expect(response.status == 302)
        #expect(response.header("Location") == "/echo")
        #expect(response.text == "moved")
        #expect(response.redirectCount == 0)
        #expect(log.requests.count == 1)
    }

    @Test(
        "a relative Location resolves against the current URL; every 3xx with a Location is followed (postman-request's followAllRedirects), one without is an answer",
        arguments: TransportKind.allCases)
    func relativeLocation(kind: TransportKind) throws {
        let log = RequestLog()
        let server = try Self.redirectingServer(log: log)
        defer { server.stop() }
        let transport = kind.transport()

        let relative = try #require(
            transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/redirect/302?to=sibling%3Fq"))).response())
        #expect(relative.finalURL == TransportTestServer.url(server, "/redirect/sibling?q"))
        #expect(log.requests.last?.target == "/redirect/sibling?q")

        let multipleChoices = try #require(
            transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/redirect/300"))).response())
        #expect(multipleChoices.status == 200)
        #expect(multipleChoices.redirectCount == 1)

        let noLocation = try #require(
            transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/redirect/300?to="))).response())
        #expect(noLocation.status == 300)
    }
}
