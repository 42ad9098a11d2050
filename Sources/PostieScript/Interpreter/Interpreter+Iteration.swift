/// Iteration (ECMA-262 §7.4 Operations on Iterator Objects), spread, and for-in enumeration.
///
/// An iterator record lives in three registers: the iterator, its `next` method, and a done flag.
/// Who asks for an iterator; V8 words "not iterable" differently for each.
enum IteratorRequest {
    /// A built-in (`new Set(5)`, `[x] = 5`): `number 5 is not iterable (cannot read property Symbol(Symbol.iterator))`.
    case builtin
    /// `for…of`, a declaration's array pattern: `o.a is not iterable`, with the iterable's source text.
    case statement(site: String?)
    /// A spread in an array literal: as `statement`, and a missing `next` is reported the same way.
    case arraySpread(site: String?)
    /// A spread argument of a call: `u is not iterable (cannot read property undefined)`.
    case argumentSpread(site: String?)
}

extension ScriptRuntime {
    /// ECMA-262 §7.4.2 GetIterator(obj, sync) into a record.
    func getIterator(_ iterable: JSValue, into record: UnsafeMutablePointer<JSValue>, request: IteratorRequest) throws(JSException) {
        // Arrays with the built-in iterator get the built-in array iterator (stepped without calls).
        if case .object(let object) = iterable, object.kind == .array, realm.hasPristineArrayIteration(object) {
            record[0] = .object(JSArrayIterator(self, target: object, kind: .values, prototype: realm.arrayIteratorPrototype))
            record[1] = .object(realm.arrayIteratorNextFunction)
            record[2] = .bool(false)
            return
        }
        let method: JSValue = iterable.isNullish ? .undefined : try getProperty(iterable, .symbol(symbols.iterator))
        guard method.isCallable else { throw notIterable(iterable, request) }
        let iterator = try call(method, this: iterable, arguments: [])
        guard case .object = iterator else {
            throw makeException(.typeError, "Result of the Symbol.iterator method is not an object")
        }
        record[0] = iterator
        record[1] = try getProperty(iterator, names.next)
        record[2] = .bool(false)
        if case .arraySpread = request, !record[1].isCallable { throw notIterable(iterable, request) }
    }

    /// The TypeError for a value without a callable `Symbol.iterator`, as V8 words it for `request`.
    func notIterable(_ iterable: JSValue, _ request: IteratorRequest) -> JSException {
        switch request {
        case .builtin:
            return makeException(.typeError, "\(callSiteDescription(iterable)) is not iterable (cannot read property Symbol(Symbol.iterator))")
        case .statement(let site), .arraySpread(let site):
            return makeException(.typeError, "\(site ?? describeForError(iterable)) is not iterable")
        case .argumentSpread(let site):
            if iterable.isNullish {
                let what = iterable.isNull ? "null" : "undefined"
                return makeException(.typeError, "\(site ?? what) is not iterable (cannot read property \(what))")
            }
            return makeException(.typeError, "Spread syntax requires ...iterable[Symbol.iterator] to be a function")
        }
    }

    /// GetIterator(obj, async): the async iterator, or the sync one wrapped (§27.1.4.1).
    func getAsyncIterator(_ iterable: JSValue, into record: UnsafeMutablePointer<JSValue>) throws(JSException) {
        if iterable.isNullish {
            throw makeException(.typeError, "\(describeForError(iterable)) is not async iterable")
        }
        let method = try getProperty(iterable, .symbol(symbols.asyncIterator))
        if method.isNullish {
            try getIterator(iterable, into: record, request: .builtin)
            let wrapper = AsyncFromSyncIterator(self, syncIterator: record[0], syncNext: record[1], prototype: realm.asyncFromSyncIteratorPrototype)
            record[0] = .object(wrapper)
            record[1] = try getProperty(.object(wrapper), names.next)
            record[2] = .bool(false)
            return
        }
        guard method.isCallable else { throw makeException(.typeError, "\(describeForError(iterable)) is not async iterable") }
        let iterator = try call(method, this: iterable, arguments: [])
        guard case .object = iterator else {
            throw makeException(.typeError, "Result of the Symbol.asyncIterator method is not an object")
        }
        record[0] = iterator
        record[1] = try getProperty(iterator, names.next)
        record[2] = .bool(false)
    }

    /// ECMA-262 §7.4.6 IteratorStep + IteratorValue: the next value, or nil when done.
    func iteratorStep(_ record: UnsafeMutablePointer<JSValue>) throws(JSException) -> JSValue? {
        if case .bool(true) = record[2] { return nil }
        if case .object(let object) = record[0], object.kind == .arrayIterator, case .object(let next) = record[1],
            next === realm.arrayIteratorNextFunction
        {
            let iterator = unsafeDowncast(object, to: JSArrayIterator.self)
            if let value = try iterator.step(self) { return value }
            record[2] = .bool(true)
            return nil
        }
        let result = try call(record[1], this: record[0], arguments: [])
        guard case .object(let object) = result else {
            throw makeException(.typeError, "Iterator result \(describeForError(result)) is not an object")
        }
        if try object.get(names.done, self).toBoolean {
            record[2] = .bool(true)
            return nil
        }
        return try object.get(names.value, self)
    }

