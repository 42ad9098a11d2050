/// A promise (ECMA-262 §27.2) and the operations on it the engine and built-ins share.
public final class JSPromise: JSObject {
    public enum State { case pending, fulfilled, rejected }
    public internal(set) var state = State.pending
    public internal(set) var result: JSValue = .undefined
    var fulfillReactions: [PromiseReaction] = []
    var rejectReactions: [PromiseReaction] = []
    /// A handler was attached (ECMA-262 [[PromiseIsHandled]]).
    var isHandled = false

    init(_ rt: ScriptRuntime, prototype: JSObject?) {
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .promise)
    }

    override func clearReferences() {
        super.clearReferences()
        fulfillReactions = []
        rejectReactions = []
        result = .undefined
    }
}

/// What runs when a promise settles.
enum PromiseReactionHandler {
    /// A JavaScript callback; `undefined` passes the value (or reason) through.
    case function(JSValue)
    /// Resumes an async function suspended at `await`.
    case resumeAsync(SuspendedFrame)
    /// A host continuation.
    case native((ScriptRuntime, JSValue) throws(JSException) -> JSValue)
}

/// Where a reaction's outcome goes: a promise made by `then`, or nowhere.
enum ReactionTarget {
    case none
    case promise(JSPromise)
    case capability(resolve: JSValue, reject: JSValue)
}

struct PromiseReaction {
    let target: ReactionTarget
    let isFulfill: Bool
    let handler: PromiseReactionHandler
}

extension ScriptRuntime {
    /// A new pending promise of the current realm.
    public func newPromise() -> JSPromise {
        JSPromise(self, prototype: realm.promisePrototype)
    }

    /// ECMA-262 §27.2.1.3.2 Promise Resolve Functions, applied to `promise`.
    public func resolvePromise(_ promise: JSPromise, with resolution: JSValue) {
        guard promise.state == .pending else { return }
        if case .object(let object) = resolution {
            if object === promise {
                rejectPromise(promise, with: makeErrorValue(.typeError, "Chaining cycle detected for promise #<Promise>"))
                return
            }
            let then: JSValue
            do throws(JSException) {
                then = try object.get(names.then, self)
            } catch {
                rejectPromise(promise, with: error.value)
                return
            }
            if then.isCallable {
                enqueue(.resolveThenable(promise, thenable: object, then: then))
                return
            }
        }
        fulfillPromise(promise, with: resolution)
    }

    /// ECMA-262 §27.2.1.4 FulfillPromise.
    func fulfillPromise(_ promise: JSPromise, with value: JSValue) {
        guard promise.state == .pending else { return }
        let reactions = promise.fulfillReactions
        promise.result = value
        promise.state = .fulfilled
        promise.fulfillReactions = []
        promise.rejectReactions = []
        for reaction in reactions { enqueue(.reaction(reaction, value)) }
    }

    /// ECMA-262 §27.2.1.7 RejectPromise.
    public func rejectPromise(_ promise: JSPromise, with reason: JSValue) {
        guard promise.state == .pending else { return }
        let reactions = promise.rejectReactions
        promise.result = reason
        promise.state = .rejected
        promise.fulfillReactions = []
        promise.rejectReactions = []
        if !promise.isHandled { trackRejection(promise, handled: false) }
        for reaction in reactions { enqueue(.reaction(reaction, reason)) }
    }

    /// ECMA-262 §27.2.5.4.1 PerformPromiseThen.
    func performThen(_ promise: JSPromise, onFulfilled: PromiseReactionHandler, onRejected: PromiseReactionHandler, target: ReactionTarget) {
        let fulfill = PromiseReaction(target: target, isFulfill: true, handler: onFulfilled)
        let reject = PromiseReaction(target: target, isFulfill: false, handler: onRejected)
        switch promise.state {
        case .pending:
            promise.fulfillReactions.append(fulfill)
            promise.rejectReactions.append(reject)
        case .fulfilled:
            enqueue(.reaction(fulfill, promise.result))
        case .rejected:
            if !promise.isHandled { trackRejection(promise, handled: true) }
            enqueue(.reaction(reject, promise.result))
        }
        promise.isHandled = true
    }

    /// ECMA-262 §27.2.4.7.1 PromiseResolve(%Promise%, value).
    func promiseResolve(_ value: JSValue) throws(JSException) -> JSPromise {
        if case .object(let object) = value, object.kind == .promise {
            let constructor = try object.get(names.constructor, self)
            if case .object(let found) = constructor, found === realm.promiseConstructor {
                return unsafeDowncast(object, to: JSPromise.self)
            }
        }
        let promise = newPromise()
        resolvePromise(promise, with: value)
        return promise
    }

