import Foundation
import PostieJSON

/// The request as it went out, for reports (secrets are redacted by the reporters, not here).
public struct SentRequest: Sendable, Equatable {
    public var method: String
    public var url: String
    public var headers: [HeaderField]
    /// The body bytes sent, nil for none.
    public var body: Data?
    /// The body's media type, when the request had one.
    public var contentType: String?
    /// The body as a JSON report showed it, when the request was read back from one (`postie report`).
    public var reportedBody: ReportedBody?

    public init(method: String, url: String, headers: [HeaderField] = [], body: Data? = nil, contentType: String? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.contentType = contentType
    }

    public init(_ request: TransportRequest) {
        self.init(
            method: request.method, url: request.url, headers: request.headers, body: request.body,
            contentType: request.headers.last { $0.name.equalsIgnoringCase("Content-Type") }?.value)
    }
}

/// A body as a report already showed it (read back from a JSON report): redacted, maybe cut, so that
/// rendering it again shows it the same.
public struct ReportedBody: Sendable, Equatable {
    /// The text, or the base64 of the bytes.
    public var content: String
    public var isBase64: Bool
    public var truncated: Bool
    /// The whole body's size in bytes.
    public var size: Int

    public init(content: String, isBase64: Bool, truncated: Bool, size: Int) {
        self.content = content
        self.isBase64 = isBase64
        self.truncated = truncated
        self.size = size
    }
}

/// One named check and how it went.
public struct AssertionOutcome: Sendable, Equatable {
    /// What was checked, as reports name it: `status is 200`, `$.status eq "Completed"`.
    public var name: String
    public var passed: Bool
    /// What was wanted and what was found, as text, for failures.
    public var expected: String?
    public var actual: String?
    /// Why it failed, in one line.
    public var message: String?
    /// Where the check comes from: a flow's `expect`/`poll`/`capture`, a script's `pm.test`, or a script
    /// that threw.
    public var source: Source = .flow
    /// `pm.test.skip`: neither passed nor failed.
    public var skipped = false
    /// For script failures: the error's name (`AssertionError`, `TypeError`) and V8-style stack.
    public var errorName: String?
    public var stack: String?

    public enum Source: String, Sendable, Equatable {
        case flow
        /// A `pm.test` or legacy `tests[…]` of a prerequest or test script.
        case test
        /// An error that ended a script (the place is in `name`: `prerequest-script`, `test-script`).
        case scriptError
    }

    public init(name: String, passed: Bool, expected: String? = nil, actual: String? = nil, message: String? = nil) {
        self.name = name
        self.passed = passed
        self.expected = expected
        self.actual = actual
        self.message = message
    }
}

/// One try of a request: polls and retries make several.
public struct Attempt: Sendable, Equatable {
    public var number: Int
    public var status: Int?
    public var durationMilliseconds: Double
    /// Why this attempt did not end the step: `retry after 503`, `poll: $.status is "Running"`.
    public var note: String?
    /// When the attempt was sent (the timeline's mark); nil when not known.
    public var startedAt: Date?

    public init(number: Int, status: Int?, durationMilliseconds: Double, note: String? = nil, startedAt: Date? = nil) {
        self.number = number
        self.status = status
        self.durationMilliseconds = durationMilliseconds
        self.note = note
        self.startedAt = startedAt
    }
}

/// A response body written to disk by a flow's `save`.
public struct SavedFile: Sendable, Equatable {
    public var path: String
    public var bytes: Int

    public init(path: String, bytes: Int) {
        self.path = path
        self.bytes = bytes
    }
}

/// Everything about one request of one iteration: what went out, what came back, what was checked.
public struct RequestExecution: Sendable, Equatable {
    /// Unique within the run.
    public var id: String
    /// 0-based.
    public var iteration: Int
    /// The collection item's id, when it has one.
    public var itemID: String?
    /// The request's own name.
    public var name: String
    /// Folder names, outermost first.
    public var folderPath: [String]
    /// A flow step's name when it differs from the request's.
    public var stepName: String?
    public var startedAt: Date
    /// What was sent; nil when the request could not be built.
    public var request: SentRequest?
    /// What came back; nil on a transport error or when nothing was sent.
    public var response: TransportResponse?
    /// Why the request failed to be built, signed or sent.
    public var error: String?
    public var assertions: [AssertionOutcome]
    /// Every try, when there were several (polling, retries).
    public var attempts: [Attempt]
    /// Variables captured from the answer (secret ones are redacted by reporters).
    public var captures: [(name: String, value: String)]
    public var savedFile: SavedFile?
    /// Warnings specific to this request.
    public var warnings: [String]
    /// Why the step was not sent at all (it needs a variable an earlier step failed to capture); nil
    /// when it ran. A skipped step is neither passed nor failed.
    public var skipped: String?
    /// Why an answer that nothing checked fails the request: a 4xx or 5xx status (unless
    /// `--allow-http-errors`).
    public var httpError: String?
    /// What the request's scripts printed with `console.*`.
    public var console: [ScriptConsoleEntry] = []
    /// `pm.visualizer.set(template, data, options)` of the test script.
    public var visualizer: JSONValue?