    /// ECMA-262 §7.4.8 IteratorClose for a normal or break completion.
    func iteratorClose(_ record: UnsafeMutablePointer<JSValue>) throws(JSException) {
        if case .bool(true) = record[2] { return }
        record[2] = .bool(true)
        if case .object(let object) = record[0], object.kind == .arrayIterator { return }
        let method = try getProperty(record[0], names.return_)
        if method.isNullish { return }
        let result = try call(method, this: record[0], arguments: [])
        guard case .object = result else {
            throw makeException(.typeError, "Iterator result \(describeForError(result)) is not an object")
        }
    }

    /// IteratorClose for a throw completion: the original exception wins.
    func iteratorCloseQuietly(_ record: UnsafeMutablePointer<JSValue>) {
        if case .bool(true) = record[2] { return }
        record[2] = .bool(true)
        if case .object(let object) = record[0], object.kind == .arrayIterator { return }
        guard let method = try? getProperty(record[0], names.return_), !method.isNullish else { return }
        _ = try? call(method, this: record[0], arguments: [])
    }

    /// Every value an iterable produces.
    public func iterateToArray(_ iterable: JSValue) throws(JSException) -> [JSValue] {
        try iterateToArray(iterable, request: .builtin)
    }

    func iterateToArray(_ iterable: JSValue, request: IteratorRequest) throws(JSException) -> [JSValue] {
        if case .object(let object) = iterable, object.kind == .array, realm.hasPristineArrayIteration(object) {
            let array = unsafeDowncast(object, to: JSArray.self)
            if array.sparseElements == nil {
                var values = [JSValue]()
                values.reserveCapacity(Int(array.length))
                for index in 0..<Int(array.length) {
                    if index < array.elements.count, !array.elements[index].isEmpty {
                        values.append(array.elements[index])
                    } else {
                        values.append(try array.get(.index(UInt32(index)), self))
                    }
                }
                return values
            }
        }
        if case .string(let string) = iterable, realm.hasPristineStringIteration() {
            return codePointStrings(string).map { .string($0) }
        }
        var record = [JSValue](repeating: .undefined, count: 3)
        var values = [JSValue]()
        try record.withUnsafeMutableBufferPointer { buffer throws(JSException) in
            let pointer = buffer.baseAddress!
            try getIterator(iterable, into: pointer, request: request)
            while let value = try iteratorStep(pointer) {
                values.append(value)
                if values.count > limits.maximumArrayLength {
                    throw makeException(.rangeError, "Invalid array length")
                }
            }
        }
        return values
    }

