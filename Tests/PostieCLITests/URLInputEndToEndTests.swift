import Foundation
import PostieHTTPServer
import Testing

/// `postie run URL` and `-e URL`, as Newman takes them (issue 10, item 11), against a loopback server.
@Suite("Collections and environments by URL, end to end")
struct URLInputEndToEndTests {
    static func server() throws -> CountingServer {
        let holder = PortHolder()
        let server = try CountingServer(routes: [
            "/c.json": { _ in
                .text(
                    #"{"info": {"name": "Remote"}, "item": [{"name": "a", "request": "{{base}}/ok/"}]}"#,
                    contentType: "application/json")
            },
            "/e.json": { _ in
                .text(
                    #"{"name": "remote env", "values": [{"key": "base", "value": "http://127.0.0.1:\#(holder.port)", "enabled": true}]}"#,
                    contentType: "application/json")
            },
            "/flows/f.flow.json": { _ in
                .text(#"{"collection": "../c.json", "steps": [{"request": "a", "expect": {"status": 200}}]}"#, contentType: "application/json")
            },
            "/broken.json": { _ in .text("{\n  \"info\": nope", contentType: "application/json") },
            "/missing.json": { _ in .text("not here", status: 404) },
            "/slow.json": { _ in
                Thread.sleep(forTimeInterval: 3)
                return .text("{}")
            },
        ])
        holder.port = server.port
        return server
    }

    @Test func aCollectionAndAnEnvironmentByURL() throws {
        let server = try Self.server()
        let outcome = try PostieProcess.run(["run", "\(server.base)/c.json", "-e", "\(server.base)/e.json"], in: server.directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(server.received == ["/c.json", "/e.json", "/ok/"])
        #expect(outcome.output.contains("Remote"), "\(outcome.output)")
    }

    @Test func aFlowByURLFindsItsCollectionBesideIt() throws {
        let server = try Self.server()
        let outcome = try PostieProcess.run(
            ["run", "\(server.base)/flows/f.flow.json", "-e", "\(server.base)/e.json"], in: server.directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(server.received.contains("/c.json"), "\(server.received)")
        #expect(server.received.last == "/ok/")
    }

    @Test(arguments: [
        (["/missing.json"], 64, "/missing.json: the server answered 404 Not Found"),
        (["/broken.json"], 65, "/broken.json:2:11: "),
        (["/c.json", "-e", "/missing.json"], 64, "/missing.json: the server answered 404 Not Found"),
        (["/slow.json", "--timeout-request", "300"], 64, "/slow.json: no answer within 300ms"),
        (["http://127.0.0.1:9/c.json"], 64, "http://127.0.0.1:9/c.json: cannot connect"),
    ])
    func aURLThatCannotBeUsedIsAClearError(arguments: [String], status: Int32, message: String) throws {
        let server = try Self.server()
        let expanded = arguments.map { $0.hasPrefix("/") ? server.base + $0 : $0 }
        let outcome = try PostieProcess.run(["run"] + expanded, in: server.directory, timeout: 30)
        #expect(outcome.status == status, "\(outcome.everything)")
        #expect(outcome.errors.contains(message), "\(outcome.errors)")
        #expect(outcome.errors.hasPrefix("error: "), "\(outcome.errors)")
    }

    final class PortHolder: @unchecked Sendable {
        var port = 0
    }
}
