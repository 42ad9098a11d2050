import Foundation
import PostieJSON

/// Runs one planned step: sends its request (again, for retries and polls), checks the answer, captures
/// values from it and saves it. A plain collection step is one attempt with nothing to check.
struct StepRunner {
    let executor: RequestExecutor
    /// Where `save` writes; nil when the run saves nothing.
    let saver: OutputSaver?
    let dynamicVariables: DynamicVariables
    let now: @Sendable () -> Date
    /// `--allow-http-errors`: a 4xx or 5xx answer that nothing checks does not fail the step.
    let allowHTTPErrors: Bool
    /// Waits up to the given milliseconds; returns true when the run was interrupted meanwhile.
    let wait: (Int) -> Bool
    /// Called for each attempt that will be followed by another (live output).
    let attemptFinished: (Attempt, String) -> Void
    /// Runs the request's scripts; nil when scripts are off (`--no-scripts`) or there is no host.
    var scripts: StepScripts?

    /// What the step produced, for the run's execution record.
    struct Result {
        var outcome: RequestExecutor.Outcome
        var assertions: [AssertionOutcome] = []
        var attempts: [Attempt] = []
        var captures: [(name: String, value: String, isSecret: Bool)] = []
        var savedFile: SavedFile?
        var warnings: [String] = []
        /// Why the step was not sent: a variable it needs was not captured.
        var skipped: String?
        /// The variables this step should have captured and did not.
        var failedCaptures: [String] = []
        /// Why an answer nothing checked fails the step.
        var httpError: String?
        /// The variables after the step's scripts (nil when no script ran).
        var variables: VariableContext?
        /// `pm.variables` after the step's scripts.
        var localVariables: VariableScope?
        var console: [ScriptConsoleEntry] = []
        /// `setNextRequest(x)` from a script: `.some(nil)` ends the iteration.
        var nextRequest: String??
        var visualizer: JSONValue?
    }

    /// Runs `step`. `uncaptured` holds the variables earlier steps of this iteration failed to capture
    /// (with the step that failed): a step that needs one of them is skipped, saying so.
    func run(
        _ step: PlannedStep, context: VariableContext, localVariables: VariableScope = VariableScope(.run),
        uncaptured: [String: String] = [:]
    ) -> Result {
        var effects = StepScripts.Effects()
        var local = localVariables
        var variables = context
        // A step of another server resolves from its named environment; captures and flow variables stay shared.
        if let named = step.environment { variables.environment = named.variables }
        var stepRunner = self
        if !step.runsScripts { stepRunner.scripts = nil }
        var result = stepRunner.runRequest(step, context: &variables, local: &local, effects: &effects, uncaptured: uncaptured)
        result.assertions = effects.assertions.filter { $0.source == .scriptError } + result.assertions
        if effects.ran {
            // What scripts set in a named environment stays in this step: the run's environment is kept.
            if step.environment != nil { variables.environment = context.environment }
            result.variables = variables
            result.localVariables = local
        }
        result.console = effects.console
        result.nextRequest = effects.nextRequest
        result.visualizer = effects.visualizer
        result.assertions += effects.assertions.filter { $0.source == .test }
        return result
    }

