/// A function object (ECMA-262 §10.2 ECMAScript function objects, §10.3 built-in function objects,
/// §10.4.1 bound function exotic objects).
public final class JSFunction: JSObject {
    public enum Body {
        /// Compiled JavaScript, closing over `scope`.
        case code(FunctionCode, scope: Scope?)
        case native(NativeFunction, constructor: NativeConstructor?)
        case bound(target: JSFunction, this: JSValue, arguments: [JSValue])
    }

    public private(set) var body: Body
    /// `body`'s compiled code and closure scope, unretained (the body owns them): a call reads them
    /// without copying the enum and retaining both.
    private(set) unowned(unsafe) var compiledCode: FunctionCode?
    private(set) unowned(unsafe) var closureScope: Scope?
    /// The realm whose intrinsics the function uses.
    public let realm: Realm
    /// For methods: the object whose prototype `super` looks in.
    public var homeObject: JSObject?
    /// For arrow functions: `this` and `new.target` at creation.
    public var boundThis: JSValue = .undefined
    public var capturedNewTarget: JSValue = .undefined
    /// For class constructors: the function that defines instance fields.
    public var fieldInitializer: JSFunction?
    /// Whether `new` may be applied (ECMA-262 §7.2.4 IsConstructor).
    public let isConstructor: Bool
    /// A `prototype` object has not been made yet for this constructor function.
    var prototypePending = false
    /// The `prototype` was made on first observation, so it may come after later properties.
    private var prototypeMadeLate = false
    /// Built-in own members not made yet: made together, in their spec order, on the first access to
    /// any own property (a realm that never reads `Object.keys` never makes the 22 functions of `Object`).
    var pendingMembers: PendingBuiltinMembers?

    init(_ rt: ScriptRuntime, realm: Realm, body: Body, shape: Shape, prototype: JSObject?, isConstructor: Bool) {
        self.realm = realm
        self.body = body
        if case .code(let code, let scope) = body {
            compiledCode = code
            closureScope = scope
        }
        self.isConstructor = isConstructor
        super.init(rt, shape: shape, prototype: prototype, kind: .function)
        isCallable = true
    }

    override func clearReferences() {
        super.clearReferences()
        compiledCode = nil
        closureScope = nil
        body = JSFunction.inertBody
        homeObject = nil
        boundThis = .undefined
        capturedNewTarget = .undefined
        fieldInitializer = nil
    }

    /// What a torn-down function's body becomes (made once: a fresh closure value per function costs).
    nonisolated(unsafe) private static let inertBody = Body.native(JSFunction.inert, constructor: nil)

    private static func inert(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        .undefined
    }

    /// The compiled code, for JavaScript functions.
    @inline(__always) public var code: FunctionCode? {
        if case .code(let code, _) = body { return code }
        return nil
    }

    public var isClassConstructor: Bool { code?.flags.contains(.classConstructor) ?? false }

    // The lazily made `prototype` of ordinary functions: made on first observation.

    private func materializePrototype(_ rt: ScriptRuntime) {
        guard prototypePending else { return }
        prototypePending = false
        prototypeMadeLate = true
        let parent: JSObject
        if code?.flags.contains(.generator) == true {
            parent = code?.flags.contains(.async) == true ? realm.asyncGeneratorPrototype : realm.generatorPrototype
        } else {
            parent = realm.objectPrototype
        }
        let prototypeObject = JSObject(rt, prototype: parent)
        if code?.flags.contains(.generator) != true {
            prototypeObject.defineNew(rt.names.constructor, .object(self), flags: .hidden)
        }
        addNew(rt.names.prototype, .object(prototypeObject), flags: [.writable])
    }

    /// Makes the pending built-in members.
    @inline(__always) private func materializeMembers() {
        guard let pending = pendingMembers else { return }
        pendingMembers = nil
        pending.install(on: self, realm: realm)
    }

    public override func getOwnProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> OwnProperty? {
        materializeMembers()
        if prototypePending, key == rt.names.prototype { materializePrototype(rt) }
        return ordinaryGetOwnProperty(key)
    }

