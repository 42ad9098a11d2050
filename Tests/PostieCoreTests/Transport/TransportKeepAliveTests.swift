import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

@Suite("Transports: connections kept alive")
struct TransportKeepAliveTests {
    @Test("1,000 sequential requests on one transport succeed over one kept-alive connection", arguments: TransportKind.allCases)
    func keepAlive(kind: TransportKind) throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log) { _ in
            HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(#"{"ok":true}"#.utf8))
        }
        defer { server.stop() }
        let transport = kind.transport()

        var statuses: [Int: Int] = [:]
        for index in 0..<1_000 {
            let status = transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/n/\(index)"))).response()?
                .status ?? 0
            statuses[status, default: 0] += 1
        }

        #expect(statuses == [200: 1_000])
        #expect(log.requests.count == 1_000)
        #expect(log.connectionCount == 1)
        if kind.sendsOnSockets {
            #expect(TransportKind.pool(of: transport)?.count == 1)
        }
    }
}
