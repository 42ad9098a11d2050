import Foundation
import Testing

@testable import PostieCore

@Suite("RedirectPolicy")
struct TransportRedirectPolicyTests {
    static let original = TransportRequest(
        method: "PUT", url: "http://api.example.com:8080/a/b?x=1#frag",
        headers: [
            HeaderField(name: "authorization", value: "Basic eDp5"), HeaderField(name: "Content-Type", value: "text/plain"),
            HeaderField(name: "Host", value: "api.example.com:8080"), HeaderField(name: "X-Other", value: "1"),
            HeaderField(name: "Cookie", value: "own=1"),
        ],
        body: Data("body".utf8))

    struct Case: Sendable, CustomTestStringConvertible {
        var status: Int
        var location: String
        var method: String
        var url: String
        var keepsBody: Bool
        var keepsCredentials: Bool
        var keepsHost: Bool
        var testDescription: String { "\(status) → \(location)" }
    }

    @Test(
        "the next request: GET but for 307/308, credentials only to the same origin",
        arguments: [
            Case(status: 301, location: "/c", method: "GET", url: "http://api.example.com:8080/c", keepsBody: false, keepsCredentials: true, keepsHost: true),
            Case(status: 302, location: "c?y=2", method: "GET", url: "http://api.example.com:8080/a/c?y=2", keepsBody: false, keepsCredentials: true, keepsHost: true),
            Case(status: 302, location: "../c", method: "GET", url: "http://api.example.com:8080/a/../c", keepsBody: false, keepsCredentials: true, keepsHost: true),
            Case(status: 303, location: "https://api.example.com:8080/d", method: "GET", url: "https://api.example.com:8080/d", keepsBody: false, keepsCredentials: false, keepsHost: true),
            Case(status: 307, location: "http://API.example.com:9/e", method: "PUT", url: "http://api.example.com:9/e", keepsBody: true, keepsCredentials: false, keepsHost: false),
            Case(status: 308, location: "//other.example.com/f", method: "PUT", url: "http://other.example.com/f", keepsBody: true, keepsCredentials: false, keepsHost: false),
            Case(status: 302, location: "http://evil.example/g h", method: "GET", url: "http://evil.example/g%20h", keepsBody: false, keepsCredentials: false, keepsHost: false),
            Case(status: 300, location: "?z=1", method: "GET", url: "http://api.example.com:8080/a/b?z=1", keepsBody: false, keepsCredentials: true, keepsHost: true),
            Case(status: 304, location: "/n", method: "GET", url: "http://api.example.com:8080/n", keepsBody: false, keepsCredentials: true, keepsHost: true),
        ])
    func next(_ expected: Case) throws {
        let next = try #require(RedirectPolicy.nextRequest(after: Self.original, status: expected.status, location: expected.location))
        #expect(next.method == expected.method)
        #expect(next.url == expected.url)
        #expect((next.body != nil) == expected.keepsBody)
        #expect(next.headers.contains { $0.hasName("Content-Type") } == expected.keepsBody)
        #expect(next.headers.contains { $0.hasName("Authorization") } == expected.keepsCredentials)
        #expect(next.headers.contains { $0.hasName("Cookie") } == expected.keepsCredentials)
        #expect(next.headers.contains { $0.hasName("Host") } == expected.keepsHost)
        #expect(next.headers.contains { $0.name == "X-Other" })
        // To another origin the Referer names the origin alone (issue 15, M3).
        let referer = expected.keepsCredentials ? "http://api.example.com:8080/a/b?x=1" : "http://api.example.com:8080/"
        #expect(next.headers.last == HeaderField(name: "Referer", value: referer, isSystem: true))
    }

    /// Issue 15, M3: every credential of one origin stays there, as curl (since 7.83) keeps them.
    @Test(
        "credentials never reach another origin (scheme, host or port), in headers or in the Referer",
        arguments: ["http://api.example.com:8081/x", "http://other.example.com:8080/x", "https://api.example.com:8080/x"])
    func credentialsStayWithTheirOrigin(location: String) throws {
        var request = Self.original
        request.url = "http://api.example.com:8080/a?api_key=s3cret-key"
        request.headers += [
            HeaderField(name: "Proxy-Authorization", value: "Basic cHJveHk6cHc="),
            HeaderField(name: "X-Api-Key", value: "k-1"), HeaderField(name: "my-key", value: "k-2", isSystem: true),
        ]
        request.credentialHeaders = ["My-Key"]
        let next = try #require(RedirectPolicy.nextRequest(after: request, status: 302, location: location))
        for name in ["Authorization", "Proxy-Authorization", "Cookie", "X-Api-Key", "my-key"] {
            #expect(!next.headers.contains { $0.hasName(name) }, "\(name) followed to \(location)")
        }
        let referer = try #require(next.headers.first { $0.hasName("Referer") })
        #expect(referer.value == "http://api.example.com:8080/")
        #expect(next.headers.contains { $0.name == "X-Other" })

        request.behavior.followAuthorizationHeader = true
        let asked = try #require(RedirectPolicy.nextRequest(after: request, status: 302, location: location))
        #expect(asked.headers.contains { $0.hasName("my-key") })
        #expect(asked.headers.contains { $0.hasName("Referer") && $0.value.contains("api_key") })
    }

