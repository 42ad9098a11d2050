import Foundation
import PostieJSON

/// The `json` reporter: Newman's report shape (`collection`, `environment`, `globals`, `run` with `stats`,
/// `timings`, `executions`, `transfers`, `failures`, `error`), written atomically when the run ends —
/// also after an interrupt, with what ran. Each execution is rendered as it finishes into a spool on disk
/// (`Stream`), so the report of a run of any length costs the same memory.
///
/// Where it differs from Newman, on purpose:
/// - bodies are text (`encoding: "utf8"`), or base64 (`encoding: "base64"`) when they are not text, cut
///   past `bodyLimit` bytes (`truncated: true`; `size` / `responseSize` keep the whole size) — never
///   `{"type": "Buffer", "data": [...]}` byte arrays;
/// - every URL, header, body, message, capture and variable value goes through the `SecretRedactor`;
///   `Authorization`, `Proxy-Authorization`, cookies and `X-API-Key` headers are redacted whole;
/// - postie's own fields: on each execution `attempts` (polls and retries), `captures`, `savedFile`,
///   `startedAt` (milliseconds since 1970, on attempts too), `requestError`, `httpError` (an unchecked 4xx/5xx answer, also listed in `run.failures` and counted
///   as a failed request), `skipped` (a step not sent, and why), `warnings`, `step`; assertion errors
///   carry `expected` and `actual`; on `run` `interrupted`, `bailed`, `diagnostics`, `options` (the command
///   line, values redacted) and `shard` (what a `--shard I/N` run ran of what whole). `run.error` is set
///   when the run was interrupted;
/// - names the user wrote (items, folders, the environment, the subject of a check) are never redacted;
///   the operand of a check (`$.password eq "…"`) is a value and is.
///
/// Scripts are not run, so `scripts`, `testScripts` and `prerequestScripts` count 0; `prerequests` and
/// `tests` count the items, as Newman counts those events.
public final class JSONReporter: RunReporter, @unchecked Sendable {
    /// How much the report keeps.
    public struct Options: Sendable, Equatable {
        /// Body bytes kept per request and response; the rest is cut (`truncated: true`).
        public var bodyLimit: Int

        public init(bodyLimit: Int = JSONReporter.defaultBodyLimit) { self.bodyLimit = bodyLimit }
    }

    /// 256 KiB.
    public static let defaultBodyLimit = 256 * 1024
    /// The `info.schema` written: the collection format postie reads.
    static let collectionSchema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"

    /// Where the report goes (`--reporter-json-export`).
    public let path: String
    private let redactor: SecretRedactor
    private let options: Options
    private let lock = NSLock()
    private var start: RunStart?
    /// Guarded by `lock`: the executions streamed so far.
    private var stream = Stream()

    public init(path: String, redactor: SecretRedactor, options: Options = Options()) {
        self.path = path
        self.redactor = redactor
        self.options = options
    }

    public func runStarted(_ start: RunStart) {
        lock.lock()
        self.start = start
        lock.unlock()
    }

