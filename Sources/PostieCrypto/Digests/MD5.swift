/// MD5 (RFC 1321): a 16-byte digest. Broken for security, still what HTTP Digest auth (RFC 7616),
/// older Hawk servers and scripts (`CryptoJS.MD5`) ask for.
public struct MD5: HashFunction {
    public static var blockByteCount: Int { 64 }
    public static var digestByteCount: Int { 16 }

    private var state: (UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476)
    private var pending: [UInt8] = []
    private var messageByteCount: UInt64 = 0

    public init() {}

    public mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        guard !bufferPointer.isEmpty else { return }
        messageByteCount &+= UInt64(bufferPointer.count)
        var input = bufferPointer[...]
        if !pending.isEmpty {
            let taken = min(64 - pending.count, input.count)
            pending.append(contentsOf: input.prefix(taken))
            input = input.dropFirst(taken)
            if pending.count == 64 {
                let block = pending
                block.withUnsafeBytes { compress($0) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        let whole = input.count / 64 * 64
        if whole > 0 {
            compress(UnsafeRawBufferPointer(rebasing: input.prefix(whole)))
            input = input.dropFirst(whole)
        }
        pending.append(contentsOf: input)
    }

    public consuming func finalize() -> [UInt8] {
        let bitLength = messageByteCount &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 0, to: 64, by: 8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBytes { compress($0) }
        var digest: [UInt8] = []
        for word in [state.0, state.1, state.2, state.3] {
            for shift in stride(from: 0, to: 32, by: 8) { digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
        }
        return digest
    }

    /// RFC 1321 §3.4: the four rounds over each 64-byte block.
    private mutating func compress(_ blocks: UnsafeRawBufferPointer) {
        var (a0, b0, c0, d0) = state
        var offset = 0
        while offset + 64 <= blocks.count {
            var m = [UInt32](repeating: 0, count: 16)
            for index in 0..<16 {
                let base = offset + index * 4
                m[index] = UInt32(blocks[base]) | UInt32(blocks[base + 1]) << 8 | UInt32(blocks[base + 2]) << 16 | UInt32(blocks[base + 3]) << 24
            }
            var (a, b, c, d) = (a0, b0, c0, d0)
            for i in 0..<64 {
                var f: UInt32
                var g: Int
                switch i {
                case 0..<16:
                    f = (b & c) | (~b & d)
                    g = i
                case 16..<32:
                    f = (d & b) | (~d & c)
                    g = (5 * i + 1) % 16
                case 32..<48:
                    f = b ^ c ^ d
                    g = (3 * i + 5) % 16
                default:
                    f = c ^ (b | ~d)
                    g = (7 * i) % 16
                }
                f = f &+ a &+ md5Constants[i] &+ m[g]
                a = d
                d = c
                c = b
                b = b &+ ((f << md5Shifts[i]) | (f >> (32 - md5Shifts[i])))
            }
            a0 &+= a; b0 &+= b; c0 &+= c; d0 &+= d
            offset += 64
        }
        state = (a0, b0, c0, d0)
    }
}

/// RFC 1321 §3.4: the per-round shift amounts.
private let md5Shifts: [UInt32] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
]

/// RFC 1321 §3.4: floor(abs(sin(i + 1)) × 2³²).
private let md5Constants: [UInt32] = [
    0xD76A_A478, 0xE8C7_B756, 0x2420_70DB, 0xC1BD_CEEE, 0xF57C_0FAF, 0x4787_C62A, 0xA830_4613, 0xFD46_9501,
    0x6980_98D8, 0x8B44_F7AF, 0xFFFF_5BB1, 0x895C_D7BE, 0x6B90_1122, 0xFD98_7193, 0xA679_438E, 0x49B4_0821,
    0xF61E_2562, 0xC040_B340, 0x265E_5A51, 0xE9B6_C7AA, 0xD62F_105D, 0x0244_1453, 0xD8A1_E681, 0xE7D3_FBC8,
    0x21E1_CDE6, 0xC337_07D6, 0xF4D5_0D87, 0x455A_14ED, 0xA9E3_E905, 0xFCEF_A3F8, 0x676F_02D9, 0x8D2A_4C8A,
    0xFFFA_3942, 0x8771_F681, 0x6D9D_6122, 0xFDE5_380C, 0xA4BE_EA44, 0x4BDE_CFA9, 0xF6BB_4B60, 0xBEBF_BC70,
    0x289B_7EC6, 0xEAA1_27FA, 0xD4EF_3085, 0x0488_1D05, 0xD9D4_D039, 0xE6DB_99E5, 0x1FA2_7CF8, 0xC4AC_5665,
    0xF429_2244, 0x432A_FF97, 0xAB94_23A7, 0xFC93_A039, 0x655B_59C3, 0x8F0C_CC92, 0xFFEF_F47D, 0x8584_5DD1,
    0x6FA8_7E4F, 0xFE2C_E6E0, 0xA301_4314, 0x4E08_11A1, 0xF753_7E82, 0xBD3A_F235, 0x2AD7_D2BB, 0xEB86_D391,
]
