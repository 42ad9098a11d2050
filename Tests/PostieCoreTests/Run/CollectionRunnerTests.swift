import Foundation
import Testing

@testable import PostieCore

/// Collects what a reporter is told, for assertions.
final class RecordingReporter: RunReporter, @unchecked Sendable {
    var started: RunStart?
    var iterations: [Int] = []
    var executions: [RequestExecution] = []
    var diagnostics: [Diagnostic] = []
    var finished: RunResult?

    func runStarted(_ start: RunStart) { started = start }
    func iterationStarted(_ iteration: Int, of count: Int) { iterations.append(iteration) }
    func executionFinished(_ execution: RequestExecution) { executions.append(execution) }
    func diagnosticRaised(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    func runFinished(_ result: RunResult) throws { finished = result }
}

@Suite("Collection runner")
struct CollectionRunnerTests {
    static let collectionText = """
        {"info": {"name": "Demo", "_postman_id": "c-1"},
         "variable": [{"key": "base", "value": "http://h"}],
         "item": [
           {"name": "A", "item": [
             {"name": "one", "request": {"url": "{{base}}/one?id={{id}}"}},
             {"name": "two", "event": [{"listen": "test", "script": {"exec": ["pm.test('x', ()=>{})"]}}],
              "request": {"method": "POST", "url": "{{base}}/two", "body": {"mode": "raw", "raw": "{{missing}}"}}}
           ]},
           {"name": "B", "item": [{"name": "three", "request": {"url": "{{base}}/three",
              "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}"}]}}}]}
         ]}
        """

    static func runner(
        transport: StubTransport, options: RunOptions = RunOptions(), folders: [String] = [], data: IterationData? = nil,
        reporter: RecordingReporter = RecordingReporter(), redactor: SecretRedactor = SecretRedactor()
    ) throws -> CollectionRunner {
        let collection = try CollectionParser.parse(data: Data(collectionText.utf8), file: "demo.json")
        let environment = EnvironmentFile(
            name: "env", values: [EnvironmentValue(key: "token", value: "s3cr3t-token", type: "secret")])
        let executor = RequestExecutor(
            builder: RequestBuilder(userAgent: "postie/test"), signer: RequestSigner(), transport: transport, redactor: redactor)
        return CollectionRunner(
            inputs: RunInputs(collection: collection, environment: environment, iterationData: data),
            plan: try RunPlan.collection(collection, folders: folders), options: options, executor: executor,
            reporters: [reporter])
    }

