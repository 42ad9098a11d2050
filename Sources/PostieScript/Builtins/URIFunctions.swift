/// `encodeURIComponent`, `encodeURI`, `decodeURIComponent`, `decodeURI` (ECMA-262 §19.2.6) and Annex B's
/// `escape` and `unescape` (ECMA-262 §B.2.1), working on UTF-16 code units.
enum URIFunctions {
    static let builders: [String: GlobalBindings.Builder] = [
        "encodeURIComponent": { realm in (.object(realm.nativeFunction("encodeURIComponent", length: 1) { rt, _, arguments throws(JSException) in
            // ECMA-262 §19.2.6.4 encodeURIComponent
            .string(try encode(rt, try rt.toJSString(arguments[0]), keeping: componentUnescaped))
        }), .hidden) },
        "encodeURI": { realm in (.object(realm.nativeFunction("encodeURI", length: 1) { rt, _, arguments throws(JSException) in
            // ECMA-262 §19.2.6.3 encodeURI
            .string(try encode(rt, try rt.toJSString(arguments[0]), keeping: uriUnescaped))
        }), .hidden) },
        "decodeURIComponent": { realm in (.object(realm.nativeFunction("decodeURIComponent", length: 1) { rt, _, arguments throws(JSException) in
            // ECMA-262 §19.2.6.2 decodeURIComponent
            .string(try decode(rt, try rt.toJSString(arguments[0]), preserving: CodeUnitSet()))
        }), .hidden) },
        "decodeURI": { realm in (.object(realm.nativeFunction("decodeURI", length: 1) { rt, _, arguments throws(JSException) in
            // ECMA-262 §19.2.6.1 decodeURI
            .string(try decode(rt, try rt.toJSString(arguments[0]), preserving: uriReservedAndHash))
        }), .hidden) },
        "escape": { realm in (.object(realm.nativeFunction("escape", length: 1) { rt, _, arguments throws(JSException) in
            .string(try escape(rt, try rt.toJSString(arguments[0])))
        }), .hidden) },
        "unescape": { realm in (.object(realm.nativeFunction("unescape", length: 1) { rt, _, arguments throws(JSException) in
            .string(unescape(try rt.toJSString(arguments[0])))
        }), .hidden) },
    ]

    /// A set of ASCII code units.
    struct CodeUnitSet: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init() {}

        init(_ characters: String) {
            for byte in characters.utf8 { insert(UInt16(byte)) }
        }

        mutating func insert(_ unit: UInt16) {
            if unit < 64 { low |= 1 << UInt64(unit) } else if unit < 128 { high |= 1 << UInt64(unit - 64) }
        }

        @inline(__always) func contains(_ unit: UInt16) -> Bool {
            if unit < 64 { return low & (1 << UInt64(unit)) != 0 }
            if unit < 128 { return high & (1 << UInt64(unit - 64)) != 0 }
            return false
        }

