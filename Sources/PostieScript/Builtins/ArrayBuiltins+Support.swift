/// Abstract operations the `Array` built-ins share (ECMA-262 §7.3, §10.4.2, §23.1.3), with the fast
/// paths for dense arrays and V8's error messages.
extension ScriptRuntime {
    /// The largest length an array-like may have (2⁵³ − 1, ECMA-262 §7.1.20 ToLength).
    static let maximumSafeLength = 9_007_199_254_740_991

    /// The property key of integer index `index` (`.index` below 2³² − 1, a numeric string above).
    @inline(__always)
    func arrayIndexKey(_ index: Int) -> PropertyKey {
        if index >= 0 && index < 4_294_967_295 { return .index(UInt32(truncatingIfNeeded: index)) }
        return propertyKey(numberToJSString(Double(index)))
    }

    /// `ToObject(this)`, or V8's "Array.prototype.X called on null or undefined" for the methods that say so.
    @inline(__always)
    func arrayReceiver(_ this: JSValue, method: StaticString) throws(JSException) -> JSObject {
        if case .object(let object) = this { return object }
        if this.isNullish { throw makeException(.typeError, "Array.prototype.\(method) called on null or undefined") }
        return try toObject(this)
    }

    /// A callback argument as a function, or V8's "X is not a function".
    @inline(__always)
    func arrayCallback(_ value: JSValue) throws(JSException) -> JSFunction {
        if case .object(let object) = value, object.isCallable, object.kind == .function {
            return unsafeDowncast(object, to: JSFunction.self)
        }
        throw makeException(.typeError, "\(describeCallbackForError(value)) is not a function")
    }

    /// The uncatchable error that ends a script whose array would outgrow `limits.maximumArrayLength`
    /// (the same limit and message as the interpreter's array growth).
    func arrayGrowthFailure() -> JSException {
        terminate("Script ran out of memory: an array grew past \(limits.maximumArrayLength) elements")
    }

    /// Calls a callback of an array method, counting a step against the script's limits (a native
    /// loop calling a trivial callback would otherwise never reach a deadline check).
    @inline(__always)
    func callCallback(_ function: JSFunction, this: JSValue, arguments: Arguments) throws(JSException) -> JSValue {
        try countStep()
        return try callFunction(function, this: this, arguments: arguments)
    }

    /// How V8 renders a non-callable callback in "X is not a function" (its side-effect-free ToString).
    func describeCallbackForError(_ value: JSValue) -> String {
        switch value {
        case .string(let string): return string.string
        case .object(let object):
            switch object.kind {
            case .array: return "[object Array]"
            case .date: return "[object Date]"
            case .regExp: return "[object RegExp]"
            case .numberWrapper: return "[object Number]"
            case .stringWrapper: return "[object String]"
            case .booleanWrapper: return "[object Boolean]"
            case .symbolWrapper: return "[object Symbol]"
            case .error:
                let name = object.get(dataOnly: names.name)?.asString?.string ?? "Error"
                let message = object.get(dataOnly: names.message)?.asString?.string ?? ""
                return message.isEmpty ? name : "\(name): \(message)"
            default:
                if object.prototype == nil || object.ordinaryGetOwnProperty(names.toString) != nil
                    || object.ordinaryGetOwnProperty(names.constructor) != nil
                {
                    return "[object Object]"
                }
                // `Object.prototype.constructor` appears with the Object constructor, made on demand.
                _ = realm.objectConstructor
                return describeObjectForError(object)
            }
        default:
            return describeForError(value)
        }
    }

    /// How V8 names the object in "Cannot assign to read only property … of object '…'" and the
    /// like: `[object Array]`, `[object String]` for wrappers, `#<Object>` for ordinary objects.
    func describeTargetForError(_ object: JSObject) -> String {
        switch object.kind {
        case .array: return "[object Array]"
        case .stringWrapper: return "[object String]"
        case .numberWrapper: return "[object Number]"
        case .booleanWrapper: return "[object Boolean]"
        case .symbolWrapper: return "[object Symbol]"
        case .date: return "[object Date]"
        case .regExp: return "[object RegExp]"
        default:
            _ = realm.objectConstructor
            return describeObjectForError(object)
        }
    }

    // MARK: Reading elements

