import Foundation
import PostieJSON
import Testing

@testable import PostieCore

@Suite("Cookie jar (RFC 6265)")
struct CookieJarTests {
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    final class Clock: @unchecked Sendable {
        var now = CookieJarTests.start
    }

    static func jar(_ clock: Clock = Clock()) -> CookieJar {
        CookieJar(now: { clock.now })
    }

    @Test(
        "which cookies a response may set",
        arguments: [
            ("http://api.example.com/a/b", "s=1", "api.example.com", "/a", true),
            ("http://api.example.com/a/b", "s=1; Domain=.Example.COM; Path=/", "example.com", "/", false),
            ("http://api.example.com/", "s=1; Domain=example.com", "example.com", "/", false),
            ("http://api.example.com/", "s=1; Domain=com", nil, nil, nil),
            ("http://shop.example.co.uk/", "s=1; Domain=co.uk", nil, nil, nil),
            ("http://api.example.com/", "s=1; Domain=other.org", nil, nil, nil),
            ("http://api.example.com/", "s=1; Domain=pi.example.com", nil, nil, nil),
            ("http://localhost/", "s=1; Domain=localhost", "localhost", "/", true),
            ("http://127.0.0.1/x", "s=1; Domain=0.0.1", nil, nil, nil),
            ("http://api.example.com/", "novalue", nil, nil, nil),
            ("http://api.example.com/", "=v", nil, nil, nil),
            ("http://api.example.com/x/y/z", "s=1; Path=relative", "api.example.com", "/x/y", true),
        ] as [(String, String, String?, String?, Bool?)])
    func storing(url: String, header: String, domain: String?, path: String?, hostOnly: Bool?) {
        let jar = Self.jar()
        let stored = jar.store(setCookieHeaders: [header], from: url)
        #expect(stored.first?.domain == domain)
        #expect(stored.first?.path == path)
        #expect(stored.first?.hostOnly == hostOnly)
    }

    @Test("which cookies a request carries: domain, path, Secure; longest path first")
    func sending() {
        let jar = Self.jar()
        jar.store(setCookieHeaders: ["root=1; Path=/", "deep=2; Path=/a/b", "wide=3; Domain=example.com; Path=/", "safe=4; Secure; Path=/"], from: "https://api.example.com/a/b/c")
        #expect(jar.cookieHeader(for: "https://api.example.com/a/b/c") == "deep=2; root=1; wide=3; safe=4")
        #expect(jar.cookieHeader(for: "http://api.example.com/a/bc") == "root=1; wide=3")
        #expect(jar.cookieHeader(for: "http://other.example.com/") == "wide=3")
        #expect(jar.cookieHeader(for: "http://example.org/") == nil)
    }

    @Test("Max-Age wins over Expires; an expired cookie removes the one it replaces; time moves on")
    func expiry() {
        let clock = Clock()
        let jar = Self.jar(clock)
        jar.store(setCookieHeaders: ["a=1; Max-Age=60; Expires=Wed, 01 Jan 2003 00:00:00 GMT", "b=2; Expires=Fri, 01 Jan 2100 00:00:00 GMT", "c=3"], from: "http://h/")
        #expect(jar.cookieHeader(for: "http://h/") == "a=1; b=2; c=3")
        clock.now = Self.start.addingTimeInterval(61)
        #expect(jar.cookieHeader(for: "http://h/") == "b=2; c=3")
        jar.store(setCookieHeaders: ["b=gone; Max-Age=0"], from: "http://h/")
        #expect(jar.cookieHeader(for: "http://h/") == "c=3")
        jar.store(setCookieHeaders: ["c=new"], from: "http://h/")
        #expect(jar.cookieHeader(for: "http://h/") == "c=new")
        #expect(jar.cookies.count == 1)
    }

    @Test(
        "Expires dates as RFC 6265 §5.1.1 reads them",
        arguments: [
            ("Wed, 09 Jun 2021 10:18:14 GMT", 1_623_233_894.0), ("Wednesday, 09-Jun-21 10:18:14 GMT", 1_623_233_894.0),
            ("Wed Jun  9 10:18:14 2021", 1_623_233_894.0), ("09 Jun 1970 00:00:00", 13_737_600.0),
            ("31 Feb 2021 00:00:00", nil), ("garbage", nil), ("Wed, 09 Jun 2021", nil),
        ] as [(String, Double?)])
    func dates(text: String, seconds: Double?) {
        #expect(CookieDate.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test("attributes kept: HttpOnly, SameSite, extensions; the jar file round-trips in tough-cookie's format")
    func jarFile() throws {
        let jar = Self.jar()
        jar.store(setCookieHeaders: ["sid=abc; HttpOnly; SameSite=Lax; Secure; Priority=High; Max-Age=3600"], from: "https://h.example/")
        let written = JSONWriter.compact(CookieJarFile.document(of: jar.cookies))
        #expect(written.contains(#""version":"tough-cookie@4.1.3""#))
        #expect(
            written.contains(
                #"{"key":"sid","value":"abc","expires":"2023-11-14T23:13:20.000Z","maxAge":3600,"domain":"h.example","path":"/","secure":true,"httpOnly":true,"extensions":["Priority=High"],"hostOnly":true,"pathIsDefault":true,"creation":"2023-11-14T22:13:20.000Z","lastAccessed":"2023-11-14T22:13:20.000Z","sameSite":"lax"}"#
            ))
        let read = try CookieJarFile.parse(data: Data(written.utf8), file: "jar.json")
        #expect(read == jar.cookies)
        #expect(read.first?.isSecret == true)
    }

    @Test("Newman's own cookie-jar fixture reads", .enabled(if: NewmanIntegration.isPresent, "../shared is absent; skipped"))
    func newmanFixture() throws {
        let path = TestFixtures.sharedDirectory.appendingPathComponent("reference/newman-integration/test/fixtures/run/spaces/simple-cookie-jar.json")
        let cookies = try CookieJarFile.parse(data: Data(contentsOf: path), file: "simple-cookie-jar.json")
        #expect(cookies.map(\.name) == ["foo2"])
        let jar = CookieJar(cookies: cookies)
        #expect(jar.cookieHeader(for: "https://postman-echo.com/cookies") == "foo2=baz")
        #expect(jar.cookieHeader(for: "https://sub.postman-echo.com/cookies") == nil)
    }

    @Test("a jar file that is not one says where", arguments: [
        ("{\"cookies\": [{\"value\": \"x\"}]}", "jar.json:1:14: cookies[0]: the cookie has no `key`"),
        ("{\"cookies\": [{\"key\": \"a\", \"domain\": \"h\", \"expires\": \"soon\"}]}", "jar.json:1:53: cookies[0].expires: \"soon\" is not an ISO 8601 date"),
        ("[1]", "jar.json:1:2: [0]: expected a cookie object, found a number"),
        ("{}", "jar.json: not a cookie jar: it has no `cookies` list (tough-cookie's JSON format)"),
    ])
    func badFile(text: String, message: String) {
        do {
            _ = try CookieJarFile.parse(data: Data(text.utf8), file: "jar.json")
            Issue.record("parsed")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test("the jar is bounded: the least recently used cookies go first")
    func bounded() {
        let jar = Self.jar()
        for index in 0..<(CookieJar.maximumCookies + 10) {
            jar.store(Cookie(name: "c\(index)", value: "v", domain: "h", creation: Self.start.addingTimeInterval(Double(index))))
        }
        #expect(jar.cookies.count == CookieJar.maximumCookies)
        #expect(jar.cookies.first?.name == "c10")
    }
}
