import Foundation
import PostieJSON

/// The `json` reporter: Newman's report shape (`collection`, `environment`, `globals`, `run` with `stats`,
/// `timings`, `executions`, `transfers`, `failures`, `error`), written atomically when the run ends —
/// also after an interrupt, with what ran.
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

    /// Writes the report to `path`, atomically, one execution at a time: the whole document never sits in
    /// memory, so a run of many thousand requests does not balloon at the end.
    public func runFinished(_ result: RunResult) throws {
        let sentinel = "postie-executions-\(UUID().uuidString)"
        let frame = JSONWriter.pretty(document(for: result, executions: .string(sentinel)))
        guard let marker = frame.range(of: JSONWriter.quote(sentinel)) else {
            try writeFileAtomically(JSONWriter.prettyData(document(for: result)), to: path)
            return
        }
        let cursors = Self.cursors(for: result.executions, iterationCount: result.iterationCount)
        try writeFileAtomically(to: path) { handle in
            try handle.write(contentsOf: Data(frame[..<marker.lowerBound].utf8))
            guard !result.executions.isEmpty else {
                try handle.write(contentsOf: Data("[]".utf8))
                try handle.write(contentsOf: Data(frame[marker.upperBound...].utf8))
                return
            }
            // `executions` is a member of `run`, itself a member of the root: its elements sit at level 3.
            let elementIndent = "\n" + String(repeating: " ", count: 6)
            try handle.write(contentsOf: Data("[".utf8))
            for (index, (execution, cursor)) in zip(result.executions, cursors).enumerated() {
                let text = (index > 0 ? "," : "") + elementIndent
                    + JSONWriter.pretty(self.execution(execution, cursor: cursor), level: 3)
                try handle.write(contentsOf: Data(text.utf8))
            }
            try handle.write(contentsOf: Data(("\n" + String(repeating: " ", count: 4) + "]").utf8))
            try handle.write(contentsOf: Data(frame[marker.upperBound...].utf8))
        }
    }

    /// The report as a JSON document.
    public func document(for result: RunResult) -> JSONValue {
        let cursors = Self.cursors(for: result.executions, iterationCount: result.iterationCount)
        return document(for: result, executions: .array(zip(result.executions, cursors).map { execution($0, cursor: $1) }))
    }

    /// The report with `executions` given by the caller (the real list, or a placeholder to stream into).
    private func document(for result: RunResult, executions: JSONValue) -> JSONValue {
        lock.lock()
        let start = self.start
        lock.unlock()
        var run = JSONObject()
        run["stats"] = stats(result, start: start)
        run["timings"] = timings(result)
        let cursors = Self.cursors(for: result.executions, iterationCount: result.iterationCount)
        run["executions"] = executions
        run["transfers"] = ["responseTotal": .number(Double(result.responseBytes))]
        run["failures"] = .array(
            ReportedFailure.all(in: result.executions).map { failure($0, result: result, cursors: cursors) })
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
        root["collection"] = collection(result)
        var environment = JSONObject()
        if let name = result.environmentName { environment["name"] = .string(name) }
        environment["values"] = variables(result.finalEnvironment)
        root["environment"] = .object(environment)
        root["globals"] = ["values": variables(result.finalGlobals)]
        root["run"] = .object(run)
        return .object(root)
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

    private func collection(_ result: RunResult) -> JSONValue {
        var info = JSONObject()
        if let id = result.collectionID { info["_postman_id"] = .string(id) }
        info["name"] = .string(result.collectionName)
        info["schema"] = .string(Self.collectionSchema)
        return ["info": .object(info), "item": .array(ItemTree(result.executions).json)]
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
        let count = result.executions.count
        // Only a run cut short leaves work pending: a finished one ran what it had to, whatever was planned.
        let cutShort = result.interrupted || result.bailed
        let planned = cutShort ? start.map { $0.iterationCount * $0.requestCount } ?? count : count
        let pendingIterations = cutShort ? (start?.iterationCount ?? result.iterationCount) - result.iterationCount : 0
        return [
            "iterations": stat(result.iterationCount, failed: result.failedIterationCount, pending: pendingIterations),
            "items": stat(count, failed: result.failedExecutions.count, pending: planned - count),
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

    private func timings(_ result: RunResult) -> JSONValue {
        let times = result.executions.compactMap { $0.response?.durationMilliseconds }
        var timings = JSONObject()
        let average = times.isEmpty ? 0 : times.reduce(0, +) / Double(times.count)
        let variance = times.isEmpty ? 0 : times.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(times.count)
        timings["responseAverage"] = .number(average)
        timings["responseMin"] = .number(times.min() ?? 0)
        timings["responseMax"] = .number(times.max() ?? 0)
        timings["responseSd"] = .number(variance.squareRoot())
        timings["started"] = .number(ReportText.epochMilliseconds(result.startedAt))
        timings["completed"] = .number(ReportText.epochMilliseconds(result.finishedAt))
        return .object(timings)
    }

    /// Newman's cursor: `position` within the iteration, `length` requests in it, `cycles` iterations.
    static func cursors(for executions: [RequestExecution], iterationCount: Int) -> [JSONValue] {
        var perIteration: [Int: Int] = [:]
        for execution in executions { perIteration[execution.iteration, default: 0] += 1 }
        var seen: [Int: Int] = [:]
        return executions.map { execution in
            let position = seen[execution.iteration, default: 0]
            seen[execution.iteration] = position + 1
            return [
                "position": .number(Double(position)), "iteration": .number(Double(execution.iteration)),
                "length": .number(Double(perIteration[execution.iteration] ?? 0)),
                "cycles": .number(Double(max(1, iterationCount))), "ref": .string(execution.id),
            ]
        }
    }

    private func execution(_ execution: RequestExecution, cursor: JSONValue) -> JSONValue {
        var entry = JSONObject()
        entry["id"] = .string(execution.id)
        entry["cursor"] = cursor
        entry["item"] = [
            "id": .string(execution.itemID ?? execution.id), "name": .string(execution.name),
            "path": .array((execution.folderPath + [execution.name]).map(JSONValue.string)),
        ]
        if let step = execution.stepName { entry["step"] = .string(step) }
        entry["startedAt"] = .number(ReportText.epochMilliseconds(execution.startedAt))
        if let request = execution.request { entry["request"] = self.request(request) }
        if let response = execution.response { entry["response"] = self.response(response) }
        entry["assertions"] = .array(
            execution.assertions.enumerated().map { index, assertion in
                var object = JSONObject()
                object["assertion"] = .string(ReportText.checkName(assertion.name, redactor: redactor))
                object["skipped"] = .bool(assertion.skipped)
                if !assertion.passed { object["error"] = assertionError(assertion, index: index) }
                return .object(object)
            })
        if !execution.console.isEmpty {
            entry["console"] = .array(
                execution.console.map { ["level": .string($0.level.rawValue), "message": .string(redactor.redact($0.text))] })
        }
        if let visualizer = execution.visualizer {
            entry["visualizer"] = redactor.redactJSON(visualizer)
        }
        if let error = execution.error {
            entry["requestError"] = [
                "name": "RequestError", "message": .string(redactor.redact(error, keeping: execution.names)),
            ]
        }
        if let httpError = execution.httpError {
            entry["httpError"] = ["name": "HTTPError", "message": .string(redactor.redact(httpError))]
        }
        if let skipped = execution.skipped {
            entry["skipped"] = .string(redactor.redact(skipped, keeping: execution.names))
        }
        entry["attempts"] = .array(
            execution.attempts.map { attempt in
                var object = JSONObject()
                object["number"] = .number(Double(attempt.number))
                object["code"] = attempt.status.map { .number(Double($0)) } ?? .null
                object["responseTime"] = .number(attempt.durationMilliseconds)
                if let started = attempt.startedAt { object["startedAt"] = .number(ReportText.epochMilliseconds(started)) }
                if let note = attempt.note { object["note"] = .string(redactor.redact(note)) }
                return .object(object)
            })
        entry["captures"] = .array(
            execution.captures.map {
                ["name": .string($0.name), "value": .string(redactor.redactNamedValue(name: $0.name, value: $0.value))]
            })
        if let saved = execution.savedFile {
            entry["savedFile"] = ["path": .string(redactor.redact(saved.path)), "bytes": .number(Double(saved.bytes))]
        }
        if !execution.warnings.isEmpty {
            entry["warnings"] = .array(execution.warnings.map { .string(redactor.redact($0)) })
        }
        return .object(entry)
    }

    private func headers(_ headers: [HeaderField]) -> JSONValue {
        .array(
            headers.map { header in
                var object = JSONObject()
                object["key"] = .string(header.name)
                object["value"] = .string(redactor.redactHeader(name: header.name, value: header.value))
                if header.isSystem { object["system"] = true }
                return .object(object)
            })
    }

    private func request(_ request: SentRequest) -> JSONValue {
        var object = JSONObject()
        object["url"] = .string(redactor.redact(request.url))
        object["method"] = .string(request.method)
        object["header"] = headers(request.headers)
        if let body = request.body {
            let shown =
                request.reportedBody.map(ReportBody.init(reported:))
                ?? ReportBody(
                    bytes: body, size: body.count, contentType: request.contentType, limit: options.bodyLimit,
                    redactor: redactor)
            object["body"] = [
                "mode": "raw", "raw": .string(shown.content), "encoding": .string(shown.encoding.rawValue),
                "truncated": .bool(shown.truncated), "size": .number(Double(shown.size)),
            ]
        }
        return .object(object)
    }

    private func response(_ response: TransportResponse) -> JSONValue {
        let shown =
            response.reportedBody.map(ReportBody.init(reported:))
            ?? ReportBody(
                response: response.body, contentType: response.header("Content-Type"), limit: options.bodyLimit,
                redactor: redactor)
        var object = JSONObject()
        object["status"] = .string(ReportText.reasonPhrase(response.status))
        object["code"] = .number(Double(response.status))
        object["header"] = headers(response.headers)
        object["body"] = .string(shown.content)
        object["encoding"] = .string(shown.encoding.rawValue)
        object["truncated"] = .bool(shown.truncated)
        object["responseTime"] = .number(response.durationMilliseconds)
        object["responseSize"] = .number(Double(response.body.size))
        // A gzip or deflate body is reported decoded; this is its size on the wire.
        if let encoded = response.encodedBodySize { object["encodedSize"] = .number(Double(encoded)) }
        if response.redirectCount > 0 {
            object["url"] = .string(redactor.redact(response.finalURL))
            object["redirects"] = .number(Double(response.redirectCount))
        }
        if !response.cookies.isEmpty {
            // As postman-collection's Cookie: the run's cookies for the answering URL; secret values redacted.
            object["cookie"] = .array(
                response.cookies.map { cookie in
                    var entry = JSONObject()
                    entry["name"] = .string(cookie.name)
                    entry["value"] = .string(cookie.isSecret ? SecretRedactor.placeholder : redactor.redact(cookie.value))
                    entry["domain"] = .string(cookie.domain)
                    entry["path"] = .string(cookie.path)
                    if let expires = cookie.expires { entry["expires"] = .string(CookieJarFile.formatDate(expires)) }
                    entry["httpOnly"] = .bool(cookie.httpOnly)
                    entry["secure"] = .bool(cookie.secure)
                    entry["hostOnly"] = .bool(cookie.hostOnly)
                    if let sameSite = cookie.sameSite { entry["sameSite"] = .string(sameSite) }
                    return .object(entry)
                })
        }
        return .object(object)
    }

    private func assertionError(_ assertion: AssertionOutcome, index: Int) -> JSONValue {
        var error = JSONObject()
        error["name"] = .string(assertion.errorName ?? "AssertionError")
        error["index"] = .number(Double(index))
        error["test"] = .string(ReportText.checkName(assertion.name, redactor: redactor))
        if assertion.source == .flow {
            error["message"] = .string(
                redactor.redact(ReportText.failureDescription(assertion), keeping: [ReportText.checkSubject(assertion.name)]))
        } else {
            error["message"] = .string(redactor.redact(assertion.message ?? ""))
        }
        if let expected = assertion.expected { error["expected"] = .string(redactor.redact(expected)) }
        if let actual = assertion.actual { error["actual"] = .string(redactor.redact(actual)) }
        if let stack = assertion.stack { error["stack"] = .string(redactor.redact(stack)) }
        return .object(error)
    }

    /// Newman's failure: `{error, at, source, parent, cursor}`, plus the execution's `id`.
    private func failure(_ failure: ReportedFailure, result: RunResult, cursors: [JSONValue]) -> JSONValue {
        var object = JSONObject()
        switch failure.kind {
        case .assertion(let index, let assertion):
            object["error"] = assertionError(assertion, index: index)
            switch assertion.source {
            case .flow: object["at"] = .string("assertion:\(index) in checks")
            case .test: object["at"] = .string("assertion:\(index) in \(assertion.stack == nil ? "test-script" : "script")")
            case .scriptError: object["at"] = .string(assertion.name)
            }
        case .requestError(let message):
            object["error"] = [
                "name": "RequestError", "message": .string(redactor.redact(message, keeping: failure.execution.names)),
            ]
            object["at"] = "request"
        case .httpError(let message):
            object["error"] = ["name": "HTTPError", "message": .string(redactor.redact(message))]
            object["at"] = "response"
        }
        let execution = failure.execution
        object["source"] = ["id": .string(execution.itemID ?? execution.id), "name": .string(execution.name)]
        if let folder = execution.folderPath.last {
            object["parent"] = ["name": .string(folder)]
        } else {
            var parent = JSONObject()
            if let id = result.collectionID { parent["id"] = .string(id) }
            parent["name"] = .string(result.collectionName)
            object["parent"] = .object(parent)
        }
        object["cursor"] = cursors[failure.position]
        object["execution"] = .string(execution.id)
        return .object(object)
    }
}

/// The collection's items that ran, as Postman's nested `item` lists of folders and requests.
private struct ItemTree {
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

    init(_ executions: [RequestExecution]) {
        var seen: Set<[String]> = []
        for execution in executions {
            let id = execution.itemID ?? execution.id
            guard seen.insert(execution.folderPath + [id]).inserted else { continue }
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
