/// `Array.prototype.join`, `toString` and `toLocaleString` (ECMA-262 §23.1.3.18, §23.1.3.36,
/// §23.1.3.32), with V8's cycle detection: an array met again while it is being joined joins as "".
extension ArrayBuiltins {
    /// ECMA-262 §23.1.3.18 Array.prototype.join.
    static func join(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        let separator: [UInt16] = arguments[0].isUndefined ? [0x2C] : try rt.toJSString(arguments[0]).units
        return .string(try rt.joinElements(object, length: length, separator: separator, locale: nil))
    }

    /// ECMA-262 §23.1.3.36 Array.prototype.toString.
    static func toString(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let join = try object.get(rt.names.join, rt)
        if let function = join.asFunction {
            return try rt.callFunction(function, this: .object(object), arguments: .none)
        }
        return .string(JSString(try rt.objectToStringTag(.object(object))))
    }

    /// ECMA-262 §23.1.3.32 Array.prototype.toLocaleString (ECMA-402 §19.5.1: locales and options are
    /// passed on to each element's toLocaleString).
    static func toLocaleString(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        let passed = Array(arguments.array.prefix(2))
        return .string(try rt.joinElements(object, length: length, separator: [0x2C], locale: passed))
    }
}

/// The arrays being joined right now, per realm (V8 joins an array it meets again as "").
final class ArrayJoinStack {
    var objects: Set<ObjectIdentifier> = []
}

extension ScriptRuntime {
    /// The realm's stack of arrays being joined, made on first use.
    func arrayJoinStack() -> ArrayJoinStack {
        let key = "PostieScript.Array.joinStack"
        if let stack = realm.hostState[key] as? ArrayJoinStack { return stack }
        let stack = ArrayJoinStack()
        realm.hostState[key] = stack
        return stack
    }

    /// The elements of `object` as strings joined by `separator` (`locale` non-nil: each element's
    /// toLocaleString, called with those arguments). Holes, `undefined` and `null` give "".
    func joinElements(_ object: JSObject, length: Int, separator: [UInt16], locale: [JSValue]?) throws(JSException) -> JSString {
        let stack = arrayJoinStack()
        let identity = ObjectIdentifier(object)
        if stack.objects.contains(identity) { return JSString.empty }
        guard stack.objects.count < 10_000, stackGuard.hasRoom() else {
            throw makeException(.rangeError, "Maximum call stack size exceeded")
        }
        if length > 1, !separator.isEmpty, (length - 1) > limits.maximumStringLength / separator.count {
            throw makeException(.rangeError, "Invalid string length")
        }
        stack.objects.insert(identity)
        defer { stack.objects.remove(identity) }
        var units: [UInt16] = []
        var index = 0
        while index < length {
            if index > 0 { units.append(contentsOf: separator) }
            let value: JSValue
            if let dense = denseValue(object, index) {
                value = dense
            } else if let present = try slowElementIfPresent(object, index) {
                value = present
            } else {
                // A hole: "" and, when nothing can fill it, the whole run of holes at once.
                let next = try indexAfterHole(object, index, limit: length)
                if !separator.isEmpty {
                    for _ in (index + 1)..<max(index + 1, next) { units.append(contentsOf: separator) }
                }
                index = max(next, index + 1)
                if units.count > limits.maximumStringLength { throw makeException(.rangeError, "Invalid string length") }
                continue
            }
            switch value {
            case .undefined, .null, .empty:
                break
            case _ where locale != nil:
                let method = try getProperty(value, propertyKey("toLocaleString"))
                let result = try call(method, this: value, arguments: locale ?? [])
                units.append(contentsOf: try toJSString(result).units)
            case .string(let string):
                units.append(contentsOf: string.units)
            case .number(let number):
                if number == number.rounded(.towardZero), abs(number) < 1e15 {
                    appendInteger(number, to: &units)
                } else {
                    units.append(contentsOf: numberToJSString(number).units)
                }
            default:
                units.append(contentsOf: try toJSString(value).units)
            }
            if units.count > limits.maximumStringLength { throw makeException(.rangeError, "Invalid string length") }
            index += 1
        }
        return JSString(units: units)
    }

    /// Appends the decimal digits of an integer below 10¹⁵ in magnitude (Number::toString for it).
    @inline(__always)
    func appendInteger(_ number: Double, to units: inout [UInt16]) {
        var magnitude = UInt64(abs(number))
        if number < 0 && magnitude != 0 { units.append(0x2D) }
        if magnitude < 10 {
            units.append(0x30 + UInt16(magnitude))
            return
        }
        var digits: (UInt64, UInt64) = (0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while magnitude > 0 {
                raw[count] = UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            var position = count - 1
            while position >= 0 {
                units.append(0x30 + UInt16(raw[position]))
                position -= 1
            }
        }
    }
}
