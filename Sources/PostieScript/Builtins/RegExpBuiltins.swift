/// `RegExp` and `RegExp.prototype` (ECMA-262 §22.2.4–§22.2.6), with the Annex B legacy parts
/// (`compile`, `RegExp.$1`…). The matching itself is `RegExpProgram`'s; the String methods that take
/// a regular expression call into RegExpSymbolMethods.swift.
public final class JSRegExpObject: JSObject {
    /// The compiled pattern ([[RegExpMatcher]]).
    public private(set) var program: RegExpProgram
    /// The pattern text ([[OriginalSource]]).
    public private(set) var source: JSString
    /// The flags in canonical order ([[OriginalFlags]]).
    public private(set) var flags: JSString
    /// The RegExp bookkeeping of the realm that made this object.
    private(set) var state: RegExpPrototypeObject?

    init(_ rt: ScriptRuntime, program: RegExpProgram, source: JSString, flags: JSString, prototype: JSObject?) {
        self.program = program
        self.source = source
        self.flags = flags
        self.state = unsafeDowncast(rt.realm.regExpPrototype, to: RegExpPrototypeObject.self)
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .regExp)
        // Slot 0, always: `lastIndex` is non-configurable, so it can never move.
        defineNew(rt.names.lastIndex, .number(0), flags: [.writable])
    }

    override func clearReferences() {
        super.clearReferences()
        state = nil
    }

    /// Replaces the pattern (Annex B `compile`).
    func reinitialize(program: RegExpProgram, source: JSString, flags: JSString) {
        self.program = program
        self.source = source
        self.flags = flags
    }

    /// The `lastIndex` property's value (slot 0).
    @inline(__always) var lastIndexValue: JSValue { slots[0] }

    /// Whether `lastIndex` may be assigned.
    @inline(__always) var lastIndexWritable: Bool { shape.flags[0].contains(.writable) }
}

/// `RegExp.prototype`, carrying the realm's RegExp bookkeeping: the original built-ins (to recognise
/// regular expressions nobody has customised, for which the String methods may skip the observable
/// protocol), the compiled-pattern cache and the legacy last-match state behind `RegExp.$1`.
final class RegExpPrototypeObject: JSObject {
    /// The `RegExp` constructor of this realm.
    weak var regExpConstructor: JSFunction?
    /// `RegExp.prototype.exec` as made.
    var originalExec: JSFunction?
    /// The symbol-keyed methods as made (the String methods call them directly when found).
    var originalMatch: JSFunction?
    var originalMatchAll: JSFunction?
    var originalReplace: JSFunction?
    var originalSearch: JSFunction?
    var originalSplit: JSFunction?
    /// The prototype's layout right after it was made.
    var pristineShape: Shape?
    /// The slot of `exec` in `pristineShape`.
    var execSlot = 0
    /// The slot of `constructor` in `pristineShape`.
    var constructorSlot = -1
    /// The shape of a RegExp instance nobody has added properties to.
    var instanceShape: Shape?
    /// The flag getters as made (`flags`, `global`…), by key.
    var flagGetters: [(PropertyKey, JSObject)] = []
    /// The `RegExp[Symbol.species]` getter as made.
    var speciesGetter: JSObject?
    /// Compiled programs by flags and source, so `new RegExp(text)` in a loop compiles once.
    var programCache: [ProgramCacheKey: RegExpProgram] = [:]
    /// The input and capture offsets of the last successful built-in match (`RegExp.lastMatch`…).
    var lastMatchInput = JSString.empty
    var lastMatchOffsets: [Int] = [0, 0]

    struct ProgramCacheKey: Hashable {
        let source: StringContentKey
        let flags: UInt8
    }

