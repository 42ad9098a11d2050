/// What kind of object an object is, for fast checks without dynamic casts.
public enum ObjectKind: UInt8, Sendable {
    case ordinary, array, function, error, arguments
    case booleanWrapper, numberWrapper, stringWrapper, symbolWrapper
    case date, regExp, map, set, weakMap, weakSet, promise
    case arrayIterator, mapIterator, setIterator, stringIterator, regExpStringIterator, generator
    case asyncFromSyncIterator, forInIterator, global, host
}

/// A JavaScript object (ECMA-262 §6.1.7, ordinary objects §10.1).
///
/// Named properties live in `slots` laid out by `shape`; integer-keyed properties live in
/// `elements` (dense, holes are `.empty`) or, when sparse, in `sparseElements`. Exotic objects
/// (arrays, string wrappers, functions) are subclasses that override the internal methods.
public class JSObject: HeapCell {
    public final var shape: Shape
    public final var slots: ContiguousArray<JSValue>
    public final var prototype: JSObject?
    public final var extensible = true
    public final let kind: ObjectKind
    /// Set by function objects (ECMA-262 §7.2.3 IsCallable).
    public final var isCallable = false
    /// Dense indexed properties; `.empty` marks a hole.
    public final var elements = ContiguousArray<JSValue>()
    /// Indexed properties when sparse (then `elements` is empty).
    public final var sparseElements: [UInt32: JSValue]?
    /// The attributes every dense element has (changed by freeze and seal).
    public final var elementFlags = PropertyFlags.default
    /// Per-index attributes in sparse mode, where they differ from the default.
    public final var sparseFlags: [UInt32: PropertyFlags]?
    /// Getter/setter pairs of accessor properties, named or indexed.
    public final var accessors: [PropertyKey: AccessorPair]?

    public init(_ rt: ScriptRuntime, shape: Shape, prototype: JSObject?, kind: ObjectKind = .ordinary) {
        self.shape = shape
        self.slots = []
        self.prototype = prototype
        self.kind = kind
        super.init(registry: rt.registry)
    }

    /// An ordinary object whose named properties are already laid out: `slots` in `shape`'s order.
    public init(_ rt: ScriptRuntime, shape: Shape, slots: ContiguousArray<JSValue>, prototype: JSObject?) {
        self.shape = shape
        self.slots = slots
        self.prototype = prototype
        self.kind = .ordinary
        super.init(registry: rt.registry)
    }

    /// A plain object (`{}`) with `prototype`.
    public convenience init(_ rt: ScriptRuntime, prototype: JSObject?) {
        self.init(rt, shape: rt.rootShape, prototype: prototype)
    }

    override func clearReferences() {
        slots = []
        elements = []
        sparseElements = nil
        accessors = nil
        prototype = nil
    }

    @inline(__always) public final var isArray: Bool { kind == .array }

    // MARK: - Own properties (ECMA-262 §10.1.5 [[GetOwnProperty]])

    /// The own property `key`, if any.
    public func getOwnProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> OwnProperty? {
        ordinaryGetOwnProperty(key)
    }

    @inline(__always)
    public final func ordinaryGetOwnProperty(_ key: PropertyKey) -> OwnProperty? {
        if case .index(let index) = key { return ownElement(index) }
        guard let slot = shape.slot(of: key) else { return nil }
        let flags = shape.flags[slot]
        if flags.contains(.accessor), let pair = accessors?[key] {
            return OwnProperty(accessor: pair, flags: flags)
        }
        return OwnProperty(value: slots[slot], flags: flags)
    }

    @inline(__always)
    final func ownElement(_ index: UInt32) -> OwnProperty? {
        if let sparseElements {
            guard let value = sparseElements[index] else { return nil }
            let flags = sparseFlags?[index] ?? .default
            if flags.contains(.accessor), let pair = accessors?[.index(index)] {
                return OwnProperty(accessor: pair, flags: flags)
            }
            return OwnProperty(value: value, flags: flags)
        }
        let position = Int(index)
        guard position < elements.count else { return nil }
        let value = elements[position]
        if case .empty = value { return nil }
        return OwnProperty(value: value, flags: elementFlags)
    }

