/// SHA-1 (FIPS 180-4 §6.1): a 20-byte digest. Broken for collision resistance, still what OAuth 1.0a HMAC-SHA1 uses.
public struct SHA1: HashFunction {
    public static var blockByteCount: Int { 64 }
    public static var digestByteCount: Int { 20 }

    private var hasher = MerkleDamgardHasher<SHA1Compression>()

    public init() {}

    public mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer)
    }

    public consuming func finalize() -> [UInt8] {
        hasher.finalize()
    }
}

struct SHA1Compression: MerkleDamgardCompression {
    static var blockByteCount: Int { 64 }
    static var lengthByteCount: Int { 8 }
    static var digestByteCount: Int { 20 }

    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)

    init() {}

    mutating func compress(blocks: UnsafeRawBufferPointer) {
        var (h0, h1, h2, h3, h4) = state
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            var offset = 0
            while offset < blocks.count {
                for t in 0..<16 { w[t] = blocks.loadBigEndianUInt32(at: offset + 4 * t) }
                for t in 16..<80 { w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotatedLeft(by: 1) }

                var (a, b, c, d, e) = (h0, h1, h2, h3, h4)
                for t in 0..<80 {
                    let f: UInt32
                    let k: UInt32
                    switch t {
                    case 0..<20: f = (b & c) | (~b & d); k = 0x5A82_7999
                    case 20..<40: f = b ^ c ^ d; k = 0x6ED9_EBA1
                    case 40..<60: f = (b & c) | (b & d) | (c & d); k = 0x8F1B_BCDC
                    default: f = b ^ c ^ d; k = 0xCA62_C1D6
                    }
                    let temp = a.rotatedLeft(by: 5) &+ f &+ e &+ k &+ w[t]
                    (e, d, c, b, a) = (d, c, b.rotatedLeft(by: 30), a, temp)
                }
                h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d; h4 &+= e
                offset += Self.blockByteCount
            }
        }
        state = (h0, h1, h2, h3, h4)
    }

    func digest() -> [UInt8] {
        let bigEndian = (state.0.bigEndian, state.1.bigEndian, state.2.bigEndian, state.3.bigEndian, state.4.bigEndian)
        return withUnsafeBytes(of: bigEndian) { Array($0) }
    }
}