    init(_ rt: ScriptRuntime, prototype: JSObject?) {
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .ordinary)
    }

    override func clearReferences() {
        super.clearReferences()
        regExpConstructor = nil
        originalExec = nil
        originalMatch = nil
        originalMatchAll = nil
        originalReplace = nil
        originalSearch = nil
        originalSplit = nil
        flagGetters = []
        speciesGetter = nil
        programCache = [:]
    }

    /// Whether the prototype still has its built-in `exec` where it was made.
    @inline(__always) func hasOriginalExec() -> Bool {
        guard shape === pristineShape, case .object(let exec) = slots[execSlot], exec === originalExec else { return false }
        return true
    }

    /// Whether every flag getter is the built-in one.
    func hasOriginalFlagGetters() -> Bool {
        guard let accessors else { return false }
        // Accessor pairs are changed in place when redefined: compare the getters themselves.
        for (key, getter) in flagGetters where accessors[key]?.getter !== getter { return false }
        return true
    }

    /// `regex` as a RegExp whose exec (and, with `flags`, whose flag getters) are the built-ins, with
    /// no own properties but `lastIndex`: its String methods may then run without observable steps.
    @inline(__always) func pristine(_ value: JSValue, flags: Bool) -> JSRegExpObject? {
        guard case .object(let object) = value, object.kind == .regExp, object.shape === instanceShape,
              object.prototype === self, hasOriginalExec() else { return nil }
        if flags && !hasOriginalFlagGetters() { return nil }
        return unsafeDowncast(object, to: JSRegExpObject.self)
    }

    /// Whether `new (SpeciesConstructor(rx))(…)` is the built-in RegExp constructor for a pristine rx.
    func hasOriginalSpecies() -> Bool {
        guard constructorSlot >= 0, let regExpConstructor, case .object(let constructor) = slots[constructorSlot],
              constructor === regExpConstructor, let speciesGetter,
              regExpConstructor.accessors?[.symbol(regExpConstructor.realm.runtime.symbols.species)]?.getter === speciesGetter
        else { return false }
        return true
    }

    private var resultShape: Shape?
    private var resultShapeWithIndices: Shape?

    /// The shape of an exec result array: `index`, `input`, `groups`, and `indices` for the d flag.
    func matchResultShape(_ rt: ScriptRuntime, withIndices: Bool) -> Shape {
        if withIndices, let resultShapeWithIndices { return resultShapeWithIndices }
        if !withIndices, let resultShape { return resultShape }
        let names: CommonNames = rt.names
        let base = rt.rootShape.adding(names.index, flags: .default).adding(names.input, flags: .default).adding(names.groups, flags: .default)
        if withIndices {
            let made = base.adding(names.indices, flags: .default)
            resultShapeWithIndices = made
            return made
        }
        resultShape = base
        return base
    }

    /// Remembers a successful match for the legacy static properties.
    @inline(__always) func recordMatch(_ input: JSString, _ offsets: [Int]) {
        lastMatchInput = input
        lastMatchOffsets = offsets
    }
}

enum RegExpBuiltins {
    /// The backtracking steps one exec may take before the script is ended.
    static let execBudget = 10_000_000