    public override func defineOwnProperty(_ key: PropertyKey, _ descriptor: PropertyDescriptor, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        materializeMembers()
        if prototypePending, key == rt.names.prototype { materializePrototype(rt) }
        return ordinaryDefineOwnProperty(key, descriptor, rt)
    }

    public override func set(_ key: PropertyKey, _ value: JSValue, receiver: JSValue, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        materializeMembers()
        if prototypePending, key == rt.names.prototype { materializePrototype(rt) }
        return try ordinarySet(key, value, receiver: receiver, rt)
    }

    public override func deleteProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> Bool {
        materializeMembers()
        if prototypePending, key == rt.names.prototype { materializePrototype(rt) }
        return ordinaryDelete(key)
    }

    // Freezing, sealing or closing the object fixes its own properties: what is pending is made first,
    // so it gets the same attributes as if it had been there all along.
    public override func preventExtensions(_ rt: ScriptRuntime) -> Bool {
        materializeMembers()
        materializePrototype(rt)
        return super.preventExtensions(rt)
    }

    public override func setIntegrity(frozen: Bool, _ rt: ScriptRuntime) {
        materializeMembers()
        materializePrototype(rt)
        super.setIntegrity(frozen: frozen, rt)
    }

    public override func ownKeys(_ rt: ScriptRuntime) -> [PropertyKey] {
        materializeMembers()
        materializePrototype(rt)
        var keys = ordinaryOwnKeys()
        // Where an eagerly made `prototype` would be: after `length` and `name`.
        if prototypeMadeLate, let index = keys.firstIndex(of: rt.names.prototype), index > 0 {
            let target = (keys.firstIndex(of: rt.names.name) ?? keys.firstIndex(of: rt.names.length) ?? -1) + 1
            if target < index {
                keys.remove(at: index)
                keys.insert(rt.names.prototype, at: target)
            }
        }
        return keys
    }

    /// The `prototype` property's value (made if pending).
    public func prototypeProperty(_ rt: ScriptRuntime) -> JSValue {
        materializePrototype(rt)
        guard let slot = shape.slot(of: rt.names.prototype), !shape.flags[slot].contains(.accessor) else {
            return (try? get(rt.names.prototype, rt)) ?? .undefined
        }
        return slots[slot]
    }
}

/// An array (ECMA-262 §10.4.2 Array exotic objects): `length` tracks the indexed properties.
public final class JSArray: JSObject {
    public var length: UInt32 = 0
    public var lengthWritable = true

