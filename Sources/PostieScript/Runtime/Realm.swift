/// A realm (ECMA-262 §9.3): a global object and its own set of built-in objects.
///
/// Built-ins are made on first use, so a realm costs a few objects until a script touches
/// `Array`, `JSON` or `Math`. `tearDown()` frees whatever cycles the realm's objects formed.
public final class Realm {
    public unowned let runtime: ScriptRuntime
    let registry = HeapRegistry()
    public private(set) var objectPrototype: JSObject!
    public private(set) var functionPrototype: JSFunction!
    public private(set) var globalObject: JSGlobalObject!
    /// The `eval` function of this realm (a call of it by that name is a direct eval).
    public private(set) var evalFunction: JSFunction!
    /// Tagged template strings arrays, per code and site.
    var templateObjects: [ObjectIdentifier: [Int: JSArray]] = [:]
    /// Shapes pre-built for objects the engine makes often.
    private(set) var iteratorResultShape: Shape!
    private(set) var arrayLengthShape: Shape?
    /// Built-in objects made on demand, by name.
    var intrinsics: [IntrinsicName: JSObject] = [:]
    /// Constructors being made (their prototype asks for them while they are built).
    var intrinsicsInProgress: Set<IntrinsicName> = []
    // The hottest intrinsics, cached outside the table.
    var cachedArrayPrototype: JSObject?
    var cachedStringPrototype: JSObject?
    var cachedPromisePrototype: JSObject?
    var cachedArrayIteratorNext: JSFunction?
    var cachedArrayValues: JSFunction?
    /// `String.prototype[Symbol.iterator]`, set by the String built-ins.
    var cachedStringIterator: JSFunction?
    /// `Object.prototype.toString`, set by the Object built-ins (V8 names objects in messages by it).
    var objectToStringFunction: JSFunction?
    /// Host values kept alive with the realm (the embedder's bindings).
    public var hostState: [String: AnyObject] = [:]
    /// The built-in globals' own values, as `restoreReplacedBuiltinGlobals` first saw them.
    var builtinGlobalOriginals: [PropertyKey: (JSValue, PropertyFlags)] = [:]
    private(set) var isTornDown = false

    init(runtime: ScriptRuntime) {
        self.runtime = runtime
        let previous = runtime.realm
        runtime.enter(self)
        defer { if let previous { runtime.enter(previous) } }
        let rt = runtime
        objectPrototype = JSObject(rt, shape: rt.rootShape, prototype: nil)
        functionPrototype = JSFunction(
            rt, realm: self, body: .native({ _, _, _ in .undefined }, constructor: nil), shape: rt.functionShape,
            prototype: objectPrototype, isConstructor: false)
        functionPrototype.slots = [.number(0), .string(JSString.empty)]
        globalObject = JSGlobalObject(rt, realm: self, prototype: objectPrototype)
        iteratorResultShape = rt.rootShape.adding(rt.names.value, flags: .default).adding(rt.names.done, flags: .default)
        ObjectBuiltins.installPrototype(on: objectPrototype, realm: self)
        FunctionBuiltins.installPrototype(on: functionPrototype, realm: self)
        evalFunction = nativeFunction("eval", length: 1, GlobalFunctions.indirectEval)
        // `({}).constructor` and `(function(){}).constructor` exist from the start.
        _ = objectConstructor
        _ = functionConstructor
    }

    /// Frees the objects of this realm, cycles included. The realm must not be used afterwards.
    public func tearDown() {
        guard !isTornDown else { return }
        isTornDown = true
        intrinsics.removeAll()
        templateObjects.removeAll()
        cachedArrayPrototype = nil
        cachedStringPrototype = nil
        cachedPromisePrototype = nil
        cachedArrayIteratorNext = nil
        cachedArrayValues = nil
        cachedStringIterator = nil
        objectToStringFunction = nil
        hostState.removeAll()
        builtinGlobalOriginals.removeAll()
        registry.tearDown()
        objectPrototype = nil
        functionPrototype = nil
        globalObject = nil
        evalFunction = nil
    }

    /// Live objects, scopes and frames.
    public var liveCellCount: Int { registry.liveCells }

    // MARK: Making built-ins

    /// A native function object (a built-in method).
    public func nativeFunction(_ name: String, length: Int, _ function: @escaping NativeFunction) -> JSFunction {
        nativeFunction(runtime.builtinName(name), length: length, function)
    }

    public func nativeFunction(_ name: JSString, length: Int, _ function: @escaping NativeFunction) -> JSFunction {
        let made = JSFunction(
            runtime, realm: self, body: .native(function, constructor: nil), shape: runtime.functionShape,
            prototype: functionPrototype, isConstructor: false)
        made.slots = [.number(Double(length)), .string(name)]
        return made
    }

    /// A native constructor with its `prototype` (non-writable, as built-in constructors have it).
    public func nativeConstructor(
        _ name: String, length: Int, prototype: JSObject?, call: @escaping NativeFunction, construct: @escaping NativeConstructor
    ) -> JSFunction {
        let made = JSFunction(
            runtime, realm: self, body: .native(call, constructor: construct), shape: runtime.functionShape,
            prototype: functionPrototype, isConstructor: true)
        made.slots = [.number(Double(length)), .string(runtime.builtinName(name))]
        if let prototype {
            made.addNew(runtime.names.prototype, .object(prototype), flags: [])
            prototype.defineNew(runtime.names.constructor, .object(made), flags: .hidden)
        }
        return made
    }