    /// The resolve and reject functions of a promise (ECMA-262 §27.2.1.3 CreateResolvingFunctions).
    public func resolvingFunctions(for promise: JSPromise) -> (resolve: JSFunction, reject: JSFunction) {
        let settled = SettledFlag()
        let resolve = realm.nativeFunction(JSString.empty, length: 1) { rt, _, arguments throws(JSException) in
            if settled.value { return .undefined }
            settled.value = true
            rt.resolvePromise(promise, with: arguments[0])
            return .undefined
        }
        let reject = realm.nativeFunction(JSString.empty, length: 1) { rt, _, arguments throws(JSException) in
            if settled.value { return .undefined }
            settled.value = true
            rt.rejectPromise(promise, with: arguments[0])
            return .undefined
        }
        return (resolve, reject)
    }

    /// ECMA-262 §9.5.5 HostPromiseRejectionTracker.
    func trackRejection(_ promise: JSPromise, handled: Bool) {
        if handled {
            unhandledRejections.removeAll { $0 === promise }
        } else {
            unhandledRejections.append(promise)
        }
    }

    /// Queues a job (ECMA-262 §9.5.4 HostEnqueuePromiseJob).
    func enqueue(_ job: PendingJob) {
        jobs.append(job)
    }

    /// Runs promise jobs until the queue is empty. Each job counts as a step, so a chain of promises
    /// that never ends (`function g() { Promise.resolve().then(g) }`) meets the deadline, the step
    /// budget, an interrupt and the memory limit as a loop does.
    public func runJobs() throws(JSException) {
        while jobReadIndex < jobs.count {
            try countStep()
            let job = jobs[jobReadIndex]
            jobReadIndex += 1
            if jobReadIndex > 4096 && jobReadIndex * 2 > jobs.count {
                jobs.removeFirst(jobReadIndex)
                jobReadIndex = 0
            }
            try runJob(job)
        }
        jobs.removeAll(keepingCapacity: true)
        jobReadIndex = 0
    }

    private func runJob(_ job: PendingJob) throws(JSException) {
        switch job {
        case .reaction(let reaction, let argument):
            try runReaction(reaction, argument)
        case .resolveThenable(let promise, let thenable, let then):
            let (resolve, reject) = resolvingFunctions(for: promise)
            do throws(JSException) {
                _ = try call(then, this: .object(thenable), arguments: [.object(resolve), .object(reject)])
            } catch {
                if error.isTermination { throw error }
                _ = try call(.object(reject), this: .undefined, arguments: [error.value])
            }
        case .callback(let callback):
            _ = try call(callback, this: .undefined, arguments: [])
        case .host(let body):
            try body()
        }
    }

    private func runReaction(_ reaction: PromiseReaction, _ argument: JSValue) throws(JSException) {
        var outcome: JSValue
        var failed = false
        switch reaction.handler {
        case .resumeAsync(let suspended):
            try resumeAsync(suspended, mode: reaction.isFulfill ? .next : .throw, value: argument)
            return
        case .function(let handler):
            if handler.isUndefined {
                outcome = argument
                failed = !reaction.isFulfill
            } else {
                do throws(JSException) {
                    outcome = try call(handler, this: .undefined, arguments: [argument])
                } catch {
                    if error.isTermination { throw error }
                    outcome = error.value
                    failed = true
                }
            }
        case .native(let body):
            do throws(JSException) {
                outcome = try body(self, argument)
                failed = false
            } catch {
                if error.isTermination { throw error }
                outcome = error.value
                failed = true
            }
        }
        switch reaction.target {
        case .none:
            if failed { reportUncaught(outcome) }
        case .promise(let promise):
            if failed { rejectPromise(promise, with: outcome) } else { resolvePromise(promise, with: outcome) }
        case .capability(let resolve, let reject):
            _ = try call(failed ? reject : resolve, this: .undefined, arguments: [outcome])
        }
    }

    /// An error no script caught (in a job or timer): kept for the host to report.
    func reportUncaught(_ value: JSValue) {
        uncaughtErrors.append(value)
    }
}

/// A shared "already resolved" flag of a pair of resolving functions.
final class SettledFlag {
    var value = false
}
