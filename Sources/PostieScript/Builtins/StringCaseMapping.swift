import Synchronization

/// `toLowerCase` / `toUpperCase` (ECMA-262 §22.1.3.28 and §22.1.3.30): Unicode's full, locale-independent
/// case mappings (UnicodeData plus the unconditional SpecialCasing entries: ß → SS, İ → i̇, ﬀ → FF), with
/// the one context-dependent rule V8 also applies, Final_Sigma (Σ → ς at the end of a word). The
/// mappings come from the Swift standard library's Unicode data, read once into tables.
/// `toLocale…Case` with a Turkish or Azeri locale uses their dotted/dotless i rules.
enum StringCaseMapping {
    /// Lower-cases `units`; nil when nothing changes.
    static func lowercased(_ units: UnsafeBufferPointer<UInt16>, turkic: Bool = false) -> [UInt16]? {
        var firstChange = -1
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit >= 0x80 || (unit >= 0x41 && unit <= 0x5A) {
                firstChange = index
                break
            }
            index += 1
        }
        if firstChange < 0 { return nil }
        if !turkic && isASCII(units, from: firstChange) {
            var result = Array(units)
            result.withUnsafeMutableBufferPointer { buffer in
                for position in firstChange..<buffer.count where buffer[position] >= 0x41 && buffer[position] <= 0x5A {
                    buffer[position] |= 0x20
                }
            }
            return result
        }
        return map(units, from: firstChange, upper: false, turkic: turkic)
    }

    /// Upper-cases `units`; nil when nothing changes.
    static func uppercased(_ units: UnsafeBufferPointer<UInt16>, turkic: Bool = false) -> [UInt16]? {
        var firstChange = -1
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit >= 0x80 || (unit >= 0x61 && unit <= 0x7A) {
                firstChange = index
                break
            }
            index += 1
        }
        if firstChange < 0 { return nil }
        if !turkic && isASCII(units, from: firstChange) {
            var result = Array(units)
            result.withUnsafeMutableBufferPointer { buffer in
                for position in firstChange..<buffer.count where buffer[position] >= 0x61 && buffer[position] <= 0x7A {
                    buffer[position] &= ~0x20
                }
            }
            return result
        }
        return map(units, from: firstChange, upper: true, turkic: turkic)
    }

    private static func isASCII(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Bool {
        var index = start
        while index < units.count {
            if units[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    private static func map(_ units: UnsafeBufferPointer<UInt16>, from start: Int, upper: Bool, turkic: Bool) -> [UInt16]? {
        var result = [UInt16]()
        result.reserveCapacity(units.count + 8)
        result.append(contentsOf: units[0..<start])
        let tables = CaseTables.shared
        var changed = false
        var index = start
        let count = units.count
        while index < count {
            let unit = units[index]
            if unit < 0x80 {
                var mapped = unit
                if upper {
                    if unit >= 0x61 && unit <= 0x7A { mapped = unit & ~0x20 }
                    if turkic && unit == 0x69 { mapped = 0x130 }
                } else {
                    if unit >= 0x41 && unit <= 0x5A { mapped = unit | 0x20 }
                    if turkic && unit == 0x49 {
                        // I + combining dot above is i; a bare I is dotless ı.
                        if index + 1 < count && units[index + 1] == 0x307 {
                            result.append(0x69)
                            index += 2
                            changed = true
                            continue
                        }
                        mapped = 0x131
                    }
                }
                if mapped != unit { changed = true }
                result.append(mapped)
                index += 1
                continue
            }
            var scalar = UInt32(unit)
            var width = 1
            if unit & 0xFC00 == 0xD800, index + 1 < count, units[index + 1] & 0xFC00 == 0xDC00 {
                scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                width = 2
            }
            if !upper && scalar == 0x3A3 {
                result.append(isFinalSigma(units, at: index) ? 0x3C2 : 0x3C3)
                changed = true
                index += 1
                continue
            }
            if turkic && !upper && scalar == 0x130 {
                result.append(0x69)
                changed = true
                index += 1
                continue
            }
            if tables.append(scalar, upper: upper, to: &result) {
                changed = true
            } else {
                result.append(unit)
                if width == 2 { result.append(units[index + 1]) }
            }
            index += width
        }
        return changed ? result : nil
    }

    /// Unicode's Final_Sigma condition: a cased letter comes before (skipping case-ignorable
    /// characters) and none comes after.
    private static func isFinalSigma(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
        var position = index
        var foundCasedBefore = false
        while position > 0 {
            let (scalar, width) = scalarBefore(units, position)
            position -= width
            let properties = scalar.properties
            if properties.isCaseIgnorable { continue }
            foundCasedBefore = properties.isCased
            break
        }
        if !foundCasedBefore { return false }
        position = index + 1
        while position < units.count {
            let (scalar, width) = scalarAt(units, position)
            position += width
            let properties = scalar.properties
            if properties.isCaseIgnorable { continue }
            return !properties.isCased
        }
        return true
    }

    private static func scalarAt(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> (Unicode.Scalar, Int) {
        let unit = units[index]
        if unit & 0xFC00 == 0xD800, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
            let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
        }
        return (Unicode.Scalar(unit) ?? "\u{FFFD}", 1)
    }

    private static func scalarBefore(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> (Unicode.Scalar, Int) {
        let unit = units[index - 1]
        if unit & 0xFC00 == 0xDC00, index >= 2, units[index - 2] & 0xFC00 == 0xD800 {
            let value = 0x10000 + ((UInt32(units[index - 2]) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
        }
        return (Unicode.Scalar(unit) ?? "\u{FFFD}", 1)
    }
}

/// The case mappings of every scalar that has one, in 256-scalar pages, read from the standard
/// library's Unicode data the first time a non-ASCII string changes case.
final class CaseTables: Sendable {
    static let shared = CaseTables()

    /// The 256-scalar pages (scalar >> 8) in which some scalar changes case, checked by a test
    /// against the standard library's data for all of Unicode.
    static let casedPages: [UInt32] = [
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x10, 0x13, 0x1C, 0x1D, 0x1E, 0x1F, 0x21, 0x24, 0x2C, 0x2D,
        0xA6, 0xA7, 0xAB, 0xFB, 0xFF, 0x104, 0x105, 0x10C, 0x10D, 0x118, 0x16E, 0x1E9,
    ]

    /// Per page: index into `lower`/`upper` page lists, or -1 when no scalar in it changes.
    private let pageIndex: [Int16]
    /// Per mapped scalar: 0 = unchanged; a value with the top bit clear is the single mapped scalar;
    /// with it set, the low bits index `expansions`.
    private let lowerPages: [[UInt32]]
    private let upperPages: [[UInt32]]
    private let expansions: [[UInt16]]

    private init() {
        let maximumPage = Int(CaseTables.casedPages.last ?? 0)
        var pageIndex = [Int16](repeating: -1, count: maximumPage + 1)
        var lowerPages: [[UInt32]] = []
        var upperPages: [[UInt32]] = []
        var expansions: [[UInt16]] = []
        func entry(_ mapping: String, original: UInt32) -> UInt32 {
            let scalars = mapping.unicodeScalars
            if scalars.count == 1, let only = scalars.first {
                return only.value == original ? 0 : only.value
            }
            expansions.append(Array(mapping.utf16))
            return 0x8000_0000 | UInt32(expansions.count - 1)
        }
        for page in CaseTables.casedPages {
            var lower = [UInt32](repeating: 0, count: 256)
            var upper = [UInt32](repeating: 0, count: 256)
            for offset in 0..<256 {
                let value = page << 8 | UInt32(offset)
                guard let scalar = Unicode.Scalar(value) else { continue }
                let properties = scalar.properties
                if properties.changesWhenLowercased { lower[offset] = entry(properties.lowercaseMapping, original: value) }
                if properties.changesWhenUppercased { upper[offset] = entry(properties.uppercaseMapping, original: value) }
            }
            pageIndex[Int(page)] = Int16(lowerPages.count)
            lowerPages.append(lower)
            upperPages.append(upper)
        }
        self.pageIndex = pageIndex
        self.lowerPages = lowerPages
        self.upperPages = upperPages
        self.expansions = expansions
    }

    /// Appends the mapping of `scalar` when it changes; false when it maps to itself.
    @inline(__always)
    func append(_ scalar: UInt32, upper: Bool, to result: inout [UInt16]) -> Bool {
        let page = Int(scalar >> 8)
        guard page < pageIndex.count else { return false }
        let index = Int(pageIndex[page])
        guard index >= 0 else { return false }
        let value = upper ? upperPages[index][Int(scalar & 0xFF)] : lowerPages[index][Int(scalar & 0xFF)]
        if value == 0 { return false }
        if value & 0x8000_0000 != 0 {
            result.append(contentsOf: expansions[Int(value & 0x7FFF_FFFF)])
        } else if value < 0x10000 {
            result.append(UInt16(value))
        } else {
            let offset = value - 0x10000
            result.append(UInt16(0xD800 + (offset >> 10)))
            result.append(UInt16(0xDC00 + (offset & 0x3FF)))
        }
        return true
    }
}
