import Foundation

// Character sets for the regular expression engine: code point range sets, the class escapes
// (\d \w \s), line terminators, and the two case-insensitive equivalences of ECMA-262 §22.2.2.7.3
// Canonicalize (toUppercase of a code unit without u, simple case folding with u).

/// A set of code points (or code units) as sorted, disjoint, non-adjacent inclusive ranges.
struct RegExpCodePointSet: Equatable, Sendable {
    /// Flat pairs `[low0, high0, low1, high1, …]`, sorted and merged once `normalize()` has run.
    private(set) var bounds: [UInt32] = []

    /// The largest code point of the domain (0x10FFFF with u, 0xFFFF without).
    static let unicodeMaximum: UInt32 = 0x10FFFF
    static let unitMaximum: UInt32 = 0xFFFF

    init() {}

    init(ranges: [(UInt32, UInt32)]) {
        for (low, high) in ranges { bounds.append(low); bounds.append(high) }
        normalize()
    }

    init(single value: UInt32) { bounds = [value, value] }

    /// Number of ranges.
    var rangeCount: Int { bounds.count / 2 }
    var isEmpty: Bool { bounds.isEmpty }

    func range(at index: Int) -> (low: UInt32, high: UInt32) { (bounds[2 * index], bounds[2 * index + 1]) }

    /// Adds one code point (call `normalize()` before querying).
    mutating func insert(_ value: UInt32) {
        bounds.append(value)
        bounds.append(value)
    }

    /// Adds an inclusive range (call `normalize()` before querying).
    mutating func insert(low: UInt32, high: UInt32) {
        bounds.append(low)
        bounds.append(high)
    }

    /// Adds every range of `other` (call `normalize()` before querying).
    mutating func insert(contentsOf other: RegExpCodePointSet) {
        bounds.append(contentsOf: other.bounds)
    }

    /// Sorts and merges overlapping or adjacent ranges.
    mutating func normalize() {
        let count = bounds.count / 2
        if count <= 1 { return }
        var alreadyNormal = true
        for index in 1..<count where bounds[2 * index] <= bounds[2 * index - 1] &+ 1 {
            alreadyNormal = false
            break
        }
        if alreadyNormal { return }
        var pairs: [(UInt32, UInt32)] = []
        pairs.reserveCapacity(count)
        for index in 0..<count { pairs.append((bounds[2 * index], bounds[2 * index + 1])) }
        pairs.sort { $0.0 < $1.0 }
        var merged: [UInt32] = []
        merged.reserveCapacity(bounds.count)
        var low = pairs[0].0
        var high = pairs[0].1
        for pair in pairs.dropFirst() {
            if pair.0 <= high &+ 1 {
                high = max(high, pair.1)
            } else {
                merged.append(low)
                merged.append(high)
                low = pair.0
                high = pair.1
            }
        }
        merged.append(low)
        merged.append(high)
        bounds = merged
    }

