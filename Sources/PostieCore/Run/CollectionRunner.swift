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
    /// `--folder`: run only these folders (or requests), in collection order.
    public var folders: [String]
    /// `--delay-request`: milliseconds to wait between requests.
    public var delayMilliseconds: Int
    /// `--bail`: stop at the first failed request or check.
    public var bail: Bool
    /// `--strict`: an unresolved `{{variable}}` anywhere is an error before anything is sent.
    public var strict: Bool

    public init(iterationCount: Int? = nil, folders: [String] = [], delayMilliseconds: Int = 0, bail: Bool = false,
        strict: Bool = false)
    {
        self.iterationCount = iterationCount
        self.folders = folders
        self.delayMilliseconds = delayMilliseconds
        self.bail = bail
        self.strict = strict
    }
}

/// Why a run cannot start.
public enum RunError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--strict` found references that nothing defines.
    case unresolvedVariables([String])

    public var description: String {
        switch self {
        case .unresolvedVariables(let places):
            return "--strict: undefined variables, nothing was sent:\n" + places.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}

/// Runs a collection's requests in order, iteration after iteration, and reports as it goes.
public final class CollectionRunner: @unchecked Sendable {
    public let inputs: RunInputs
    public let options: RunOptions
    public let executor: RequestExecutor
    public let reporters: [any RunReporter]
    public var dynamicVariables: DynamicVariables
    public var now: @Sendable () -> Date

    private let lock = NSLock()
    private var cancelled = false
    private let interruption = DispatchSemaphore(value: 0)

    public init(
        inputs: RunInputs, options: RunOptions, executor: RequestExecutor, reporters: [any RunReporter],
        dynamicVariables: DynamicVariables = DynamicVariables(), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.inputs = inputs
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

    /// The requests this run will send, after `--folder`.
    public func selectedRequests() throws -> [CollectionRequest] {
        options.folders.isEmpty
            ? inputs.collection.flattenedRequests() : try inputs.collection.requests(selecting: options.folders)
    }

    /// Runs everything and returns what happened. Throws only for problems found before anything is sent.
    public func run() throws -> RunResult {
        let requests = try selectedRequests()
        let iterations = inputs.iterationCount(requested: options.iterationCount)
        let baseContext = inputs.initialContext()
        executor.redactor.register(baseContext.secretValues)
        var diagnostics = DiagnosticLog()

        // Unresolved references are found up front: an error with --strict, warnings otherwise.
        let unresolved = preflight(requests, iterations: iterations, baseContext: baseContext)
        if options.strict, !unresolved.isEmpty { throw RunError.unresolvedVariables(unresolved) }

        let started = now()
        for reporter in reporters {
            reporter.runStarted(
                RunStart(
                    collectionName: inputs.collection.info.name, environmentName: inputs.environment?.name,
                    iterationCount: iterations, requestCount: requests.count))
        }
        for request in requests where !request.scripts.isEmpty {
            let kinds = Set(request.scripts.map(\.listen)).sorted().joined(separator: " and ")
            raise(.warning("\(request.displayName): its \(kinds) script was not run (postie does not run scripts)"),
                into: &diagnostics)
        }

        var executions: [RequestExecution] = []
        var environment = baseContext.environment
        var bailed = false
        iterationLoop: for iteration in 0..<iterations {
            if isCancelled { break }
            for reporter in reporters { reporter.iterationStarted(iteration, of: iterations) }
            var context = baseContext
            context.environment = environment
            for (key, value) in inputs.dataRow(for: iteration) { context.iterationData.set(key, value) }
            let resolver = VariableResolver(context: context, dynamicVariables: dynamicVariables)

            for (position, request) in requests.enumerated() {
                if isCancelled { break iterationLoop }
                if position > 0 || iteration > 0, options.delayMilliseconds > 0 {
                    if waitForInterruption(milliseconds: options.delayMilliseconds) { break iterationLoop }
                }
                let startedAt = now()
                let outcome = executor.execute(request, resolver: resolver)
                for reference in outcome.unresolved {
                    raise(.warning("\(request.displayName): \(reference) is not defined; sent as written"), into: &diagnostics)
                }
                for warning in outcome.warnings {
                    let text = warning.hasPrefix(request.displayName) ? warning : "\(request.displayName): \(warning)"
                    raise(.warning(text), into: &diagnostics)
                }
                let execution = RequestExecution(
                    id: "\(iteration)-\(position)", iteration: iteration, itemID: request.id, name: request.name,
                    folderPath: request.folderPath, startedAt: startedAt, request: outcome.sent,
                    response: outcome.response, error: outcome.cancelled ? "interrupted" : outcome.error)
                executions.append(execution)
                for reporter in reporters { reporter.executionFinished(execution) }
                if outcome.cancelled { break iterationLoop }
                if options.bail, execution.failed {
                    bailed = true
                    break iterationLoop
                }
            }
            environment = context.environment
        }

        return RunResult(
            collectionName: inputs.collection.info.name, collectionID: inputs.collection.info.id,
            environmentName: inputs.environment?.name, startedAt: started, finishedAt: now(), iterationCount: iterations,
            executions: executions, diagnostics: diagnostics.entries, interrupted: isCancelled, bailed: bailed,
            finalEnvironment: environment, finalGlobals: baseContext.globals)
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

    /// Every `{{name}}` that no scope defines, for every iteration, as `Folder › Request: {{x}} in the url`.
    func preflight(_ requests: [CollectionRequest], iterations: Int, baseContext: VariableContext) -> [String] {
        var places: [String] = []
        for iteration in 0..<max(iterations, 1) {
            var context = baseContext
            for (key, value) in inputs.dataRow(for: iteration) { context.iterationData.set(key, value) }
            let resolver = VariableResolver(context: context, dynamicVariables: dynamicVariables)
            for request in requests {
                guard let result = try? executor.builder.build(request, resolver: resolver) else { continue }
                if let auth = result.request.auth { executor.redactor.register(AuthSecrets.values(of: auth)) }
                for reference in result.unresolved {
                    let place = "\(request.displayName): \(reference)"
                    if !places.contains(place) { places.append(place) }
                }
            }
            if inputs.iterationData == nil { break }  // without data every iteration resolves alike
        }
        return places
    }

    private func raise(_ diagnostic: Diagnostic, into log: inout DiagnosticLog) {
        let before = log.entries.count
        log.add(diagnostic)
        if log.entries.count > before {
            for reporter in reporters { reporter.diagnosticRaised(diagnostic) }
        }
    }

    /// Sleeps up to `milliseconds`; returns true when the run was interrupted meanwhile.
    private func waitForInterruption(milliseconds: Int) -> Bool {
        if isCancelled { return true }
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