    public init(_ rt: ScriptRuntime, prototype: JSObject?) {
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .array)
    }

    /// A dense array of `values`.
    public init(_ rt: ScriptRuntime, prototype: JSObject?, values: ContiguousArray<JSValue>) {
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .array)
        elements = values
        length = UInt32(values.count)
    }

    /// Whether every index below `length` is a plain writable element in `elements`.
    @inline(__always) public var isDenseWritable: Bool {
        sparseElements == nil && elementFlags == .default && lengthWritable && Int(length) == elements.count
    }

    public override func getOwnProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> OwnProperty? {
        if key == rt.names.length {
            return OwnProperty(value: .number(Double(length)), flags: lengthWritable ? [.writable] : [])
        }
        return ordinaryGetOwnProperty(key)
    }

    public override func createDataProperty(_ key: PropertyKey, _ value: JSValue, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        if case .index(let index) = key {
            if index >= length {
                guard lengthWritable, extensible else { return false }
                if sparseElements == nil, Int(index) == elements.count, elementFlags == .default {
                    elements.append(value)
                    length = index + 1
                    return true
                }
            }
            let done = ordinaryDefineOwnProperty(key, PropertyDescriptor(value: value, writable: true, enumerable: true, configurable: true), rt)
            if done && index >= length { length = index + 1 }
            return done
        }
        if key == rt.names.length {
            return try defineOwnProperty(key, PropertyDescriptor(value: value), rt)
        }
        return try super.createDataProperty(key, value, rt)
    }

    public override func defineOwnProperty(_ key: PropertyKey, _ descriptor: PropertyDescriptor, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        if key == rt.names.length {
            return try setLength(descriptor, rt)
        }
        if case .index(let index) = key {
            if index >= length && !lengthWritable { return false }
            let done = ordinaryDefineOwnProperty(key, descriptor, rt)
            if done && index >= length { length = index + 1 }
            return done
        }
        return ordinaryDefineOwnProperty(key, descriptor, rt)
    }

    /// ECMA-262 §10.4.2.4 ArraySetLength.
    private func setLength(_ descriptor: PropertyDescriptor, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        if descriptor.isAccessor { return false }
        if descriptor.configurable == true || descriptor.enumerable == true { return false }
        guard let value = descriptor.value else {
            if descriptor.writable == true && !lengthWritable { return false }
            if descriptor.writable == false { lengthWritable = false }
            return true
        }
        let newLength = try rt.toArrayLength(value)
        if !lengthWritable && newLength != length { return false }
        // Deleting stops above the last element that cannot be deleted (step 17.b).
        if let kept = highestNonConfigurableIndex(atOrAbove: newLength) {
            truncate(to: kept + 1)
            if descriptor.writable == false { lengthWritable = false }
            return false
        }
        truncate(to: newLength)
        if descriptor.writable == false { lengthWritable = false }
        return true
    }

    /// The highest own index at or above `bound` whose element is not configurable.
    private func highestNonConfigurableIndex(atOrAbove bound: UInt32) -> UInt32? {
        guard bound < length else { return nil }
        if sparseElements != nil {
            return sparseFlags?.filter { $0.key >= bound && !$0.value.contains(.configurable) }.keys.max()
        }
        guard !elementFlags.contains(.configurable) else { return nil }
        var position = elements.count - 1
        while position >= Int(bound) {
            if !elements[position].isEmpty { return UInt32(position) }
            position -= 1
        }
        return nil
    }

    /// `Object.freeze` also makes `length` read-only (ECMA-262 §7.3.15 SetIntegrityLevel).
    public override func setIntegrity(frozen: Bool, _ rt: ScriptRuntime) {
        super.setIntegrity(frozen: frozen, rt)
        if frozen { lengthWritable = false }
    }

    /// Sets `length`, deleting elements at and above it.
    public func truncate(to newLength: UInt32) {
        if newLength < length {
            if let sparse = sparseElements {
                for index in sparse.keys where index >= newLength {
                    sparseElements?[index] = nil
                    sparseFlags?[index] = nil
                    accessors?[.index(index)] = nil
                }
            } else if Int(newLength) < elements.count {
                elements.removeSubrange(Int(newLength)...)
            }
        }
        length = newLength
    }

    public override func set(_ key: PropertyKey, _ value: JSValue, receiver: JSValue, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        if case .object(let target) = receiver, target === self {
            if case .index(let index) = key, isDenseWritable {
                let position = Int(index)
                if position < elements.count, !elements[position].isEmpty {
                    elements[position] = value
                    return true
                }
            }
            if key == rt.names.length {
                guard lengthWritable else { return false }
                return try setLength(PropertyDescriptor(value: value), rt)
            }
        }
        return try ordinarySet(key, value, receiver: receiver, rt)
    }

    public override func deleteProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> Bool {
        if key == rt.names.length { return false }
        if case .index(let index) = key, sparseElements == nil, Int(index) == elements.count - 1, elementFlags.contains(.configurable) {
            // Keep `length`: the last element becomes a hole.
            elements[Int(index)] = .empty
            return true
        }
        return ordinaryDelete(key)
    }

    public override func ownKeys(_ rt: ScriptRuntime) -> [PropertyKey] {
        var keys = [PropertyKey]()
        for index in ownIndices() { keys.append(.index(index)) }
        keys.append(rt.names.length)
        var hasSymbols = false
        for key in shape.keys {
            if case .symbol = key { hasSymbols = true } else { keys.append(key) }
        }
        if hasSymbols { for key in shape.keys where key.isSymbol { keys.append(key) } }
        return keys
    }

    /// The element at `index` for fast paths (nil when absent or not a plain data element).
    @inline(__always) public func denseElement(_ index: Int) -> JSValue? {
        guard sparseElements == nil, index < elements.count else { return nil }
        let value = elements[index]
        if case .empty = value { return nil }
        return value
    }

    /// Appends at `length` (fast path of `push` and of array literals).
    @inline(__always) public func append(_ value: JSValue, _ rt: ScriptRuntime) {
        if Int(length) >= rt.limits.maximumArrayLength {
            rt.pendingLimitMessage = "Script ran out of memory: an array grew past \(rt.limits.maximumArrayLength) elements"
            rt.stepsUntilCheck = 0
            return
        }
        if isDenseWritable {
            elements.append(value)
            length += 1
        } else {
            let index = length
            _ = ordinaryDefineOwnProperty(.index(index), PropertyDescriptor(value: value, writable: true, enumerable: true, configurable: true), rt)
            length = index &+ 1
        }
    }
}

