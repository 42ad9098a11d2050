import Foundation
import FoundationXML
import PostieHTTPServer
import PostieJSON
import Testing

/// `postie run` as a user runs it: the built binary, a loopback server on port 0, real files.
@Suite("postie run, end to end", .serialized)
struct RunEndToEndTests {
    /// A loopback server: `/ok` answers JSON, `/fail` answers 500, `/slow` waits, `/echo` returns what came.
    final class LoopbackServer {
        let server: HTTPServer
        let port: Int
        let directory: URL
        /// Set when `/slow/` has been asked for: the run is then waiting for its answer.
        let slowAsked = Flag()

        final class Flag: @unchecked Sendable {
            private let lock = NSLock()
            private var value = false
            var isSet: Bool { lock.withLock { value } }
            func set() { lock.withLock { value = true } }
        }

        init() throws {
            let slowAsked = slowAsked
            server = HTTPServer(configuration: .init()) { request in
                switch request.path {
                case "/slow/":
                    slowAsked.set()
                    Thread.sleep(forTimeInterval: 3)
                    return .text("late")
                case "/fail/":
                    return HTTPResponse(status: 500, headers: ["Content-Type": "application/json"], body: Data(#"{"message":"boom"}"#.utf8))
                case "/echo/":
                    let headers = request.headers.fields.map { "\($0.name): \($0.value)" }.joined(separator: "\n")
                    return .text("\(request.method) \(request.target)\n\(headers)\n\n\(String(decoding: request.body, as: UTF8.self))")
                default:
                    return HTTPResponse(
                        status: 200, headers: ["Content-Type": "application/json"],
                        body: Data(#"{"id":"job-7","status":"Queued","token":"not-a-secret"}"#.utf8))
                }
            }
            port = try server.start()
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-run-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }

        deinit {
            server.stop()
            try? FileManager.default.removeItem(at: directory)
        }

        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

        @discardableResult
        func write(_ text: String, to name: String) throws -> String {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
            return path(name)
        }
    }

    static let collection = """
        {"info": {"name": "Loopback", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{api-token}}"}]},
         "item": [
           {"name": "Jobs", "item": [
             {"name": "Queue", "request": {"method": "POST", "url": "{{base}}/ok/",
               "body": {"mode": "raw", "raw": "{\\"appId\\": \\"{{appId}}\\"}", "options": {"raw": {"language": "json"}}}}},
             {"name": "Broken", "request": {"url": "{{base}}/fail/"}},
             {"name": "Echo", "request": {"url": "{{base}}/echo/?q={{appId}}", "header": [{"key": "X-Trace", "value": "t-1"}]}}
           ]},
           {"name": "Nowhere", "request": {"url": "http://127.0.0.1:9/unreachable/"}}
         ]}
        """

    static func environment(port: Int) -> String {
        """
        {"name": "loopback env", "values": [
          {"key": "base", "value": "http://127.0.0.1:\(port)", "enabled": true},
          {"key": "api-token", "value": "tok-SUPER-SECRET-42", "type": "secret", "enabled": true},
          {"key": "appId", "value": "app-1", "enabled": true},
          {"key": "stale", "value": "old", "enabled": false}
        ]}
        """
    }

    @Test func runsACollectionAndWritesAllThreeReports() throws {
        let server = try LoopbackServer()
        let collection = try server.write(Self.collection, to: "loopback.postman_collection.json")
        let environment = try server.write(Self.environment(port: server.port), to: "loopback.postman_environment.json")
        let outcome = try PostieProcess.run(
            [
                "run", collection, "-e", environment, "-r", "cli,json,junit",
                "--reporter-json-export", server.path("report.json"), "--reporter-junit-export", server.path("report.xml"),
                "--reporter-cli-export", server.path("report.txt"), "--timeout-request", "2000",
            ], in: server.directory)
        // A request that cannot connect fails the run, and so does a 500 answer that nothing checks.
        #expect(outcome.status == 1, "\(outcome.everything)")
        // Nothing checks the 200 either: its status is shown, without a check mark.
        #expect(outcome.output.contains("• POST Jobs › Queue · 200 OK") || outcome.output.contains("-    POST Jobs > Queue · 200 OK"))
        #expect(outcome.output.contains("Nowhere"))
        #expect(outcome.output.contains("cannot connect to 127.0.0.1"))

        let json = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: server.path("report.json"))))
        #expect(json["collection"]?["info"]?["name"] == "Loopback")
        #expect(json["run"]?["stats"]?["requests"]?["total"] == 4)
        #expect(json["run"]?["stats"]?["requests"]?["failed"] == 2)
        let executions = try #require(json["run"]?["executions"]?.arrayValue)
        #expect(executions.map { $0["response"]?["code"] ?? nil } == [200, 500, 200, nil])
        #expect(executions[0]["response"]?["body"]?.stringValue?.contains("job-7") == true)
        #expect(executions[0]["request"]?["body"]?["raw"] == #"{"appId": "app-1"}"#)
        #expect(json["run"]?["failures"]?.arrayValue?.compactMap { $0["error"]?["name"]?.stringValue } == ["HTTPError", "RequestError"])

        let xml = try Data(contentsOf: URL(fileURLWithPath: server.path("report.xml")))
        let counter = XMLCounter()
        let parser = XMLParser(data: xml)
        parser.delegate = counter
        #expect(parser.parse(), "the JUnit report is not well-formed XML")
        #expect(counter.suites == 4)
        #expect(counter.errors == 1)

        let transcript = try String(contentsOf: URL(fileURLWithPath: server.path("report.txt")), encoding: .utf8)
        #expect(transcript.contains("Jobs › Queue") || transcript.contains("Jobs > Queue"))
        #expect(!transcript.contains("\u{1B}["))

        // The echo endpoint shows what went over the wire: the header and the query as Postman sends them.
        let echo = try #require(executions[2]["response"]?["body"]?.stringValue)
        #expect(echo.hasPrefix("GET /echo/?q=app-1"))
        #expect(echo.contains("X-Trace: t-1"))
    }

