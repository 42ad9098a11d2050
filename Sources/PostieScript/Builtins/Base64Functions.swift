/// `btoa` and `atob` (WHATWG HTML §8.3 Base64 utility methods), with Node 20's messages and its
/// forgiving-base64 decoding (WHATWG Infra §4.7).
enum Base64Functions {
    static let builders: [String: GlobalBindings.Builder] = [
        "btoa": { realm in (.object(realm.nativeFunction("btoa", length: 1) { rt, _, arguments throws(JSException) in
            .string(JSString(try encode(rt, try input(rt, arguments))))
        }), .hidden) },
        "atob": { realm in (.object(realm.nativeFunction("atob", length: 1) { rt, _, arguments throws(JSException) in
            .string(try decode(rt, try input(rt, arguments)))
        }), .hidden) },
    ]

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf16)

    /// The argument as a string; Node's `ERR_MISSING_ARGS` when there is none.
    private static func input(_ rt: ScriptRuntime, _ arguments: Arguments) throws(JSException) -> JSString {
        guard arguments.count > 0 else {
            let error = rt.makeErrorObject(.typeError, "The \"input\" argument must be specified")
            error.defineNew(rt.propertyKey("code"), .string(JSString("ERR_MISSING_ARGS")), flags: .hidden)
            error.needsThrowPosition = true
            throw JSException(.object(error))
        }
        return try rt.toJSString(arguments[0])
    }

    /// Node throws a `DOMException` named `InvalidCharacterError` (legacy code 5).
    private static func invalidCharacter(_ rt: ScriptRuntime, _ message: String = "Invalid character") -> JSException {
        let error = rt.makeErrorObject(.error, message)
        let name = "InvalidCharacterError"
        error.defineNew(rt.names.name, .string(JSString(name)), flags: .hidden)
        error.defineNew(rt.propertyKey("code"), .number(5), flags: .hidden)
        rt.captureStack(error, name: name, message: message)
        error.needsThrowPosition = true
        return JSException(.object(error))
    }

    /// The code units as Latin-1 bytes, base64-encoded.
    private static func encode(_ rt: ScriptRuntime, _ text: JSString) throws(JSException) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        for unit in text.units {
            guard unit <= 0xFF else { throw invalidCharacter(rt) }
            bytes.append(UInt8(unit))
        }
        var out: [UInt16] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = UInt32(bytes[index])
            let b1 = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
            let b2 = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
            let group = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(group >> 18 & 63)])
            out.append(alphabet[Int(group >> 12 & 63)])
            out.append(index + 1 < bytes.count ? alphabet[Int(group >> 6 & 63)] : 0x3D)
            out.append(index + 2 < bytes.count ? alphabet[Int(group & 63)] : 0x3D)
            index += 3
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// Forgiving-base64 decode; each byte becomes one code unit (Latin-1).
    private static func decode(_ rt: ScriptRuntime, _ text: JSString) throws(JSException) -> JSString {
        var sextets: [UInt32] = []
        var equals = 0
        var significant = 0
        for unit in text.units {
            switch unit {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20:
                continue
            case 0x3D:
                significant += 1
                equals += 1
                if equals > 2 { throw invalidCharacter(rt) }
            default:
                guard let value = sextetValue(unit) else { throw invalidCharacter(rt) }
                // `=` is allowed only at the end.
                if equals > 0 { throw invalidCharacter(rt) }
                significant += 1
                sextets.append(value)
            }
        }
        var remainder = significant % 4
        if remainder == 0 {
            remainder = (significant - equals) % 4
        } else if equals > 0 {
            throw invalidCharacter(rt)
        }
        if remainder == 1 { throw invalidCharacter(rt, "The string to be decoded is not correctly encoded.") }
        var units: [UInt16] = []
        units.reserveCapacity(sextets.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for value in sextets {
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                units.append(UInt16(buffer >> UInt32(bits) & 0xFF))
            }
        }
        return JSString(units: units)
    }

    private static func sextetValue(_ unit: UInt16) -> UInt32? {
        switch unit {
        case 0x41...0x5A: return UInt32(unit - 0x41)
        case 0x61...0x7A: return UInt32(unit - 0x61 + 26)
        case 0x30...0x39: return UInt32(unit - 0x30 + 52)
        case 0x2B: return 62
        case 0x2F: return 63
        default: return nil
        }
    }
}
