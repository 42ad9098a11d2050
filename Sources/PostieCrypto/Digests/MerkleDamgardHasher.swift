/// The compression function of a SHA-1/SHA-2 hash: the chaining state and how one block changes it.
protocol MerkleDamgardCompression: Sendable {
    static var blockByteCount: Int { get }
    /// Bytes of the big-endian message length closing the padding: 8 for SHA-1/SHA-256, 16 for SHA-384/SHA-512
    /// (FIPS 180-4 §5.1).
    static var lengthByteCount: Int { get }
    static var digestByteCount: Int { get }

    /// The initial hash value (FIPS 180-4 §5.3).
    init()
    /// Processes `blocks`, whose count is a non-zero multiple of `blockByteCount`.
    mutating func compress(blocks: UnsafeRawBufferPointer)
    /// The state as big-endian bytes, truncated to `digestByteCount`.
    func digest() -> [UInt8]
}

/// Buffers a message into whole blocks for a compression function and pads its end (FIPS 180-4 §5.1).
///
/// The partial block lives inline (no heap allocation); whole blocks are compressed straight from the caller's
/// buffer without copying.
struct MerkleDamgardHasher<Compression: MerkleDamgardCompression>: Sendable {
    private var compression = Compression()
    /// Room for the largest block (128 bytes, SHA-512); only the first `pendingCount` bytes are meaningful.
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                          UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    private var messageByteCount: UInt64 = 0

    init() {}

    mutating func update(_ input: UnsafeRawBufferPointer) {
        guard !input.isEmpty else { return }
        let blockSize = Compression.blockByteCount
        messageByteCount &+= UInt64(input.count)
        var remaining = input[...]

        if pendingCount > 0 {
            let taken = min(blockSize - pendingCount, remaining.count)
            let start = pendingCount
            withUnsafeMutableBytes(of: &pending) { buffer in
                buffer.baseAddress!.advanced(by: start)
                    .copyMemory(from: remaining.base.baseAddress! + remaining.startIndex, byteCount: taken)
            }
            pendingCount += taken
            remaining = remaining.dropFirst(taken)
            guard pendingCount == blockSize else { return }
            compressPending()
        }

        let wholeByteCount = remaining.count - remaining.count % blockSize
        if wholeByteCount > 0 {
            let end = remaining.startIndex + wholeByteCount
            compression.compress(blocks: UnsafeRawBufferPointer(rebasing: remaining[..<end]))
            remaining = remaining[end...]
        }

        if !remaining.isEmpty {
            let count = remaining.count
            withUnsafeMutableBytes(of: &pending) { buffer in
                buffer.baseAddress!.copyMemory(from: remaining.base.baseAddress! + remaining.startIndex, byteCount: count)
            }
            pendingCount = count
        }
    }

    consuming func finalize() -> [UInt8] {
        let blockSize = Compression.blockByteCount
        let lengthOffset = blockSize - Compression.lengthByteCount
        let used = pendingCount
        // Bit length as a 128-bit big-endian number: the high word only ever holds the top 3 bits of the byte count.
        let lowBits = (messageByteCount << 3).bigEndian
        let highBits = (messageByteCount >> 61).bigEndian

        withUnsafeMutableBytes(of: &pending) { buffer in
            buffer[used] = 0x80
            for index in (used + 1)..<blockSize { buffer[index] = 0 }
        }
        if used + 1 > lengthOffset {
            // No room left for the length: it goes in one more block of zeros.
            compressPending()
            withUnsafeMutableBytes(of: &pending) { buffer in
                for index in 0..<blockSize { buffer[index] = 0 }
            }
        }
        withUnsafeMutableBytes(of: &pending) { buffer in
            buffer.storeBytes(of: lowBits, toByteOffset: blockSize - 8, as: UInt64.self)
            if Compression.lengthByteCount == 16 {
                buffer.storeBytes(of: highBits, toByteOffset: blockSize - 16, as: UInt64.self)
            }
        }
        compressPending()
        return compression.digest()
    }

    private mutating func compressPending() {
        let blockSize = Compression.blockByteCount
        withUnsafeBytes(of: &pending) { buffer in
            compression.compress(blocks: UnsafeRawBufferPointer(rebasing: buffer[..<blockSize]))
        }
        pendingCount = 0
    }
}

extension UInt32 {
    @inline(__always)
    func rotatedRight(by count: UInt32) -> UInt32 { (self &>> count) | (self &<< (32 &- count)) }

    @inline(__always)
    func rotatedLeft(by count: UInt32) -> UInt32 { (self &<< count) | (self &>> (32 &- count)) }
}

extension UInt64 {
    @inline(__always)
    func rotatedRight(by count: UInt64) -> UInt64 { (self &>> count) | (self &<< (64 &- count)) }
}

extension UnsafeRawBufferPointer {
    @inline(__always)
    func loadBigEndianUInt32(at offset: Int) -> UInt32 {
        UInt32(bigEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    @inline(__always)
    func loadBigEndianUInt64(at offset: Int) -> UInt64 {
        UInt64(bigEndian: loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}
