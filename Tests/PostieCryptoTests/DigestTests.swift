import Foundation
import Testing

@testable import PostieCrypto

/// The hash functions under test, so one table can hold all four.
enum Algorithm: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case sha1, sha256, sha384, sha512

    var type: any HashFunction.Type {
        switch self {
        case .sha1: SHA1.self
        case .sha256: SHA256.self
        case .sha384: SHA384.self
        case .sha512: SHA512.self
        }
    }

    var testDescription: String { rawValue.uppercased() }

    func hash(_ bytes: [UInt8]) -> [UInt8] { type.hash(bytes) }

    /// `bytes` fed to one hasher in pieces of `chunkSizes`, cycled.
    func hash(_ bytes: [UInt8], inChunksOf chunkSizes: [Int]) -> [UInt8] {
        switch self {
        case .sha1: hashInChunks(SHA1.self, bytes, chunkSizes: chunkSizes)
        case .sha256: hashInChunks(SHA256.self, bytes, chunkSizes: chunkSizes)
        case .sha384: hashInChunks(SHA384.self, bytes, chunkSizes: chunkSizes)
        case .sha512: hashInChunks(SHA512.self, bytes, chunkSizes: chunkSizes)
        }
    }

    func authenticationCode(for message: [UInt8], key: [UInt8]) -> [UInt8] {
        switch self {
        case .sha1: HMAC<SHA1>.authenticationCode(for: message, key: key)
        case .sha256: HMAC<SHA256>.authenticationCode(for: message, key: key)
        case .sha384: HMAC<SHA384>.authenticationCode(for: message, key: key)
        case .sha512: HMAC<SHA512>.authenticationCode(for: message, key: key)
        }
    }

    /// Checks every `update` overload against `expected`.
    func checkUpdateOverloads(expected: String) {
        switch self {
        case .sha1: checkUpdateOverloadsOf(SHA1.self, expected: expected)
        case .sha256: checkUpdateOverloadsOf(SHA256.self, expected: expected)
        case .sha384: checkUpdateOverloadsOf(SHA384.self, expected: expected)
        case .sha512: checkUpdateOverloadsOf(SHA512.self, expected: expected)
        }
    }
}

private func hashInChunks<H: HashFunction>(_: H.Type, _ bytes: [UInt8], chunkSizes: [Int]) -> [UInt8] {
    var hasher = H()
    var start = 0
    var turn = 0
    while start < bytes.count {
        let end = min(start + chunkSizes[turn % chunkSizes.count], bytes.count)
        hasher.update(bytes[start..<end])
        start = end
        turn += 1
    }
    return hasher.finalize()
}

/// A test message, described briefly in test names (one million bytes do not belong in a test report).
enum Message: Sendable, CustomTestStringConvertible {
    case text(String)
    case repeated(UInt8, count: Int)

    var bytes: [UInt8] {
        switch self {
        case .text(let text): Array(text.utf8)
        case .repeated(let byte, let count): [UInt8](repeating: byte, count: count)
        }
    }

    var testDescription: String {
        switch self {
        case .text(let text) where text.count > 16: "\"\(text.prefix(8))…\" (\(text.utf8.count) bytes)"
        case .text(let text): "\"\(text)\""
        case .repeated(let byte, let count): "\(count) × 0x\(String(byte, radix: 16))"
        }
    }
}

/// FIPS 180-4 example messages (the 448-bit one for SHA-1/256, the 896-bit one for SHA-384/512).
let fips448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
let fips896 = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"

/// 1 MiB from a 32-bit LCG (x = 1664525·x + 1013904223, byte = x >> 24, x₀ = 0x12345678); the python that printed
/// the expected digests generates the same bytes.
func pseudoRandomMessage(byteCount: Int) -> [UInt8] {
    var state: UInt32 = 0x1234_5678
    return (0..<byteCount).map { _ in
        state = state &* 1_664_525 &+ 1_013_904_223
        return UInt8(state >> 24)
    }
}

let pseudoRandomMebibyte = pseudoRandomMessage(byteCount: 1 << 20)

@Suite("SHA digests")
struct DigestTests {
    @Test("known digest", arguments: digestVectors)
    func knownDigest(algorithm: Algorithm, message: Message, expected: String) {
        #expect(algorithm.hash(message.bytes).hexString == expected)
    }

    @Test("sizes", arguments: [
        (Algorithm.sha1, 64, 20), (.sha256, 64, 32), (.sha384, 128, 48), (.sha512, 128, 64),
    ])
    func sizes(algorithm: Algorithm, blockByteCount: Int, digestByteCount: Int) {
        #expect(algorithm.type.blockByteCount == blockByteCount)
        #expect(algorithm.type.digestByteCount == digestByteCount)
        #expect(algorithm.hash([]).count == digestByteCount)
    }

