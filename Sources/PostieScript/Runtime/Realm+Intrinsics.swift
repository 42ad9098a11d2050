/// The realm's built-in objects, each made on first use by its `…Builtins` type.
extension Realm {
    /// A built-in prototype, made together with its constructor (so `[].constructor === Array` holds
    /// before a script has named `Array`).
    func prototypeWithConstructor(
        _ prototype: IntrinsicName, _ constructor: IntrinsicName, _ makePrototype: (Realm) -> JSObject, _ makeConstructor: (Realm) -> JSObject
    ) -> JSObject {
        let made = intrinsic(prototype, makePrototype)
        if intrinsics[constructor] == nil, !intrinsicsInProgress.contains(constructor) {
            intrinsicsInProgress.insert(constructor)
            _ = intrinsic(constructor, makeConstructor)
            intrinsicsInProgress.remove(constructor)
        }
        return made
    }

    func constructorWithPrototype(
        _ prototype: IntrinsicName, _ constructor: IntrinsicName, _ makePrototype: (Realm) -> JSObject, _ makeConstructor: (Realm) -> JSObject
    ) -> JSFunction {
        if let existing = intrinsics[constructor] { return existing as! JSFunction }
        _ = prototypeWithConstructor(prototype, constructor, makePrototype, makeConstructor)
        return intrinsic(constructor, makeConstructor) as! JSFunction
    }

    public var arrayPrototype: JSObject {
        if let cached = cachedArrayPrototype { return cached }
        let made = prototypeWithConstructor(.arrayPrototype, .arrayConstructor, { ArrayBuiltins.makePrototype($0) }, { ArrayBuiltins.makeConstructor($0) })
        cachedArrayPrototype = made
        return made
    }
    public var arrayConstructor: JSFunction {
        constructorWithPrototype(.arrayPrototype, .arrayConstructor, { ArrayBuiltins.makePrototype($0) }, { ArrayBuiltins.makeConstructor($0) })
    }
    public var stringPrototype: JSObject {
        if let cached = cachedStringPrototype { return cached }
        let made = prototypeWithConstructor(.stringPrototype, .stringConstructor, { StringBuiltins.makePrototype($0) }, { StringBuiltins.makeConstructor($0) })
        cachedStringPrototype = made
        return made
    }
    public var stringConstructor: JSFunction {
        constructorWithPrototype(.stringPrototype, .stringConstructor, { StringBuiltins.makePrototype($0) }, { StringBuiltins.makeConstructor($0) })
    }
    public var numberPrototype: JSObject {
        let made = prototypeWithConstructor(.numberPrototype, .numberConstructor, { NumberBuiltins.makePrototype($0) }, { NumberBuiltins.makeConstructor($0) })
        return made
    }
    public var numberConstructor: JSFunction {
        constructorWithPrototype(.numberPrototype, .numberConstructor, { NumberBuiltins.makePrototype($0) }, { NumberBuiltins.makeConstructor($0) })
    }
    public var booleanPrototype: JSObject {
        let made = prototypeWithConstructor(.booleanPrototype, .booleanConstructor, { BooleanBuiltins.makePrototype($0) }, { BooleanBuiltins.makeConstructor($0) })
        return made
    }
    public var booleanConstructor: JSFunction {
        constructorWithPrototype(.booleanPrototype, .booleanConstructor, { BooleanBuiltins.makePrototype($0) }, { BooleanBuiltins.makeConstructor($0) })
    }
    public var symbolPrototype: JSObject {
        let made = prototypeWithConstructor(.symbolPrototype, .symbolConstructor, { SymbolBuiltins.makePrototype($0) }, { SymbolBuiltins.makeConstructor($0) })
        return made
    }
    public var symbolConstructor: JSFunction {
        constructorWithPrototype(.symbolPrototype, .symbolConstructor, { SymbolBuiltins.makePrototype($0) }, { SymbolBuiltins.makeConstructor($0) })
    }
    public var promisePrototype: JSObject {
        if let cached = cachedPromisePrototype { return cached }
        let made = prototypeWithConstructor(.promisePrototype, .promiseConstructor, { PromiseBuiltins.makePrototype($0) }, { PromiseBuiltins.makeConstructor($0) })
        cachedPromisePrototype = made
        return made
    }
    public var promiseConstructor: JSFunction {
        constructorWithPrototype(.promisePrototype, .promiseConstructor, { PromiseBuiltins.makePrototype($0) }, { PromiseBuiltins.makeConstructor($0) })
    }
    public var regExpPrototype: JSObject {
        let made = prototypeWithConstructor(.regExpPrototype, .regExpConstructor, { RegExpBuiltins.makePrototype($0) }, { RegExpBuiltins.makeConstructor($0) })
        return made
    }
    public var regExpConstructor: JSFunction {
        constructorWithPrototype(.regExpPrototype, .regExpConstructor, { RegExpBuiltins.makePrototype($0) }, { RegExpBuiltins.makeConstructor($0) })
    }
    public var datePrototype: JSObject {
        let made = prototypeWithConstructor(.datePrototype, .dateConstructor, { DateBuiltins.makePrototype($0) }, { DateBuiltins.makeConstructor($0) })
        return made
    }
    public var dateConstructor: JSFunction {
        constructorWithPrototype(.datePrototype, .dateConstructor, { DateBuiltins.makePrototype($0) }, { DateBuiltins.makeConstructor($0) })
    }
    public var mapPrototype: JSObject {
        let made = prototypeWithConstructor(.mapPrototype, .mapConstructor, { CollectionBuiltins.makeMapPrototype($0) }, { CollectionBuiltins.makeMapConstructor($0) })
        return made
    }
    public var mapConstructor: JSFunction {
        constructorWithPrototype(.mapPrototype, .mapConstructor, { CollectionBuiltins.makeMapPrototype($0) }, { CollectionBuiltins.makeMapConstructor($0) })
    }
    public var setPrototype: JSObject {
        let made = prototypeWithConstructor(.setPrototype, .setConstructor, { CollectionBuiltins.makeSetPrototype($0) }, { CollectionBuiltins.makeSetConstructor($0) })
        return made
    }
    public var setConstructor: JSFunction {
        constructorWithPrototype(.setPrototype, .setConstructor, { CollectionBuiltins.makeSetPrototype($0) }, { CollectionBuiltins.makeSetConstructor($0) })
    }
    public var weakMapPrototype: JSObject {
        let made = prototypeWithConstructor(.weakMapPrototype, .weakMapConstructor, { CollectionBuiltins.makeWeakMapPrototype($0) }, { CollectionBuiltins.makeWeakMapConstructor($0) })
        return made
    }
    public var weakMapConstructor: JSFunction {
        constructorWithPrototype(.weakMapPrototype, .weakMapConstructor, { CollectionBuiltins.makeWeakMapPrototype($0) }, { CollectionBuiltins.makeWeakMapConstructor($0) })
    }
    public var weakSetPrototype: JSObject {
        let made = prototypeWithConstructor(.weakSetPrototype, .weakSetConstructor, { CollectionBuiltins.makeWeakSetPrototype($0) }, { CollectionBuiltins.makeWeakSetConstructor($0) })
        return made
    }
    public var weakSetConstructor: JSFunction {
        constructorWithPrototype(.weakSetPrototype, .weakSetConstructor, { CollectionBuiltins.makeWeakSetPrototype($0) }, { CollectionBuiltins.makeWeakSetConstructor($0) })
    }
    public var objectConstructor: JSFunction { intrinsic(.objectConstructor) { ObjectBuiltins.makeConstructor($0) } as! JSFunction }
    public var functionConstructor: JSFunction { intrinsic(.functionConstructor) { FunctionBuiltins.makeConstructor($0) } as! JSFunction }

