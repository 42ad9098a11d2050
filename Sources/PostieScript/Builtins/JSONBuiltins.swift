import Foundation

/// `JSON` (ECMA-262 §25.5): `JSON.parse` and `JSON.stringify`, byte for byte as V8 writes them,
/// with V8's error messages.
enum JSONBuiltins {
    /// V8 runs out of stack at about this many nested values in `JSON.stringify` (Node 20, cold, at
    /// top level: 4174 nested objects or 4175 nested arrays; the exact figure varies with the stack
    /// already in use); deeper values throw RangeError.
    static let maximumStringifyDepth = 4174
    /// And at about this many in the reviver walk of `JSON.parse` (Node 20, likewise: 2608).
    static let maximumReviverDepth = 2608

    static func makeJSON(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let json = JSObject(rt, prototype: realm.objectPrototype)
        json.addMethod(realm, "parse", length: 2) { rt, _, arguments throws(JSException) in
            let text = try rt.toJSString(arguments[0])
            let value = try rt.jsonParse(text)
            guard arguments[1].isCallable else { return value }
            let root = rt.realm.newObject()
            root.defineNew(rt.propertyKey(""), value)
            var walk = JSONReviverWalk(rt: rt, reviver: arguments[1])
            return try walk.internalize(holder: root, key: rt.propertyKey(""), depth: 0)
        }
        json.addMethod(realm, "stringify", length: 3) { rt, _, arguments throws(JSException) in
            guard let text = try rt.jsonStringify(arguments[0], replacer: arguments[1], space: arguments[2]) else { return .undefined }
            return .string(text)
        }
        json.defineNew(.symbol(rt.symbols.toStringTag), .string(rt.intern("JSON")), flags: [.configurable])
        return json
    }
}

extension ScriptRuntime {
    /// `JSON.parse(text)` without a reviver (ECMA-262 §25.5.1 steps 1–10): SyntaxError with V8's
    /// messages for malformed text.
    public func jsonParse(_ text: JSString) throws(JSException) -> JSValue {
        let units = text.units
        return try units.withUnsafeBufferPointer { buffer throws(JSException) in
            // The parser owns the caches while it runs (unshared, so filling them copies nothing).
            var parser = JSONTextParser(rt: self, source: buffer, caches: JSONParseCaches.taken(from: &jsonParseCaches))
            defer { jsonParseCaches = parser.caches }
            return try parser.parse()
        }
    }

    /// `JSON.stringify(value, replacer, space)` (ECMA-262 §25.5.2); nil when the result is undefined.
    public func jsonStringify(_ value: JSValue, replacer: JSValue = .undefined, space: JSValue = .undefined) throws(JSException) -> JSString? {
        var writer = try JSONTextWriter(rt: self, replacer: replacer, space: space)
        return try writer.stringify(value)
    }
}

// MARK: - Parsing

private enum Unit {
    static let quote: UInt16 = 0x22, backslash: UInt16 = 0x5C, slash: UInt16 = 0x2F
    static let comma: UInt16 = 0x2C, colon: UInt16 = 0x3A, minus: UInt16 = 0x2D, plus: UInt16 = 0x2B, dot: UInt16 = 0x2E
    static let openBracket: UInt16 = 0x5B, closeBracket: UInt16 = 0x5D, openBrace: UInt16 = 0x7B, closeBrace: UInt16 = 0x7D
    static let zero: UInt16 = 0x30, nine: UInt16 = 0x39
    static let lowerE: UInt16 = 0x65, upperE: UInt16 = 0x45
    static let space: UInt16 = 0x20, tab: UInt16 = 0x09, lineFeed: UInt16 = 0x0A, carriageReturn: UInt16 = 0x0D
    static let lowerB: UInt16 = 0x62, lowerF: UInt16 = 0x66, lowerN: UInt16 = 0x6E, lowerR: UInt16 = 0x72, lowerT: UInt16 = 0x74, lowerU: UInt16 = 0x75

    @inline(__always) static func isDigit(_ unit: UInt16) -> Bool { unit &- zero < 10 }
    @inline(__always) static func isWhitespace(_ unit: UInt16) -> Bool {
        unit == space || unit == lineFeed || unit == carriageReturn || unit == tab
    }
    @inline(__always) static func hexValue(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x30...0x39: return unit - 0x30
        case 0x41...0x46: return unit - 0x41 + 10
        case 0x61...0x66: return unit - 0x61 + 10
        default: return nil
        }
    }
}

/// A recently seen property name, so repeated keys are not interned again.
struct CachedKey {
    var units: [UInt16]
    var key: PropertyKey
}

/// Recent property names (by hash of their text) and short string values (likewise) of `JSON.parse`.
struct JSONParseCaches {
    var keys: [CachedKey?] = Array(repeating: nil, count: 512)
    var strings: [JSString?] = Array(repeating: nil, count: 256)

    /// The caches `stored` held, leaving fresh empty ones there.
    static func taken(from stored: inout JSONParseCaches) -> JSONParseCaches {
        var caches = JSONParseCaches(keys: [], strings: [])
        swap(&caches, &stored)
        // Empty when a parse is already under way (none calls back into scripts, so never today).
        return caches.keys.isEmpty ? JSONParseCaches() : caches
    }
}

