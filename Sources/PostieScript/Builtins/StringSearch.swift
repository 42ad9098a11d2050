/// Code-unit operations the String methods share: substrings, searching (ECMA-262 §6.1.4.1
/// StringIndexOf), white space (§12.2, §12.3) and the receiver check (§7.2.1 RequireObjectCoercible).
extension ScriptRuntime {
    /// `this` as a string for a String.prototype method: RequireObjectCoercible, then ToString.
    @inline(__always)
    func coercibleString(_ this: JSValue, _ method: StaticString) throws(JSException) -> JSString {
        if case .string(let string) = this { return string }
        if this.isNullish { throw makeException(.typeError, "String.prototype.\(method) called on null or undefined") }
        return try toJSString(this)
    }

    /// `string[start..<end]` as a string, sharing the cached one-unit strings.
    func substring(_ string: JSString, _ start: Int, _ end: Int) -> JSString {
        if start == 0 && end == string.count { return string }
        if end <= start { return JSString.empty }
        if end - start == 1 { return singleUnitString(string[start]) }
        return JSString(units: Array(string.units[start..<end]))
    }

    /// `substring` when the code units are at hand.
    @inline(__always)
    func substring(_ string: JSString, _ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> JSString {
        if start == 0 && end == units.count { return string }
        if end <= start { return JSString.empty }
        if end - start == 1 { return singleUnitString(units[start]) }
        return JSString(units: Array(units[start..<end]))
    }

    /// A string of `units`, checked against the length limit.
    func makeString(_ units: [UInt16]) throws(JSException) -> JSString {
        if units.count > limits.maximumStringLength { throw makeException(.rangeError, "Invalid string length") }
        return JSString(units: units)
    }

    /// An integer argument clamped to `0…length` (`undefined` gives `defaultValue`).
    @inline(__always)
    func clampedIndex(_ value: JSValue, length: Int, defaultValue: Int) throws(JSException) -> Int {
        switch value {
        case .undefined: return defaultValue
        case .number(let number) where number >= 0 && number <= Double(length): return Int(number)
        default:
            let integer = try toIntegerOrInfinity(value)
            if integer <= 0 { return 0 }
            return integer >= Double(length) ? length : Int(integer)
        }
    }
}

/// Substring search over UTF-16 code units.
enum StringSearch {
    /// ECMA-262 §6.1.4.1 StringIndexOf: the first index ≥ `start` where `needle` occurs, or -1.
    static func indexOf(_ haystack: UnsafeBufferPointer<UInt16>, _ needle: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        var searcher = SubstringSearcher(needle)
        return searcher.next(in: haystack, from: start)
    }

    /// The last index ≤ `start` where `needle` occurs, or -1 (`lastIndexOf`).
    static func lastIndexOf(_ haystack: UnsafeBufferPointer<UInt16>, _ needle: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        let n = haystack.count
        let m = needle.count
        if m > n { return -1 }
        var index = min(start, n - m)
        if m == 0 { return index }
        let first = needle[0]
        while index >= 0 {
            if haystack[index] == first {
                var k = 1
                while k < m && haystack[index + k] == needle[k] { k += 1 }
                if k == m { return index }
            }
            index -= 1
        }
        return -1
    }

    /// StringIndexOf on strings.
    static func indexOf(_ haystack: JSString, _ needle: JSString, from start: Int) -> Int {
        let h = haystack.units
        let s = needle.units
        return h.withUnsafeBufferPointer { hb in s.withUnsafeBufferPointer { nb in indexOf(hb, nb, from: start) } }
    }

    /// Whether `needle` occurs in `haystack` at `position`.
    static func matches(_ haystack: [UInt16], _ needle: [UInt16], at position: Int) -> Bool {
        if position < 0 || position + needle.count > haystack.count { return false }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { s in
                var k = 0
                while k < s.count {
                    if h[position + k] != s[k] { return false }
                    k += 1
                }
                return true
            }
        }
    }
}

/// White space and line terminators as `trim` and the number parser see them (ECMA-262 §12.2 WhiteSpace,
/// §12.3 LineTerminator).
enum StringWhiteSpace {
    @inline(__always)
    static func contains(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) }
        switch unit {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}

/// Repeated StringIndexOf for one needle: a first-unit scan for short needles and inputs, Horspool's
/// algorithm (its shift table built once) for longer ones, falling back to Knuth–Morris–Pratt when the
/// input defeats Horspool, so that every search stays linear.
struct SubstringSearcher {
    private let needle: UnsafeBufferPointer<UInt16>
    private var shifts: [Int] = []
    private var failure: [Int] = []

    /// A searcher for `needle`, which must stay valid while the searcher is used.
    init(_ needle: UnsafeBufferPointer<UInt16>) {
        self.needle = needle
    }

    /// The first index ≥ `start` in `haystack` where the needle occurs, or -1.
    mutating func next(in haystack: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        let n = haystack.count
        let m = needle.count
        if m == 0 { return start <= n ? start : -1 }
        if start < 0 || m > n - start { return -1 }
        let first = needle[0]
        if m == 1 {
            var index = start
            while index < n {
                if haystack[index] == first { return index }
                index += 1
            }
            return -1
        }
        if m < 4 || n - start < 256 {
            // At most 3 comparisons per position, or a bounded input.
            let lastStart = n - m
            var index = start
            while index <= lastStart {
                if haystack[index] == first {
                    var k = 1
                    while k < m && haystack[index + k] == needle[k] { k += 1 }
                    if k == m { return index }
                }
                index += 1
            }
            return -1
        }
        return horspool(haystack, from: start)
    }

    private mutating func horspool(_ haystack: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        let n = haystack.count
        let m = needle.count
        if shifts.isEmpty {
            // Keyed by the low byte of a unit (a smaller shift than the exact one is still safe).
            shifts = [Int](repeating: m, count: 256)
            for k in 0..<(m - 1) { shifts[Int(needle[k] & 0xFF)] = m - 1 - k }
        }
        let lastUnit = needle[m - 1]
        var work = 0
        let workLimit = 4 * (n - start) + 4096
        var index = start
        var gaveUpAt = -1
        let needle = self.needle
        let found = shifts.withUnsafeBufferPointer { shifts -> Int in
            while index <= n - m {
                let unit = haystack[index + m - 1]
                if unit == lastUnit {
                    var k = m - 2
                    while k >= 0 && haystack[index + k] == needle[k] { k -= 1 }
                    if k < 0 { return index }
                    work += m - 1 - k
                    if work > workLimit {
                        gaveUpAt = index
                        return -1
                    }
                }
                index += shifts[Int(unit & 0xFF)]
            }
            return -1
        }
        if gaveUpAt >= 0 { return knuthMorrisPratt(haystack, from: gaveUpAt) }
        return found
    }

    private mutating func knuthMorrisPratt(_ haystack: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        let m = needle.count
        if failure.isEmpty {
            failure = [Int](repeating: 0, count: m)
            var k = 0
            for index in 1..<m {
                while k > 0 && needle[index] != needle[k] { k = failure[k - 1] }
                if needle[index] == needle[k] { k += 1 }
                failure[index] = k
            }
        }
        var k = 0
        var index = start
        while index < haystack.count {
            while k > 0 && haystack[index] != needle[k] { k = failure[k - 1] }
            if haystack[index] == needle[k] { k += 1 }
            if k == m { return index - m + 1 }
            index += 1
        }
        return -1
    }
}
