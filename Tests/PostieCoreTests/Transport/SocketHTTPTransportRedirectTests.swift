import Foundation
import PostieHTTPServer
import PostieSockets
import Testing

@testable import PostieCore

/// The cases of `TransportRedirectTests`, for the transport that sends http:// itself, and for the
/// routing transport across http:// and https://.
@Suite("SocketHTTPTransport and RoutingTransport: redirects as Postman follows them")
struct SocketHTTPTransportRedirectTests {
    static func transport(_ configure: (inout TransportOptions) -> Void = { _ in }) -> SocketHTTPTransport {
        TransportTestServer.socketTransport(configure)
    }

    @Test("301, 302 and 303 turn a POST into a GET without a body", arguments: [301, 302, 303])
    func postBecomesGet(status: Int) throws {
        let log = RequestLog()
        let server = try TransportRedirectTests.redirectingServer(log: log)
        defer { server.stop() }

        let response = try #require(
            Self.transport().send(
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
        #expect(!second.headers.contains("Content-Length"))
        #expect(second.headers["X-Kept"] == "1")
        #expect(second.headers["Referer"] == TransportTestServer.url(server, "/redirect/\(status)?to=/echo"))
        // Both hops on one kept-alive connection.
        #expect(log.connectionCount == 1)
    }

    @Test("307 and 308 repeat the method and the body", arguments: [307, 308])
    func methodAndBodyKept(status: Int) throws {
        let log = RequestLog()
        let server = try TransportRedirectTests.redirectingServer(log: log)
        defer { server.stop() }
        let body = Data(#"{"keep":true}"#.utf8)

        let response = try #require(
            Self.transport().send(
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

    @Test("Authorization is dropped when the redirect goes to another host, kept on the same host")
    func authorizationAcrossHosts() throws {
        let log = RequestLog()
        let server = try TransportRedirectTests.redirectingServer(log: log)
        defer { server.stop() }
        let transport = Self.transport()
        let authorization = HeaderField(name: "Authorization", value: "Bearer secret-token")

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

    @Test("ten redirects are followed; the eleventh is an error naming the loop")
    func redirectLimit() throws {
        let log = RequestLog()
        let server = try TransportRedirectTests.redirectingServer(log: log)
        defer { server.stop() }
        let transport = Self.transport()

        let ten = try #require(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/chain/10"))).response())
        #expect(ten.status == 200)
        #expect(ten.redirectCount == 10)
        #expect(ten.finalURL == TransportTestServer.url(server, "/chain/0"))

        let eleven = try #require(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/chain/11"))).error())
        #expect(eleven.description.contains("too many redirects"))

        let loop = try #require(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/loop"))).error())
        #expect(loop.description.contains("too many redirects"))
    }

    @Test("with followRedirects off the 3xx is the response, body and Location included")
    func notFollowed() throws {
        let log = RequestLog()
        let server = try TransportRedirectTests.redirectingServer(log: log)
        defer { server.stop() }

        let response = try #require(
            Self.transport { $0.followRedirects = false }.send(
                TransportRequest(method: "POST", url: TransportTestServer.url(server, "/redirect/302?to=/echo"), body: Data("x".utf8))
            ).response())

        #expect(response.status == 302)
        #expect(response.header("Location") == "/echo")
        #expect(response.text == "moved")
        #expect(response.redirectCount == 0)
        #expect(log.requests.count == 1)
    }

    @Test("a relative Location resolves against the current URL; a 3xx without Location is an answer")
    func relativeLocation() throws {
        let log = RequestLog()
        let server = try TransportRedirectTests.redirectingServer(log: log)
        defer { server.stop() }
        let transport = Self.transport()

        let relative = try #require(
            transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/redirect/302?to=sibling%3Fq"))).response())
        #expect(relative.finalURL == TransportTestServer.url(server, "/redirect/sibling?q"))
        #expect(log.requests.last?.target == "/redirect/sibling?q")

        let noLocation = try #require(
            transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/redirect/300"))).response())
        #expect(noLocation.status == 300)
    }

    @Test("the deadline covers the whole chain")
    func deadlineAcrossRedirects() throws {
        let server = try TransportTestServer.start { request in
            usleep(60_000)
            return HTTPResponse(status: 302, headers: ["Location": "/again\(request.path.count)"], body: Data())
        }
        defer { server.stop() }

        let (result, seconds) = secondsElapsed {
            Self.transport { $0.timeoutMilliseconds = 200 }.send(TransportRequest(method: "GET", url: TransportTestServer.url(server)))
        }

        #expect(result.error() == .timedOut(milliseconds: 200))
        #expect(seconds < 2)
    }

    // MARK: Across schemes

    /// Records the hops it is given and answers each from `answer`.
    final class SecureStub: HopTransport, CancellableTransport, @unchecked Sendable {
        let lock = NSLock()
        var hops: [TransportRequest] = []
        var cancelled = false
        let answer: @Sendable (TransportRequest) -> TransportResponse

        init(answer: @escaping @Sendable (TransportRequest) -> TransportResponse) {
            self.answer = answer
        }

        func sendHop(_ request: TransportRequest, deadline: Deadline) -> Result<HopResponse, TransportError> {
            lock.withLock { hops.append(request) }
            return .success(HopResponse(response: answer(request), startedAt: .now, finishedAt: .now))
        }

        func send(_ request: TransportRequest) -> Result<TransportResponse, TransportError> {
            .failure(.failed(reason: "not used"))
        }

        func cancelAll() {
            lock.withLock { cancelled = true }
        }
    }

    static func routing(_ stub: SecureStub, _ configure: (inout TransportOptions) -> Void = { _ in }) -> RoutingTransport {
        var options = TransportOptions()
        configure(&options)
        return RoutingTransport(
            options: options, plain: SocketHTTPTransport(options: options, proxy: .none), makeSecure: { _ in stub })
    }

    @Test("a redirect from http:// to https:// is handed to the https transport, and back again")
    func crossScheme() throws {
        let log = RequestLog()
        let server = try TransportRedirectTests.redirectingServer(log: log)
        defer { server.stop() }
        let back = TransportTestServer.url(server, "/echo")
        let stub = SecureStub { _ in TransportResponse(status: 301, headers: [HeaderField(name: "Location", value: back)]) }
        let transport = Self.routing(stub)

        let response = try #require(
            transport.send(
                TransportRequest(
                    method: "GET", url: TransportTestServer.url(server, "/redirect/302?to=https://secure.example/login"),
                    headers: [HeaderField(name: "Authorization", value: "Bearer t")])
            ).response())

        #expect(response.status == 200)
        #expect(response.redirectCount == 2)
        #expect(response.finalURL == back)
        #expect(stub.hops.map(\.url) == ["https://secure.example/login"])
        // Another host: the credentials stayed behind.
        #expect(stub.hops.first?.headers.contains { $0.hasName("Authorization") } == false)
        #expect(log.requests.map(\.path) == ["/redirect/302", "/echo"])
    }

    @Test("https:// goes to the https side, made only when first needed; cancelAll reaches both")
    func routingAndCancel() throws {
        let server = try TransportTestServer.start { _ in .text("plain") }
        defer { server.stop() }
        let stub = SecureStub { _ in TransportResponse(status: 200, body: .memory(Data("secure".utf8))) }
        let made = RequestCounter()
        var options = TransportOptions()
        options.timeoutMilliseconds = 5_000
        let transport = RoutingTransport(
            options: options, plain: SocketHTTPTransport(options: options, proxy: .none),
            makeSecure: { _ in
                made.add()
                return stub
            })

        #expect(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).response()?.text == "plain")
        #expect(made.count == 0)
        #expect(transport.send(TransportRequest(method: "GET", url: "https://secure.example/")).response()?.text == "secure")
        #expect(transport.send(TransportRequest(method: "GET", url: "HTTPS://secure.example/2")).response()?.text == "secure")
        #expect(made.count == 1)
        #expect(transport.send(TransportRequest(method: "GET", url: "ftp://x/")).error() == .invalidURL("ftp://x/"))

        transport.cancelAll()
        #expect(stub.lock.withLock { stub.cancelled })
        #expect(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).error() == .cancelled)
        #expect(transport.send(TransportRequest(method: "GET", url: "https://secure.example/")).error() == .cancelled)
    }

    @Test("with URLSession behind it, an https hop really goes to URLSession (a TLS failure against a plain server)")
    func realHandover() throws {
        let server = try TransportTestServer.start { request in
            if request.path == "/go" {
                return HTTPResponse(status: 302, headers: ["Location": "https://127.0.0.1:\(request.headers["Host"]?.split(separator: ":").last ?? "0")/tls"])
            }
            return .text("plain")
        }
        defer { server.stop() }
        let transport = RoutingTransport(options: TransportOptions(timeoutMilliseconds: 10_000), proxy: .none)

        let error = transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/go"))).error()

        guard case .tls? = error else {
            Issue.record("expected a TLS error from URLSession, got \(String(describing: error))")
            return
        }
        #expect(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/after"))).response()?.text == "plain")
    }
}