    /// Renders the execution into the report's spool: what the file will hold of it, and no more, is kept.
    public func executionFinished(_ execution: RequestExecution) {
        lock.lock()
        defer { lock.unlock() }
        let cycles = max(1, start?.iterationCount ?? 1)
        let position = stream.begin(execution)
        let cursor = Cursor(
            position: position, iteration: execution.iteration, length: .mark(stream.ordinalTag), cycles: cycles,
            ref: execution.id)
        let count = stream.count
        stream.executions.append { bytes in
            if count > 1 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: Stream.elementIndent)
            Self.writing(into: &bytes) { self.emit(execution, cursor: cursor, into: &$0) }
        }
        for failure in ReportedFailure.of(execution, position: count - 1) {
            stream.failureCount += 1
            let failureCount = stream.failureCount
            stream.failures.append { bytes in
                if failureCount > 1 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: Stream.elementIndent)
                Self.writing(into: &bytes) {
                    self.emit(failure, collectionParent: execution.folderPath.isEmpty ? .mark : .none, cursor: cursor, into: &$0)
                }
            }
        }
        if let response = execution.response { stream.durations.append(response.durationMilliseconds) }
    }

    /// Emits a value through a `JSONTextWriter` at level 3 (an element of `run.executions` or
    /// `run.failures`) appending to `bytes`.
    private static func writing(into bytes: inout [UInt8], _ body: (inout JSONTextWriter) -> Void) {
        var writer = JSONTextWriter(bytes: [], indent: 2, level: 3)
        swap(&writer.bytes, &bytes)
        body(&writer)
        swap(&writer.bytes, &bytes)
    }

    /// Builds what `emit` emits as a value.
    private static func built(_ body: (inout JSONTreeBuilder) -> Void) -> JSONValue {
        var builder = JSONTreeBuilder()
        body(&builder)
        return builder.result ?? .null
    }

    /// Writes the report to `path`, atomically, from what was streamed (or, for a result that was not, from
    /// its executions, one at a time): the whole document never sits in memory, however long the run.
    public func runFinished(_ result: RunResult) throws {
        let (stream, start) = lock.withLock { () -> (Stream, RunStart?) in
            defer { self.stream = Stream() }
            return (self.stream, self.start)
        }
        guard stream.count > 0 else { return try writeUnstreamed(result) }
        stream.finishIteration()
        let summary = result.summary
        let average = summary.responseCount == 0 ? 0 : summary.responseTimeTotal / Double(summary.responseCount)
        var squaredDeviations = 0.0
        try stream.durations.drainNumbers { squaredDeviations += ($0 - average) * ($0 - average) }

        let executionsMark = "postie-executions-\(UUID().uuidString)"
        let failuresMark = "postie-failures-\(UUID().uuidString)"
        let frame = Array(
            JSONWriter.pretty(
                document(
                    for: result, start: start, items: .array(stream.items.json),
                    timings: timings(result, squaredDeviations: squaredDeviations), executions: .string(executionsMark),
                    failures: .string(failuresMark))
            ).utf8)
        guard let executionsAt = Stream.range(of: Array(JSONWriter.quote(executionsMark).utf8), in: frame),
            let failuresAt = Stream.range(of: Array(JSONWriter.quote(failuresMark).utf8), in: frame)
        else {
            throw ReportError.cannotWrite(path: path, reason: "the report's frame lost its place for the executions")
        }
        let parent = Array(JSONWriter.pretty(collectionParent(result), level: 4).utf8)
        let closing = Array(("\n" + String(repeating: " ", count: 4) + "]").utf8)
        try writeFileAtomically(to: path) { handle in
            var output = Stream.Output(handle: handle)
            try output.write(frame[..<executionsAt.lowerBound])
            try output.write(Array("[".utf8))
            try stream.copy(stream.executions, to: &output, parent: parent)
            try output.write(closing)
            try output.write(frame[executionsAt.upperBound..<failuresAt.lowerBound])
            if stream.failureCount == 0 {
                try output.write(Array("[]".utf8))
            } else {
                try output.write(Array("[".utf8))
                try stream.copy(stream.failures, to: &output, parent: parent)
                try output.write(closing)
            }
            try output.write(frame[failuresAt.upperBound...])
            try output.flush()
        }
    }

    /// The report of a result whose executions were not streamed (a hand-made result), one execution at
    /// a time.
    private func writeUnstreamed(_ result: RunResult) throws {
        let sentinel = "postie-executions-\(UUID().uuidString)"
        let start = lock.withLock { self.start }
        let cursors = Self.cursors(for: result.executions, iterationCount: result.iterationCount)
        let frame = JSONWriter.pretty(
            document(
                for: result, start: start, items: .array(ItemTree(result.executions).json),
                timings: timings(result, squaredDeviations: Self.squaredDeviations(result)), executions: .string(sentinel),
                failures: failures(result, cursors: cursors)))
        guard let marker = frame.range(of: JSONWriter.quote(sentinel)) else {
            try writeFileAtomically(JSONWriter.prettyData(document(for: result)), to: path)
            return
        }
        try writeFileAtomically(to: path) { handle in
            try handle.write(contentsOf: Data(frame[..<marker.lowerBound].utf8))
            guard !result.executions.isEmpty else {
                try handle.write(contentsOf: Data("[]".utf8))
                try handle.write(contentsOf: Data(frame[marker.upperBound...].utf8))
                return
            }
            // `executions` is a member of `run`, itself a member of the root: its elements sit at level 3.
            try handle.write(contentsOf: Data("[".utf8))
            for (index, (execution, cursor)) in zip(result.executions, cursors).enumerated() {
                var text: [UInt8] = index > 0 ? [UInt8(ascii: ",")] : []
                text += Stream.elementIndent
                Self.writing(into: &text) { self.emit(execution, cursor: cursor, into: &$0) }
                try handle.write(contentsOf: Data(text))
            }
            try handle.write(contentsOf: Data(("\n" + String(repeating: " ", count: 4) + "]").utf8))
            try handle.write(contentsOf: Data(frame[marker.upperBound...].utf8))
        }
    }

    /// The report as a JSON document.
    public func document(for result: RunResult) -> JSONValue {
        let cursors = Self.cursors(for: result.executions, iterationCount: result.iterationCount)
        return document(
            for: result, start: lock.withLock { start }, items: .array(ItemTree(result.executions).json),
            timings: timings(result, squaredDeviations: Self.squaredDeviations(result)),
            executions: .array(
                zip(result.executions, cursors).map { execution, cursor in
                    Self.built { self.emit(execution, cursor: cursor, into: &$0) }
                }),
            failures: failures(result, cursors: cursors))
    }

    /// The report around sections given by the caller: the real ones, or placeholders to stream into.
    private func document(
        for result: RunResult, start: RunStart?, items: JSONValue, timings: JSONValue, executions: JSONValue,
        failures: JSONValue
    ) -> JSONValue {
        var run = JSONObject()
        run["stats"] = stats(result, start: start)
        run["timings"] = timings
        run["executions"] = executions
        run["transfers"] = ["responseTotal": .number(Double(result.responseBytes))]
        run["failures"] = failures
        run["error"] =
            result.interrupted
            ? [
                "name": "Interrupted",
                "message": "the run was interrupted (SIGINT); the executions are those that ran",
            ] : .null
        run["interrupted"] = .bool(result.interrupted)
        run["bailed"] = .bool(result.bailed)
        if !result.options.isEmpty {
            run["options"] = .array(
                result.options.map { option in
                    var object = JSONObject()
                    object["option"] = .string(option.name)
                    object["value"] = option.value.map { .string(redactOption(name: option.name, value: $0)) } ?? .null
                    return .object(object)
                })
        }
        if let shard = result.shard { run["shard"] = shard.json }
        run["diagnostics"] = .array(
            result.diagnostics.map {
                [
                    "severity": .string($0.severity.rawValue),
                    "message": .string(redactor.redact($0.message, keeping: $0.names)),
                ]
            })

        var root = JSONObject()
        root["collection"] = collection(result, items: items)
        var environment = JSONObject()
        if let name = result.environmentName { environment["name"] = .string(name) }
        environment["values"] = variables(result.finalEnvironment)
        root["environment"] = .object(environment)
        root["globals"] = ["values": variables(result.finalGlobals)]
        root["run"] = .object(run)
        return .object(root)
    }

    private func failures(_ result: RunResult, cursors: [Cursor]) -> JSONValue {
        let parent = collectionParent(result)
        return .array(
            ReportedFailure.all(in: result.executions).map { failure in
                Self.built {
                    self.emit(
                        failure, collectionParent: failure.execution.folderPath.isEmpty ? .value(parent) : .none,
                        cursor: cursors[failure.position], into: &$0)
                }
            })
    }

    /// Σ (time − mean)² over the response times of a result's executions, in their order.
    private static func squaredDeviations(_ result: RunResult) -> Double {
        let summary = result.summary
        let average = summary.responseCount == 0 ? 0 : summary.responseTimeTotal / Double(summary.responseCount)
        return result.executions.reduce(0) { total, execution in
            guard let time = execution.response?.durationMilliseconds else { return total }
            return total + (time - average) * (time - average)
        }
    }

    /// An option's value as the report shows it: `--env-var KEY=VALUE` by the variable's name, passphrases
    /// always redacted, anything else through the redactor.
    private func redactOption(name: String, value: String) -> String {
        if name.contains("passphrase") { return SecretRedactor.placeholder }
        if name == "--env-var" || name == "--global-var", let equals = value.firstIndex(of: "=") {
            let key = String(value[..<equals])
            return key + "=" + redactor.redactNamedValue(name: key, value: String(value[value.index(after: equals)...]))
        }
        return redactor.redact(value)
    }

    // MARK: Sections

    private func collection(_ result: RunResult, items: JSONValue) -> JSONValue {
        var info = JSONObject()
        if let id = result.collectionID { info["_postman_id"] = .string(id) }
        info["name"] = .string(result.collectionName)
        info["schema"] = .string(Self.collectionSchema)
        return ["info": .object(info), "item": items]
    }

    private func variables(_ scope: VariableScope) -> JSONValue {
        .array(
            scope.entries.map { entry in
                let value =
                    entry.value.isSecret
                    ? SecretRedactor.placeholder : redactor.redactNamedValue(name: entry.key, value: entry.value.value)
                return [
                    "key": .string(entry.key), "value": .string(value),
                    "type": .string(entry.value.isSecret ? "secret" : "default"), "enabled": true,
                ]
            })
    }

    private func stats(_ result: RunResult, start: RunStart?) -> JSONValue {
        func stat(_ total: Int, failed: Int, pending: Int = 0) -> JSONValue {
            ["total": .number(Double(total)), "pending": .number(Double(max(0, pending))), "failed": .number(Double(failed))]
        }
        let count = result.summary.executionCount
        // Only a run cut short leaves work pending: a finished one ran what it had to, whatever was planned.
        let cutShort = result.interrupted || result.bailed
        let planned = cutShort ? start.map { $0.iterationCount * $0.requestCount } ?? count : count
        let pendingIterations = cutShort ? (start?.iterationCount ?? result.iterationCount) - result.iterationCount : 0
        return [
            "iterations": stat(result.iterationCount, failed: result.failedIterationCount, pending: pendingIterations),
            "items": stat(count, failed: result.summary.failedExecutionCount, pending: planned - count),
            "scripts": stat(0, failed: 0),
            "prerequests": stat(count, failed: 0),
            "requests": stat(
                result.sentCount, failed: result.requestErrorCount + result.httpErrorCount, pending: planned - count),
            "tests": stat(count, failed: 0),
            "assertions": stat(result.assertionCount, failed: result.failedAssertionCount),
            "testScripts": stat(0, failed: 0),
            "prerequestScripts": stat(0, failed: 0),
        ]
    }

    /// Newman's timings; the standard deviation from `squaredDeviations`, Σ (time − mean)².
    private func timings(_ result: RunResult, squaredDeviations: Double) -> JSONValue {
        let summary = result.summary
        let count = Double(summary.responseCount)
        var timings = JSONObject()
        let average = count == 0 ? 0 : summary.responseTimeTotal / count
        let variance = count == 0 ? 0 : squaredDeviations / count
        timings["responseAverage"] = .number(average)
        timings["responseMin"] = .number(count == 0 ? 0 : summary.responseTimeMinimum)
        timings["responseMax"] = .number(count == 0 ? 0 : summary.responseTimeMaximum)
        timings["responseSd"] = .number(variance.squareRoot())
        timings["started"] = .number(ReportText.epochMilliseconds(result.startedAt))
        timings["completed"] = .number(ReportText.epochMilliseconds(result.finishedAt))
        return .object(timings)
    }

    /// Newman's cursor: `position` within the iteration, `length` requests in it, `cycles` iterations.
    struct Cursor {
        enum Length {
            case count(Int)
            /// Known when the run ends: the mark of the iteration's ordinal (see `Stream`).
            case mark([UInt8])
        }

        var position: Int
        var iteration: Int
        var length: Length
        var cycles: Int
        var ref: String

        func emit<Emitter: JSONEmitter>(into json: inout Emitter) {
            json.beginObject()
            json.member("position", integer: position)
            json.member("iteration", integer: iteration)
            json.key("length")
            switch length {
            case .count(let count): json.integer(count)
            case .mark(let tag): json.mark(tag, standIn: .string(String(decoding: tag, as: UTF8.self)))
            }
            json.member("cycles", integer: cycles)
            json.member("ref", ref)
            json.endObject()
        }
    }

    static func cursors(for executions: [RequestExecution], iterationCount: Int) -> [Cursor] {
        var perIteration: [Int: Int] = [:]
        for execution in executions { perIteration[execution.iteration, default: 0] += 1 }
        var seen: [Int: Int] = [:]
        return executions.map { execution in
            let position = seen[execution.iteration, default: 0]
            seen[execution.iteration] = position + 1
            return Cursor(
                position: position, iteration: execution.iteration, length: .count(perIteration[execution.iteration] ?? 0),
                cycles: max(1, iterationCount), ref: execution.id)
        }
    }

    private func emit<Emitter: JSONEmitter>(_ execution: RequestExecution, cursor: Cursor, into json: inout Emitter) {
        json.beginObject()
        json.member("id", execution.id)
        json.key("cursor")
        cursor.emit(into: &json)
        json.object("item") { json in
            json.member("id", execution.itemID ?? execution.id)
            json.member("name", execution.name)
            json.array("path") { json in
                for folder in execution.folderPath { json.string(folder) }
                json.string(execution.name)
            }
        }
        if let step = execution.stepName { json.member("step", step) }
        json.member("startedAt", number: ReportText.epochMilliseconds(execution.startedAt))
        if let request = execution.request {
            json.key("request")
            emit(request, into: &json)
        }
        if let response = execution.response {
            json.key("response")
            emit(response, into: &json)
        }
        json.array("assertions") { json in
            for (index, assertion) in execution.assertions.enumerated() {
                json.beginObject()
                json.member("assertion", ReportText.checkName(assertion.name, redactor: redactor))
                json.member("skipped", bool: assertion.skipped)
                if !assertion.passed {
                    json.key("error")
                    emitError(assertion, index: index, into: &json)
                }
                json.endObject()
            }
        }
        if !execution.console.isEmpty {
            json.array("console") { json in
                for line in execution.console {
                    json.beginObject()
                    json.member("level", line.level.rawValue)
                    json.member("message", redactor.redact(line.text))
                    json.endObject()
                }
            }
        }
        if let visualizer = execution.visualizer {
            json.key("visualizer")
            json.value(redactor.redactJSON(visualizer))
        }
        if let error = execution.error {
            json.object("requestError") { json in
                json.member("name", "RequestError")
                json.member("message", redactor.redact(error, keeping: execution.names))
            }
        }
        if let httpError = execution.httpError {
            json.object("httpError") { json in
                json.member("name", "HTTPError")
                json.member("message", redactor.redact(httpError))
            }
        }
        if let skipped = execution.skipped { json.member("skipped", redactor.redact(skipped, keeping: execution.names)) }
        json.array("attempts") { json in
            for attempt in execution.attempts {
                json.beginObject()
                json.member("number", integer: attempt.number)
                json.key("code")
                if let status = attempt.status { json.integer(status) } else { json.null() }
                json.member("responseTime", number: attempt.durationMilliseconds)
                if let started = attempt.startedAt { json.member("startedAt", number: ReportText.epochMilliseconds(started)) }
                if let note = attempt.note { json.member("note", redactor.redact(note)) }
                json.endObject()
            }
        }
        json.array("captures") { json in
            for capture in execution.captures {
                json.beginObject()
                json.member("name", capture.name)
                json.member("value", redactor.redactNamedValue(name: capture.name, value: capture.value))
                json.endObject()
            }
        }
        if let saved = execution.savedFile {
            json.object("savedFile") { json in
                json.member("path", redactor.redact(saved.path))
                json.member("bytes", integer: saved.bytes)
            }
        }
        if !execution.warnings.isEmpty {
            json.array("warnings") { json in
                for warning in execution.warnings { json.string(redactor.redact(warning)) }
            }
        }
        json.endObject()
    }

    private func emit<Emitter: JSONEmitter>(_ headers: [HeaderField], into json: inout Emitter) {
        json.beginArray()
        for header in headers {
            json.beginObject()
            json.member("key", header.name)
            json.member("value", redactor.redactHeader(name: header.name, value: header.value))
            if header.isSystem { json.member("system", bool: true) }
            json.endObject()
        }
        json.endArray()
    }

    private func emit<Emitter: JSONEmitter>(_ request: SentRequest, into json: inout Emitter) {
        json.beginObject()
        json.member("url", redactor.redact(request.url))
        json.member("method", request.method)
        json.key("header")
        emit(request.headers, into: &json)
        if let body = request.body {
            let shown =
                request.reportedBody.map(ReportBody.init(reported:))
                ?? ReportBody(
                    bytes: body, size: body.count, contentType: request.contentType, limit: options.bodyLimit,
                    redactor: redactor)
            json.object("body") { json in
                json.member("mode", "raw")
                json.member("raw", shown.content)
                json.member("encoding", shown.encoding.rawValue)
                json.member("truncated", bool: shown.truncated)
                json.member("size", integer: shown.size)
            }
        }
        json.endObject()
    }

    private func emit<Emitter: JSONEmitter>(_ response: TransportResponse, into json: inout Emitter) {
        let shown =
            response.reportedBody.map(ReportBody.init(reported:))
            ?? ReportBody(
                response: response.body, contentType: response.header("Content-Type"), limit: options.bodyLimit,
                redactor: redactor)
        json.beginObject()
        json.member("status", ReportText.reasonPhrase(response.status))
        json.member("code", integer: response.status)
        json.key("header")
        emit(response.headers, into: &json)
        json.member("body", shown.content)
        json.member("encoding", shown.encoding.rawValue)
        json.member("truncated", bool: shown.truncated)
        json.member("responseTime", number: response.durationMilliseconds)
        json.member("responseSize", integer: response.body.size)
        // A gzip or deflate body is reported decoded; this is its size on the wire.
        if let encoded = response.encodedBodySize { json.member("encodedSize", integer: encoded) }
        if response.redirectCount > 0 {
            json.member("url", redactor.redact(response.finalURL))
            json.member("redirects", integer: response.redirectCount)
        }
        if !response.cookies.isEmpty {
            // As postman-collection's Cookie: the run's cookies for the answering URL; secret values redacted.
            json.array("cookie") { json in
                for cookie in response.cookies {
                    json.beginObject()
                    json.member("name", cookie.name)
                    json.member("value", cookie.isSecret ? SecretRedactor.placeholder : redactor.redact(cookie.value))
                    json.member("domain", cookie.domain)
                    json.member("path", cookie.path)
                    if let expires = cookie.expires { json.member("expires", CookieJarFile.formatDate(expires)) }
                    json.member("httpOnly", bool: cookie.httpOnly)
                    json.member("secure", bool: cookie.secure)
                    json.member("hostOnly", bool: cookie.hostOnly)
                    if let sameSite = cookie.sameSite { json.member("sameSite", sameSite) }
                    json.endObject()
                }
            }
        }
        json.endObject()
    }

    private func emitError<Emitter: JSONEmitter>(_ assertion: AssertionOutcome, index: Int, into json: inout Emitter) {
        json.beginObject()
        json.member("name", assertion.errorName ?? "AssertionError")
        json.member("index", integer: index)
        json.member("test", ReportText.checkName(assertion.name, redactor: redactor))
        if assertion.source == .flow {
            json.member(
                "message",
                redactor.redact(ReportText.failureDescription(assertion), keeping: [ReportText.checkSubject(assertion.name)]))
        } else {
            json.member("message", redactor.redact(assertion.message ?? ""))
        }
        if let expected = assertion.expected { json.member("expected", redactor.redact(expected)) }
        if let actual = assertion.actual { json.member("actual", redactor.redact(actual)) }
        if let stack = assertion.stack { json.member("stack", redactor.redact(stack)) }
        json.endObject()
    }

    /// The `parent` of a failure of a request at the collection's root: the collection, or (while
    /// streaming, before the collection's id is known) a mark the copy into the file replaces.
    enum CollectionParent {
        case none
        case value(JSONValue)
        case mark
    }

    /// Newman's failure: `{error, at, source, parent, cursor}`, plus the execution's `id`.
    private func emit<Emitter: JSONEmitter>(
        _ failure: ReportedFailure, collectionParent: CollectionParent, cursor: Cursor, into json: inout Emitter
    ) {
        json.beginObject()
        switch failure.kind {
        case .assertion(let index, let assertion):
            json.key("error")
            emitError(assertion, index: index, into: &json)
            switch assertion.source {
            case .flow: json.member("at", "assertion:\(index) in checks")
            case .test: json.member("at", "assertion:\(index) in \(assertion.stack == nil ? "test-script" : "script")")
            case .scriptError: json.member("at", assertion.name)
            }
        case .requestError(let message):
            json.object("error") { json in
                json.member("name", "RequestError")
                json.member("message", redactor.redact(message, keeping: failure.execution.names))
            }
            json.member("at", "request")
        case .httpError(let message):
            json.object("error") { json in
                json.member("name", "HTTPError")
                json.member("message", redactor.redact(message))
            }
            json.member("at", "response")
        }
        let execution = failure.execution
        json.object("source") { json in
            json.member("id", execution.itemID ?? execution.id)
            json.member("name", execution.name)
        }
        json.key("parent")
        if let folder = execution.folderPath.last {
            json.beginObject()
            json.member("name", folder)
            json.endObject()
        } else {
            switch collectionParent {
            case .none: json.null()
            case .value(let parent): json.value(parent)
            case .mark: json.mark(Stream.parentTag, standIn: .null)
            }
        }
        json.key("cursor")
        cursor.emit(into: &json)
        json.member("execution", execution.id)
        json.endObject()
    }

    /// The collection as the `parent` of the requests at its root.
    private func collectionParent(_ result: RunResult) -> JSONValue {
        var parent = JSONObject()
        if let id = result.collectionID { parent["id"] = .string(id) }
        parent["name"] = .string(result.collectionName)
        return .object(parent)
    }
}

