/// The bytes of HTTP/1.1's grammar that both postie's client and its server read (RFC 9110, RFC 9112).
public enum HTTPGrammar {
    /// RFC 9110 §5.6.2: `tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" /
    /// "`" / "|" / "~" / DIGIT / ALPHA`, the characters of methods and field names.
    public static func isTokenCharacter(_ byte: UInt8) -> Bool {
        tokenTable[Int(byte)]
    }

    /// Whether `text` is a non-empty token (a method, a field name), read from its UTF-8 in one call.
    public static func isToken(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            tokenTable.withUnsafeBufferPointer { table in !bytes.contains { !table[Int($0)] } }
        } ?? text.utf8.allSatisfy(isTokenCharacter)
    }

    /// Whether `bytes` are a non-empty token.
    public static func isToken(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        return tokenTable.withUnsafeBufferPointer { table in !bytes.contains { !table[Int($0)] } }
    }

    private static let tokenTable: [Bool] = (0..<256).map { value in
        switch UInt8(value) {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default: return false
        }
    }

    /// The value of a hexadecimal digit (RFC 9112 §7.1 `chunk-size`), nil for any other byte.
    public static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: return Int(byte - 0x30)
        case 0x41...0x46: return Int(byte - 0x41 + 10)
        case 0x61...0x66: return Int(byte - 0x61 + 10)
        default: return nil
        }
    }
}
