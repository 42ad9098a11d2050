import Foundation

/// The `cli` reporter: a live line per request as it finishes, then a summary table, the failures and a
/// one-line verdict. Warnings and errors go to the error sink as `warning: …`.
///
/// ```
/// postie · Gallery smoke test · environment: local · 1 iteration
///
///   ✓ POST Subscription › Queue Job · 200 OK · 41 ms · 96 B
///       ✓ status eq 200
///       → jobId = 615d3f0e
///   Subscription › Jobs
///       ↻ attempt 1 · 200 · 12 ms · $.status is "Running"
///   ✓ GET Subscription › Jobs · 200 OK · 9 ms · 310 B · 2 attempts
/// ```
///
/// Every check is listed, passed ones too, as Newman does: a flow's checks are what the run is for.
/// A request gets `✓` only when something checked it and every check passed; one that nothing checked
/// shows its status with `•`, one that was not sent `○`. The server's reason for an error answer is shown
/// whole, once. Names the user wrote (requests, folders, checks, variables) are never redacted; values are.
/// Without a UTF-8 locale the marks are ASCII (`ok`, `FAIL`, `-`, `skip`, `~`, `->`, `>`).
public final class TerminalReporter: RunReporter, @unchecked Sendable {
    /// How the reporter prints.
    public struct Options: Sendable, Equatable {
        /// `--color`.
        public var color: ColorMode
        /// `--verbose`: request and response headers and the start of bodies.
        public var verbose: Bool
        /// Unicode marks; nil decides from the locale (`LC_ALL`, `LC_CTYPE`, `LANG`).
        public var unicode: Bool?
        /// Where `NO_COLOR`, `TERM` and the locale are read.
        public var environment: [String: String]
        /// How much of each body `--verbose` shows.
        public var verboseBodyBytes: Int

        public init(
            color: ColorMode = .auto, verbose: Bool = false, unicode: Bool? = nil,
            environment: [String: String] = ProcessInfo.processInfo.environment, verboseBodyBytes: Int = 2048
        ) {
            self.color = color
            self.verbose = verbose
            self.unicode = unicode
            self.environment = environment
            self.verboseBodyBytes = verboseBodyBytes
        }
    }

    private let output: TextSink
    private let errors: TextSink
    private let redactor: SecretRedactor
    private let options: Options
    /// The style of standard output and of standard error, which may differ (one piped, one a terminal).
    let style: TerminalStyle
    let errorStyle: TerminalStyle

    private let lock = NSLock()
    private var iterationCount = 1
    /// The request whose attempts are being shown live, and the attempt numbers shown.
    private var liveAttemptsName: String?
    private var liveAttemptNumbers: Set<Int> = []
    private var shownDiagnostics: [Diagnostic] = []
    /// Server reasons already printed: each is shown once.
    private var shownReasons: Set<String> = []
    /// The failures of the executions shown so far, grouped by reason: what the end lists of them.
    private var failures = FailureGroups()
    private var executionsShown = 0

    /// - Parameters:
    ///   - output: where requests, the summary and the verdict go (standard output).
    ///   - errors: where warnings go (standard error).
    ///   - redactor: every text printed goes through it.
    public init(
        output: TextSink = FileDescriptorSink.standardOutput, errors: TextSink = FileDescriptorSink.standardError,
        redactor: SecretRedactor, options: Options = Options()
    ) {
        self.output = output
        self.errors = errors
        self.redactor = redactor
        self.options = options
        let unicode = options.unicode ?? TerminalStyle.localeIsUTF8(environment: options.environment)
        style = TerminalStyle(
            color: options.color.allowsColor(isTerminal: output.isTerminal, environment: options.environment),
            unicode: unicode)
        errorStyle = TerminalStyle(
            color: options.color.allowsColor(isTerminal: errors.isTerminal, environment: options.environment),
            unicode: unicode)
    }

    // MARK: Events

    public func runStarted(_ start: RunStart) {
        lock.lock()
        defer { lock.unlock() }
        iterationCount = max(1, start.iterationCount)
        var parts = ["postie", shownName(start.collectionName)]
        if let environment = start.environmentName { parts.append("environment: \(shownName(environment))") }
        parts.append(Self.counted(iterationCount, "iteration"))
        let line = parts.enumerated().map { $0.offset == 1 ? style.paint($0.element, .bold) : $0.element }
            .joined(separator: style.separator)
        print(line)
        print("")
    }