    /// The prototype of errors of `kind` (`Error.prototype`, `TypeError.prototype`…).
    public func errorPrototype(_ kind: ErrorKind) -> JSObject {
        if kind == .error { return intrinsic(.errorPrototype) { ErrorBuiltins.makeErrorPrototype($0) } }
        return intrinsic(.nativeErrorPrototype(kind)) { ErrorBuiltins.makeNativeErrorPrototype($0, kind) }
    }
    public func errorConstructor(_ kind: ErrorKind) -> JSFunction {
        _ = errorPrototype(kind)
        if kind == .error { return intrinsic(.errorConstructor) { ErrorBuiltins.makeErrorConstructor($0) } as! JSFunction }
        return intrinsic(.nativeErrorConstructor(kind)) { ErrorBuiltins.makeNativeErrorConstructor($0, kind) } as! JSFunction
    }

    public var iteratorPrototype: JSObject { intrinsic(.iteratorPrototype) { IteratorBuiltins.makeIteratorPrototype($0) } }
    public var asyncIteratorPrototype: JSObject { intrinsic(.asyncIteratorPrototype) { IteratorBuiltins.makeAsyncIteratorPrototype($0) } }
    public var arrayIteratorPrototype: JSObject { intrinsic(.arrayIteratorPrototype) { IteratorBuiltins.makeArrayIteratorPrototype($0) } }
    /// `%ArrayIteratorPrototype%.next`.
    public var arrayIteratorNextFunction: JSFunction {
        if let cached = cachedArrayIteratorNext { return cached }
        let made = arrayIteratorPrototype.ordinaryGetOwnProperty(runtime.names.next)?.value.asFunction
        cachedArrayIteratorNext = made
        return made!
    }
    /// `Array.prototype.values` (also `Array.prototype[Symbol.iterator]`).
    public var arrayValuesFunction: JSFunction {
        if let cached = cachedArrayValues { return cached }
        let made = arrayPrototype.ordinaryGetOwnProperty(runtime.names.values)?.value.asFunction
        cachedArrayValues = made
        return made!
    }
    public var stringIteratorPrototype: JSObject { intrinsic(.stringIteratorPrototype) { IteratorBuiltins.makeStringIteratorPrototype($0) } }
    public var asyncFromSyncIteratorPrototype: JSObject {
        intrinsic(.asyncFromSyncIteratorPrototype) { IteratorBuiltins.makeAsyncFromSyncIteratorPrototype($0) }
    }
    public var generatorPrototype: JSObject { intrinsic(.generatorPrototype) { GeneratorBuiltins.makeGeneratorPrototype($0) } }
    public var generatorFunctionPrototype: JSObject {
        intrinsic(.generatorFunctionPrototype) { GeneratorBuiltins.makeGeneratorFunctionPrototype($0) }
    }
    /// %AsyncGeneratorPrototype% (ECMA-262 §27.6.1).
    public var asyncGeneratorPrototype: JSObject {
        intrinsic(.asyncGeneratorPrototype) { AsyncGeneratorBuiltins.makeAsyncGeneratorPrototype($0) }
    }
    public var asyncFunctionPrototype: JSObject { intrinsic(.asyncFunctionPrototype) { GeneratorBuiltins.makeAsyncFunctionPrototype($0) } }
    public var asyncGeneratorFunctionPrototype: JSObject {
        intrinsic(.host("AsyncGeneratorFunction.prototype")) { GeneratorBuiltins.makeAsyncGeneratorFunctionPrototype($0) }
    }


