import Testing

@testable import PostieCrypto

// Expected values from python3 urllib.parse.quote(s, safe="-._~"), which encodes UTF-8 with upper-case hex.
let percentEncodingVectors: [(String, String)] = [
    (":", "%3A"),
    ("/", "%2F"),
    ("?", "%3F"),
    ("#", "%23"),
    ("[", "%5B"),
    ("]", "%5D"),
    ("@", "%40"),
    ("!", "%21"),
    ("$", "%24"),
    ("&", "%26"),
    ("'", "%27"),
    ("(", "%28"),
    (")", "%29"),
    ("*", "%2A"),
    ("+", "%2B"),
    (",", "%2C"),
    (";", "%3B"),
    ("=", "%3D"),
    (" ", "%20"),
    ("%", "%25"),
    ("\"", "%22"),
    ("<", "%3C"),
    (">", "%3E"),
    ("\\", "%5C"),
    ("^", "%5E"),
    ("`", "%60"),
    ("{", "%7B"),
    ("|", "%7C"),
    ("}", "%7D"),
    ("\n", "%0A"),
    ("AZaz09-._~", "AZaz09-._~"),
    ("é", "%C3%A9"),
    ("日本", "%E6%97%A5%E6%9C%AC"),
    ("😀", "%F0%9F%98%80"),
    ("a b+c&d=e", "a%20b%2Bc%26d%3De"),
    ("100%", "100%25"),
    ("", ""),
    ("\0", "%00"),
    ("\u{7F}", "%7F"),
    ("cafe\u{301}", "cafe%CC%81"),  // e + combining acute: bytes, not characters, are encoded
]

@Suite("Percent-encoding and hex")
struct EncodingTests {
    @Test("RFC 3986 encoding", arguments: percentEncodingVectors)
    func encodes(input: String, expected: String) {
        #expect(PercentEncoding.rfc3986(input) == expected)
    }

    @Test("decoding undoes encoding", arguments: percentEncodingVectors)
    func roundTrips(input: String, encoded: String) {
        #expect(PercentEncoding.decode(encoded) == input)
    }

    @Test("decoding", arguments: [
        ("a%20b", false, "a b"),
        ("%c3%a9t%C3%A9", false, "été"),
        ("a+b", false, "a+b"),
        ("a+b%2B", true, "a b+"),
        ("%25", false, "%"),
        ("%00", false, "\0"),
        ("日本%20", false, "日本 "),
        ("plain", false, "plain"),
        ("", false, ""),
    ] as [(String, Bool, String)])
    func decodes(input: String, plusAsSpace: Bool, expected: String) {
        #expect(PercentEncoding.decode(input, decodingPlusAsSpace: plusAsSpace) == expected)
    }

    @Test("malformed escapes and non-UTF-8 bytes decode to nil", arguments: [
        "%", "%2", "a%", "%zz", "%2g", "%g2", "100%", "%C3", "%FF", "%C3%28", "%%41",
    ])
    func refusesMalformed(input: String) {
        #expect(PercentEncoding.decode(input) == nil)
    }

    @Test("hex")
    func hex() {
        #expect([0x00, 0x0F, 0xA5, 0xFF].hexString == "000fa5ff")
        #expect(Hex.encode([0xDE, 0xAD, 0xBE, 0xEF], uppercase: true) == "DEADBEEF")
        #expect(Hex.encode([UInt8]()) == "")
        #expect(Hex.decode("000fA5Ff") == [0x00, 0x0F, 0xA5, 0xFF])
        #expect(Hex.decode("") == [])
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
        #expect(Hex.decode("é0") == nil)
    }
}
