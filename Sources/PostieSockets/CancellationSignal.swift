import Glibc
import Foundation

/// A permanent, one-way signal that wakes every `poll(2)` waiting on it, on any thread: a pipe whose read
/// end becomes readable when `signal()` writes a byte, and stays readable (the byte is never read).
///
/// Socket waits take one as `cancellation:` and throw `SocketError.cancelled` once it fires. The
/// descriptors close when the last reference goes, so a thread still polling keeps them open.
public final class CancellationSignal: @unchecked Sendable {
    /// The pipe's read end, to put in a `poll` set next to a socket.
    public let fileDescriptor: Int32
    private let writeEnd: Int32

    /// A signal that has not fired.
    public init() throws(SocketError) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw .failed(call: "pipe", errno: errno) }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL, 0) | O_NONBLOCK)
        }
        fileDescriptor = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        _ = close(fileDescriptor)
        _ = close(writeEnd)
    }

    /// Fires the signal; idempotent and safe from any thread (a full pipe has fired already).
    public func signal() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Whether `signal()` has been called, checked without waiting.
    public var isSignalled: Bool {
        var descriptor = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }
}
