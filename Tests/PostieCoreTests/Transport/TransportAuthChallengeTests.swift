import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

/// A 401 is a response at once, never a hang or a retry, whatever its `WWW-Authenticate` scheme; under
/// URLSession that takes care (see `URLSessionTransportAuthChallengeTests`).
@Suite("Transports: 401 answers come back as responses")
struct TransportAuthChallengeTests {
    static let challenges = [
        #"Basic realm="x""#,
        #"Basic realm="Gallery", charset="UTF-8""#,
        "Basic",
        #"Bearer realm="api", error="invalid_token""#,
        "Bearer",
        #"Digest realm="x", qop="auth", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41""#,
        "Negotiate",
        #"Bearer, Basic realm="y""#,
    ]

    @Test("a 401 returns promptly, once, without a retry carrying credentials", arguments: TransportKind.allCases, challenges)
    func unauthorized(kind: TransportKind, challenge: String) throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log) { _ in
            var response = HTTPResponse.text(#"{"message":"denied"}"#, status: 401, contentType: "application/json")
            response.headers.add("WWW-Authenticate", challenge)
            return response
        }
        defer { server.stop() }

        let (result, seconds) = secondsElapsed {
            kind.transport().send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/secret")))
        }

        let response = try #require(result.response())
        #expect(response.status == 401)
        #expect(response.text == #"{"message":"denied"}"#)
        #expect(response.header("WWW-Authenticate") == challenge)
        #expect(seconds < 5)
        #expect(log.requests.count == 1)
        #expect(log.requests.allSatisfy { !$0.headers.contains("Authorization") })
    }
}