    /// The element at `index` when it is an own dense data element (no call, no lookup).
    @inline(__always)
    func denseValue(_ object: JSObject, _ index: Int) -> JSValue? {
        guard object.sparseElements == nil, index < object.elements.count else { return nil }
        let value = object.elements[index]
        if case .empty = value { return nil }
        return value
    }

    /// `HasProperty(O, k)` then `Get(O, k)`: nil when absent (a hole).
    @inline(__always)
    func elementIfPresent(_ object: JSObject, _ index: Int) throws(JSException) -> JSValue? {
        if let value = denseValue(object, index) { return value }
        return try slowElementIfPresent(object, index)
    }

    func slowElementIfPresent(_ object: JSObject, _ index: Int) throws(JSException) -> JSValue? {
        let key = arrayIndexKey(index)
        guard object.hasProperty(key, self) else { return nil }
        return try object.get(key, self)
    }

    /// `Get(O, k)` with the dense fast path.
    @inline(__always)
    func element(_ object: JSObject, _ index: Int) throws(JSException) -> JSValue {
        if let value = denseValue(object, index) { return value }
        return try object.get(arrayIndexKey(index), self)
    }

    /// `HasProperty(O, k)` with the dense fast path.
    @inline(__always)
    func hasElement(_ object: JSObject, _ index: Int) -> Bool {
        if denseValue(object, index) != nil { return true }
        return object.hasProperty(arrayIndexKey(index), self)
    }

    /// Scans the dense storage of `object` over `start..<end` for the first element equal to `search`
    /// (SameValueZero when `zero`, else IsStrictlyEqual), stopping at the first hole or the end of
    /// storage. No script code runs while scanning.
    func scanDenseElements(_ object: JSObject, from start: Int, to end: Int, for search: JSValue, zero: Bool) -> (found: Int?, next: Int) {
        guard object.sparseElements == nil else { return (nil, start) }
        return object.elements.withUnsafeBufferPointer { buffer in
            let limit = min(end, buffer.count)
            var index = start
            switch search {
            case .number(let number):
                let matchesNaN = zero && number.isNaN
                while index < limit {
                    switch buffer[index] {
                    case .number(let value):
                        if value == number || (matchesNaN && value.isNaN) { return (index, index) }
                    case .empty:
                        return (nil, index)
                    default:
                        break
                    }
                    index += 1
                }
            case .string(let string):
                while index < limit {
                    switch buffer[index] {
                    case .string(let value):
                        if value === string || value.equals(string) { return (index, index) }
                    case .empty:
                        return (nil, index)
                    default:
                        break
                    }
                    index += 1
                }
            case .object(let target):
                while index < limit {
                    switch buffer[index] {
                    case .object(let value):
                        if value === target { return (index, index) }
                    case .empty:
                        return (nil, index)
                    default:
                        break
                    }
                    index += 1
                }
            default:
                while index < limit {
                    let value = buffer[index]
                    if case .empty = value { return (nil, index) }
                    if strictlyEqual(value, search) { return (index, index) }
                    index += 1
                }
            }
            return (nil, max(index, start))
        }
    }

    /// Whether an object keeps its integer-keyed properties only in `elements`/`sparseElements`, as
    /// plain properties (no exotic [[GetOwnProperty]] for indices).
    @inline(__always)
    func hasOrdinaryIndexedStorage(_ object: JSObject) -> Bool {
        switch object.kind {
        case .stringWrapper, .host: return false
        case .ordinary, .array, .function, .error, .arguments, .booleanWrapper, .numberWrapper, .symbolWrapper, .date, .regExp,
            .map, .set, .weakMap, .weakSet, .promise, .arrayIterator, .mapIterator, .setIterator, .stringIterator,
            .regExpStringIterator, .generator, .asyncFromSyncIterator, .forInIterator, .global:
            return true
        }
    }

    /// Whether no object on `object`'s prototype chain has an integer-keyed property, so a hole in
    /// `object` reads as `undefined` and `HasProperty` is false for it.
    func prototypesHaveNoElements(_ object: JSObject) -> Bool {
        var current = object.prototype
        var depth = 0
        while let prototype = current {
            guard hasOrdinaryIndexedStorage(prototype), prototype.elements.isEmpty, prototype.sparseElements?.isEmpty ?? true else {
                return false
            }
            depth += 1
            if depth > 10_000 { return false }
            current = prototype.prototype
        }
        return true
    }

