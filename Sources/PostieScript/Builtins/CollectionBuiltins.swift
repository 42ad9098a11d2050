/// `Map`, `Set`, `WeakMap`, `WeakSet` and the Map and Set iterators (ECMA-262 §24.1–§24.4).
///
/// Maps and sets keep their entries in an `OrderedCollectionStore`: insertion-ordered arrays with
/// tombstones for deleted entries and a hash index from key to position. Iterators hold a
/// `CollectionCursor` the store updates when it compacts or clears, so iteration sees entries added
/// while it runs and skips deleted ones, as the spec's list-with-empty-slots model does.
enum CollectionBuiltins {
    // MARK: Map (ECMA-262 §24.1)

    static func makeMapPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.objectPrototype)
        // Made here so that `constructor` is the prototype's first property, as in V8.
        let constructor = realm.nativeConstructor(
            "Map", length: 0, prototype: prototype,
            call: { rt, _, _ throws(JSException) in throw rt.makeException(.typeError, "Constructor Map requires 'new'") },
            construct: { rt, arguments, newTarget throws(JSException) in
                let map = JSMapObject(rt, prototype: try rt.prototypeForConstruction(newTarget, fallback: rt.realm.mapPrototype))
                try addEntriesFromIterable(rt, target: map, iterable: arguments[0], adderName: "set", weak: false)
                return .object(map)
            })
        addSpeciesGetter(realm, constructor)
        realm.intrinsics[.mapConstructor] = constructor

        prototype.addMethod(realm, "get", length: 1) { rt, this, arguments throws(JSException) in
            let map = try thisMap(rt, this, "Map.prototype.get")
            return map.store.value(for: arguments[0]) ?? .undefined
        }
        let setFunction = prototype.addMethod(realm, "set", length: 2) { rt, this, arguments throws(JSException) in
            let map = try thisMap(rt, this, "Map.prototype.set")
            map.store.set(arguments[0], arguments[1])
            return this
        }
        realm.intrinsics[originalMapSet] = setFunction
        prototype.addMethod(realm, "has", length: 1) { rt, this, arguments throws(JSException) in
            .bool(try thisMap(rt, this, "Map.prototype.has").store.contains(arguments[0]))
        }
        prototype.addMethod(realm, "delete", length: 1) { rt, this, arguments throws(JSException) in
            .bool(try thisMap(rt, this, "Map.prototype.delete").store.remove(arguments[0]))
        }
        prototype.addMethod(realm, "clear", length: 0) { rt, this, _ throws(JSException) in
            try thisMap(rt, this, "Map.prototype.clear").store.removeAll()
            return .undefined
        }
        let entries = prototype.addMethod(realm, "entries", length: 0) { rt, this, _ throws(JSException) in
            let map = try thisMap(rt, this, "Map.prototype.entries")
            return .object(JSCollectionIterator(rt, store: map.store, selection: .entries, kind: .mapIterator))
        }
        prototype.addMethod(realm, "forEach", length: 1) { rt, this, arguments throws(JSException) in
            let map = try thisMap(rt, this, "Map.prototype.forEach")
            try forEach(rt, store: map.store, owner: this, callback: arguments[0], thisArgument: arguments[1])
            return .undefined
        }
        prototype.addMethod(realm, "keys", length: 0) { rt, this, _ throws(JSException) in
            let map = try thisMap(rt, this, "Map.prototype.keys")
            return .object(JSCollectionIterator(rt, store: map.store, selection: .keys, kind: .mapIterator))
        }
        prototype.addGetter(realm, "size") { rt, this, _ throws(JSException) in
            .number(Double(try thisMap(rt, this, "get Map.prototype.size").store.count))
        }
        prototype.addMethod(realm, "values", length: 0) { rt, this, _ throws(JSException) in
            let map = try thisMap(rt, this, "Map.prototype.values")
            return .object(JSCollectionIterator(rt, store: map.store, selection: .values, kind: .mapIterator))
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(rt.intern("Map")), flags: [.configurable])
        prototype.defineNew(.symbol(rt.symbols.iterator), .object(entries), flags: .hidden)
        return prototype
    }

    static func makeMapConstructor(_ realm: Realm) -> JSObject {
        if let made = realm.intrinsics[.mapConstructor] { return made }
        _ = realm.mapPrototype
        return realm.intrinsics[.mapConstructor] ?? realm.objectPrototype
    }

    // MARK: Set (ECMA-262 §24.2)

    static func makeSetPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.objectPrototype)
        let constructor = realm.nativeConstructor(
            "Set", length: 0, prototype: prototype,
            call: { rt, _, _ throws(JSException) in throw rt.makeException(.typeError, "Constructor Set requires 'new'") },
            construct: { rt, arguments, newTarget throws(JSException) in
                let set = JSSetObject(rt, prototype: try rt.prototypeForConstruction(newTarget, fallback: rt.realm.setPrototype))
                try addValuesFromIterable(rt, target: set, iterable: arguments[0], weak: false)
                return .object(set)
            })
        addSpeciesGetter(realm, constructor)
        realm.intrinsics[.setConstructor] = constructor

        prototype.addMethod(realm, "has", length: 1) { rt, this, arguments throws(JSException) in
            .bool(try thisSet(rt, this, "Set.prototype.has").store.contains(arguments[0]))
        }
        let addFunction = prototype.addMethod(realm, "add", length: 1) { rt, this, arguments throws(JSException) in
            try thisSet(rt, this, "Set.prototype.add").store.add(arguments[0])
            return this
        }
        realm.intrinsics[originalSetAdd] = addFunction
        prototype.addMethod(realm, "delete", length: 1) { rt, this, arguments throws(JSException) in
            .bool(try thisSet(rt, this, "Set.prototype.delete").store.remove(arguments[0]))
        }
        prototype.addMethod(realm, "clear", length: 0) { rt, this, _ throws(JSException) in
            try thisSet(rt, this, "Set.prototype.clear").store.removeAll()
            return .undefined
        }
        prototype.addMethod(realm, "entries", length: 0) { rt, this, _ throws(JSException) in
            let set = try thisSet(rt, this, "Set.prototype.entries")
            return .object(JSCollectionIterator(rt, store: set.store, selection: .entries, kind: .setIterator))
        }
        prototype.addMethod(realm, "forEach", length: 1) { rt, this, arguments throws(JSException) in
            let set = try thisSet(rt, this, "Set.prototype.forEach")
            try forEach(rt, store: set.store, owner: this, callback: arguments[0], thisArgument: arguments[1])
            return .undefined
        }
        prototype.addGetter(realm, "size") { rt, this, _ throws(JSException) in
            .number(Double(try thisSet(rt, this, "get Set.prototype.size").store.count))
        }
        let values = prototype.addMethod(realm, "values", length: 0) { rt, this, _ throws(JSException) in
            let set = try thisSet(rt, this, "Set.prototype.values")
            return .object(JSCollectionIterator(rt, store: set.store, selection: .values, kind: .setIterator))
        }
        prototype.defineNew(rt.names.keys, .object(values), flags: .hidden)
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(rt.intern("Set")), flags: [.configurable])
        prototype.defineNew(.symbol(rt.symbols.iterator), .object(values), flags: .hidden)
        return prototype
    }

    static func makeSetConstructor(_ realm: Realm) -> JSObject {
        if let made = realm.intrinsics[.setConstructor] { return made }
        _ = realm.setPrototype
        return realm.intrinsics[.setConstructor] ?? realm.objectPrototype
    }

    // MARK: WeakMap (ECMA-262 §24.3)

    static func makeWeakMapPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.objectPrototype)
        let constructor = realm.nativeConstructor(
            "WeakMap", length: 0, prototype: prototype,
            call: { rt, _, _ throws(JSException) in throw rt.makeException(.typeError, "Constructor WeakMap requires 'new'") },
            construct: { rt, arguments, newTarget throws(JSException) in
                let map = JSWeakMapObject(rt, prototype: try rt.prototypeForConstruction(newTarget, fallback: rt.realm.weakMapPrototype))
                try addEntriesFromIterable(rt, target: map, iterable: arguments[0], adderName: "set", weak: true)
                return .object(map)
            })
        realm.intrinsics[.weakMapConstructor] = constructor

        prototype.addMethod(realm, "delete", length: 1) { rt, this, arguments throws(JSException) in
            let map = try thisWeakMap(rt, this, "WeakMap.prototype.delete")
            guard let identity = weakIdentity(arguments[0]) else { return .false }
            return .bool(map.entries.removeValue(forKey: identity) != nil)
        }
        prototype.addMethod(realm, "get", length: 1) { rt, this, arguments throws(JSException) in
            let map = try thisWeakMap(rt, this, "WeakMap.prototype.get")
            guard let identity = weakIdentity(arguments[0]) else { return .undefined }
            return map.entries[identity]?.value ?? .undefined
        }
        prototype.addMethod(realm, "set", length: 2) { rt, this, arguments throws(JSException) in
            let map = try thisWeakMap(rt, this, "WeakMap.prototype.set")
            guard let identity = weakIdentity(arguments[0]) else {
                throw rt.makeException(.typeError, "Invalid value used as weak map key")
            }
            map.entries[identity] = (arguments[0], arguments[1])
            return this
        }
        prototype.addMethod(realm, "has", length: 1) { rt, this, arguments throws(JSException) in
            let map = try thisWeakMap(rt, this, "WeakMap.prototype.has")
            guard let identity = weakIdentity(arguments[0]) else { return .false }
            return .bool(map.entries[identity] != nil)
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(rt.intern("WeakMap")), flags: [.configurable])
        return prototype
    }

    static func makeWeakMapConstructor(_ realm: Realm) -> JSObject {
        if let made = realm.intrinsics[.weakMapConstructor] { return made }
        _ = realm.weakMapPrototype
        return realm.intrinsics[.weakMapConstructor] ?? realm.objectPrototype
    }

    // MARK: WeakSet (ECMA-262 §24.4)

    static func makeWeakSetPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.objectPrototype)
        let constructor = realm.nativeConstructor(
            "WeakSet", length: 0, prototype: prototype,
            call: { rt, _, _ throws(JSException) in throw rt.makeException(.typeError, "Constructor WeakSet requires 'new'") },
            construct: { rt, arguments, newTarget throws(JSException) in
                let set = JSWeakSetObject(rt, prototype: try rt.prototypeForConstruction(newTarget, fallback: rt.realm.weakSetPrototype))
                try addValuesFromIterable(rt, target: set, iterable: arguments[0], weak: true)
                return .object(set)
            })
        realm.intrinsics[.weakSetConstructor] = constructor

        prototype.addMethod(realm, "delete", length: 1) { rt, this, arguments throws(JSException) in
            let set = try thisWeakSet(rt, this, "WeakSet.prototype.delete")
            guard let identity = weakIdentity(arguments[0]) else { return .false }
            return .bool(set.members.removeValue(forKey: identity) != nil)
        }
        prototype.addMethod(realm, "has", length: 1) { rt, this, arguments throws(JSException) in
            let set = try thisWeakSet(rt, this, "WeakSet.prototype.has")
            guard let identity = weakIdentity(arguments[0]) else { return .false }
            return .bool(set.members[identity] != nil)
        }
        prototype.addMethod(realm, "add", length: 1) { rt, this, arguments throws(JSException) in
            let set = try thisWeakSet(rt, this, "WeakSet.prototype.add")
            guard let identity = weakIdentity(arguments[0]) else { throw rt.makeException(.typeError, "Invalid value used in weak set") }
            set.members[identity] = arguments[0]
            return this
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(rt.intern("WeakSet")), flags: [.configurable])
        return prototype
    }

    static func makeWeakSetConstructor(_ realm: Realm) -> JSObject {
        if let made = realm.intrinsics[.weakSetConstructor] { return made }
        _ = realm.weakSetPrototype
        return realm.intrinsics[.weakSetConstructor] ?? realm.objectPrototype
    }

    // MARK: Iterators (ECMA-262 §24.1.5, §24.2.6)

    static func makeIteratorPrototype(_ realm: Realm, kind: ObjectKind) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.iteratorPrototype)
        let tag = kind == .mapIterator ? "Map Iterator" : "Set Iterator"
        let method = "\(tag).prototype.next"
        prototype.addMethod(realm, "next", length: 0) { rt, this, _ throws(JSException) in
            let object = try rt.thisObject(this, kind: kind, method: method)
            let iterator = unsafeDowncast(object, to: JSCollectionIterator.self)
            if let value = iterator.step(rt) { return .object(rt.realm.iteratorResult(value, done: false)) }
            return .object(rt.realm.iteratorResult(.undefined, done: true))
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(rt.intern(tag)), flags: [.configurable])
        return prototype
    }

    // MARK: Shared steps

    /// ECMA-262 §9.13 CanBeHeldWeakly: objects and symbols not from `Symbol.for`, by identity.
    private static func weakIdentity(_ value: JSValue) -> ObjectIdentifier? {
        switch value {
        case .object(let object): return ObjectIdentifier(object)
        case .symbol(let symbol) where symbol.registryKey == nil: return ObjectIdentifier(symbol)
        default: return nil
        }
    }

    /// The built-in `Map.prototype.set` and `Set.prototype.add`, which constructors call directly.
    private static let originalMapSet = IntrinsicName.host("%Map.prototype.set%")
    private static let originalSetAdd = IntrinsicName.host("%Set.prototype.add%")

    private static func isOriginal(_ rt: ScriptRuntime, _ adder: JSValue, _ name: IntrinsicName) -> Bool {
        guard case .object(let function) = adder, let original = rt.realm.intrinsics[name] else { return false }
        return function === original
    }

    private static func addSpeciesGetter(_ realm: Realm, _ constructor: JSObject) {
        constructor.addGetter(realm, symbol: realm.runtime.symbols.species, name: "[Symbol.species]") { _, this, _ throws(JSException) in
            this
        }
    }

    private static func thisMap(_ rt: ScriptRuntime, _ this: JSValue, _ method: String) throws(JSException) -> JSMapObject {
        unsafeDowncast(try rt.thisObject(this, kind: .map, method: method), to: JSMapObject.self)
    }

    private static func thisSet(_ rt: ScriptRuntime, _ this: JSValue, _ method: String) throws(JSException) -> JSSetObject {
        unsafeDowncast(try rt.thisObject(this, kind: .set, method: method), to: JSSetObject.self)
    }

    private static func thisWeakMap(_ rt: ScriptRuntime, _ this: JSValue, _ method: String) throws(JSException) -> JSWeakMapObject {
        unsafeDowncast(try rt.thisObject(this, kind: .weakMap, method: method), to: JSWeakMapObject.self)
    }

    private static func thisWeakSet(_ rt: ScriptRuntime, _ this: JSValue, _ method: String) throws(JSException) -> JSWeakSetObject {
        unsafeDowncast(try rt.thisObject(this, kind: .weakSet, method: method), to: JSWeakSetObject.self)
    }

    /// `Map.prototype.forEach` / `Set.prototype.forEach` (ECMA-262 §24.1.3.5, §24.2.3.6).
    private static func forEach(
        _ rt: ScriptRuntime, store: OrderedCollectionStore, owner: JSValue, callback: JSValue, thisArgument: JSValue
    ) throws(JSException) {
        guard let function = callback.asFunction else {
            throw rt.makeException(.typeError, "\(rt.callSiteDescription(callback)) is not a function")
        }
        let cursor = store.makeCursor()
        defer { store.release(cursor) }
        var arguments = [JSValue](repeating: .undefined, count: 3)
        arguments[2] = owner
        while let position = store.advance(cursor) {
            let key = store.keys[position]
            arguments[0] = store.storesValues ? store.values[position] : key
            arguments[1] = key
            _ = try arguments.withUnsafeBufferPointer { buffer throws(JSException) in
                try rt.callFunction(function, this: thisArgument, arguments: Arguments(base: buffer.baseAddress, count: 3))
            }
        }
    }

    /// The adder (`set` or `add`) a collection constructor calls (ECMA-262 §24.1.1.2 step 2).
    private static func adder(_ rt: ScriptRuntime, _ target: JSObject, _ name: String) throws(JSException) -> JSValue {
        let adder = try target.get(rt.propertyKey(name), rt)
        guard adder.isCallable else {
            throw rt.makeException(
                .typeError,
                "'\(rt.describeReceiver(adder))' returned for property '\(name)' of object '\(rt.describeObjectForError(target))' is not a function")
        }
        return adder
    }

    /// ECMA-262 §24.1.1.2 AddEntriesFromIterable, for `Map` and `WeakMap`.
    private static func addEntriesFromIterable(
        _ rt: ScriptRuntime, target: JSObject, iterable: JSValue, adderName: String, weak: Bool
    ) throws(JSException) {
        if iterable.isNullish { return }
        let adder = try adder(rt, target, adderName)
        let isBuiltin = !weak && isOriginal(rt, adder, originalMapSet)
        try iterate(rt, iterable) { rt, item throws(JSException) in
            guard case .object(let entry) = item else {
                throw rt.makeException(.typeError, "Iterator value \(rt.describeReceiver(item)) is not an entry object")
            }
            let key = try entry.get(.index(0), rt)
            let value = try entry.get(.index(1), rt)
            if isBuiltin, let map = target as? JSMapObject {
                map.store.set(key, value)
            } else {
                _ = try rt.call(adder, this: .object(target), arguments: [key, value])
            }
        }
    }

    /// The `Set` and `WeakSet` constructors' loop over their iterable (ECMA-262 §24.2.2.1 steps 5–8).
    private static func addValuesFromIterable(_ rt: ScriptRuntime, target: JSObject, iterable: JSValue, weak: Bool) throws(JSException) {
        if iterable.isNullish { return }
        let adder = try adder(rt, target, "add")
        let isBuiltin = !weak && isOriginal(rt, adder, originalSetAdd)
        if isBuiltin, let set = target as? JSSetObject, case .object(let object) = iterable, object.kind == .array,
            rt.realm.hasPristineArrayIteration(object)
        {
            // No script code can run between steps: read the array as its iterator would.
            var index = 0
            while index < Int(unsafeDowncast(object, to: JSArray.self).length) {
                let value: JSValue
                if object.sparseElements == nil, index < object.elements.count, !object.elements[index].isEmpty {
                    value = object.elements[index]
                } else {
                    value = try object.get(.index(UInt32(index)), rt)
                }
                set.store.add(value)
                index += 1
            }
            return
        }
        try iterate(rt, iterable) { rt, value throws(JSException) in
            if isBuiltin, let set = target as? JSSetObject {
                set.store.add(value)
            } else {
                _ = try rt.call(adder, this: .object(target), arguments: [value])
            }
        }
    }

    /// ECMA-262 §7.4.2 GetIterator(obj, sync) with the messages V8's collection constructors give.
    private static func getIterator(_ rt: ScriptRuntime, _ iterable: JSValue, into record: UnsafeMutablePointer<JSValue>) throws(JSException) {
        try rt.getIterator(iterable, into: record, request: .builtin)
    }

    /// Runs `body` on each value of `iterable`, closing the iterator when `body` throws
    /// (ECMA-262 §7.4.2 GetIterator, §7.4.6 IteratorStep, §7.4.9 IfAbruptCloseIterator).
    private static func iterate(
        _ rt: ScriptRuntime, _ iterable: JSValue, _ body: (ScriptRuntime, JSValue) throws(JSException) -> Void
    ) throws(JSException) {
        var record = [JSValue](repeating: .undefined, count: 3)
        try record.withUnsafeMutableBufferPointer { buffer throws(JSException) in
            guard let pointer = buffer.baseAddress else { return }
            try getIterator(rt, iterable, into: pointer)
            while let value = try rt.iteratorStep(pointer) {
                do throws(JSException) {
                    try body(rt, value)
                } catch {
                    if !error.isTermination { rt.iteratorCloseQuietly(pointer) }
                    throw error
                }
            }
        }
    }
}

