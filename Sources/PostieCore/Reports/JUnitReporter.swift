import Foundation

/// The `junit` reporter: JUnit XML as CI systems (Jenkins, GitLab, GitHub Actions, Azure) read it,
/// written atomically when the run ends — also after an interrupt, with what ran. Each suite is written
/// into a spool on disk as its request finishes; only the totals stay in memory.
///
/// - One `<testsuite>` per request per iteration, named `Folder › Request`, plus ` [iteration 2/3]` when
///   there are several iterations (Newman merges iterations into one suite and loses all but the last).
///   `id` counts suites from 0 (the JUnit schema's meaning); `time` is in seconds with 3 decimals: the
///   response time, or the sum of every attempt's for polls and retries.
/// - One `<testcase>` per check, named as the check, `classname` `Collection.Folder.Request` (dots in
///   names become `_` so that CI tools split the package where they should), failures as
///   `<failure type="AssertionFailure">` with the expected and actual values. The first testcase carries
///   the suite's time and the others 0, so that tools summing testcases agree with the suite.
/// - A request that could not be built or sent gets a testcase `request` with `<error type="RequestError">`;
///   an unchecked 4xx/5xx answer a testcase `request` with `<failure type="HTTPError">` (the server's
///   reason in its text); a step not sent a testcase `request` with `<skipped>`; a request with no checks
///   gets a passing testcase `request`, so that CI lists it.
/// - `<system-out>` holds the method, URL, status, attempts, captures and saved file.
/// - An interrupted run ends with a suite `postie run` whose testcase `interrupted` is an error.
///
/// Every value goes through the `SecretRedactor`, never the names the user wrote (requests, folders,
/// checks); characters XML 1.0 forbids are dropped.
public final class JUnitReporter: RunReporter, @unchecked Sendable {
    /// Where the report goes (`--reporter-junit-export`).
    public let path: String
    private let redactor: SecretRedactor
    private let lock = NSLock()
    /// Guarded by `lock`: the run as it started, and the suites streamed so far (their XML on disk, their
    /// counts here).
    private var start: RunStart?
    private var suites = ReportSpool()
    private var totals = Totals()

    /// What the `<testsuites>` element counts.
    private struct Totals {
        var suites = 0
        var tests = 0
        var failures = 0
        var errors = 0

        mutating func add(_ suite: Suite) {
            suites += 1
            tests += suite.cases.count
            failures += suite.failures
            errors += suite.errors
        }
    }

    public init(path: String, redactor: SecretRedactor) {
        self.path = path
        self.redactor = redactor
    }

    public func runStarted(_ start: RunStart) { lock.withLock { self.start = start } }

    /// Writes the execution's suite into the report's spool; only the counts stay in memory.
    public func executionFinished(_ execution: RequestExecution) {
        lock.lock()
        defer { lock.unlock() }
        let suite = suite(
            for: execution, id: totals.suites, collectionName: start?.collectionName ?? "",
            iterationCount: start?.iterationCount ?? 1)
        totals.add(suite)
        suites.append(suite.xml.utf8)
    }

    /// Writes the report to `path`, atomically: the streamed suites (or, for a result that was not
    /// streamed, its executions' suites).
    public func runFinished(_ result: RunResult) throws {
        let (spool, streamed) = lock.withLock { () -> (ReportSpool, Totals) in
            defer {
                self.suites = ReportSpool()
                self.totals = Totals()
            }
            return (self.suites, self.totals)
        }
        guard streamed.suites > 0 else { return try writeFileAtomically(Data(document(for: result).utf8), to: path) }
        var totals = streamed
        let closing = closingSuites(result, id: totals.suites)
        for suite in closing { totals.add(suite) }
        try writeFileAtomically(to: path) { handle in
            try handle.write(contentsOf: Data(head(result, totals: totals).utf8))
            try spool.drain { bytes in try handle.write(contentsOf: Data(bytes)) }
            try handle.write(contentsOf: Data((closing.map(\.xml).joined() + "</testsuites>\n").utf8))
        }
    }

    /// The report as XML text.
    public func document(for result: RunResult) -> String {
        let suites = result.executions.enumerated().map {
            suite(for: $1, id: $0, collectionName: result.collectionName, iterationCount: result.iterationCount)
        }
        var totals = Totals()
        for suite in suites { totals.add(suite) }
        let closing = closingSuites(result, id: suites.count)
        for suite in closing { totals.add(suite) }
        var xml = head(result, totals: totals)
        for suite in suites + closing { xml += suite.xml }
        xml += "</testsuites>\n"
        return xml
    }

    /// The XML declaration and the `<testsuites>` start tag, with the run's totals.
    private func head(_ result: RunResult, totals: Totals) -> String {
        let seconds = result.finishedAt.timeIntervalSince(result.startedAt)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites"
        xml += XMLText.attributes([
            ("name", result.collectionName), ("tests", String(totals.tests)), ("failures", String(totals.failures)),
            ("errors", String(totals.errors)), ("time", XMLText.seconds(seconds)),
        ])
        xml += ">\n"
        return xml
    }

