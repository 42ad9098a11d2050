/// Helpers every built-in uses to define its methods and check its arguments.
extension JSObject {
    /// Defines a built-in method: writable, configurable, not enumerable.
    @discardableResult
    public func addMethod(_ realm: Realm, _ name: String, length: Int, _ function: @escaping NativeFunction) -> JSFunction {
        let key = realm.runtime.builtinKey(name)
        // The key's atom is the function's `name` too (one string per name, not two per realm).
        let made = key.atom.map { realm.nativeFunction($0, length: length, function) } ?? realm.nativeFunction(name, length: length, function)
        defineNew(key, .object(made), flags: .hidden)
        return made
    }

    /// Defines a built-in method keyed by a symbol (named `[description]`).
    @discardableResult
    public func addMethod(_ realm: Realm, symbol: JSSymbol, name: String, length: Int, flags: PropertyFlags = .hidden, _ function: @escaping NativeFunction) -> JSFunction {
        let made = realm.nativeFunction(name, length: length, function)
        defineNew(.symbol(symbol), .object(made), flags: flags)
        return made
    }

    /// Defines a built-in accessor property (`get name`), configurable, not enumerable.
    public func addGetter(_ realm: Realm, _ name: String, _ getter: @escaping NativeFunction, setter: NativeFunction? = nil) {
        addAccessor(realm, key: realm.runtime.builtinKey(name), name: name, getter, setter: setter)
    }

    public func addGetter(_ realm: Realm, symbol: JSSymbol, name: String, _ getter: @escaping NativeFunction) {
        addAccessor(realm, key: .symbol(symbol), name: name, getter, setter: nil)
    }

    private func addAccessor(_ realm: Realm, key: PropertyKey, name: String, _ getter: @escaping NativeFunction, setter: NativeFunction?) {
        let getterFunction = realm.nativeFunction("get " + name, length: 0, getter)
        let setterFunction = setter.map { realm.nativeFunction("set " + name, length: 1, $0) }
        _ = ordinaryDefineOwnProperty(
            key, PropertyDescriptor(getter: .object(getterFunction), setter: setterFunction.map { .object($0) } ?? .undefined, enumerable: false, configurable: true),
            realm.runtime)
    }

    /// Defines a data property by name.
    public func addValue(_ rt: ScriptRuntime, _ name: String, _ value: JSValue, flags: PropertyFlags = .hidden) {
        defineNew(rt.builtinKey(name), value, flags: flags)
    }
}

extension ScriptRuntime {
    /// `this` as an object of `kind`, or `TypeError: Method X called on incompatible receiver Y`.
    public func thisObject(_ this: JSValue, kind: ObjectKind, method: String) throws(JSException) -> JSObject {
        if case .object(let object) = this, object.kind == kind { return object }
        throw makeException(.typeError, "Method \(method) called on incompatible receiver \(describeReceiver(this))")
    }

    /// How V8 shows a receiver in "called on incompatible receiver".
    func describeReceiver(_ value: JSValue) -> String {
        switch value {
        case .string(let string): return string.string
        case .object(let object): return describeObjectForError(object)
        default: return describeForError(value)
        }
    }

    /// Calls a function argument, with V8's message when it is not callable.
    public func requireCallable(_ value: JSValue) throws(JSException) -> JSValue {
        guard value.isCallable else { throw makeException(.typeError, "\(describeForError(value)) is not a function") }
        return value
    }

    /// ECMA-262 §7.3.11 GetMethod: nil for undefined/null.
    public func getMethod(_ value: JSValue, _ key: PropertyKey) throws(JSException) -> JSValue? {
        let method = try getProperty(value, key)
        if method.isNullish { return nil }
        guard method.isCallable else { throw makeException(.typeError, "\(describeForError(method)) is not a function") }
        return method
    }

    /// A relative index argument (`slice(-2)`), clamped to `0…length` (ECMA-262 relative index steps).
    public func relativeIndex(_ value: JSValue, length: Int, defaultValue: Int) throws(JSException) -> Int {
        if value.isUndefined { return defaultValue }
        let relative = try toIntegerOrInfinity(value)
        if relative < 0 { return relative <= -Double(length) ? 0 : length + Int(relative) }
        return relative >= Double(length) ? length : Int(relative)
    }

    /// Builds an array from Swift values.
    public func makeArray(_ values: [JSValue]) -> JSArray { realm.newArray(values) }

    /// ECMA-262 §7.3.17 CreateListFromArrayLike.
    public func listFromArrayLike(_ value: JSValue) throws(JSException) -> [JSValue] {
        if value.isNullish { return [] }
        guard case .object(let object) = value else {
            throw makeException(.typeError, "CreateListFromArrayLike called on non-object")
        }
        let length = try lengthOfArrayLike(object)
        if length > limits.maximumArrayLength { throw makeException(.rangeError, "Invalid array length") }
        var list = [JSValue]()
        list.reserveCapacity(length)
        for index in 0..<length {
            if object.sparseElements == nil, index < object.elements.count, !object.elements[index].isEmpty {
                list.append(object.elements[index])
            } else {
                list.append(try object.get(.index(UInt32(index)), self))
            }
        }
        return list
    }
}