    @Test("1 MiB in one call and in odd-sized chunks", arguments: pseudoRandomMebibyteDigests)
    func streaming(algorithm: Algorithm, expected: String) {
        #expect(algorithm.hash(pseudoRandomMebibyte).hexString == expected)
        #expect(algorithm.hash(pseudoRandomMebibyte, inChunksOf: [1, 3, 7, 63, 64, 65, 127, 128, 129, 1000, 4093]).hexString == expected)
        #expect(algorithm.hash(pseudoRandomMebibyte, inChunksOf: [65_537, 5, 300_001]).hexString == expected)
    }

    @Test("every update overload gives the published digest", arguments: pseudoRandomMebibyteDigests)
    func updateOverloads(algorithm: Algorithm, expected: String) {
        algorithm.checkUpdateOverloads(expected: expected)
    }

    @Test("a message split in two at every offset", arguments: Algorithm.allCases)
    func everySplitPoint(algorithm: Algorithm) throws {
        // 129 bytes cross the 64- and 128-byte block boundaries; its digest comes from the known-answer table.
        let message = [UInt8](repeating: 0x61, count: 129)
        let expected = try #require(digestVectors.first { vector in
            guard vector.0 == algorithm, case .repeated(0x61, count: 129) = vector.1 else { return false }
            return true
        }?.2)
        for split in 0...message.count {
            #expect(algorithm.hash(message, inChunksOf: [split == 0 ? message.count : split, message.count]).hexString == expected,
                    "split at \(split)")
        }
    }

    @Test("String and UTF-8 bytes agree")
    func stringConvenience() {
        #expect(SHA256.hash("abc").hexString == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // "é" is two UTF-8 bytes, c3 a9; python3 -c 'import hashlib; print(hashlib.sha1("é".encode()).hexdigest())'
        #expect(SHA1.hash("é").hexString == "bf15be717ac1b080b4f1c456692825891ff5073d")
    }
}

/// One HMAC known answer; `mac` may be truncated (RFC 4231 case 5), in which case only its prefix is compared.
struct HMACVector: Sendable, CustomTestStringConvertible {
    var name: String
    var algorithm: Algorithm
    var key: String
    var message: String
    var mac: String

    init(_ name: String, _ algorithm: Algorithm, key: String, message: String, mac: String) {
        (self.name, self.algorithm, self.key, self.message, self.mac) = (name, algorithm, key, message, mac)
    }

    var testDescription: String { "HMAC-\(algorithm.testDescription) \(name)" }
}

@Suite("HMAC")
struct HMACTests {
    @Test("RFC 2202 and RFC 4231", arguments: hmacVectors)
    func knownAnswer(vector: HMACVector) throws {
        let key = try #require(Hex.decode(vector.key))
        let message = try #require(Hex.decode(vector.message))
        let mac = vector.algorithm.authenticationCode(for: message, key: key)
        #expect(mac.count == vector.algorithm.type.digestByteCount)
        #expect(mac.prefix(vector.mac.count / 2).hexString == vector.mac)
    }

    @Test("streamed 1 MiB message")
    func streaming() {
        var mac = HMAC<SHA256>(key: Array("streaming".utf8))
        var start = 0
        for (turn, size) in repeatElement([1, 63, 64, 65, 4093, 100_003], count: 1_000).joined().enumerated() {
            guard start < pseudoRandomMebibyte.count else { break }
            let end = min(start + size, pseudoRandomMebibyte.count)
            if turn.isMultiple(of: 2) {
                mac.update(pseudoRandomMebibyte[start..<end])
            } else {
                mac.update(Data(pseudoRandomMebibyte[start..<end]))
            }
            start = end
        }
        #expect(mac.finalize().hexString == pseudoRandomMebibyteHMACSHA256)
    }
}

private func checkUpdateOverloadsOf<H: HashFunction>(_: H.Type, expected: String) {
    let data = Data(pseudoRandomMebibyte)
    #expect(H.hash(data).hexString == expected, "Data")
    #expect(H.hash(pseudoRandomMebibyte[...]).hexString == expected, "ArraySlice")
    // A collection without contiguous storage takes the copying path.
    #expect(H.hash(pseudoRandomMebibyte.lazy.map { $0 }).hexString == expected, "lazy map")

    var hasher = H()
    let half = pseudoRandomMebibyte.count / 2 + 13
    data.prefix(half).withUnsafeBytes { hasher.update(bufferPointer: $0) }
    hasher.update(data.dropFirst(half))
    #expect(hasher.finalize().hexString == expected, "buffer pointer then Data slice")
}