    /// A string split into code points (surrogate pairs kept together).
    func codePointStrings(_ string: JSString) -> [JSString] {
        let units = string.units
        var result: [JSString] = []
        result.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit >= 0xD800 && unit <= 0xDBFF, index + 1 < units.count, units[index + 1] >= 0xDC00 && units[index + 1] <= 0xDFFF {
                result.append(JSString(units: [unit, units[index + 1]]))
                index += 2
            } else {
                result.append(singleUnitString(unit))
                index += 1
            }
        }
        return result
    }

    /// Arguments built by a spread call: the array the compiler made.
    func spreadList(_ value: JSValue) throws(JSException) -> [JSValue] {
        guard case .object(let object) = value, object.kind == .array else { return [] }
        let array = unsafeDowncast(object, to: JSArray.self)
        var list = [JSValue]()
        list.reserveCapacity(Int(array.length))
        for index in 0..<Int(array.length) {
            list.append(index < array.elements.count ? array.elements[index].orUndefined : .undefined)
        }
        return list
    }

    /// `[...iterable]` / `f(...iterable)` into the array being built.
    func appendSpread(_ array: JSArray, _ iterable: JSValue, request: IteratorRequest) throws(JSException) {
        for value in try iterateToArray(iterable, request: request) {
            array.append(value, self)
        }
        if Int(array.length) > limits.maximumArrayLength { throw makeException(.rangeError, "Invalid array length") }
    }

    // MARK: for-in

    /// ECMA-262 §14.7.5.9 EnumerateObjectProperties.
    func makeForInIterator(_ value: JSValue) throws(JSException) -> JSObject {
        var entries: [(JSObject, PropertyKey)] = []
        if !value.isNullish {
            // A prototype's key is skipped when an object below it has that key. The keys below are kept
            // as lists and made a set only when a prototype has an enumerable key (most chains, ending in
            // Object.prototype, have none).
            var below: [ContiguousArray<PropertyKey>] = []
            var seen: Set<PropertyKey>?
            var current: JSObject? = try toObject(value)
            var depth = 0
            while let object = current, depth < 10_000 {
                let hasPrototype = object.prototype != nil
                if let keys = Self.plainKeys(of: object) {
                    // An ordinary object without elements: its own keys and attributes are its shape's.
                    let flags = object.shape.flags
                    for (slot, key) in keys.enumerated() where flags[slot].contains(.enumerable) && !key.isSymbol {
                        if depth > 0 {
                            if seen == nil { seen = Set(below.joined()) }
                            if seen!.contains(key) { continue }
                        }
                        entries.append((object, key))
                    }
                    if hasPrototype {
                        if seen != nil { seen!.formUnion(keys) } else { below.append(keys) }
                    }
                } else {
                    let keys = object.ownKeys(self)
                    for key in keys {
                        if key.isSymbol { continue }
                        guard let property = object.getOwnProperty(key, self), property.flags.contains(.enumerable) else { continue }
                        if depth > 0 {
                            if seen == nil { seen = Set(below.joined()) }
                            if seen!.contains(key) { continue }
                        }
                        entries.append((object, key))
                    }
                    if hasPrototype {
                        if seen != nil { seen!.formUnion(keys) } else { below.append(ContiguousArray(keys)) }
                    }
                }
                current = object.prototype
                depth += 1
            }
        }
        return ForInIterator(self, entries: entries)
    }

    /// The own keys of an ordinary object with no indexed properties (its shape's keys, in order), or
    /// nil for any other object (exotic ones answer `ownKeys` and `getOwnProperty` themselves).
    @inline(__always)
    private static func plainKeys(of object: JSObject) -> ContiguousArray<PropertyKey>? {
        guard type(of: object) == JSObject.self, object.elements.isEmpty, object.sparseElements == nil else { return nil }
        return object.shape.keys
    }
}

/// The keys a for-in loop visits; a key deleted before its turn is skipped.
final class ForInIterator: JSObject {
    private var entries: [(JSObject, PropertyKey)]
    private var position = 0

    init(_ rt: ScriptRuntime, entries: [(JSObject, PropertyKey)]) {
        self.entries = entries
        super.init(rt, shape: rt.rootShape, prototype: nil, kind: .forInIterator)
    }

    func next(_ rt: ScriptRuntime) -> JSValue? {
        while position < entries.count {
            let (object, key) = entries[position]
            position += 1
            if object.getOwnProperty(key, rt) != nil { return key.value }
        }
        return nil
    }

    override func clearReferences() {
        super.clearReferences()
        entries = []
    }
}

/// An array iterator (ECMA-262 §23.1.5): keys, values or entries of an array-like.
public final class JSArrayIterator: JSObject {
    public enum Kind { case keys, values, entries }
    var target: JSObject?
    let iterationKind: Kind
    var nextIndex = 0

    init(_ rt: ScriptRuntime, target: JSObject, kind: Kind, prototype: JSObject?) {
        self.target = target
        self.iterationKind = kind
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .arrayIterator)
    }

    /// The next value, or nil when done (ECMA-262 §23.1.5.2.1 %ArrayIteratorPrototype%.next).
    func step(_ rt: ScriptRuntime) throws(JSException) -> JSValue? {
        guard let target else { return nil }
        let length: Int
        if target.kind == .array {
            length = Int(unsafeDowncast(target, to: JSArray.self).length)
        } else {
            length = Int(try rt.lengthOfArrayLike(target))
        }
        let index = nextIndex
        if index >= length {
            self.target = nil
            return nil
        }
        nextIndex = index + 1
        switch iterationKind {
        case .keys:
            return .number(Double(index))
        case .values:
            if target.sparseElements == nil, index < target.elements.count, !target.elements[index].isEmpty {
                return target.elements[index]
            }
            return try target.get(.index(UInt32(index)), rt)
        case .entries:
            let value = try target.get(.index(UInt32(index)), rt)
            return .object(rt.realm.newArray([.number(Double(index)), value]))
        }
    }

    override func clearReferences() {
        super.clearReferences()
        target = nil
    }
}

/// %AsyncFromSyncIteratorPrototype% objects (ECMA-262 §27.1.4).
final class AsyncFromSyncIterator: JSObject {
    var syncIterator: JSValue
    var syncNext: JSValue

    init(_ rt: ScriptRuntime, syncIterator: JSValue, syncNext: JSValue, prototype: JSObject?) {
        self.syncIterator = syncIterator
        self.syncNext = syncNext
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .asyncFromSyncIterator)
    }

    override func clearReferences() {
        super.clearReferences()
        syncIterator = .undefined
        syncNext = .undefined
    }
}
