import Foundation
import Testing

@testable import PostieCore

@Suite("HTTPRequestSerializer and HTTPURLParts: the request head on the wire")
struct HTTPRequestSerializerTests {
    static func head(_ request: TransportRequest, proxy: String? = nil) throws -> String {
        let url = try #require(HTTPURLParts(request.url))
        return String(
            decoding: HTTPRequestSerializer.head(for: request, url: url, viaProxy: proxy != nil, proxyAuthorization: proxy), as: UTF8.self)
    }

    @Test("a GET: Host first, fields in order and spelling, empty values, Connection last")
    func get() throws {
        let text = try Self.head(
            TransportRequest(
                method: "GET", url: "http://api.example.com/v1/items?q=%7Bx%7D&b=2#fragment",
                headers: [
                    HeaderField(name: "accept", value: "*/*"), HeaderField(name: "X-Empty", value: ""),
                    HeaderField(name: "X-Dup", value: "1"), HeaderField(name: "X-DUP", value: "2"),
                ]))
        #expect(
            text == """
                GET /v1/items?q=%7Bx%7D&b=2 HTTP/1.1\r
                Host: api.example.com\r
                accept: */*\r
                X-Empty: \r
                X-Dup: 1\r
                X-DUP: 2\r
                Connection: keep-alive\r
                \r

                """)
    }

    @Test("a given Host and Connection are kept where they are; the port shows when not 80")
    func givenHostAndConnection() throws {
        #expect(
            try Self.head(
                TransportRequest(
                    method: "GET", url: "http://127.0.0.1:8080",
                    headers: [HeaderField(name: "X-First", value: "1"), HeaderField(name: "host", value: "virtual.example"),
                        HeaderField(name: "Connection", value: "close")]))
                == "GET / HTTP/1.1\r\nX-First: 1\r\nhost: virtual.example\r\nConnection: close\r\n\r\n")
        #expect(try Self.head(TransportRequest(method: "GET", url: "http://h:80/")).hasPrefix("GET / HTTP/1.1\r\nHost: h\r\n"))
        #expect(try Self.head(TransportRequest(method: "GET", url: "http://[::1]:81?x")).hasPrefix("GET /?x HTTP/1.1\r\nHost: [::1]:81\r\n"))
    }

    @Test("Content-Length is the true length, in the place of a given one; Transfer-Encoding is dropped")
    func contentLength() throws {
        #expect(
            try Self.head(
                TransportRequest(
                    method: "PUT", url: "http://h/",
                    headers: [HeaderField(name: "content-length", value: "1"), HeaderField(name: "Transfer-Encoding", value: "chunked"),
                        HeaderField(name: "X-After", value: "a"), HeaderField(name: "Content-Length", value: "2")],
                    body: Data("hello".utf8)))
                == "PUT / HTTP/1.1\r\nHost: h\r\ncontent-length: 5\r\nX-After: a\r\nConnection: keep-alive\r\n\r\n")
        #expect(
            try Self.head(TransportRequest(method: "POST", url: "http://h/"))
                == "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n")
        #expect(
            try Self.head(TransportRequest(method: "DELETE", url: "http://h/", body: Data("x".utf8)))
                == "DELETE / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nConnection: keep-alive\r\n\r\n")
    }

    @Test("never Accept-Encoding, never a User-Agent, unless the request has them")
    func nothingAdded() throws {
        let text = try Self.head(TransportRequest(method: "GET", url: "http://h/"))
        #expect(!text.lowercased().contains("accept-encoding"))
        #expect(!text.lowercased().contains("user-agent"))
        #expect(text.components(separatedBy: "\r\n").count == 5)
    }

    @Test("through a proxy: absolute-form target, Proxy-Authorization unless given, no userinfo")
    func viaProxy() throws {
        #expect(
            try Self.head(TransportRequest(method: "GET", url: "http://u:p@h:8080/a?b"), proxy: "Basic eA==")
                == "GET http://h:8080/a?b HTTP/1.1\r\nHost: h:8080\r\nConnection: keep-alive\r\n"
                + "Authorization: Basic dTpw\r\nProxy-Authorization: Basic eA==\r\n\r\n")
        #expect(
            try Self.head(
                TransportRequest(method: "GET", url: "http://h/", headers: [HeaderField(name: "Proxy-Authorization", value: "Mine")]),
                proxy: "Basic eA==")
                == "GET http://h/ HTTP/1.1\r\nHost: h\r\nProxy-Authorization: Mine\r\nConnection: keep-alive\r\n\r\n")
    }

    @Test(
        "URL parts: host, port, target exactly as written, bytes a request line cannot hold escaped",
        arguments: [
            ("http://example.com", "http example.com 80 / example.com"),
            ("HTTP://Example.COM:8080/A%2fB?x=1&y=%20", "http Example.COM 8080 /A%2fB?x=1&y=%20 Example.COM:8080"),
            ("https://h/p", "https h 443 /p h"),
            ("https://h:443/p", "https h 443 /p h"),
            ("http://h:/p", "http h 80 /p h"),
            ("http://h?q", "http h 80 /?q h"),
            ("http://h#frag", "http h 80 / h"),
            ("http://u:p@h/p", "http h 80 /p h"),
            ("http://[2001:db8::1]:8080/p", "http 2001:db8::1 8080 /p [2001:db8::1]:8080"),
            ("http://h/a b\u{E9}", "http h 80 /a%20b%C3%A9 h"),
            ("http://h/{braces}|pipe", "http h 80 /{braces}|pipe h"),
        ])
    func urlParts(url: String, expected: String) throws {
        let parts = try #require(HTTPURLParts(url))
        #expect("\(parts.scheme) \(parts.host) \(parts.port) \(parts.requestTarget) \(parts.authority)" == expected)
    }

    @Test(
        "URL texts that are not http(s) with a host and a port in range",
        arguments: ["", "h/p", "ftp://h/", "http://", "http:///p", "http://[::1/", "http://[::1]x/", "http://h:0/", "http://h:65536/",
            "http://h:-1/", "http://h: 80/", "http://a b/", "http://[notv6]/"])
    func invalidURLs(url: String) {
        #expect(HTTPURLParts(url) == nil)
    }

    @Test("invalid methods, names and values are refused with the same messages as URLSessionTransport")
    func validation() {
        #expect(HTTPRequestSerializer.validate(TransportRequest(method: "GET", url: "http://h/")) == nil)
        #expect(
            HTTPRequestSerializer.validate(TransportRequest(method: "", url: "http://h/"))?.description.contains("method") == true)
        #expect(
            HTTPRequestSerializer.validate(
                TransportRequest(method: "GET", url: "http://h/", headers: [HeaderField(name: "", value: "x")]))?.description.contains(
                    "field name") == true)
        #expect(
            HTTPRequestSerializer.validate(
                TransportRequest(method: "GET", url: "http://h/", headers: [HeaderField(name: "X", value: "a\nb")]))?.description.contains(
                    "line break") == true)
    }
}