extension ScriptRuntime {
    /// How V8 names a value it cannot call or iterate when it has no source text for it
    /// (`object`, `number 1`, `string "a"`, `object null`, `undefined`).
    func callSiteDescription(_ value: JSValue) -> String {
        switch value {
        case .undefined, .empty: return "undefined"
        case .null: return "object null"
        case .bool(let flag): return flag ? "boolean true" : "boolean false"
        case .number(let number): return "number \(numberToJSString(number).string)"
        case .string(let string): return "string \"\(string.string)\""
        case .symbol: return "symbol"
        case .object(let object): return object.isCallable ? "function" : "object"
        }
    }
}

extension Realm {
    /// %MapIteratorPrototype% (ECMA-262 §24.1.5.2).
    var mapIteratorPrototype: JSObject {
        intrinsic(.mapIteratorPrototype) { CollectionBuiltins.makeIteratorPrototype($0, kind: .mapIterator) }
    }

    /// %SetIteratorPrototype% (ECMA-262 §24.2.6.2).
    var setIteratorPrototype: JSObject {
        intrinsic(.setIteratorPrototype) { CollectionBuiltins.makeIteratorPrototype($0, kind: .setIterator) }
    }
}

// MARK: - Objects

/// A `Map` instance (ECMA-262 §24.1): its entries in insertion order.
public final class JSMapObject: JSObject {
    let store = OrderedCollectionStore(storesValues: true)

