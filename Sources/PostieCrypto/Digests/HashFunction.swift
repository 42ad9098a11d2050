import Foundation

/// A cryptographic hash that digests a message fed in any number of pieces.
///
/// Feeding a message in several `update` calls, split anywhere, gives the same digest as one call.
public protocol HashFunction: Sendable {
    /// The size in bytes of the blocks the compression function works on (HMAC pads keys to it).
    static var blockByteCount: Int { get }
    /// The size in bytes of the finished digest.
    static var digestByteCount: Int { get }

    /// A hasher that has seen no bytes yet.
    init()
    /// Feeds the bytes in `bufferPointer` to the hash; the fast path the other `update`s funnel into.
    mutating func update(bufferPointer: UnsafeRawBufferPointer)
    /// Pads the message and returns its digest, `digestByteCount` bytes long.
    consuming func finalize() -> [UInt8]
}

extension HashFunction {
    /// Feeds `bytes` to the hash, without copying when the collection has contiguous storage.
    @inlinable
    public mutating func update(_ bytes: some Collection<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            update(bufferPointer: UnsafeRawBufferPointer(buffer))
        }
        guard handled == nil else { return }
        // Non-contiguous collections (lazy maps, joined sequences) go through a small stack buffer.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1024) { chunk in
            var filled = 0
            for byte in bytes {
                chunk[filled] = byte
                filled += 1
                if filled == chunk.count {
                    update(bufferPointer: UnsafeRawBufferPointer(chunk))
                    filled = 0
                }
            }
            update(bufferPointer: UnsafeRawBufferPointer(start: chunk.baseAddress, count: filled))
        }
    }

    /// Feeds `data` to the hash without copying it.
    @inlinable
    public mutating func update(_ data: Data) {
        data.withUnsafeBytes { update(bufferPointer: $0) }
    }

    /// The digest of `data`.
    @inlinable
    public static func hash(_ data: some Collection<UInt8>) -> [UInt8] {
        var hasher = Self()
        hasher.update(data)
        return hasher.finalize()
    }

    /// The digest of `data`.
    @inlinable
    public static func hash(_ data: Data) -> [UInt8] {
        var hasher = Self()
        hasher.update(data)
        return hasher.finalize()
    }

    /// The digest of the UTF-8 encoding of `string`.
    @inlinable
    public static func hash(_ string: String) -> [UInt8] {
        hash(string.utf8)
    }
}
