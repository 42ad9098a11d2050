/// A sloppy function's `arguments` whose indices alias its parameters (ECMA-262 §10.4.4 Arguments
/// exotic objects): reading or writing `arguments[i]` reads or writes parameter `i`, until the
/// index is deleted or redefined as an accessor or read-only.
///
/// The indexed properties are kept sparse so that no fast path reads a stale element: every access
/// goes through the overridden internal methods.
final class JSMappedArguments: JSObject {
    /// The function's scope holding the parameters.
    private var scope: Scope?
    /// ECMA-262 [[ParameterMap]]: argument index → heap slot of the parameter.
    private var parameterMap: [UInt32: Int]

    init(_ rt: ScriptRuntime, prototype: JSObject?, values: [JSValue], scope: Scope?, slots: [UInt16]) {
        var map: [UInt32: Int] = [:]
        for (index, slot) in slots.enumerated() where index < values.count && slot != .max {
            map[UInt32(index)] = Int(slot)
        }
        parameterMap = map
        self.scope = scope
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .arguments)
        elements = ContiguousArray(values)
        makeSparse()
    }

    override func clearReferences() {
        super.clearReferences()
        scope = nil
        parameterMap = [:]
    }

    private func mappedSlot(_ key: PropertyKey) -> Int? {
        guard case .index(let index) = key, let slot = parameterMap[index], let scope, slot < scope.slots.count else { return nil }
        return slot
    }

    /// ECMA-262 §10.4.4.1 [[GetOwnProperty]].
    override func getOwnProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> OwnProperty? {
        guard var property = ordinaryGetOwnProperty(key) else { return nil }
        if let slot = mappedSlot(key), let scope { property.value = scope.slots[slot] }
        return property
    }

    /// ECMA-262 §10.4.4.3 [[Get]].
    override func get(_ key: PropertyKey, receiver: JSValue, _ rt: ScriptRuntime) throws(JSException) -> JSValue {
        if let slot = mappedSlot(key), let scope { return scope.slots[slot] }
        return try super.get(key, receiver: receiver, rt)
    }

    /// ECMA-262 §10.4.4.4 [[Set]].
    override func set(_ key: PropertyKey, _ value: JSValue, receiver: JSValue, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        if case .object(let target) = receiver, target === self, let slot = mappedSlot(key), let scope {
            scope.slots[slot] = value
        }
        return try ordinarySet(key, value, receiver: receiver, rt)
    }

    /// ECMA-262 §10.4.4.2 [[DefineOwnProperty]].
    override func defineOwnProperty(_ key: PropertyKey, _ descriptor: PropertyDescriptor, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        guard let slot = mappedSlot(key), let scope else { return ordinaryDefineOwnProperty(key, descriptor, rt) }
        var applied = descriptor
        if descriptor.isData, descriptor.value == nil, descriptor.writable == false { applied.value = scope.slots[slot] }
        guard ordinaryDefineOwnProperty(key, applied, rt) else { return false }
        if descriptor.isAccessor {
            parameterMap[key.indexValue!] = nil
        } else {
            if let value = descriptor.value { scope.slots[slot] = value }
            if descriptor.writable == false { parameterMap[key.indexValue!] = nil }
        }
        return true
    }

    /// ECMA-262 §10.4.4.5 [[Delete]].
    override func deleteProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> Bool {
        let done = ordinaryDelete(key)
        if done, case .index(let index) = key { parameterMap[index] = nil }
        return done
    }
}