    public init(_ rt: ScriptRuntime, prototype: JSObject?) {
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .map)
    }

    /// The number of entries (`size`).
    public var count: Int { store.count }

    /// The entries in iteration order.
    public func orderedEntries() -> [(key: JSValue, value: JSValue)] {
        var result: [(key: JSValue, value: JSValue)] = []
        result.reserveCapacity(store.count)
        for position in 0..<store.keys.count where !store.keys[position].isEmpty {
            result.append((store.keys[position], store.values[position]))
        }
        return result
    }

    /// Adds or replaces an entry (`map.set(key, value)`).
    public func setEntry(_ key: JSValue, _ value: JSValue) { store.set(key, value) }

    override func clearReferences() {
        super.clearReferences()
        store.dropEverything()
    }
}

/// A `Set` instance (ECMA-262 §24.2): its values in insertion order.
public final class JSSetObject: JSObject {
    let store = OrderedCollectionStore(storesValues: false)

    public init(_ rt: ScriptRuntime, prototype: JSObject?) {
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .set)
    }

    /// The number of values (`size`).
    public var count: Int { store.count }

    /// The values in iteration order.
    public func orderedValues() -> [JSValue] {
        var result: [JSValue] = []
        result.reserveCapacity(store.count)
        for key in store.keys where !key.isEmpty { result.append(key) }
        return result
    }

    /// Adds a value (`set.add(value)`).
    public func addValue(_ value: JSValue) { store.add(value) }

    override func clearReferences() {
        super.clearReferences()
        store.dropEverything()
    }
}