    /// Whether `value` is in the set (binary search; the set must be normalized).
    func contains(_ value: UInt32) -> Bool {
        var low = 0
        var high = bounds.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < bounds[2 * middle] {
                high = middle - 1
            } else if value > bounds[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// The complement within `0...maximum`.
    func complement(maximum: UInt32) -> RegExpCodePointSet {
        var result = RegExpCodePointSet()
        var next: UInt32 = 0
        var finished = false
        for index in 0..<rangeCount {
            let (low, high) = range(at: index)
            if low > maximum { break }
            if low > next { result.insert(low: next, high: low - 1) }
            if high >= maximum {
                finished = true
                break
            }
            next = high + 1
        }
        if !finished, next <= maximum { result.insert(low: next, high: maximum) }
        return result
    }

    /// The part of the set within `0...maximum`.
    func clamped(maximum: UInt32) -> RegExpCodePointSet {
        var result = RegExpCodePointSet()
        for index in 0..<rangeCount {
            let (low, high) = range(at: index)
            if low > maximum { break }
            result.insert(low: low, high: min(high, maximum))
        }
        return result
    }

    /// Whether the two normalized sets share no element.
    func isDisjoint(with other: RegExpCodePointSet) -> Bool {
        var left = 0
        var right = 0
        while left < rangeCount, right < other.rangeCount {
            let (aLow, aHigh) = range(at: left)
            let (bLow, bHigh) = other.range(at: right)
            if aHigh < bLow {
                left += 1
            } else if bHigh < aLow {
                right += 1
            } else {
                return false
            }
        }
        return true
    }

    /// Number of elements (saturating at Int.max is never needed: at most 0x110000).
    var elementCount: Int {
        var total = 0
        for index in 0..<rangeCount {
            let (low, high) = range(at: index)
            total += Int(high - low) + 1
        }
        return total
    }

    /// The projection onto UTF-16 code units: BMP members as themselves, astral members as their
    /// lead surrogates (used for the first-character scan of an unanchored search).
    func leadingCodeUnits() -> RegExpCodePointSet {
        var result = RegExpCodePointSet()
        for index in 0..<rangeCount {
            let (low, high) = range(at: index)
            if low <= 0xFFFF { result.insert(low: low, high: min(high, 0xFFFF)) }
            if high > 0xFFFF {
                let astralLow = max(low, 0x10000)
                result.insert(low: RegExpUTF16.leadSurrogate(of: astralLow), high: RegExpUTF16.leadSurrogate(of: high))
            }
        }
        result.normalize()
        return result
    }
}

/// UTF-16 helpers on raw code units.
enum RegExpUTF16 {
    @inline(__always) static func isLead(_ unit: UInt16) -> Bool { unit & 0xFC00 == 0xD800 }
    @inline(__always) static func isTrail(_ unit: UInt16) -> Bool { unit & 0xFC00 == 0xDC00 }
    @inline(__always) static func isSurrogate(_ value: UInt32) -> Bool { value & 0xFFFF_F800 == 0xD800 }
    @inline(__always) static func combine(_ lead: UInt16, _ trail: UInt16) -> UInt32 {
        (UInt32(lead) - 0xD800) << 10 + (UInt32(trail) - 0xDC00) + 0x10000
    }
    static func leadSurrogate(of codePoint: UInt32) -> UInt32 { 0xD800 + ((codePoint - 0x10000) >> 10) }
    static func trailSurrogate(of codePoint: UInt32) -> UInt32 { 0xDC00 + ((codePoint - 0x10000) & 0x3FF) }

    /// The code units of a code point.
    static func units(of codePoint: UInt32) -> [UInt16] {
        if codePoint < 0x10000 { return [UInt16(codePoint)] }
        return [UInt16(leadSurrogate(of: codePoint)), UInt16(trailSurrogate(of: codePoint))]
    }
}

/// The fixed character sets of ECMA-262 §22.2.2.9 (CharacterClassEscape) and §12.3 (line terminators).
enum RegExpStandardSets {
    /// `\d`: the ten ASCII digits.
    static let digits = RegExpCodePointSet(ranges: [(0x30, 0x39)])

    /// `\w` without the u+i extension: `[A-Za-z0-9_]`.
    static let basicWordCharacters = RegExpCodePointSet(ranges: [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)])

    /// `\w` with u and i (§22.2.2.9.4 WordCharacters): adds U+017F and U+212A, whose simple case folds are
    /// ASCII word characters.
    static let unicodeIgnoreCaseWordCharacters = RegExpCodePointSet(
        ranges: [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A), (0x17F, 0x17F), (0x212A, 0x212A)])

