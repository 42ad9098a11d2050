import Foundation
import PostieHTTPServer
import PostieSockets
import Testing

@testable import PostieCore

/// Redirects that only the socket side has: the deadline across the chain, and `RoutingTransport`
/// across http:// and https://. The cases every transport shares are in `TransportRedirectTests`.
@Suite("SocketHTTPTransport and RoutingTransport: redirects as Postman follows them")
struct SocketHTTPTransportRedirectTests {
    @Test("the deadline covers the whole chain")
    func deadlineAcrossRedirects() throws {
        let server = try TransportTestServer.start { request in
            usleep(60_000)
            return HTTPResponse(status: 302, headers: ["Location": "/again\(request.path.count)"], body: Data())
        }
        defer { server.stop() }

        let (result, seconds) = secondsElapsed {
            TransportTestServer.socketTransport { $0.timeoutMilliseconds = 200 }.send(
                TransportRequest(method: "GET", url: TransportTestServer.url(server)))
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