    static func makePrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = RegExpPrototypeObject(rt, prototype: realm.objectPrototype)
        let exec = prototype.addMethod(realm, "exec", length: 1) { rt, this, arguments throws(JSException) in
            guard case .object(let object) = this, object.kind == .regExp else {
                throw rt.makeException(.typeError, "Method RegExp.prototype.exec called on incompatible receiver \(rt.describeReceiver(this))")
            }
            let regex = unsafeDowncast(object, to: JSRegExpObject.self)
            return try rt.regExpBuiltinExec(regex, try rt.toJSString(arguments[0]))
        }
        prototype.originalExec = exec
        for (name, flag) in [("dotAll", RegExpFlags.dotAll)] { addFlagGetter(prototype, realm, name, flag) }
        prototype.addGetter(realm, "flags") { rt, this, _ throws(JSException) in
            guard case .object(let object) = this else {
                throw rt.makeException(.typeError, "RegExp.prototype.flags getter called on non-object \(rt.describeReceiver(this))")
            }
            if let regex = rt.regExpState.pristine(this, flags: true) { return .string(regex.flags) }
            return .string(try rt.regExpFlagsString(object))
        }
        for (name, flag) in [("global", RegExpFlags.global), ("hasIndices", .hasIndices), ("ignoreCase", .ignoreCase), ("multiline", .multiline)] {
            addFlagGetter(prototype, realm, name, flag)
        }
        prototype.addGetter(realm, "source") { rt, this, _ throws(JSException) in
            if case .object(let object) = this {
                if object.kind == .regExp { return .string(escapeRegExpPattern(unsafeDowncast(object, to: JSRegExpObject.self).source)) }
                if object === rt.realm.regExpPrototype { return .string(rt.intern("(?:)")) }
            }
            throw rt.makeException(.typeError, "RegExp.prototype.source getter called on non-RegExp object")
        }
        addFlagGetter(prototype, realm, "sticky", .sticky)
        addFlagGetter(prototype, realm, "unicode", .unicode)
        prototype.addMethod(realm, "compile", length: 2) { rt, this, arguments throws(JSException) in
            guard case .object(let object) = this, object.kind == .regExp else {
                throw rt.makeException(.typeError, "Method RegExp.prototype.compile called on incompatible receiver \(rt.describeReceiver(this))")
            }
            return try rt.regExpCompile(unsafeDowncast(object, to: JSRegExpObject.self), arguments[0], arguments[1])
        }
        prototype.addMethod(realm, "toString", length: 0) { rt, this, _ throws(JSException) in
            guard case .object(let object) = this else {
                throw rt.makeException(.typeError, "Method RegExp.prototype.toString called on incompatible receiver \(rt.describeReceiver(this))")
            }
            // ECMA-262 §22.2.6.17 RegExp.prototype.toString
            let source = try rt.toJSString(object.get(rt.names.source, rt))
            let flags = try rt.toJSString(object.get(rt.names.flags, rt))
            var units: [UInt16] = [0x2F]
            units.append(contentsOf: source.units)
            units.append(0x2F)
            units.append(contentsOf: flags.units)
            return .string(JSString(units: units))
        }
        prototype.addMethod(realm, "test", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.2.6.16 RegExp.prototype.test
            guard case .object(let object) = this else {
                throw rt.makeException(.typeError, "Method RegExp.prototype.test called on incompatible receiver undefined")
            }
            let string = try rt.toJSString(arguments[0])
            if let regex = rt.regExpState.pristine(this, flags: false) {
                return .bool(try rt.regExpBuiltinMatch(regex, string) != nil)
            }
            return .bool(!(try rt.regExpExec(object, string)).isNull)
        }
        // `unicodeSets` (the v flag): the engine has no v mode, so no RegExp has it.
        prototype.addGetter(realm, "unicodeSets") { rt, this, _ throws(JSException) in
            if case .object(let object) = this {
                if object.kind == .regExp { return .false }
                if object === rt.realm.regExpPrototype { return .undefined }
            }
            throw rt.makeException(.typeError, "RegExp.prototype.unicodeSets getter called on non-RegExp object")
        }
        RegExpSymbolMethods.install(on: prototype, realm)
        for name in ["dotAll", "flags", "global", "hasIndices", "ignoreCase", "multiline", "sticky", "unicode", "unicodeSets"] {
            let key = rt.propertyKey(name)
            if let getter = prototype.accessors?[key]?.getter { prototype.flagGetters.append((key, getter)) }
        }
        prototype.pristineShape = prototype.shape
        prototype.execSlot = prototype.shape.slot(of: rt.names.exec) ?? 0
        prototype.instanceShape = rt.rootShape.adding(rt.names.lastIndex, flags: [.writable])
        return prototype
    }

    private static func addFlagGetter(_ prototype: JSObject, _ realm: Realm, _ name: String, _ flag: RegExpFlags) {
        prototype.addGetter(realm, name) { rt, this, _ throws(JSException) in
            // ECMA-262 §22.2.6.4.1 RegExpHasFlag
            if case .object(let object) = this {
                if object.kind == .regExp { return .bool(unsafeDowncast(object, to: JSRegExpObject.self).program.flags.contains(flag)) }
                if object === rt.realm.regExpPrototype { return .undefined }
            }
            throw rt.makeException(.typeError, "RegExp.prototype.\(name) getter called on non-RegExp object")
        }
    }

    static func makeConstructor(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let constructor = realm.nativeConstructor(
            "RegExp", length: 2, prototype: realm.regExpPrototype,
            call: { rt, _, arguments throws(JSException) in
                try rt.regExpConstruct(arguments[0], arguments[1], newTarget: nil)
            },
            construct: { rt, arguments, newTarget throws(JSException) in
                try rt.regExpConstruct(arguments[0], arguments[1], newTarget: newTarget)
            })
        let state = unsafeDowncast(realm.regExpPrototype, to: RegExpPrototypeObject.self)
        state.regExpConstructor = constructor
        // `nativeConstructor` added `constructor` to the prototype: that is its pristine layout now.
        state.pristineShape = state.shape
        state.execSlot = state.shape.slot(of: rt.names.exec) ?? 0
        state.constructorSlot = state.shape.slot(of: rt.names.constructor) ?? -1
        installLegacyStatics(on: constructor, realm)
        constructor.addGetter(realm, symbol: rt.symbols.species, name: "[Symbol.species]") { _, this, _ throws(JSException) in this }
        state.speciesGetter = constructor.accessors?[.symbol(rt.symbols.species)]?.getter
        return constructor
    }

    /// Annex B legacy static properties (`RegExp.$1`, `RegExp.lastMatch`…), as V8 has them.
    private static func installLegacyStatics(on constructor: JSObject, _ realm: Realm) {
        let ignore: NativeFunction = { _, _, _ throws(JSException) in .undefined }
        let inputGetter: NativeFunction = { rt, _, _ throws(JSException) in .string(rt.regExpState.lastMatchInput) }
        let inputSetter: NativeFunction = { rt, _, arguments throws(JSException) in
            rt.regExpState.lastMatchInput = try rt.toJSString(arguments[0])
            return .undefined
        }
        constructor.addGetter(realm, "input", inputGetter, setter: inputSetter)
        constructor.addGetter(realm, "$_", inputGetter, setter: inputSetter)
        let parts: [(String, String, (RegExpPrototypeObject) -> (Int, Int))] = [
            ("lastMatch", "$&", { state in (state.lastMatchOffsets[0], state.lastMatchOffsets[1]) }),
            ("lastParen", "$+", { state in
                let offsets = state.lastMatchOffsets
                return offsets.count > 2 ? (offsets[offsets.count - 2], offsets[offsets.count - 1]) : (0, 0)
            }),
            ("leftContext", "$`", { state in (0, state.lastMatchOffsets[0]) }),
            ("rightContext", "$'", { state in (state.lastMatchOffsets[1], state.lastMatchInput.count) }),
        ]
        for (name, alias, range) in parts {
            let getter: NativeFunction = { rt, _, _ throws(JSException) in
                let state = rt.regExpState
                let (start, end) = range(state)
                return .string(rt.substring(state.lastMatchInput, start, end))
            }
            constructor.addGetter(realm, name, getter, setter: ignore)
            constructor.addGetter(realm, alias, getter, setter: ignore)
        }
        for group in 1...9 {
            constructor.addGetter(realm, "$\(group)", { rt, _, _ throws(JSException) in
                let state = rt.regExpState
                let offsets = state.lastMatchOffsets
                guard 2 * group + 1 < offsets.count else { return .string(JSString.empty) }
                return .string(rt.substring(state.lastMatchInput, offsets[2 * group], offsets[2 * group + 1]))
            }, setter: ignore)
        }
    }

    static func makeStringIteratorPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.iteratorPrototype)
        prototype.addMethod(realm, "next", length: 0) { rt, this, _ throws(JSException) in
            guard case .object(let object) = this, object.kind == .regExpStringIterator else {
                throw rt.makeException(.typeError, "Method %RegExpStringIterator%.prototype.next called on incompatible receiver \(rt.describeReceiver(this))")
            }
            return try unsafeDowncast(object, to: JSRegExpStringIterator.self).next(rt)
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(JSString("RegExp String Iterator")), flags: [.configurable])
        return prototype
    }

    /// ECMA-262 §22.2.6.13.1 EscapeRegExpPattern, as V8 writes it: `/` outside classes and line
    /// terminators become escapes; the empty pattern is `(?:)`.
    static func escapeRegExpPattern(_ source: JSString) -> JSString {
        if source.count == 0 { return JSString("(?:)") }
        let units = source.units
        var needsWork = false
        for unit in units where unit == 0x2F || unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029 {
            needsWork = true
            break
        }
        if !needsWork { return source }
        var result: [UInt16] = []
        result.reserveCapacity(units.count + 8)
        var inClass = false
        var index = 0
        while index < units.count {
            let unit = units[index]
            var escaped = false
            if unit == 0x5C, index + 1 < units.count {
                // An escape: keep it, except that an escaped line terminator is written as its escape.
                let next = units[index + 1]
                if !appendLineTerminatorEscape(next, to: &result) {
                    result.append(unit)
                    result.append(next)
                }
                index += 2
                continue
            }
            switch unit {
            case 0x5B: inClass = true
            case 0x5D: inClass = false
            case 0x2F where !inClass:
                result.append(0x5C)
                result.append(0x2F)
                escaped = true
            default:
                escaped = appendLineTerminatorEscape(unit, to: &result)
            }
            if !escaped { result.append(unit) }
            index += 1
        }
        return JSString(units: result)
    }

    private static func appendLineTerminatorEscape(_ unit: UInt16, to result: inout [UInt16]) -> Bool {
        switch unit {
        case 0x0A: result.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: result.append(contentsOf: [0x5C, 0x72])
        case 0x2028: result.append(contentsOf: Array("\\u2028".utf16))
        case 0x2029: result.append(contentsOf: Array("\\u2029".utf16))
        default: return false
        }
        return true
    }
}