    public var regExpStringIteratorPrototype: JSObject {
        intrinsic(.regExpStringIteratorPrototype) { RegExpBuiltins.makeStringIteratorPrototype($0) }
    }
    public var mathObject: JSObject { intrinsic(.math) { MathBuiltins.makeMath($0) } }
    public var jsonObject: JSObject { intrinsic(.json) { JSONBuiltins.makeJSON($0) } }
    public var consoleObject: JSObject { intrinsic(.console) { ConsoleBuiltins.makeConsole($0) } }

    /// `Function.prototype[Symbol.hasInstance]`, to skip a call in the common `instanceof`.
    public var functionHasInstance: JSObject? {
        functionPrototype.ordinaryGetOwnProperty(.symbol(runtime.symbols.hasInstance))?.value.asObject
    }

    /// Whether arrays still iterate with the built-in iterator (no script replaced it).
    @inline(__always)
    func hasPristineArrayIteration(_ array: JSObject) -> Bool {
        guard array.prototype === cachedArrayPrototype, let prototype = cachedArrayPrototype else { return false }
        if array.shape.count > 0, array.shape.slot(of: .symbol(runtime.symbols.iterator)) != nil { return false }
        guard let values = cachedArrayValues ?? arrayValuesFunctionIfMade,
            let slot = prototype.shape.slot(of: .symbol(runtime.symbols.iterator)),
            case .object(let function) = prototype.slots[slot], function === values
        else { return false }
        let iteratorPrototype = arrayIteratorPrototype
        guard let nextSlot = iteratorPrototype.shape.slot(of: runtime.names.next),
            case .object(let next) = iteratorPrototype.slots[nextSlot], next === arrayIteratorNextFunction
        else { return false }
        return true
    }

    private var arrayValuesFunctionIfMade: JSFunction? {
        cachedArrayPrototype == nil ? nil : arrayValuesFunction
    }

    /// Whether strings still iterate by code points with the built-in iterator.
    func hasPristineStringIteration() -> Bool {
        let prototype = stringPrototype
        guard let slot = prototype.shape.slot(of: .symbol(runtime.symbols.iterator)),
            case .object(let function) = prototype.slots[slot], function === cachedStringIterator
        else { return false }
        return true
    }
}

extension Realm {
    /// Whether `key` names one of the global object's built-in properties (`JSON`, `Math`…), by atom.
    public func isBuiltinGlobal(_ key: PropertyKey) -> Bool {
        runtime.builtinGlobalIndex[key] != nil
    }
}

