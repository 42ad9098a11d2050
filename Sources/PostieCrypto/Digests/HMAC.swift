import Foundation

/// HMAC (RFC 2104) over any `HashFunction`: `H((K ^ opad) || H((K ^ ipad) || message))`.
public struct HMAC<H: HashFunction>: Sendable {
    private var inner: H
    private var outer: H

    /// A MAC keyed by `key`; keys longer than the hash's block are hashed first, shorter ones zero-padded (RFC 2104 §2).
    public init(key: some Collection<UInt8>) {
        inner = H()
        outer = H()
        let blockSize = H.blockByteCount
        let hashedKey: [UInt8]? = key.count > blockSize ? H.hash(key) : nil
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { pad in
            pad.initialize(repeating: 0)
            if let hashedKey {
                _ = pad.update(fromContentsOf: hashedKey)
            } else {
                _ = pad.update(fromContentsOf: key)
            }
            for index in pad.indices { pad[index] ^= 0x36 }
            inner.update(bufferPointer: UnsafeRawBufferPointer(pad))
            // 0x36 ^ 0x6A == 0x5C: turn the inner pad into the outer one in place.
            for index in pad.indices { pad[index] ^= 0x6A }
            outer.update(bufferPointer: UnsafeRawBufferPointer(pad))
        }
    }

    /// Feeds message bytes to the MAC.
    public mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        inner.update(bufferPointer: bufferPointer)
    }

    /// Feeds message bytes to the MAC.
    public mutating func update(_ bytes: some Collection<UInt8>) {
        inner.update(bytes)
    }

    /// Feeds message bytes to the MAC.
    public mutating func update(_ data: Data) {
        inner.update(data)
    }

    /// The authentication code, `H.digestByteCount` bytes long.
    public consuming func finalize() -> [UInt8] {
        outer.update(inner.finalize())
        return outer.finalize()
    }

    /// The authentication code of `message` under `key`.
    public static func authenticationCode(for message: some Collection<UInt8>, key: some Collection<UInt8>) -> [UInt8] {
        var mac = HMAC(key: key)
        mac.update(message)
        return mac.finalize()
    }
}