    public init(
        id: String, iteration: Int, itemID: String?, name: String, folderPath: [String], stepName: String? = nil,
        startedAt: Date, request: SentRequest? = nil, response: TransportResponse? = nil, error: String? = nil,
        assertions: [AssertionOutcome] = [], attempts: [Attempt] = [], captures: [(name: String, value: String)] = [],
        savedFile: SavedFile? = nil, warnings: [String] = [], skipped: String? = nil, httpError: String? = nil
    ) {
        self.id = id
        self.iteration = iteration
        self.itemID = itemID
        self.name = name
        self.folderPath = folderPath
        self.stepName = stepName
        self.startedAt = startedAt
        self.request = request
        self.response = response
        self.error = error
        self.assertions = assertions
        self.attempts = attempts
        self.captures = captures
        self.savedFile = savedFile
        self.warnings = warnings
        self.skipped = skipped
        self.httpError = httpError
    }

    /// `Folder › Sub folder › Request` (or the step name when a flow gave one).
    public var displayName: String { stepName ?? (folderPath + [name]).joined(separator: " › ") }

    /// Whether the request failed to complete, a check failed, or an unchecked answer was an HTTP error.
    public var failed: Bool { error != nil || httpError != nil || assertions.contains { !$0.passed } }

    /// Whether something checked this request's answer (and every check passed when it did not fail).
    public var isChecked: Bool { !assertions.isEmpty }

    /// The user's own names for this request (step, folders, request), which redaction leaves alone.
    public var names: [String] { [displayName, (folderPath + [name]).joined(separator: " › "), name] + folderPath }

    public static func == (lhs: RequestExecution, rhs: RequestExecution) -> Bool {
        lhs.id == rhs.id && lhs.iteration == rhs.iteration && lhs.name == rhs.name && lhs.request == rhs.request
            && lhs.response == rhs.response && lhs.error == rhs.error && lhs.assertions == rhs.assertions
            && lhs.attempts == rhs.attempts && lhs.captures.map(\.name) == rhs.captures.map(\.name)
            && lhs.captures.map(\.value) == rhs.captures.map(\.value) && lhs.savedFile == rhs.savedFile
            && lhs.skipped == rhs.skipped && lhs.httpError == rhs.httpError
    }
}

/// A run's counts and response times, added up execution by execution as they finish, so that a run of
/// many thousand requests needs no list of them to be summed up.
public struct RunSummary: Sendable, Equatable {
    /// Executions finished (sent, failed to send, or skipped).
    public private(set) var executionCount = 0
    public private(set) var failedExecutionCount = 0
    public private(set) var assertionCount = 0
    public private(set) var failedAssertionCount = 0
    /// Requests that could not be completed.
    public private(set) var requestErrorCount = 0
    /// Requests whose unchecked answer was a 4xx or 5xx.
    public private(set) var httpErrorCount = 0
    /// Steps not sent because a variable they need was not captured.
    public private(set) var skippedCount = 0
    /// Executions that ran and that nothing checked.
    public private(set) var uncheckedCount = 0
    /// Iterations in which something failed.
    public private(set) var failedIterationCount = 0
    /// Bytes of response bodies received.
    public private(set) var responseBytes = 0
    /// Responses received, and their response times: summed in the order they came, as a list would be.
    public private(set) var responseCount = 0
    public private(set) var responseTimeTotal = 0.0
    public private(set) var responseTimeMinimum = Double.infinity
    public private(set) var responseTimeMaximum = -Double.infinity
    /// The iteration last counted as failed: an iteration's executions arrive one after the other.
    private var lastFailedIteration: Int?

    public init() {}

    /// The summary of `executions`, in their order.
    public init(_ executions: [RequestExecution]) {
        for execution in executions { add(execution) }
        // Hand-made lists may mix iterations; count each failed one once.
        failedIterationCount = Set(executions.filter(\.failed).map(\.iteration)).count
    }

    /// Counts one more finished execution.
    public mutating func add(_ execution: RequestExecution) {
        executionCount += 1
        let failed = execution.failed
        if failed {
            failedExecutionCount += 1
            if lastFailedIteration != execution.iteration {
                failedIterationCount += 1
                lastFailedIteration = execution.iteration
            }
        }
        assertionCount += execution.assertions.count
        for assertion in execution.assertions where !assertion.passed { failedAssertionCount += 1 }
        if execution.error != nil { requestErrorCount += 1 }
        if execution.httpError != nil { httpErrorCount += 1 }
        if execution.skipped != nil {
            skippedCount += 1
        } else if !execution.isChecked {
            uncheckedCount += 1
        }
        if let response = execution.response {
            responseBytes += response.body.size
            responseCount += 1
            responseTimeTotal += response.durationMilliseconds
            responseTimeMinimum = min(responseTimeMinimum, response.durationMilliseconds)
            responseTimeMaximum = max(responseTimeMaximum, response.durationMilliseconds)
        }
    }
}