/// ECMA-262 §25.5.1 JSON.parse steps 2–10 over UTF-16 text: an iterative parser (nesting is bounded
/// only by memory, as in V8) that builds the values directly.
private struct JSONTextParser {
    let rt: ScriptRuntime
    let source: UnsafeBufferPointer<UInt16>
    var position = 0
    private(set) var caches: JSONParseCaches
    /// The shape the last object made reached from the root shape with `lastShapeKeys`.
    private var lastShape: Shape?
    private var lastShapeKeys = ContiguousArray<PropertyKey>()
    private var scratch: [UInt16] = []
    private var numberText: [CChar] = []

    init(rt: ScriptRuntime, source: UnsafeBufferPointer<UInt16>, caches: JSONParseCaches) {
        self.rt = rt
        self.source = source
        self.caches = caches
    }

    @inline(__always) private var current: UInt16 { position < source.count ? source[position] : 0 }

    @inline(__always) private mutating func skipWhitespace() {
        while position < source.count, Unit.isWhitespace(source[position]) { position += 1 }
    }

    /// An open array or object: where its values (and, for objects, keys) start on the shared stacks.
    private struct OpenContainer {
        let isObject: Bool
        let valueStart: Int
        let keyStart: Int
    }

    mutating func parse() throws(JSException) -> JSValue {
        // Values of open containers share one stack (and object keys another), so each container is
        // made once, at its end, with exactly its size.
        var open: [OpenContainer] = []
        var values = ContiguousArray<JSValue>()
        var keys: [PropertyKey] = []
        let realm: Realm = rt.realm
        var value: JSValue
        parseValue: while true {
            skipWhitespace()
            guard position < source.count else { throw unexpectedToken() }
            switch source[position] {
            case Unit.quote:
                value = .string(try scanString())
            case Unit.minus, Unit.zero...Unit.nine:
                value = .number(try scanNumber())
            case Unit.lowerT:
                try scanLiteral("true")
                value = .true
            case Unit.lowerF:
                try scanLiteral("false")
                value = .false
            case Unit.lowerN:
                try scanLiteral("null")
                value = .null
            case Unit.openBracket:
                position += 1
                skipWhitespace()
                if current == Unit.closeBracket {
                    position += 1
                    value = .object(realm.newArray(ContiguousArray<JSValue>()))
                } else {
                    open.append(OpenContainer(isObject: false, valueStart: values.count, keyStart: keys.count))
                    continue parseValue
                }
            case Unit.openBrace:
                position += 1
                skipWhitespace()
                if current == Unit.closeBrace {
                    position += 1
                    value = .object(realm.newObject())
                } else {
                    guard current == Unit.quote else { throw failure("Expected property name or '}'") }
                    open.append(OpenContainer(isObject: true, valueStart: values.count, keyStart: keys.count))
                    keys.append(try scanPropertyName())
                    skipWhitespace()
                    guard current == Unit.colon else { throw failure("Expected ':' after property name") }
                    position += 1
                    continue parseValue
                }
            default:
                throw unexpectedToken()
            }
            // A value is complete: hand it to the innermost open container, closing containers as they end.
            while true {
                guard let container = open.last else {
                    skipWhitespace()
                    if position < source.count {
                        throw rt.makeException(.syntaxError, "Unexpected non-whitespace character after JSON at position \(position)")
                    }
                    return value
                }
                values.append(value)
                skipWhitespace()
                if container.isObject {
                    if current == Unit.comma {
                        position += 1
                        skipWhitespace()
                        guard current == Unit.quote else { throw failure("Expected double-quoted property name") }
                        keys.append(try scanPropertyName())
                        skipWhitespace()
                        guard current == Unit.colon else { throw failure("Expected ':' after property name") }
                        position += 1
                        continue parseValue
                    }
                    guard current == Unit.closeBrace else { throw failure("Expected ',' or '}' after property value") }
                    position += 1
                    value = .object(makeObject(keys[container.keyStart...], values[container.valueStart...], realm))
                    keys.removeSubrange(container.keyStart...)
                } else {
                    if current == Unit.comma {
                        position += 1
                        continue parseValue
                    }
                    guard current == Unit.closeBracket else { throw failure("Expected ',' or ']' after array element") }
                    position += 1
                    value = .object(realm.newArray(ContiguousArray(values[container.valueStart...])))
                }
                values.removeSubrange(container.valueStart...)
                open.removeLast()
            }
        }
    }

    /// An object with `keys` and `values` as CreateDataProperty would make it in order: a repeated key
    /// keeps its first position and its last value; index keys go to the elements.
    private mutating func makeObject(_ keys: ArraySlice<PropertyKey>, _ values: ArraySlice<JSValue>, _ realm: Realm) -> JSObject {
        let count = keys.count
        let rootShape = rt.rootShape
        // Objects in one text often repeat their keys (an array of records): the shape the last one
        // reached serves the next without walking the transitions again.
        if let lastShape, lastShapeKeys.count == count, sameKeys(lastShapeKeys, keys) {
            return JSObject(rt, shape: lastShape, slots: ContiguousArray(values), prototype: realm.objectPrototype)
        }
        var simple = count <= Shape.maximumSharedCount
        if simple {
            // Named keys without repeats: walk the shared shape transitions and fill the slots at once.
            var shape = rootShape
            var index = keys.startIndex
            while index < keys.endIndex {
                let key = keys[index]
                if case .index = key { simple = false; break }
                if count <= 16 {
                    var earlier = keys.startIndex
                    while earlier < index {
                        if keys[earlier] == key { simple = false; break }
                        earlier += 1
                    }
                    if !simple { break }
                } else if shape.slot(of: key) != nil {
                    simple = false
                    break
                }
                shape = shape.adding(key, flags: .default)
                index += 1
            }
            if simple && !shape.isDictionary {
                lastShapeKeys = ContiguousArray(keys)
                lastShape = shape
                return JSObject(rt, shape: shape, slots: ContiguousArray(values), prototype: realm.objectPrototype)
            }
        }
        let object = realm.newObject()
        var valueIndex = values.startIndex
        for key in keys {
            JSONTextParser.addProperty(object, key, values[valueIndex], rt)
            valueIndex += 1
        }
        return object
    }