    /// Whether the object has `key` as an own property.
    public func hasOwnProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> Bool {
        getOwnProperty(key, rt) != nil
    }

    // MARK: - [[Get]] (ECMA-262 §10.1.8)

    /// `O.[[Get]](key, receiver)`.
    public func get(_ key: PropertyKey, receiver: JSValue, _ rt: ScriptRuntime) throws(JSException) -> JSValue {
        var object: JSObject = self
        while true {
            if let property = object.getOwnProperty(key, rt) {
                if let pair = property.accessor {
                    guard let getter = pair.getter else { return .undefined }
                    return try rt.call(.object(getter), this: receiver, arguments: [])
                }
                return property.value
            }
            guard let next = object.prototype else { return .undefined }
            object = next
        }
    }

    /// `O.[[Get]](key, O)`.
    @inline(__always)
    public final func get(_ key: PropertyKey, _ rt: ScriptRuntime) throws(JSException) -> JSValue {
        try get(key, receiver: .object(self), rt)
    }

    // MARK: - [[Set]] (ECMA-262 §10.1.9 OrdinarySet)

    /// `O.[[Set]](key, value, receiver)`: false when the assignment is refused (strict code throws).
    public func set(_ key: PropertyKey, _ value: JSValue, receiver: JSValue, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        try ordinarySet(key, value, receiver: receiver, rt)
    }

    public final func ordinarySet(_ key: PropertyKey, _ value: JSValue, receiver: JSValue, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        // Fast path: an own writable data property of the receiver itself.
        if case .object(let target) = receiver, target === self {
            if case .index(let index) = key, sparseElements == nil, kind != .array, kind != .stringWrapper,
                elementFlags.contains(.writable)
            {
                let position = Int(index)
                if position < elements.count, !elements[position].isEmpty {
                    elements[position] = value
                    return true
                }
            } else if case .index = key {
                // fall through to the general path
            } else if let slot = shape.slot(of: key) {
                let flags = shape.flags[slot]
                if !flags.contains(.accessor) && flags.contains(.writable) && kind != .array {
                    slots[slot] = value
                    return true
                }
            }
        }
        var object: JSObject = self
        var ownDescriptor: OwnProperty?
        while true {
            if let property = object.getOwnProperty(key, rt) {
                ownDescriptor = property
                break
            }
            guard let next = object.prototype else { break }
            object = next
        }
        if let property = ownDescriptor {
            if let pair = property.accessor {
                guard let setter = pair.setter else { return false }
                _ = try rt.call(.object(setter), this: receiver, arguments: [value])
                return true
            }
            if !property.flags.contains(.writable) { return false }
        }
        guard case .object(let receiverObject) = receiver else { return false }
        if let existing = receiverObject.getOwnProperty(key, rt) {
            if existing.isAccessor || !existing.flags.contains(.writable) { return false }
            return try receiverObject.defineOwnProperty(key, PropertyDescriptor(value: value), rt)
        }
        return try receiverObject.createDataProperty(key, value, rt)
    }

    /// `O.[[Set]](key, value, O)`.
    @inline(__always)
    public final func set(_ key: PropertyKey, _ value: JSValue, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        try set(key, value, receiver: .object(self), rt)
    }

    // MARK: - [[DefineOwnProperty]] (ECMA-262 §10.1.6)

    /// ECMA-262 §7.3.5 CreateDataProperty: a new or replaced writable, enumerable, configurable property.
    public func createDataProperty(_ key: PropertyKey, _ value: JSValue, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        if getOwnProperty(key, rt) == nil {
            guard extensible else { return false }
            addNew(key, value, flags: .default)
            return true
        }
        return try defineOwnProperty(key, PropertyDescriptor(value: value, writable: true, enumerable: true, configurable: true), rt)
    }