/// A whole run: what the reports need to describe it. The runner hands each execution to the reporters as
/// it finishes and keeps only the `summary`, unless `RunOptions.keepsExecutions` asks for the list.
public struct RunResult: Sendable {
    public var collectionName: String
    public var collectionID: String?
    public var environmentName: String?
    public var startedAt: Date
    public var finishedAt: Date
    /// Iterations started.
    public var iterationCount: Int
    /// The executions, when kept (a result built by hand, read from a report, or a run that keeps them);
    /// setting them sums them up again in `summary`.
    public var executions: [RequestExecution] {
        didSet { summary = RunSummary(executions) }
    }
    /// The counts and times of every execution that ran, kept or not.
    public private(set) var summary: RunSummary
    /// Run-wide warnings and errors (unresolved variables, scripts not run…).
    public var diagnostics: [Diagnostic]
    /// Stopped by SIGINT; the executions are those that ran.
    public var interrupted: Bool
    /// Stopped early by `--bail` after a failure.
    public var bailed: Bool
    /// Environment variables at the end of the run, captured values included (for `--export-environment`).
    public var finalEnvironment: VariableScope
    /// Global variables at the end of the run.
    public var finalGlobals: VariableScope
    /// The options the run was given, as `--name value` pairs (values redacted by reporters), for reports.
    public var options: [RunOptionRecord] = []
    /// The share of a whole run this one ran (`--shard I/N`); nil for a whole run.
    public var shard: ShardRecord?

    /// A result of `executions`; `summary`, when given, sums up executions that were not kept.
    public init(
        collectionName: String, collectionID: String? = nil, environmentName: String? = nil, startedAt: Date,
        finishedAt: Date, iterationCount: Int, executions: [RequestExecution], summary: RunSummary? = nil,
        diagnostics: [Diagnostic] = [], interrupted: Bool = false, bailed: Bool = false,
        finalEnvironment: VariableScope = VariableScope(.environment), finalGlobals: VariableScope = VariableScope(.globals)
    ) {
        self.collectionName = collectionName
        self.collectionID = collectionID
        self.environmentName = environmentName
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.iterationCount = iterationCount
        self.executions = executions
        self.summary = summary ?? RunSummary(executions)
        self.diagnostics = diagnostics
        self.interrupted = interrupted
        self.bailed = bailed
        self.finalEnvironment = finalEnvironment
        self.finalGlobals = finalGlobals
    }

    /// Whether anything failed: a request, a check, or an iteration stopped by an interrupt.
    public var failed: Bool { interrupted || summary.failedExecutionCount > 0 }

    /// The kept executions that failed.
    public var failedExecutions: [RequestExecution] { executions.filter(\.failed) }

    /// Number of checks and failed checks.
    public var assertionCount: Int { summary.assertionCount }
    public var failedAssertionCount: Int { summary.failedAssertionCount }

    /// Requests that could not be completed.
    public var requestErrorCount: Int { summary.requestErrorCount }

    /// Requests whose unchecked answer was a 4xx or 5xx.
    public var httpErrorCount: Int { summary.httpErrorCount }

    /// Steps not sent because a variable they need was not captured.
    public var skippedCount: Int { summary.skippedCount }

    /// Executions that were not skipped.
    public var sentCount: Int { summary.executionCount - summary.skippedCount }

    /// Executions that ran and that nothing checked.
    public var uncheckedCount: Int { summary.uncheckedCount }

    /// Iterations in which something failed.
    public var failedIterationCount: Int { summary.failedIterationCount }

    /// Mean, minimum and maximum response time of the responses received, in milliseconds.
    public var responseTimes: (average: Double, minimum: Double, maximum: Double)? {
        guard summary.responseCount > 0 else { return nil }
        return (
            summary.responseTimeTotal / Double(summary.responseCount), summary.responseTimeMinimum,
            summary.responseTimeMaximum
        )
    }

    /// Bytes of response bodies received.
    public var responseBytes: Int { summary.responseBytes }
}


/// One option of the command line, as reports list it.
public struct RunOptionRecord: Sendable, Equatable {
    /// `--env-var`, `-n`, or `collection` for the operand.
    public var name: String
    /// The value as given, nil for a flag.
    public var value: String?

    public init(name: String, value: String? = nil) {
        self.name = name
        self.value = value
    }
}
