import Foundation
import PostieCore

/// The namespace of the report tests, so that `swift test --filter Reports` selects them all.
enum ReportsTests {}

/// Runs built by hand for the report tests, full of secrets in every place a report could show them.
enum ReportFixtures {
    /// A `type: "secret"` environment value.
    static let environmentSecret = "s3cr3t-Env-Value-42"
    /// An OAuth 1.0a consumer secret, with characters that percent-encode (`+`, `/`, `=`).
    static let consumerSecret = "cOnSuMeR+SeCrEt/9f8e="
    static let consumerSecretEncoded = "cOnSuMeR%2BSeCrEt%2F9f8e%3D"
    /// A bearer token, fetched or given.
    static let bearerToken = "eyJhbGciOiJIUzI1NiJ9.bearer-token-abc123"
    /// An `Authorization` header's value that is registered nowhere: redacted because of the header's name.
    static let authorizationValue = "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==-AUTHZ"
    /// A value captured under a secret-sounding name, registered nowhere.
    static let capturedSessionToken = "sess-unregistered-7788"

    /// Every text that must never appear in any output.
    static let forbidden = [
        environmentSecret, consumerSecret, consumerSecretEncoded, bearerToken, authorizationValue,
        "QWxhZGRpbjpvcGVuIHNlc2FtZQ", capturedSessionToken,
    ]

    /// A redactor knowing the secrets the runner would register.
    static func redactor() -> SecretRedactor {
        SecretRedactor(secrets: [environmentSecret, consumerSecret, bearerToken])
    }

    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    static func at(_ milliseconds: Double) -> Date { start.addingTimeInterval(milliseconds / 1000) }

    static let jsonHeaders = [HeaderField(name: "Content-Type", value: "application/json; charset=utf-8")]

    // MARK: The small run (terminal golden lines)

