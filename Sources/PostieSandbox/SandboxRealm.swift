import PostieJSON
import PostieScript

/// A realm scripts run in one after another. The sandbox's bootstrap (sandbox.js) runs once here and
/// leaves `start` and `collect`; the libraries scripts `require` load once. Before each script `start`
/// makes the script's state and globals; after it the global object is put back as `start` left it
/// (what the script added removed, what it replaced restored), and a script that changed a built-in
/// object (`Array.prototype.map = …`) spoils the realm, so the next script gets a new one.
final class SandboxRealm {
    let realm: Realm
    unowned let runtime: ScriptRuntime
    /// Scripts run here so far.
    var scripts = 0
    /// Live cells after the first script (the bootstrap and the libraries it loaded): what the realm
    /// gains past this is mostly cyclic garbage.
    var cellsAfterFirstScript = 0
    /// A script left the realm in a state that cannot be undone (a non-configurable global, a changed
    /// built-in object): the next script gets a new realm.
    var isSpoiled = false
    /// `require`d libraries' exports.
    var loaded: [String: JSValue] = [:]
    var loading: [String: JSObject] = [:]
    /// The host of the script running here now (each script has its own; cleared after it).
    var activeHost: SandboxHost?
    /// `require('postie:host')` and the bootstrap's `__postieHost`: the natives, shared by the realm's
    /// scripts (each call reaches `activeHost`).
    private(set) var hostObject: JSObject?
    private var startFunction: JSValue = .undefined
    private var collectFunction: JSValue = .undefined
    /// The global object as `start` left it: its keys, attributes and values in slot order, and its
    /// accessors' getter and setter.
    private var startedKeys = ContiguousArray<PropertyKey>()
    private var startedFlags = ContiguousArray<PropertyFlags>()
    private var startedSlots = ContiguousArray<JSValue>()
    private var startedAccessors: [(slot: Int, pair: AccessorPair, getter: JSObject?, setter: JSObject?)] = []
    /// The built-in objects (constructors, their prototypes, `JSON`, `Math`…) and the bootstrap's objects
    /// that scripts share (`shared`: `pm`'s functions, the legacy globals' getters) as they were before
    /// scripts ran.
    private var watched: [WatchedObject] = []
    private var sharedObjects: [JSObject] = []

    /// Makes the realm's globals, runs the bootstrap in it; throws when the bootstrap fails.
    init(realm: Realm, runtime: ScriptRuntime, bootstrap: CompiledScript) throws(ScriptFailure) {
        self.realm = realm
        self.runtime = runtime
        let rt = runtime
        rt.enter(realm)
        let global = realm.globalObject!
        // Every built-in global made now, so all of them are watched from the start.
        _ = global.ownKeys(rt)
        let host = SandboxHost.makeHostObject(for: self)
        hostObject = host
        global.defineNew(rt.propertyKey("__postieHost"), .object(host), flags: .hidden)
        let made = try rt.run(bootstrap, in: realm)
        guard case .object(let api) = made,
            let start = try? api.get(rt.propertyKey("start"), rt), start.isCallable,
            let collect = try? api.get(rt.propertyKey("collect"), rt), collect.isCallable
        else {
            throw ScriptFailure(
                name: "Error", message: "the sandbox bootstrap gave no start function", stack: nil, sourceName: nil, line: nil, column: nil,
                isLimit: false, isSyntaxError: false)
        }
        startFunction = start
        collectFunction = collect
        if case .object(let list) = (try? api.get(rt.propertyKey("shared"), rt)) ?? .undefined {
            let count = (try? rt.lengthOfArrayLike(list)) ?? 0
            for index in 0..<count {
                if case .object(let object) = (try? list.get(.index(UInt32(index)), rt)) ?? .undefined { sharedObjects.append(object) }
            }
        }
        watchBuiltins()
    }

    /// Starts a script: its state and globals from `context` (the script's `__postieContext`).
    func start(context: JSValue) throws(ScriptFailure) {
        let rt = runtime
        rt.enter(realm)
        do throws(JSException) {
            _ = try rt.call(startFunction, this: .undefined, arguments: [context])
        } catch {
            throw rt.failure(from: error)
        }
        recordStartedGlobals()
    }

    /// What `collect()` returned for the script that ran, as JSON.
    func collect() -> JSONValue? {
        let rt = runtime
        rt.enter(realm)
        guard let result = try? rt.call(collectFunction, this: .undefined, arguments: []) else { return nil }
        return rt.json(from: result)
    }

    // MARK: Putting the global object back

    private func recordStartedGlobals() {
        guard let global = realm.globalObject else { return }
        let shape = global.shape
        startedKeys = shape.keys
        startedFlags = shape.flags
        startedSlots = global.slots
        let keys = startedKeys, flags = startedFlags, accessors = global.accessors ?? [:]
        var found: [(slot: Int, pair: AccessorPair, getter: JSObject?, setter: JSObject?)] = []
        found.reserveCapacity(startedAccessors.count)
        for slot in flags.indices where flags[slot].contains(.accessor) {
            guard let pair = accessors[keys[slot]] else { continue }
            found.append((slot, pair, pair.getter, pair.setter))
        }
        startedAccessors = found
    }