    /// `O.[[DefineOwnProperty]](key, descriptor)`.
    public func defineOwnProperty(_ key: PropertyKey, _ descriptor: PropertyDescriptor, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        ordinaryDefineOwnProperty(key, descriptor, rt)
    }

    /// ECMA-262 §10.1.6.3 ValidateAndApplyPropertyDescriptor on this ordinary object.
    public final func ordinaryDefineOwnProperty(_ key: PropertyKey, _ descriptor: PropertyDescriptor, _ rt: ScriptRuntime) -> Bool {
        guard let current = ordinaryGetOwnProperty(key) else {
            guard extensible else { return false }
            if descriptor.isAccessor {
                var flags: PropertyFlags = .accessor
                if descriptor.enumerable == true { flags.insert(.enumerable) }
                if descriptor.configurable == true { flags.insert(.configurable) }
                let pair = AccessorPair(getter: descriptor.getter?.asObject, setter: descriptor.setter?.asObject)
                addNew(key, .undefined, flags: flags)
                if accessors == nil { accessors = [:] }
                accessors?[key] = pair
            } else {
                var flags: PropertyFlags = []
                if descriptor.writable == true { flags.insert(.writable) }
                if descriptor.enumerable == true { flags.insert(.enumerable) }
                if descriptor.configurable == true { flags.insert(.configurable) }
                addNew(key, descriptor.value ?? .undefined, flags: flags)
            }
            return true
        }
        let configurable = current.flags.contains(.configurable)
        if !configurable {
            if descriptor.configurable == true { return false }
            if let enumerable = descriptor.enumerable, enumerable != current.flags.contains(.enumerable) { return false }
            if descriptor.isAccessor != current.isAccessor && (descriptor.isAccessor || descriptor.isData) { return false }
            if let pair = current.accessor {
                if let getter = descriptor.getter, !sameValue(getter, pair.getter.map { .object($0) } ?? .undefined) { return false }
                if let setter = descriptor.setter, !sameValue(setter, pair.setter.map { .object($0) } ?? .undefined) { return false }
            } else if !current.flags.contains(.writable) {
                if descriptor.writable == true { return false }
                if let value = descriptor.value, !sameValue(value, current.value) { return false }
            }
        }
        // Apply.
        var flags = current.flags
        if let enumerable = descriptor.enumerable { flags.set(.enumerable, enumerable) }
        if let configurable = descriptor.configurable { flags.set(.configurable, configurable) }
        if descriptor.isAccessor {
            flags.insert(.accessor)
            flags.remove(.writable)
            replaceOwn(key, value: .undefined, flags: flags)
            if let old = current.accessor {
                // Changed in place: inline caches hold the pair of an accessor whose shape they saw.
                if let getter = descriptor.getter { old.getter = getter.asObject }
                if let setter = descriptor.setter { old.setter = setter.asObject }
            } else {
                if accessors == nil { accessors = [:] }
                accessors?[key] = AccessorPair(getter: descriptor.getter?.asObject, setter: descriptor.setter?.asObject)
            }
        } else if descriptor.isData || !current.isAccessor {
            var value = current.value
            if current.isAccessor {
                flags.remove(.accessor)
                flags.remove(.writable)
                value = .undefined
                accessors?[key] = nil
            }
            if let writable = descriptor.writable { flags.set(.writable, writable) }
            if let newValue = descriptor.value { value = newValue }
            replaceOwn(key, value: value, flags: flags)
        } else {
            // Generic descriptor on an accessor: only attributes change.
            replaceOwn(key, value: .undefined, flags: flags)
        }
        return true
    }

    /// Adds a property the object does not have yet.
    public final func addNew(_ key: PropertyKey, _ value: JSValue, flags: PropertyFlags) {
        if case .index(let index) = key {
            addElement(index, value, flags: flags)
            return
        }
        if shape.isDictionary {
            shape.appendInPlace(key, flags: flags)
        } else {
            shape = shape.adding(key, flags: flags)
        }
        slots.append(value)
    }

