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

    /// The data row of an iteration as variables, typed values kept for scripts.
    public func dataVariables(for iteration: Int) -> [(key: String, value: VariableValue)] {
        guard let data = iterationData, !data.rows.isEmpty else { return [] }
        return data.variables(inRow: min(iteration, data.rows.count - 1))
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
    /// `--parallel N`: iterations run N at a time, each with its own copy of the variables; 1 runs them
    /// one after the other, each seeing what the previous ones' scripts set.
    public var parallel = 1
    /// `--shard` by iteration: the iterations (0-based, of the whole count) this run runs; nil runs all.
    public var iterationSelection: Set<Int>?
    /// `--shard`: the share of the whole this run is, for the reports.
    public var shard: ShardRecord?
    /// The command line, for the reports.
    public var reportedOptions: [RunOptionRecord] = []
    /// The run's input files: a flow's `save` never replaces one, by any spelling or link.
    public var protectedPaths: [String] = []
    /// Whether `RunResult.executions` lists every execution. Off, each execution goes to the reporters as
    /// it finishes and is then let go (response body included): the run keeps only counts, and its memory
    /// does not grow with the number of requests (`postie run` runs so).
    public var keepsExecutions = true

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
    /// Guarded by `lock`: run-wide diagnostics, requests sent, and the stop of parallel iterations.
    private var log = DiagnosticLog()
    private var sendCount = 0
    private var stopping = false
    private var stoppedByBail = false
    /// Guarded by `lock`: what the executions delivered so far add up to, and those kept.
    private var summary = RunSummary()
    private var kept: [RequestExecution] = []
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

        // Undefined variables and requests that cannot be built are found up front, once each: an error
        // with --strict, warnings otherwise.
        let preflight = plan.preflight(
            inputs: inputs, iterations: iterations, builder: executor.builder, scriptsRun: scriptHost != nil,
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
            raise(Diagnostic(.warning, finding, names: preflight.names))
        }
        if scriptHost == nil {
            let scripted = steps.filter { step in step.request.scripts.contains { !$0.isEmpty } }
            if !scripted.isEmpty {
                raise(
                    Diagnostic(
                        .warning, "scripts were not run (--no-scripts): \(scripted.count) request\(scripted.count == 1 ? " has" : "s have") scripts",
                        names: []),
                    )
            }
        }

        let saver = options.outputDirectory.map {
            OutputSaver(directory: $0, workingDirectory: options.workingDirectory, protectedPaths: options.protectedPaths)
        }
        let selected = (0..<iterations).filter { options.iterationSelection?.contains($0) ?? true }

        var exported = baseContext.environment
        var globals = baseContext.globals
        var bailed = false
        if options.parallel > 1, selected.count > 1 {
            // Iterations N at a time, each from the variables the run started with: what one iteration's
            // scripts set stays in it. Their events reach the reporters iteration by iteration, in order;
            // an iteration starts only while few finished ones wait for those before them.
            let gate = IterationGate(
                first: selected, window: 2 * options.parallel, deliver: { [unowned self] in self.deliver($0) },
                conclude: { state in
                    bailed = bailed || state.bailed
                    // --export-environment: every iteration's changes, later iterations over earlier ones.
                    for (key, value) in state.exported.entries where baseContext.environment[key] != value {
                        exported.set(key, value)
                    }
                    for (key, _) in baseContext.environment.entries where state.exported[key] == nil { exported.remove(key) }
                    globals = state.persistent.globals
                })
            let queue = IterationQueue(selected)
            let group = DispatchGroup()
            for _ in 0..<min(options.parallel, selected.count) {
                group.enter()
                Thread.detachNewThread { [unowned self] in
                    defer { group.leave() }
                    while !self.isStopping, let next = queue.next() {
                        gate.waitForRoom(next.position)
                        let iteration = next.iteration
                        if self.isStopping {
                            gate.skipped(iteration)
                            continue
                        }
                        let events = IterationEvents(buffered: true)
                        events.record(.iterationStarted(iteration, iterations))
                        var state = IterationState(
                            base: baseContext, persistent: baseContext, iteration: iteration, inputs: self.inputs)
                        var stepRunner = self.stepRunner(iteration: iteration, of: iterations, saver: saver, events: events)
                        let end = self.runIteration(iteration, steps: steps, state: &state, stepRunner: &stepRunner, events: events)
                        gate.finished(iteration, events: events.recorded, state: state)
                        if end == .stopRun { self.stopOthers(bailed: state.bailed) }
                    }
                }
            }
            group.wait()
            bailed = bailed || lock.withLock { stoppedByBail }
        } else {
            // Variables scripts set in the environment, globals and collection persist across iterations.
            var persistent = baseContext
            var local = VariableScope(.run)
            for iteration in selected {
                if isCancelled { break }
                let events = IterationEvents(buffered: false, deliver: { [unowned self] in self.deliver($0) })
                events.record(.iterationStarted(iteration, iterations))
                var state = IterationState(base: baseContext, persistent: persistent, iteration: iteration, inputs: inputs)
                state.exported = exported
                state.local = local
                var stepRunner = stepRunner(iteration: iteration, of: iterations, saver: saver, events: events)
                let end = runIteration(iteration, steps: steps, state: &state, stepRunner: &stepRunner, events: events)
                persistent = state.persistent
                exported = state.exported
                local = state.local
                if state.bailed { bailed = true }
                if end == .stopRun { break }
            }
            globals = persistent.globals
        }

        var result = RunResult(
            collectionName: plan.name, collectionID: inputs.collection.info.id,
            environmentName: inputs.environment?.name, startedAt: started, finishedAt: now(), iterationCount: iterations,
            executions: lock.withLock { kept }, summary: lock.withLock { summary },
            diagnostics: lock.withLock { log.entries }, interrupted: isCancelled,
            bailed: bailed, finalEnvironment: exported, finalGlobals: globals)
        result.options = options.reportedOptions
        result.shard = options.shard
        return result
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

    /// Records a run-wide diagnostic, and shows it the first time.
    private func raise(_ diagnostic: Diagnostic) {
        let isNew = lock.withLock {
            let before = log.entries.count
            log.add(diagnostic)
            return log.entries.count > before
        }
        if isNew { for reporter in reporters { reporter.diagnosticRaised(diagnostic) } }
    }

    /// The step runner of one iteration: its scripts know the iteration, its attempts go to `events`.
    private func stepRunner(iteration: Int, of iterations: Int, saver: OutputSaver?, events: IterationEvents) -> StepRunner {
        var stepRunner = StepRunner(
            executor: executor, saver: saver, dynamicVariables: dynamicVariables, now: now,
            allowHTTPErrors: options.allowHTTPErrors,
            wait: { [unowned self] milliseconds in self.waitForInterruption(milliseconds: milliseconds) },
            attemptFinished: { attempt, name in events.record(.attempt(attempt, name)) })
        if let host = scriptHost {
            stepRunner.scripts = StepScripts(
                host: host, iteration: iteration, iterationCount: iterations, environmentName: inputs.environment?.name,
                sender: executor, cookieJar: options.cookieJar)
        }
        return stepRunner
    }

    /// An iteration's event, handed to the reporters (at once, or in iteration order with `--parallel`).
    private func deliver(_ event: IterationEvents.Event) {
        switch event {
        case .iterationStarted(let iteration, let count):
            for reporter in reporters { reporter.iterationStarted(iteration, of: count) }
        case .attempt(let attempt, let name):
            for reporter in reporters { reporter.attemptFinished(attempt, of: name) }
        case .execution(let execution):
            lock.withLock {
                summary.add(execution)
                if options.keepsExecutions { kept.append(execution) }
            }
            for reporter in reporters { reporter.executionFinished(execution) }
            // Reports keep the body's first bytes; checks, captures and saves are done: a body spooled
            // to disk goes now, not at the end of the run.
            execution.response?.body.removeSpoolFile()
        case .diagnostic(let diagnostic):
            raise(diagnostic)
        }
    }

    /// Keeps parallel iterations from starting more steps (after --bail, or the request limit).
    private func stopOthers(bailed: Bool) {
        lock.withLock {
            stopping = true
            if bailed { stoppedByBail = true }
        }
    }

    private var isStopping: Bool { lock.withLock { stopping || cancelled } }

    /// Counts one more request sent; the count so far, this one included.
    private func countSend() -> Int {
        lock.withLock {
            sendCount += 1
            return sendCount
        }
    }

    enum IterationEnd {
        /// The iteration ran to its end (or `setNextRequest(null)` ended it).
        case finished
        /// Nothing more runs: interrupted, --bail, or the request limit.
        case stopRun
    }

    /// One iteration's steps, in order (with `setNextRequest` jumps), from `state`'s variables.
    private func runIteration(
        _ iteration: Int, steps: [PlannedStep], state: inout IterationState, stepRunner: inout StepRunner,
        events: IterationEvents
    ) -> IterationEnd {
        // Variables whose capture failed in this iteration, and the step that failed to capture them.
        var uncaptured: [String: String] = [:]
        var position = 0
        while position < steps.count {
            let step = steps[position]
            if isStopping { return .stopRun }
            let sent = countSend()
            if sent > 1, options.delayMilliseconds > 0 {
                if waitForInterruption(milliseconds: options.delayMilliseconds) { return .stopRun }
            }
            if sent > options.maximumRequests {
                events.record(
                    .diagnostic(
                        Diagnostic(.error, "stopped after \(options.maximumRequests) requests: setNextRequest keeps the run going round (--max-requests raises the limit)", names: [])))
                return .stopRun
            }
            let startedAt = now()
            let result = stepRunner.run(step, context: state.context, localVariables: state.local, uncaptured: uncaptured)
            if let changed = result.variables {
                for (key, value) in changed.environment.entries where state.context.environment[key] != value {
                    state.exported.set(key, value)
                    if value.isSecret { executor.redactor.register(value.value) }
                }
                for (key, _) in state.context.environment.entries where changed.environment[key] == nil {
                    state.exported.remove(key)
                }
                state.context.environment = changed.environment
                state.context.globals = changed.globals
                state.context.collection = changed.collection
                state.context.run = changed.run
                state.persistent.environment = changed.environment
                state.persistent.globals = changed.globals
                state.persistent.collection = changed.collection
            }
            if let changedLocal = result.localVariables { state.local = changedLocal }
            // A value a script stored under a name that says it holds a credential
            // (`pm.variables.set("password", …)`) is kept out of output like a secret variable, in every scope.
            let scopes = [state.local, state.context.environment, state.context.collection, state.context.globals]
            for scope in scopes {
                for (key, value) in scope.entries where StepRunner.looksSecret(key) { executor.redactor.register(value.value) }
            }
            let outcome = result.outcome
            let names = [step.displayName, step.request.displayName]
            for warning in outcome.warnings + result.warnings {
                let text = warning.hasPrefix(step.request.displayName) ? warning : "\(step.displayName): \(warning)"
                events.record(.diagnostic(Diagnostic(.warning, text, names: names)))
            }
            for capture in result.captures {
                state.context.run.set(capture.name, capture.value, isSecret: capture.isSecret)
                state.context.unset.remove(capture.name)
                uncaptured[capture.name] = nil
                state.exported.set(capture.name, capture.value, isSecret: capture.isSecret)
                if capture.isSecret { executor.redactor.register(capture.value) }
            }
            for variable in result.failedCaptures {
                state.context.unset.insert(variable)
                uncaptured[variable] = step.displayName
            }
            var execution = RequestExecution(
                id: "\(iteration)-\(step.wholePosition ?? position)", iteration: iteration, itemID: step.request.id,
                name: step.request.name, folderPath: step.request.folderPath, stepName: step.flowStep?.name,
                startedAt: startedAt, request: outcome.sent, response: outcome.response,
                error: outcome.cancelled ? "interrupted" : outcome.error, assertions: result.assertions,
                attempts: result.attempts, captures: result.captures.map { ($0.name, $0.value) },
                savedFile: result.savedFile, skipped: result.skipped, httpError: result.httpError)
            execution.console = result.console
            execution.visualizer = result.visualizer
            events.record(.execution(execution))
            if outcome.cancelled { return .stopRun }
            if options.bail, execution.failed {
                state.bailed = true
                return .stopRun
            }
            // setNextRequest: by name or id among what runs; null ends the iteration (Newman's rules).
            if let next = result.nextRequest {
                guard let name = next else { return .finished }
                if let target = steps.firstIndex(where: { $0.request.name == name || $0.request.id == name }) {
                    position = target
                    continue
                }
                events.record(
                    .diagnostic(
                        Diagnostic(.warning, "\(step.request.displayName): setNextRequest(\"\(name)\") names no request of this run; the run goes on in order", names: [step.request.displayName])))
            }
            position += 1
        }
        return .finished
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

/// One iteration's variables and what it ran.
struct IterationState {
    var context: VariableContext
    var persistent: VariableContext
    var exported: VariableScope
    var local = VariableScope(.run)
    var bailed = false

    /// The iteration's start: `persistent`'s variables, its data row, no captures of another iteration.
    init(base: VariableContext, persistent: VariableContext, iteration: Int, inputs: RunInputs) {
        var context = persistent
        context.run = base.run
        context.unset = base.unset
        context.iterationData = VariableScope(.iterationData)
        for (key, value) in inputs.dataVariables(for: iteration) { context.iterationData.set(key, value) }
        self.context = context
        self.persistent = persistent
        self.exported = base.environment
    }
}

/// What an iteration reports: passed on at once, or kept until the iterations before it are done.
final class IterationEvents: @unchecked Sendable {
    enum Event {
        case iterationStarted(Int, Int)
        case attempt(Attempt, String)
        case execution(RequestExecution)
        case diagnostic(Diagnostic)
    }

    private let buffered: Bool
    private let deliver: (Event) -> Void
    private let lock = NSLock()
    private var events: [Event] = []

    init(buffered: Bool, deliver: @escaping (Event) -> Void = { _ in }) {
        self.buffered = buffered
        self.deliver = deliver
    }

    func record(_ event: Event) {
        if buffered { lock.withLock { events.append(event) } } else { deliver(event) }
    }

    var recorded: [Event] { lock.withLock { events } }
}

/// Hands finished iterations' events to the reporters in iteration order, so live output reads as a
/// sequential run's does, then concludes each iteration's variables in that order. It is the reorder
/// buffer of `--parallel`: an iteration waits to start while `window` finished ones wait for earlier ones,
/// so that what is buffered stays bounded however long the run.
final class IterationGate: @unchecked Sendable {
    private let condition = NSCondition()
    private var order: ArraySlice<Int>
    private var delivered = 0
    private let window: Int
    private var finished: [Int: (events: [IterationEvents.Event], state: IterationState?)] = [:]
    private let deliver: (IterationEvents.Event) -> Void
    private let conclude: (IterationState) -> Void

    init(
        first order: [Int], window: Int, deliver: @escaping (IterationEvents.Event) -> Void,
        conclude: @escaping (IterationState) -> Void
    ) {
        self.order = order[...]
        self.window = max(1, window)
        self.deliver = deliver
        self.conclude = conclude
    }

    /// Waits until the iteration at `position` (among the iterations in order) may start.
    func waitForRoom(_ position: Int) {
        condition.lock()
        while position >= delivered + window { condition.wait() }
        condition.unlock()
    }

    func finished(_ iteration: Int, events: [IterationEvents.Event], state: IterationState) {
        store(iteration, (events, state))
    }

    /// An iteration handed out but not run (the run stopped meanwhile).
    func skipped(_ iteration: Int) { store(iteration, ([], nil)) }

    private func store(_ iteration: Int, _ entry: (events: [IterationEvents.Event], state: IterationState?)) {
        condition.lock()
        defer { condition.unlock() }
        finished[iteration] = entry
        while let next = order.first, let ready = finished.removeValue(forKey: next) {
            order.removeFirst()
            for event in ready.events { deliver(event) }
            if let state = ready.state { conclude(state) }
            delivered += 1
        }
        condition.broadcast()
    }
}

/// The iterations still to start, handed out in order to the parallel workers.
final class IterationQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining: ArraySlice<Int>
    private var position = 0

    init(_ iterations: [Int]) { remaining = iterations[...] }

    /// The next iteration and its position among the iterations in order.
    func next() -> (position: Int, iteration: Int)? {
        lock.withLock {
            guard let iteration = remaining.popFirst() else { return nil }
            defer { position += 1 }
            return (position, iteration)
        }
    }
}