    private func runRequest(
        _ step: PlannedStep, context scriptContext: inout VariableContext, local: inout VariableScope,
        effects: inout StepScripts.Effects, uncaptured: [String: String]
    ) -> Result {
        let flowStep = step.flowStep
        var request = step.request
        if let uploads = flowStep?.uploads, !uploads.isEmpty {
            let missing = uploads.filter { saver?.savedInThisRun($0.savedFile) == nil }.map(\.savedFile)
            if !missing.isEmpty {
                var result = Result(outcome: RequestExecutor.Outcome())
                result.outcome.error =
                    "not sent: upload needs \(missing.map { "\"\($0)\"" }.joined(separator: ", ")), which no earlier step "
                    + "of this run saved (its step failed or was skipped)"
                result.failedCaptures = flowStep?.captures.map(\.variable) ?? []
                return result
            }
            request = Self.uploading(uploads, in: request) { saver?.savedInThisRun($0)?.path }
        }
        scripts?.runPrerequest(&request, context: &scriptContext, local: &local, effects: &effects)
        if effects.skipRequest {
            var result = Result(outcome: RequestExecutor.Outcome())
            result.skipped = "a prerequest script called pm.execution.skipRequest()"
            return result
        }
        // What the request resolves against: the scripts' variables, `pm.variables` over everything,
        // and the flow step's own variables.
        var context = scriptContext
        for (key, value) in local.entries { context.run.set(key, value) }
        for variable in flowStep?.variables ?? [] { context.run.set(variable.name, variable.value) }
        let resolver = VariableResolver(context: context, dynamicVariables: dynamicVariables)
        let overrides = flowStep.map { Self.overrides(of: $0) } ?? RequestOverrides()

        // The first attempt's build, when it had to be made early; the attempt then sends that one.
        var prebuilt: Swift.Result<RequestBuildResult, RequestBuildFailure>?
        if !uncaptured.isEmpty {
            let build = Swift.Result { () throws(RequestBuildFailure) in
                try executor.builder.build(request, resolver: resolver, overrides: overrides)
            }
            prebuilt = build
            let unresolved: [UnresolvedReference]
            switch build {
            case .success(let built): unresolved = built.unresolved
            case .failure(let error): unresolved = error.unresolved
            }
            var needed: [String] = []
            for reference in unresolved where uncaptured[reference.name] != nil && !needed.contains(reference.name) {
                needed.append(reference.name)
            }
            if !needed.isEmpty {
                var result = Result(outcome: RequestExecutor.Outcome())
                result.skipped = Self.skipReason(needed, uncaptured: uncaptured)
                // What this step would have captured is missing too, for the steps after it.
                result.failedCaptures = flowStep?.captures.map(\.variable) ?? []
                return result
            }
        }

        var attempts: [Attempt] = []
        var retriesUsed = 0
        var pollFailure: AssertionOutcome?
        var pollSucceeded: AssertionOutcome?
        let started = now()
        var outcome: RequestExecutor.Outcome

        var previous: RequestExecutor.Outcome?
        attemptLoop: while true {
            let number = attempts.count + 1
            let attemptStarted = now()
            // The answer an attempt replaces is done with: its spooled body goes.
            previous?.response?.body.removeSpoolFile()
            outcome = executor.execute(request, resolver: resolver, overrides: overrides, prebuilt: prebuilt)
            prebuilt = nil  // a retry or a poll builds afresh (new dynamic values)
            previous = outcome
            if outcome.cancelled { break }
            let duration = outcome.response?.durationMilliseconds ?? 0
            var attempt = Attempt(
                number: number, status: outcome.response?.status, durationMilliseconds: duration, startedAt: attemptStarted)

            // Retries: a transport error or an unwanted status, while retries remain.
            if let retry = flowStep?.retry, retriesUsed < retry.count {
                let reason: String?
                if let response = outcome.response {
                    reason = retry.retries(status: response.status) ? "status \(response.status)" : nil
                } else {
                    reason = retry.retriesTransportErrors ? outcome.error : nil
                }
                if let reason {
                    retriesUsed += 1
                    attempt.note = "retry \(retriesUsed)/\(retry.count) in \(retry.delay) after \(reason)"
                    attempts.append(attempt)
                    attemptFinished(attempt, step.displayName)
                    if wait(Int(retry.delay.milliseconds)) {
                        outcome.cancelled = true
                        outcome.error = "interrupted"
                        break attemptLoop
                    }
                    continue attemptLoop
                }
            }

            // Polling: repeat until `until` holds, `failIf` holds, or the budget runs out.
            if let poll = flowStep?.poll, let response = outcome.response {
                let checked = Self.checkedResponse(response)
                if let failIf = poll.failIf, failIf.isSatisfied(by: checked) {
                    pollFailure = AssertionOutcome(
                        name: "poll failIf", passed: false, expected: "not " + Self.conditionText(failIf),
                        actual: Self.valuesText(failIf.evaluate(checked)),
                        message: "poll stopped at attempt \(number): \(Self.valuesText(failIf.evaluate(checked)))")
                    attempts.append(attempt)
                    break attemptLoop
                }
                let results = poll.until.evaluate(checked)
                if results.allSatisfy(\.passed) {
                    pollSucceeded = AssertionOutcome(
                        name: "poll until \(Self.conditionText(poll.until))", passed: true,
                        message: "held at attempt \(number)")
                    attempts.append(attempt)
                    break attemptLoop
                }
                // An error answer that no retry covers (or whose retries are used up) will not turn into
                // the awaited one by asking again: stop now rather than poll it until the timeout.
                if !(200..<300).contains(response.status) {
                    let status = ReportText.statusLine(response.status)
                    let covered = flowStep?.retry?.retries(status: response.status) ?? false
                    let advice =
                        covered
                        ? "its retries are used up"
                        : "no retry covers it (add \"retry\": {\"on\": [\(response.status)]} if it can pass later)"
                    pollFailure = AssertionOutcome(
                        name: "poll until \(Self.conditionText(poll.until))", passed: false,
                        expected: Self.conditionText(poll.until), actual: status,
                        message: "poll stopped at attempt \(number): the answer is \(status), and \(advice)")
                    attempts.append(attempt)
                    break attemptLoop
                }
                let elapsed = now().timeIntervalSince(started) * 1000
                let delay = poll.delay(beforeAttempt: number + 1).milliseconds
                let outOfAttempts = poll.maxAttempts.map { number >= $0 } ?? false
                let outOfTime = poll.timeout.map { elapsed + delay > $0.milliseconds } ?? false
                let stillText = Self.stillText(results)
                if outOfAttempts || outOfTime {
                    let spent = FlowDuration(milliseconds: max(elapsed, 0))
                    pollFailure = AssertionOutcome(
                        name: "poll until \(Self.conditionText(poll.until))", passed: false,
                        expected: Self.conditionText(poll.until), actual: stillText,
                        message: "\(stillText) after \(spent), \(number) attempt\(number == 1 ? "" : "s")")
                    attempts.append(attempt)
                    break attemptLoop
                }
                attempt.note = "poll: \(stillText); next in \(FlowDuration(milliseconds: delay))"
                attempts.append(attempt)
                attemptFinished(attempt, step.displayName)
                if wait(Int(delay)) {
                    outcome.cancelled = true
                    outcome.error = "interrupted"
                    break attemptLoop
                }
                continue attemptLoop
            }
            attempts.append(attempt)
            break
        }

        var result = Result(outcome: outcome)
        result.attempts = attempts.count > 1 ? attempts : []
        guard !outcome.cancelled else { return result }
        guard let response = outcome.response else {
            // Nothing came back: the request's error says why; its checks did not run, and what it would
            // have captured is missing for the steps after it.
            result.failedCaptures = flowStep?.captures.map(\.variable) ?? []
            return result
        }
        scripts?.runTests(request, sent: outcome.sent, response: response, context: &scriptContext, local: &local, effects: &effects)
        let checked = Self.checkedResponse(response)
        let checksAnswer = flowStep?.expect != nil || flowStep?.poll != nil || effects.assertions.contains { $0.source == .test }
        if !checksAnswer, !allowHTTPErrors, response.status >= 400 {
            result.httpError =
                "the answer is \(ReportText.statusLine(response.status)), and nothing checks this request "
                + "(--allow-http-errors accepts 4xx and 5xx answers)"
        }
        guard let flowStep else { return result }

        if let pollFailure { result.assertions.append(pollFailure) }
        if let pollSucceeded { result.assertions.append(pollSucceeded) }
        if let expectation = flowStep.expect, pollFailure == nil {
            result.assertions += expectation.evaluate(checked).map(Self.outcome)
        }
        for capture in flowStep.captures {
            switch capture.evaluate(checked, requestName: step.request.displayName) {
            case .captured(let variable, let value, let note):
                // A server's answer may not grow a variable beyond what resolution allows.
                let limit = executor.builder.resolutionLimits?.maximumBytes ?? ResolutionLimits.defaultMaximumBytes
                if value.utf8.count > limit {
                    result.assertions.append(
                        AssertionOutcome(
                            name: "capture \(variable)", passed: false,
                            message: "the captured value is \(value.utf8.count) bytes, more than "
                                + "\(ResolutionLimits.describe(limit)); raise --max-resolved-size to keep it"))
                    result.failedCaptures.append(variable)
                    continue
                }
                let secret = context.lookup(variable)?.isSecret ?? false || Self.looksSecret(variable)
                result.captures.append((variable, value, secret))
                if let note { result.warnings.append(note) }
            case .failed(let variable, let message):
                result.assertions.append(AssertionOutcome(name: "capture \(variable)", passed: false, message: message))
                result.failedCaptures.append(variable)
            }
        }
        if let target = flowStep.save {
            let failed = result.httpError != nil || result.assertions.contains { !$0.passed }
            save(target, outcome: outcome, failedChecks: failed, into: &result)
        }
        // After the save: an answer that differs is kept, to be looked at beside the other file.
        if let name = flowStep.sameAs { result.assertions.append(compare(response, with: name)) }
        return result
    }

    /// `expect.sameAs`: the answer's body against a file saved earlier in this run, byte for byte.
    func compare(_ response: TransportResponse, with name: String) -> AssertionOutcome {
        let check = "body sameAs \(name)"
        guard let url = saver?.savedInThisRun(name) else {
            return AssertionOutcome(
                name: check, passed: false,
                message: "\(check): \"\(name)\" was not saved earlier in this run (its step failed or was skipped)")
        }
        let actual: Data
        switch response.body {
        case .memory(let data): actual = data
        case .file(let spooled, _, _): actual = (try? Data(contentsOf: spooled, options: .alwaysMapped)) ?? Data()
        }
        guard let expected = try? Data(contentsOf: url, options: .alwaysMapped) else {
            return AssertionOutcome(name: check, passed: false, message: "\(check): cannot read \(url.path)")
        }
        guard let difference = ByteDifference.first(expected: expected, actual: actual) else {
            return AssertionOutcome(name: check, passed: true)
        }
        return AssertionOutcome(
            name: check, passed: false, expected: difference.expectedExcerpt, actual: difference.actualExcerpt,
            message: difference.message(expectedName: name))
    }

    /// `request` with each uploaded form field sending the file `path` gives for its saved name (none when nil).
    static func uploading(_ uploads: [FlowUpload], in request: CollectionRequest, path: (String) -> String?) -> CollectionRequest {
        guard !uploads.isEmpty, case .formdata(var parts)? = request.item.request.body else { return request }
        for upload in uploads {
            for index in parts.indices where parts[index].key == upload.field && !parts[index].disabled {
                parts[index].kind = .file(path(upload.savedFile).map { [$0] } ?? [])
            }
        }
        var changed = request
        changed.item.request.body = .formdata(parts)
        return changed
    }

    /// `needs {{jobId}}, which "Queue Job" did not capture`.
    static func skipReason(_ needed: [String], uncaptured: [String: String]) -> String {
        "needs " + needed.map { "{{\($0)}}, which \"\(uncaptured[$0] ?? "")\" did not capture" }.joined(separator: ", and ")
    }

    private func save(_ target: SaveTarget, outcome: RequestExecutor.Outcome, failedChecks: Bool, into result: inout Result) {
        guard let saver else { return }
        guard let response = outcome.response else { return }
        if failedChecks {
            result.warnings.append("the response was not saved because the step's checks failed")
            return
        }
        do {
            let name: String
            switch target {
            case .path(let path): name = path
            case .serverFileName:
                guard let header = response.header("Content-Disposition"),
                    let serverName = OutputSaver.fileName(fromContentDisposition: header)
                else { throw SaveError.noServerFileName }
                // A name from the server is a file name, never a path.
                if serverName.contains("/") || serverName.contains("\\") || serverName == "." || serverName == ".." {
                    throw SaveError.refused(name: serverName, reason: "a server-sent name must not contain a path")
                }
                name = serverName
            }
            result.savedFile = try saver.save(response.body, as: name)
        } catch {
            result.assertions.append(AssertionOutcome(name: "save", passed: false, message: "\(error)"))
        }
    }

    // MARK: Helpers

    static func overrides(of step: FlowStep) -> RequestOverrides {
        let body: RequestOverrides.Body? =
            switch step.body {
            case nil: nil
            case .text(let text)?: .text(text)
            case .json(let value)?: .json(value)
            case .removed?: .removed
            }
        return RequestOverrides(
            query: step.query.map { ($0.name, $0.value) }, headers: step.headers.map { ($0.name, $0.value) }, body: body)
    }

    /// What checks read of an answer: all of it up to 64 MiB; past that its first bytes, and JSON checks
    /// and captures fail saying it is too large (not that it is "not JSON"), except those of a singular
    /// path, read from the spool file mapped into memory.
    static func checkedResponse(_ response: TransportResponse, limit: Int = 64 * 1024 * 1024) -> CheckedResponse {
        let headers = response.headers.map { ($0.name, $0.value) }
        guard let body = response.body.contents(limit: limit) else {
            var mapped: Data?
            if case .file(let url, _, _) = response.body { mapped = try? Data(contentsOf: url, options: .alwaysMapped) }
            return .tooLarge(
                status: response.status, headers: headers, prefix: response.body.inMemoryBytes, size: response.body.size,
                limit: limit, responseTimeMilliseconds: response.durationMilliseconds, mapped: mapped)
        }
        return CheckedResponse(
            status: response.status, headers: headers, body: body, responseTimeMilliseconds: response.durationMilliseconds)
    }

    static func outcome(_ result: AssertionResult) -> AssertionOutcome {
        AssertionOutcome(
            name: result.name, passed: result.passed, expected: result.expected, actual: result.actual,
            message: result.passed ? nil : result.message)
    }

    static func conditionText(_ expectation: Expectation) -> String {
        expectation.assertions.map(\.name).joined(separator: " and ")
    }

    /// `$.status is "Running"` for the conditions that do not hold yet.
    static func stillText(_ results: [AssertionResult]) -> String {
        let failing = results.filter { !$0.passed }
        guard !failing.isEmpty else { return "condition not met" }
        return failing.map { "\(subject(of: $0.name)) still \($0.actual)" }.joined(separator: ", ")
    }

    static func valuesText(_ results: [AssertionResult]) -> String {
        results.map { "\(subject(of: $0.name)) is \($0.actual)" }.joined(separator: ", ")
    }

    /// `$.status` from `$.status eq "Completed"`.
    static func subject(of name: String) -> String {
        for separator in [" eq ", " ne ", " in ", " exists", " matches ", " contains ", " lt ", " lte ", " gt ", " gte ", " minCount ", " maxCount ", " type "] {
            if let range = name.range(of: separator) { return String(name[..<range.lowerBound]) }
        }
        return name
    }

    /// Captured variables whose names say they hold credentials are redacted like secret variables.
    static func looksSecret(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return ["secret", "password", "token", "apikey", "api_key", "api-key"].contains { lowered.contains($0) }
    }
}