    @Test func secretsAppearNowhere() throws {
        let server = try LoopbackServer()
        let collection = try server.write(Self.collection, to: "c.json")
        let environment = try server.write(Self.environment(port: server.port), to: "e.json")
        let outcome = try PostieProcess.run(
            [
                "run", collection, "-e", environment, "-r", "cli,json,junit", "--verbose",
                "--reporter-json-export", server.path("r.json"), "--reporter-junit-export", server.path("r.xml"),
                "--export-environment", server.path("exported.json"), "--timeout-request", "2000",
            ], in: server.directory)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("Authorization: [redacted]"))
        for text in [
            outcome.everything, try String(contentsOfFile: server.path("r.json"), encoding: .utf8),
            try String(contentsOfFile: server.path("r.xml"), encoding: .utf8),
            try String(contentsOfFile: server.path("exported.json"), encoding: .utf8),
        ] {
            #expect(!text.contains("SUPER-SECRET"))
        }
        let exported = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: server.path("exported.json"))))
        let values = exported["values"]?.arrayValue ?? []
        #expect(values.first { $0["key"] == "api-token" }?["value"] == "[redacted]")
        #expect(values.first { $0["key"] == "appId" }?["value"] == "app-1")
    }

    @Test(arguments: [
        (["run", "--nope"], 64, "unknown option --nope"),
        (["run", "--iteraton-count", "2", "x.json"], 64, "did you mean --iteration-count?"),
        (["run", "missing.json"], 64, "missing.json: no such file"),
        (["run"], 64, "needs a collection or flow file"),
        (["run", "c.json", "-n", "zero"], 64, "--iteration-count takes a whole number of at least 1, not \"zero\""),
        (["run", "c.json", "--env-var", "novalue"], 64, "--env-var takes KEY=VALUE"),
        (["run", "c.json", "--folder", "Nope"], 64, "no folder or request named \"Nope\" in the collection (folders: Jobs)"),
        (["run", "c.json", "--color", "sometimes"], 64, "--color takes auto, on or off"),
        (["run", "c.json", "-r", "htm"], 64, "htm"),
        (["run", "broken.json"], 65, "broken.json:3:1: "),
        (["run", "env.json"], 65, "not a Postman collection"),
        (["run", "c.json", "--strict"], 65, "--strict: undefined variables"),
        (["bogus"], 64, "unknown command"),
        (["runn"], 64, "did you mean `postie run`?"),
    ])
    func badInputGetsAClearErrorAndItsExitCode(arguments: [String], status: Int32, message: String) throws {
        let server = try LoopbackServer()
        try server.write(Self.collection, to: "c.json")
        try server.write("{\n  \"info\": {\"name\": \"x\"},\n", to: "broken.json")
        try server.write(Self.environment(port: server.port), to: "env.json")
        let outcome = try PostieProcess.run(arguments, in: server.directory)
        #expect(outcome.status == status, "\(outcome.everything)")
        #expect(outcome.errors.contains(message), "\(outcome.errors)")
        #expect(outcome.errors.hasPrefix("error: "), "\(outcome.errors)")
    }

    @Test func helpAndVersionDocumentTheExitCodes() throws {
        let help = try PostieProcess.run(["run", "--help"])
        #expect(help.status == 0)
        for option in ["--environment", "--env-var", "--folder", "--iteration-data", "--bail", "--reporter-junit-export",
            "--export-environment", "--strict", "--color", "--flow", "--output-dir", "--overwrite"]
        {
            #expect(help.output.contains(option), "\(option) missing from run --help")
        }
        #expect(help.output.contains("64   usage error"))
        #expect(help.output.contains("65   bad input"))
        let version = try PostieProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("postie "))
    }

    @Test func anInterruptStopsTheRunAndStillWritesTheReports() throws {
        let server = try LoopbackServer()
        let collection = try server.write(
            """
            {"info": {"name": "Slow"}, "item": [
              {"name": "fast", "request": "http://127.0.0.1:\(server.port)/ok/"},
              {"name": "slow", "request": "http://127.0.0.1:\(server.port)/slow/"},
              {"name": "never", "request": "http://127.0.0.1:\(server.port)/ok/"}
            ]}
            """, to: "slow.json")
        let outcome = try PostieProcess.run(
            ["run", collection, "-r", "cli,json", "--reporter-json-export", server.path("r.json")], in: server.directory,
            interruptWhen: { [slowAsked = server.slowAsked] in slowAsked.isSet })
        #expect(outcome.status == 130, "\(outcome.everything)")
        let json = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: server.path("r.json"))))
        let names = json["run"]?["executions"]?.arrayValue?.compactMap { $0["item"]?["name"]?.stringValue }
        #expect(names == ["fast", "slow"])
    }

    @Test func exportingOverAnInputFileNeedsOverwrite() throws {
        let server = try LoopbackServer()
        let collection = try server.write(
            #"{"info": {"name": "x"}, "item": [{"name": "a", "request": "http://127.0.0.1:\#(server.port)/ok/"}]}"#,
            to: "c.json")
        let environment = try server.write(Self.environment(port: server.port), to: "e.json")
        let before = try String(contentsOfFile: environment, encoding: .utf8)
        let refused = try PostieProcess.run(["run", collection, "-e", environment, "--export-environment", environment], in: server.directory)
        #expect(refused.status == 64, "\(refused.everything)")
        #expect(try String(contentsOfFile: environment, encoding: .utf8) == before)
        let overEnvironment = try PostieProcess.run(
            ["run", collection, "-e", environment, "--export-environment", environment, "--overwrite"], in: server.directory)
        #expect(overEnvironment.status == 0, "\(overEnvironment.everything)")
        // Over the file it came from, the secret keeps its value: the file still runs.
        let rewritten = try String(contentsOfFile: environment, encoding: .utf8)
        #expect(rewritten.contains("tok-SUPER-SECRET-42"))
        #expect(!rewritten.contains("[redacted]"))
        let overCollection = try PostieProcess.run(
            ["run", collection, "--export-environment", collection, "--overwrite"], in: server.directory)
        #expect(overCollection.status == 64, "\(overCollection.everything)")
    }

    final class XMLCounter: NSObject, XMLParserDelegate {
        var suites = 0
        var errors = 0
        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if elementName == "testsuite" { suites += 1 }
            if elementName == "error" { errors += 1 }
        }
    }
}