/// A primitive wrapped as an object: `new Number(1)`, `Object("s")` (ECMA-262 §10.4.3 for strings).
public final class JSPrimitiveObject: JSObject {
    public let primitive: JSValue

    public init(_ rt: ScriptRuntime, primitive: JSValue, prototype: JSObject?, kind: ObjectKind) {
        self.primitive = primitive
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: kind)
    }

    private var stringValue: JSString? {
        if kind == .stringWrapper, case .string(let string) = primitive { return string }
        return nil
    }

    public override func getOwnProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> OwnProperty? {
        if let string = stringValue {
            if case .index(let index) = key, Int(index) < string.count {
                return OwnProperty(value: .string(rt.singleUnitString(string[Int(index)])), flags: [.enumerable])
            }
            if key == rt.names.length { return OwnProperty(value: .number(Double(string.count)), flags: []) }
        }
        return ordinaryGetOwnProperty(key)
    }

    public override func defineOwnProperty(_ key: PropertyKey, _ descriptor: PropertyDescriptor, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        if let string = stringValue {
            if case .index(let index) = key, Int(index) < string.count { return false }
            if key == rt.names.length { return false }
        }
        return ordinaryDefineOwnProperty(key, descriptor, rt)
    }

    public override func createDataProperty(_ key: PropertyKey, _ value: JSValue, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        try defineOwnProperty(key, PropertyDescriptor(value: value, writable: true, enumerable: true, configurable: true), rt)
    }

    public override func set(_ key: PropertyKey, _ value: JSValue, receiver: JSValue, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        if let string = stringValue {
            if case .index(let index) = key, Int(index) < string.count { return false }
            if key == rt.names.length { return false }
        }
        return try ordinarySet(key, value, receiver: receiver, rt)
    }

    public override func deleteProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> Bool {
        if let string = stringValue {
            if case .index(let index) = key, Int(index) < string.count { return false }
            if key == rt.names.length { return false }
        }
        return ordinaryDelete(key)
    }

    public override func ownKeys(_ rt: ScriptRuntime) -> [PropertyKey] {
        guard let string = stringValue else { return ordinaryOwnKeys() }
        var keys = [PropertyKey]()
        for index in 0..<string.count { keys.append(.index(UInt32(index))) }
        for index in ownIndices() where Int(index) >= string.count { keys.append(.index(index)) }
        keys.append(rt.names.length)
        for key in shape.keys where !key.isSymbol { keys.append(key) }
        for key in shape.keys where key.isSymbol { keys.append(key) }
        return keys
    }
}

/// An object carrying data of the embedder's (the sandbox's `pm.response`, a cookie jar…).
public final class JSHostObject: JSObject {
    public var hostData: AnyObject?

    public init(_ rt: ScriptRuntime, prototype: JSObject?, hostData: AnyObject?) {
        self.hostData = hostData
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .host)
    }

    override func clearReferences() {
        super.clearReferences()
        hostData = nil
    }
}
