import Foundation
import PostieCore
import PostieJSON
import PostieScript

/// Runs a collection's scripts as Postman's sandbox does, on PostieScript: each script with its own `pm`,
/// legacy globals and state in a realm put back as it was after the script before (the bootstrap and
/// the libraries made once per realm), the variables it changes passed on to the next.
///
/// Everything JavaScript happens on one thread with a large stack; `run` hands work to it and waits.
public final class PostmanSandbox: ScriptHost, @unchecked Sendable {
    public struct Options: Sendable {
        /// `--timeout-script`: the longest one script (with its timers) may take; nil for no limit.
        public var timeout: Duration?
        /// Timers wait for their delays as Postman's do (true), or run at once (tests).
        public var timersWaitInRealTime: Bool
        public var limits: ScriptLimits
        /// The environment the engine reads `TZ` from.
        public var environment: [String: String]

        public init(
            timeout: Duration? = nil, timersWaitInRealTime: Bool = true, limits: ScriptLimits = ScriptLimits(),
            environment: [String: String] = ProcessInfo.processInfo.environment
        ) {
            self.timeout = timeout
            self.timersWaitInRealTime = timersWaitInRealTime
            self.limits = limits
            self.environment = environment
        }
    }

    let options: Options
    private let thread: ScriptThread
    /// Only touched on `thread`.
    private let engine: SandboxEngine

    public init(options: Options = Options()) {
        self.options = options
        thread = ScriptThread()
        var limits = options.limits
        limits.timeout = options.timeout
        engine = thread.perform { SandboxEngine(limits: limits, realTimers: options.timersWaitInRealTime, environment: options.environment) }
    }

    public func run(_ event: ScriptEventInput) -> ScriptEventOutcome {
        let stopped = self.stopped
        return thread.perform {
            engine.isStopped = { stopped.isSet }
            return engine.run(event)
        }
    }

    /// Set by `interrupt()`: no script starts after it (an event of 3,000 scripts ends with the one running).
    private let stopped = StopFlag()

    /// For the sandbox's own tests: one script with a JSON context, prepared `pm.sendRequest` answers
    /// and cookies.
    func runCase(
        context: JSONValue, script: String, event: ScriptEventInput, responses: [JSONValue], cookies: [JSONValue]
    ) -> (collected: JSONValue?, console: [ScriptConsoleEntry], error: ScriptFailure?) {
        thread.perform {
            var pending = responses
            engine.testResponder = { _ in
                guard !pending.isEmpty else { return .failure(ScriptRequestError("no host response prepared")) }
                let answer = pending.removeFirst()
                if let message = answer["error"]?["message"]?.stringValue { return .failure(ScriptRequestError(message)) }
                return .success(answer)
            }
            engine.cookieJar = SandboxCookieJar(seed: cookies)
            defer { engine.testResponder = nil }
            return engine.runRaw(context: context, script: script, event: event)
        }
    }

    /// For the sandbox's own tests: how many realms the scripts so far have needed.
    func realmsMade() -> Int {
        thread.perform { engine.realmsMade }
    }

    /// For the sandbox's own tests: the cells alive in the current realm.
    func liveCells() -> Int {
        thread.perform { engine.liveCells }
    }

    public func syntaxError(in source: String, name: String) -> ScriptSyntaxProblem? {
        thread.perform { engine.syntaxError(in: source, name: name) }
    }

    /// Stops the script running now (Ctrl-C), from any thread.
    public func interrupt() {
        stopped.set()
        engine.interruptHandle.interrupt()
    }
}

/// The sandbox's state on the script thread: one runtime for the whole run, compiled scripts and
/// libraries cached by their source.
final class SandboxEngine {
    let runtime: ScriptRuntime
    let interruptHandle: ScriptInterrupt
    private var scripts: [String: CompiledScript] = [:]
    private var syntaxErrors: [String: ScriptFailure] = [:]
    private var libraries: [String: CompiledScript] = [:]
    private var bootstrap: CompiledScript?
    /// Whether the run was interrupted (see `PostmanSandbox.interrupt()`).
    var isStopped: () -> Bool = { false }
    /// The realm scripts run in, reused (globals reset after each script) and replaced every
    /// `scriptsPerRealm` scripts, or sooner when the cyclic garbage of its scripts (freed only when the
    /// realm is replaced) passes `garbageCellsPerRealm`, so libraries load once per realm and memory
    /// stays bounded.
    private var current: SandboxRealm?
    static let scriptsPerRealm = 1024
    /// The cells a realm may gain over what it held after its first script (libraries loaded) before
    /// it is replaced: cyclic garbage, freed only then (64 five-check scripts left ~15,000 before their
    /// chains stopped keeping the bodies they tested).
    static let garbageCellsPerRealm = 20_000
    /// A realm holding more cells than this (cyclic garbage of earlier scripts) is replaced early.
    static let liveCellsPerRealm = 1_500_000
    /// Realms made so far (the sandbox's tests check that scripts share them).
    private(set) var realmsMade = 0
    /// The cells alive in the current realm (the sandbox's tests check that scripts free theirs).
    var liveCells: Int { current?.realm.liveCellCount ?? 0 }
    /// The run's cookies as `pm.cookies.jar()` sees them.
    var cookieJar = SandboxCookieJar()
    /// Tests answer `pm.sendRequest` with prepared data instead of the network.
    var testResponder: ((JSONValue) -> Result<JSONValue, ScriptRequestError>)?