/// A `WeakMap` instance (ECMA-262 §24.3).
///
/// The engine frees a realm's objects all at once when the realm is torn down, so nothing would be
/// gained by weak references: keys (objects, and symbols not from `Symbol.for`) are held strongly
/// and compared by identity. Entries are not
/// observable except through `get`/`has`/`delete`, so the difference cannot be seen by scripts.
public final class JSWeakMapObject: JSObject {
    var entries: [ObjectIdentifier: (key: JSValue, value: JSValue)] = [:]

    public init(_ rt: ScriptRuntime, prototype: JSObject?) {
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .weakMap)
    }

    override func clearReferences() {
        super.clearReferences()
        entries = [:]
    }
}

/// A `WeakSet` instance (ECMA-262 §24.4); like `JSWeakMapObject`, it holds its members strongly
/// (realms are freed as a whole) and compares them by identity.
public final class JSWeakSetObject: JSObject {
    var members: [ObjectIdentifier: JSValue] = [:]

    public init(_ rt: ScriptRuntime, prototype: JSObject?) {
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .weakSet)
    }

    override func clearReferences() {
        super.clearReferences()
        members = [:]
    }
}

/// A Map or Set iterator (ECMA-262 §24.1.5 CreateMapIterator, §24.2.6 CreateSetIterator).
final class JSCollectionIterator: JSObject {
    enum Selection { case keys, values, entries }
    private var store: OrderedCollectionStore?
    private let cursor: CollectionCursor
    private let selection: Selection