    /// Whether `earlier` and `keys` are the same keys in the same order (an indexed loop: the generic
    /// `elementsEqual` over an array and a slice cost several times more).
    @inline(__always)
    private func sameKeys(_ earlier: ContiguousArray<PropertyKey>, _ keys: ArraySlice<PropertyKey>) -> Bool {
        var offset = 0
        var index = keys.startIndex
        while index < keys.endIndex {
            if earlier[offset] != keys[index] { return false }
            offset += 1
            index += 1
        }
        return true
    }

    /// CreateDataProperty on an object the parser made (duplicates keep their first position).
    @inline(__always)
    private static func addProperty(_ object: JSObject, _ key: PropertyKey, _ value: JSValue, _ rt: ScriptRuntime) {
        if case .index = key {
            _ = object.ordinaryDefineOwnProperty(key, PropertyDescriptor(value: value, writable: true, enumerable: true, configurable: true), rt)
        } else if let slot = object.shape.slot(of: key) {
            object.slots[slot] = value
        } else {
            object.addNew(key, value, flags: .default)
        }
    }

    // MARK: Tokens

    /// `true`, `false`, `null`: V8 reports the first character that differs, or the end.
    private mutating func scanLiteral(_ literal: StaticString) throws(JSException) {
        let count = literal.utf8CodeUnitCount
        let bytes = literal.utf8Start
        if source.count - position >= count {
            var matches = true
            for offset in 1..<count where source[position + offset] != UInt16(bytes[offset]) {
                matches = false
                break
            }
            if matches {
                position += count
                return
            }
        }
        position += 1
        for offset in 1..<count {
            guard position < source.count else { break }
            if source[position] != UInt16(bytes[offset]) { throw unexpectedToken() }
            position += 1
        }
        throw unexpectedToken()
    }

