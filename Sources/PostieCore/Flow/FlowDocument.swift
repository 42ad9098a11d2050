import Foundation
import PostieJSON

/// A flow: requests of a collection run in sequence, with captures, checks, polling and saved outputs.
///
/// The pipeline: flow file → `FlowParser` → `FlowDocument` (this model, requests still named by
/// strings) → the runner resolves each `request` against the collection and runs the steps.
public struct FlowDocument: Sendable, Equatable {
    /// The file the flow was read from, as given to the parser; errors and reports name it.
    public var file: String
    /// `name`: the flow's title in reports; the file name when absent.
    public var name: String
    /// `description`: free text for readers of the file.
    public var details: String?
    /// `collection`: the collection file, relative to the flow file (or absolute); nil when the command
    /// line names the collection.
    public var collection: String?
    /// `environment`: an environment file, relative to the flow file (or absolute).
    public var environment: String?
    /// `variables`: values every step sees, in the order written.
    public var variables: [FlowVariable]
    /// `environments`: named environment files (one per server, say `dev` and `prod`) that a step picks
    /// with its `environment`; in the order written.
    public var environments: [FlowEnvironment] = []
    /// `scripts`: whether the collection's pre-request and test scripts run (true unless `false`); a
    /// step's own `scripts` wins.
    public var runsScripts = true
    /// `steps`: run in order.
    public var steps: [FlowStep]
    /// What reading the file found worth a warning (bytes that are not UTF-8).
    public var warnings: [String] = []

    public init(
        file: String, name: String, details: String? = nil, collection: String? = nil, environment: String? = nil,
        variables: [FlowVariable] = [], steps: [FlowStep]
    ) {
        self.file = file
        self.name = name
        self.details = details
        self.collection = collection
        self.environment = environment
        self.variables = variables
        self.steps = steps
    }

    /// The collection file, resolved against the directory of `flowFile`; nil when the flow names none.
    public func collectionURL(relativeTo flowFile: URL) -> URL? {
        collection.map { Self.resolve($0, relativeTo: flowFile) }
    }

    /// The environment file, resolved against the directory of `flowFile`; nil when the flow names none.
    public func environmentURL(relativeTo flowFile: URL) -> URL? {
        environment.map { Self.resolve($0, relativeTo: flowFile) }
    }

    /// The variables some step captures, in the order first captured (for `validate`: a variable that a
    /// later step uses is defined when an earlier one captures it).
    public var capturedVariableNames: [String] {
        var names: [String] = []
        for step in steps {
            for capture in step.captures where !names.contains(capture.variable) { names.append(capture.variable) }
        }
        return names
    }

    /// The named environment `name`, if the flow has it.
    public func environment(named name: String) -> FlowEnvironment? {
        environments.first { $0.name == name }
    }

    static func resolve(_ path: String, relativeTo flowFile: URL) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        return flowFile.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
    }
}

/// A named environment of a flow: `"environments": {"prod": "prod.postman_environment.json"}`.
public struct FlowEnvironment: Sendable, Equatable {
    /// The name steps give in `environment`.
    public var name: String
    /// The file, relative to the flow file (or absolute); `--flow-environment NAME=FILE` replaces it.
    public var path: String
    /// Where the path is written in the flow file, for "no such file" errors.
    public var location: JSONSourceLocation?

    public init(name: String, path: String, location: JSONSourceLocation? = nil) {
        self.name = name
        self.path = path
        self.location = location
    }
}

/// A variable of a flow or a step, with its value as text (numbers and Booleans as JSON writes them).
public struct FlowVariable: Sendable, Equatable {
    /// The variable's name, as `{{name}}` uses it.
    public var name: String
    /// The value as text.
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// One step: a request of the collection, sent with overrides, checked, and captured from.
public struct FlowStep: Sendable, Equatable {
    /// The keys a step may have.
    public static let keys = [
        "request", "name", "skip", "environment", "scripts", "variables", "query", "headers", "body", "upload", "retry",
        "poll", "expect", "capture", "save",
    ]