    /// After the requests' suites: an interrupted run's suite `postie run`.
    private func closingSuites(_ result: RunResult, id: Int) -> [Suite] {
        guard result.interrupted else { return [] }
        return [
            Suite(
                name: "postie run", id: id, timestamp: result.finishedAt, seconds: 0,
                properties: [],
                cases: [
                    Case(
                        name: "interrupted", classname: XMLText.className([result.collectionName]), seconds: 0,
                        problem: .error(
                            type: "Interrupted",
                            message: "the run was interrupted (SIGINT) after "
                                + TerminalReporter.counted(result.summary.executionCount, "request"),
                            detail: "the reports hold the requests that ran"))
                ],
                output: "")
        ]
    }

    // MARK: Model

    private enum Problem {
        case failure(message: String, detail: String, type: String = "AssertionFailure")
        case error(type: String, message: String, detail: String)
        case skipped(message: String)
    }

    private struct Case {
        var name: String
        var classname: String
        var seconds: Double
        var problem: Problem?

        var xml: String {
            var xml = "    <testcase"
            xml += XMLText.attributes([("name", name), ("classname", classname), ("time", XMLText.seconds(seconds))])
            switch problem {
            case nil:
                xml += "/>\n"
            case .failure(let message, let detail, let type)?:
                xml += ">\n      <failure" + XMLText.attributes([("message", message), ("type", type)])
                xml += ">" + XMLText.escape(detail) + "</failure>\n    </testcase>\n"
            case .error(let type, let message, let detail)?:
                xml += ">\n      <error" + XMLText.attributes([("message", message), ("type", type)])
                xml += ">" + XMLText.escape(detail) + "</error>\n    </testcase>\n"
            case .skipped(let message)?:
                xml += ">\n      <skipped" + XMLText.attributes([("message", message)]) + "/>\n    </testcase>\n"
            }
            return xml
        }
    }

    private struct Suite {
        var name: String
        var id: Int
        var timestamp: Date
        var seconds: Double
        var properties: [(String, String)]
        var cases: [Case]
        var output: String

        var failures: Int {
            cases.filter {
                if case .failure? = $0.problem { return true }
                return false
            }.count
        }
        var errors: Int {
            cases.filter {
                if case .error? = $0.problem { return true }
                return false
            }.count
        }
        var skipped: Int {
            cases.filter {
                if case .skipped? = $0.problem { return true }
                return false
            }.count
        }

        var xml: String {
            var xml = "  <testsuite"
            xml += XMLText.attributes([
                ("name", name), ("id", String(id)), ("tests", String(cases.count)), ("failures", String(failures)),
                ("errors", String(errors)), ("skipped", String(skipped)), ("time", XMLText.seconds(seconds)),
                ("timestamp", ReportText.timestamp(timestamp)),
            ])
            xml += ">\n"
            if !properties.isEmpty {
                xml += "    <properties>\n"
                for (name, value) in properties {
                    xml += "      <property" + XMLText.attributes([("name", name), ("value", value)]) + "/>\n"
                }
                xml += "    </properties>\n"
            }
            for testcase in cases { xml += testcase.xml }
            if !output.isEmpty { xml += "    <system-out>" + XMLText.escape(output) + "</system-out>\n" }
            xml += "  </testsuite>\n"
            return xml
        }
    }

    // MARK: Building