    /// A string token (ECMA-262 §25.5.1 via JSON's grammar), `position` at its opening quote.
    private mutating func scanString() throws(JSException) -> JSString {
        position += 1
        let start = position
        while position < source.count {
            let unit = source[position]
            if unit == Unit.quote {
                let end = position
                position += 1
                if end - start == 1 { return rt.singleUnitString(source[start]) }
                let units = UnsafeBufferPointer(rebasing: source[start..<end])
                if units.count <= Self.sharedStringLength, !units.isEmpty { return sharedString(units) }
                return JSString(units: Array(units))
            }
            if unit == Unit.backslash { break }
            if unit < 0x20 { throw failure("Bad control character in string literal") }
            position += 1
        }
        if position >= source.count { throw failure("Unterminated string") }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<position]))
        try scanEscapedRest()
        return JSString(units: scratch)
    }

    /// The rest of a string with escapes, decoded into `scratch`; `position` at a backslash.
    private mutating func scanEscapedRest() throws(JSException) {
        while true {
            guard position < source.count else { throw failure("Unterminated string") }
            let unit = source[position]
            if unit == Unit.quote {
                position += 1
                return
            }
            if unit < 0x20 { throw failure("Bad control character in string literal") }
            if unit != Unit.backslash {
                scratch.append(unit)
                position += 1
                continue
            }
            position += 1
            guard position < source.count else { throw unexpectedToken() }
            switch source[position] {
            case Unit.quote: scratch.append(Unit.quote)
            case Unit.backslash: scratch.append(Unit.backslash)
            case Unit.slash: scratch.append(Unit.slash)
            case Unit.lowerB: scratch.append(0x08)
            case Unit.lowerF: scratch.append(0x0C)
            case Unit.lowerN: scratch.append(0x0A)
            case Unit.lowerR: scratch.append(0x0D)
            case Unit.lowerT: scratch.append(0x09)
            case Unit.lowerU:
                var code: UInt16 = 0
                for _ in 0..<4 {
                    position += 1
                    guard position < source.count, let digit = Unit.hexValue(source[position]) else {
                        throw failure("Bad Unicode escape")
                    }
                    code = code << 4 | digit
                }
                scratch.append(code)
            default:
                throw failure("Bad escaped character")
            }
            position += 1
        }
    }

    /// A property name, interned through a small cache of recent names.
    private mutating func scanPropertyName() throws(JSException) -> PropertyKey {
        position += 1
        let start = position
        var hash: UInt32 = 2_166_136_261
        while position < source.count {
            let unit = source[position]
            if unit == Unit.quote {
                let key = cachedKey(UnsafeBufferPointer(rebasing: source[start..<position]), hash: hash)
                position += 1
                return key
            }
            if unit == Unit.backslash { break }
            if unit < 0x20 { throw failure("Bad control character in string literal") }
            hash = (hash ^ UInt32(unit)) &* 16_777_619
            position += 1
        }
        if position >= source.count { throw failure("Unterminated string") }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<position]))
        try scanEscapedRest()
        return rt.propertyKey(JSString(units: scratch))
    }

    /// String values up to this long are shared through `caches.strings`.
    private static let sharedStringLength = 24

    /// A short string value, the same JSString as an equal one met earlier in this text (strings are
    /// immutable values, so sharing is invisible to scripts and saves an allocation per repeat).
    private mutating func sharedString(_ units: UnsafeBufferPointer<UInt16>) -> JSString {
        var hash: UInt32 = 2_166_136_261
        for unit in units { hash = (hash ^ UInt32(unit)) &* 16_777_619 }
        let slot = Int((hash ^ UInt32(truncatingIfNeeded: units.count)) & 255)
        if let cached = caches.strings[slot], cached.count == units.count,
            cached.storage.withUnsafeBufferPointer({ memcmp($0.baseAddress!, units.baseAddress!, units.count * 2) == 0 })
        {
            return cached
        }
        let made = JSString(units: Array(units))
        caches.strings[slot] = made
        return made
    }

    private mutating func cachedKey(_ units: UnsafeBufferPointer<UInt16>, hash: UInt32) -> PropertyKey {
        guard let base = units.baseAddress, units.count > 0 else { return rt.propertyKey("") }
        let slot = Int((hash ^ UInt32(truncatingIfNeeded: units.count)) & 511)
        if let cached = caches.keys[slot], cached.units.count == units.count,
            cached.units.withUnsafeBufferPointer({ $0.baseAddress.map { memcmp($0, base, units.count * 2) == 0 } ?? false })
        {
            return cached.key
        }
        let array = Array(units)
        let key = rt.propertyKey(JSString(units: array))
        if units.count <= 64 { caches.keys[slot] = CachedKey(units: array, key: key) }
        return key
    }

    /// A number token (JSON's grammar), converted exactly (ECMA-262 §7.1.4.1.1 StringToNumber).
    private mutating func scanNumber() throws(JSException) -> Double {
        let start = position
        var negative = false
        if source[position] == Unit.minus {
            negative = true
            position += 1
            guard position < source.count, Unit.isDigit(source[position]) else { throw failure("No number after minus sign") }
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        if source[position] == Unit.zero {
            position += 1
            if position < source.count, Unit.isDigit(source[position]) { throw unexpectedToken(number: true) }
        } else {
            while position < source.count, Unit.isDigit(source[position]) {
                if significantDigits < 19 { mantissa = mantissa &* 10 &+ UInt64(source[position] - Unit.zero) }
                significantDigits += 1
                position += 1
            }
        }
        if position >= source.count || (source[position] != Unit.dot && source[position] | 0x20 != Unit.lowerE) {
            if significantDigits <= 19, mantissa <= JSONTextParser.largestExactMantissa {
                let value = Double(mantissa)
                return negative ? -value : value
            }
            return convertNumber(start, position)
        }
        var exponent = 0
        if source[position] == Unit.dot {
            position += 1
            guard position < source.count, Unit.isDigit(source[position]) else { throw failure("Unterminated fractional number") }
            while position < source.count, Unit.isDigit(source[position]) {
                let digit = UInt64(source[position] - Unit.zero)
                if significantDigits > 0 || digit != 0 {
                    if significantDigits < 19 { mantissa = mantissa &* 10 &+ digit }
                    significantDigits += 1
                }
                exponent -= 1
                position += 1
            }
        }
        if position < source.count, source[position] | 0x20 == Unit.lowerE {
            position += 1
            var exponentNegative = false
            if position < source.count, source[position] == Unit.plus || source[position] == Unit.minus {
                exponentNegative = source[position] == Unit.minus
                position += 1
            }
            guard position < source.count, Unit.isDigit(source[position]) else { throw failure("Exponent part is missing a number") }
            var written = 0
            while position < source.count, Unit.isDigit(source[position]) {
                if written < 100_000 { written = written * 10 + Int(source[position] - Unit.zero) }
                position += 1
            }
            exponent += exponentNegative ? -written : written
        }
        // Clinger's fast path: both operands exact, one correctly rounded operation. Up to 19 digits
        // the mantissa holds every digit; it is exact as a Double up to 2^53 (0.3333333333333333's
        // sixteen digits still qualify).
        if significantDigits <= 19, mantissa <= JSONTextParser.largestExactMantissa, exponent >= -22, exponent <= 22 {
            let scale = JSONTextParser.powersOfTen[abs(exponent)]
            let value = exponent < 0 ? Double(mantissa) / scale : Double(mantissa) * scale
            return negative ? -value : value
        }
        return convertNumber(start, position)
    }

    /// 2^53: every integer up to it is exactly a Double.
    private static let largestExactMantissa: UInt64 = 1 << 53

    private static let powersOfTen: [Double] = (0...22).map { power in
        var value = 1.0
        for _ in 0..<power { value *= 10 }
        return value
    }

    /// The correctly rounded value of the ASCII number text in `start..<end` (C's strtod).
    private mutating func convertNumber(_ start: Int, _ end: Int) -> Double {
        numberText.removeAll(keepingCapacity: true)
        for index in start..<end { numberText.append(CChar(truncatingIfNeeded: source[index])) }
        numberText.append(0)
        return numberText.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return .nan }
            return strtod(base, nil)
        }
    }

    // MARK: Errors (V8's messages)

    private func failure(_ message: String) -> JSException {
        rt.makeException(.syntaxError, "\(message) in JSON at position \(position)")
    }

    /// V8's report of an unexpected token at `position` (JsonParser::ReportUnexpectedToken).
    private func unexpectedToken(number: Bool = false) -> JSException {
        guard position < source.count else { return rt.makeException(.syntaxError, "Unexpected end of JSON input") }
        let unit = source[position]
        if number || unit == Unit.minus || Unit.isDigit(unit) {
            return rt.makeException(.syntaxError, "Unexpected number in JSON at position \(position)")
        }
        if unit == Unit.quote {
            return rt.makeException(.syntaxError, "Unexpected string in JSON at position \(position)")
        }
        let whole = String(decoding: source, as: UTF16.self)
        if ["NaN", "Infinity", "undefined", "[object Object]"].contains(whole) {
            return rt.makeException(.syntaxError, "\"\(whole)\" is not valid JSON")
        }
        let token = String(decoding: [unit], as: UTF16.self)
        let context = 10
        let length = source.count
        if length < 2 * context + 1 {
            return rt.makeException(.syntaxError, "Unexpected token '\(token)', \"\(whole)\" is not valid JSON")
        }
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: source[range]), as: UTF16.self) }
        let message: String
        if position < context {
            message = "Unexpected token '\(token)', \"\(text(0..<position + context))\"... is not valid JSON"
        } else if position < length - context {
            message = "Unexpected token '\(token)', ...\"\(text(position - context..<position + context))\"... is not valid JSON"
        } else {
            message = "Unexpected token '\(token)', ...\"\(text(position - context..<length))\" is not valid JSON"
        }
        return rt.makeException(.syntaxError, message)
    }
}