    /// `request`: the `Folder/Sub folder/Request` path of names, or a request id (resolved by the runner).
    public var request: String
    /// Where `request` is written in the flow file, for "unknown request" errors.
    public var requestLocation: JSONSourceLocation?
    /// `name`: the step's name in reports; the request when absent.
    public var name: String?
    /// `skip`: when true the step is reported as skipped and not sent.
    public var skip: Bool
    /// `environment`: the flow's named environment this step resolves `{{…}}` from instead of the run's
    /// (captures and flow variables stay shared); nil for the run's environment.
    public var environment: String?
    /// `scripts`: whether the request's scripts run for this step; nil follows the flow's `scripts`.
    public var scripts: Bool?
    /// `upload`: form-data file fields that send a file saved earlier in this run instead of their `src`
    /// (`{"file": "package.yxzp"}`, a path under the output directory).
    public var uploads: [FlowUpload] = []
    /// `expect.sameAs`: a file saved earlier in this run (under the output directory) that the answer's
    /// body must equal byte for byte.
    public var sameAs: String?
    /// `variables`: values this step alone sees, over the flow's and captured ones.
    public var variables: [FlowVariable]
    /// `query`: query parameters to set (or, with a nil value, remove), before signing.
    public var query: [FlowOverride]
    /// `headers`: headers to set (or remove), before signing.
    public var headers: [FlowOverride]
    /// `body`: a body replacing the request's.
    public var body: FlowBody?
    /// `retry`: how to retry on a transport error or a 5xx; nil means no retry.
    public var retry: RetryPolicy?
    /// `poll`: repeat the request until a condition holds.
    public var poll: PollPolicy?
    /// `expect`: the checks of the (last) response; nil when the step has none.
    public var expect: Expectation?
    /// `capture`: values taken into variables, in the order written.
    public var captures: [Capture]
    /// `save`: where to write the response body.
    public var save: SaveTarget?

    public init(
        request: String, requestLocation: JSONSourceLocation? = nil, name: String? = nil, skip: Bool = false,
        variables: [FlowVariable] = [], query: [FlowOverride] = [], headers: [FlowOverride] = [],
        body: FlowBody? = nil, retry: RetryPolicy? = nil, poll: PollPolicy? = nil, expect: Expectation? = nil,
        captures: [Capture] = [], save: SaveTarget? = nil
    ) {
        self.request = request
        self.requestLocation = requestLocation
        self.name = name
        self.skip = skip
        self.variables = variables
        self.query = query
        self.headers = headers
        self.body = body
        self.retry = retry
        self.poll = poll
        self.expect = expect
        self.captures = captures
        self.save = save
    }

    /// The name reports show: `name`, else `request`.
    public var displayName: String { name ?? request }
}

/// A form-data file field that sends a file saved earlier in the run: `"upload": {"file": "package.yxzp"}`.
public struct FlowUpload: Sendable, Equatable {
    /// The form field's name (`key` in the collection).
    public var field: String
    /// The saved file, relative to the output directory.
    public var savedFile: String

    public init(field: String, savedFile: String) {
        self.field = field
        self.savedFile = savedFile
    }
}

/// A query parameter or header a step sets, or removes when `value` is nil (`"format": null`).
public struct FlowOverride: Sendable, Equatable {
    /// The query parameter or header name (header names in any case).
    public var name: String
    /// The value to set, or nil to remove the parameter or header.
    public var value: String?

    public init(name: String, value: String?) {
        self.name = name
        self.value = value
    }
}

/// The body a step sends instead of the request's.
public enum FlowBody: Sendable, Equatable {
    /// `"body": "text"`: sent as it is (after variable substitution).
    case text(String)
    /// `"body": {…}` or any other JSON value: sent as compact JSON text.
    case json(JSONValue)
    /// `"body": null`: no body.
    case removed
}

/// Repeating a request until a condition holds.
///
/// Attempt 1 is sent at once; attempt n > 1 after `delay(beforeAttempt: n)`. The poll fails when `failIf`
/// holds (at once), or when neither `until` held before `timeout` or `maxAttempts` ran out.
public struct PollPolicy: Sendable, Equatable {
    /// The keys of a `poll` object.
    public static let keys = ["until", "failIf", "every", "timeout", "maxAttempts", "backoff", "maxEvery"]
    /// `every` when absent.
    public static let defaultEvery = FlowDuration(milliseconds: 1000)
    /// `timeout` when neither `timeout` nor `maxAttempts` is given, so that no poll runs forever.
    public static let defaultTimeout = FlowDuration(milliseconds: 300_000)

    /// `until`: the poll succeeds when every assertion holds.
    public var until: Expectation
    /// `failIf`: the poll fails at once when every assertion holds (e.g. `{"json": {"$.status": "Error"}}`).
    public var failIf: Expectation?
    /// `every`: the wait between attempts.
    public var every: FlowDuration
    /// `timeout`: the longest the poll may take; nil when only `maxAttempts` bounds it.
    public var timeout: FlowDuration?
    /// `maxAttempts`: the most requests sent; nil when only `timeout` bounds it.
    public var maxAttempts: Int?
    /// `backoff`: each wait is this many times the previous one (1: constant).
    public var backoff: Double
    /// `maxEvery`: the longest wait, however much `backoff` grows it.
    public var maxEvery: FlowDuration?

