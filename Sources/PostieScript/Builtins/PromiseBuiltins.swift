/// `Promise` (ECMA-262 §27.2).
enum PromiseBuiltins {
    static func makePrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.objectPrototype)
        prototype.addMethod(realm, "then", length: 2) { rt, this, arguments throws(JSException) in
            let object = try rt.thisObject(this, kind: .promise, method: "Promise.prototype.then")
            let promise = unsafeDowncast(object, to: JSPromise.self)
            let onFulfilled: JSValue = arguments[0].isCallable ? arguments[0] : .undefined
            let onRejected: JSValue = arguments[1].isCallable ? arguments[1] : .undefined
            let constructor = try rt.speciesConstructor(object, default: rt.realm.promiseConstructor)
            let (result, target) = try rt.newPromiseCapability(constructor)
            rt.performThen(promise, onFulfilled: .function(onFulfilled), onRejected: .function(onRejected), target: target)
            return result
        }
        prototype.addMethod(realm, "catch", length: 1) { rt, this, arguments throws(JSException) in
            let then = try rt.getProperty(this, rt.names.then)
            return try rt.call(then, this: this, arguments: [.undefined, arguments[0]])
        }
        prototype.addMethod(realm, "finally", length: 1) { rt, this, arguments throws(JSException) in
            guard case .object(let object) = this else {
                throw rt.makeException(.typeError, "Promise.prototype.finally called on a non-object")
            }
            let onFinally = arguments[0]
            let constructor = try rt.speciesConstructor(object, default: rt.realm.promiseConstructor)
            let then = try rt.getProperty(this, rt.names.then)
            guard onFinally.isCallable else { return try rt.call(then, this: this, arguments: [onFinally, onFinally]) }
            let thenFinally = rt.realm.nativeFunction("", length: 1) { rt, _, arguments throws(JSException) in
                let value = arguments[0]
                let result = try rt.call(onFinally, this: .undefined, arguments: [])
                let promise = try rt.promiseResolve(with: constructor, result)
                let valueThunk = rt.realm.nativeFunction("", length: 0) { _, _, _ throws(JSException) in value }
                return try rt.call(try rt.getProperty(promise, rt.names.then), this: promise, arguments: [.object(valueThunk)])
            }
            let catchFinally = rt.realm.nativeFunction("", length: 1) { rt, _, arguments throws(JSException) in
                let reason = arguments[0]
                let result = try rt.call(onFinally, this: .undefined, arguments: [])
                let promise = try rt.promiseResolve(with: constructor, result)
                let thrower = rt.realm.nativeFunction("", length: 0) { _, _, _ throws(JSException) in throw JSException(reason) }
                return try rt.call(try rt.getProperty(promise, rt.names.then), this: promise, arguments: [.object(thrower)])
            }
            return try rt.call(then, this: this, arguments: [.object(thenFinally), .object(catchFinally)])
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(JSString("Promise")), flags: [.configurable])
        return prototype
    }

    static func makeConstructor(_ realm: Realm) -> JSObject {
        let constructor = realm.nativeConstructor(
            "Promise", length: 1, prototype: realm.promisePrototype,
            call: { rt, _, _ throws(JSException) in
                throw rt.makeException(.typeError, "Promise constructor cannot be invoked without 'new'")
            },
            construct: { rt, arguments, newTarget throws(JSException) in
                let executor = arguments[0]
                guard executor.isCallable else {
                    throw rt.makeException(.typeError, "Promise resolver \(rt.describeForError(executor)) is not a function")
                }
                let prototype = try rt.prototypeForConstruction(newTarget, fallback: rt.realm.promisePrototype)
                let promise = JSPromise(rt, prototype: prototype)
                let (resolve, reject) = rt.resolvingFunctions(for: promise)
                do throws(JSException) {
                    _ = try rt.call(executor, this: .undefined, arguments: [.object(resolve), .object(reject)])
                } catch {
                    if error.isTermination { throw error }
                    _ = try rt.call(.object(reject), this: .undefined, arguments: [error.value])
                }
                return .object(promise)
            })
        constructor.addMethod(realm, "resolve", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §27.2.4.7 step 2.
            guard this.isObject else { throw rt.makeException(.typeError, "PromiseResolve called on non-object") }
            return try rt.promiseResolve(with: this, arguments[0])
        }
        constructor.addMethod(realm, "reject", length: 1) { rt, this, arguments throws(JSException) in
            let (promise, target) = try rt.newPromiseCapability(this)
            try rt.settle(target, rejected: true, with: arguments[0])
            return promise
        }
        constructor.addMethod(realm, "all", length: 1) { rt, this, arguments throws(JSException) in
            try rt.promiseCombinator(this, arguments[0], kind: .all)
        }
        constructor.addMethod(realm, "allSettled", length: 1) { rt, this, arguments throws(JSException) in
            try rt.promiseCombinator(this, arguments[0], kind: .allSettled)
        }
        constructor.addMethod(realm, "any", length: 1) { rt, this, arguments throws(JSException) in
            try rt.promiseCombinator(this, arguments[0], kind: .any)
        }
        constructor.addMethod(realm, "race", length: 1) { rt, this, arguments throws(JSException) in
            let (promise, target) = try rt.newPromiseCapability(this)
            do throws(JSException) {
                let resolveFunction = try rt.getProperty(this, rt.names.resolve)
                for value in try rt.iterateToArray(arguments[0]) {
                    let next = try rt.call(resolveFunction, this: this, arguments: [value])
                    let (resolve, reject) = rt.targetFunctions(target)
                    _ = try rt.call(try rt.getProperty(next, rt.names.then), this: next, arguments: [resolve, reject])
                }
            } catch {
                if error.isTermination { throw error }
                try rt.settle(target, rejected: true, with: error.value)
            }
            return promise
        }
        constructor.addGetter(realm, symbol: realm.runtime.symbols.species, name: "[Symbol.species]") { _, this, _ throws(JSException) in this }
        return constructor
    }
}

