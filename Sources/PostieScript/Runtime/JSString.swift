/// A JavaScript string: a sequence of UTF-16 code units (ECMA-262 §6.1.4), lone surrogates allowed.
///
/// Concatenation of longer strings builds a rope that is flattened on first use, so `s += x` in a loop
/// costs linear time. Property names are interned (`ScriptRuntime.intern`) so keys compare by identity.
public final class JSString: @unchecked Sendable {
    @usableFromInline var storage: [UInt16]
    @usableFromInline var ropeLeft: JSString?
    @usableFromInline var ropeRight: JSString?
    /// The number of UTF-16 code units (`length`).
    public let count: Int
    @usableFromInline var cachedHash: Int = 0
    /// Set on the unique copy the runtime's atom table holds.
    @usableFromInline var isAtom = false
    /// For a non-atom used as a property name: the atom it was interned as.
    @usableFromInline var atom: JSString?
    /// The array index this string denotes, cached: -1 unknown, -2 none.
    @usableFromInline var cachedIndex: Int64 = -1
    /// Rope nodes below this one (0 when flat): long chains are flattened early.
    @usableFromInline var ropeNodes: Int32 = 0

    public init(units: [UInt16]) {
        storage = units
        count = units.count
    }

    public convenience init(_ text: String) {
        // ASCII text (every built-in's name, most keys) widens byte by byte; the generic UTF-16 view
        // copy costs several times more.
        var text = text
        let ascii: [UInt16]? = text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] >= 0x80 { return nil }
                index += 1
            }
            return [UInt16](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                for position in 0..<bytes.count { buffer[position] = UInt16(bytes[position]) }
                initialized = bytes.count
            }
        }
        self.init(units: ascii ?? Array(text.utf16))
    }

    public convenience init<S: Sequence>(unitSequence: S) where S.Element == UInt16 {
        self.init(units: Array(unitSequence))
    }

    private init(left: JSString, right: JSString) {
        storage = []
        ropeLeft = left
        ropeRight = right
        count = left.count + right.count
        ropeNodes = left.ropeNodes &+ right.ropeNodes &+ 1
    }

    /// The code units, flattening a rope once.
    @inlinable public var units: [UInt16] {
        if ropeLeft != nil { flatten() }
        return storage
    }

    /// The text as a Swift string (lone surrogates become U+FFFD).
    public var string: String {
        String(decoding: units, as: UTF16.self)
    }

    /// The code unit at `index` (which must be in range).
    @inlinable public subscript(index: Int) -> UInt16 {
        if ropeLeft != nil { flatten() }
        return storage[index]
    }

    /// `a + b`; a rope when the result is long enough that copying would matter.
    public static func concat(_ left: JSString, _ right: JSString) -> JSString {
        if left.count == 0 { return right }
        if right.count == 0 { return left }
        if left.count + right.count <= 64 {
            var units = left.units
            units.append(contentsOf: right.units)
            return JSString(units: units)
        }
        let rope = JSString(left: left, right: right)
        // `s += c` a million times must not keep a million nodes: flatten every few thousand.
        if rope.ropeNodes > 4096 { rope.flatten() }
        return rope
    }

    @usableFromInline func flatten() {
        var result = [UInt16]()
        result.reserveCapacity(count)
        // Iterative in-order walk: ropes can be millions of levels deep.
        var stack: [JSString] = [self]
        while let node = stack.popLast() {
            if let left = node.ropeLeft, let right = node.ropeRight {
                stack.append(right)
                stack.append(left)
            } else {
                result.append(contentsOf: node.storage)
            }
        }
        storage = result
        ropeLeft = nil
        ropeRight = nil
        ropeNodes = 0
    }

    /// Content equality.
    @inlinable public func equals(_ other: JSString) -> Bool {
        if self === other { return true }
        if count != other.count { return false }
        if isAtom && other.isAtom { return false }
        if cachedHash != 0 && other.cachedHash != 0 && cachedHash != other.cachedHash { return false }
        return units == other.units
    }

    /// A hash of the contents, computed once.
    public var contentHash: Int {
        if cachedHash != 0 { return cachedHash }
        var hasher = Hasher()
        units.withUnsafeBytes { hasher.combine(bytes: $0) }
        var value = hasher.finalize()
        if value == 0 { value = 1 }
        cachedHash = value
        return value
    }

    /// ECMA-262 §6.1.7 array index: the canonical numeric string of an integer below 2³² − 1.
    public var arrayIndex: UInt32? {
        if cachedIndex == -2 { return nil }
        if cachedIndex >= 0 { return UInt32(cachedIndex) }
        let index = JSString.parseArrayIndex(units)
        cachedIndex = index.map { Int64($0) } ?? -2
        return index
    }

    /// The array index `units` spell in canonical form, if any.
    public static func parseArrayIndex(_ units: [UInt16]) -> UInt32? {
        let count = units.count
        if count == 0 || count > 10 { return nil }
        let first = units[0]
        if first == 0x30 { return count == 1 ? 0 : nil }
        var value: UInt64 = 0
        for unit in units {
            guard unit >= 0x30 && unit <= 0x39 else { return nil }
            value = value * 10 + UInt64(unit - 0x30)
        }
        return value < 0xFFFF_FFFF ? UInt32(value) : nil
    }

    /// Lexicographic comparison of code units (ECMA-262 §7.2.13 for strings).
    public func isLess(than other: JSString) -> Bool {
        let a = units
        let b = other.units
        let shared = min(a.count, b.count)
        var index = 0
        while index < shared {
            if a[index] != b[index] { return a[index] < b[index] }
            index += 1
        }
        return a.count < b.count
    }

    /// A new empty string (a fresh object each time: strings are interned per runtime, so none is shared).
    public static var empty: JSString { JSString(units: []) }
}

extension JSString: CustomStringConvertible {
    public var description: String { string }
}

/// A JavaScript symbol (ECMA-262 §6.1.5).
public final class JSSymbol: @unchecked Sendable {
    /// `Symbol("description").description`; nil for `Symbol()`.
    public let descriptionString: JSString?
    /// Set for symbols from `Symbol.for`.
    public let registryKey: JSString?

    public init(description: JSString?, registryKey: JSString? = nil) {
        self.descriptionString = description
        self.registryKey = registryKey
    }

    /// `Symbol(description)` as `String(symbol)` writes it.
    public var descriptiveString: String {
        "Symbol(\(descriptionString?.string ?? ""))"
    }
}

/// Wraps a string so a dictionary compares contents (the atom table).
struct StringContentKey: Hashable {
    let string: JSString
    static func == (lhs: StringContentKey, rhs: StringContentKey) -> Bool { lhs.string.equals(rhs.string) }
    func hash(into hasher: inout Hasher) { hasher.combine(string.contentHash) }
}