    /// Defines a named data property known not to exist yet (built-ins and literals).
    @inline(__always)
    public final func defineNew(_ key: PropertyKey, _ value: JSValue, flags: PropertyFlags = .default) {
        addNew(key, value, flags: flags)
    }

    private final func replaceOwn(_ key: PropertyKey, value: JSValue, flags: PropertyFlags) {
        if case .index(let index) = key {
            replaceElement(index, value, flags: flags)
            return
        }
        guard let slot = shape.slot(of: key) else { return }
        if shape.flags[slot] != flags {
            if !shape.isDictionary, let changed = shape.changingFlags(at: slot, to: flags) {
                shape = changed
            } else {
                makeDictionary()
                shape.setFlagsInPlace(flags, at: slot)
            }
        }
        slots[slot] = value
    }

    /// Gives the object a shape of its own that it may change in place.
    public final func makeDictionary() {
        if !shape.isDictionary { shape = shape.dictionaryCopy() }
    }

    // MARK: - Elements

    private final func addElement(_ index: UInt32, _ value: JSValue, flags: PropertyFlags) {
        if sparseElements == nil && flags == elementFlags && !flags.contains(.accessor) {
            let position = Int(index)
            let count = elements.count
            if position == count {
                elements.append(value)
                return
            }
            if position < count {
                elements[position] = value
                return
            }
            if position <= count + 64 || position <= count * 2 {
                elements.reserveCapacity(position + 1)
                while elements.count < position { elements.append(.empty) }
                elements.append(value)
                return
            }
        }
        makeSparse()
        sparseElements?[index] = value
        if flags != .default {
            if sparseFlags == nil { sparseFlags = [:] }
            sparseFlags?[index] = flags
        }
    }

    private final func replaceElement(_ index: UInt32, _ value: JSValue, flags: PropertyFlags) {
        if sparseElements == nil && flags == elementFlags && !flags.contains(.accessor) {
            let position = Int(index)
            if position < elements.count {
                elements[position] = value
                return
            }
        }
        makeSparse()
        sparseElements?[index] = value
        if flags != .default {
            if sparseFlags == nil { sparseFlags = [:] }
            sparseFlags?[index] = flags
        } else {
            sparseFlags?[index] = nil
        }
    }

    /// Moves dense elements into the sparse dictionary.
    public final func makeSparse() {
        guard sparseElements == nil else { return }
        var dictionary = [UInt32: JSValue](minimumCapacity: elements.count)
        var flagTable: [UInt32: PropertyFlags]?
        for (position, value) in elements.enumerated() where !value.isEmpty {
            dictionary[UInt32(position)] = value
            if elementFlags != .default {
                if flagTable == nil { flagTable = [:] }
                flagTable?[UInt32(position)] = elementFlags
            }
        }
        elements = []
        sparseElements = dictionary
        sparseFlags = flagTable
        elementFlags = .default
    }

    /// Sorted own indices (ascending).
    public final func ownIndices() -> [UInt32] {
        if let sparseElements { return sparseElements.keys.sorted() }
        var result = [UInt32]()
        result.reserveCapacity(elements.count)
        for (position, value) in elements.enumerated() where !value.isEmpty { result.append(UInt32(position)) }
        return result
    }

    // MARK: - [[Delete]] (ECMA-262 §10.1.10)

    /// Removes an own property; false when it is not configurable.
    public func deleteProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> Bool {
        ordinaryDelete(key)
    }

    public final func ordinaryDelete(_ key: PropertyKey) -> Bool {
        if case .index(let index) = key {
            guard let property = ownElement(index) else { return true }
            guard property.flags.contains(.configurable) else { return false }
            if sparseElements != nil {
                sparseElements?[index] = nil
                sparseFlags?[index] = nil
            } else {
                let position = Int(index)
                if position == elements.count - 1 {
                    elements.removeLast()
                } else {
                    elements[position] = .empty
                }
            }
            accessors?[key] = nil
            return true
        }
        guard let slot = shape.slot(of: key) else { return true }
        guard shape.flags[slot].contains(.configurable) else { return false }
        makeDictionary()
        shape.removeInPlace(at: slot)
        slots.remove(at: slot)
        accessors?[key] = nil
        return true
    }