    init(limits: ScriptLimits, realTimers: Bool, environment: [String: String]) {
        runtime = ScriptRuntime(limits: limits, environment: environment)
        runtime.timersWaitInRealTime = realTimers
        interruptHandle = runtime.interruptHandle
    }

    func syntaxError(in source: String, name: String) -> ScriptSyntaxProblem? {
        switch compile(source, name: name) {
        case .success: return nil
        case .failure(let failure): return ScriptSyntaxProblem(message: failure.message, line: failure.line ?? 1, column: failure.column ?? 1)
        }
    }

    private func compile(_ source: String, name: String) -> Result<CompiledScript, ScriptFailure> {
        let key = name + "\u{0}" + source
        if let compiled = scripts[key] { return .success(compiled) }
        if let failure = syntaxErrors[key] { return .failure(failure) }
        do throws(ScriptFailure) {
            let compiled = try runtime.compile(source, name: name)
            if scripts.count > 10_000 { scripts.removeAll() }
            scripts[key] = compiled
            return .success(compiled)
        } catch {
            syntaxErrors[key] = error
            return .failure(error)
        }
    }

    /// A bundled library's module function, compiled once.
    func libraryCode(_ name: String) -> CompiledScript? {
        if let compiled = libraries[name] { return compiled }
        guard let source = SandboxLibraries.source(named: name) else { return nil }
        // The module body becomes a function of (module, exports, require); the wrapper keeps line numbers.
        let wrapped = "return (function (module, exports, require) {" + source + "\n})"
        guard let compiled = try? runtime.compile(wrapped, name: SandboxLibraries.fileName(of: name)) else { return nil }
        libraries[name] = compiled
        return compiled
    }

    private func bootstrapCode() throws(ScriptFailure) -> CompiledScript {
        if let bootstrap { return bootstrap }
        guard let source = SandboxLibraries.source(named: "postie:sandbox") else {
            throw ScriptFailure(name: "Error", message: "the sandbox bootstrap is missing", stack: nil, sourceName: nil, line: nil, column: nil, isLimit: false, isSyntaxError: false)
        }
        let compiled = try runtime.compile(source, name: "postie-sandbox.js")
        bootstrap = compiled
        return compiled
    }

    /// Runs one script with a context given as JSON (the sandbox's own tests): what `collect()`
    /// returned, the console lines, and the error that ended the script.
    func runRaw(
        context: JSONValue, script: String, event: ScriptEventInput
    ) -> (collected: JSONValue?, console: [ScriptConsoleEntry], error: ScriptFailure?) {
        var console: [ScriptConsoleEntry] = []
        runtime.console = ConsoleSink { level, text in
            console.append(ScriptConsoleEntry(level: ScriptConsoleEntry.Level(rawValue: level.rawValue) ?? .log, text: text))
        }
        let compiled: CompiledScript
        switch compile(script, name: "script.js") {
        case .success(let made): compiled = made
        case .failure(let failure): return (nil, console, failure)
        }
        let sandboxRealm: SandboxRealm
        switch realmForNextScript() {
        case .success(let made): sandboxRealm = made
        case .failure(let failure): return (nil, console, failure)
        }
        defer { finishScript(in: sandboxRealm) }
        sandboxRealm.activeHost = SandboxHost(engine: self, realm: sandboxRealm, event: event, variables: event.variables)
        var failure: ScriptFailure?
        do throws(ScriptFailure) {
            try sandboxRealm.start(context: contextValue(context, for: event, in: sandboxRealm))
            try runtime.run(compiled, in: sandboxRealm.realm)
        } catch {
            if error.name != "PostieSkipRequest" { failure = error }
        }
        let collected = sandboxRealm.collect()
        return (collected, console, failure)
    }

    // MARK: Realms

    /// The realm the next script runs in: the current one, or a new one with the bootstrap run in it.
    private func realmForNextScript() -> Result<SandboxRealm, ScriptFailure> {
        if let current, current.scripts < Self.scriptsPerRealm, !current.isSpoiled,
            current.realm.liveCellCount < Self.liveCellsPerRealm,
            current.realm.liveCellCount - current.cellsAfterFirstScript < Self.garbageCellsPerRealm
        {
            return .success(current)
        }
        current?.realm.tearDown()
        current = nil
        let realm = runtime.makeRealm()
        realmsMade += 1
        do throws(ScriptFailure) {
            let made = try SandboxRealm(realm: realm, runtime: runtime, bootstrap: try bootstrapCode())
            current = made
            return .success(made)
        } catch {
            realm.tearDown()
            return .failure(error)
        }
    }