// MARK: - Reviver

/// ECMA-262 §25.5.1.1 InternalizeJSONProperty: the reviver's walk over a parsed value.
private struct JSONReviverWalk {
    let rt: ScriptRuntime
    let reviver: JSValue

    mutating func internalize(holder: JSObject, key: PropertyKey, depth: Int) throws(JSException) -> JSValue {
        if depth > JSONBuiltins.maximumReviverDepth || !rt.stackGuard.hasRoom() {
            throw rt.makeException(.rangeError, "Maximum call stack size exceeded")
        }
        let value = try holder.get(key, rt)
        if case .object(let object) = value {
            if object.kind == .array {
                let length = try rt.lengthOfArrayLike(object)
                var index = 0
                while index < length {
                    try revise(object, .index(UInt32(truncatingIfNeeded: index)), depth: depth)
                    index += 1
                }
            } else {
                for element in try rt.enumerableOwnKeys(object) {
                    try revise(object, element, depth: depth)
                }
            }
        }
        return try rt.call(reviver, this: .object(holder), arguments: [rt.jsonKeyValue(key), value])
    }

    private mutating func revise(_ object: JSObject, _ key: PropertyKey, depth: Int) throws(JSException) {
        let revised = try internalize(holder: object, key: key, depth: depth + 1)
        if revised.isUndefined {
            _ = object.deleteProperty(key, rt)
            return
        }
        // CreateDataProperty on a plain writable data property is a store.
        if case .index(let index) = key {
            let position = Int(index)
            if object.kind == .array, object.sparseElements == nil, object.elementFlags == .default, position < object.elements.count,
                !object.elements[position].isEmpty
            {
                object.elements[position] = revised
                return
            }
        } else if type(of: object) == JSObject.self, let slot = object.shape.slot(of: key), object.shape.flags[slot] == .default {
            object.slots[slot] = revised
            return
        }
        _ = try object.createDataProperty(key, revised, rt)
    }
}

extension ScriptRuntime {
    /// A property key as the string a replacer, reviver or toJSON receives.
    @inline(__always) func jsonKeyValue(_ key: PropertyKey) -> JSValue {
        if case .index(let index) = key { return .string(integerString(Int(index))) }
        return key.value
    }
}

// MARK: - Stringifying

/// How the value being written was reached from its holder, for callbacks and cycle messages.
private enum JSONPathKey {
    case property(PropertyKey)
    case element(Int)
}

/// ECMA-262 §25.5.2 JSON.stringify: writes straight into a UTF-16 buffer.
private struct JSONTextWriter {
    let rt: ScriptRuntime
    private var output: [UInt16] = []
    private var replacerFunction: JSFunction?
    private var propertyList: [PropertyKey]?
    private var gap: [UInt16] = []
    /// The objects being written, outermost first, with the keys they were reached by.
    private var stack: [JSObject] = []
    private var stackKeys: [JSONPathKey] = []
    /// Identities on the stack once it is deep enough that a linear search would cost.
    private var stackIdentities: Set<ObjectIdentifier>?
    private let lengthLimit: Int
    private let toJSONKey: PropertyKey
    /// Bumped whenever script code may have run (toJSON, the replacer, getters, conversions): facts
    /// cached about objects hold only while it is unchanged.
    private var epoch = 0
    /// Prototypes whose chain has no `toJSON`, as of `toJSONCacheEpoch`.
    private var prototypesWithoutToJSON: [ObjectIdentifier: JSObject] = [:]
    private var toJSONCacheEpoch = 0
    /// `"key":` (with the gap's space) for each slot of shared shapes seen so far.
    private var quotedKeysByShape: [ObjectIdentifier: (shape: Shape, keys: [[UInt16]?])] = [:]
    private var lastQuotedShape: Shape?
    private var lastQuotedKeys: [[UInt16]?] = []
    /// The last prototype found without `toJSON` (valid while `epoch` is `toJSONCacheEpoch`).
    private var lastPrototypeWithoutToJSON: JSObject?