/// The collection's items that ran, as Postman's nested `item` lists of folders and requests.
struct ItemTree {
    private final class Folder {
        let name: String
        var entries: [Entry] = []
        init(name: String) { self.name = name }
    }

    private enum Entry {
        case folder(Folder)
        case request(id: String, name: String)
    }

    private let root = Folder(name: "")
    /// Folder paths and ids already in the tree: as many as the collection has items, however long the run.
    private var seen: Set<[String]> = []

    init() {}

    init(_ executions: [RequestExecution]) {
        for execution in executions { add(execution) }
    }

    mutating func add(_ execution: RequestExecution) {
        let id = execution.itemID ?? execution.id
        // An item without an id is known by its place in the plan: the runner's execution id is
        // `iteration-place`, so that every iteration of it is one item, not one more.
        let place = execution.itemID.map { [$0] } ?? [execution.name, "#" + execution.id.drop { $0 != "-" }]
        guard seen.insert(execution.folderPath + place).inserted else { return }
        var folder = root
        for name in execution.folderPath {
            if let existing = folder.entries.lazy.compactMap({ entry -> Folder? in
                if case .folder(let child) = entry, child.name == name { return child }
                return nil
            }).first {
                folder = existing
            } else {
                let child = Folder(name: name)
                folder.entries.append(.folder(child))
                folder = child
            }
        }
        folder.entries.append(.request(id: id, name: execution.name))
    }

