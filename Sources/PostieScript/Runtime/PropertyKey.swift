/// A property key (ECMA-262 §6.1.7): an interned string, a symbol, or an array index.
///
/// Canonical numeric strings below 2³² − 1 are always `.index`, so `o["1"]` and `o[1]` agree.
public enum PropertyKey: Hashable, @unchecked Sendable {
    /// An interned (atom) string that is not an array index.
    case string(JSString)
    case symbol(JSSymbol)
    case index(UInt32)

    @inline(__always)
    public static func == (lhs: PropertyKey, rhs: PropertyKey) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): return a === b
        case (.index(let a), .index(let b)): return a == b
        case (.symbol(let a), .symbol(let b)): return a === b
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let atom): hasher.combine(ObjectIdentifier(atom))
        case .symbol(let symbol): hasher.combine(ObjectIdentifier(symbol))
        case .index(let index): hasher.combine(index)
        }
    }

    @inline(__always) public var isSymbol: Bool { if case .symbol = self { return true }; return false }
    @inline(__always) public var isIndex: Bool { if case .index = self { return true }; return false }
    /// The interned string, when this key is one.
    @inline(__always) public var atom: JSString? { if case .string(let atom) = self { return atom }; return nil }
    /// The integer index, when this key is one.
    @inline(__always) public var indexValue: UInt32? { if case .index(let index) = self { return index }; return nil }

    /// The key as a JavaScript value (indices as their string).
    public var value: JSValue {
        switch self {
        case .string(let atom): return .string(atom)
        case .symbol(let symbol): return .symbol(symbol)
        case .index(let index): return .string(JSString(String(index)))
        }
    }

    /// The key as text for messages: `name`, `0`, `Symbol(foo)`.
    public var displayName: String {
        switch self {
        case .string(let atom): return atom.string
        case .symbol(let symbol): return symbol.descriptiveString
        case .index(let index): return String(index)
        }
    }
}

/// Property attributes (ECMA-262 §6.1.7.1) packed in a byte.
public struct PropertyFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let writable = PropertyFlags(rawValue: 1)
    public static let enumerable = PropertyFlags(rawValue: 2)
    public static let configurable = PropertyFlags(rawValue: 4)
    /// The slot holds an `AccessorPair` rather than a value.
    public static let accessor = PropertyFlags(rawValue: 8)

    /// What an assignment or an object literal creates.
    public static let `default`: PropertyFlags = [.writable, .enumerable, .configurable]
    /// What built-in methods are: writable, configurable, not enumerable.
    public static let hidden: PropertyFlags = [.writable, .configurable]
    public static let none: PropertyFlags = []
}

/// A getter/setter pair stored in an accessor property's slot.
public final class AccessorPair {
    public var getter: JSObject?
    public var setter: JSObject?
    public init(getter: JSObject?, setter: JSObject?) {
        self.getter = getter
        self.setter = setter
    }
}

/// A property as `Object.getOwnPropertyDescriptor` sees it (ECMA-262 §6.2.6).
public struct PropertyDescriptor {
    public var value: JSValue?
    public var getter: JSValue?
    public var setter: JSValue?
    public var writable: Bool?
    public var enumerable: Bool?
    public var configurable: Bool?

    public init(
        value: JSValue? = nil, getter: JSValue? = nil, setter: JSValue? = nil, writable: Bool? = nil,
        enumerable: Bool? = nil, configurable: Bool? = nil
    ) {
        self.value = value
        self.getter = getter
        self.setter = setter
        self.writable = writable
        self.enumerable = enumerable
        self.configurable = configurable
    }

    /// A data descriptor with every field present.
    public init(value: JSValue, flags: PropertyFlags) {
        self.value = value
        writable = flags.contains(.writable)
        enumerable = flags.contains(.enumerable)
        configurable = flags.contains(.configurable)
    }

    public var isAccessor: Bool { getter != nil || setter != nil }
    public var isData: Bool { value != nil || writable != nil }
}

/// An own property found by a lookup: its value (or accessor pair) and attributes.
public struct OwnProperty {
    public var value: JSValue
    public var flags: PropertyFlags
    public var accessor: AccessorPair?

    @inline(__always) public init(value: JSValue, flags: PropertyFlags) {
        self.value = value
        self.flags = flags
        self.accessor = nil
    }

    public init(accessor: AccessorPair, flags: PropertyFlags) {
        self.value = .undefined
        self.flags = flags.union(.accessor)
        self.accessor = accessor
    }

    @inline(__always) public var isAccessor: Bool { accessor != nil }

    public var descriptor: PropertyDescriptor {
        if let accessor {
            return PropertyDescriptor(
                getter: accessor.getter.map { .object($0) } ?? .undefined,
                setter: accessor.setter.map { .object($0) } ?? .undefined,
                enumerable: flags.contains(.enumerable), configurable: flags.contains(.configurable))
        }
        return PropertyDescriptor(value: value, flags: flags)
    }
}