    init(rt: ScriptRuntime, replacer: JSValue, space: JSValue) throws(JSException) {
        self.rt = rt
        lengthLimit = rt.limits.maximumStringLength
        toJSONKey = rt.names.toJSON
        // Step 4: the replacer function or property list.
        if let function = replacer.asFunction {
            replacerFunction = function
        } else if case .object(let list) = replacer, list.kind == .array {
            var keys: [PropertyKey] = []
            var seen = Set<PropertyKey>()
            let length = try rt.lengthOfArrayLike(list)
            var index = 0
            while index < length {
                let element = try list.get(.index(UInt32(truncatingIfNeeded: index)), rt)
                index += 1
                let item: JSString
                switch element {
                case .string(let string): item = string
                case .number: item = try rt.toJSString(element)
                case .object(let object) where object.kind == .stringWrapper || object.kind == .numberWrapper:
                    item = try rt.toJSString(element)
                default: continue
                }
                let key = rt.propertyKey(item)
                if seen.insert(key).inserted { keys.append(key) }
            }
            propertyList = keys
        }
        // Steps 5–8: the gap.
        var space = space
        if case .object(let object) = space {
            if object.kind == .numberWrapper {
                space = .number(try rt.toNumber(space))
            } else if object.kind == .stringWrapper {
                space = .string(try rt.toJSString(space))
            }
        }
        if case .number = space {
            let count = min(10, try rt.toIntegerOrInfinity(space))
            if count >= 1 { gap = Array(repeating: Unit.space, count: Int(count)) }
        } else if case .string(let string) = space {
            gap = Array(string.units.prefix(10))
        }
    }

    mutating func stringify(_ value: JSValue) throws(JSException) -> JSString? {
        output.reserveCapacity(64)
        var holder: JSObject?
        if replacerFunction != nil {
            let wrapper = rt.realm.newObject()
            wrapper.defineNew(rt.propertyKey(""), value)
            holder = wrapper
        }
        guard try serializeProperty(holder: holder, key: .property(rt.propertyKey("")), value: value, depth: 0) else {
            return nil
        }
        return JSString(units: output)
    }

    private func keyValue(_ key: JSONPathKey) -> JSValue {
        switch key {
        case .property(let property): return rt.jsonKeyValue(property)
        case .element(let index): return .string(rt.integerString(index))
        }
    }

    /// ECMA-262 §25.5.2.2 SerializeJSONProperty, with the value already read from the holder.
    /// Returns false when the result is undefined (nothing written).
    private mutating func serializeProperty(holder: JSObject?, key: JSONPathKey, value initial: JSValue, depth: Int) throws(JSException) -> Bool {
        if depth > JSONBuiltins.maximumStringifyDepth {
            throw rt.makeException(.rangeError, "Maximum call stack size exceeded")
        }
        var value = initial
        if case .object(let object) = value, !lacksToJSON(object) {
            epoch &+= 1
            let toJSON = try object.get(toJSONKey, rt)
            if let function = toJSON.asFunction {
                value = try rt.call(.object(function), this: value, arguments: [keyValue(key)])
            }
        }
        if let replacerFunction {
            epoch &+= 1
            let this: JSValue = holder.map { .object($0) } ?? .undefined
            value = try rt.call(.object(replacerFunction), this: this, arguments: [keyValue(key), value])
        }
        switch value {
        case .null:
            append("null")
        case .bool(let flag):
            append(flag ? "true" : "false")
        case .string(let string):
            try quote(string)
        case .number(let number):
            writeNumber(number)
        case .object(let object):
            switch object.kind {
            case .numberWrapper:
                epoch &+= 1
                writeNumber(try rt.toNumber(value))
            case .stringWrapper:
                epoch &+= 1
                try quote(try rt.toJSString(value))
            case .booleanWrapper:
                let primitive = (object as? JSPrimitiveObject)?.primitive.toBoolean ?? false
                append(primitive ? "true" : "false")
            case .array:
                try serializeArray(object, key: key, depth: depth)
            default:
                if object.isCallable { return false }
                try serializeObject(object, key: key, depth: depth)
            }
        case .undefined, .symbol, .empty:
            return false
        }
        return true
    }

    /// Whether `object` certainly has no `toJSON` (plain objects and arrays whose prototype chain was
    /// checked since script code last ran); false means "look it up".
    @inline(__always)
    private mutating func lacksToJSON(_ object: JSObject) -> Bool {
        guard object.kind == .array || (object.kind == .ordinary && type(of: object) == JSObject.self),
            object.shape.slot(of: toJSONKey) == nil, let prototype = object.prototype
        else { return false }
        if toJSONCacheEpoch != epoch {
            prototypesWithoutToJSON.removeAll(keepingCapacity: true)
            lastPrototypeWithoutToJSON = nil
            toJSONCacheEpoch = epoch
        }
        if prototype === lastPrototypeWithoutToJSON { return true }
        if prototypesWithoutToJSON[ObjectIdentifier(prototype)] != nil {
            lastPrototypeWithoutToJSON = prototype
            return true
        }
        var current: JSObject? = prototype
        var steps = 0
        while let candidate = current {
            if candidate.getOwnProperty(toJSONKey, rt) != nil { return false }
            current = candidate.prototype
            steps += 1
            if steps > 10_000 { return false }
        }
        prototypesWithoutToJSON[ObjectIdentifier(prototype)] = prototype
        lastPrototypeWithoutToJSON = prototype
        return true
    }

