/// Suspending and resuming frames: `await` (ECMA-262 §27.7.5.3 Await), generators (§27.5.3).
extension ScriptRuntime {
    /// Copies the frame at `index` into a heap object and removes it from the stack.
    private func snapshot(_ index: Int, resumeRegister: Register, delegating: Bool = false, rewind: Bool = false) -> SuspendedFrame {
        var frame = frames[index]
        if rewind { frame.pc -= 1 }
        let registers = ContiguousArray(UnsafeBufferPointer(start: stack.base + frame.base, count: frame.code.registerCount))
        let suspended = SuspendedFrame(frame: frame, registers: registers, registry: registry)
        suspended.resumeRegister = resumeRegister
        suspended.isDelegating = delegating
        return suspended
    }

    /// `await value` in the frame at `index`: returns (true, promise) when the run loop must return.
    func suspendForAwait(frameIndex index: Int, value: JSValue, destination: Register) throws(JSException) -> (Bool, JSValue) {
        let frame = frames[index]
        if case .generator(let generator) = frame.completion, generator.asyncRequests != nil, frame.isEntry {
            // An async generator's body: the driver waits for the value (AsyncGeneratorBuiltins).
            generator.pendingAwait = value
            generator.suspended = snapshot(index, resumeRegister: destination)
            generator.state = .suspendedYield
            popFrame()
            return (true, .undefined)
        }
        guard case .asyncFunction(let promise) = frame.completion else {
            throw makeException(.syntaxError, "await is only valid in async functions and the top level bodies of modules")
        }
        let awaited = try promiseResolve(value)
        let suspended = snapshot(index, resumeRegister: destination)
        performThen(awaited, onFulfilled: .resumeAsync(suspended), onRejected: .resumeAsync(suspended), target: .none)
        popFrame()
        if frame.isEntry { return (true, .object(promise)) }
        stack.base[frames[index - 1].base + frame.returnRegister] = .object(promise)
        return (false, .undefined)
    }

    /// Puts a suspended frame back on the stack as an entry frame.
    private func restore(_ suspended: SuspendedFrame) throws(JSException) -> Int? {
        guard var frame = suspended.frame else { return nil }
        suspended.frame = nil
        if frames.count >= limits.maximumCallDepth {
            throw makeException(.rangeError, "Maximum call stack size exceeded")
        }
        let base = frames.registerTop
        guard stack.reserve(upTo: base + frame.code.registerCount) else {
            throw makeException(.rangeError, "Maximum call stack size exceeded")
        }
        let registers = stack.base + base
        for (offset, value) in suspended.registers.enumerated() { registers[offset] = value }
        suspended.registers = []
        frame.base = base
        frame.isEntry = true
        frame.returnRegister = -1
        frames.append(frame)
        if frame.function.realm !== realm { enter(frame.function.realm) }
        return base
    }

    /// Resumes an async function after its awaited promise settled.
    func resumeAsync(_ suspended: SuspendedFrame, mode: ResumeMode, value: JSValue) throws(JSException) {
        let previousRealm = realm!
        defer { if realm !== previousRealm { enter(previousRealm) } }
        // The restored frame borrows its function from `suspended`.
        defer { withExtendedLifetime(suspended) {} }
        guard let base = try restore(suspended) else { return }
        if mode == .throw {
            _ = try execute(pending: JSException(value))
        } else {
            stack.base[base + Int(suspended.resumeRegister)] = value
            _ = try execute()
        }
    }

    // MARK: Generators

    /// The generator's first suspension, before its body: the call returns the generator object.
    func suspendAtStart(frameIndex index: Int) -> (Bool, JSValue) {
        let frame = frames[index]
        guard case .generator(let generator) = frame.completion else { return (frame.isEntry, .undefined) }
        generator.suspended = snapshot(index, resumeRegister: 0)
        generator.state = .suspendedStart
        popFrame()
        if !frame.isEntry {
            stack.base[frames[index - 1].base + frame.returnRegister] = .object(generator)
        }
        return (frame.isEntry, .object(generator))
    }

    /// `yield value`: suspends and gives `{ value, done: false }` to `next`'s caller.
    func suspendGenerator(frameIndex index: Int, yielding value: JSValue, destination: Register) -> JSValue {
        let frame = frames[index]
        if case .generator(let generator) = frame.completion {
            generator.suspended = snapshot(index, resumeRegister: destination)
            generator.state = .suspendedYield
        }
        popFrame()
        return .object(realm.iteratorResult(value, done: false))
    }