    var json: [JSONValue] { Self.json(root.entries) }

    private static func json(_ entries: [Entry]) -> [JSONValue] {
        entries.map { entry in
            switch entry {
            case .folder(let folder): return ["name": .string(folder.name), "item": .array(json(folder.entries))]
            case .request(let id, let name): return ["id": .string(id), "name": .string(name)]
            }
        }
    }
}

extension JSONReporter {
    /// What the report holds of the executions streamed so far: their text and their failures' in spools
    /// on disk, their response times, and the little the report's frame needs (the items that ran, each
    /// iteration's length).
    ///
    /// An execution's `cursor.length` (its iteration's request count) and a root request's failure
    /// `parent` (the collection, whose id comes with the result) are known only later: the spooled text
    /// holds a mark there, `NUL tag NUL` — a byte JSON text never holds raw — and the copy into the file
    /// writes the value in its place.
    final class Stream {
        let executions = ReportSpool()
        let failures = ReportSpool()
        let durations = ReportSpool()
        /// Executions streamed, and their failures.
        private(set) var count = 0
        var failureCount = 0
        private(set) var items = ItemTree()
        /// The iteration being streamed, its place among the iterations streamed, its executions so far.
        private var iteration: Int?
        private(set) var ordinal = -1
        private var length = 0
        /// Each iteration's length, run-length encoded: a run of `-n` iterations of one collection is one entry.
        private var lengths: [(length: Int, repeats: Int)] = []