    /// After a hole at `index` (absent from `object` and its prototypes): the next index that may be
    /// present, up to `limit`. Jumps over runs of holes when the object and its prototypes keep their
    /// elements in ordinary storage; counts a step otherwise (so a huge array-like cannot hang the script).
    func indexAfterHole(_ object: JSObject, _ index: Int, limit: Int) throws(JSException) -> Int {
        let next = index + 1
        if next >= limit { return limit }
        guard next < 4_294_967_295, hasOrdinaryIndexedStorage(object), prototypesHaveNoElements(object) else {
            try countStep()
            return next
        }
        // Indices at and above 2³² − 1 are named properties: never jump past them.
        let cap = min(limit, 4_294_967_295)
        if let sparse = object.sparseElements {
            if sparse[UInt32(next)] != nil { return next }
            var best = cap
            for key in sparse.keys {
                let position = Int(key)
                if position > index && position < best { best = position }
            }
            return best
        }
        let elements = object.elements
        var position = next
        let count = min(elements.count, cap)
        while position < count {
            if case .empty = elements[position] {
                position += 1
            } else {
                return position
            }
        }
        return cap
    }

    /// Before a hole at `index` going down: the previous index that may be present, or -1.
    func indexBeforeHole(_ object: JSObject, _ index: Int) throws(JSException) -> Int {
        let previous = index - 1
        if previous < 0 { return -1 }
        guard index <= 4_294_967_295, hasOrdinaryIndexedStorage(object), prototypesHaveNoElements(object) else {
            try countStep()
            return previous
        }
        if let sparse = object.sparseElements {
            if sparse[UInt32(previous)] != nil { return previous }
            var best = -1
            for key in sparse.keys {
                let position = Int(key)
                if position < index && position > best { best = position }
            }
            return best
        }
        let elements = object.elements
        var position = min(previous, elements.count - 1)
        while position >= 0 {
            if case .empty = elements[position] {
                position -= 1
            } else {
                return position
            }
        }
        return -1
    }

    // MARK: Writing with V8's errors

    /// ECMA-262 §7.3.4 Set(O, P, V, true): TypeError when refused.
    @inline(__always)
    func setOrThrow(_ object: JSObject, _ key: PropertyKey, _ value: JSValue) throws(JSException) {
        if try !object.set(key, value, self) { throw setFailure(object, key) }
    }

    /// Set(O, k, V, true) for an integer index, with the dense fast path.
    @inline(__always)
    func setElementOrThrow(_ object: JSObject, _ index: Int, _ value: JSValue) throws(JSException) {
        if object.kind == .array, object.sparseElements == nil, object.elementFlags == .default, index < object.elements.count,
            !object.elements[index].isEmpty
        {
            object.elements[index] = value
            return
        }
        try setOrThrow(object, arrayIndexKey(index), value)
    }

    /// Set(O, "length", len, true).
    func setLengthOrThrow(_ object: JSObject, _ length: Int) throws(JSException) {
        if object.kind == .array {
            let array = unsafeDowncast(object, to: JSArray.self)
            if !array.extensible, array.sparseElements == nil, !array.elementFlags.contains(.writable) {
                // Frozen (Object.freeze leaves `lengthWritable` set, but a frozen array's length is read-only).
                throw makeException(.typeError, "Cannot assign to read only property 'length' of object '[object Array]'")
            }
            if array.lengthWritable, length >= 0, length < 4_294_967_296 {
                array.truncate(to: UInt32(length))
                return
            }
            if length >= 4_294_967_296 { throw makeException(.rangeError, "Invalid array length") }
        }
        try setOrThrow(object, names.length, .number(Double(length)))
    }