    /// `"key":` for each slot of a shared shape (nil for symbol keys), made once per shape.
    private mutating func quotedKeys(_ shape: Shape) throws(JSException) -> [[UInt16]?] {
        if shape === lastQuotedShape { return lastQuotedKeys }
        if let cached = quotedKeysByShape[ObjectIdentifier(shape)], cached.shape === shape {
            lastQuotedShape = shape
            lastQuotedKeys = cached.keys
            return cached.keys
        }
        let saved = output
        var made: [[UInt16]?] = []
        made.reserveCapacity(shape.count)
        for key in shape.keys {
            output = []
            switch key {
            case .string(let name): try quote(name)
            case .index(let index):
                output.append(Unit.quote)
                writeInteger(Int64(index))
                output.append(Unit.quote)
            case .symbol:
                made.append(nil)
                continue
            }
            output.append(Unit.colon)
            if !gap.isEmpty { output.append(Unit.space) }
            made.append(output)
        }
        output = saved
        quotedKeysByShape[ObjectIdentifier(shape)] = (shape, made)
        lastQuotedShape = shape
        lastQuotedKeys = made
        return made
    }

    // MARK: Containers

    /// Pushes `object` on the stack, or throws V8's circular-structure TypeError.
    private mutating func enter(_ object: JSObject, key: JSONPathKey) throws(JSException) {
        if !rt.stackGuard.hasRoom() { throw rt.makeException(.rangeError, "Maximum call stack size exceeded") }
        let onStack: Bool
        if let stackIdentities {
            onStack = stackIdentities.contains(ObjectIdentifier(object))
        } else {
            onStack = stack.contains { $0 === object }
        }
        if onStack { throw circularStructureError(object, closingKey: key) }
        stack.append(object)
        stackKeys.append(key)
        if stackIdentities != nil {
            stackIdentities?.insert(ObjectIdentifier(object))
        } else if stack.count > 32 {
            stackIdentities = Set(stack.map { ObjectIdentifier($0) })
        }
    }

    private mutating func leave() {
        let object = stack.removeLast()
        stackKeys.removeLast()
        if stackIdentities != nil {
            if stack.count <= 16 {
                stackIdentities = nil
            } else {
                stackIdentities?.remove(ObjectIdentifier(object))
            }
        }
    }

    @inline(__always) private mutating func newline(_ depth: Int) {
        output.append(Unit.lineFeed)
        for _ in 0..<depth { output.append(contentsOf: gap) }
    }

    /// ECMA-262 §25.5.2.5 SerializeJSONObject.
    private mutating func serializeObject(_ object: JSObject, key: JSONPathKey, depth: Int) throws(JSException) {
        try enter(object, key: key)
        output.append(Unit.openBrace)
        var first = true
        let indented = !gap.isEmpty
        if let propertyList {
            for property in propertyList {
                epoch &+= 1
                try member(object, property, try object.get(property, rt), depth: depth, first: &first)
            }
        } else if type(of: object) == JSObject.self, object.accessors == nil, object.elements.isEmpty, object.sparseElements == nil {
            // Plain data object: read the slots directly while no script code has run since.
            let shape = object.shape
            let keys = shape.keys
            let flags = shape.flags
            if !shape.isDictionary {
                let quoted = try quotedKeys(shape)
                var slots = object.slots
                var slotsEpoch = epoch
                for slot in 0..<keys.count {
                    guard let prefix = quoted[slot], flags[slot].contains(.enumerable) else { continue }
                    let value: JSValue
                    if slotsEpoch == epoch {
                        value = slots[slot]
                    } else if object.shape === shape {
                        slots = object.slots
                        slotsEpoch = epoch
                        value = slots[slot]
                    } else {
                        epoch &+= 1
                        value = try object.get(keys[slot], rt)
                    }
                    let mark = output.count
                    if !first { output.append(Unit.comma) }
                    if indented { newline(depth + 1) }
                    output.append(contentsOf: prefix)
                    if try serializeProperty(holder: object, key: .property(keys[slot]), value: value, depth: depth + 1) {
                        first = false
                    } else {
                        output.removeLast(output.count - mark)
                    }
                }
            } else {
                for slot in 0..<keys.count where !keys[slot].isSymbol && flags[slot].contains(.enumerable) {
                    epoch &+= 1
                    try member(object, keys[slot], try object.get(keys[slot], rt), depth: depth, first: &first)
                }
            }
        } else {
            for property in try rt.enumerableOwnKeys(object) {
                epoch &+= 1
                try member(object, property, try object.get(property, rt), depth: depth, first: &first)
            }
        }
        if !first && indented { newline(depth) }
        output.append(Unit.closeBrace)
        leave()
    }

    /// One `"key":value` of an object; rolled back when the value serializes to undefined.
    @inline(__always)
    private mutating func member(_ object: JSObject, _ property: PropertyKey, _ value: JSValue, depth: Int, first: inout Bool) throws(JSException) {
        if property.isSymbol { return }
        let mark = output.count
        if !first { output.append(Unit.comma) }
        if !gap.isEmpty { newline(depth + 1) }
        switch property {
        case .string(let name): try quote(name)
        case .index(let index):
            output.append(Unit.quote)
            writeInteger(Int64(index))
            output.append(Unit.quote)
        case .symbol: return
        }
        output.append(Unit.colon)
        if !gap.isEmpty { output.append(Unit.space) }
        if try serializeProperty(holder: object, key: .property(property), value: value, depth: depth + 1) {
            first = false
        } else {
            output.removeLast(output.count - mark)
        }
    }

    /// ECMA-262 §25.5.2.6 SerializeJSONArray.
    private mutating func serializeArray(_ array: JSObject, key: JSONPathKey, depth: Int) throws(JSException) {
        try enter(array, key: key)
        output.append(Unit.openBracket)
        let length = try rt.lengthOfArrayLike(array)
        let indented = !gap.isEmpty
        var index = 0
        while index < length {
            if index > 0 { output.append(Unit.comma) }
            if indented { newline(depth + 1) }
            let value: JSValue
            if array.sparseElements == nil, index < array.elements.count, !array.elements[index].isEmpty {
                value = array.elements[index]
            } else {
                epoch &+= 1
                value = try array.get(.index(UInt32(truncatingIfNeeded: index)), rt)
            }
            if !(try serializeProperty(holder: array, key: .element(index), value: value, depth: depth + 1)) {
                append("null")
            }
            if output.count > lengthLimit { throw rt.makeException(.rangeError, "Invalid string length") }
            index += 1
        }
        if length > 0 && indented { newline(depth) }
        output.append(Unit.closeBracket)
        leave()
    }