    /// `\s`: WhiteSpace (TAB, VT, FF, SP, NBSP, ZWNBSP, Zs) and LineTerminator.
    static let whiteSpace = RegExpCodePointSet(ranges: [
        (0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
        (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF),
    ])

    /// LineTerminator: LF, CR, LS, PS.
    static let lineTerminators = RegExpCodePointSet(ranges: [(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)])

    @inline(__always) static func isLineTerminator(_ unit: UInt16) -> Bool {
        unit == 0x0A || unit == 0x0D || unit & 0xFFFE == 0x2028
    }

    @inline(__always) static func isBasicWordCharacter(_ unit: UInt16) -> Bool {
        if unit >= 0x80 { return false }
        return wordBitmap[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0
    }

    /// `[A-Za-z0-9_]` as a 128-bit bitmap.
    static let wordBitmap: [UInt64] = {
        var words: [UInt64] = [0, 0]
        for unit in 0..<128 where basicWordCharacters.contains(UInt32(unit)) {
            words[unit >> 6] |= 1 << UInt64(unit & 63)
        }
        return words
    }()
}

/// The case-insensitive equivalences of ECMA-262 §22.2.2.7.3 Canonicalize, as tables built once from
/// the Swift standard library's Unicode data.
///
/// Without u, Canonicalize(ch) is the single code unit of toUppercase(ch), except that ch is kept when the
/// full uppercase mapping is longer than one unit or maps a non-ASCII unit to ASCII. With u it is simple
/// case folding (CaseFolding.txt, statuses C and S). The tables hold equivalence classes, so matching only
/// needs "is ch equivalent to a member of the set", which the compiler turns into a closed set.
final class RegExpCaseEquivalence: Sendable {
    /// For each code unit without u: its canonical code unit.
    let canonicalUnits: [UInt16]
    /// For each BMP code point with u: a representative of its simple-case-folding class.
    private let bmpRepresentatives: [UInt16]
    /// Astral code points with u that have case partners: representative.
    private let astralRepresentatives: [UInt32: UInt32]
    /// The classes with more than one member, sorted members.
    let classes: [[UInt32]]
    /// Member → index into `classes`.
    private let classIndex: [UInt32: Int]

    /// Canonicalize without u (ECMA-262 §22.2.2.7.3, toUppercase of one code unit).
    static let nonUnicode = RegExpCaseEquivalence(unicode: false)
    /// Canonicalize with u (simple case folding).
    static let unicode = RegExpCaseEquivalence(unicode: true)

    static func table(unicode: Bool) -> RegExpCaseEquivalence { unicode ? RegExpCaseEquivalence.unicode : RegExpCaseEquivalence.nonUnicode }

    private init(unicode: Bool) {
        var units = [UInt16](repeating: 0, count: 0x10000)
        for unit in 0..<0x10000 { units[unit] = UInt16(unit) }
        var partition = UnionFind()
        if unicode {
            Self.buildSimpleCaseFolding(into: &partition)
        } else {
            for unit in 0..<0x10000 {
                guard let scalar = Unicode.Scalar(UInt32(unit)), scalar.properties.changesWhenUppercased else { continue }
                let mapped = Array(scalar.properties.uppercaseMapping.utf16)
                guard mapped.count == 1 else { continue }
                let canonical = mapped[0]
                if unit >= 128, canonical < 128 { continue }
                units[unit] = canonical
                partition.union(UInt32(unit), UInt32(canonical))
            }
        }
        canonicalUnits = units
        var groups: [UInt32: [UInt32]] = [:]
        for member in partition.members { groups[partition.find(member), default: []].append(member) }
        var classes: [[UInt32]] = []
        var classIndex: [UInt32: Int] = [:]
        var bmp = [UInt16](repeating: 0, count: 0x10000)
        for unit in 0..<0x10000 { bmp[unit] = UInt16(unit) }
        var astral: [UInt32: UInt32] = [:]
        for members in groups.values where members.count > 1 {
            let sorted = members.sorted()
            let representative = sorted[0]
            for member in sorted {
                classIndex[member] = classes.count
                if member <= 0xFFFF, representative <= 0xFFFF {
                    bmp[Int(member)] = UInt16(representative)
                } else {
                    astral[member] = representative
                }
            }
            classes.append(sorted)
        }
        self.classes = classes
        self.classIndex = classIndex
        self.bmpRepresentatives = bmp
        self.astralRepresentatives = astral
    }

    /// Simple case folding classes: connect each code point with its single-scalar lower, upper and
    /// title mappings, then correct the few places where those mappings and CaseFolding.txt disagree.
    private static func buildSimpleCaseFolding(into partition: inout UnionFind) {
        // Case pairs exist only in the BMP and the SMP.
        for value in UInt32(0)..<0x20000 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseMapped else { continue }
            // U+0131 dotless i uppercases to I but has no case folding (only the Turkic T status).
            if value == 0x131 { continue }
            let properties = scalar.properties
            for mapping in [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping] {
                let scalars = mapping.unicodeScalars
                guard scalars.count == 1, let target = scalars.first?.value, target != value else { continue }
                if target == 0x131 { continue }
                partition.union(value, target)
            }
        }
        // Status S foldings whose targets are not reachable through single-scalar case mappings.
        for (source, target) in [(UInt32(0x1FD3), UInt32(0x390)), (0x1FE3, 0x3B0), (0xFB05, 0xFB06)] {
            partition.union(source, target)
        }
    }

    /// The members equivalent to `value` (including itself), or nil when it is alone.
    func equivalents(of value: UInt32) -> [UInt32]? {
        guard let index = classIndex[value] else { return nil }
        return classes[index]
    }

    /// A representative of the class of `value` (compare representatives to compare canonical forms).
    @inline(__always) func representative(of value: UInt32) -> UInt32 {
        if value <= 0xFFFF { return UInt32(bmpRepresentatives[Int(value)]) }
        return astralRepresentatives[value] ?? value
    }

    /// The smallest superset of `set` closed under the equivalence.
    func closure(of set: RegExpCodePointSet) -> RegExpCodePointSet {
        var result = set
        for members in classes {
            var found = false
            for member in members where set.contains(member) {
                found = true
                break
            }
            if found {
                for member in members { result.insert(member) }
            }
        }
        result.normalize()
        return result
    }
}

/// Disjoint sets of code points, for building the case classes.
private struct UnionFind {
    private var parent: [UInt32: UInt32] = [:]
    private(set) var members: [UInt32] = []

    mutating func find(_ value: UInt32) -> UInt32 {
        guard var root = parent[value] else {
            parent[value] = value
            members.append(value)
            return value
        }
        while let next = parent[root], next != root { root = next }
        var current = value
        while let next = parent[current], next != root {
            parent[current] = root
            current = next
        }
        return root
    }

    mutating func union(_ first: UInt32, _ second: UInt32) {
        let a = find(first)
        let b = find(second)
        if a != b { parent[max(a, b)] = min(a, b) }
    }
}