    /// The built-in named `name`, made on first use by `make`.
    @inline(__always)
    func intrinsic(_ name: IntrinsicName, _ make: (Realm) -> JSObject) -> JSObject {
        if let existing = intrinsics[name] { return existing }
        let previous = runtime.realm
        runtime.enter(self)
        defer { if let previous, previous !== self { runtime.enter(previous) } }
        let made = make(self)
        intrinsics[name] = made
        return made
    }

    /// A new plain object (`{}`).
    @inline(__always) public func newObject() -> JSObject {
        JSObject(runtime, shape: runtime.rootShape, prototype: objectPrototype)
    }

    /// A new array of `values`.
    @inline(__always) public func newArray(_ values: ContiguousArray<JSValue> = []) -> JSArray {
        JSArray(runtime, prototype: arrayPrototype, values: values)
    }

    public func newArray(_ values: [JSValue]) -> JSArray { newArray(ContiguousArray(values)) }

    /// `{ value, done }` (ECMA-262 §7.4.14 CreateIterResultObject).
    @inline(__always) public func iteratorResult(_ value: JSValue, done: Bool) -> JSObject {
        let object = JSObject(runtime, shape: iteratorResultShape, prototype: objectPrototype)
        object.slots = [value, .bool(done)]
        return object
    }
}

/// Names of the built-ins a realm makes on demand.
enum IntrinsicName: Hashable {
    case arrayPrototype, arrayConstructor, arrayIteratorPrototype, iteratorPrototype, asyncIteratorPrototype
    case stringPrototype, stringConstructor, stringIteratorPrototype
    case numberPrototype, numberConstructor, booleanPrototype, booleanConstructor
    case symbolPrototype, symbolConstructor, objectConstructor, functionConstructor
    case errorPrototype, errorConstructor
    case nativeErrorPrototype(ErrorKind), nativeErrorConstructor(ErrorKind)
    case promisePrototype, promiseConstructor
    case generatorPrototype, generatorFunctionPrototype, asyncFunctionPrototype, asyncFromSyncIteratorPrototype
    case asyncGeneratorPrototype
    case regExpPrototype, regExpConstructor, regExpStringIteratorPrototype
    case datePrototype, dateConstructor
    case mapPrototype, mapConstructor, mapIteratorPrototype, setPrototype, setConstructor, setIteratorPrototype
    case weakMapPrototype, weakMapConstructor, weakSetPrototype, weakSetConstructor
    case math, json, console, globalThis, throwTypeError
    case textEncoderConstructor, textDecoderConstructor
    case host(String)
}

/// The error types (ECMA-262 §20.5.5 NativeError).
public enum ErrorKind: String, Hashable, Sendable, CaseIterable {
    case error = "Error"
    case typeError = "TypeError"
    case rangeError = "RangeError"
    case syntaxError = "SyntaxError"
    case referenceError = "ReferenceError"
    case evalError = "EvalError"
    case uriError = "URIError"
    case aggregateError = "AggregateError"
}

/// The global object: built-in globals are defined on first access.
public final class JSGlobalObject: JSObject {
    unowned let realm: Realm
    /// The built-in globals not made yet, one bit per `GlobalBindings.ordered` index.
    private var pending: GlobalBindings.PendingSet

    init(_ rt: ScriptRuntime, realm: Realm, prototype: JSObject?) {
        self.realm = realm
        self.pending = GlobalBindings.PendingSet.all
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .global)
        makeDictionary()
    }

    /// Makes the built-in global `key` names, if it is one not made yet (looked up by atom, no text).
    private func materialize(_ key: PropertyKey) {
        guard !pending.isEmpty, case .string = key, let index = realm.runtime.builtinGlobalIndex[key], pending.remove(index) else { return }
        let (value, flags) = GlobalBindings.ordered[index].builder(realm)
        addNew(key, value, flags: flags)
    }

    private func materializeAll(_ rt: ScriptRuntime) {
        // In name order, as the table is.
        for (index, entry) in GlobalBindings.ordered.enumerated() where pending.contains(index) {
            materialize(rt.propertyKey(entry.name))
        }
    }

    public override func getOwnProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> OwnProperty? {
        if let found = ordinaryGetOwnProperty(key) { return found }
        materialize(key)
        return ordinaryGetOwnProperty(key)
    }

    public override func defineOwnProperty(_ key: PropertyKey, _ descriptor: PropertyDescriptor, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        materialize(key)
        return ordinaryDefineOwnProperty(key, descriptor, rt)
    }

    public override func createDataProperty(_ key: PropertyKey, _ value: JSValue, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        materialize(key)
        return try super.createDataProperty(key, value, rt)
    }

    public override func set(_ key: PropertyKey, _ value: JSValue, receiver: JSValue, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        materialize(key)
        return try ordinarySet(key, value, receiver: receiver, rt)
    }

    public override func deleteProperty(_ key: PropertyKey, _ rt: ScriptRuntime) -> Bool {
        materialize(key)
        return ordinaryDelete(key)
    }

    public override func ownKeys(_ rt: ScriptRuntime) -> [PropertyKey] {
        materializeAll(rt)
        return ordinaryOwnKeys()
    }
}