    /// Puts the global object back as `start` left it (the script's own globals gone).
    private func finishScript(in sandboxRealm: SandboxRealm) {
        sandboxRealm.scripts += 1
        if sandboxRealm.scripts == 1 { sandboxRealm.cellsAfterFirstScript = sandboxRealm.realm.liveCellCount }
        sandboxRealm.activeHost = nil
        if !sandboxRealm.resetGlobals() { sandboxRealm.isSpoiled = true }
    }

    /// The script's `__postieContext` as a value of the current realm. An event whose scripts opt out
    /// of the legacy globals (`"use sandbox2"`) gets `disableLegacy`.
    private func contextValue(_ context: JSONValue, for event: ScriptEventInput, in sandboxRealm: SandboxRealm) -> JSValue {
        runtime.enter(sandboxRealm.realm)
        let value = runtime.value(from: context)
        if event.scripts.contains(where: { $0.source.hasPrefix("\"use sandbox2\"") || $0.source.hasPrefix("'use sandbox2'") }) {
            _ = try? value.asObject?.set(runtime.propertyKey("disableLegacy"), .true, runtime)
        }
        return value
    }

    /// The last response body given to a script, as text: the scripts of one request (and requests
    /// answered alike) share it rather than decoding the bytes again. Strings are immutable values.
    private var lastBody: (bytes: Data, text: JSString)?
    /// Bodies up to this size are kept for the next script.
    static let sharedBodyLimit = 1 << 20

    /// Puts the response body, decoded as UTF-8, in the context's `response.body`.
    private func setResponseBody(_ bytes: Data, in context: JSValue) {
        let text: JSString
        if let lastBody, lastBody.bytes == bytes {
            text = lastBody.text
        } else {
            text = JSString(bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) })
            // A large body is not kept past its scripts.
            lastBody = bytes.count <= Self.sharedBodyLimit ? (bytes, text) : nil
        }
        guard let context = context.asObject, let made = try? context.get(runtime.propertyKey("response"), runtime),
            let response = made.asObject
        else { return }
        _ = try? response.set(runtime.propertyKey("body"), .string(text), runtime)
    }

    // MARK: Running an event

    func run(_ event: ScriptEventInput) -> ScriptEventOutcome {
        var outcome = ScriptEventOutcome(variables: event.variables, localVariables: event.localVariables)
        var request = event.request
        var assertionCount = event.assertionOffset
        for script in event.scripts {
            // Interrupted: the scripts after the one that was stopped do not start.
            if isStopped() { break }
            let name = script.displayName(for: event.kind)
            let compiled: CompiledScript
            switch compile(script.source, name: name) {
            case .success(let made): compiled = made
            case .failure(let failure):
                outcome.errors.append(ScriptError(script: name, name: failure.name, message: failure.message, line: failure.line, column: failure.column))
                continue
            }
            let sandboxRealm: SandboxRealm
            switch realmForNextScript() {
            case .success(let made): sandboxRealm = made
            case .failure(let error):
                outcome.errors.append(ScriptError(script: name, name: error.name, message: "the sandbox did not start: \(error.message)"))
                continue
            }
            let realm = sandboxRealm.realm
            defer { finishScript(in: sandboxRealm) }
            sandboxRealm.activeHost = SandboxHost(engine: self, realm: sandboxRealm, event: event, variables: outcome.variables)
            var console: [ScriptConsoleEntry] = []
            runtime.console = ConsoleSink { level, text in
                console.append(ScriptConsoleEntry(level: ScriptConsoleEntry.Level(rawValue: level.rawValue) ?? .log, text: text))
            }
            let context = SandboxContext.make(
                event: event, script: script, variables: outcome.variables, local: outcome.localVariables, request: request,
                assertionOffset: assertionCount)
            do throws(ScriptFailure) {
                let value = contextValue(context, for: event, in: sandboxRealm)
                if let response = event.response { setResponseBody(response.body, in: value) }
                try sandboxRealm.start(context: value)
            } catch {
                outcome.errors.append(ScriptError(script: name, name: error.name, message: "the sandbox did not start: \(error.message)"))
                outcome.console += console
                sandboxRealm.isSpoiled = true
                continue
            }
            do throws(ScriptFailure) {
                try runtime.run(compiled, in: realm)
            } catch {
                // pm.execution.skipRequest() ends the script by throwing this; it is not an error.
                if error.name != "PostieSkipRequest" {
                    outcome.errors.append(
                        ScriptError(script: name, name: error.name, message: error.message, line: error.line, column: error.column, stack: error.stack))
                }
            }
            let collected = sandboxRealm.collect()
            outcome.console += console
            guard let collected else { continue }
            let result = SandboxResult(collected)
            assertionCount += result.assertions.count
            outcome.assertions += result.assertions
            result.apply(to: &outcome, request: &request, kind: event.kind)
        }
        if request != event.request { outcome.request = request }
        return outcome
    }
}

/// A flag set once, from any thread.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
