/// %IteratorPrototype%, %ArrayIteratorPrototype%, %StringIteratorPrototype% and
/// %AsyncFromSyncIteratorPrototype% (ECMA-262 §27.1, §23.1.5, §22.1.5, §27.1.4).
enum IteratorBuiltins {
    static func makeIteratorPrototype(_ realm: Realm) -> JSObject {
        let prototype = JSObject(realm.runtime, prototype: realm.objectPrototype)
        prototype.addMethod(realm, symbol: realm.runtime.symbols.iterator, name: "[Symbol.iterator]", length: 0) { _, this, _ throws(JSException) in
            this
        }
        return prototype
    }

    static func makeAsyncIteratorPrototype(_ realm: Realm) -> JSObject {
        let prototype = JSObject(realm.runtime, prototype: realm.objectPrototype)
        prototype.addMethod(realm, symbol: realm.runtime.symbols.asyncIterator, name: "[Symbol.asyncIterator]", length: 0) { _, this, _ throws(JSException) in
            this
        }
        return prototype
    }

    static func makeArrayIteratorPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.iteratorPrototype)
        prototype.addMethod(realm, "next", length: 0) { rt, this, _ throws(JSException) in
            let object = try rt.thisObject(this, kind: .arrayIterator, method: "Array Iterator.prototype.next")
            let iterator = unsafeDowncast(object, to: JSArrayIterator.self)
            if let value = try iterator.step(rt) { return .object(rt.realm.iteratorResult(value, done: false)) }
            return .object(rt.realm.iteratorResult(.undefined, done: true))
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(JSString("Array Iterator")), flags: [.configurable])
        return prototype
    }

    static func makeStringIteratorPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.iteratorPrototype)
        prototype.addMethod(realm, "next", length: 0) { rt, this, _ throws(JSException) in
            let object = try rt.thisObject(this, kind: .stringIterator, method: "String Iterator.prototype.next")
            let iterator = unsafeDowncast(object, to: JSStringIterator.self)
            if let value = iterator.step(rt) { return .object(rt.realm.iteratorResult(value, done: false)) }
            return .object(rt.realm.iteratorResult(.undefined, done: true))
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(JSString("String Iterator")), flags: [.configurable])
        return prototype
    }

    static func makeAsyncFromSyncIteratorPrototype(_ realm: Realm) -> JSObject {
        let prototype = JSObject(realm.runtime, prototype: realm.asyncIteratorPrototype)
        for (name, mode) in [("next", ResumeMode.next), ("return", .return), ("throw", .throw)] {
            prototype.addMethod(realm, name, length: 1) { rt, this, arguments throws(JSException) in
                let promise = rt.newPromise()
                guard case .object(let object) = this, let wrapper = object as? AsyncFromSyncIterator else {
                    rt.rejectPromise(promise, with: rt.makeErrorValue(.typeError, "not an async-from-sync iterator"))
                    return .object(promise)
                }
                do throws(JSException) {
                    let result: JSValue
                    switch mode {
                    case .next:
                        result = try rt.call(wrapper.syncNext, this: wrapper.syncIterator, arguments: arguments.has(0) ? [arguments[0]] : [])
                    case .return:
                        guard let method = try rt.getMethod(wrapper.syncIterator, rt.names.return_) else {
                            rt.resolvePromise(promise, with: .object(rt.realm.iteratorResult(arguments[0], done: true)))
                            return .object(promise)
                        }
                        result = try rt.call(method, this: wrapper.syncIterator, arguments: [arguments[0]])
                    case .throw:
                        guard let method = try rt.getMethod(wrapper.syncIterator, rt.names.throw_) else {
                            throw rt.makeException(.typeError, "The iterator does not provide a 'throw' method")
                        }
                        result = try rt.call(method, this: wrapper.syncIterator, arguments: [arguments[0]])
                    }
                    guard case .object(let resultObject) = result else {
                        throw rt.makeException(.typeError, "Iterator result \(rt.describeForError(result)) is not an object")
                    }
                    let done = try resultObject.get(rt.names.done, rt).toBoolean
                    let value = try resultObject.get(rt.names.value, rt)
                    let valueWrapper = try rt.promiseResolve(value)
                    rt.performThen(
                        valueWrapper,
                        onFulfilled: .native { rt, awaited throws(JSException) in .object(rt.realm.iteratorResult(awaited, done: done)) },
                        onRejected: .function(.undefined), target: .promise(promise))
                } catch {
                    if error.isTermination { throw error }
                    rt.rejectPromise(promise, with: error.value)
                }
                return .object(promise)
            }
        }
        return prototype
    }
}

/// A string's iterator by code points (ECMA-262 §22.1.5).
final class JSStringIterator: JSObject {
    private var string: JSString?
    private var position = 0

    init(_ rt: ScriptRuntime, string: JSString) {
        self.string = string
        super.init(rt, shape: rt.rootShape, prototype: rt.realm.stringIteratorPrototype, kind: .stringIterator)
    }

    func step(_ rt: ScriptRuntime) -> JSValue? {
        guard let string, position < string.count else {
            self.string = nil
            return nil
        }
        let unit = string[position]
        if unit >= 0xD800 && unit <= 0xDBFF, position + 1 < string.count {
            let next = string[position + 1]
            if next >= 0xDC00 && next <= 0xDFFF {
                position += 2
                return .string(JSString(units: [unit, next]))
            }
        }
        position += 1
        return .string(rt.singleUnitString(unit))
    }

    override func clearReferences() {
        super.clearReferences()
        string = nil
    }
}