    init(_ rt: ScriptRuntime, store: OrderedCollectionStore, selection: Selection, kind: ObjectKind) {
        self.store = store
        self.cursor = store.makeCursor()
        self.selection = selection
        let prototype = kind == .mapIterator ? rt.realm.mapIteratorPrototype : rt.realm.setIteratorPrototype
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: kind)
    }

    deinit {
        store?.release(cursor)
    }

    /// The next value, or nil once the iteration has ended (for good).
    func step(_ rt: ScriptRuntime) -> JSValue? {
        guard let store else { return nil }
        guard let position = store.advance(cursor) else {
            store.release(cursor)
            self.store = nil
            return nil
        }
        let key = store.keys[position]
        let value = store.storesValues ? store.values[position] : key
        switch selection {
        case .keys: return key
        case .values: return value
        case .entries: return .object(rt.realm.newArray([key, value]))
        }
    }

    override func clearReferences() {
        super.clearReferences()
        store = nil
    }
}

extension JSCollectionIterator: InspectableCollection {
    /// The entries not visited yet, without advancing (what Node's inspect previews).
    func inspectEntries() -> [(key: JSValue, value: JSValue?)] {
        guard let store else { return [] }
        var entries: [(key: JSValue, value: JSValue?)] = []
        var position = cursor.position
        while position < store.keys.count {
            let key = store.keys[position]
            position += 1
            if key.isEmpty { continue }
            let value = store.storesValues ? store.values[position - 1] : key
            switch selection {
            case .keys: entries.append((key, nil))
            case .values: entries.append((value, nil))
            case .entries: entries.append((key, value))
            }
        }
        return entries
    }

