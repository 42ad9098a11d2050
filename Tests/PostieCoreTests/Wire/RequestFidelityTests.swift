import Foundation
import Testing

@testable import PostieCore

/// What reaches a server, byte for byte, compared with what Postman's runtime (postman-runtime
/// `core.js`, postman-request `request.js`, Node.js `http`) sends for the same request.
@Suite("Wire: requests as Postman sends them")
struct RequestFidelityTests {
    /// A version 4 UUID in lower case, as postman-runtime's `uuid.v4()`.
    static func isUUID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        return parts.map(\.count) == [8, 4, 4, 4, 12] && parts[2].hasPrefix("4")
            && text.allSatisfy { "0123456789abcdef-".contains($0) }
    }

    @Test("a plain GET carries Postman's system headers in Postman's order")
    func systemHeaders() throws {
        let server = try WireServer()
        defer { server.stop() }
        let outcome = try WireHarness().send(
            request: #"{"method": "GET", "url": "http://localhost:{{PORT}}/a?b=1", "header": [{"key": "X-Mine", "value": "1"}]}"#,
            port: server.port)
        #expect(outcome.error == nil)
        let received = try #require(server.requests.first)
        #expect(received.method == "GET")
        #expect(received.target == "/a?b=1")
        #expect(
            received.headerNames
                == ["X-Mine", "User-Agent", "Accept", "Cache-Control", "Postman-Token", "Host", "Accept-Encoding", "Connection"])
        #expect(received.header("User-Agent") == "postie/test")
        #expect(received.header("Accept") == "*/*")
        #expect(received.header("Cache-Control") == "no-cache")
        #expect(Self.isUUID(received.header("Postman-Token") ?? ""))
        #expect(received.header("Host") == "localhost:\(server.port)")
        #expect(received.header("Accept-Encoding") == "gzip, deflate")
        #expect(received.header("Connection") == "keep-alive")
        #expect(received.body.isEmpty)
    }

    @Test("a header the request sets is never added again, whatever its case; User-Agent is overridable")
    func ownHeadersWin() throws {
        let server = try WireServer()
        defer { server.stop() }
        _ = try WireHarness().send(
            request: #"""
                {"url": "http://127.0.0.1:{{PORT}}/", "header": [{"key": "user-agent", "value": "mine/1"},
                 {"key": "ACCEPT", "value": "text/csv"}, {"key": "Postman-Token", "value": "fixed"}]}
                """#, port: server.port)
        let received = try #require(server.requests.first)
        #expect(
            received.headerNames
                == ["user-agent", "ACCEPT", "Postman-Token", "Cache-Control", "Host", "Accept-Encoding", "Connection"])
        #expect(received.header("user-agent") == "mine/1")
        #expect(received.header("Postman-Token") == "fixed")
    }

    @Test("disabledSystemHeaders leaves each system header out")
    func disabledSystemHeaders() throws {
        let server = try WireServer()
        defer { server.stop() }
        _ = try WireHarness().send(
            request: #"{"method": "POST", "url": "http://127.0.0.1:{{PORT}}/", "body": {"mode": "raw", "raw": "{}", "options": {"raw": {"language": "json"}}}}"#,
            item: #"""
                "protocolProfileBehavior": {"disabledSystemHeaders": {"user-agent": true, "accept": true, "cache-control": true,
                 "postman-token": true, "accept-encoding": true, "connection": true, "content-type": true, "host": false}}
                """#, port: server.port)
        let received = try #require(server.requests.first)
        #expect(received.headerNames == ["Host", "Content-Length"])
        #expect(received.body == Data("{}".utf8))
    }

    @Test(
        "Content-Length: 0 for a method without a body, except GET, HEAD, DELETE, OPTIONS (postman-request, Node.js)",
        arguments: [("POST", "0"), ("PUT", "0"), ("PATCH", "0"), ("PROPFIND", "0"), ("MKCOL", "0"), ("DELETE", nil), ("OPTIONS", nil), ("GET", nil)]
            as [(String, String?)])
    func contentLengthZero(method: String, length: String?) throws {
        let server = try WireServer()
        defer { server.stop() }
        _ = try WireHarness().send(
            request: #"{"method": "\#(method)", "url": "http://127.0.0.1:{{PORT}}/", "body": {"mode": "raw", "raw": "x", "disabled": true}}"#,
            port: server.port)
        let received = try #require(server.requests.first)
        #expect(received.method == method)
        #expect(received.header("Content-Length") == length)
        #expect(received.header("Content-Type") == nil)
    }

    @Test("a GET body is pruned with its Content-Type; disableBodyPruning sends both, with a length")
    func bodyPruning() throws {
        let server = try WireServer()
        defer { server.stop() }
        let request = #"{"method": "GET", "url": "http://127.0.0.1:{{PORT}}/_search", "body": {"mode": "raw", "raw": "{\"query\":{}}", "options": {"raw": {"language": "json"}}}}"#
        _ = try WireHarness().send(request: request, port: server.port)
        _ = try WireHarness().send(request: request, item: #""protocolProfileBehavior": {"disableBodyPruning": true}"#, port: server.port)
        let requests = server.requests
        try #require(requests.count == 2)
        #expect(requests[0].header("Content-Type") == nil)
        #expect(requests[0].header("Content-Length") == nil)
        #expect(requests[0].body.isEmpty)
        #expect(requests[1].header("Content-Type") == "application/json")
        #expect(requests[1].header("Content-Length") == "12")
        #expect(requests[1].body == Data(#"{"query":{}}"#.utf8))
        #expect(requests[1].headerNames.first == "Content-Type")
    }

    @Test(
        "a file body is typed by its file name, as mime-types does",
        arguments: [("upload.csv", "text/csv"), ("data.json", "application/json"), ("blob.bin", "application/octet-stream")])
    func fileBodyType(name: String, type: String) throws {
        let directory = try TestFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("a,b\n".utf8).write(to: directory.appendingPathComponent(name))
        let server = try WireServer()
        defer { server.stop() }
        _ = try WireHarness(workingDirectory: directory.path).send(
            request: #"{"method": "POST", "url": "http://127.0.0.1:{{PORT}}/", "body": {"mode": "file", "file": {"src": "\#(name)"}}}"#,
            port: server.port)
        let received = try #require(server.requests.first)
        #expect(received.header("Content-Type") == type)
        #expect(received.header("Content-Length") == "4")
        #expect(received.headerNames.suffix(3) == ["Connection", "Content-Type", "Content-Length"])
    }

    @Test("a urlencoded body's Content-Type follows the system headers; a raw body's precedes them")
    func contentTypePlace() throws {
        let server = try WireServer()
        defer { server.stop() }
        _ = try WireHarness().send(
            request: #"{"method": "POST", "url": "http://127.0.0.1:{{PORT}}/", "body": {"mode": "urlencoded", "urlencoded": [{"key": "a", "value": "1 2"}]}}"#,
            port: server.port)
        _ = try WireHarness().send(
            request: #"{"method": "POST", "url": "http://127.0.0.1:{{PORT}}/", "body": {"mode": "raw", "raw": "hi"}}"#, port: server.port)
        let requests = server.requests
        try #require(requests.count == 2)
        #expect(requests[0].headerNames.suffix(3) == ["Connection", "Content-Type", "Content-Length"])
        #expect(requests[0].body == Data("a=1%202".utf8))
        #expect(requests[1].headerNames.first == "Content-Type")
        #expect(requests[1].header("Content-Type") == "text/plain")
    }

    @Test(
        "URLs reach the server as postman-url-encoder writes them",
        arguments: [
            ("http://127.0.0.1:{{PORT}}/x?v=line\\n", "/x?v=line%0A", "127.0.0.1:{{PORT}}"),
            ("http://127.1:{{PORT}}/a b/{c}?q='x'", "/a%20b/%7Bc%7D?q=%27x%27", "127.0.0.1:{{PORT}}"),
            ("http://0x7f.1:{{PORT}}/", "/", "127.0.0.1:{{PORT}}"),
            ("http://127.0.0.1:{{PORT}}/x?a={{a#b}}&c=1", "/x?a={{a%23b}}&c=1", "127.0.0.1:{{PORT}}"),
            ("http://127.0.0.1:{{PORT}}\\\\a\\\\b", "/a/b", "127.0.0.1:{{PORT}}"),
        ])
    func urls(url: String, target: String, host: String) throws {
        let server = try WireServer()
        defer { server.stop() }
        let outcome = try WireHarness().send(request: #"{"url": "\#(url)"}"#, port: server.port)
        #expect(outcome.error == nil)
        let received = try #require(server.requests.first)
        #expect(received.target == target)
        #expect(received.header("Host") == host.replacingOccurrences(of: "{{PORT}}", with: String(server.port)))
    }

    @Test("userinfo with @ in it becomes Basic credentials, decoded")
    func userinfo() throws {
        let server = try WireServer()
        defer { server.stop() }
        _ = try WireHarness().send(request: #"{"url": "http://us@er:p@ss@127.0.0.1:{{PORT}}/"}"#, port: server.port)
        let received = try #require(server.requests.first)
        #expect(received.header("Authorization") == "Basic " + Data("us@er:p@ss".utf8).base64EncodedString())
    }

    @Test("disableUrlEncoding sends the path and query as written")
    func noEncoding() throws {
        let server = try WireServer()
        defer { server.stop() }
        _ = try WireHarness().send(
            request: #"{"url": "http://127.0.0.1:{{PORT}}/a'b?q='x'&r=a%2Fb"}"#,
            item: #""protocolProfileBehavior": {"disableUrlEncoding": true}"#, port: server.port)
        #expect(server.requests.first?.target == "/a'b?q='x'&r=a%2Fb")
    }

    @Test("an unknown body mode fails that request only, saying so")
    func unknownBodyMode() throws {
        let server = try WireServer()
        defer { server.stop() }
        let json = #"""
            {"info": {"name": "w"}, "item": [
              {"name": "soap", "request": {"method": "POST", "url": "http://127.0.0.1:{{PORT}}/1", "body": {"mode": "soap", "soap": "x"}}},
              {"name": "fine", "request": {"url": "http://127.0.0.1:{{PORT}}/2"}}]}
            """#
        let outcomes = WireHarness().run(try WireHarness.collection(json, port: server.port))
        #expect(
            outcomes.first?.error
                == "the body mode \"soap\" is not one postie sends (raw, urlencoded, formdata, file, graphql)")
        #expect(outcomes.last?.error == nil)
        #expect(server.requests.map(\.target) == ["/2"])
    }
}