    public init(
        until: Expectation, failIf: Expectation? = nil, every: FlowDuration = defaultEvery,
        timeout: FlowDuration? = defaultTimeout, maxAttempts: Int? = nil, backoff: Double = 1,
        maxEvery: FlowDuration? = nil
    ) {
        self.until = until
        self.failIf = failIf
        self.every = every
        self.timeout = timeout
        self.maxAttempts = maxAttempts
        self.backoff = backoff
        self.maxEvery = maxEvery
    }

    /// The longest wait when `backoff` grows without `maxEvery`: a day.
    public static let longestWait = FlowDuration(milliseconds: 86_400_000)

    /// The wait before attempt `attempt` (2 or more): `every × backoff^(attempt − 2)`, at most `maxEvery`
    /// (or `longestWait`); zero before the first.
    public func delay(beforeAttempt attempt: Int) -> FlowDuration {
        guard attempt > 1 else { return FlowDuration(milliseconds: 0) }
        let grown = every.milliseconds * pow(backoff, Double(attempt - 2))
        let limit = max(every, maxEvery ?? Self.longestWait).milliseconds
        return FlowDuration(milliseconds: grown.isNaN ? every.milliseconds : min(grown, limit))
    }
}

/// Sending a request again after a transport error or an unwanted status.
///
/// `"retry": 3` retries up to 3 times, 1s apart, on a transport error or a 5xx;
/// `{"count": 3, "delay": "2s", "on": [503, "5xx", "transport"]}` says each part.
public struct RetryPolicy: Sendable, Equatable {
    /// The keys of a `retry` object.
    public static let keys = ["count", "delay", "on"]
    /// `delay` when absent.
    public static let defaultDelay = FlowDuration(milliseconds: 1000)
    /// `on` when absent: what the issue calls retryable.
    public static let defaultConditions: [Condition] = [.transport, .statusClass(5)]

    /// What a retry answers.
    public enum Condition: Sendable, Hashable, CustomStringConvertible {
        /// `"transport"`: no response (connection refused or reset, timeout, TLS failure).
        case transport
        /// `503`: this status.
        case status(Int)
        /// `"5xx"`: any status of this hundred (5 for 5xx).
        case statusClass(Int)

        public var description: String {
            switch self {
            case .transport: return "transport"
            case .status(let code): return String(code)
            case .statusClass(let hundred): return "\(hundred)xx"
            }
        }
    }

    /// `count`: retries after the first attempt.
    public var count: Int
    /// `delay`: the wait before each retry.
    public var delay: FlowDuration
    /// `on`: what is retried.
    public var conditions: [Condition]

    public init(count: Int, delay: FlowDuration = defaultDelay, conditions: [Condition] = defaultConditions) {
        self.count = count
        self.delay = delay
        self.conditions = conditions
    }

    /// Whether a response with `status` is retried.
    public func retries(status: Int) -> Bool {
        conditions.contains { condition in
            switch condition {
            case .transport: return false
            case .status(let code): return code == status
            case .statusClass(let hundred): return status / 100 == hundred
            }
        }
    }

    /// Whether a transport error is retried.
    public var retriesTransportErrors: Bool { conditions.contains(.transport) }
}

/// Where a step writes the response body, under the output directory.
public enum SaveTarget: Sendable, Equatable {
    /// `"save": "rates.csv"` or `{"path": "out/rates.csv"}`: this path, relative to the output directory.
    case path(String)
    /// `"save": true`: the file name the server sends in `Content-Disposition`
    /// (the runner refuses one that would leave the output directory).
    case serverFileName

    /// The keys of a `save` object.
    public static let keys = ["path"]

    /// Why `path` cannot be used as a relative path under the output directory, or nil when it can:
    /// it must not be empty, absolute, start with `~`, or have a `..` component (`/` and `\` both separate).
    public static func refusal(forPath path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.contains("\u{0}") { return "the path contains a NUL character" }
        if path.hasPrefix("/") || path.hasPrefix("\\") || path.hasPrefix("~") {
            return "an absolute path would write outside the output directory; write a relative path"
        }
        let scalars = Array(path.unicodeScalars)
        if scalars.count >= 2, scalars[1] == ":", scalars[0].properties.isAlphabetic {
            return "an absolute path would write outside the output directory; write a relative path"
        }
        let components = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if components.contains("..") { return "'..' would leave the output directory" }
        if path.hasSuffix("/") || path.hasSuffix("\\") { return "the path names a directory, not a file" }
        if components.allSatisfy({ $0 == "." }) { return "the path names no file" }
        return nil
    }
}
