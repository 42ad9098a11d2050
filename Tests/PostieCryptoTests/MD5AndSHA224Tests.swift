import Testing

@testable import PostieCrypto

/// MD5 against RFC 1321's test suite (appendix A.5) and SHA-224 against FIPS 180-4's examples.
@Suite("MD5 and SHA-224")
struct MD5AndSHA224Tests {
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("a", "0cc175b9c0f1b6a831c399e269772661"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
        ("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func md5MatchesRFC1321(_ message: String, _ expected: String) {
        #expect(Hex.encode(MD5.hash(Array(message.utf8))) == expected)
    }

    @Test func md5OfAMessageFedInPiecesIsTheSame() {
        let message = Array(String(repeating: "postie ", count: 1000).utf8)
        var hasher = MD5()
        var index = 0
        var step = 1
        while index < message.count {
            let end = min(message.count, index + step)
            hasher.update(message[index..<end])
            index = end
            step = step % 97 + 7
        }
        #expect(hasher.finalize() == MD5.hash(message))
    }

    @Test(arguments: [
        ("abc", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525"),
        ("", "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f"),
    ])
    func sha224MatchesFIPS180(_ message: String, _ expected: String) {
        #expect(Hex.encode(SHA224.hash(Array(message.utf8))) == expected)
    }

    @Test func hmacMD5MatchesRFC2104() {
        // RFC 2104 test case 2.
        let code = HMAC<MD5>.authenticationCode(for: Array("what do ya want for nothing?".utf8), key: Array("Jefe".utf8))
        #expect(Hex.encode(code) == "750c783e6ab0b503eaa86e310a5db738")
    }
}