    /// The TypeError V8 throws when an assignment in a built-in is refused.
    func setFailure(_ object: JSObject, _ key: PropertyKey) -> JSException {
        if object.kind == .array, case .index(let index) = key {
            let array = unsafeDowncast(object, to: JSArray.self)
            if array.extensible, !array.lengthWritable, index >= array.length, array.getOwnProperty(key, self) == nil {
                return makeException(.typeError, "Cannot assign to read only property 'length' of object '[object Array]'")
            }
        }
        var current: JSObject? = object
        var depth = 0
        while let candidate = current, depth < 10_000 {
            if let property = candidate.getOwnProperty(key, self) {
                if property.isAccessor {
                    return makeException(.typeError, "Cannot set property \(key.displayName) of \(describeTargetForError(object)) which has only a getter")
                }
                if !property.flags.contains(.writable) {
                    return makeException(.typeError, "Cannot assign to read only property '\(key.displayName)' of object '\(describeTargetForError(object))'")
                }
                break
            }
            current = candidate.prototype
            depth += 1
        }
        return makeException(.typeError, "Cannot add property \(key.displayName), object is not extensible")
    }

    /// ECMA-262 §7.3.7 CreateDataPropertyOrThrow.
    @inline(__always)
    func createDataPropertyOrThrow(_ object: JSObject, _ key: PropertyKey, _ value: JSValue) throws(JSException) {
        if try !object.createDataProperty(key, value, self) {
            if object.getOwnProperty(key, self) != nil {
                throw makeException(.typeError, "Cannot redefine property: \(key.displayName)")
            }
            throw makeException(.typeError, "Cannot define property \(key.displayName), object is not extensible")
        }
    }

    /// CreateDataPropertyOrThrow(A, k, V) for an integer index.
    @inline(__always)
    func createElementOrThrow(_ object: JSObject, _ index: Int, _ value: JSValue) throws(JSException) {
        try createDataPropertyOrThrow(object, arrayIndexKey(index), value)
    }

    /// ECMA-262 §7.3.10 DeletePropertyOrThrow.
    @inline(__always)
    func deleteOrThrow(_ object: JSObject, _ key: PropertyKey) throws(JSException) {
        if !object.deleteProperty(key, self) {
            throw makeException(.typeError, "Cannot delete property '\(key.displayName)' of \(describeTargetForError(object))")
        }
    }

    /// DeletePropertyOrThrow(O, k) for an integer index.
    @inline(__always)
    func deleteElementOrThrow(_ object: JSObject, _ index: Int) throws(JSException) {
        try deleteOrThrow(object, arrayIndexKey(index))
    }

    // MARK: Creating arrays

    /// ECMA-262 §10.4.2.2 ArrayCreate(length) with %Array.prototype%.
    func arrayCreate(_ length: Int) throws(JSException) -> JSArray {
        guard length >= 0, length < 4_294_967_296 else { throw makeException(.rangeError, "Invalid array length") }
        let array = JSArray(self, prototype: realm.arrayPrototype)
        array.length = UInt32(length)
        return array
    }

    /// ECMA-262 §10.4.2.3 ArraySpeciesCreate(originalArray, length). `isPlain` is true when the result
    /// is a new ordinary array nobody else has seen (so callers may fill its storage directly).
    func arraySpeciesCreate(_ original: JSObject, length: Int) throws(JSException) -> (object: JSObject, isPlain: Bool) {
        guard original.kind == .array else { return (try arrayCreate(length), true) }
        var constructor = try original.get(names.constructor, self)
        if case .object(let constructorObject) = constructor {
            if constructorObject.kind == .function {
                let function = unsafeDowncast(constructorObject, to: JSFunction.self)
                if function.realm !== realm, function.isConstructor, let foreignArray = function.realm.intrinsics[.arrayConstructor],
                    foreignArray === function
                {
                    constructor = .undefined
                }
            }
            if case .object(let object) = constructor {
                constructor = try object.get(.symbol(symbols.species), self)
                if constructor.isNull { constructor = .undefined }
            }
        }
        if constructor.isUndefined { return (try arrayCreate(length), true) }
        guard case .object(let object) = constructor, object.kind == .function, unsafeDowncast(object, to: JSFunction.self).isConstructor
        else {
            throw makeException(.typeError, "object.constructor[Symbol.species] is not a constructor")
        }
        if object === realm.arrayConstructor { return (try arrayCreate(length), true) }
        let made = try construct(constructor, arguments: [.number(Double(length))])
        guard case .object(let result) = made else { throw makeException(.typeError, "object.constructor[Symbol.species] is not a constructor") }
        return (result, false)
    }

    /// ECMA-262 §7.2.4 IsConstructor.
    @inline(__always)
    func isConstructor(_ value: JSValue) -> Bool {
        guard case .object(let object) = value, object.kind == .function else { return false }
        return unsafeDowncast(object, to: JSFunction.self).isConstructor
    }
}

