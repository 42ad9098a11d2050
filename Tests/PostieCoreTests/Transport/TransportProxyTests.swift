import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

@Suite("ProxyEnvironment")
struct TransportProxyEnvironmentTests {
    @Test(
        "upper-case HTTP_PROXY is copied to http_proxy, which libcurl reads, unless that is set",
        arguments: [
            (["HTTP_PROXY": "http://p:3128"], "http://p:3128"),
            (["HTTP_PROXY": "http://p:3128", "http_proxy": "http://q:1"], nil),
            (["http_proxy": "http://q:1"], nil),
            (["HTTP_PROXY": ""], nil),
            (["HTTPS_PROXY": "http://p:3128"], nil),
        ] as [([String: String], String?)])
    func adoption(environment: [String: String], expected: String?) {
        let change = ProxyEnvironment.lowerCaseHTTPProxy(in: environment)
        #expect(change?.name == (expected == nil ? nil : "http_proxy"))
        #expect(change?.value == expected)
    }
}

/// Proxies are read from the environment by libcurl, so each case runs in a child process (this test
/// binary, filtered to `ProxyChild`) with its own environment: setting `http_proxy` here would send
/// every other test's requests through the proxy.
@Suite("URLSessionTransport: proxies from the environment")
struct TransportProxyTests {
    static let childFlag = "POSTIE_TRANSPORT_PROXY_CHILD"

    struct Child {
        var output: String
        var status: Int32
    }

    /// Runs the `ProxyChild` test in a new process of this test binary with `environment` added.
    static func runChild(_ environment: [String: String]) throws -> Child {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--testing-library", "swift-testing", "--filter", "TransportProxyChild"]
        var childEnvironment = ProcessInfo.processInfo.environment
        for name in ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"] {
            childEnvironment[name] = nil
        }
        childEnvironment.merge(environment) { $1 }
        childEnvironment[childFlag] = "1"
        process.environment = childEnvironment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Child(output: String(decoding: output, as: UTF8.self), status: process.terminationStatus)
    }

    /// A forward proxy that answers every request itself, recording the request targets it was given.
    static func proxy(log: RequestLog) throws -> HTTPServer {
        try TransportTestServer.start(recordingIn: log) { request in
            if request.method == "CONNECT" { return .text("no tunnels here", status: 502) }
            return .text("proxied \(request.target)")
        }
    }

    @Test(
        "http_proxy (or HTTP_PROXY) sends plain-HTTP requests through the proxy; NO_PROXY bypasses it",
        arguments: ["http_proxy", "HTTP_PROXY"])
    func httpProxy(variable: String) throws {
        let log = RequestLog()
        let proxy = try Self.proxy(log: log)
        defer { proxy.stop() }
        let direct = try TransportTestServer.start { _ in .text("direct") }
        defer { direct.stop() }

        let child = try Self.runChild([
            variable: "http://127.0.0.1:\(proxy.port)", "NO_PROXY": "127.0.0.1",
            "POSTIE_PROXY_TARGET": "http://example.invalid/x?via=proxy",
            "POSTIE_PROXY_EXPECT": "proxied http://example.invalid/x?via=proxy",
            "POSTIE_PROXY_DIRECT": TransportTestServer.url(direct, "/d"),
        ])

        #expect(child.status == 0, "child output:\n\(child.output)")
        #expect(log.requests.map(\.target) == ["http://example.invalid/x?via=proxy"])
        #expect(log.requests.first?.headers["Host"] == "example.invalid")
    }

    @Test("HTTPS_PROXY tunnels https requests with CONNECT")
    func httpsProxy() throws {
        let log = RequestLog()
        let proxy = try Self.proxy(log: log)
        defer { proxy.stop() }

        let child = try Self.runChild([
            "HTTPS_PROXY": "http://127.0.0.1:\(proxy.port)", "POSTIE_PROXY_TARGET": "https://example.invalid/secure",
            "POSTIE_PROXY_EXPECT": "error",
        ])

        #expect(child.status == 0, "child output:\n\(child.output)")
        #expect(log.requests.map(\.method) == ["CONNECT"])
        #expect(log.requests.first?.target == "example.invalid:443")
    }
}

/// The half of `ProxyTests` that runs in the child process; skipped in a normal run.
@Suite("TransportProxyChild")
struct TransportProxyChild {
    @Test(.enabled(if: ProcessInfo.processInfo.environment[TransportProxyTests.childFlag] != nil))
    func requestThroughEnvironmentProxy() throws {
        let environment = ProcessInfo.processInfo.environment
        let target = try #require(environment["POSTIE_PROXY_TARGET"])
        let expected = try #require(environment["POSTIE_PROXY_EXPECT"])
        let transport = URLSessionTransport(options: TransportOptions(timeoutMilliseconds: 20_000))

        let result = transport.send(TransportRequest(method: "GET", url: target))
        if expected == "error" {
            #expect(result.error() != nil)
        } else {
            #expect(result.response()?.text == expected)
        }
        if let direct = environment["POSTIE_PROXY_DIRECT"] {
            #expect(transport.send(TransportRequest(method: "GET", url: direct)).response()?.text == "direct")
        }
    }
}