    var inspectYieldsPairs: Bool { selection == .entries }
}

extension JSMapObject: InspectableCollection {
    public func inspectEntries() -> [(key: JSValue, value: JSValue?)] { orderedEntries().map { ($0.key, $0.value) } }
    public var inspectYieldsPairs: Bool { true }
}

extension JSSetObject: InspectableCollection {
    public func inspectEntries() -> [(key: JSValue, value: JSValue?)] { orderedValues().map { ($0, nil) } }
    public var inspectYieldsPairs: Bool { false }
}

// MARK: - Storage

/// A key hashed by value and compared by SameValueZero (ECMA-262 §7.2.11); `-0` is stored as `+0`.
struct CollectionKey: Hashable {
    let value: JSValue

    @inline(__always) init(normalizing value: JSValue) {
        if case .number(let number) = value, number == 0 {
            self.value = .number(0)
        } else {
            self.value = value
        }
    }

    static func == (lhs: CollectionKey, rhs: CollectionKey) -> Bool {
        sameValueZero(lhs.value, rhs.value)
    }

    func hash(into hasher: inout Hasher) {
        switch value {
        case .undefined, .empty: hasher.combine(0 as UInt8)
        case .null: hasher.combine(1 as UInt8)
        case .bool(let flag): hasher.combine(flag ? 2 as UInt8 : 3)
        case .number(let number):
            hasher.combine(number.isNaN ? Double.nan.bitPattern : number.bitPattern)
        case .string(let string): hasher.combine(string.contentHash)
        case .symbol(let symbol): hasher.combine(ObjectIdentifier(symbol))
        case .object(let object): hasher.combine(ObjectIdentifier(object))
        }
    }
}

