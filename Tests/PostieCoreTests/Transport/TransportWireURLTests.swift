import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

@Suite("WireURL")
struct TransportWireURLTests {
    @Test(
        "URLs go out byte for byte when they are valid, minimally escaped when not",
        arguments: [
            ("http://h/p?a=b%2Fc&x=1+2&y='!*()", "http://h/p?a=b%2Fc&x=1+2&y='!*()"),
            ("https://h:8443/a/b;c=d?e=f&g", "https://h:8443/a/b;c=d?e=f&g"),
            ("http://h/%7Bv%7D/é?q=ü", "http://h/%7Bv%7D/%C3%A9?q=%C3%BC"),
            ("http://h/p?q={x}|[y]^`z", "http://h/p?q=%7Bx%7D%7C%5By%5D%5E%60z"),
            ("http://h/a b?c d", "http://h/a%20b?c%20d"),
            ("http://h/p?x=%zz&y=%4", "http://h/p?x=%25zz&y=%254"),
            ("http://h/p?x=1#fragment", "http://h/p?x=1"),
            ("HTTP://Example.COM/Path", "HTTP://Example.COM/Path"),
            ("http://[::1]:8080/v6", "http://[::1]:8080/v6"),
            ("http://user:pa%40ss@h/", "http://user:pa%40ss@h/"),
        ])
    func wireText(input: String, expected: String) throws {
        let url = try #require(WireURL.make(input))
        #expect(url.absoluteString == expected)
    }

    @Test("not sendable", arguments: ["", "h/p", "ftp://h/", "http://", "http:///p", "file:///etc/passwd", "http://[::1/"])
    func rejected(input: String) {
        #expect(WireURL.make(input) == nil)
    }

    @Test("what the server receives as the request target")
    func requestTarget() throws {
        let log = RequestLog()
        let server = try TransportTestServer.start(recordingIn: log)
        defer { server.stop() }
        let transport = TransportTestServer.transport()
        let paths = [
            "/p?a=b%2Fc&x=1+2&y='!*()&s=%20&e=", "/%7Bv%7D/caf%C3%A9?q=%C3%BC&empty=&=v", "/a;b,c$d?oauth_signature=ab%2B%2F%3D",
        ]
        for path in paths {
            _ = transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, path)))
        }
        #expect(log.requests.map(\.target) == paths)
    }
}
