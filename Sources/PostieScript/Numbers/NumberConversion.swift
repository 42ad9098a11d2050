#if canImport(Glibc)
import Glibc  // libm: floor, trunc and fmod behind Double.rounded and truncatingRemainder
#endif

/// Conversions between JavaScript numbers and strings, byte for byte as V8 (Node 20) produces them.
///
/// The members live in four files: this one (integer conversions and array indices), `NumberToString.swift`
/// (shortest round-trip and radix output), `NumberFormatting.swift` (`toFixed`, `toExponential`,
/// `toPrecision`, on the exact binary value) and `StringToNumber.swift` (`StringToNumber`, `parseFloat`,
/// `parseInt`, correctly rounded).
public enum NumberConversion {
    /// ECMA-262 §7.1.6 ToInt32: the number modulo 2^32 as a signed 32-bit integer (NaN and ±∞ give 0).
    @inlinable
    public static func toInt32(_ value: Double) -> Int32 {
        // Every finite double of magnitude below 2^63 truncates into Int64 exactly.
        if value.magnitude < 9_223_372_036_854_775_808.0 {
            return Int32(truncatingIfNeeded: Int64(value))
        }
        return largeToInt32(value)
    }

    /// ECMA-262 §7.1.7 ToUint32: the number modulo 2^32 as an unsigned 32-bit integer.
    @inlinable
    public static func toUint32(_ value: Double) -> UInt32 {
        UInt32(bitPattern: toInt32(value))
    }

    /// ECMA-262 §7.1.5 ToIntegerOrInfinity: NaN and ±0 give +0, ±∞ stay, anything else truncates.
    @inlinable
    public static func toIntegerOrInfinity(_ value: Double) -> Double {
        let truncated = value.rounded(.towardZero)
        // -0 compares equal to 0: both zeros, and NaN, become +0.
        if truncated == 0 || truncated.isNaN { return 0 }
        return truncated
    }

    /// The array index a property key names (ECMA-262 §6.1.7: "0"…"4294967294", canonical form only).
    @inlinable
    public static func canonicalArrayIndex<C: Collection>(_ units: C) -> UInt32? where C.Element == UInt16 {
        let count = units.count
        guard count >= 1, count <= 10 else { return nil }
        var iterator = units.makeIterator()
        guard let first = iterator.next() else { return nil }
        let firstDigit = UInt64(first &- 0x30)
        guard firstDigit <= 9 else { return nil }
        if firstDigit == 0 { return count == 1 ? 0 : nil }
        var value = firstDigit
        while let unit = iterator.next() {
            let digit = UInt64(unit &- 0x30)
            guard digit <= 9 else { return nil }
            value = value &* 10 &+ digit
        }
        // At most ten digits, so no overflow; 2^32 - 1 itself is not an array index.
        return value < 0xFFFF_FFFF ? UInt32(value) : nil
    }

    /// ToInt32 for magnitudes of 2^63 and above (and NaN, ±∞): the remainder modulo 2^32 is exact.
    @usableFromInline
    static func largeToInt32(_ value: Double) -> Int32 {
        guard value.isFinite else { return 0 }
        let remainder = value.truncatingRemainder(dividingBy: 4_294_967_296.0)
        return Int32(truncatingIfNeeded: Int64(remainder))
    }
}
