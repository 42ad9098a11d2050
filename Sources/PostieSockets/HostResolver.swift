import Dispatch
import Glibc
import Foundation

extension SocketAddress {
    /// The addresses of `host`, as `lookUp(host:port:)` finds them, but bounded by `deadline` and
    /// `cancellation`: `getaddrinfo(3)` cannot be interrupted, so a name is looked up on another thread
    /// while this one waits. An IP literal is answered at once. A lookup given up on finishes in the
    /// background and its answer is dropped.
    public static func resolve(
        host: String, port: Int, until deadline: Deadline, cancellation: CancellationSignal? = nil
    ) throws(SocketError) -> [SocketAddress] {
        if let literal = ipLiteral(host, port: port) { return [literal] }
        let lookup = try PendingLookup()
        DispatchQueue.global(qos: .userInitiated).async {
            let result: Result<[SocketAddress], SocketError>
            do throws(SocketError) {
                result = .success(try lookUp(host: host, port: port))
            } catch {
                result = .failure(error)
            }
            lookup.finish(result)
        }
        return try lookup.wait(until: deadline, cancellation: cancellation)
    }
}

/// One name lookup running on another thread, and a pipe it writes to when done so that the waiting
/// thread can `poll` it next to a `CancellationSignal`. Both threads hold it; the last one closes the pipe.
private final class PendingLookup: @unchecked Sendable {
    private let readEnd: Int32
    private let writeEnd: Int32
    private let lock = NSLock()
    private var result: Result<[SocketAddress], SocketError>?

    init() throws(SocketError) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw .failed(call: "pipe", errno: errno) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        _ = close(readEnd)
        _ = close(writeEnd)
    }

    func finish(_ result: Result<[SocketAddress], SocketError>) {
        lock.withLock { self.result = result }
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    func wait(until deadline: Deadline, cancellation: CancellationSignal?) throws(SocketError) -> [SocketAddress] {
        // The lookup's pipe stands in for a socket: readable once the answer is in.
        try Socket(fileDescriptor: readEnd).waitReadable(until: deadline, cancellation: cancellation)
        guard let result = lock.withLock({ self.result }) else { throw .timedOut }
        return try result.get()
    }
}

extension Socket {
    /// `wait(until:cancellation:)` that throws `.timedOut` instead of returning false.
    fileprivate func waitReadable(until deadline: Deadline, cancellation: CancellationSignal?) throws(SocketError) {
        guard try wait(until: deadline, cancellation: cancellation) else { throw .timedOut }
    }
}
