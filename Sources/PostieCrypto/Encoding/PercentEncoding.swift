/// Percent-encoding as OAuth 1.0a signs it (RFC 5849 §3.6), and its inverse.
public enum PercentEncoding {
    /// `string`'s UTF-8 bytes with everything but the RFC 3986 unreserved set (`A-Z a-z 0-9 - . _ ~`) escaped as
    /// `%XX` in upper-case hex. `! * ' ( )` and space are escaped too (RFC 5849 §3.6), unlike in form encoding.
    public static func rfc3986(_ string: String) -> String {
        let utf8 = string.utf8
        guard !utf8.allSatisfy(isUnreserved) else { return string }
        var encoded: [UInt8] = []
        encoded.reserveCapacity(utf8.count * 3)
        for byte in utf8 {
            if isUnreserved(byte) {
                encoded.append(byte)
            } else {
                encoded.append(UInt8(ascii: "%"))
                encoded.append(Hex.upperDigits[Int(byte >> 4)])
                encoded.append(Hex.upperDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    /// `string` with every `%XX` escape (either case) replaced by its byte, read back as UTF-8.
    ///
    /// Returns nil, and never traps, when a `%` is not followed by two hex digits or the bytes are not valid UTF-8;
    /// callers choose their own fallback (``OAuth1/queryParameters(fromRawQuery:decodingPlusAsSpace:)`` keeps the
    /// text as written). A `+` stays a `+` unless `decodingPlusAsSpace`, as in an
    /// `application/x-www-form-urlencoded` body.
    public static func decode(_ string: String, decodingPlusAsSpace: Bool = false) -> String? {
        let utf8 = string.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: "%") || (decodingPlusAsSpace && $0 == UInt8(ascii: "+")) })
        else { return string }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            utf8.formIndex(after: &index)
            switch byte {
            case UInt8(ascii: "%"):
                guard index != utf8.endIndex, let high = Hex.value(ofDigit: utf8[index]) else { return nil }
                utf8.formIndex(after: &index)
                guard index != utf8.endIndex, let low = Hex.value(ofDigit: utf8[index]) else { return nil }
                utf8.formIndex(after: &index)
                bytes.append(high << 4 | low)
            case UInt8(ascii: "+") where decodingPlusAsSpace:
                bytes.append(UInt8(ascii: " "))
            default:
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// RFC 3986 §2.3 unreserved characters.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