extension JSObject {
    /// An own or inherited data property's value without calling getters (for messages).
    func get(dataOnly key: PropertyKey) -> JSValue? {
        var current: JSObject? = self
        var depth = 0
        while let object = current, depth < 100 {
            if let property = object.ordinaryGetOwnProperty(key) { return property.isAccessor ? nil : property.value }
            current = object.prototype
            depth += 1
        }
        return nil
    }
}

/// A small argument buffer reused for every call of a callback (no allocation per element).
struct CallbackArguments {
    let base: UnsafeMutablePointer<JSValue>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        base = UnsafeMutablePointer<JSValue>.allocate(capacity: capacity)
        base.initialize(repeating: .undefined, count: capacity)
    }

    func release() {
        base.deinitialize(count: capacity)
        base.deallocate()
    }

    @inline(__always) func arguments(_ count: Int) -> Arguments { Arguments(base: UnsafePointer(base), count: count) }

    @inline(__always) subscript(index: Int) -> JSValue {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }
}

/// Builds the result of a method that makes a new array (map, filter, slice, concat, flat…):
/// straight into storage when the result is a plain new array, with CreateDataPropertyOrThrow otherwise.
struct ArrayResultBuilder {
    let target: JSObject
    private var buffered: Bool
    /// Values stored property by property (capped like storage, so a huge array-like cannot exhaust memory).
    private var definedCount = 0
    private(set) var values = ContiguousArray<JSValue>()

    init(target: JSObject, isPlain: Bool, expectedCount: Int = 0) {
        self.target = target
        buffered = isPlain && target.kind == .array && target.elements.isEmpty && target.sparseElements == nil
        if buffered && expectedCount > 0 { values.reserveCapacity(min(expectedCount, 1 << 20)) }
    }

    /// Appends the value for index `index` (indices arrive in ascending order).
    @inline(__always)
    mutating func put(_ index: Int, _ value: JSValue, _ rt: ScriptRuntime) throws(JSException) {
        if buffered {
            let count = values.count
            if index == count {
                if count >= rt.limits.maximumArrayLength { throw rt.arrayGrowthFailure() }
                values.append(value)
                return
            }
            if index > count && index - count <= 64 + count {
                while values.count < index { values.append(.empty) }
                values.append(value)
                return
            }
            flush(rt)
        }
        definedCount += 1
        if definedCount > rt.limits.maximumArrayLength { throw rt.arrayGrowthFailure() }
        try rt.countStep()
        try rt.createElementOrThrow(target, index, value)
    }

    /// Appends the dense storage of `source` over `range` for indices starting at `index` (holes stay
    /// holes); false when the values must go one by one instead.
    mutating func putDense(_ index: Int, from source: JSObject, _ range: Range<Int>, _ rt: ScriptRuntime) throws(JSException) -> Bool {
        guard buffered, index == values.count, source.sparseElements == nil, range.upperBound <= source.elements.count else { return false }
        if values.count + range.count > rt.limits.maximumArrayLength { throw rt.arrayGrowthFailure() }
        values.append(contentsOf: source.elements[range])
        return true
    }

    /// Moves the buffered values into the target and continues property by property.
    private mutating func flush(_ rt: ScriptRuntime) {
        guard buffered else { return }
        buffered = false
        let array = unsafeDowncast(target, to: JSArray.self)
        let count = values.count
        array.elements = values
        values = []
        if UInt32(count) > array.length { array.length = UInt32(count) }
    }

    /// Stores the values and sets `length` (Set(A, "length", n, true)) when `length` is given.
    mutating func finish(length: Int?, _ rt: ScriptRuntime) throws(JSException) {
        if buffered {
            let array = unsafeDowncast(target, to: JSArray.self)
            let count = values.count
            array.elements = values
            values = []
            buffered = false
            if let length {
                guard length < 4_294_967_296 else { throw rt.makeException(.rangeError, "Invalid array length") }
                array.length = UInt32(max(length, count))
                if length < count { array.truncate(to: UInt32(length)) }
            } else if UInt32(count) > array.length {
                array.length = UInt32(count)
            }
            return
        }
        if let length { try rt.setLengthOrThrow(target, length) }
    }
}