extension ScriptRuntime {
    /// A RegExp object for a literal (ECMA-262 §13.2.7.3).
    func makeRegExp(from literal: RegExpLiteral) throws(JSException) -> JSObject {
        JSRegExpObject(self, program: literal.program, source: literal.source, flags: canonicalFlags(literal.program.flags), prototype: realm.regExpPrototype)
    }

    /// The current realm's RegExp bookkeeping (its `RegExp.prototype`).
    var regExpState: RegExpPrototypeObject {
        unsafeDowncast(realm.regExpPrototype, to: RegExpPrototypeObject.self)
    }

    /// The flags string of a flag set, interned (there are few).
    func canonicalFlags(_ flags: RegExpFlags) -> JSString {
        intern(flags.description)
    }

    /// ECMA-262 §22.2.4.1 RegExp(pattern, flags); `newTarget` nil for a call without `new`.
    func regExpConstruct(_ pattern: JSValue, _ flags: JSValue, newTarget: JSObject?) throws(JSException) -> JSValue {
        let patternIsRegExp = try isRegExp(pattern)
        let target: JSObject
        if let newTarget {
            target = newTarget
        } else {
            target = realm.regExpConstructor
            if patternIsRegExp && flags.isUndefined {
                let patternConstructor = try getProperty(pattern, names.constructor)
                if case .object(let constructor) = patternConstructor, constructor === target { return pattern }
            }
        }
        let patternSource: JSValue
        let flagsSource: JSValue
        if case .object(let object) = pattern, object.kind == .regExp {
            let regex = unsafeDowncast(object, to: JSRegExpObject.self)
            patternSource = .string(regex.source)
            flagsSource = flags.isUndefined ? .string(regex.flags) : flags
        } else if patternIsRegExp {
            patternSource = try getProperty(pattern, names.source)
            flagsSource = flags.isUndefined ? try getProperty(pattern, names.flags) : flags
        } else {
            patternSource = pattern
            flagsSource = flags
        }
        let prototype = try prototypeForConstruction(target, fallback: realm.regExpPrototype)
        let source = patternSource.isUndefined ? JSString.empty : try toJSString(patternSource)
        let flagText = flagsSource.isUndefined ? JSString.empty : try toJSString(flagsSource)
        let program = try compileRegExp(source, flagText)
        return .object(JSRegExpObject(self, program: program, source: source, flags: canonicalFlags(program.flags), prototype: prototype))
    }

