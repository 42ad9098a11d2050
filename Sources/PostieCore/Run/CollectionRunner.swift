import Foundation

/// What a run starts from: the collection and the variables around it.
public struct RunInputs: Sendable {
    public var collection: PostmanCollection
    public var environment: EnvironmentFile?
    public var globals: EnvironmentFile?
    /// `--env-var k=v`, applied over the environment file.
    public var environmentOverrides: [(key: String, value: String)]
    /// `--global-var k=v`, applied over the globals file.
    public var globalOverrides: [(key: String, value: String)]
    public var iterationData: IterationData?

    public init(
        collection: PostmanCollection, environment: EnvironmentFile? = nil, globals: EnvironmentFile? = nil,
        environmentOverrides: [(key: String, value: String)] = [], globalOverrides: [(key: String, value: String)] = [],
        iterationData: IterationData? = nil
    ) {
        self.collection = collection
        self.environment = environment
        self.globals = globals
        self.environmentOverrides = environmentOverrides
        self.globalOverrides = globalOverrides
        self.iterationData = iterationData
    }

    /// The variable scopes before anything runs (no iteration data yet).
    public func initialContext() -> VariableContext {
        var context = VariableContext()
        for value in globals?.enabledValues ?? [] { context.globals.set(value.key, value.value, isSecret: value.isSecret) }
        for (key, value) in globalOverrides {
            context.globals.set(key, value, isSecret: context.globals[key]?.isSecret ?? false)
        }
        for variable in collection.variables where !variable.disabled {
            context.collection.set(variable.key, variable.value, isSecret: variable.isSecret)
        }
        for value in environment?.enabledValues ?? [] {
            context.environment.set(value.key, value.value, isSecret: value.isSecret)
        }
        for (key, value) in environmentOverrides {
            context.environment.set(key, value, isSecret: context.environment[key]?.isSecret ?? false)
        }
        return context
    }

    /// Iterations to run: `-n` when given, else one per data row, else one.
    public func iterationCount(requested: Int?) -> Int {
        if let requested { return max(requested, 0) }
        if let rows = iterationData?.rows.count, rows > 0 { return rows }
        return 1
    }

    /// The data row of an iteration; past the last row the last one repeats (Newman's behaviour).
    public func dataRow(for iteration: Int) -> [(key: String, value: String)] {
        guard let rows = iterationData?.rows, !rows.isEmpty else { return [] }
        return rows[min(iteration, rows.count - 1)]
    }
}

/// How a collection run behaves (the `postie run` options that are not about transport or reports).
public struct RunOptions: Sendable {
    /// `-n`: iterations; nil means one per data row (or one).
    public var iterationCount: Int?
    /// `--output-dir`: where flow steps `save` responses; nil saves nothing. The directory is postie's
    /// own: a file saved by an earlier run is replaced (one saved earlier in this run is not).
    public var outputDirectory: String?
    /// `--working-dir`: where relative paths start.
    public var workingDirectory: String
    /// `--delay-request`: milliseconds to wait between requests.
    public var delayMilliseconds: Int
    /// `--bail`: stop at the first failed request or check.
    public var bail: Bool
    /// `--strict`: an undefined `{{variable}}` or a request that cannot be built is an error before
    /// anything is sent.
    public var strict: Bool
    /// `--allow-http-errors`: a 4xx or 5xx answer to a request that nothing checks does not fail it
    /// (Newman's behaviour). Without it, such an answer fails the request.
    public var allowHTTPErrors: Bool
    /// Requests one run may send (a script's setNextRequest can loop forever).
    public var maximumRequests: Int = 100_000
    /// The run's cookies (the transport's jar): what scripts see as `pm.cookies`.
    public var cookieJar: CookieJar?
    /// The run's input files: a flow's `save` never replaces one, by any spelling or link.
    public var protectedPaths: [String] = []

    public init(
        iterationCount: Int? = nil, delayMilliseconds: Int = 0, bail: Bool = false, strict: Bool = false,
        outputDirectory: String? = nil, allowHTTPErrors: Bool = false,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.iterationCount = iterationCount
        self.outputDirectory = outputDirectory
        self.workingDirectory = workingDirectory
        self.delayMilliseconds = delayMilliseconds
        self.bail = bail
        self.strict = strict
        self.allowHTTPErrors = allowHTTPErrors
    }
}

