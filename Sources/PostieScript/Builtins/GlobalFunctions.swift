import Foundation

/// Global functions (ECMA-262 §19.2): `eval`, `isNaN`, `isFinite`, `parseInt`, `parseFloat`, and the
/// host's `queueMicrotask`, `setTimeout` family, `print`.
enum GlobalFunctions {
    static let builders: [String: GlobalBindings.Builder] = {
        var table: [String: GlobalBindings.Builder] = [
            "isNaN": { realm in (.object(realm.nativeFunction("isNaN", length: 1) { rt, _, arguments throws(JSException) in
                .bool(try rt.toNumber(arguments[0]).isNaN)
            }), .hidden) },
            "isFinite": { realm in (.object(realm.nativeFunction("isFinite", length: 1) { rt, _, arguments throws(JSException) in
                .bool(try rt.toNumber(arguments[0]).isFinite)
            }), .hidden) },
            "parseInt": { realm in (.object(realm.parseIntFunction), .hidden) },
            "parseFloat": { realm in (.object(realm.parseFloatFunction), .hidden) },
            "queueMicrotask": { realm in (.object(realm.nativeFunction("queueMicrotask", length: 1) { rt, _, arguments throws(JSException) in
                guard arguments[0].isCallable else {
                    throw rt.makeException(.typeError, "The \"callback\" argument must be of type function. Received \(rt.describeForError(arguments[0]))")
                }
                rt.enqueue(.callback(arguments[0]))
                return .undefined
            }), .hidden) },
            "setTimeout": { realm in (.object(realm.nativeFunction("setTimeout", length: 2) { rt, _, arguments throws(JSException) in
                try rt.addTimer(arguments, repeating: false)
            }), .hidden) },
            "setInterval": { realm in (.object(realm.nativeFunction("setInterval", length: 2) { rt, _, arguments throws(JSException) in
                try rt.addTimer(arguments, repeating: true)
            }), .hidden) },
            "setImmediate": { realm in (.object(realm.nativeFunction("setImmediate", length: 1) { rt, _, arguments throws(JSException) in
                var list = arguments.array
                if list.count > 1 { list.insert(.number(0), at: 1) } else { list.append(.number(0)) }
                return try list.withUnsafeBufferPointer { buffer throws(JSException) in
                    try rt.addTimer(Arguments(base: buffer.baseAddress, count: buffer.count), repeating: false)
                }
            }), .hidden) },
        ]
        for name in ["clearTimeout", "clearInterval", "clearImmediate"] {
            table[name] = { realm in (.object(realm.nativeFunction(name, length: 1) { rt, _, arguments throws(JSException) in
                if case .number(let id) = arguments[0], let timer = elementIndex(id) { rt.timers.cancel(timer) }
                return .undefined
            }), .hidden) }
        }
        for (name, builder) in URIFunctions.builders { table[name] = builder }
        return table
    }()

    /// `eval(x)` called other than directly: global code (ECMA-262 §19.2.1.1 PerformEval, indirect).
    static func indirectEval(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        guard case .string(let source) = arguments[0] else { return arguments[0] }
        let code = try rt.compileForEval(source.string, name: "<eval>", mode: .global)
        return try rt.runGlobalCode(code)
    }
}

extension Realm {
    var parseIntFunction: JSFunction {
        intrinsic(.host("parseInt")) { realm in
            realm.nativeFunction("parseInt", length: 2) { rt, _, arguments throws(JSException) in
                let text = try rt.toJSString(arguments[0])
                let radix = try rt.toInt32(arguments[1])
                return .number(NumberConversion.parseInt(text.units, radix: radix))
            }
        } as! JSFunction
    }

    var parseFloatFunction: JSFunction {
        intrinsic(.host("parseFloat")) { realm in
            realm.nativeFunction("parseFloat", length: 1) { rt, _, arguments throws(JSException) in
                .number(NumberConversion.parseFloat(try rt.toJSString(arguments[0]).units))
            }
        } as! JSFunction
    }
}

extension ScriptRuntime {
    /// Parses and compiles code for eval or `Function`, turning a syntax error into a SyntaxError.
    func compileForEval(
        _ source: String, name: String, mode: CompileMode, dynamicParametersEnd: Int32? = nil
    ) throws(JSException) -> FunctionCode {
        var cacheKey: StringContentKey?
        if case .global = mode {
            let key = StringContentKey(string: JSString(source))
            if let cached = evalCache[key] { return cached }
            cacheKey = key
        }
        let text = SourceText(name: name, text: source)
        do throws(ParseError) {
            let script = try Parser.parse(text, goal: .eval, limits: ParseLimits(), dynamicParametersEnd: dynamicParametersEnd)
            let code = try CodeGenerator.compile(script, runtime: self, mode: mode)
            if let cacheKey {
                if evalCache.count > 256 { evalCache.removeAll() }
                evalCache[cacheKey] = code
            }
            return code
        } catch {
            throw makeException(.syntaxError, error.message)
        }
    }