    /// ECMA-262 §22.2.3.3 RegExpInitialize's parsing steps: the flags, then the pattern, with V8's
    /// SyntaxError messages. Compiled programs are cached per realm.
    func compileRegExp(_ source: JSString, _ flagText: JSString) throws(JSException) -> RegExpProgram {
        guard let flags = RegExpFlags(parsing: flagText.string) else {
            throw makeException(.syntaxError, "Invalid flags supplied to RegExp constructor '\(flagText.string)'")
        }
        let state = regExpState
        let key = RegExpPrototypeObject.ProgramCacheKey(source: StringContentKey(string: source), flags: flags.rawValue)
        if let cached = state.programCache[key] { return cached }
        do throws(RegExpSyntaxError) {
            let program = try RegExpProgram(pattern: source.units, flags: flags)
            if state.programCache.count >= 256 { state.programCache.removeAll(keepingCapacity: true) }
            if source.count <= 4096 { state.programCache[key] = program }
            return program
        } catch {
            throw makeException(.syntaxError, error.message)
        }
    }

    /// Annex B §B.2.4.1 RegExp.prototype.compile.
    func regExpCompile(_ regex: JSRegExpObject, _ pattern: JSValue, _ flags: JSValue) throws(JSException) -> JSValue {
        let source: JSString
        let flagText: JSString
        if case .object(let object) = pattern, object.kind == .regExp {
            guard flags.isUndefined else {
                throw makeException(.typeError, "Cannot supply flags when constructing one RegExp from another")
            }
            let other = unsafeDowncast(object, to: JSRegExpObject.self)
            source = other.source
            flagText = other.flags
        } else {
            source = pattern.isUndefined ? JSString.empty : try toJSString(pattern)
            flagText = flags.isUndefined ? JSString.empty : try toJSString(flags)
        }
        let program = try compileRegExp(source, flagText)
        regex.reinitialize(program: program, source: source, flags: canonicalFlags(program.flags))
        try setLastIndex(regex, 0)
        return .object(regex)
    }

    /// ECMA-262 §22.2.6.4 get RegExp.prototype.flags, for any object.
    func regExpFlagsString(_ object: JSObject) throws(JSException) -> JSString {
        let reads: [(PropertyKey, UInt16)] = [
            (names.hasIndices, 0x64), (names.global, 0x67), (names.ignoreCase, 0x69), (names.multiline, 0x6D),
            (names.dotAll, 0x73), (names.unicode, 0x75), (names.sticky, 0x79), (propertyKey("unicodeSets"), 0x76),
        ]
        var present = Set<UInt16>()
        for (key, letter) in reads where try object.get(key, self).toBoolean { present.insert(letter) }
        // Written in the order d g i m s u v y.
        let order: [UInt16] = [0x64, 0x67, 0x69, 0x6D, 0x73, 0x75, 0x76, 0x79]
        return JSString(units: order.filter { present.contains($0) })
    }
}
