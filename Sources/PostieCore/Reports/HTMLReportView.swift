import Foundation
import PostieJSON

/// What the HTML page shows, read from a JSON report document and nothing else.
struct ReportView {
    struct Verdict {
        var cssClass: String
        var title: String
        var headline: String
    }

    struct Failure {
        var anchor: String
        var requestName: String
        var iteration: Int
        var reason: String
        var expected: String?
        var actual: String?
    }

    var collectionName: String
    var environmentName: String?
    var started: Date?
    var durationMilliseconds: Double
    var iterationCount: Int
    var executions: [ExecutionView]
    var failures: [Failure]
    /// Run-wide errors (an interrupt).
    var errors: [String]
    var statLines: [(String, String)]
    var verdict: Verdict
    var environment: [(String, String)]
    var globals: [(String, String)]
    var options: [(String, String)]
    var diagnostics: [String]
    var shard: ShardRecord?
    var timelineOrigin: Double
    var timelineEnd: Double
    /// Bodies the page shows, to share the body budget between them.
    var bodyCount: Int

    init(_ document: JSONValue) {
        let run = document["run"]
        collectionName = document["collection"]?["info"]?["name"]?.stringValue ?? "postie run"
        environmentName = document["environment"]?["name"]?.stringValue
        let startedMilliseconds = run?["timings"]?["started"]?.numberValue
        let completedMilliseconds = run?["timings"]?["completed"]?.numberValue
        started = ReportReader.date(run?["timings"]?["started"])
        durationMilliseconds = max(0, (completedMilliseconds ?? 0) - (startedMilliseconds ?? 0))
        let stats = run?["stats"]
        let executions = (run?["executions"]?.arrayValue ?? []).map(ExecutionView.init)
        self.executions = executions
        iterationCount = max(
            Int(stats?["iterations"]?["total"]?.numberValue ?? 1), (executions.map(\.iteration).max() ?? 0) + 1)
        shard = ShardRecord(json: run?["shard"])

        let byID = Dictionary(executions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        failures = (run?["failures"]?.arrayValue ?? []).map { failure in
            let id = failure["execution"]?.stringValue ?? ""
            let execution = byID[id]
            let error = failure["error"]
            return Failure(
                anchor: execution?.anchor ?? "requests",
                requestName: execution?.displayName ?? failure["source"]?["name"]?.stringValue ?? "request",
                iteration: execution?.iteration ?? Int(failure["cursor"]?["iteration"]?.numberValue ?? 0),
                reason: error?["message"]?.stringValue ?? error?["name"]?.stringValue ?? "failed",
                expected: error?["expected"]?.stringValue, actual: error?["actual"]?.stringValue)
        }
        var errors: [String] = []
        if let message = run?["error"]?["message"]?.stringValue { errors.append(message) }
        self.errors = errors

        let failedRequests = executions.filter(\.failed).count
        let skipped = executions.filter { $0.skipped != nil }.count
        let assertions = Int(stats?["assertions"]?["total"]?.numberValue ?? 0)
        let failedAssertions = Int(stats?["assertions"]?["failed"]?.numberValue ?? 0)
        let interrupted = run?["interrupted"]?.boolValue ?? false
        let count = executions.count
        func counted(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        if failedRequests > 0 || interrupted {
            var headline = failedRequests > 0 ? "✗ \(failedRequests) of \(counted(count, "request")) failed" : "✗ interrupted"
            if failedAssertions > 0 { headline += ", \(failedAssertions) of \(counted(assertions, "check")) failed" }
            if interrupted, failedRequests > 0 { headline += "; interrupted" }
            verdict = Verdict(cssClass: "failed", title: "✗ failed", headline: headline)
        } else if assertions == 0 {
            verdict = Verdict(
                cssClass: "unchecked", title: "completed", headline: "• completed: \(counted(count, "request")), nothing checked")
        } else {
            verdict = Verdict(
                cssClass: "passed", title: "✓ passed",
                headline: "✓ all passed: \(counted(count, "request")), \(counted(assertions, "check"))")
        }
        var statLines: [(String, String)] = [
            ("requests", String(count)), ("failed", String(failedRequests)),
            ("checks", "\(assertions - failedAssertions)/\(assertions)"),
        ]
        if skipped > 0 { statLines.append(("not sent", String(skipped))) }
        if iterationCount > 1 { statLines.append(("iterations", String(iterationCount))) }
        if let average = run?["timings"]?["responseAverage"]?.numberValue, count > 0 {
            statLines.append(("average response", ReportText.duration(milliseconds: average)))
        }
        if let total = run?["transfers"]?["responseTotal"]?.numberValue {
            statLines.append(("received", ReportText.byteCount(Int(total))))
        }
        self.statLines = statLines

        func variables(_ values: JSONValue?) -> [(String, String)] {
            (values?.arrayValue ?? []).compactMap { entry in
                guard let key = entry["key"]?.stringValue else { return nil }
                let secret = entry["type"]?.stringValue == "secret"
                return (key + (secret ? " (secret)" : ""), entry["value"]?.stringValue ?? "")
            }
        }
        environment = variables(document["environment"]?["values"])
        globals = variables(document["globals"]?["values"])
        options = (run?["options"]?.arrayValue ?? []).compactMap { entry in
            guard let name = entry["option"]?.stringValue else { return nil }
            return (name, entry["value"]?.stringValue ?? "(set)")
        }
        diagnostics = (run?["diagnostics"]?.arrayValue ?? []).compactMap { entry in
            entry["message"]?.stringValue.map { "\(entry["severity"]?.stringValue ?? "warning"): \($0)" }
        }
        let starts = executions.compactMap(\.started)
        timelineOrigin = min(startedMilliseconds ?? starts.min() ?? 0, starts.min() ?? .infinity)
        let ends = executions.compactMap { execution in execution.started.map { $0 + execution.elapsedMilliseconds } }
        timelineEnd = max(completedMilliseconds ?? 0, ends.max() ?? 0)
        bodyCount = executions.reduce(0) { $0 + ($1.requestBody == nil ? 0 : 1) + ($1.responseBody == nil ? 0 : 1) }
    }
}

/// A body as the report holds it.
struct BodyView {
    var content: String
    var isBinary: Bool
    /// Cut in the JSON report already.
    var reportTruncated: Bool
    var size: Int
}

/// One check of a request.
struct CheckView {
    var name: String
    var state: String
    var expected: String?
    var actual: String?
    var message: String?
}

/// One execution of the report, as the page shows it.
struct ExecutionView {
    var id: String
    var anchor: String
    var iteration: Int
    var displayName: String
    var path: [String]
    var method: String?
    var url: String?
    var status: Int?
    var statusPhrase: String?
    /// Milliseconds since 1970.
    var started: Double?
    var elapsedMilliseconds: Double
    var responseSize: Int?
    var encodedSize: Int?
    var requestSize: Int?
    var redirects: Int?
    var checks: [CheckView]
    var attempts: [(status: Int?, milliseconds: Double, note: String?, started: Double?)]
    var captures: [(String, String)]
    var savedFile: (path: String, bytes: Int)?
    var console: [(String, String)]
    var visualizer: String?
    var warnings: [String]
    var problems: [String]
    var skipped: String?
    var requestHeaders: [(name: String, value: String, system: Bool)]?
    var requestBody: BodyView?
    var responseHeaders: [(String, String)]?
    var responseBody: BodyView?
    var cookies: [(String, String)]
    var failed: Bool

    init(_ entry: JSONValue) {
        id = entry["id"]?.stringValue ?? ""
        anchor = "r-" + id.map { $0.isLetter || $0.isNumber || $0 == "-" ? String($0) : "_" }.joined()
        iteration = Int(entry["cursor"]?["iteration"]?.numberValue ?? 0)
        path = entry["item"]?["path"]?.arrayValue?.compactMap(\.stringValue) ?? []
        displayName = entry["step"]?.stringValue ?? (path.isEmpty ? entry["item"]?["name"]?.stringValue ?? id : path.joined(separator: " › "))
        let request = entry["request"]
        let response = entry["response"]
        method = request?["method"]?.stringValue
        url = response?["url"]?.stringValue ?? request?["url"]?.stringValue
        status = response?["code"]?.numberValue.map { Int($0) }
        statusPhrase = response?["status"]?.stringValue
        started = entry["startedAt"]?.numberValue
        let attempts = (entry["attempts"]?.arrayValue ?? []).map { attempt in
            (
                status: attempt["code"]?.numberValue.map { Int($0) }, milliseconds: attempt["responseTime"]?.numberValue ?? 0,
                note: attempt["note"]?.stringValue, started: attempt["startedAt"]?.numberValue
            )
        }
        self.attempts = attempts
        let responseTime = response?["responseTime"]?.numberValue ?? 0
        if let last = attempts.last, let lastStart = last.started, let started {
            elapsedMilliseconds = max(responseTime, lastStart - started + last.milliseconds)
        } else {
            elapsedMilliseconds = attempts.isEmpty ? responseTime : attempts.reduce(0) { $0 + $1.milliseconds }
        }
        responseSize = response?["responseSize"]?.numberValue.map { Int($0) }
        encodedSize = response?["encodedSize"]?.numberValue.map { Int($0) }
        requestSize = request?["body"]?["size"]?.numberValue.map { Int($0) }
        redirects = response?["redirects"]?.numberValue.map { Int($0) }
        checks = (entry["assertions"]?.arrayValue ?? []).map { assertion in
            let error = assertion["error"]
            let failed = error != nil && error != .null
            let skipped = assertion["skipped"]?.boolValue ?? false
            return CheckView(
                name: assertion["assertion"]?.stringValue ?? "",
                state: skipped ? "skipped" : failed ? "failed" : "passed",
                expected: error?["expected"]?.stringValue, actual: error?["actual"]?.stringValue,
                message: failed ? error?["message"]?.stringValue : nil)
        }
        captures = (entry["captures"]?.arrayValue ?? []).map {
            ($0["name"]?.stringValue ?? "", $0["value"]?.stringValue ?? "")
        }
        if let saved = entry["savedFile"], let path = saved["path"]?.stringValue {
            savedFile = (path, Int(saved["bytes"]?.numberValue ?? 0))
        }
        console = (entry["console"]?.arrayValue ?? []).map {
            ($0["level"]?.stringValue ?? "log", $0["message"]?.stringValue ?? "")
        }
        if let shown = entry["visualizer"] {
            let data = shown["data"] ?? shown
            visualizer = data.stringValue ?? JSONWriter.pretty(data, trailingNewline: false)
        }
        warnings = (entry["warnings"]?.arrayValue ?? []).compactMap(\.stringValue)
        var problems: [String] = []
        if let message = entry["requestError"]?["message"]?.stringValue {
            problems.append((request == nil ? "not sent: " : "no response: ") + message)
        }
        if let message = entry["httpError"]?["message"]?.stringValue { problems.append(message) }
        self.problems = problems
        skipped = entry["skipped"]?.stringValue
        func headers(_ value: JSONValue?) -> [(String, String)] {
            (value?.arrayValue ?? []).map { ($0["key"]?.stringValue ?? "", $0["value"]?.stringValue ?? "") }
        }
        if let request {
            requestHeaders = (request["header"]?.arrayValue ?? []).map {
                ($0["key"]?.stringValue ?? "", $0["value"]?.stringValue ?? "", $0["system"]?.boolValue ?? false)
            }
            if let body = request["body"] {
                requestBody = BodyView(
                    content: body["raw"]?.stringValue ?? "", isBinary: body["encoding"]?.stringValue == "base64",
                    reportTruncated: body["truncated"]?.boolValue ?? false, size: Int(body["size"]?.numberValue ?? 0))
            }
        }
        if let response {
            responseHeaders = headers(response["header"])
            responseBody = BodyView(
                content: response["body"]?.stringValue ?? "", isBinary: response["encoding"]?.stringValue == "base64",
                reportTruncated: response["truncated"]?.boolValue ?? false, size: responseSize ?? 0)
        }
        cookies = (response?["cookie"]?.arrayValue ?? []).map {
            ($0["name"]?.stringValue ?? "", $0["value"]?.stringValue ?? "")
        }
        failed = !problems.isEmpty || checks.contains { $0.state == "failed" }
    }

    var state: String { failed ? "failed" : skipped != nil ? "skipped" : checks.isEmpty ? "unchecked" : "passed" }

    var icon: String { failed ? "✗" : skipped != nil ? "–" : checks.isEmpty ? "•" : "✓" }

    var statusText: String {
        guard let status else { return skipped != nil ? "not sent" : "no answer" }
        return statusPhrase.map { $0.isEmpty ? "\(status)" : "\(status) \($0)" } ?? "\(status)"
    }

    var outcomeText: String { "\(state), \(statusText)" }

    var startedDate: Date? { started.map { Date(timeIntervalSince1970: $0 / 1000) } }
}
