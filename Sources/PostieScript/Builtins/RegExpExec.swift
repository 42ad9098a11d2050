/// The abstract operations every RegExp method shares: RegExpBuiltinExec, RegExpExec, the match
/// result array, AdvanceStringIndex, IsRegExp and RegExpCreate (ECMA-262 §22.2.7, §7.2.8).
extension ScriptRuntime {
    /// Runs `program` once over `input`, ending the script when the backtracking budget runs out.
    @inline(__always)
    func runRegExp(_ program: RegExpProgram, _ input: UnsafeBufferPointer<UInt16>, from start: Int, anchored: Bool) throws(JSException) -> [Int]? {
        var budget = RegExpBuiltins.execBudget
        switch program.exec(input, from: start, anchored: anchored, budget: &budget) {
        case .match(let offsets): return offsets
        case .noMatch: return nil
        case .budgetExhausted: throw terminate("Regular expression took too long (backtracking budget exhausted)")
        }
    }

    /// `runRegExp` over a string's code units.
    @inline(__always)
    func runRegExp(_ program: RegExpProgram, _ string: JSString, from start: Int, anchored: Bool) throws(JSException) -> [Int]? {
        var budget = RegExpBuiltins.execBudget
        let result = string.units.withUnsafeBufferPointer { buffer in
            program.exec(buffer, from: start, anchored: anchored, budget: &budget)
        }
        switch result {
        case .match(let offsets): return offsets
        case .noMatch: return nil
        case .budgetExhausted: throw terminate("Regular expression took too long (backtracking budget exhausted)")
        }
    }

    /// ECMA-262 §22.2.7.2 RegExpBuiltinExec up to the match: reads and updates `lastIndex`, returns the
    /// capture offsets (start and end per group, -1 for a group that did not take part) or nil.
    func regExpBuiltinMatch(_ regex: JSRegExpObject, _ string: JSString) throws(JSException) -> [Int]? {
        let rawLastIndex = regex.lastIndexValue
        var lastIndex: Int
        if case .number(let number) = rawLastIndex {
            lastIndex = number > 0 ? (number < 9_007_199_254_740_991 ? Int(number) : 9_007_199_254_740_991) : 0
        } else {
            lastIndex = try toLength(rawLastIndex)
        }
        let program = regex.program
        let flags = program.flags
        let sticky = flags.contains(.sticky)
        let updatesLastIndex = sticky || flags.contains(.global)
        if !updatesLastIndex { lastIndex = 0 }
        if lastIndex > string.count {
            if updatesLastIndex { try setLastIndex(regex, 0) }
            return nil
        }
        guard let offsets = try runRegExp(program, string, from: lastIndex, anchored: sticky) else {
            if updatesLastIndex { try setLastIndex(regex, 0) }
            return nil
        }
        if updatesLastIndex { try setLastIndex(regex, offsets[1]) }
        regex.state?.recordMatch(string, offsets)
        return offsets
    }

    /// ECMA-262 §22.2.7.2 RegExpBuiltinExec: the match result array or null.
    func regExpBuiltinExec(_ regex: JSRegExpObject, _ string: JSString) throws(JSException) -> JSValue {
        guard let offsets = try regExpBuiltinMatch(regex, string) else { return .null }
        return .object(makeMatchResult(regex.program, string, offsets, state: regex.state ?? regExpState))
    }

    /// ECMA-262 §22.2.7.1 RegExpExec: a user-defined `exec` is called, the built-in one runs directly.
    func regExpExec(_ object: JSObject, _ string: JSString) throws(JSException) -> JSValue {
        let exec = try object.get(names.exec, self)
        if case .object(let function) = exec, function === regExpState.originalExec, object.kind == .regExp {
            return try regExpBuiltinExec(unsafeDowncast(object, to: JSRegExpObject.self), string)
        }
        if exec.isCallable {
            let result = try call(exec, this: .object(object), arguments: [.string(string)])
            guard result.isObject || result.isNull else {
                throw makeException(.typeError, "RegExp exec method returned something other than an Object or null")
            }
            return result
        }
        guard object.kind == .regExp else {
            throw makeException(.typeError, "Method RegExp.prototype.exec called on incompatible receiver \(describeObjectForError(object))")
        }
        return try regExpBuiltinExec(unsafeDowncast(object, to: JSRegExpObject.self), string)
    }

    /// ECMA-262 §22.2.7.2 steps 20–36: the array `exec` returns, with `index`, `input`, `groups`
    /// and, for the d flag, `indices`.
    func makeMatchResult(_ program: RegExpProgram, _ string: JSString, _ offsets: [Int], state: RegExpPrototypeObject) -> JSArray {
        let groupCount = program.captureCount + 1
        var elements = ContiguousArray<JSValue>()
        elements.reserveCapacity(groupCount)
        for group in 0..<groupCount {
            let start = offsets[2 * group]
            elements.append(start < 0 ? .undefined : .string(substring(string, start, offsets[2 * group + 1])))
        }
        let array = realm.newArray(elements)
        var groups = JSValue.undefined
        if !program.groupNames.isEmpty {
            let object = JSObject(self, prototype: nil)
            for (name, index) in program.groupNames {
                object.addNew(propertyKey(JSString(units: name)), elements[index], flags: .default)
            }
            groups = .object(object)
        }
        // `index`, `input`, `groups` (and `indices`) in one step, on a shape made once.
        if program.flags.contains(.hasIndices) {
            array.shape = state.matchResultShape(self, withIndices: true)
            array.slots = [.number(Double(offsets[0])), .string(string), groups, .object(makeMatchIndices(program, offsets))]
        } else {
            array.shape = state.matchResultShape(self, withIndices: false)
            array.slots = [.number(Double(offsets[0])), .string(string), groups]
        }
        return array
    }

