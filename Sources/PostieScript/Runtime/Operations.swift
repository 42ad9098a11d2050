import Foundation

/// Operators' semantics (ECMA-262 §13, §7.2).
extension ScriptRuntime {
    /// The `+` operator (ECMA-262 §13.15.3 ApplyStringOrNumericBinaryOperator for `+`).
    public func add(_ lhs: JSValue, _ rhs: JSValue) throws(JSException) -> JSValue {
        if case .number(let a) = lhs, case .number(let b) = rhs { return .number(a + b) }
        if case .string(let a) = lhs, case .string(let b) = rhs { return .string(try concatenate(a, b)) }
        if case .string(let a) = lhs, case .number(let b) = rhs, a.count <= 32 { return .string(try concatenate(a, number: b, numberFirst: false)) }
        if case .number(let a) = lhs, case .string(let b) = rhs, b.count <= 32 { return .string(try concatenate(b, number: a, numberFirst: true)) }
        let left = try toPrimitive(lhs)
        let right = try toPrimitive(rhs)
        if left.isString || right.isString {
            return .string(try concatenate(try toJSString(left), try toJSString(right)))
        }
        return .number(try toNumber(left) + toNumber(right))
    }

    /// String concatenation within the length limit.
    @inline(__always)
    public func concatenate(_ a: JSString, _ b: JSString) throws(JSException) -> JSString {
        if a.count + b.count > limits.maximumStringLength {
            throw makeException(.rangeError, "Invalid string length")
        }
        return JSString.concat(a, b)
    }

    /// A short string and a number's ToString joined (`'id' + i`), the digits written straight into
    /// the result: the same text as `concatenate` with `numberToJSString`, without the number's string.
    func concatenate(_ text: JSString, number: Double, numberFirst: Bool) throws(JSException) -> JSString {
        let units = text.units
        return try withUnsafeTemporaryAllocation(of: UInt16.self, capacity: NumberConversion.maximumShortestLength) { buffer throws(JSException) in
            let digits = NumberConversion.writeNumberToString(number, to: buffer.baseAddress.unsafelyUnwrapped)
            if units.count + digits > limits.maximumStringLength {
                throw makeException(.rangeError, "Invalid string length")
            }
            var joined: [UInt16] = []
            joined.reserveCapacity(units.count + digits)
            if numberFirst {
                joined.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress, count: digits))
                joined.append(contentsOf: units)
            } else {
                joined.append(contentsOf: units)
                joined.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress, count: digits))
            }
            return JSString(units: joined)
        }
    }

    /// ECMA-262 §7.2.14 IsLooselyEqual.
    public func looselyEqual(_ lhs: JSValue, _ rhs: JSValue) throws(JSException) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a.equals(b)
        case (.undefined, .undefined), (.null, .null), (.undefined, .null), (.null, .undefined): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.object(let a), .object(let b)): return a === b
        case (.symbol(let a), .symbol(let b)): return a === b
        case (.number(let a), .string(let b)): return a == NumberConversion.stringToNumber(b.units)
        case (.string(let a), .number(let b)): return NumberConversion.stringToNumber(a.units) == b
        case (.bool(let a), _): return try looselyEqual(.number(a ? 1 : 0), rhs)
        case (_, .bool(let b)): return try looselyEqual(lhs, .number(b ? 1 : 0))
        case (.object, .number), (.object, .string), (.object, .symbol):
            return try looselyEqual(toPrimitive(lhs), rhs)
        case (.number, .object), (.string, .object), (.symbol, .object):
            return try looselyEqual(lhs, toPrimitive(rhs))
        default:
            return false
        }
    }

    /// ECMA-262 §7.2.13 IsLessThan: nil stands for `undefined` (a NaN was involved).
    public func compare(_ lhs: JSValue, _ rhs: JSValue, leftFirst: Bool) throws(JSException) -> Bool? {
        let left: JSValue
        let right: JSValue
        if leftFirst {
            left = try toPrimitive(lhs, hint: .number)
            right = try toPrimitive(rhs, hint: .number)
        } else {
            right = try toPrimitive(rhs, hint: .number)
            left = try toPrimitive(lhs, hint: .number)
        }
        if case .string(let a) = left, case .string(let b) = right {
            return a.isLess(than: b)
        }
        let x = try toNumber(left)
        let y = try toNumber(right)
        if x.isNaN || y.isNaN { return nil }
        return x < y
    }

    /// ECMA-262 §13.10.2 InstanceofOperator.
    public func instanceOf(_ value: JSValue, _ target: JSValue) throws(JSException) -> Bool {
        guard case .object(let targetObject) = target else {
            throw makeException(.typeError, "Right-hand side of 'instanceof' is not an object")
        }
        let handler = try targetObject.get(.symbol(symbols.hasInstance), self)
        if !handler.isNullish {
            if case .object(let handlerObject) = handler, handlerObject === realm.functionHasInstance {
                return try ordinaryHasInstance(target, value)
            }
            return try call(handler, this: target, arguments: [value]).toBoolean
        }
        guard target.isCallable else {
            throw makeException(.typeError, "Right-hand side of 'instanceof' is not callable")
        }
        return try ordinaryHasInstance(target, value)
    }

    /// ECMA-262 §7.3.21 OrdinaryHasInstance.
    public func ordinaryHasInstance(_ constructor: JSValue, _ value: JSValue) throws(JSException) -> Bool {
        guard let function = constructor.asFunction else { return false }
        if case .bound(let target, _, _) = function.body {
            return try instanceOf(value, .object(target))
        }
        guard case .object(let object) = value else { return false }
        let prototypeValue = function.prototypeProperty(self)
        guard case .object(let prototype) = prototypeValue else {
            throw makeException(.typeError, "Function has non-object prototype '\(describeForError(prototypeValue))' in instanceof check")
        }
        var current = object.prototype
        var steps = 0
        while let candidate = current {
            if candidate === prototype { return true }
            current = candidate.prototype
            steps += 1
            if steps > 100_000 { break }
        }
        return false
    }

    /// The typeof names, interned once.
    var typeofNames: [JSString] {
        if let cached = cachedTypeofNames { return cached }
        let made = ["undefined", "object", "boolean", "number", "string", "symbol", "function"].map { intern($0) }
        cachedTypeofNames = made
        return made
    }
}

/// The `%` operator on numbers (ECMA-262 §6.1.6.1.6 Number::remainder): C's fmod has the same rules.
@inline(__always) func jsRemainder(_ x: Double, _ y: Double) -> Double {
    // Positive integers below 2^53 (the common `i % n`): the integer remainder is fmod's exact result.
    if x > 0, y > 0, x < 9_007_199_254_740_992, y < 9_007_199_254_740_992, x == x.rounded(.towardZero), y == y.rounded(.towardZero) {
        return Double(UInt64(x) % UInt64(y))
    }
    return fmod(x, y)
}

/// The `**` operator (ECMA-262 §6.1.6.1.3 Number::exponentiate): the same function as `Math.pow`,
/// which reproduces V8's results bit for bit (glibc's pow differs in the last bit for about 1 in 10).
@inline(__always) func jsPower(_ base: Double, _ exponent: Double) -> Double {
    MathBuiltins.exponentiate(base, exponent)
}