    @Test func runsEveryRequestOfEveryIterationWithItsDataRow() throws {
        let transport = StubTransport()
        let reporter = RecordingReporter()
        let runner = try Self.runner(
            transport: transport, data: IterationData(rows: [[("id", "1")], [("id", "2")]]), reporter: reporter)
        let result = try runner.run()
        #expect(transport.requests.map(\.url) == [
            "http://h/one?id=1", "http://h/two", "http://h/three", "http://h/one?id=2", "http://h/two", "http://h/three",
        ])
        #expect(result.iterationCount == 2)
        #expect(result.executions.map(\.displayName) == ["A › one", "A › two", "B › three", "A › one", "A › two", "B › three"])
        #expect(result.executions.map(\.iteration) == [0, 0, 0, 1, 1, 1])
        #expect(!result.failed)
        #expect(reporter.started == RunStart(collectionName: "Demo", environmentName: "env", iterationCount: 2, requestCount: 3))
        #expect(reporter.iterations == [0, 1])
        #expect(transport.requests[2].headers.first { $0.name == "Authorization" }?.value == "Bearer s3cr3t-token")
    }

    @Test func warnsOnceAboutUnrunScriptsAndUndefinedVariables() throws {
        let reporter = RecordingReporter()
        _ = try Self.runner(transport: StubTransport(), options: RunOptions(iterationCount: 3), reporter: reporter).run()
        #expect(reporter.diagnostics.map(\.description) == [
            "warning: {{id}} is not defined (used in the url of A › one); sent as written",
            "warning: {{missing}} is not defined (used in the body of A › two); sent as written",
            "warning: scripts were not run (--no-scripts): 1 request has scripts",
        ])
    }

    @Test func strictRefusesToSendAnythingWithUndefinedVariables() throws {
        let transport = StubTransport()
        #expect(
            throws: RunError.strictPreflight([
                "{{id}} is not defined (used in the url of A › one); sent as written",
                "{{missing}} is not defined (used in the body of A › two); sent as written",
            ])
        ) {
            try Self.runner(transport: transport, options: RunOptions(strict: true)).run()
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func foldersSelectRequests() throws {
        let transport = StubTransport()
        _ = try Self.runner(transport: transport, folders: ["B"]).run()
        #expect(transport.requests.map(\.url) == ["http://h/three"])
        #expect(throws: CollectionSelectionError.self) {
            try Self.runner(transport: StubTransport(), folders: ["Nope"]).run()
        }
    }

    @Test func aTransportErrorFailsThatRequestAndTheRunGoesOnUnlessBail() throws {
        let failing = StubTransport { request, _ in
            request.url.hasSuffix("/two") ? .failure(.cannotConnect(host: "h", reason: "connection refused")) : .success(TransportResponse(status: 200))
        }
        let result = try Self.runner(transport: failing).run()
        #expect(result.executions.map(\.error) == [nil, "cannot connect to h: connection refused", nil])
        #expect(result.failed)
        #expect(result.requestErrorCount == 1)

        let bailing = StubTransport { request, _ in
            request.url.hasSuffix("/two") ? .failure(.timedOut(milliseconds: 50)) : .success(TransportResponse(status: 200))
        }
        let bailed = try Self.runner(transport: bailing, options: RunOptions(iterationCount: 2, bail: true)).run()
        #expect(bailed.executions.count == 2)
        #expect(bailed.bailed)
    }

    @Test func aCancelledRunStopsAndSaysSo() throws {
        let transport = StubTransport()
        let runner = try Self.runner(transport: transport, options: RunOptions(iterationCount: 5, delayMilliseconds: 60_000))
        DispatchQueue.global().async { runner.cancel() }
        let result = try runner.run()
        #expect(result.interrupted)
        #expect(result.failed)
        #expect(transport.requests.count <= 1)
    }

    @Test func anUndefinedHostVariableFailsTheRequestWithWhatToDo() throws {
        let collection = try CollectionParser.parse(
            data: Data(#"{"info": {"name": "x"}, "item": [{"name": "r", "request": {"url": {"raw": "{{gallery-url}}/api/", "host": ["{{gallery-url}}"], "path": ["api", ""]}, "auth": {"type": "basic", "basic": [{"key": "password", "value": "{{user-secret}}"}]}}}]}"#.utf8),
            file: "c.json")
        let redactor = SecretRedactor()
        let runner = CollectionRunner(
            inputs: RunInputs(collection: collection), plan: try RunPlan.collection(collection), options: RunOptions(),
            executor: RequestExecutor(builder: RequestBuilder(), signer: RequestSigner(), transport: StubTransport(), redactor: redactor),
            reporters: [])
        let result = try runner.run()
        #expect(
            result.executions.first?.error
                == "{{gallery-url}} is not defined, so the URL has no host; give an environment (-e FILE) or --env-var gallery-url=VALUE")
        // An undefined reference in an auth field is the collection's text, not a secret.
        #expect(redactor.redact("{{user-secret}} is undefined") == "{{user-secret}} is undefined")
    }

    @Test func tokensIssuedInJSONAnswersAreRedactedFromThenOn() throws {
        let redactor = SecretRedactor()
        let transport = StubTransport(
            status: 200, json: #"{"access_token":"issued-AT-9931","token_type":"bearer","refresh_token":"issued-RT-4417","note":"x_token"}"#)
        _ = try Self.runner(transport: transport, redactor: redactor).run()
        #expect(redactor.redact("issued-AT-9931 issued-RT-4417") == "[redacted] [redacted]")
        #expect(redactor.redact("x_token") == "x_token")
    }

    /// A URL's password (written in the URL, or a collection URL's `auth`) is a secret like a Basic auth
    /// password: redacted in every form it takes, the user name left alone.
    @Test func aURLsPasswordIsRedacted() throws {
        let collection = try CollectionParser.parse(
            data: Data(
                #"""
                {"info": {"name": "U"}, "item": [
                  {"name": "parts", "request": {"url": {"protocol": "http", "host": ["h"], "path": ["a"],
                    "auth": {"user": "us@r", "password": "p@ss/{{n}}"}}}},
                  {"name": "raw", "request": {"url": "http://bob:sekrit%2099@h/b"}},
                  {"name": "unresolved", "request": {"url": "http://carol:{{nothing}}@h/c"}}]}
                """#.utf8), file: "u.json")
        let context = RunInputs(collection: collection, environmentOverrides: [("n", "7")])
        let redactor = SecretRedactor()
        let transport = StubTransport()
        let executor = RequestExecutor(builder: RequestBuilder(userAgent: "postie/test"), signer: RequestSigner(), transport: transport, redactor: redactor)
        _ = try CollectionRunner(
            inputs: context, plan: try RunPlan.collection(collection), options: RunOptions(), executor: executor, reporters: []
        ).run()
        #expect(transport.requests.count == 3)
        #expect(redactor.redact("http://us%40r:p%40ss%2F7@h/a p@ss/7") == "http://us%40r:[redacted]@h/a [redacted]")
        #expect(redactor.redact("http://bob:sekrit%2099@h/b sekrit 99") == "http://bob:[redacted]@h/b [redacted]")
        #expect(redactor.redact("carol {{nothing}}") == "carol {{nothing}}")
    }

    @Test func secretsAreRegisteredBeforeAnythingIsReported() throws {
        let redactor = SecretRedactor()
        _ = try Self.runner(transport: StubTransport(), redactor: redactor).run()
        #expect(redactor.redact("Authorization: Bearer s3cr3t-token") == "Authorization: [redacted]")
        #expect(redactor.redact("?token=s3cr3t-token&x=1") == "?token=[redacted]&x=1")
    }
}
