/// The element index a number denotes, when it is an integer in 0 ..< 2³² − 1 (never traps on NaN
/// or infinities, unlike `Int(_:)`).
@inline(__always) public func elementIndex(_ number: Double) -> Int? {
    guard number >= 0, number < 4_294_967_295 else { return nil }
    let index = Int(number)
    return Double(index) == number ? index : nil
}

/// Type conversions (ECMA-262 §7.1).
public enum PrimitiveHint {
    case `default`, number, string
}

extension ScriptRuntime {
    /// ECMA-262 §7.1.1 ToPrimitive.
    public func toPrimitive(_ value: JSValue, hint: PrimitiveHint = .default) throws(JSException) -> JSValue {
        guard case .object(let object) = value else { return value }
        let exotic = try object.get(.symbol(symbols.toPrimitive), self)
        if !exotic.isNullish {
            guard exotic.isCallable else {
                throw makeException(.typeError, "\(callSiteDescription(exotic)) is not a function")
            }
            let hintName: String
            switch hint {
            case .default: hintName = "default"
            case .number: hintName = "number"
            case .string: hintName = "string"
            }
            let result = try call(exotic, this: value, arguments: [.string(intern(hintName))])
            if result.isObject { throw makeException(.typeError, "Cannot convert object to primitive value") }
            return result
        }
        return try ordinaryToPrimitive(object, hint: hint == .string ? .string : .number)
    }

    /// ECMA-262 §7.1.1.1 OrdinaryToPrimitive.
    func ordinaryToPrimitive(_ object: JSObject, hint: PrimitiveHint) throws(JSException) -> JSValue {
        let order = hint == .string ? [names.toString, names.valueOf] : [names.valueOf, names.toString]
        for key in order {
            let method = try object.get(key, self)
            if method.isCallable {
                let result = try call(method, this: .object(object), arguments: [])
                if !result.isObject { return result }
            }
        }
        throw makeException(.typeError, "Cannot convert object to primitive value")
    }

    /// ECMA-262 §7.1.4 ToNumber.
    public func toNumber(_ value: JSValue) throws(JSException) -> Double {
        switch value {
        case .number(let number): return number
        case .undefined, .empty: return .nan
        case .null: return 0
        case .bool(let flag): return flag ? 1 : 0
        case .string(let string): return NumberConversion.stringToNumber(string.units)
        case .symbol: throw makeException(.typeError, "Cannot convert a Symbol value to a number")
        case .object: return try toNumber(toPrimitive(value, hint: .number))
        }
    }

    /// ECMA-262 §7.1.17 ToString, as a JavaScript string.
    public func toJSString(_ value: JSValue) throws(JSException) -> JSString {
        switch value {
        case .string(let string): return string
        case .number(let number): return numberToJSString(number)
        case .undefined, .empty: return intern("undefined")
        case .null: return intern("null")
        case .bool(let flag): return intern(flag ? "true" : "false")
        case .symbol: throw makeException(.typeError, "Cannot convert a Symbol value to a string")
        case .object: return try toJSString(toPrimitive(value, hint: .string))
        }
    }

    /// ToString as a Swift string.
    public func toSwiftString(_ value: JSValue) throws(JSException) -> String {
        try toJSString(value).string
    }

    /// Number::toString(10), with small integers cached.
    public func numberToJSString(_ number: Double) -> JSString {
        if number >= 0, number < 1024, number == number.rounded(.towardZero), !(number == 0 && number.sign == .minus) {
            return integerString(Int(number))
        }
        if number == 0 { return integerString(0) }
        return JSString(units: NumberConversion.toUTF16(number))
    }

    /// ECMA-262 §7.1.18 ToObject.
    public func toObject(_ value: JSValue) throws(JSException) -> JSObject {
        switch value {
        case .object(let object): return object
        case .undefined, .null, .empty: throw makeException(.typeError, "Cannot convert undefined or null to object")
        case .bool: return JSPrimitiveObject(self, primitive: value, prototype: realm.booleanPrototype, kind: .booleanWrapper)
        case .number: return JSPrimitiveObject(self, primitive: value, prototype: realm.numberPrototype, kind: .numberWrapper)
        case .string: return JSPrimitiveObject(self, primitive: value, prototype: realm.stringPrototype, kind: .stringWrapper)
        case .symbol: return JSPrimitiveObject(self, primitive: value, prototype: realm.symbolPrototype, kind: .symbolWrapper)
        }
    }

    /// ECMA-262 §7.1.19 ToPropertyKey.
    @inline(__always)
    public func toPropertyKey(_ value: JSValue) throws(JSException) -> PropertyKey {
        switch value {
        case .string(let string): return propertyKey(string)
        case .number(let number):
            if number >= 0, number < 4_294_967_295, number == number.rounded(.towardZero) {
                return .index(UInt32(number))
            }
            return propertyKey(numberToJSString(number))
        case .symbol(let symbol): return .symbol(symbol)
        case .object:
            let primitive = try toPrimitive(value, hint: .string)
            if case .symbol(let symbol) = primitive { return .symbol(symbol) }
            return propertyKey(try toJSString(primitive))
        default:
            return propertyKey(try toJSString(value))
        }
    }

    /// ECMA-262 §7.1.5 ToIntegerOrInfinity.
    public func toIntegerOrInfinity(_ value: JSValue) throws(JSException) -> Double {
        let number = try toNumber(value)
        if number.isNaN || number == 0 { return 0 }
        if number.isInfinite { return number }
        return number.rounded(.towardZero)
    }

    /// ECMA-262 §7.1.6 ToInt32.
    @inline(__always)
    public func toInt32(_ value: JSValue) throws(JSException) -> Int32 {
        if case .number(let number) = value { return NumberConversion.toInt32(number) }
        return NumberConversion.toInt32(try toNumber(value))
    }

    /// ECMA-262 §7.1.7 ToUint32.
    @inline(__always)
    public func toUint32(_ value: JSValue) throws(JSException) -> UInt32 {
        if case .number(let number) = value { return NumberConversion.toUint32(number) }
        return NumberConversion.toUint32(try toNumber(value))
    }

    /// ECMA-262 §7.1.20 ToLength.
    public func toLength(_ value: JSValue) throws(JSException) -> Int {
        let length = try toIntegerOrInfinity(value)
        if length <= 0 { return 0 }
        return Int(min(length, 9_007_199_254_740_991))
    }

    /// ECMA-262 §7.3.18 LengthOfArrayLike.
    public func lengthOfArrayLike(_ object: JSObject) throws(JSException) -> Int {
        if object.kind == .array { return Int(unsafeDowncast(object, to: JSArray.self).length) }
        return try toLength(object.get(names.length, self))
    }

    /// A valid array length (ECMA-262 §10.4.2.4 steps 3–5), else `RangeError: Invalid array length`.
    public func toArrayLength(_ value: JSValue) throws(JSException) -> UInt32 {
        let number = try toNumber(value)
        let length = NumberConversion.toUint32(number)
        guard Double(length) == number else { throw makeException(.rangeError, "Invalid array length") }
        return length
    }
}
