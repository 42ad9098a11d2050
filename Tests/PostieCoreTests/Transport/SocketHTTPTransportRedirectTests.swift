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
        #expect(seconds < 5)
    }

    // MARK: Across schemes

    /// Records the hops it is given and answers each from `answer`.
    @Test("an https hop goes out over TLS on the same transport (a TLS failure against a plain server), then plain again")
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
            Issue.record("expected a TLS error, got \(String(describing: error))")
            return
        }
        #expect(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/after"))).response()?.text == "plain")
    }
}