    // MARK: - [[OwnPropertyKeys]] (ECMA-262 §10.1.11)

    /// Own keys: indices ascending, then strings in creation order, then symbols in creation order.
    public func ownKeys(_ rt: ScriptRuntime) -> [PropertyKey] {
        ordinaryOwnKeys()
    }

    public final func ordinaryOwnKeys() -> [PropertyKey] {
        var result = [PropertyKey]()
        result.reserveCapacity(elements.count + shape.count)
        for index in ownIndices() { result.append(.index(index)) }
        var hasSymbols = false
        for key in shape.keys {
            if case .symbol = key { hasSymbols = true } else { result.append(key) }
        }
        if hasSymbols {
            for key in shape.keys where key.isSymbol { result.append(key) }
        }
        return result
    }

    // MARK: - Other internal methods

    /// ECMA-262 §10.1.7 [[HasProperty]].
    public func hasProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> Bool {
        var object: JSObject? = self
        while let current = object {
            if current.getOwnProperty(key, rt) != nil { return true }
            object = current.prototype
        }
        return false
    }

    /// ECMA-262 §10.1.4 [[PreventExtensions]].
    public func preventExtensions(_ rt: ScriptRuntime) -> Bool {
        extensible = false
        return true
    }

    /// ECMA-262 §10.1.2 [[SetPrototypeOf]]: false for a non-extensible object or a cycle.
    public func setPrototype(_ newPrototype: JSObject?, _ rt: ScriptRuntime) -> Bool {
        if newPrototype === prototype { return true }
        guard extensible else { return false }
        var walker = newPrototype
        while let current = walker {
            if current === self { return false }
            walker = current.prototype
        }
        prototype = newPrototype
        return true
    }

    /// Sets every own property's attributes for `Object.freeze` (`frozen`) or `Object.seal`.
    public func setIntegrity(frozen: Bool, _ rt: ScriptRuntime) {
        extensible = false
        if shape.count > 0 {
            makeDictionary()
            for slot in 0..<shape.count {
                var flags = shape.flags[slot]
                flags.remove(.configurable)
                if frozen && !flags.contains(.accessor) { flags.remove(.writable) }
                shape.setFlagsInPlace(flags, at: slot)
            }
        }
        if let sparseElements {
            for index in sparseElements.keys {
                var flags = sparseFlags?[index] ?? .default
                flags.remove(.configurable)
                if frozen && !flags.contains(.accessor) { flags.remove(.writable) }
                if sparseFlags == nil { sparseFlags = [:] }
                sparseFlags?[index] = flags
            }
        } else {
            elementFlags.remove(.configurable)
            if frozen { elementFlags.remove(.writable) }
        }
    }

    /// Whether every own property is non-configurable (and non-writable when `frozen`) and the
    /// object is not extensible (`Object.isFrozen`, `Object.isSealed`).
    public func testIntegrity(frozen: Bool, _ rt: ScriptRuntime) -> Bool {
        if extensible { return false }
        for key in ownKeys(rt) {
            guard let property = getOwnProperty(key, rt) else { continue }
            if property.flags.contains(.configurable) { return false }
            if frozen && !property.isAccessor && property.flags.contains(.writable) { return false }
        }
        return true
    }

    /// The class name V8 shows for objects of this kind in `Object.prototype.toString`.
    public var builtinTag: String {
        switch kind {
        case .array: return "Array"
        case .function: return "Function"
        case .error: return "Error"
        case .booleanWrapper: return "Boolean"
        case .numberWrapper: return "Number"
        case .stringWrapper: return "String"
        case .date: return "Date"
        case .regExp: return "RegExp"
        case .arguments: return "Arguments"
        default: return "Object"
        }
    }
}

extension PropertyFlags {
    @inline(__always) mutating func set(_ flag: PropertyFlags, _ on: Bool) {
        if on { insert(flag) } else { remove(flag) }
    }
}