    public func iterationStarted(_ iteration: Int, of count: Int) {
        lock.lock()
        defer { lock.unlock() }
        iterationCount = max(iterationCount, count)
        guard count > 1 else { return }
        if iteration > 0 { print("") }
        print(style.paint("Iteration \(iteration + 1)/\(count)", .underline))
    }

    public func attemptFinished(_ attempt: Attempt, of displayName: String) {
        lock.lock()
        defer { lock.unlock() }
        if liveAttemptsName != displayName {
            liveAttemptsName = displayName
            liveAttemptNumbers = []
            print("  " + style.paint(style.name(shownName(displayName)), .dim))
        }
        liveAttemptNumbers.insert(attempt.number)
        print("      " + style.paint(attemptText(attempt), .dim))
    }

    public func executionFinished(_ execution: RequestExecution) {
        lock.lock()
        defer { lock.unlock() }
        let shownLive = liveAttemptsName == execution.displayName ? liveAttemptNumbers : []
        liveAttemptsName = nil
        liveAttemptNumbers = []
        for line in lines(for: execution, attemptsShown: shownLive) { print(line) }
        executionsShown += 1
        for failure in ReportedFailure.of(execution, position: 0) { add(failure, to: &failures, iterationCount: iterationCount) }
        for warning in execution.warnings {
            printError(
                errorStyle.paint("warning:", .yellow, .bold) + " "
                    + shownName(errorStyle.name(execution.displayName)) + ": " + shown(warning, keeping: execution.names))
        }
    }

    public func diagnosticRaised(_ diagnostic: Diagnostic) {
        lock.lock()
        defer { lock.unlock() }
        show(diagnostic)
    }

    public func runFinished(_ result: RunResult) throws {
        lock.lock()
        defer { lock.unlock() }
        for diagnostic in result.diagnostics where !shownDiagnostics.contains(diagnostic) { show(diagnostic) }
        print("")
        for line in summaryTable(result) { print(line) }
        let failures = executionsShown > 0 ? failureLines(self.failures) : failureLines(result)
        if !failures.isEmpty {
            print("")
            for line in failures { print(line) }
        }
        print("")
        print(verdict(result))
    }

    // MARK: Lines