        func union(_ other: CodeUnitSet) -> CodeUnitSet {
            var result = self
            result.low |= other.low
            result.high |= other.high
            return result
        }
    }

    static let alphanumerics = CodeUnitSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    /// ECMA-262 §19.2.6: uriUnreserved (alphanumerics and uriMark).
    static let componentUnescaped = alphanumerics.union(CodeUnitSet("-_.!~*'()"))
    /// uriReserved and "#".
    static let uriReservedAndHash = CodeUnitSet(";/?:@&=+$,#")
    /// What encodeURI leaves alone: uriReserved, uriUnreserved and "#".
    static let uriUnescaped = componentUnescaped.union(uriReservedAndHash)
    /// What escape leaves alone (ECMA-262 §B.2.1.1).
    static let escapeUnescaped = alphanumerics.union(CodeUnitSet("@*_+-./"))

    static let upperHexDigits: [UInt16] = Array("0123456789ABCDEF".utf16)

    static func malformed(_ rt: ScriptRuntime) -> JSException { rt.makeException(.uriError, "URI malformed") }

    static func tooLong(_ rt: ScriptRuntime) -> JSException { rt.makeException(.rangeError, "Invalid string length") }

    @inline(__always) static func appendPercentByte(_ byte: UInt32, to output: inout [UInt16]) {
        output.append(0x25)
        output.append(upperHexDigits[Int(byte >> 4)])
        output.append(upperHexDigits[Int(byte & 0xF)])
    }

    // ECMA-262 §19.2.6.5 Encode: units outside `keeping` become the %XX escapes of their UTF-8 bytes.
    static func encode(_ rt: ScriptRuntime, _ string: JSString, keeping unescaped: CodeUnitSet) throws(JSException) -> JSString {
        let units = string.units
        guard let first = units.firstIndex(where: { !unescaped.contains($0) }) else { return string }
        var output: [UInt16] = []
        output.reserveCapacity(units.count + (units.count - first) * 2)
        output.append(contentsOf: units[0..<first])
        let limit = rt.limits.maximumStringLength
        var index = first
        while index < units.count {
            let unit = units[index]
            index += 1
            if unescaped.contains(unit) {
                output.append(unit)
                continue
            }
            var codePoint = UInt32(unit)
            if unit >= 0xDC00 && unit <= 0xDFFF { throw malformed(rt) }
            if unit >= 0xD800 && unit <= 0xDBFF {
                guard index < units.count, units[index] >= 0xDC00 && units[index] <= 0xDFFF else { throw malformed(rt) }
                codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                index += 1
            }
            if codePoint < 0x80 {
                appendPercentByte(codePoint, to: &output)
            } else if codePoint < 0x800 {
                appendPercentByte(0xC0 | codePoint >> 6, to: &output)
                appendPercentByte(0x80 | codePoint & 0x3F, to: &output)
            } else if codePoint < 0x10000 {
                appendPercentByte(0xE0 | codePoint >> 12, to: &output)
                appendPercentByte(0x80 | (codePoint >> 6) & 0x3F, to: &output)
                appendPercentByte(0x80 | codePoint & 0x3F, to: &output)
            } else {
                appendPercentByte(0xF0 | codePoint >> 18, to: &output)
                appendPercentByte(0x80 | (codePoint >> 12) & 0x3F, to: &output)
                appendPercentByte(0x80 | (codePoint >> 6) & 0x3F, to: &output)
                appendPercentByte(0x80 | codePoint & 0x3F, to: &output)
            }
            if output.count > limit { throw tooLong(rt) }
        }
        return JSString(units: output)
    }

    @inline(__always) static func hexValue(_ unit: UInt16) -> UInt32? {
        switch unit {
        case 0x30...0x39: return UInt32(unit - 0x30)
        case 0x41...0x46: return UInt32(unit - 0x41 + 10)
        case 0x61...0x66: return UInt32(unit - 0x61 + 10)
        default: return nil
        }
    }

    /// The byte of the escape "%XY" at `index`, or nil.
    @inline(__always) static func percentByte(_ units: [UInt16], at index: Int) -> UInt32? {
        guard index + 2 < units.count, units[index] == 0x25,
              let high = hexValue(units[index + 1]), let low = hexValue(units[index + 2]) else { return nil }
        return high << 4 | low
    }

    // ECMA-262 §19.2.6.6 Decode: %XX escapes of well-formed UTF-8 become the characters they encode, except
    // single-byte ones in `preserving`, which stay escaped as written.
    static func decode(_ rt: ScriptRuntime, _ string: JSString, preserving reserved: CodeUnitSet) throws(JSException) -> JSString {
        let units = string.units
        guard let first = units.firstIndex(of: 0x25) else { return string }
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        output.append(contentsOf: units[0..<first])
        var index = first
        while index < units.count {
            let unit = units[index]
            if unit != 0x25 {
                output.append(unit)
                index += 1
                continue
            }
            guard let lead = percentByte(units, at: index) else { throw malformed(rt) }
            if lead < 0x80 {
                if reserved.contains(UInt16(lead)) {
                    output.append(contentsOf: units[index..<(index + 3)])
                } else {
                    output.append(UInt16(lead))
                }
                index += 3
                continue
            }
            // The number of bytes is the count of leading one bits: 2, 3 or 4.
            let count = (~lead << 24).leadingZeroBitCount
            guard count >= 2 && count <= 4 else { throw malformed(rt) }
            var codePoint = lead & (0x7F >> UInt32(count))
            var position = index + 3
            for _ in 1..<count {
                guard let byte = percentByte(units, at: position), byte & 0xC0 == 0x80 else { throw malformed(rt) }
                codePoint = codePoint << 6 | (byte & 0x3F)
                position += 3
            }
            // Reject overlong forms, surrogates and values above U+10FFFF.
            let smallest: UInt32 = count == 2 ? 0x80 : (count == 3 ? 0x800 : 0x10000)
            guard codePoint >= smallest, codePoint <= 0x10FFFF, !(codePoint >= 0xD800 && codePoint <= 0xDFFF) else {
                throw malformed(rt)
            }
            if codePoint < 0x10000 {
                output.append(UInt16(codePoint))
            } else {
                let offset = codePoint - 0x10000
                output.append(UInt16(0xD800 + (offset >> 10)))
                output.append(UInt16(0xDC00 + (offset & 0x3FF)))
            }
            index = position
        }
        return JSString(units: output)
    }

    // ECMA-262 §B.2.1.1 escape: %XX below 256, %uXXXX above, except for the unescaped set.
    static func escape(_ rt: ScriptRuntime, _ string: JSString) throws(JSException) -> JSString {
        let units = string.units
        guard let first = units.firstIndex(where: { !escapeUnescaped.contains($0) }) else { return string }
        var output: [UInt16] = []
        output.reserveCapacity(units.count + (units.count - first) * 2)
        output.append(contentsOf: units[0..<first])
        let limit = rt.limits.maximumStringLength
        for unit in units[first...] {
            if escapeUnescaped.contains(unit) {
                output.append(unit)
            } else if unit < 256 {
                appendPercentByte(UInt32(unit), to: &output)
            } else {
                output.append(0x25)
                output.append(0x75)
                for shift in stride(from: 12, through: 0, by: -4) { output.append(upperHexDigits[Int(unit >> UInt16(shift)) & 0xF]) }
            }
            if output.count > limit { throw tooLong(rt) }
        }
        return JSString(units: output)
    }

    // ECMA-262 §B.2.1.2 unescape: %uXXXX and %XX become the code unit they spell; anything else stays.
    static func unescape(_ string: JSString) -> JSString {
        let units = string.units
        guard let first = units.firstIndex(of: 0x25) else { return string }
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        output.append(contentsOf: units[0..<first])
        var index = first
        while index < units.count {
            let unit = units[index]
            if unit == 0x25 {
                if index + 6 <= units.count, units[index + 1] == 0x75,
                   let a = hexValue(units[index + 2]), let b = hexValue(units[index + 3]),
                   let c = hexValue(units[index + 4]), let d = hexValue(units[index + 5]) {
                    output.append(UInt16(a << 12 | b << 8 | c << 4 | d))
                    index += 6
                    continue
                }
                if index + 3 <= units.count, let a = hexValue(units[index + 1]), let b = hexValue(units[index + 2]) {
                    output.append(UInt16(a << 4 | b))
                    index += 3
                    continue
                }
            }
            output.append(unit)
            index += 1
        }
        return JSString(units: output)
    }
}