    /// Puts the global object back as `start` left it: the globals the script added are removed, the
    /// ones it replaced or reconfigured are restored.
    /// False when that cannot be done (the realm is then replaced): the script deleted a global, made one
    /// non-configurable, gave the global object an indexed property or changed a built-in object.
    func resetGlobals() -> Bool {
        guard let global = realm.globalObject, global.extensible, global.elements.isEmpty, global.sparseElements == nil else {
            return false
        }
        let rt = runtime
        // Locals, not properties, in the loops (each property access is an exclusivity check).
        let startedKeys = self.startedKeys, startedFlags = self.startedFlags, startedSlots = self.startedSlots
        let count = startedKeys.count
        let keys = global.shape.keys
        guard keys.count >= count else { return false }
        for index in 0..<count where keys[index] != startedKeys[index] { return false }
        // Every built-in global was made with the realm: the keys after `start`'s are the script's own.
        if keys.count > count {
            for key in keys[count...].reversed() { global.removeOwnPropertyIgnoringAttributes(key) }
        }
        let flags = global.shape.flags
        let slots = global.slots
        for slot in 0..<count where flags[slot] != startedFlags[slot] || !Self.identical(slots[slot], startedSlots[slot]) {
            guard restore(slot, in: global, rt) else { return false }
        }
        let accessors = global.accessors ?? [:]
        for entry in startedAccessors {
            let pair = accessors[startedKeys[entry.slot]]
            let unchanged = pair === entry.pair && pair?.getter === entry.getter && pair?.setter === entry.setter
            if !unchanged, !restore(entry.slot, in: global, rt) { return false }
        }
        return builtinsAreUnchanged()
    }

    /// Puts the global in `slot` back as `start` left it (in place: the other globals keep their slots).
    private func restore(_ slot: Int, in global: JSObject, _ rt: ScriptRuntime) -> Bool {
        let key = startedKeys[slot]
        guard let current = global.ordinaryGetOwnProperty(key), current.flags.contains(.configurable) else { return false }
        let flags = startedFlags[slot]
        let descriptor: PropertyDescriptor
        if flags.contains(.accessor) {
            guard let entry = startedAccessors.first(where: { $0.slot == slot }) else { return false }
            descriptor = PropertyDescriptor(
                getter: entry.getter.map { .object($0) } ?? .undefined, setter: entry.setter.map { .object($0) } ?? .undefined,
                enumerable: flags.contains(.enumerable), configurable: flags.contains(.configurable))
        } else {
            descriptor = PropertyDescriptor(value: startedSlots[slot], flags: flags)
        }
        return global.ordinaryDefineOwnProperty(key, descriptor, rt)
    }

    private static func identical(_ a: JSValue, _ b: JSValue) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)): return x === y
        case (.object, _), (_, .object): return false
        default: return sameValue(a, b)
        }
    }

    // MARK: Built-in objects

    /// A built-in object as it was: what a script that changes it changes (a class: the list is walked
    /// after every script, and copying the struct out retained each field).
    private final class WatchedObject {
        let object: JSObject
        let shape: Shape
        /// A dictionary shape changes in place: its keys are compared too.
        let keys: ContiguousArray<PropertyKey>
        let slots: ContiguousArray<JSValue>
        let prototype: JSObject?
        let extensible: Bool
        let elementCount: Int
        let accessorCount: Int

        init(_ object: JSObject) {
            self.object = object
            shape = object.shape
            keys = object.shape.keys
            slots = object.slots
            prototype = object.prototype
            extensible = object.extensible
            elementCount = object.elements.count + (object.sparseElements?.count ?? 0)
            accessorCount = object.accessors?.count ?? 0
        }

        var isUnchanged: Bool {
            let object = self.object
            guard object.shape === shape, object.prototype === prototype, object.extensible == extensible,
                object.elements.count + (object.sparseElements?.count ?? 0) == elementCount, (object.accessors?.count ?? 0) == accessorCount
            else { return false }
            if shape.isDictionary, shape.keys != keys { return false }
            let current = object.slots
            if Self.sameBuffer(current, slots) { return true }
            guard current.count == slots.count else { return false }
            for index in slots.indices where !SandboxRealm.identical(current[index], slots[index]) { return false }
            return true
        }

        static func sameBuffer(_ a: ContiguousArray<JSValue>, _ b: ContiguousArray<JSValue>) -> Bool {
            a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress && x.count == y.count } }
        }
    }

    /// Notes the built-in globals' objects and their prototypes (`console` is left out: the sandbox
    /// wraps its methods for Postman's deferred warnings) and the bootstrap's shared objects.
    func watchBuiltins() {
        guard let global = realm.globalObject else { return }
        let rt = runtime
        var seen = Set<ObjectIdentifier>()
        var list: [WatchedObject] = []
        func add(_ object: JSObject) {
            guard seen.insert(ObjectIdentifier(object)).inserted else { return }
            list.append(WatchedObject(object))
        }
        let consoleKey = rt.propertyKey("console")
        let prototypeKey = rt.propertyKey("prototype")
        let keys = global.shape.keys, flags = global.shape.flags, slots = global.slots
        for (slot, key) in keys.enumerated() where realm.isBuiltinGlobal(key) && key != consoleKey {
            guard !flags[slot].contains(.accessor), case .object(let object) = slots[slot], object !== global else { continue }
            // Constructors and their prototypes, and objects such as `JSON` and `Math` (plain functions
            // such as `parseInt` are not watched: a script has no reason to change them).
            if let property = object.ordinaryGetOwnProperty(prototypeKey), property.accessor == nil, case .object(let prototype) = property.value {
                add(object)
                add(prototype)
            } else if !object.isCallable {
                add(object)
            }
        }
        for object in sharedObjects { add(object) }
        watched = list
    }

    /// Whether no built-in object changed since `watchBuiltins`.
    func builtinsAreUnchanged() -> Bool {
        let watched = self.watched
        for entry in watched where !entry.isUnchanged { return false }
        return true
    }
}
