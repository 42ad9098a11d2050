/// MD5 (RFC 1321): a 16-byte digest. Broken for collisions; here only because HTTP Digest auth
/// (RFC 7616) and Hawk's older servers still ask for it.
public struct MD5: HashFunction {
    public static var blockByteCount: Int { 64 }
    public static var digestByteCount: Int { 16 }

    private var state: (UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476)
    private var pending: [UInt8] = []
    private var byteCount: UInt64 = 0

    public init() {}

    public mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        byteCount &+= UInt64(bufferPointer.count)
        var offset = 0
        if !pending.isEmpty {
            let taken = min(64 - pending.count, bufferPointer.count)
            pending += bufferPointer[0..<taken]
            offset = taken
            guard pending.count == 64 else { return }
            pending.withUnsafeBytes { compress($0) }
            pending.removeAll(keepingCapacity: true)
        }
        while bufferPointer.count - offset >= 64 {
            compress(UnsafeRawBufferPointer(rebasing: bufferPointer[offset..<(offset + 64)]))
            offset += 64
        }
        if offset < bufferPointer.count { pending += bufferPointer[offset...] }
    }

    public consuming func finalize() -> [UInt8] {
        // RFC 1321 §3.1–3.2: a 1 bit, zeros to 56 mod 64, the bit length little-endian.
        let bitLength = byteCount &<< 3
        var tail = pending + [0x80]
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 0, to: 64, by: 8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                compress(UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + 64)]))
                offset += 64
            }
        }
        var digest: [UInt8] = []
        for word in [state.0, state.1, state.2, state.3] {
            for shift in stride(from: 0, to: 32, by: 8) { digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
        }
        return digest
    }

    /// RFC 1321 §3.4: the four rounds over one 64-byte block.
    private mutating func compress(_ block: UnsafeRawBufferPointer) {
        var words = [UInt32](repeating: 0, count: 16)
        for index in 0..<16 {
            words[index] = UInt32(block[4 * index]) | UInt32(block[4 * index + 1]) << 8 | UInt32(block[4 * index + 2]) << 16
                | UInt32(block[4 * index + 3]) << 24
        }
        var (a, b, c, d) = state
        for i in 0..<64 {
            var f: UInt32
            let g: Int
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
            f = f &+ a &+ Self.constants[i] &+ words[g]
            a = d
            d = c
            c = b
            b = b &+ f.rotatedLeft(by: Self.shifts[i])
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d)
    }

    private static let shifts: [UInt32] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ]

    /// ⌊2³² · |sin(i + 1)|⌋ (RFC 1321 §3.4).
    private static let constants: [UInt32] = (0..<64).map { UInt32(truncatingIfNeeded: Int64(abs(sin(Double($0 + 1))) * 4_294_967_296)) }
}

#if canImport(Glibc)
    import Glibc
#endif
