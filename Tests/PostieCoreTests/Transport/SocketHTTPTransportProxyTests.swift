import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

@Suite("ProxySettings: http_proxy and NO_PROXY as libcurl and Newman read them")
struct ProxySettingsTests {
    @Test(
        "the proxy variable, in order of precedence, and its forms",
        arguments: [
            (["http_proxy": "http://p:3128"], "http p:3128 nil http_proxy"),
            (["HTTP_PROXY": "p:3128"], "http p:3128 nil HTTP_PROXY"),
            (["http_proxy": "http://low:1", "HTTP_PROXY": "http://up:2"], "http low:1 nil http_proxy"),
            (["ALL_PROXY": "http://all:8"], "http all:8 nil ALL_PROXY"),
            (["http_proxy": "proxy.example"], "http proxy.example:1080 nil http_proxy"),
            (["http_proxy": "http://proxy.example:80/"], "http proxy.example:80 nil http_proxy"),
            (["http_proxy": "http://u%40x:p%3As@[::1]:3128"], "http ::1:3128 Basic dUB4OnA6cw== http_proxy"),
            (["http_proxy": "socks5://s:1080"], "socks5 s:1080 nil http_proxy"),
            (["http_proxy": ""], "none"),
            (["HTTPS_PROXY": "http://p:3128"], "none"),
        ] as [([String: String], String)])
    func proxyVariable(environment: [String: String], expected: String) {
        let proxy = ProxySettings.fromEnvironment(environment).httpProxy
        let shown = proxy.map { "\($0.scheme) \($0.host):\($0.port) \($0.authorization ?? "nil") \($0.source)" } ?? "none"
        #expect(shown == expected)
    }

    @Test(
        "NO_PROXY: star, suffixes with or without a dot, ports, addresses and networks",
        arguments: [
            ("*", "anything.example", 80, true),
            ("example.com", "example.com", 80, true),
            ("example.com", "api.example.com", 80, true),
            ("example.com", "badexample.com", 80, false),
            (".example.com", "example.com", 80, true),
            (".example.com", "deep.api.example.com", 80, true),
            ("*.example.com", "api.example.com", 80, true),
            ("EXAMPLE.com", "Api.Example.COM", 80, true),
            ("localhost:8080", "localhost", 8080, true),
            ("localhost:8080", "localhost", 9090, false),
            ("127.0.0.1", "127.0.0.1", 5000, true),
            ("127.0.0.1", "127.0.0.2", 5000, false),
            ("10.0.0.0/8", "10.20.30.40", 80, true),
            ("10.0.0.0/8", "11.0.0.1", 80, false),
            ("::1", "::1", 80, true),
            ("[::1]:8080", "::1", 8080, true),
            ("fd00::/8", "fd12::5", 80, true),
            ("a.com, b.com c.com", "c.com", 80, true),
            ("", "example.com", 80, false),
        ] as [(String, String, Int, Bool)])
    func bypass(noProxy: String, host: String, port: Int, bypassed: Bool) {
        let settings = ProxySettings.fromEnvironment(["http_proxy": "http://proxy:3128", "NO_PROXY": noProxy])
        #expect(settings.bypasses(host: host, port: port) == bypassed)
        #expect((settings.proxy(forHost: host, port: port) == nil) == bypassed)
    }

    @Test("lower-case no_proxy wins over NO_PROXY")
    func lowerCaseNoProxy() {
        let settings = ProxySettings.fromEnvironment(["http_proxy": "p:1", "no_proxy": "a.com", "NO_PROXY": "b.com"])
        #expect(settings.bypasses(host: "a.com", port: 80))
        #expect(!settings.bypasses(host: "b.com", port: 80))
    }
}

@Suite("SocketHTTPTransport: through a forward proxy")
struct SocketHTTPTransportProxyTests {
    /// A forward proxy that answers itself, recording what it was asked.
    static func proxy(log: RequestLog) throws -> HTTPServer {
        try TransportTestServer.start(recordingIn: log) { request in .text("proxied \(request.target)") }
    }

    @Test("http:// requests go to the proxy with an absolute-form target, Host kept, Proxy-Authorization added")
    func throughProxy() throws {
        let log = RequestLog()
        let proxy = try Self.proxy(log: log)
        defer { proxy.stop() }
        let settings = ProxySettings.fromEnvironment(["http_proxy": "http://user:secret@127.0.0.1:\(proxy.port)"])
        let transport = TransportTestServer.socketTransport(proxy: settings)

        let first = transport.send(
            TransportRequest(method: "GET", url: "http://example.invalid/x?via=proxy", headers: [HeaderField(name: "X-A", value: "1")])
        ).response()
        let second = transport.send(TransportRequest(method: "POST", url: "http://other.invalid:8080/y", body: Data("b".utf8))).response()

        #expect(first?.text == "proxied http://example.invalid/x?via=proxy")
        #expect(second?.text == "proxied http://other.invalid:8080/y")
        #expect(log.requests.map(\.target) == ["http://example.invalid/x?via=proxy", "http://other.invalid:8080/y"])
        #expect(log.requests.map { $0.headers["Host"] } == ["example.invalid", "other.invalid:8080"])
        #expect(log.requests.first?.headers["Proxy-Authorization"] == "Basic " + Data("user:secret".utf8).base64EncodedString())
        #expect(log.requests.first?.headers["X-A"] == "1")
        #expect(log.requests.last?.body == Data("b".utf8))
        // One connection to the proxy serves every origin.
        #expect(log.connectionCount == 1)
    }

    @Test("NO_PROXY hosts are reached directly")
    func bypassed() throws {
        let log = RequestLog()
        let proxy = try Self.proxy(log: log)
        defer { proxy.stop() }
        let direct = try TransportTestServer.start { _ in .text("direct") }
        defer { direct.stop() }
        let settings = ProxySettings.fromEnvironment(["HTTP_PROXY": "127.0.0.1:\(proxy.port)", "NO_PROXY": "localhost,127.0.0.1"])

        let response = TransportTestServer.socketTransport(proxy: settings).send(
            TransportRequest(method: "GET", url: TransportTestServer.url(direct, "/d"))
        ).response()

        #expect(response?.text == "direct")
        #expect(log.requests.isEmpty)
    }

    @Test("a proxy that cannot be reached is cannotConnect naming the proxy")
    func proxyDown() throws {
        let gone = try TransportTestServer.start { _ in .text("") }
        let port = gone.port
        gone.stop()
        let settings = ProxySettings.fromEnvironment(["http_proxy": "http://127.0.0.1:\(port)"])

        let error = TransportTestServer.socketTransport(proxy: settings).send(TransportRequest(method: "GET", url: "http://example.invalid/"))
            .error()

        guard case .cannotConnect(let host, let reason)? = error else {
            Issue.record("expected cannotConnect, got \(String(describing: error))")
            return
        }
        #expect(host == "127.0.0.1")
        #expect(reason.contains("the proxy from http_proxy"))
    }

    @Test("a proxy with a scheme postie cannot speak fails the request saying so")
    func unsupportedProxyScheme() {
        let settings = ProxySettings.fromEnvironment(["http_proxy": "socks5://127.0.0.1:1080"])
        let error = TransportTestServer.socketTransport(proxy: settings).send(TransportRequest(method: "GET", url: "http://example.invalid/"))
            .error()
        #expect(error?.description.contains("socks5://") == true)
    }
}