    // MARK: Primitives

    @inline(__always) private mutating func append(_ ascii: StaticString) {
        let start = ascii.utf8Start
        for offset in 0..<ascii.utf8CodeUnitCount { output.append(UInt16(start[offset])) }
    }

    /// ECMA-262 §25.5.2.3 QuoteJSONString (well-formed: lone surrogates escaped).
    private mutating func quote(_ string: JSString) throws(JSException) {
        output.append(Unit.quote)
        string.units.withUnsafeBufferPointer { units in
            var runStart = 0
            var index = 0
            let count = units.count
            while index < count {
                let unit = units[index]
                if unit >= 0x20 && unit != Unit.quote && unit != Unit.backslash && (unit < 0xD800 || unit > 0xDFFF) {
                    index += 1
                    continue
                }
                if unit >= 0xD800 && unit <= 0xDBFF, index + 1 < count, units[index + 1] >= 0xDC00, units[index + 1] <= 0xDFFF {
                    index += 2
                    continue
                }
                if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: units[runStart..<index])) }
                output.append(Unit.backslash)
                switch unit {
                case Unit.quote: output.append(Unit.quote)
                case Unit.backslash: output.append(Unit.backslash)
                case 0x08: output.append(Unit.lowerB)
                case 0x09: output.append(Unit.lowerT)
                case 0x0A: output.append(Unit.lowerN)
                case 0x0C: output.append(Unit.lowerF)
                case 0x0D: output.append(Unit.lowerR)
                default:
                    output.append(Unit.lowerU)
                    for shift in [12, 8, 4, 0] {
                        let digit = (unit >> UInt16(shift)) & 0xF
                        output.append(digit < 10 ? Unit.zero + digit : 0x61 + digit - 10)
                    }
                }
                index += 1
                runStart = index
            }
            if runStart < count { output.append(contentsOf: UnsafeBufferPointer(rebasing: units[runStart..<count])) }
        }
        output.append(Unit.quote)
        if output.count > lengthLimit { throw rt.makeException(.rangeError, "Invalid string length") }
    }

    /// A finite number as Number::toString writes it (`-0` as `0`); others as `null`.
    private mutating func writeNumber(_ number: Double) {
        guard number.isFinite else {
            append("null")
            return
        }
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: NumberConversion.maximumShortestLength) { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = NumberConversion.writeNumberToString(number, to: base)
            output.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        }
    }

    private mutating func writeInteger(_ value: Int64) {
        if value < 0 { output.append(Unit.minus) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            output.append(Unit.zero + UInt16(magnitude))
            return
        }
        var digits: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16,
                     UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            let buffer = raw.bindMemory(to: UInt16.self)
            while magnitude > 0 {
                buffer[count] = Unit.zero + UInt16(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            var index = count - 1
            while index >= 0 {
                output.append(buffer[index])
                index -= 1
            }
        }
    }

    // MARK: Cycle message

    /// V8's TypeError for a cycle: the path from the object first met to where it closes.
    private func circularStructureError(_ object: JSObject, closingKey: JSONPathKey) -> JSException {
        let start = stack.lastIndex { $0 === object } ?? 0
        var message = "Converting circular structure to JSON\n    --> starting at object with constructor '\(constructorName(object))'"
        let steps = Array(start + 1..<stack.count)
        func line(_ step: Int) -> String {
            "\n    |     \(describe(stackKeys[step])) -> object with constructor '\(constructorName(stack[step]))'"
        }
        if steps.count > 3 {
            message += line(steps[0]) + line(steps[1]) + "\n    |     ..." + line(steps[steps.count - 1])
        } else {
            for step in steps { message += line(step) }
        }
        message += "\n    --- \(describe(closingKey)) closes the circle"
        return rt.makeException(.typeError, message)
    }

    private func describe(_ key: JSONPathKey) -> String {
        switch key {
        case .element(let index): return "index \(index)"
        case .property(let property):
            let name = property.displayName
            return name.isEmpty ? "<anonymous>" : "property '\(name)'"
        }
    }

    /// The constructor name V8 shows (JSReceiver::GetConstructorName): a `Symbol.toStringTag` or the
    /// `constructor` found on the prototype chain, else the object's class.
    private func constructorName(_ object: JSObject) -> String {
        var current: JSObject? = object
        var steps = 0
        while let candidate = current, steps < 10_000 {
            if let tag = candidate.getOwnProperty(.symbol(rt.symbols.toStringTag), rt), !tag.isAccessor, case .string(let text) = tag.value {
                return text.string
            }
            if candidate !== object, let constructor = candidate.getOwnProperty(rt.names.constructor, rt), !constructor.isAccessor,
                let function = constructor.value.asFunction,
                let name = function.ordinaryGetOwnProperty(rt.names.name)?.value.asString?.string, !name.isEmpty, name != "Object"
            {
                return name
            }
            current = candidate.prototype
            steps += 1
        }
        switch object.kind {
        case .array: return "Array"
        case .function: return "Function"
        default: return "Object"
        }
    }
}