/// Why a run cannot start.
public enum RunError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--strict` found undefined variables or requests that cannot be built (one line each).
    case strictPreflight([String])

    public var description: String {
        switch self {
        case .strictPreflight(let findings):
            return "--strict: undefined variables or requests that cannot be built; nothing was sent:\n"
                + findings.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}

/// Runs a plan — a collection's requests, or a flow's steps — iteration after iteration, and reports as it goes.
public final class CollectionRunner: @unchecked Sendable {
    public let inputs: RunInputs
    public let plan: RunPlan
    public let options: RunOptions
    public let executor: RequestExecutor
    public let reporters: [any RunReporter]
    public var dynamicVariables: DynamicVariables
    public var now: @Sendable () -> Date
    /// Runs the collection's scripts; nil runs none (`--no-scripts`, or no engine).
    public let scriptHost: (any ScriptHost)?

    private let lock = NSLock()
    private var cancelled = false
    private let interruption = DispatchSemaphore(value: 0)

    public init(
        inputs: RunInputs, plan: RunPlan, options: RunOptions, executor: RequestExecutor, reporters: [any RunReporter],
        dynamicVariables: DynamicVariables = DynamicVariables(), now: @escaping @Sendable () -> Date = { Date() },
        scriptHost: (any ScriptHost)? = nil
    ) {
        self.scriptHost = scriptHost
        self.inputs = inputs
        self.plan = plan
        self.options = options
        self.executor = executor
        self.reporters = reporters
        self.dynamicVariables = dynamicVariables
        self.now = now
    }

    /// Stops the run as soon as possible (SIGINT): the request in flight is cancelled, nothing more is
    /// sent, and the reports of what ran are still written.
    public func cancel() {
        lock.lock()
        let first = !cancelled
        cancelled = true
        lock.unlock()
        if first { interruption.signal() }
        if let cancellable = executor.transport as? any CancellableTransport { cancellable.cancelAll() }
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// Runs everything and returns what happened. Throws only for problems found before anything is sent.
    public func run() throws -> RunResult {
        let steps = plan.steps
        let iterations = inputs.iterationCount(requested: options.iterationCount)
        let baseContext = plan.startingContext(inputs)
        executor.redactor.register(baseContext.secretValues)
        var diagnostics = DiagnosticLog()

        // Undefined variables and requests that cannot be built are found up front, once each: an error
        // with --strict, warnings otherwise.
        let preflight = plan.preflight(
            inputs: inputs, iterations: iterations, builder: executor.builder, dynamicVariables: dynamicVariables,
            isCancelled: { self.isCancelled })
        executor.redactor.register(preflight.authSecrets)
        if options.strict, !preflight.isClean {
            throw RunError.strictPreflight(preflight.findings)
        }

        let started = now()
        for reporter in reporters {
            reporter.runStarted(
                RunStart(
                    collectionName: plan.name, environmentName: inputs.environment?.name, iterationCount: iterations,
                    requestCount: steps.count))
        }
        for finding in preflight.findings {
            raise(Diagnostic(.warning, finding, names: preflight.names), into: &diagnostics)
        }
        if scriptHost == nil {
            let scripted = steps.filter { step in step.request.scripts.contains { !$0.isEmpty } }
            if !scripted.isEmpty {
                raise(
                    Diagnostic(
                        .warning, "scripts were not run (--no-scripts): \(scripted.count) request\(scripted.count == 1 ? " has" : "s have") scripts",
                        names: []),
                    into: &diagnostics)
            }
        }

        let saver = options.outputDirectory.map {
            OutputSaver(directory: $0, workingDirectory: options.workingDirectory, protectedPaths: options.protectedPaths)
        }
        var stepRunner = StepRunner(
            executor: executor, saver: saver, dynamicVariables: dynamicVariables, now: now,
            allowHTTPErrors: options.allowHTTPErrors,
            wait: { [unowned self] milliseconds in self.waitForInterruption(milliseconds: milliseconds) },
            attemptFinished: { [reporters] attempt, name in
                for reporter in reporters { reporter.attemptFinished(attempt, of: name) }
            })
        // Variables scripts set in the environment, globals and collection persist across iterations.
        var persistent = baseContext

        var executions: [RequestExecution] = []
        var exported = baseContext.environment
        var bailed = false
        var local = VariableScope(.run)
        var sentCount = 0
        iterationLoop: for iteration in 0..<iterations {
            if isCancelled { break }
            for reporter in reporters { reporter.iterationStarted(iteration, of: iterations) }
            // Each iteration starts afresh: its data row, and no captures from the previous one.
            var context = persistent
            context.run = baseContext.run
            context.unset = baseContext.unset
            context.iterationData = VariableScope(.iterationData)
            for (key, value) in inputs.dataRow(for: iteration) { context.iterationData.set(key, value) }
            if let host = scriptHost {
                stepRunner.scripts = StepScripts(
                    host: host, iteration: iteration, iterationCount: iterations, environmentName: inputs.environment?.name,
                    sender: executor, cookieJar: options.cookieJar)
            }
            // Variables whose capture failed in this iteration, and the step that failed to capture them.
            var uncaptured: [String: String] = [:]

            var position = 0
            while position < steps.count {
                let step = steps[position]
                if isCancelled { break iterationLoop }
                if sentCount > 0, options.delayMilliseconds > 0 {
                    if waitForInterruption(milliseconds: options.delayMilliseconds) { break iterationLoop }
                }
                sentCount += 1
                if sentCount > options.maximumRequests {
                    raise(
                        Diagnostic(.error, "stopped after \(options.maximumRequests) requests: setNextRequest keeps the run going round (--max-requests raises the limit)", names: []),
                        into: &diagnostics)
                    break iterationLoop
                }
                let startedAt = now()
                let result = stepRunner.run(step, context: context, localVariables: local, uncaptured: uncaptured)
                if let changed = result.variables {
                    for (key, value) in changed.environment.entries where context.environment[key] != value {
                        exported.set(key, value)
                        if value.isSecret { executor.redactor.register(value.value) }
                    }
                    for (key, _) in context.environment.entries where changed.environment[key] == nil { exported.remove(key) }
                    context.environment = changed.environment
                    context.globals = changed.globals
                    context.collection = changed.collection
                    context.run = changed.run
                    persistent.environment = changed.environment
                    persistent.globals = changed.globals
                    persistent.collection = changed.collection
                }
                if let changedLocal = result.localVariables { local = changedLocal }
                let outcome = result.outcome
                let names = [step.displayName, step.request.displayName]
                for warning in outcome.warnings + result.warnings {
                    let text = warning.hasPrefix(step.request.displayName) ? warning : "\(step.displayName): \(warning)"
                    raise(Diagnostic(.warning, text, names: names), into: &diagnostics)
                }
                for capture in result.captures {
                    context.run.set(capture.name, capture.value, isSecret: capture.isSecret)
                    context.unset.remove(capture.name)
                    uncaptured[capture.name] = nil
                    exported.set(capture.name, capture.value, isSecret: capture.isSecret)
                    if capture.isSecret { executor.redactor.register(capture.value) }
                }
                for variable in result.failedCaptures {
                    context.unset.insert(variable)
                    uncaptured[variable] = step.displayName
                }
                var execution = RequestExecution(
                    id: "\(iteration)-\(position)", iteration: iteration, itemID: step.request.id,
                    name: step.request.name, folderPath: step.request.folderPath, stepName: step.flowStep?.name,
                    startedAt: startedAt, request: outcome.sent, response: outcome.response,
                    error: outcome.cancelled ? "interrupted" : outcome.error, assertions: result.assertions,
                    attempts: result.attempts, captures: result.captures.map { ($0.name, $0.value) },
                    savedFile: result.savedFile, skipped: result.skipped, httpError: result.httpError)
                execution.console = result.console
                execution.visualizer = result.visualizer
                executions.append(execution)
                for reporter in reporters { reporter.executionFinished(execution) }
                // Reports keep the body's first bytes; checks, captures and saves are done: a body spooled
                // to disk goes now, not at the end of the run.
                outcome.response?.body.removeSpoolFile()
                if outcome.cancelled { break iterationLoop }
                if options.bail, execution.failed {
                    bailed = true
                    break iterationLoop
                }
                // setNextRequest: by name or id among what runs; null ends the iteration (Newman's rules).
                if let next = result.nextRequest {
                    guard let name = next else { continue iterationLoop }
                    if let target = steps.firstIndex(where: { $0.request.name == name || $0.request.id == name }) {
                        position = target
                        continue
                    }
                    raise(
                        Diagnostic(.warning, "\(step.request.displayName): setNextRequest(\"\(name)\") names no request of this run; the run goes on in order", names: [step.request.displayName]),
                        into: &diagnostics)
                }
                position += 1
            }
        }

        return RunResult(
            collectionName: plan.name, collectionID: inputs.collection.info.id,
            environmentName: inputs.environment?.name, startedAt: started, finishedAt: now(), iterationCount: iterations,
            executions: executions, diagnostics: diagnostics.entries, interrupted: isCancelled, bailed: bailed,
            finalEnvironment: exported, finalGlobals: persistent.globals)
    }

    /// Hands the finished run to every reporter; the first report that cannot be written is thrown
    /// after all reporters had their turn.
    public func finish(_ result: RunResult) throws {
        var firstError: Error?
        for reporter in reporters {
            do { try reporter.runFinished(result) } catch { if firstError == nil { firstError = error } }
        }
        if let firstError { throw firstError }
    }

    private func raise(_ diagnostic: Diagnostic, into log: inout DiagnosticLog) {
        let before = log.entries.count
        log.add(diagnostic)
        if log.entries.count > before {
            for reporter in reporters { reporter.diagnosticRaised(diagnostic) }
        }
    }

    /// Sleeps up to `milliseconds`; returns true when the run was interrupted meanwhile.
    func waitForInterruption(milliseconds: Int) -> Bool {
        if isCancelled { return true }
        if milliseconds <= 0 { return false }
        if interruption.wait(timeout: .now() + .milliseconds(milliseconds)) == .success {
            interruption.signal()  // leave it signalled for later waits
            return true
        }
        return isCancelled
    }
}

/// A transport whose requests in flight can be cancelled (SIGINT).
public protocol CancellableTransport: HTTPTransport {
    func cancelAll()
}