    private func suite(for execution: RequestExecution, id: Int, collectionName: String, iterationCount: Int) -> Suite {
        let iterations = max(1, iterationCount)
        let iterationLabel = iterations > 1 ? " [iteration \(execution.iteration + 1)/\(iterations)]" : ""
        let name = execution.displayName + iterationLabel
        let classname =
            XMLText.className([collectionName] + execution.folderPath + [execution.stepName ?? execution.name])
            + iterationLabel
        let seconds =
            (execution.attempts.isEmpty
                ? execution.response?.durationMilliseconds ?? 0
                : execution.attempts.reduce(0) { $0 + $1.durationMilliseconds }) / 1000
        let request = requestSummary(execution)

        let names = execution.names
        var cases: [Case] = []
        if let skipped = execution.skipped {
            cases.append(
                Case(
                    name: "request", classname: classname, seconds: 0,
                    problem: .skipped(message: redactor.redact(skipped, keeping: names))))
        }
        if let error = execution.error {
            let message = redactor.redact(ReportText.singleLine(error), keeping: names)
            cases.append(
                Case(
                    name: "request", classname: classname, seconds: 0,
                    problem: .error(
                        type: "RequestError", message: message, detail: redactor.redact(error, keeping: names) + "\n" + request)))
        }
        if let httpError = execution.httpError {
            var detail = [request]
            if let reason = serverReason(execution) { detail.append("server: \(reason)") }
            cases.append(
                Case(
                    name: "request", classname: classname, seconds: 0,
                    problem: .failure(
                        message: redactor.redact(httpError), detail: redactor.redact(detail.joined(separator: "\n")),
                        type: "HTTPError")))
        }
        for assertion in execution.assertions {
            var problem: Problem?
            if assertion.skipped {
                problem = .skipped(message: "skipped by pm.test.skip")
            } else if !assertion.passed {
                var detail: [String] = []
                if let expected = assertion.expected { detail.append("expected: \(expected)") }
                if let actual = assertion.actual { detail.append("actual: \(actual)") }
                if let message = assertion.message, !message.isEmpty,
                    !message.contains("expected \(assertion.expected ?? ""), got \(assertion.actual ?? "")")
                {
                    detail.append(message)
                }
                detail.append(request)
                if let reason = serverReason(execution) { detail.append("server: \(reason)") }
                let keep = [ReportText.checkSubject(assertion.name)] + names
                if let stack = assertion.stack, assertion.source != .flow { detail.append(stack) }
                let message = redactor.redact(ReportText.singleLine(ReportText.failureDescription(assertion)), keeping: keep)
                let details = redactor.redact(detail.joined(separator: "\n"), keeping: keep)
                if assertion.source == .scriptError {
                    problem = .error(type: assertion.errorName ?? "Error", message: message, detail: details)
                } else {
                    problem = .failure(message: message, detail: details, type: assertion.source == .test ? (assertion.errorName ?? "AssertionError") : "AssertionFailure")
                }
            }
            cases.append(
                Case(name: ReportText.checkName(assertion.name, redactor: redactor), classname: classname, seconds: 0, problem: problem))
        }
        if cases.isEmpty { cases.append(Case(name: "request", classname: classname, seconds: 0, problem: nil)) }
        cases[0].seconds = seconds

        var properties = [("iteration", String(execution.iteration + 1))]
        if let itemID = execution.itemID { properties.append(("itemId", itemID)) }
        if let step = execution.stepName { properties.append(("step", step)) }

        return Suite(
            name: name, id: id, timestamp: execution.startedAt, seconds: seconds, properties: properties, cases: cases,
            output: systemOut(execution, request: request))
    }

    /// What the server said about an error answer (4xx, 5xx), whole.
    private func serverReason(_ execution: RequestExecution) -> String? {
        guard let response = execution.response, response.status >= 400 else { return nil }
        return ServerReason.of(body: response.body.inMemoryBytes, contentType: response.header("Content-Type"))
    }

    /// `GET https://… → 200 OK · 123 ms · 1.2 KB`, or what stopped the request.
    private func requestSummary(_ execution: RequestExecution) -> String {
        var line =
            execution.request.map { "\($0.method) \(redactor.redact($0.url))" } ?? "\(execution.displayName) (not sent)"
        if let response = execution.response {
            line +=
                " → \(ReportText.statusLine(response.status)) · "
                + "\(ReportText.duration(milliseconds: response.durationMilliseconds)) · "
                + ReportText.byteCount(response.body.size)
        } else if execution.request != nil {
            line += " → no response"
        }
        return line
    }

    private func systemOut(_ execution: RequestExecution, request: String) -> String {
        var lines = [request]
        for attempt in execution.attempts {
            var text =
                "attempt \(attempt.number) · \(attempt.status.map(String.init) ?? "no response") · "
                + ReportText.duration(milliseconds: attempt.durationMilliseconds)
            if let note = attempt.note, !note.isEmpty { text += " · " + redactor.redact(note) }
            lines.append(text)
        }
        for capture in execution.captures {
            lines.append("captured \(capture.name) = \(redactor.redactNamedValue(name: capture.name, value: capture.value))")
        }
        if let saved = execution.savedFile {
            lines.append("saved \(redactor.redact(saved.path)) (\(ReportText.byteCount(saved.bytes)))")
        }
        for warning in execution.warnings { lines.append("warning: \(redactor.redact(warning, keeping: execution.names))") }
        return lines.joined(separator: "\n")
    }
}

/// Text made safe for XML 1.0 (https://www.w3.org/TR/xml/#charsets, §2.4, §3.3.3).
enum XMLText {
    /// Content: `&`, `<`, `>` escaped; characters outside XML 1.0's `Char` production dropped.
    static func escape(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// An attribute value: also `"` and `'`, and tab and line breaks as character references so that
    /// attribute-value normalisation keeps them.
    static func attributeValue(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// ` name="value"` for each pair.
    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(attributeValue($0.1))\"" }.joined()
    }

    /// Seconds with 3 decimals, the JUnit convention.
    static func seconds(_ seconds: Double) -> String {
        String(format: "%.3f", seconds.isFinite ? max(0, seconds) : 0)
    }

    /// `Collection.Folder.Request`, dots inside names replaced so that they do not split packages.
    static func className(_ components: [String]) -> String {
        components.map { $0.replacingOccurrences(of: ".", with: "_") }.joined(separator: ".")
    }

    /// Whether `scalar` is allowed in an XML 1.0 document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "'" where inAttribute: result += "&apos;"
            case "\t" where inAttribute: result += "&#9;"
            case "\n" where inAttribute: result += "&#10;"
            case "\r": result += "&#13;"  // a raw CR would be normalised to LF by parsers
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
