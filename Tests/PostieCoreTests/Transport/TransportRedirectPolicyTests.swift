import Foundation
import Testing

@testable import PostieCore

@Suite("RedirectPolicy")
struct TransportRedirectPolicyTests {
    static let original = TransportRequest(
        method: "PUT", url: "http://api.example.com:8080/a/b?x=1#frag",
        headers: [
            HeaderField(name: "authorization", value: "Basic eDp5"), HeaderField(name: "Content-Type", value: "text/plain"),
            HeaderField(name: "Host", value: "api.example.com"), HeaderField(name: "X-Other", value: "1"),
        ],
        body: Data("body".utf8))

    struct Case: Sendable, CustomTestStringConvertible {
        var status: Int
        var location: String
        var method: String
        var url: String
        var keepsBody: Bool
        var keepsAuthorization: Bool
        var testDescription: String { "\(status) → \(location)" }
    }

    @Test(
        "the next request",
        arguments: [
            Case(status: 301, location: "/c", method: "GET", url: "http://api.example.com:8080/c", keepsBody: false, keepsAuthorization: true),
            Case(status: 302, location: "c?y=2", method: "GET", url: "http://api.example.com:8080/a/c?y=2", keepsBody: false, keepsAuthorization: true),
            Case(status: 303, location: "https://api.example.com/d", method: "GET", url: "https://api.example.com/d", keepsBody: false, keepsAuthorization: true),
            Case(status: 307, location: "http://API.example.com:9/e", method: "PUT", url: "http://API.example.com:9/e", keepsBody: true, keepsAuthorization: true),
            Case(status: 308, location: "//other.example.com/f", method: "PUT", url: "http://other.example.com/f", keepsBody: true, keepsAuthorization: false),
            Case(status: 302, location: "http://evil.example/g h", method: "GET", url: "http://evil.example/g%20h", keepsBody: false, keepsAuthorization: false),
        ])
    func next(_ expected: Case) throws {
        let next = try #require(
            RedirectPolicy.nextRequest(
                after: Self.original, status: expected.status, location: expected.location, originalHost: "api.example.com"))
        #expect(next.method == expected.method)
        #expect(next.url == expected.url)
        #expect((next.body != nil) == expected.keepsBody)
        #expect(next.headers.contains { $0.hasName("Content-Type") } == expected.keepsBody)
        #expect(next.headers.contains { $0.hasName("Authorization") } == expected.keepsAuthorization)
        #expect(!next.headers.contains { $0.hasName("Host") })
        #expect(next.headers.contains { $0.name == "X-Other" })
        #expect(next.headers.last == HeaderField(name: "Referer", value: "http://api.example.com:8080/a/b?x=1", isSystem: true))
    }

    @Test("no redirect to follow", arguments: [(200, "/x"), (304, "/x"), (300, "/x"), (302, ""), (305, "/x")])
    func notARedirect(status: Int, location: String) {
        #expect(RedirectPolicy.nextRequest(after: Self.original, status: status, location: location, originalHost: "api.example.com") == nil)
    }

    @Test("HEAD stays HEAD on a 302")
    func headStaysHead() throws {
        var head = Self.original
        head.method = "HEAD"
        head.body = nil
        let next = try #require(RedirectPolicy.nextRequest(after: head, status: 302, location: "/x", originalHost: "api.example.com"))
        #expect(next.method == "HEAD")
    }
}
