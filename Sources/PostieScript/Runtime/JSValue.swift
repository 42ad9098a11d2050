/// A JavaScript value (ECMA-262 §6.1 ECMAScript Language Types).
///
/// `empty` is the engine's internal marker for "no value": an uninitialised `let` binding (the
/// temporal dead zone), an array hole, a missing register. Scripts never see it.
public enum JSValue: @unchecked Sendable {
    case undefined
    case null
    case bool(Bool)
    case number(Double)
    case string(JSString)
    case symbol(JSSymbol)
    case object(JSObject)
    case empty
}

extension JSValue {
    @inline(__always) public static func string(_ text: String) -> JSValue { .string(JSString(text)) }
    @inline(__always) public static func int(_ value: Int) -> JSValue { .number(Double(value)) }

    public static let zero = JSValue.number(0)
    public static let `true` = JSValue.bool(true)
    public static let `false` = JSValue.bool(false)

    @inline(__always) public var isUndefined: Bool { if case .undefined = self { return true }; return false }
    @inline(__always) public var isNull: Bool { if case .null = self { return true }; return false }
    /// `undefined` or `null`.
    @inline(__always) public var isNullish: Bool {
        switch self {
        case .undefined, .null: return true
        default: return false
        }
    }
    @inline(__always) public var isEmpty: Bool { if case .empty = self { return true }; return false }
    @inline(__always) public var isObject: Bool { if case .object = self { return true }; return false }
    @inline(__always) public var isString: Bool { if case .string = self { return true }; return false }
    @inline(__always) public var isNumber: Bool { if case .number = self { return true }; return false }

    @inline(__always) public var asObject: JSObject? { if case .object(let object) = self { return object }; return nil }
    @inline(__always) public var asString: JSString? { if case .string(let string) = self { return string }; return nil }
    @inline(__always) public var asNumber: Double? { if case .number(let number) = self { return number }; return nil }
    /// The function, when this is a callable object.
    @inline(__always) public var asFunction: JSFunction? {
        if case .object(let object) = self, object.isCallable { return unsafeDowncast(object, to: JSFunction.self) }
        return nil
    }
    /// Whether the value is callable (ECMA-262 §7.2.3 IsCallable).
    @inline(__always) public var isCallable: Bool {
        if case .object(let object) = self { return object.isCallable }
        return false
    }

    /// An absent value becomes `undefined` (holes read as undefined).
    @inline(__always) public var orUndefined: JSValue { if case .empty = self { return .undefined }; return self }

    /// ECMA-262 §7.1.2 ToBoolean.
    @inline(__always) public var toBoolean: Bool {
        switch self {
        case .bool(let value): return value
        case .undefined, .null, .empty: return false
        case .number(let number): return !(number == 0 || number.isNaN)
        case .string(let string): return string.count != 0
        case .symbol, .object: return true
        }
    }

    /// ECMA-262 §13.5.3 the typeof operator's result.
    public var typeofName: String {
        switch self {
        case .undefined, .empty: return "undefined"
        case .null: return "object"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .symbol: return "symbol"
        case .object(let object): return object.isCallable ? "function" : "object"
        }
    }
}

/// ECMA-262 §7.2.10 SameValue.
public func sameValue(_ lhs: JSValue, _ rhs: JSValue) -> Bool {
    if case .number(let a) = lhs, case .number(let b) = rhs {
        if a.isNaN && b.isNaN { return true }
        return a == b && a.sign == b.sign
    }
    return strictlyEqual(lhs, rhs)
}

/// ECMA-262 §7.2.11 SameValueZero.
public func sameValueZero(_ lhs: JSValue, _ rhs: JSValue) -> Bool {
    if case .number(let a) = lhs, case .number(let b) = rhs {
        return a == b || (a.isNaN && b.isNaN)
    }
    return strictlyEqual(lhs, rhs)
}

/// ECMA-262 §7.2.15 IsStrictlyEqual.
@inline(__always)
public func strictlyEqual(_ lhs: JSValue, _ rhs: JSValue) -> Bool {
    switch (lhs, rhs) {
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a === b || a.equals(b)
    case (.undefined, .undefined), (.null, .null), (.empty, .empty): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.object(let a), .object(let b)): return a === b
    case (.symbol(let a), .symbol(let b)): return a === b
    default: return false
    }
}