/// Where one iteration over a store has got to (the index of the next entry to look at).
final class CollectionCursor {
    var position = 0
}

/// The entries of a Map or Set: insertion-ordered, deleted entries left as `.empty` tombstones until
/// the store compacts, with a hash index for O(1) average lookups.
final class OrderedCollectionStore {
    /// Keys in insertion order; `.empty` marks a deleted entry.
    private(set) var keys = ContiguousArray<JSValue>()
    /// Values parallel to `keys` (maps only).
    private(set) var values = ContiguousArray<JSValue>()
    let storesValues: Bool
    private var positions: [CollectionKey: Int] = [:]
    /// Live entries.
    private(set) var count = 0
    /// Iterations in progress, updated on compaction and clear.
    private var cursors: [CollectionCursor] = []

    init(storesValues: Bool) {
        self.storesValues = storesValues
    }

    @inline(__always) func position(of key: JSValue) -> Int? {
        positions[CollectionKey(normalizing: key)]
    }

    func contains(_ key: JSValue) -> Bool { position(of: key) != nil }

    func value(for key: JSValue) -> JSValue? {
        guard let position = position(of: key) else { return nil }
        return values[position]
    }

    /// Map.prototype.set (ECMA-262 §24.1.3.9).
    func set(_ key: JSValue, _ value: JSValue) {
        let normalized = CollectionKey(normalizing: key)
        if let position = positions[normalized] {
            values[position] = value
            return
        }
        positions[normalized] = keys.count
        keys.append(normalized.value)
        values.append(value)
        count += 1
    }