    /// `generator.next(v)`, `.throw(e)`, `.return(v)` (ECMA-262 §27.5.3.3 GeneratorResume and
    /// §27.5.3.4 GeneratorResumeAbrupt).
    func resumeGenerator(_ generator: JSGenerator, mode: ResumeMode, value: JSValue) throws(JSException) -> JSValue {
        switch generator.state {
        case .executing:
            throw makeException(.typeError, "Generator is already running")
        case .completed:
            switch mode {
            case .next: return .object(realm.iteratorResult(.undefined, done: true))
            case .throw: throw JSException(value)
            case .return: return .object(realm.iteratorResult(value, done: true))
            }
        case .suspendedStart where mode != .next:
            generator.state = .completed
            generator.suspended = nil
            if mode == .throw { throw JSException(value) }
            return .object(realm.iteratorResult(value, done: true))
        default:
            break
        }
        guard let suspended = generator.suspended else {
            generator.state = .completed
            return .object(realm.iteratorResult(.undefined, done: true))
        }
        let wasStart = generator.state == .suspendedStart
        generator.suspended = nil
        // The restored frame borrows its function from `suspended`.
        defer { withExtendedLifetime(suspended) {} }
        generator.state = .executing
        generator.resumeMode = mode
        generator.resumeValue = value
        let previousRealm = realm!
        defer { if realm !== previousRealm { enter(previousRealm) } }
        guard let base = try restore(suspended) else { return .object(realm.iteratorResult(.undefined, done: true)) }
        if suspended.isDelegating {
            return try execute()
        }
        switch mode {
        case .next:
            if !wasStart { stack.base[base + Int(suspended.resumeRegister)] = value }
            return try execute()
        case .throw:
            return try execute(pending: JSException(value))
        case .return:
            if try enterFinallyForReturn(value) { return try execute() }
            return try completeFrame(frames.count - 1, returning: value) ?? .undefined
        }
    }

    /// A return completion at the top frame's current point: runs the innermost enclosing `finally`
    /// with a return completion (kind 2). False when there is none.
    func enterFinallyForReturn(_ value: JSValue) throws(JSException) -> Bool {
        let index = frames.count - 1
        let code = frames[index].code
        let pc = frames[index].pc - 1
        for handler in code.handlers where handler.isFinally && Int(handler.start) <= pc && pc < Int(handler.end) {
            var scope = frames[index].scope
            var depth = frames[index].scopeDepth
            while depth > Int(handler.scopeDepth) {
                scope = scope?.parent
                depth -= 1
            }
            frames[index].scope = scope
            frames[index].scopeDepth = depth
            let registers = stack.base + frames[index].base
            registers[Int(handler.valueRegister)] = value
            registers[Int(handler.kindRegister)] = .number(2)
            frames[index].pc = Int(handler.target)
            return true
        }
        return false
    }

    /// What a `yield*` step decided.
    enum DelegateOutcome {
        /// The inner iterator finished; its value is in the destination register.
        case finished
        /// Suspended: the run loop returns this result object to `next`'s caller.
        case suspended(JSValue)
        /// The outer generator must return this value (inner `return` completed).
        case returning(JSValue)
    }

    /// One step of `yield* iterable` (ECMA-262 §15.5.5 YieldExpression: yield* evaluation).
    func delegateYield(frameIndex index: Int, destination: Register, iterator record: UnsafeMutablePointer<JSValue>) throws(JSException) -> DelegateOutcome {
        guard case .generator(let generator) = frames[index].completion else { return .finished }
        let mode = generator.resumeMode
        let received = generator.resumeValue
        generator.resumeMode = .next
        generator.resumeValue = .undefined
        let iterator = record[0]
        var result: JSValue
        switch mode {
        case .next:
            result = try call(record[1], this: iterator, arguments: [received])
        case .throw:
            let method = try getProperty(iterator, names.throw_)
            if method.isNullish {
                iteratorCloseQuietly(record)
                throw makeException(.typeError, "The iterator does not provide a 'throw' method")
            }
            result = try call(method, this: iterator, arguments: [received])
        case .return:
            let method = try getProperty(iterator, names.return_)
            if method.isNullish { return .returning(received) }
            result = try call(method, this: iterator, arguments: [received])
        }
        guard case .object(let object) = result else {
            throw makeException(.typeError, "Iterator result \(describeForError(result)) is not an object")
        }
        if try object.get(names.done, self).toBoolean {
            let value = try object.get(names.value, self)
            if mode == .return { return .returning(value) }
            stack.base[frames[index].base + Int(destination)] = value
            return .finished
        }
        generator.suspended = snapshot(index, resumeRegister: destination, delegating: true, rewind: true)
        generator.state = .suspendedYield
        popFrame()
        return .suspended(result)
    }
}

extension SuspendedFrame {
    /// The register that receives the value the frame is resumed with.
    var resumeRegister: Register {
        get { Register(truncatingIfNeeded: storedResumeRegister) }
        set { storedResumeRegister = Int(newValue) }
    }
}
