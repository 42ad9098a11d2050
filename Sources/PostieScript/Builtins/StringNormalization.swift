import Foundation

/// `String.prototype.normalize` (ECMA-262 §22.1.3.15): the four Unicode normalization forms, through
/// Foundation. Lone surrogates are kept in place, as V8 keeps them: the well-formed runs between them
/// are normalized separately (a lone surrogate has no decomposition and never combines).
enum StringNormalization {
    enum Form {
        case nfc, nfd, nfkc, nfkd
    }

    /// The form named by `name`, or nil for an unknown name.
    static func form(named name: [UInt16]) -> Form? {
        switch String(decoding: name, as: UTF16.self) {
        case "NFC": return .nfc
        case "NFD": return .nfd
        case "NFKC": return .nfkc
        case "NFKD": return .nfkd
        default: return nil
        }
    }

    /// `units` in normalization form `form`; nil when already normalized by the quick check.
    static func normalize(_ units: [UInt16], _ form: Form) -> [UInt16]? {
        // Below these code units no character decomposes or combines in that form.
        let bound: UInt16
        switch form {
        case .nfc: bound = 0x300
        case .nfd: bound = 0xC0
        case .nfkc, .nfkd: bound = 0xA0
        }
        guard units.contains(where: { $0 >= bound }) else { return nil }
        var result: [UInt16] = []
        result.reserveCapacity(units.count)
        var runStart = 0
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit & 0xF800 == 0xD800 {
                if unit & 0xFC00 == 0xD800, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
                    index += 2
                    continue
                }
                // A lone surrogate ends the run.
                appendNormalized(units[runStart..<index], form, to: &result)
                result.append(unit)
                index += 1
                runStart = index
                continue
            }
            index += 1
        }
        appendNormalized(units[runStart..<units.count], form, to: &result)
        return result
    }

    private static func appendNormalized(_ run: ArraySlice<UInt16>, _ form: Form, to result: inout [UInt16]) {
        if run.isEmpty { return }
        let text = String(decoding: run, as: UTF16.self)
        let normalized: String
        switch form {
        case .nfc: normalized = text.precomposedStringWithCanonicalMapping
        case .nfd: normalized = text.decomposedStringWithCanonicalMapping
        case .nfkc: normalized = text.precomposedStringWithCompatibilityMapping
        case .nfkd: normalized = text.decomposedStringWithCompatibilityMapping
        }
        result.append(contentsOf: normalized.utf16)
    }
}