    /// ECMA-262 §22.2.7.8 MakeMatchIndicesIndexPairArray.
    private func makeMatchIndices(_ program: RegExpProgram, _ offsets: [Int]) -> JSArray {
        var pairs = ContiguousArray<JSValue>()
        let groupCount = program.captureCount + 1
        pairs.reserveCapacity(groupCount)
        for group in 0..<groupCount {
            let start = offsets[2 * group]
            if start < 0 {
                pairs.append(.undefined)
            } else {
                pairs.append(.object(realm.newArray([.number(Double(start)), .number(Double(offsets[2 * group + 1]))])))
            }
        }
        let indices = realm.newArray(pairs)
        var groups = JSValue.undefined
        if !program.groupNames.isEmpty {
            let object = JSObject(self, prototype: nil)
            for (name, index) in program.groupNames {
                object.addNew(propertyKey(JSString(units: name)), pairs[index], flags: .default)
            }
            groups = .object(object)
        }
        indices.defineNew(names.groups, groups)
        return indices
    }

    /// `Set(R, "lastIndex", value, true)`.
    func setLastIndex(_ object: JSObject, _ value: Int) throws(JSException) {
        if object.kind == .regExp {
            let regex = unsafeDowncast(object, to: JSRegExpObject.self)
            if regex.lastIndexWritable {
                regex.slots[0] = .number(Double(value))
                return
            }
        }
        try setLastIndex(object, .number(Double(value)))
    }

    /// `Set(R, "lastIndex", value, true)` for any value.
    func setLastIndex(_ object: JSObject, _ value: JSValue) throws(JSException) {
        guard try object.set(names.lastIndex, value, self) else {
            let shown = object.kind == .regExp ? "[object RegExp]" : describeObjectForError(object)
            throw makeException(.typeError, "Cannot assign to read only property 'lastIndex' of object '\(shown)'")
        }
    }

    /// `ToLength(Get(R, "lastIndex"))`.
    func getLastIndex(_ object: JSObject) throws(JSException) -> Int {
        let value = object.kind == .regExp ? unsafeDowncast(object, to: JSRegExpObject.self).lastIndexValue : try object.get(names.lastIndex, self)
        return try toLength(value)
    }

    /// ECMA-262 §7.2.8 IsRegExp.
    func isRegExp(_ value: JSValue) throws(JSException) -> Bool {
        guard case .object(let object) = value else { return false }
        let matcher = try object.get(.symbol(symbols.match), self)
        if !matcher.isUndefined { return matcher.toBoolean }
        return object.kind == .regExp
    }

    /// ECMA-262 §22.2.3.2 RegExpCreate(P, F) in the current realm.
    func regExpCreate(_ pattern: JSValue, flags: String) throws(JSException) -> JSRegExpObject {
        let source = pattern.isUndefined ? JSString.empty : try toJSString(pattern)
        let program = try compileRegExp(source, intern(flags))
        return JSRegExpObject(self, program: program, source: source, flags: canonicalFlags(program.flags), prototype: realm.regExpPrototype)
    }

    /// A copy of `regex` for the methods that make their own matcher (`matchAll`, `split`): same
    /// program, fresh `lastIndex`.
    func regExpClone(_ regex: JSRegExpObject) -> JSRegExpObject {
        JSRegExpObject(self, program: regex.program, source: regex.source, flags: regex.flags, prototype: realm.regExpPrototype)
    }
}

/// ECMA-262 §22.2.7.3 AdvanceStringIndex.
@inline(__always)
func advanceStringIndex(_ units: UnsafeBufferPointer<UInt16>, _ index: Int, unicode: Bool) -> Int {
    if !unicode || index + 1 >= units.count || index < 0 { return index + 1 }
    let unit = units[index]
    if unit & 0xFC00 == 0xD800, units[index + 1] & 0xFC00 == 0xDC00 { return index + 2 }
    return index + 1
}

/// AdvanceStringIndex over an array.
@inline(__always)
func advanceStringIndex(_ units: [UInt16], _ index: Int, unicode: Bool) -> Int {
    units.withUnsafeBufferPointer { advanceStringIndex($0, index, unicode: unicode) }
}

/// %RegExpStringIteratorPrototype% instances (ECMA-262 §22.2.9).
final class JSRegExpStringIterator: JSObject {
    private var matcher: JSObject?
    private var string: JSString
    private let global: Bool
    private let unicode: Bool

    init(_ rt: ScriptRuntime, matcher: JSObject, string: JSString, global: Bool, unicode: Bool) {
        self.matcher = matcher
        self.string = string
        self.global = global
        self.unicode = unicode
        super.init(rt, shape: rt.rootShape, prototype: rt.realm.regExpStringIteratorPrototype, kind: .regExpStringIterator)
    }

    override func clearReferences() {
        super.clearReferences()
        matcher = nil
    }

    /// ECMA-262 §22.2.9.2.1 %RegExpStringIteratorPrototype%.next.
    func next(_ rt: ScriptRuntime) throws(JSException) -> JSValue {
        guard let matcher else { return .object(rt.realm.iteratorResult(.undefined, done: true)) }
        let match = try rt.regExpExec(matcher, string)
        guard case .object(let result) = match else {
            self.matcher = nil
            return .object(rt.realm.iteratorResult(.undefined, done: true))
        }
        if !global {
            self.matcher = nil
            return .object(rt.realm.iteratorResult(match, done: false))
        }
        let matched = try rt.toJSString(result.get(.index(0), rt))
        if matched.count == 0 {
            let thisIndex = try rt.getLastIndex(matcher)
            try rt.setLastIndex(matcher, advanceStringIndex(string.units, thisIndex, unicode: unicode))
        }
        return .object(rt.realm.iteratorResult(match, done: false))
    }
}