        /// The tag of the iteration being streamed: its ordinal's digits.
        private(set) var ordinalTag: [UInt8] = []
        static let parentTag = Array("P".utf8)
        /// An element of `run.executions` or `run.failures` starts a line at level 3.
        static let elementIndent = Array(("\n" + String(repeating: " ", count: 6)).utf8)

        /// Counts `execution` in; its position in its iteration.
        func begin(_ execution: RequestExecution) -> Int {
            if execution.iteration != iteration {
                finishIteration()
                iteration = execution.iteration
                ordinal += 1
                ordinalTag = Array(String(ordinal).utf8)
            }
            count += 1
            length += 1
            items.add(execution)
            return length - 1
        }

        /// Closes the iteration being streamed: its length is known.
        func finishIteration() {
            guard length > 0 else { return }
            if let last = lengths.last, last.length == length {
                lengths[lengths.count - 1].repeats += 1
            } else {
                lengths.append((length, 1))
            }
            length = 0
        }

        static func range(of pattern: [UInt8], in bytes: [UInt8], from: Int = 0) -> Range<Int>? {
            guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
            var index = from
            while index <= bytes.count - pattern.count {
                if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                    return index..<(index + pattern.count)
                }
                index += 1
            }
            return nil
        }

        /// The offset of the first NUL at or after `from` (memchr: a report is megabytes of text with a
        /// mark or two per execution).
        static func nul(in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
            guard from < bytes.count, let base = bytes.baseAddress,
                let found = memchr(base + from, 0, bytes.count - from)
            else { return nil }
            return UnsafeRawPointer(found) - base
        }