    /// Set.prototype.add (ECMA-262 §24.2.3.1).
    func add(_ key: JSValue) {
        let normalized = CollectionKey(normalizing: key)
        if positions[normalized] != nil { return }
        positions[normalized] = keys.count
        keys.append(normalized.value)
        count += 1
    }

    /// Map/Set.prototype.delete: leaves a tombstone, compacting when more than half are tombstones.
    func remove(_ key: JSValue) -> Bool {
        guard let position = positions.removeValue(forKey: CollectionKey(normalizing: key)) else { return false }
        keys[position] = .empty
        if storesValues { values[position] = .empty }
        count -= 1
        let tombstones = keys.count - count
        if tombstones >= 16 && tombstones > count { compact() }
        return true
    }

    /// Map/Set.prototype.clear: iterations in progress continue with entries added afterwards.
    func removeAll() {
        keys.removeAll()
        values.removeAll()
        positions.removeAll()
        count = 0
        for cursor in cursors { cursor.position = 0 }
    }

    /// Drops every reference (realm teardown).
    func dropEverything() {
        removeAll()
        cursors.removeAll()
    }

    /// Removes the tombstones, moving each iteration's position to the same live entry.
    private func compact() {
        var remap: [Int]?
        if !cursors.isEmpty {
            // remap[old] = live entries before `old`.
            var table = [Int](repeating: 0, count: keys.count + 1)
            var live = 0
            for old in 0..<keys.count {
                table[old] = live
                if !keys[old].isEmpty { live += 1 }
            }
            table[keys.count] = live
            remap = table
        }
        var newKeys = ContiguousArray<JSValue>()
        newKeys.reserveCapacity(count)
        var newValues = ContiguousArray<JSValue>()
        if storesValues { newValues.reserveCapacity(count) }
        for old in 0..<keys.count where !keys[old].isEmpty {
            let key = keys[old]
            positions[CollectionKey(normalizing: key)] = newKeys.count
            newKeys.append(key)
            if storesValues { newValues.append(values[old]) }
        }
        if let remap {
            for cursor in cursors { cursor.position = remap[min(cursor.position, remap.count - 1)] }
        }
        keys = newKeys
        values = newValues
    }

    /// A new iteration from the first entry.
    func makeCursor() -> CollectionCursor {
        let cursor = CollectionCursor()
        cursors.append(cursor)
        return cursor
    }

    /// Ends an iteration.
    func release(_ cursor: CollectionCursor) {
        if let index = cursors.lastIndex(where: { $0 === cursor }) { cursors.remove(at: index) }
    }

    /// The position of the next live entry for `cursor`, moving past it; nil at the end.
    @inline(__always) func advance(_ cursor: CollectionCursor) -> Int? {
        while cursor.position < keys.count {
            let position = cursor.position
            cursor.position += 1
            if !keys[position].isEmpty { return position }
        }
        return nil
    }
}
