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
        suites.append { suite.write(into: &$0) }
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
            var tail: [UInt8] = []
            for suite in closing { suite.write(into: &tail) }
            tail.append(contentsOf: "</testsuites>\n".utf8)
            try handle.write(contentsOf: Data(tail))
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
        var xml = Array(head(result, totals: totals).utf8)
        for suite in suites + closing { suite.write(into: &xml) }
        xml.append(contentsOf: "</testsuites>\n".utf8)
        return String(decoding: xml, as: UTF8.self)
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

        /// The rest of a testcase holding `<failure>` or `<error>` (`element`).
        private func appendProblem(_ element: String, message: String, type: String, detail: String, to xml: inout [UInt8]) {
            xml.append(contentsOf: ">\n      <\(element)".utf8)
            XMLText.appendAttribute("message", message, to: &xml)
            XMLText.appendAttribute("type", type, to: &xml)
            xml.append(UInt8(ascii: ">"))
            XMLText.append(detail, inAttribute: false, to: &xml)
            xml.append(contentsOf: "</\(element)>\n    </testcase>\n".utf8)
        }

        func write(into xml: inout [UInt8]) {
            xml.append(contentsOf: "    <testcase".utf8)
            XMLText.appendAttribute("name", name, to: &xml)
            XMLText.appendAttribute("classname", classname, to: &xml)
            XMLText.appendSecondsAttribute("time", seconds, to: &xml)
            switch problem {
            case nil:
                xml.append(contentsOf: "/>\n".utf8)
            case .failure(let message, let detail, let type)?:
                appendProblem("failure", message: message, type: type, detail: detail, to: &xml)
            case .error(let type, let message, let detail)?:
                appendProblem("error", message: message, type: type, detail: detail, to: &xml)
            case .skipped(let message)?:
                xml.append(contentsOf: ">\n      <skipped".utf8)
                XMLText.appendAttribute("message", message, to: &xml)
                xml.append(contentsOf: "/>\n    </testcase>\n".utf8)
            }
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

        func write(into xml: inout [UInt8]) {
            xml.append(contentsOf: "  <testsuite".utf8)
            XMLText.appendAttribute("name", name, to: &xml)
            XMLText.appendAttribute("id", integer: id, to: &xml)
            XMLText.appendAttribute("tests", integer: cases.count, to: &xml)
            XMLText.appendAttribute("failures", integer: failures, to: &xml)
            XMLText.appendAttribute("errors", integer: errors, to: &xml)
            XMLText.appendAttribute("skipped", integer: skipped, to: &xml)
            XMLText.appendSecondsAttribute("time", seconds, to: &xml)
            XMLText.appendAttribute("timestamp", ReportText.timestamp(timestamp), to: &xml)
            xml.append(contentsOf: ">\n".utf8)
            if !properties.isEmpty {
                xml.append(contentsOf: "    <properties>\n".utf8)
                for (name, value) in properties {
                    xml.append(contentsOf: "      <property".utf8)
                    XMLText.appendAttribute("name", name, to: &xml)
                    XMLText.appendAttribute("value", value, to: &xml)
                    xml.append(contentsOf: "/>\n".utf8)
                }
                xml.append(contentsOf: "    </properties>\n".utf8)
            }
            for testcase in cases { testcase.write(into: &xml) }
            if !output.isEmpty {
                xml.append(contentsOf: "    <system-out>".utf8)
                XMLText.append(output, inAttribute: false, to: &xml)
                xml.append(contentsOf: "</system-out>\n".utf8)
            }
            xml.append(contentsOf: "  </testsuite>\n".utf8)
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
        var bytes: [UInt8] = []
        append(text, inAttribute: false, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An attribute value: also `"` and `'`, and tab and line breaks as character references so that
    /// attribute-value normalisation keeps them.
    static func attributeValue(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, inAttribute: true, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ` name="value"` for each pair.
    static func attributes(_ pairs: [(String, String)]) -> String {
        var bytes: [UInt8] = []
        for (name, value) in pairs { appendAttribute(name, value, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ` name="value"`, the value escaped.
    static func appendAttribute(_ name: String, _ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "=\"".utf8)
        append(value, inAttribute: true, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends ` name="123"`.
    static func appendAttribute(_ name: String, integer: Int, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "=\"".utf8)
        bytes.append(contentsOf: String(integer).utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends ` name="1.234"`: seconds as `seconds(_:)` writes them.
    static func appendSecondsAttribute(_ name: String, _ value: Double, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "=\"".utf8)
        appendSeconds(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Seconds with 3 decimals, the JUnit convention.
    static func seconds(_ seconds: Double) -> String {
        var bytes: [UInt8] = []
        appendSeconds(seconds, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `seconds(_:)`'s text, appended: whole milliseconds written as digits, without `String(format:)`
    /// (whose cost a report paid on every suite and testcase); beyond 10^12 seconds, `%.3f` itself.
    static func appendSeconds(_ seconds: Double, to bytes: inout [UInt8]) {
        let value = seconds.isFinite ? max(0, seconds) : 0
        guard value < 1e12 else {
            bytes.append(contentsOf: String(format: "%.3f", value).utf8)
            return
        }
        let milliseconds = Int64((value * 1000).rounded(.toNearestOrEven))
        bytes.append(contentsOf: String(milliseconds / 1000).utf8)
        let fraction = milliseconds % 1000
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 100))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
    }

    /// `Collection.Folder.Request`, dots inside names replaced so that they do not split packages.
    static func className(_ components: [String]) -> String {
        components.map { $0.utf8.contains(UInt8(ascii: ".")) ? $0.replacingOccurrences(of: ".", with: "_") : $0 }
            .joined(separator: ".")
    }

    /// Whether `scalar` is allowed in an XML 1.0 document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Appends `text` escaped, byte by byte over its UTF-8: runs that need nothing copied whole.
    static func append(_ text: String, inAttribute: Bool, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            let count = bytes.count
            func flush() {
                if start < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
            }
            while index < count {
                let byte = bytes[index]
                let replacement: StaticString?
                var skip = 1
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where inAttribute: replacement = "&quot;"
                case UInt8(ascii: "'") where inAttribute: replacement = "&apos;"
                case 0x09 where inAttribute: replacement = "&#9;"
                case 0x0A where inAttribute: replacement = "&#10;"
                case 0x0D: replacement = "&#13;"  // a raw CR would be normalised to LF by parsers
                case 0x09, 0x0A: replacement = nil
                case 0..<0x20: replacement = ""  // not an XML 1.0 character: dropped
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    replacement = ""  // U+FFFE and U+FFFF: not XML 1.0 characters
                    skip = 3
                default: replacement = nil
                }
                guard let replacement else {
                    index += 1
                    continue
                }
                flush()
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                index += skip
                start = index
            }
            flush()
        }
    }
}