        /// Copies `spool` into `output`, each mark replaced: a length by its iteration's, `P` by `parent`.
        func copy(_ spool: ReportSpool, to output: inout Output, parent: [UInt8]) throws {
            var tag: [UInt8]?
            var run = 0
            var runStart = 0
            func length(ofOrdinal ordinal: Int) -> Int {
                while run < lengths.count, ordinal >= runStart + lengths[run].repeats {
                    runStart += lengths[run].repeats
                    run += 1
                }
                return run < lengths.count ? lengths[run].length : 0
            }
            try spool.drain { bytes in
                var index = 0
                while index < bytes.count {
                    if tag != nil {
                        guard let end = Self.nul(in: bytes, from: index) else {
                            tag! += bytes[index...]
                            return
                        }
                        tag! += bytes[index..<end]
                        if tag! == Self.parentTag {
                            try output.write(parent)
                        } else {
                            let ordinal = Int(String(decoding: tag!, as: UTF8.self)) ?? 0
                            try output.write(Array(String(length(ofOrdinal: ordinal)).utf8))
                        }
                        tag = nil
                        index = end + 1
                    } else {
                        let end = Self.nul(in: bytes, from: index) ?? bytes.count
                        try output.write(UnsafeRawBufferPointer(rebasing: bytes[index..<end]))
                        if end < bytes.count { tag = [] }
                        index = end + 1
                    }
                }
            }
        }

        /// A buffered writer into the report's temporary file.
        struct Output {
            let handle: FileHandle
            private var buffer: [UInt8] = []

            init(handle: FileHandle) { self.handle = handle }

            mutating func write(_ bytes: some Sequence<UInt8>) throws {
                buffer.append(contentsOf: bytes)
                if buffer.count >= 256 * 1024 { try flush() }
            }

            mutating func flush() throws {
                guard !buffer.isEmpty else { return }
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
    }
}