    /// Runs global code (indirect eval, `Function`) in the current realm.
    func runGlobalCode(_ code: FunctionCode) throws(JSException) -> JSValue {
        let function = JSFunction(self, realm: realm, body: .code(code, scope: nil), shape: functionShape, prototype: realm.functionPrototype, isConstructor: false)
        function.slots = [.number(0), .string(JSString.empty)]
        try pushFrame(function, code: code, scope: nil, this: .object(realm.globalObject), arguments: .none, newTarget: .undefined, returnRegister: -1, isEntry: true, completion: .normal)
        // The frame borrows its function: keep it alive while it runs.
        return try withExtendedLifetime(function) { () throws(JSException) -> JSValue in try execute() }
    }

    /// A direct `eval(x)` from the frame at `frameIndex` (ECMA-262 §19.2.1.1 PerformEval, direct).
    func directEval(_ arguments: Arguments, frameIndex: Int) throws(JSException) -> JSValue {
        guard case .string(let source) = arguments[0] else { return arguments[0] }
        let frame = frames[frameIndex]
        var layouts: [ScopeLayout] = []
        var scope = frame.scope
        while let current = scope {
            layouts.append(current.layout)
            scope = current.parent
        }
        layouts.reverse()
        let strict = frame.code.flags.contains(.strict)
        let code = try compileForEval(source.string, name: "<eval>", mode: .directEval(outer: layouts, strict: strict))
        let this = stack.base[frame.base]
        try pushFrame(frame.function, code: code, scope: frame.scope, this: this, arguments: .none, newTarget: frame.newTarget, returnRegister: -1, isEntry: true, completion: .normal)
        // The frame borrows its code, which is not the function's: keep it alive while it runs.
        return try withExtendedLifetime(code) { () throws(JSException) -> JSValue in try execute() }
    }

    /// `setTimeout(callback, delay, ...args)` on the virtual clock.
    func addTimer(_ arguments: Arguments, repeating: Bool) throws(JSException) -> JSValue {
        let callback = arguments[0]
        guard callback.isCallable else {
            throw makeException(.typeError, "The \"callback\" argument must be of type function. Received \(describeForError(callback))")
        }
        let delay = try toNumber(arguments[1])
        let id = timers.add(callback: callback, delay: delay, arguments: arguments.suffix(from: 2), repeating: repeating)
        return .number(Double(id))
    }

    /// Runs due timers and their jobs until none remain (or `limit` timers ran). As in Node, an
    /// exception a timer does not catch, or a rejection nothing handled once its jobs ran, ends the run.
    public func runTimers(limit: Int = 1_000_000) throws(JSException) {
        var ran = 0
        while ran < limit, let timer = timers.popNext() {
            ran += 1
            try countStep()
            if timersWaitInRealTime { try waitUntil(milliseconds: timer.due) }
            _ = try call(timer.callback, this: .undefined, arguments: timer.arguments)
            try runJobs()
            try throwUnhandledRejection()
        }
    }

    /// Sleeps until `milliseconds` after the run began, or throws the timeout if the deadline comes first.
    func waitUntil(milliseconds: Double) throws(JSException) {
        let due = runStartedAt &+ UInt64(max(0, milliseconds) * 1_000_000)
        var now = monotonicNanoseconds()
        while now < due {
            if let deadline, deadline < due {
                if now >= deadline { try periodicCheck() }
                usleep(useconds_t(min(50_000, (deadline - now) / 1000 + 1)))
                stepsUntilCheck = 0
                try periodicCheck()
            } else {
                usleep(useconds_t(min(50_000, (due - now) / 1000 + 1)))
                if interruptHandle.isRequested { try periodicCheck() }
            }
            now = monotonicNanoseconds()
        }
    }

    /// An uncaught job error or a rejected promise nobody handled, as the run's exception.
    func throwUnhandledRejection() throws(JSException) {
        if let first = uncaughtErrors.first {
            uncaughtErrors.removeAll()
            throw JSException(first)
        }
        if let rejected = unhandledRejections.first {
            unhandledRejections.removeAll()
            throw JSException(rejected.result)
        }
    }

    /// Whether timers are waiting.
    public var hasPendingTimers: Bool { !timers.isEmpty }

    /// Drops pending timers and jobs (the host ends a run).
    public func discardPendingWork() {
        timers.removeAll()
        jobs.removeAll()
        jobReadIndex = 0
    }
}