extension ScriptRuntime {
    /// ECMA-262 §27.2.1.5 NewPromiseCapability(C): the promise, and where its outcome goes.
    func newPromiseCapability(_ constructor: JSValue) throws(JSException) -> (JSValue, ReactionTarget) {
        if case .object(let object) = constructor, object === realm.promiseConstructor {
            let promise = newPromise()
            return (.object(promise), .promise(promise))
        }
        guard constructor.asFunction?.isConstructor == true else {
            throw makeException(.typeError, "\(describeForError(constructor)) is not a constructor")
        }
        final class Slots { var resolve: JSValue = .undefined; var reject: JSValue = .undefined }
        let slots = Slots()
        let executor = realm.nativeFunction("", length: 2) { rt, _, arguments throws(JSException) in
            if !slots.resolve.isUndefined || !slots.reject.isUndefined {
                throw rt.makeException(.typeError, "Promise executor has already been invoked with non-undefined arguments")
            }
            slots.resolve = arguments[0]
            slots.reject = arguments[1]
            return .undefined
        }
        let promise = try construct(constructor, arguments: [.object(executor)])
        guard slots.resolve.isCallable, slots.reject.isCallable else {
            throw makeException(.typeError, "Promise resolve or reject function is not callable")
        }
        return (promise, .capability(resolve: slots.resolve, reject: slots.reject))
    }

    /// Resolves or rejects a capability.
    func settle(_ target: ReactionTarget, rejected: Bool, with value: JSValue) throws(JSException) {
        switch target {
        case .none: break
        case .promise(let promise):
            if rejected { rejectPromise(promise, with: value) } else { resolvePromise(promise, with: value) }
        case .capability(let resolve, let reject):
            _ = try call(rejected ? reject : resolve, this: .undefined, arguments: [value])
        }
    }

    /// The resolve and reject functions of a capability.
    func targetFunctions(_ target: ReactionTarget) -> (JSValue, JSValue) {
        switch target {
        case .none: return (.undefined, .undefined)
        case .promise(let promise):
            let (resolve, reject) = resolvingFunctions(for: promise)
            return (.object(resolve), .object(reject))
        case .capability(let resolve, let reject):
            return (resolve, reject)
        }
    }

    /// ECMA-262 §27.2.4.7.1 PromiseResolve(C, x).
    func promiseResolve(with constructor: JSValue, _ value: JSValue) throws(JSException) -> JSValue {
        if case .object(let object) = value, object.kind == .promise {
            let valueConstructor = try object.get(names.constructor, self)
            if sameValue(valueConstructor, constructor) { return value }
        }
        let (promise, target) = try newPromiseCapability(constructor)
        try settle(target, rejected: false, with: value)
        return promise
    }

