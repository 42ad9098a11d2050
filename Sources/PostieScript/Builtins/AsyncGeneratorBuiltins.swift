/// Async generators (ECMA-262 §27.6): %AsyncGeneratorPrototype% and the driver that runs an async
/// generator's body between its `await`s and `yield`s.
///
/// The body runs on the synchronous generator machinery; an `await` in it suspends the generator
/// the way `yield` does, marking the value to wait for, and the driver resumes it when that settles.
enum AsyncGeneratorBuiltins {
    static func makeAsyncGeneratorPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.asyncIteratorPrototype)
        for (name, mode) in [("next", ResumeMode.next), ("return", .return), ("throw", .throw)] {
            prototype.addMethod(realm, name, length: 1) { rt, this, arguments throws(JSException) in
                // ECMA-262 §27.6.1.2–4: a bad receiver gives a rejected promise.
                let promise = rt.newPromise()
                guard case .object(let object) = this, object.kind == .generator,
                    let generator = object as? JSGenerator, generator.asyncRequests != nil
                else {
                    let error = rt.makeErrorValue(
                        .typeError, "Method [AsyncGenerator].prototype.\(name) called on incompatible receiver \(rt.describeReceiver(this))")
                    rt.rejectPromise(promise, with: error)
                    return .object(promise)
                }
                rt.asyncGeneratorEnqueue(generator, mode: mode, value: arguments[0], promise: promise)
                return .object(promise)
            }
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(JSString("AsyncGenerator")), flags: [.configurable])
        return prototype
    }
}

/// The requests made of an async generator (ECMA-262 [[AsyncGeneratorQueue]]).
final class AsyncGeneratorRequests {
    struct Request {
        let mode: ResumeMode
        let value: JSValue
        let promise: JSPromise
    }
    var queue: [Request] = []
    /// The body is running or waiting on an `await`: new requests wait their turn.
    var isRunning = false
}

extension ScriptRuntime {
    /// ECMA-262 §27.6.3.3 AsyncGeneratorEnqueue, then runs the generator if it is idle.
    func asyncGeneratorEnqueue(_ generator: JSGenerator, mode: ResumeMode, value: JSValue, promise: JSPromise) {
        guard let requests = generator.asyncRequests else { return }
        requests.queue.append(AsyncGeneratorRequests.Request(mode: mode, value: value, promise: promise))
        if !requests.isRunning { asyncGeneratorDrain(generator) }
    }

    /// Serves queued requests until one leaves the body running (suspended at an `await`).
    private func asyncGeneratorDrain(_ generator: JSGenerator) {
        guard let requests = generator.asyncRequests else { return }
        while !requests.isRunning, let request = requests.queue.first {
            if generator.state == .completed || (generator.state == .suspendedStart && request.mode != .next) {
                // ECMA-262 §27.6.3.9 AsyncGeneratorAwaitReturn / completed-state handling.
                generator.state = .completed
                generator.suspended = nil
                switch request.mode {
                case .next:
                    asyncGeneratorSettle(generator, value: .undefined, done: true)
                case .throw:
                    asyncGeneratorSettle(generator, rejecting: request.value)
                case .return:
                    requests.isRunning = true
                    awaitValue(request.value) { rt, value in
                        requests.isRunning = false
                        rt.asyncGeneratorSettle(generator, value: value, done: true)
                        rt.asyncGeneratorDrain(generator)
                    } onRejected: { rt, reason in
                        requests.isRunning = false
                        rt.asyncGeneratorSettle(generator, rejecting: reason)
                        rt.asyncGeneratorDrain(generator)
                    }
                }
                continue
            }
            requests.isRunning = true
            asyncGeneratorStep(generator, mode: request.mode, value: request.value)
        }
    }

    /// Runs the body from its suspension point until it awaits, yields, returns or throws.
    private func asyncGeneratorStep(_ generator: JSGenerator, mode: ResumeMode, value: JSValue) {
        guard let requests = generator.asyncRequests else { return }
        let result: JSValue
        do throws(JSException) {
            result = try resumeGenerator(generator, mode: mode, value: value)
        } catch {
            requests.isRunning = false
            asyncGeneratorSettle(generator, rejecting: error.value)
            asyncGeneratorDrain(generator)
            return
        }
        if let awaited = generator.pendingAwait {
            generator.pendingAwait = nil
            awaitValue(awaited) { rt, value in
                rt.asyncGeneratorStep(generator, mode: .next, value: value)
            } onRejected: { rt, reason in
                rt.asyncGeneratorStep(generator, mode: .throw, value: reason)
            }
            return
        }
        let done = generator.state == .completed
        let yielded = (try? getProperty(result, names.value)) ?? .undefined
        // `yield v` and `return v` await `v` first (ECMA-262 §27.6.3.8 AsyncGeneratorYield).
        awaitValue(yielded) { rt, value in
            requests.isRunning = false
            rt.asyncGeneratorSettle(generator, value: value, done: done)
            rt.asyncGeneratorDrain(generator)
        } onRejected: { rt, reason in
            if done {
                requests.isRunning = false
                rt.asyncGeneratorSettle(generator, rejecting: reason)
                rt.asyncGeneratorDrain(generator)
            } else {
                rt.asyncGeneratorStep(generator, mode: .throw, value: reason)
            }
        }
    }

    /// ECMA-262 §27.6.3.4 AsyncGeneratorCompleteStep: settles the oldest request.
    private func asyncGeneratorSettle(_ generator: JSGenerator, value: JSValue, done: Bool) {
        guard let requests = generator.asyncRequests, !requests.queue.isEmpty else { return }
        let request = requests.queue.removeFirst()
        resolvePromise(request.promise, with: .object(realm.iteratorResult(value, done: done)))
    }

    private func asyncGeneratorSettle(_ generator: JSGenerator, rejecting reason: JSValue) {
        guard let requests = generator.asyncRequests, !requests.queue.isEmpty else { return }
        let request = requests.queue.removeFirst()
        rejectPromise(request.promise, with: reason)
    }

    /// Waits for `value` as `await` does, then runs one of the continuations as a job.
    private func awaitValue(
        _ value: JSValue, onFulfilled: @escaping (ScriptRuntime, JSValue) -> Void,
        onRejected: @escaping (ScriptRuntime, JSValue) -> Void
    ) {
        let promise: JSPromise
        do throws(JSException) {
            promise = try promiseResolve(value)
        } catch {
            let rejected = newPromise()
            rejectPromise(rejected, with: error.value)
            promise = rejected
        }
        performThen(
            promise,
            onFulfilled: .native({ rt, value throws(JSException) in
                onFulfilled(rt, value)
                return .undefined
            }),
            onRejected: .native({ rt, reason throws(JSException) in
                onRejected(rt, reason)
                return .undefined
            }),
            target: .none)
    }
}