extension ScriptRuntime {
    /// The built-in globals' atoms → their index in `GlobalBindings.ordered` (made once per runtime).
    static func makeBuiltinGlobalIndex(_ intern: (String) -> PropertyKey) -> [PropertyKey: Int] {
        var index: [PropertyKey: Int] = [:]
        index.reserveCapacity(GlobalBindings.ordered.count)
        for (position, entry) in GlobalBindings.ordered.enumerated() { index[intern(entry.name)] = position }
        return index
    }
}

/// The global object's built-in properties: name → how to make it.
enum GlobalBindings {
    typealias Builder = @Sendable (Realm) -> (JSValue, PropertyFlags)

    static let builders: [String: Builder] = {
        var table: [String: Builder] = [
            "globalThis": { (.object($0.globalObject), .hidden) },
            "undefined": { _ in (.undefined, []) },
            "NaN": { _ in (.number(.nan), []) },
            "Infinity": { _ in (.number(.infinity), []) },
            "Object": { (.object($0.objectConstructor), .hidden) },
            "Function": { (.object($0.functionConstructor), .hidden) },
            "Array": { (.object($0.arrayConstructor), .hidden) },
            "String": { (.object($0.stringConstructor), .hidden) },
            "Number": { (.object($0.numberConstructor), .hidden) },
            "Boolean": { (.object($0.booleanConstructor), .hidden) },
            "Symbol": { (.object($0.symbolConstructor), .hidden) },
            "Promise": { (.object($0.promiseConstructor), .hidden) },
            "RegExp": { (.object($0.regExpConstructor), .hidden) },
            "Date": { (.object($0.dateConstructor), .hidden) },
            "Map": { (.object($0.mapConstructor), .hidden) },
            "Set": { (.object($0.setConstructor), .hidden) },
            "WeakMap": { (.object($0.weakMapConstructor), .hidden) },
            "WeakSet": { (.object($0.weakSetConstructor), .hidden) },
            "Math": { (.object($0.mathObject), .hidden) },
            "JSON": { (.object($0.jsonObject), .hidden) },
            "console": { (.object($0.consoleObject), .hidden) },
            "eval": { (.object($0.evalFunction), .hidden) },
        ]
        for kind in ErrorKind.allCases {
            table[kind.rawValue] = { (.object($0.errorConstructor(kind)), .hidden) }
        }
        for (name, builder) in GlobalFunctions.builders { table[name] = builder }
        for (name, builder) in TextCodingBuiltins.globalBuilders { table[name] = builder }
        for (name, builder) in Base64Functions.builders { table[name] = builder }
        return table
    }()

    /// The builders in name order: a global's index here is its bit in a `PendingSet`.
    static let ordered: [(name: String, builder: Builder)] = builders.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }

    /// A set of built-in globals by index, in two words (no allocation per realm).
    struct PendingSet {
        private var low: UInt64
        private var high: UInt64

        static var all: PendingSet {
            let count = GlobalBindings.ordered.count
            precondition(count <= 128, "more built-in globals than a PendingSet holds")
            return PendingSet(
                low: count >= 64 ? .max : (1 << UInt64(count)) - 1,
                high: count <= 64 ? 0 : (count >= 128 ? .max : (1 << UInt64(count - 64)) - 1))
        }

        var isEmpty: Bool { low == 0 && high == 0 }

        func contains(_ index: Int) -> Bool {
            index < 64 ? low & (1 << UInt64(index)) != 0 : high & (1 << UInt64(index - 64)) != 0
        }

        /// Removes `index`; false when it was not in the set.
        mutating func remove(_ index: Int) -> Bool {
            guard contains(index) else { return false }
            if index < 64 { low &= ~(1 << UInt64(index)) } else { high &= ~(1 << UInt64(index - 64)) }
            return true
        }
    }
}

extension Realm {
    /// Puts back every built-in global a script replaced (`JSON = …`, `Date = …`), so the next script
    /// in this realm sees the built-ins a fresh realm has. Globals the script added are the embedder's
    /// to remove; changes made inside built-in objects are not undone.
    public func restoreReplacedBuiltinGlobals() {
        guard let global = globalObject else { return }
        for key in global.ordinaryOwnKeys() {
            guard case .string = key, let index = runtime.builtinGlobalIndex[key], let current = global.ordinaryGetOwnProperty(key)
            else { continue }
            let builder = GlobalBindings.ordered[index].builder
            // Made once per realm (some builders make a new function each call).
            let (original, flags) = builtinGlobalOriginals[key] ?? builder(self)
            builtinGlobalOriginals[key] = (original, flags)
            guard case .object(let originalObject) = original else { continue }
            if current.accessor == nil, case .object(let currentObject) = current.value, currentObject === originalObject { continue }
            _ = global.deleteProperty(key, runtime)
            global.defineNew(key, original, flags: flags)
        }
    }
}