    @Test("from https to http no Referer goes, whatever followAuthorizationHeader says")
    func noRefererOnDowngrade() throws {
        var request = Self.original
        request.url = "https://api.example.com/a?api_key=s3cret-key"
        request.behavior.followAuthorizationHeader = true
        let next = try #require(RedirectPolicy.nextRequest(after: request, status: 302, location: "http://api.example.com/x"))
        #expect(!next.headers.contains { $0.hasName("Referer") })
        #expect(!next.headers.contains { $0.hasName("Authorization") })
    }

    @Test("an apikey auth in a header names that header a credential of the request")
    func apikeyHeaderIsACredential() {
        var built = BuiltRequest(method: "GET", url: RequestURL.parse("http://h/x"))
        built.auth = ResolvedAuth(type: "apikey", values: ["key": "X-Token", "value": "v", "in": "header"])
        #expect(TransportRequest(built).credentialHeaders == ["X-Token"])
        built.auth = ResolvedAuth(type: "apikey", values: ["key": "token", "value": "v", "in": "query"])
        #expect(TransportRequest(built).credentialHeaders.isEmpty)
    }

    @Test("no redirect to follow", arguments: [(200, "/x"), (302, ""), (404, "/x"), (302, "ftp://files.example/x"), (399, "mailto:x@y")])
    func notARedirect(status: Int, location: String) {
        #expect(RedirectPolicy.nextRequest(after: Self.original, status: status, location: location) == nil)
    }

    @Test("HEAD stays HEAD on a 302")
    func headStaysHead() throws {
        var head = Self.original
        head.method = "HEAD"
        head.body = nil
        let next = try #require(RedirectPolicy.nextRequest(after: head, status: 302, location: "/x"))
        #expect(next.method == "HEAD")
    }

    @Test("followOriginalHttpMethod keeps the method and the body on a 302")
    func originalMethod() throws {
        var request = Self.original
        request.behavior.followOriginalHttpMethod = true
        let next = try #require(RedirectPolicy.nextRequest(after: request, status: 302, location: "/x"))
        #expect(next.method == "PUT")
        #expect(next.body == Data("body".utf8))
        #expect(next.headers.contains { $0.hasName("Content-Type") })
    }

    @Test("followAuthorizationHeader keeps credentials to another host, never from https to http")
    func authorizationFollows() throws {
        var request = Self.original
        request.behavior.followAuthorizationHeader = true
        let other = try #require(RedirectPolicy.nextRequest(after: request, status: 302, location: "http://other.example/x"))
        #expect(other.headers.contains { $0.hasName("Authorization") })
        request.url = "https://api.example.com/secure"
        let downgrade = try #require(RedirectPolicy.nextRequest(after: request, status: 302, location: "http://api.example.com/x"))
        #expect(!downgrade.headers.contains { $0.hasName("Authorization") })
        #expect(!downgrade.headers.contains { $0.hasName("Cookie") })
    }

    @Test("removeRefererHeaderOnRedirect adds no Referer and keeps the request's own")
    func referer() throws {
        var request = Self.original
        request.behavior.removeRefererHeader = true
        let plain = try #require(RedirectPolicy.nextRequest(after: request, status: 302, location: "/x"))
        #expect(!plain.headers.contains { $0.hasName("Referer") })
        request.headers.append(HeaderField(name: "referer", value: "INITIAL_REFERER"))
        let kept = try #require(RedirectPolicy.nextRequest(after: request, status: 302, location: "/x"))
        #expect(kept.headers.filter { $0.hasName("Referer") } == [HeaderField(name: "referer", value: "INITIAL_REFERER")])
        request.behavior.removeRefererHeader = false
        let replaced = try #require(RedirectPolicy.nextRequest(after: request, status: 302, location: "/x"))
        #expect(
            replaced.headers.filter { $0.hasName("Referer") }
                == [HeaderField(name: "referer", value: "http://api.example.com:8080/a/b?x=1", isSystem: true)])
    }

    @Test("the Referer never carries userinfo")
    func refererWithoutUserinfo() throws {
        var request = Self.original
        request.url = "http://user:secret@api.example.com/a"
        let next = try #require(RedirectPolicy.nextRequest(after: request, status: 302, location: "/x"))
        #expect(next.url == "http://user:secret@api.example.com/x")
        #expect(next.headers.last?.value == "http://api.example.com/a")
    }
}
