import Foundation

/// The `Postman-Token` system header's value: a random (version 4) UUID in lower case, as Postman's
/// `uuid.v4()` makes one for every request.
///
/// The random bytes come from the system 256 at a time (`arc4random_buf`), as the uuid package pools
/// them: Foundation's `UUID()` opens, reads and closes `/dev/urandom` for each one, three system calls
/// per request sent.
enum PostmanToken {
    private static let pool = RandomBytePool()

    /// A fresh token: `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx` (RFC 9562 §5.4).
    static func make() -> String {
        var bytes: (UInt64, UInt64) = (0, 0)
        return withUnsafeMutableBytes(of: &bytes) { raw in
            pool.fill(raw)
            return UUIDText.version4(raw)
        }
    }
}

/// The text of a version 4 UUID, for the Postman-Token header, `{{$guid}}` and the sandbox's `uuid4` alike.
public enum UUIDText {
    /// Sets the version and variant bits of 16 random `bytes` and writes them as
    /// `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`, lower case (RFC 9562 §5.4).
    public static func version4(_ bytes: UnsafeMutableRawBufferPointer) -> String {
        precondition(bytes.count == 16, "a UUID has 16 bytes")
        bytes[6] = (bytes[6] & 0x0F) | 0x40  // version 4
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // variant 10
        return String(unsafeUninitializedCapacity: 36) { text in
            var written = 0
            for index in 0..<16 {
                if index == 4 || index == 6 || index == 8 || index == 10 {
                    text[written] = UInt8(ascii: "-")
                    written += 1
                }
                text[written] = hexDigit(bytes[index] >> 4)
                text[written + 1] = hexDigit(bytes[index] & 0x0F)
                written += 2
            }
            return written
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}

/// Random bytes from the system, fetched in blocks and handed out once each; thread-safe (parallel
/// iterations build requests at the same time).
final class RandomBytePool: @unchecked Sendable {
    private let lock = NSLock()
    private var block = [UInt8](repeating: 0, count: 256)
    private var used = 256

    /// Fills `buffer` (at most 256 bytes) with bytes no other call gets.
    func fill(_ buffer: UnsafeMutableRawBufferPointer) {
        lock.lock()
        defer { lock.unlock() }
        if used + buffer.count > block.count {
            block.withUnsafeMutableBytes { arc4random_buf($0.baseAddress!, $0.count) }
            used = 0
        }
        block.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[used..<(used + buffer.count)]))
        }
        used += buffer.count
    }
}
