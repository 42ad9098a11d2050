/// SHA-256 (FIPS 180-4 §6.2): a 32-byte digest.
public struct SHA256: HashFunction {
    public static var blockByteCount: Int { 64 }
    public static var digestByteCount: Int { 32 }

    private var hasher = MerkleDamgardHasher<SHA256Compression>()

    public init() {}

    public mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer)
    }

    public consuming func finalize() -> [UInt8] {
        hasher.finalize()
    }
}

struct SHA256Compression: MerkleDamgardCompression {
    static var blockByteCount: Int { 64 }
    static var lengthByteCount: Int { 8 }
    static var digestByteCount: Int { 32 }

    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A, 0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19
    )

    init() {}

    /// A compression with another initial hash value (SHA-224's, FIPS 180-4 §5.3.2).
    init(state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)) {
        self.state = state
    }

    mutating func compress(blocks: UnsafeRawBufferPointer) {
        var (h0, h1, h2, h3, h4, h5, h6, h7) = state
        sha256RoundConstants.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                var offset = 0
                while offset < blocks.count {
                    for t in 0..<16 { w[t] = blocks.loadBigEndianUInt32(at: offset + 4 * t) }
                    for t in 16..<64 {
                        let s0 = w[t - 15].rotatedRight(by: 7) ^ w[t - 15].rotatedRight(by: 18) ^ (w[t - 15] >> 3)
                        let s1 = w[t - 2].rotatedRight(by: 17) ^ w[t - 2].rotatedRight(by: 19) ^ (w[t - 2] >> 10)
                        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                    }

                    var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
                    for t in 0..<64 {
                        let sum1 = e.rotatedRight(by: 6) ^ e.rotatedRight(by: 11) ^ e.rotatedRight(by: 25)
                        let choice = (e & f) ^ (~e & g)
                        let temp1 = h &+ sum1 &+ choice &+ k[t] &+ w[t]
                        let sum0 = a.rotatedRight(by: 2) ^ a.rotatedRight(by: 13) ^ a.rotatedRight(by: 22)
                        let majority = (a & b) ^ (a & c) ^ (b & c)
                        let temp2 = sum0 &+ majority
                        (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ temp2)
                    }
                    h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d; h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
                    offset += Self.blockByteCount
                }
            }
        }
        state = (h0, h1, h2, h3, h4, h5, h6, h7)
    }

    func digest() -> [UInt8] {
        let bigEndian = (
            state.0.bigEndian, state.1.bigEndian, state.2.bigEndian, state.3.bigEndian,
            state.4.bigEndian, state.5.bigEndian, state.6.bigEndian, state.7.bigEndian
        )
        return withUnsafeBytes(of: bigEndian) { Array($0) }
    }
}

/// SHA-224 (FIPS 180-4 §6.3): SHA-256 from another initial value, truncated to 28 bytes.
public struct SHA224: HashFunction {
    public static var blockByteCount: Int { 64 }
    public static var digestByteCount: Int { 28 }

    private var hasher = MerkleDamgardHasher<SHA224Compression>()

    public init() {}

    public mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer)
    }

    public consuming func finalize() -> [UInt8] {
        hasher.finalize()
    }
}

struct SHA224Compression: MerkleDamgardCompression {
    static var blockByteCount: Int { 64 }
    static var lengthByteCount: Int { 8 }
    static var digestByteCount: Int { 28 }

    private var inner = SHA256Compression(state: (
        0xC105_9ED8, 0x367C_D507, 0x3070_DD17, 0xF70E_5939, 0xFFC0_0B31, 0x6858_1511, 0x64F9_8FA7, 0xBEFA_4FA4
    ))

    init() {}

    mutating func compress(blocks: UnsafeRawBufferPointer) { inner.compress(blocks: blocks) }

    func digest() -> [UInt8] { Array(inner.digest().prefix(28)) }
}

/// FIPS 180-4 §4.2.2.
private let sha256RoundConstants: [UInt32] = [
    0x428A_2F98, 0x7137_4491, 0xB5C0_FBCF, 0xE9B5_DBA5, 0x3956_C25B, 0x59F1_11F1, 0x923F_82A4, 0xAB1C_5ED5,
    0xD807_AA98, 0x1283_5B01, 0x2431_85BE, 0x550C_7DC3, 0x72BE_5D74, 0x80DE_B1FE, 0x9BDC_06A7, 0xC19B_F174,
    0xE49B_69C1, 0xEFBE_4786, 0x0FC1_9DC6, 0x240C_A1CC, 0x2DE9_2C6F, 0x4A74_84AA, 0x5CB0_A9DC, 0x76F9_88DA,
    0x983E_5152, 0xA831_C66D, 0xB003_27C8, 0xBF59_7FC7, 0xC6E0_0BF3, 0xD5A7_9147, 0x06CA_6351, 0x1429_2967,
    0x27B7_0A85, 0x2E1B_2138, 0x4D2C_6DFC, 0x5338_0D13, 0x650A_7354, 0x766A_0ABB, 0x81C2_C92E, 0x9272_2C85,
    0xA2BF_E8A1, 0xA81A_664B, 0xC24B_8B70, 0xC76C_51A3, 0xD192_E819, 0xD699_0624, 0xF40E_3585, 0x106A_A070,
    0x19A4_C116, 0x1E37_6C08, 0x2748_774C, 0x34B0_BCB5, 0x391C_0CB3, 0x4ED8_AA4A, 0x5B9C_CA4F, 0x682E_6FF3,
    0x748F_82EE, 0x78A5_636F, 0x84C8_7814, 0x8CC7_0208, 0x90BE_FFFA, 0xA450_6CEB, 0xBEF9_A3F7, 0xC671_78F2,
]