    /// ECMA-262 §7.3.22 SpeciesConstructor.
    func speciesConstructor(_ object: JSObject, default fallback: JSFunction) throws(JSException) -> JSValue {
        let constructor = try object.get(names.constructor, self)
        if constructor.isUndefined { return .object(fallback) }
        guard case .object(let constructorObject) = constructor else {
            throw makeException(.typeError, "The .constructor property is not an object")
        }
        let species = try constructorObject.get(.symbol(symbols.species), self)
        if species.isNullish { return .object(fallback) }
        guard species.asFunction?.isConstructor == true else {
            throw makeException(.typeError, "object.constructor[Symbol.species] is not a constructor")
        }
        return species
    }

    enum CombinatorKind { case all, allSettled, any }

    /// `Promise.all`, `Promise.allSettled`, `Promise.any` (ECMA-262 §27.2.4.1–3).
    func promiseCombinator(_ constructor: JSValue, _ iterable: JSValue, kind: CombinatorKind) throws(JSException) -> JSValue {
        let (promise, target) = try newPromiseCapability(constructor)
        final class State { var values: [JSValue] = []; var remaining = 1 }
        let state = State()
        do throws(JSException) {
            let resolveFunction = try getProperty(constructor, names.resolve)
            guard resolveFunction.isCallable else { throw makeException(.typeError, "Promise resolve is not a function") }
            let items = try iterateToArray(iterable)
            state.values = Array(repeating: .undefined, count: items.count)
            let (targetResolve, targetReject) = targetFunctions(target)
            func finish(_ rt: ScriptRuntime) throws(JSException) {
                switch kind {
                case .all, .allSettled:
                    _ = try rt.call(targetResolve, this: .undefined, arguments: [.object(rt.makeArray(state.values))])
                case .any:
                    let error = rt.makeErrorObject(.aggregateError, "All promises were rejected")
                    error.defineNew(rt.names.errors, .object(rt.makeArray(state.values)), flags: .hidden)
                    _ = try rt.call(targetReject, this: .undefined, arguments: [.object(error)])
                }
            }
            for (index, item) in items.enumerated() {
                let next = try call(resolveFunction, this: constructor, arguments: [item])
                state.remaining += 1
                let called = SettledFlag()
                let record: (JSValue) -> JSValue = { value in value }
                _ = record
                let onFulfilled: JSFunction
                let onRejected: JSValue
                switch kind {
                case .all:
                    onFulfilled = realm.nativeFunction("", length: 1) { rt, _, arguments throws(JSException) in
                        if called.value { return .undefined }
                        called.value = true
                        state.values[index] = arguments[0]
                        state.remaining -= 1
                        if state.remaining == 0 { try finish(rt) }
                        return .undefined
                    }
                    onRejected = targetReject
                case .allSettled:
                    func settledEntry(_ fulfilled: Bool) -> JSFunction {
                        realm.nativeFunction("", length: 1) { rt, _, arguments throws(JSException) in
                            if called.value { return .undefined }
                            called.value = true
                            let entry = rt.realm.newObject()
                            entry.defineNew(rt.names.status, .string(rt.intern(fulfilled ? "fulfilled" : "rejected")))
                            entry.defineNew(fulfilled ? rt.names.value : rt.names.reason, arguments[0])
                            state.values[index] = .object(entry)
                            state.remaining -= 1
                            if state.remaining == 0 { try finish(rt) }
                            return .undefined
                        }
                    }
                    onFulfilled = settledEntry(true)
                    onRejected = .object(settledEntry(false))
                case .any:
                    onFulfilled = realm.nativeFunction("", length: 1) { rt, _, arguments throws(JSException) in
                        _ = try rt.call(targetResolve, this: .undefined, arguments: [arguments[0]])
                        return .undefined
                    }
                    onRejected = .object(realm.nativeFunction("", length: 1) { rt, _, arguments throws(JSException) in
                        if called.value { return .undefined }
                        called.value = true
                        state.values[index] = arguments[0]
                        state.remaining -= 1
                        if state.remaining == 0 { try finish(rt) }
                        return .undefined
                    })
                }
                _ = try call(try getProperty(next, names.then), this: next, arguments: [.object(onFulfilled), onRejected])
            }
            state.remaining -= 1
            if state.remaining == 0 { try finish(self) }
        } catch {
            if error.isTermination { throw error }
            try settle(target, rejected: true, with: error.value)
        }
        return promise
    }
}