    /// One iteration, three requests: a pass, a failed check, a transport error.
    static func smallRun() -> RunResult {
        let executions = [
            RequestExecution(
                id: "e1", iteration: 0, itemID: "item-queue", name: "Queue Job", folderPath: ["Subscription"],
                startedAt: at(0),
                request: SentRequest(method: "POST", url: "http://gallery.test/api/v1/workflows/w1/jobs/"),
                response: TransportResponse(
                    status: 200, headers: jsonHeaders, body: .memory(Data(#"{"id":"615d3f0e","status":"Queued"}"#.utf8)),
                    durationMilliseconds: 41.4),
                assertions: [AssertionOutcome(name: "status eq 200", passed: true)],
                captures: [(name: "jobId", value: "615d3f0e")]),
            RequestExecution(
                id: "e2", iteration: 0, itemID: "item-jobs", name: "Jobs", folderPath: ["Subscription"],
                startedAt: at(50),
                request: SentRequest(method: "GET", url: "http://gallery.test/api/v1/jobs/615d3f0e/"),
                response: TransportResponse(
                    status: 401, body: .memory(Data(repeating: 0x41, count: 2150)), durationMilliseconds: 1234),
                assertions: [
                    AssertionOutcome(
                        name: "status eq 200", passed: false, expected: "200", actual: "401",
                        message: "status eq 200: expected 200, got 401")
                ]),
            RequestExecution(
                id: "e3", iteration: 0, itemID: "item-output", name: "Output", folderPath: [], startedAt: at(1300),
                request: SentRequest(method: "GET", url: "http://gallery.test/api/v1/jobs/615d3f0e/output/o1/"),
                error: "cannot connect to gallery.test: connection refused"),
        ]
        return RunResult(
            collectionName: "Gallery", environmentName: "local", startedAt: start, finishedAt: at(1500),
            iterationCount: 1, executions: executions, diagnostics: [.warning("the request Output has a test script that was not run")])
    }

    // MARK: The full run

    /// Two iterations covering every case a report meets, secrets in URLs, headers, bodies, messages,
    /// captures, notes, diagnostics and variables.
    static func fullRun(interrupted: Bool = false) -> RunResult {
        let queueURL =
            "https://gallery.example/api/v1/workflows/w1/jobs/?token=\(bearerToken)&sig=\(consumerSecretEncoded)"
        let queueRequest = SentRequest(
            method: "POST", url: queueURL,
            headers: [
                HeaderField(name: "Authorization", value: authorizationValue),
                HeaderField(name: "X-Trace", value: "trace \(bearerToken) end"),
                HeaderField(name: "Content-Type", value: "application/json"),
                HeaderField(name: "User-Agent", value: "postie/0.1", isSystem: true),
            ],
            body: Data(#"{"client_secret":"\#(consumerSecret)","password":"\#(environmentSecret)"}"#.utf8),
            contentType: "application/json")
        let queueResponse = TransportResponse(
            status: 200,
            headers: jsonHeaders + [
                HeaderField(name: "Set-Cookie", value: "sid=\(authorizationValue); HttpOnly"),
                HeaderField(name: "X-Echo", value: environmentSecret),
            ],
            body: .memory(Data(#"{"id":"615d3f0e","access_token":"\#(bearerToken)","status":"Queued"}"#.utf8)),
            durationMilliseconds: 41.6, finalURL: queueURL)

        let queue = RequestExecution(
            id: "e1", iteration: 0, itemID: "item-queue", name: "Queue Job", folderPath: ["Subscription"],
            startedAt: at(0), request: queueRequest, response: queueResponse,
            assertions: [
                AssertionOutcome(name: "status eq 200", passed: true),
                AssertionOutcome(name: "$.password eq \"\(environmentSecret)\"", passed: true),
            ],
            captures: [
                (name: "jobId", value: "615d3f0e"), (name: "accessToken", value: bearerToken),
                (name: "sessionToken", value: capturedSessionToken),
            ])

        let jobsURL = "https://gallery.example/api/v1/jobs/615d3f0e/"
        let poll = RequestExecution(
            id: "e2", iteration: 0, itemID: "item-jobs", name: "Jobs", folderPath: ["Subscription"],
            startedAt: at(100), request: SentRequest(method: "GET", url: jobsURL),
            response: TransportResponse(
                status: 200, headers: jsonHeaders,
                body: .memory(Data(#"{"status":"Completed","disposition":"Success"}"#.utf8)), durationMilliseconds: 9),
            assertions: [AssertionOutcome(name: "$.disposition eq \"Success\"", passed: true)],
            attempts: [
                Attempt(number: 1, status: 200, durationMilliseconds: 12, note: "$.status is \"Running\""),
                Attempt(number: 2, status: 503, durationMilliseconds: 7, note: "retry after 503; key \(bearerToken)"),
                Attempt(number: 3, status: 200, durationMilliseconds: 9),
            ])

        let failedCheck = RequestExecution(
            id: "e3", iteration: 0, itemID: "item-output", name: "Output", folderPath: ["Subscription", "Outputs"],
            startedAt: at(200),
            request: SentRequest(method: "GET", url: "https://gallery.example/api/v1/outputs/o1?key=\(environmentSecret)"),
            response: TransportResponse(
                status: 401, headers: jsonHeaders,
                body: .memory(Data(#"{"message":"bad signature for \#(consumerSecret)"}"#.utf8)), durationMilliseconds: 15),
            assertions: [
                AssertionOutcome(
                    name: "status eq 200", passed: false, expected: "200", actual: "401",
                    message: "status eq 200: expected 200, got 401"),
                AssertionOutcome(
                    name: "header X-Key eq \"\(environmentSecret)\"", passed: false, expected: "\"\(environmentSecret)\"",
                    actual: "\"\(bearerToken)\""),
            ],
            warnings: ["a script was not run (\(environmentSecret))"])

        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        png.append(Data(bearerToken.utf8))
        png.append(Data([0x00, 0xFF, 0xFE, 0x01, 0x02]))
        let binary = RequestExecution(
            id: "e4", iteration: 0, itemID: "item-download", name: "Download", folderPath: ["Files"], startedAt: at(300),
            request: SentRequest(method: "GET", url: "https://gallery.example/files/logo.png"),
            response: TransportResponse(
                status: 200, headers: [HeaderField(name: "Content-Type", value: "image/png")], body: .memory(png),
                durationMilliseconds: 20),
            savedFile: SavedFile(path: "postie-output/logo.png", bytes: png.count))

        let large = RequestExecution(
            id: "e5", iteration: 0, itemID: "item-large", name: "Large", folderPath: ["Files"], startedAt: at(400),
            request: SentRequest(method: "GET", url: "https://gallery.example/files/large.csv"),
            response: TransportResponse(
                status: 200, headers: [HeaderField(name: "Content-Type", value: "text/csv")],
                body: .memory(largeBody), durationMilliseconds: 300))

        let spooled = RequestExecution(
            id: "e6", iteration: 0, itemID: "item-spooled", name: "Spooled", folderPath: ["Files"], startedAt: at(800),
            request: SentRequest(method: "GET", url: "https://gallery.example/files/huge.csv"),
            response: TransportResponse(
                status: 200, headers: [HeaderField(name: "Content-Type", value: "text/csv")],
                body: .file(
                    url: URL(fileURLWithPath: "/nonexistent/postie-spool"), size: 20_000_000,
                    prefix: Data("date,rate\n2024-01-02,1.10\n".utf8)),
                durationMilliseconds: 900))

        let transportError = RequestExecution(
            id: "e7", iteration: 1, itemID: "item-queue", name: "Queue Job", folderPath: ["Subscription"],
            startedAt: at(2000), request: queueRequest,
            error: "cannot connect to gallery.example: connection refused (\(queueURL))")

        let notBuilt = RequestExecution(
            id: "e8", iteration: 1, itemID: "item-hawk", name: "Hawk <&> \"quoted\"", folderPath: [], startedAt: at(2100),
            error: "unsupported auth type \"hawk\"\u{0}\u{1B} for \(environmentSecret)")

        var environment = VariableScope(.environment)
        environment.set("baseUrl", "https://gallery.example")
        environment.set("apiPassword", environmentSecret, isSecret: true)
        environment.set("consumerSecret", consumerSecret)
        environment.set("jobId", "615d3f0e")
        environment.set("accessToken", bearerToken)
        environment.set("sessionToken", capturedSessionToken)
        var globals = VariableScope(.globals)
        globals.set("globalKey", "visible \(bearerToken)")

        return RunResult(
            collectionName: "Gallery & Co", collectionID: "c0ffee", environmentName: "local", startedAt: start,
            finishedAt: at(2500), iterationCount: 2,
            executions: [queue, poll, failedCheck, binary, large, spooled, transportError, notBuilt],
            diagnostics: [.warning("unresolved {{x}} near \(environmentSecret)")], interrupted: interrupted,
            finalEnvironment: environment, finalGlobals: globals)
    }

    /// 300 KiB of CSV with the bearer token straddling the JSON report's 256 KiB cut.
    static let largeBody: Data = {
        let line = Array("2024-01-02,1.10\n".utf8)
        var bytes = Array("date,rate\n".utf8)
        while bytes.count < 256 * 1024 - 10 { bytes += line }
        bytes.removeLast(bytes.count - (256 * 1024 - 10))
        bytes += Array(bearerToken.utf8)
        while bytes.count < 300 * 1024 { bytes += line }
        bytes.removeLast(bytes.count - 300 * 1024)
        return Data(bytes)
    }()
}

extension ReportFixtures {
    /// Sends `run`'s events to `reporter` as the runner would: start, iterations, live attempts (all but
    /// the last of each request), executions, then the end.
    static func drive(_ reporter: any RunReporter, with run: RunResult, requestCount: Int? = nil) throws {
        let perIteration = requestCount ?? run.executions.filter { $0.iteration == 0 }.count
        reporter.runStarted(
            RunStart(
                collectionName: run.collectionName, environmentName: run.environmentName,
                iterationCount: run.iterationCount, requestCount: perIteration))
        var iteration = -1
        for execution in run.executions {
            while iteration < execution.iteration {
                iteration += 1
                reporter.iterationStarted(iteration, of: run.iterationCount)
            }
            for attempt in execution.attempts.dropLast() { reporter.attemptFinished(attempt, of: execution.displayName) }
            reporter.executionFinished(execution)
        }
        try reporter.runFinished(run)
    }

    /// A terminal reporter writing to buffers, with a fixed environment.
    static func terminal(
        color: ColorMode = .off, verbose: Bool = false, unicode: Bool? = true, environment: [String: String] = [:],
        isTerminal: Bool = false, redactor: SecretRedactor = redactor()
    ) -> (reporter: TerminalReporter, output: TextBuffer, errors: TextBuffer) {
        let output = TextBuffer(isTerminal: isTerminal)
        let errors = TextBuffer(isTerminal: isTerminal)
        let reporter = TerminalReporter(
            output: output, errors: errors, redactor: redactor,
            options: TerminalReporter.Options(color: color, verbose: verbose, unicode: unicode, environment: environment))
        return (reporter, output, errors)
    }
}