    /// The lines of one finished request: its status line, then its details indented.
    func lines(for execution: RequestExecution, attemptsShown: Set<Int>) -> [String] {
        let indent = "      "
        let mark: String
        if execution.failed {
            mark = style.paint(style.failMark, .red, .bold)
        } else if execution.skipped != nil {
            mark = style.paint(style.skipMark, .dim)
        } else if execution.isChecked {
            mark = style.paint(style.passMark, .green)
        } else {
            mark = style.uncheckedMark
        }
        var head = "  " + mark + " "
        if let method = execution.request?.method { head += method + " " }
        head += style.name(shownName(execution.displayName))
        var details: [String] = []
        if let response = execution.response {
            let status = ReportText.statusLine(response.status)
            // Colour claims a verdict: only a checked answer is green, only a failing error answer red.
            if response.status >= 400, execution.failed {
                details.append(style.paint(status, .red))
            } else if execution.isChecked, response.status < 400 {
                details.append(style.paint(status, .green))
            } else {
                details.append(status)
            }
            details.append(ReportText.duration(milliseconds: response.durationMilliseconds))
            details.append(ReportText.byteCount(response.body.size))
        } else if let skipped = execution.skipped {
            details.append(style.paint("skipped: " + shown(skipped, keeping: execution.names), .dim))
        } else if let error = execution.error {
            let state = execution.request == nil ? "not sent" : "no response"
            details.append(style.paint("\(state): " + shown(ReportText.singleLine(error), keeping: execution.names), .red))
        }
        if execution.attempts.count > 1 { details.append(Self.counted(execution.attempts.count, "attempt")) }
        var lines = [head + details.map { style.separator + $0 }.joined()]

        if let error = execution.error, execution.response != nil {
            lines.append(indent + style.paint(style.failMark + " " + shown(ReportText.singleLine(error)), .red))
        }
        if let response = execution.response, response.status >= 400,
            let reason = ServerReason.of(body: response.body.inMemoryBytes, contentType: response.header("Content-Type"))
        {
            let text = style.unicode ? shown(reason) : shown(reason).replacingOccurrences(of: "…", with: "...")
            if shownReasons.insert(text).inserted {
                lines.append(indent + "server: " + text)
            }
        }
        if let httpError = execution.httpError {
            lines.append(indent + style.paint(style.failMark + " " + shown(httpError), .red))
        }
        for entry in execution.console {
            let prefix = entry.level == .log ? "" : "\(entry.level.rawValue): "
            for line in redactor.redact(entry.text).split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(indent + style.paint("│ ", .dim) + printable(prefix + line))
            }
        }
        for assertion in execution.assertions {
            if assertion.skipped {
                let name = printable(ReportText.checkName(assertion.name, redactor: redactor))
                lines.append(indent + style.paint("- " + name + " (skipped)", .dim))
            } else if assertion.passed {
                let name = printable(ReportText.checkName(assertion.name, redactor: redactor))
                lines.append(indent + style.paint(style.passMark, .green) + " " + style.paint(name, .dim))
            } else {
                let text = shown(
                    ReportText.singleLine(ReportText.failureDescription(assertion)),
                    keeping: [ReportText.checkSubject(assertion.name)] + execution.names)
                lines.append(indent + style.paint(style.failMark + " " + text, .red))
            }
        }
        // Attempts not shown as they happened, but the last, which the status line describes.
        for attempt in execution.attempts.dropLast() where !attemptsShown.contains(attempt.number) {
            lines.append(indent + style.paint(attemptText(attempt), .dim))
        }
        for capture in execution.captures {
            let value = ReportText.abbreviated(
                shown(ReportText.singleLine(redactor.redactNamedValue(name: capture.name, value: capture.value))), limit: 80,
                unicode: style.unicode)
            lines.append(indent + style.paint(style.captureMark, .cyan) + " \(shownName(capture.name)) = \(value)")
        }
        if let saved = execution.savedFile {
            lines.append(indent + "saved \(shown(saved.path)) (\(ReportText.byteCount(saved.bytes)))")
        }
        if options.verbose { lines += verboseLines(for: execution, indent: indent) }
        return lines
    }

    /// `↻ attempt 3 · 200 · 812 ms · $.status is "Running"`.
    func attemptText(_ attempt: Attempt) -> String {
        var parts = ["\(style.attemptMark) attempt \(attempt.number)"]
        parts.append(attempt.status.map(String.init) ?? "no response")
        parts.append(ReportText.duration(milliseconds: attempt.durationMilliseconds))
        if let note = attempt.note, !note.isEmpty { parts.append(shown(ReportText.singleLine(note))) }
        return parts.joined(separator: style.separator)
    }

    /// `--verbose`: what went out (`>`) and what came back (`<`), headers and the start of bodies.
    func verboseLines(for execution: RequestExecution, indent: String) -> [String] {
        var lines: [String] = []
        func add(_ marker: String, _ text: String) {
            lines.append(indent + style.paint(marker, .dim) + (text.isEmpty ? "" : " " + text))
        }
        if let request = execution.request {
            add(">", "\(request.method) \(shown(request.url))")
            for header in request.headers {
                add(">", "\(shownName(header.name)): \(shown(redactor.redactHeader(name: header.name, value: header.value)))")
            }
            if let body = request.body, !body.isEmpty {
                add(">", "")
                for line in bodyLines(
                    ReportBody(
                        bytes: body, size: body.count, contentType: request.contentType,
                        limit: options.verboseBodyBytes, redactor: redactor))
                {
                    add(">", line)
                }
            }
        }
        if let response = execution.response {
            add("<", ReportText.statusLine(response.status))
            for header in response.headers {
                add("<", "\(shownName(header.name)): \(shown(redactor.redactHeader(name: header.name, value: header.value)))")
            }
            if response.body.size > 0 {
                add("<", "")
                for line in bodyLines(
                    ReportBody(
                        response: response.body, contentType: response.header("Content-Type"),
                        limit: options.verboseBodyBytes, redactor: redactor))
                {
                    add("<", line)
                }
            }
        }
        return lines
    }

    private func bodyLines(_ body: ReportBody) -> [String] {
        if body.isBinary { return ["<binary, \(ReportText.byteCount(body.size))>"] }
        var lines = body.content.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            shown(String($0))
        }
        if lines.last == "" { lines.removeLast() }
        if body.truncated {
            let shown = ReportText.byteCount(body.content.utf8.count)
            lines.append(style.paint("\(style.unicode ? "…" : "...") (\(shown) of \(ReportText.byteCount(body.size)) shown)", .dim))
        }
        return lines
    }

    /// Newman's summary: executed and failed iterations, requests and checks, then the timings.
    func summaryTable(_ result: RunResult) -> [String] {
        let rows: [(label: String, total: Int, failed: Int)] = [
            ("iterations", result.iterationCount, result.failedIterationCount),
            ("requests", result.sentCount, result.requestErrorCount + result.httpErrorCount),
            ("assertions", result.assertionCount, result.failedAssertionCount),
        ]
        var notes = [
            "total run duration: "
                + ReportText.duration(milliseconds: result.finishedAt.timeIntervalSince(result.startedAt) * 1000),
            "total data received: \(ReportText.byteCount(result.responseBytes))",
        ]
        if result.skippedCount > 0 {
            notes.append("skipped: \(Self.counted(result.skippedCount, "step")) (a variable they need was not captured)")
        }
        if let times = result.responseTimes {
            notes.append(
                "average response time: \(ReportText.duration(milliseconds: times.average)) "
                    + "[min: \(ReportText.duration(milliseconds: times.minimum)), "
                    + "max: \(ReportText.duration(milliseconds: times.maximum))]")
        }
        var widths = [25, 12, 12]
        let inner = widths.reduce(0, +) + widths.count - 1
        let longestNote = notes.map { $0.count + 2 }.max() ?? 0
        if longestNote > inner { widths[0] += longestNote - inner }
        let total = widths.reduce(0, +) + widths.count - 1
        let border = style.borders

        func rule(_ left: String, _ joint: String, _ right: String) -> String {
            left + widths.map { String(repeating: border.horizontal, count: $0) }.joined(separator: joint) + right
        }
        func cell(_ text: String, width: Int, painted: String? = nil) -> String {
            String(repeating: " ", count: max(0, width - 1 - text.count)) + (painted ?? text) + " "
        }

        var lines = [rule(border.topLeft, border.topJoint, border.topRight)]
        lines.append(
            border.vertical + cell("", width: widths[0]) + border.vertical + cell("executed", width: widths[1])
                + border.vertical + cell("failed", width: widths[2]) + border.vertical)
        lines.append(rule(border.middleLeft, border.middleJoint, border.middleRight))
        for row in rows {
            let label = style.paint(row.label, row.failed > 0 ? .red : .green)
            let failed = row.failed > 0 ? style.paint(String(row.failed), .red, .bold) : String(row.failed)
            lines.append(
                border.vertical + cell(row.label, width: widths[0], painted: label) + border.vertical
                    + cell(String(row.total), width: widths[1]) + border.vertical
                    + cell(String(row.failed), width: widths[2], painted: failed) + border.vertical)
        }
        lines.append(rule(border.closingLeft, border.closingJoint, border.closingRight))
        for note in notes {
            lines.append(
                border.vertical + " " + note + String(repeating: " ", count: max(0, total - 1 - note.count))
                    + border.vertical)
        }
        lines.append(
            border.bottomLeft + String(repeating: border.horizontal, count: total) + border.bottomRight)
        return lines
    }

    /// `1. Subscription › Queue Job — status eq 200: expected 200, got 401`, numbered; requests that failed
    /// for the same reason share one line (`2. A, B, C and 28 more — not sent: …`).
    func failureLines(_ result: RunResult) -> [String] {
        var groups = FailureGroups()
        for failure in ReportedFailure.all(in: result.executions) {
            add(failure, to: &groups, iterationCount: result.iterationCount)
        }
        return failureLines(groups)
    }

    /// Failures grouped by their reason as shown, in the order first seen, each place once.
    struct FailureGroups {
        var count = 0
        var groups: [(reason: String, places: [String])] = []
        var indexByReason: [String: Int] = [:]
        var placesByReason: [String: Set<String>] = [:]
    }

    private func add(_ failure: ReportedFailure, to groups: inout FailureGroups, iterationCount: Int) {
        var place = style.name(shownName(failure.execution.displayName))
        if iterationCount > 1 { place += " (iteration \(failure.execution.iteration + 1))" }
        let reason = shown(ReportText.singleLine(failure.reason), keeping: failure.names)
        groups.count += 1
        if let index = groups.indexByReason[reason] {
            if groups.placesByReason[reason, default: []].insert(place).inserted { groups.groups[index].places.append(place) }
        } else {
            groups.indexByReason[reason] = groups.groups.count
            groups.placesByReason[reason] = [place]
            groups.groups.append((reason, [place]))
        }
    }

    private func failureLines(_ failures: FailureGroups) -> [String] {
        guard failures.count > 0 else { return [] }
        let groups = failures.groups
        let width = String(groups.count).count
        var lines = [style.paint(Self.counted(failures.count, "failure"), .red, .bold)]
        for (index, group) in groups.enumerated() {
            let number = String(repeating: " ", count: width - String(index + 1).count) + "\(index + 1)."
            let places = Preflight.list(group.places)
            lines.append("  \(number) \(places)\(style.dash)" + style.paint(group.reason, .red))
        }
        return lines
    }

    /// The last line: all passed, or what failed, and whether the run was cut short. "All passed" needs
    /// checks that passed: a run that checked nothing says so, without a check mark.
    func verdict(_ result: RunResult) -> String {
        let requests = Self.counted(result.sentCount, "request")
        let duration = ReportText.duration(milliseconds: result.finishedAt.timeIntervalSince(result.startedAt) * 1000)
        var problems: [String] = []
        if result.failedAssertionCount > 0 {
            problems.append("\(result.failedAssertionCount) of \(Self.counted(result.assertionCount, "assertion")) failed")
        }
        if result.requestErrorCount > 0 { problems.append(Self.counted(result.requestErrorCount, "request error")) }
        if result.httpErrorCount > 0 { problems.append(Self.counted(result.httpErrorCount, "unchecked error answer")) }
        if result.skippedCount > 0 { problems.append("\(result.skippedCount) skipped") }
        // ASCII marks would read "FAIL failed": without Unicode the words say it alone.
        let mark = style.unicode ? style.failMark + " " : ""
        if result.interrupted {
            let detail = problems.isEmpty ? "" : ": " + problems.joined(separator: ", ")
            return style.paint("\(mark)interrupted after \(requests)\(detail) (\(duration))", .red, .bold)
        }
        if result.bailed {
            let detail = problems.isEmpty ? "" : ": " + problems.joined(separator: ", ")
            return style.paint(
                "\(mark)stopped at the first failure (--bail)\(detail) (\(requests), \(duration))", .red, .bold)
        }
        if result.failed {
            return style.paint("\(mark)failed: \(problems.joined(separator: ", ")) (\(requests), \(duration))", .red, .bold)
        }
        if result.assertionCount == 0 {
            return "completed: \(requests), nothing checked (\(duration))"
        }
        var passed = "\(requests), \(Self.counted(result.assertionCount, "assertion"))"
        if result.uncheckedCount > 0 { passed += "; \(result.uncheckedCount) unchecked" }
        if result.skippedCount > 0 { passed += "; \(result.skippedCount) skipped" }
        let passMark = style.unicode ? style.passMark + " " : ""
        return style.paint("\(passMark)all passed: \(passed) (\(duration))", .green, .bold)
    }

    // MARK: Output

    private func show(_ diagnostic: Diagnostic) {
        shownDiagnostics.append(diagnostic)
        let label = diagnostic.severity == .error ? errorStyle.paint("error:", .red, .bold) : errorStyle.paint("warning:", .yellow, .bold)
        printError(label + " " + shown(diagnostic.message, keeping: diagnostic.names))
    }

    /// A value from the collection, the server or the run as it may be printed: secrets redacted (except
    /// inside the user's own `names` it quotes), and control characters replaced.
    private func shown(_ text: String, keeping names: [String] = []) -> String {
        printable(names.isEmpty ? redactor.redact(text) : redactor.redact(text, keeping: names))
    }

    /// A name the user wrote (request, folder, check, variable, header): never redacted, only made printable.
    private func shownName(_ text: String) -> String { printable(text) }

    /// `text` with control characters (which could move the cursor or recolour the terminal) replaced.
    private func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: Self.isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if Self.isControl(scalar) {
                result.append(contentsOf: (style.unicode ? "\u{FFFD}" : "?").unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// C0 controls but tab, DEL, and C1 controls (ECMA-48 §5).
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    private func print(_ line: String) { output.write(line + "\n") }
    private func printError(_ line: String) { errors.write(line + "\n") }

    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
