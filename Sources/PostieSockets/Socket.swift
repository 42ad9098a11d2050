import Glibc
import Foundation

/// A TCP socket file descriptor and the POSIX calls on it, knowing nothing of HTTP.
///
/// A `Socket` is a plain value: it does not close itself. Connected sockets are non-blocking; reads and
/// writes wait with `poll(2)` until a `Deadline` (and, when given, a `CancellationSignal`), retry on
/// `EINTR`, and finish partial writes.
public struct Socket: Sendable, Hashable {
    public let fileDescriptor: Int32

    /// Wraps a descriptor the caller owns.
    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    /// Ignore `SIGPIPE` process-wide, once: a write to a closed peer must fail with `EPIPE`, not kill us.
    /// (`send` also passes `MSG_NOSIGNAL`; this covers any other write path.)
    public static let ignoreBrokenPipeSignal: Void = {
        _ = signal(SIGPIPE, SIG_IGN)
    }()

    // MARK: Creating

    /// A new TCP socket of `family` (`AF_INET` or `AF_INET6`), close-on-exec and non-blocking.
    public static func open(family: Int32) throws(SocketError) -> Socket {
        let descriptor = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .failed(call: "socket", errno: errno) }
        let created = Socket(fileDescriptor: descriptor)
        guard created.setNonBlocking() else {
            let code = errno
            created.close()
            throw .failed(call: "fcntl(O_NONBLOCK)", errno: code)
        }
        return created
    }

    // MARK: Listening

    /// Binds to `address` (`bind(2)`).
    public func bind(to address: SocketAddress) throws(SocketError) {
        let bound = address.withSockaddr { Glibc.bind(fileDescriptor, $0, $1) }
        guard bound == 0 else { throw .failed(call: "bind", errno: errno) }
    }

    /// Starts listening (`listen(2)`).
    public func listen(backlog: Int32 = SOMAXCONN) throws(SocketError) {
        guard Glibc.listen(fileDescriptor, backlog) == 0 else { throw .failed(call: "listen", errno: errno) }
    }

    /// The address the socket is bound to, read back with `getsockname(2)` (the real port after binding 0).
    public func localAddress() throws(SocketError) -> SocketAddress {
        var address = SocketAddress()
        guard address.fill({ getsockname(fileDescriptor, $0, $1) }) == 0 else {
            throw .failed(call: "getsockname", errno: errno)
        }
        return address
    }

    /// What one `accept(2)` produced.
    public enum AcceptResult: Sendable {
        /// A new connection, already non-blocking, with `TCP_NODELAY`, and the peer's address.
        case connection(Socket, remoteAddress: String)
        /// Nothing to accept now (`EAGAIN`), or a transient failure such as `ECONNABORTED` or `EINTR`.
        case nothing
        /// Out of descriptors or memory (`EMFILE`, `ENFILE`, `ENOBUFS`, `ENOMEM`): back off before retrying.
        case exhausted(errno: Int32)
        /// Any other failure.
        case failed(errno: Int32)
    }

    /// Accepts one pending connection without blocking.
    public func accept() -> AcceptResult {
        var address = SocketAddress()
        // Plain accept(2): Glibc's module does not export the GNU accept4. The flags are set below.
        let descriptor = address.fill { pointer, length in Glibc.accept(fileDescriptor, pointer, length) }
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case EAGAIN, EWOULDBLOCK, EINTR, ECONNABORTED, EPROTO, EPERM:
                return .nothing
            case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                return .exhausted(errno: code)
            default:
                return .failed(errno: code)
            }
        }
        let connection = Socket(fileDescriptor: descriptor)
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        guard connection.setNonBlocking() else {
            let code = errno
            connection.close()
            return .failed(errno: code)
        }
        connection.disableNagle()
        return .connection(connection, remoteAddress: address.description)
    }

    // MARK: Connecting

    /// Opens a connection to `address`, waiting for the handshake until `deadline`: a non-blocking
    /// `connect(2)`, `poll` for writability, then `SO_ERROR` for the outcome. The socket has `TCP_NODELAY`.
    public static func connect(
        to address: SocketAddress, until deadline: Deadline, cancellation: CancellationSignal? = nil
    ) throws(SocketError) -> Socket {
        let connection = try open(family: address.family)
        do throws(SocketError) {
            let status = address.withSockaddr { Glibc.connect(connection.fileDescriptor, $0, $1) }
            var code = status == 0 ? 0 : errno
            // An interrupted connect goes on in the background (POSIX): wait for it like EINPROGRESS.
            if code == EINPROGRESS || code == EALREADY || code == EINTR {
                guard try connection.wait(forWriting: true, until: deadline, cancellation: cancellation) else {
                    throw .timedOut
                }
                code = connection.pendingError()
            }
            guard code == 0 else { throw .connectFailed(address: address.description, errno: code) }
            connection.disableNagle()
            return connection
        } catch {
            connection.close()
            throw error
        }
    }

    /// Connects to the first of `addresses` that accepts, in order, as `getaddrinfo` ranked them
    /// (RFC 6724). While more addresses remain, one attempt waits at most `attemptTimeout` seconds, so an
    /// unreachable IPv6 address does not use up the whole deadline. The last failure is thrown.
    public static func connect(
        toFirstOf addresses: [SocketAddress], until deadline: Deadline, attemptTimeout: TimeInterval = 10,
        cancellation: CancellationSignal? = nil
    ) throws(SocketError) -> Socket {
        var lastError = SocketError.connectFailed(address: "no address", errno: EADDRNOTAVAIL)
        for (index, address) in addresses.enumerated() {
            let isLast = index == addresses.count - 1
            let attemptDeadline = isLast ? deadline : deadline.earliest(.after(attemptTimeout))
            do throws(SocketError) {
                return try connect(to: address, until: attemptDeadline, cancellation: cancellation)
            } catch .timedOut where !isLast && !deadline.hasPassed {
                lastError = .connectFailed(address: address.description, errno: ETIMEDOUT)
            } catch .connectFailed(let failed, let code) {
                lastError = .connectFailed(address: failed, errno: code)
            } catch .failed(let call, let code) where call == "socket" && code == EAFNOSUPPORT {
                // No IPv6 (or IPv4) stack in this process's network namespace: try the next family.
                lastError = .failed(call: call, errno: code)
            } catch {
                throw error
            }
        }
        throw lastError
    }

    /// The socket's pending error (`SO_ERROR`), which says how a non-blocking connect ended; 0 for success.
    public func pendingError() -> Int32 {
        var value: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fileDescriptor, SOL_SOCKET, SO_ERROR, &value, &length) == 0 else { return errno }
        return value
    }

    // MARK: Reading and writing

    /// Waits until the socket is readable (or writable), the peer hung up, or the deadline passes.
    /// Returns false on timeout; throws `.cancelled` once `cancellation` has fired.
    public func wait(
        forWriting: Bool = false, until deadline: Deadline, cancellation: CancellationSignal? = nil
    ) throws(SocketError) -> Bool {
        var descriptors = [
            pollfd(fd: fileDescriptor, events: Int16(forWriting ? POLLOUT : POLLIN), revents: 0),
            pollfd(fd: cancellation?.fileDescriptor ?? -1, events: Int16(POLLIN), revents: 0),
        ]
        let count: nfds_t = cancellation == nil ? 1 : 2
        while true {
            let timeout = deadline.pollTimeout
            let ready = poll(&descriptors, count, timeout)
            if ready > 0 {
                if count == 2, descriptors[1].revents != 0 { throw .cancelled }
                return true
            }
            if ready == 0 {
                if deadline.hasPassed { return false }
                continue
            }
            let code = errno
            if code == EINTR { continue }
            throw .failed(call: "poll", errno: code)
        }
    }

    /// Reads what is available into `buffer`, waiting until `deadline` if nothing is.
    /// Returns the byte count, 0 when the peer closed its side.
    public func receive(
        into buffer: UnsafeMutableRawBufferPointer, until deadline: Deadline, cancellation: CancellationSignal? = nil
    ) throws(SocketError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = recv(fileDescriptor, base, buffer.count, 0)
            if count >= 0 { return count }
            let code = errno
            switch code {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                // A deadline already past (`.now`: only what has arrived) needs no poll to time out.
                if deadline.hasPassed { throw .timedOut }
                guard try wait(until: deadline, cancellation: cancellation) else { throw .timedOut }
            case ECONNRESET, ENOTCONN, EPIPE, ETIMEDOUT:
                throw .connectionReset
            default:
                throw .failed(call: "recv", errno: code)
            }
        }
    }

    /// Writes every byte, waiting for the peer to read when its window is full. The wait for each step
    /// of progress is bounded by `stallTimeout`, so a slow reader is fine but one that stops reading is not.
    public func send(_ bytes: UnsafeRawBufferPointer, stallTimeout: TimeInterval) throws(SocketError) {
        try send(bytes, deadlineForProgress: { .after(stallTimeout) }, cancellation: nil)
    }

    /// Writes every byte before `deadline`, waiting for the peer to read when its window is full.
    public func send(
        _ bytes: UnsafeRawBufferPointer, until deadline: Deadline, cancellation: CancellationSignal? = nil
    ) throws(SocketError) {
        try send(bytes, deadlineForProgress: { deadline }, cancellation: cancellation)
    }

    private func send(
        _ bytes: UnsafeRawBufferPointer, deadlineForProgress: () -> Deadline, cancellation: CancellationSignal?
    ) throws(SocketError) {
        guard var cursor = bytes.baseAddress else { return }
        var remaining = bytes.count
        var deadline = deadlineForProgress()
        while remaining > 0 {
            // MSG_NOSIGNAL: a closed peer gives EPIPE instead of SIGPIPE.
            let written = Glibc.send(fileDescriptor, cursor, remaining, Int32(MSG_NOSIGNAL))
            if written > 0 {
                cursor += written
                remaining -= written
                deadline = deadlineForProgress()
                continue
            }
            let code = written == 0 ? EAGAIN : errno
            switch code {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                guard try wait(forWriting: true, until: deadline, cancellation: cancellation) else { throw .timedOut }
            case EPIPE, ECONNRESET, ENOTCONN, ETIMEDOUT:
                throw .connectionReset
            default:
                throw .failed(call: "send", errno: code)
            }
        }
    }

    /// Whether a read would not block right now: input is waiting, or the peer closed or reset. For an
    /// idle keep-alive connection either means it cannot carry another request.
    public var isReadableNow: Bool {
        var descriptor = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) != 0
    }

    /// Reads and discards whatever is already buffered, without waiting.
    public func discardAvailableInput() {
        var scratch = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<64 {
            let count = scratch.withUnsafeMutableBytes { recv(fileDescriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count <= 0 { return }
        }
    }

    // MARK: Options and teardown

    /// Sets an integer socket option; `name` is for the error.
    public func setOption(_ level: Int32, _ option: Int32, to value: Int32, name: String) throws(SocketError) {
        var value = value
        guard setsockopt(fileDescriptor, level, option, &value, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw .failed(call: "setsockopt(\(name))", errno: errno)
        }
    }

    /// Sets `TCP_NODELAY`: small requests and responses go out at once instead of waiting for Nagle's
    /// algorithm (RFC 896) to collect more. Best effort.
    public func disableNagle() {
        try? setOption(Int32(IPPROTO_TCP), TCP_NODELAY, to: 1, name: "TCP_NODELAY")
    }

    /// Sets `O_NONBLOCK`; false when `fcntl(2)` fails.
    public func setNonBlocking() -> Bool {
        let flags = fcntl(fileDescriptor, F_GETFL, 0)
        return flags >= 0 && fcntl(fileDescriptor, F_SETFL, flags | O_NONBLOCK) == 0
    }

    /// Shuts down one or both directions; a thread blocked in `poll` on this socket wakes up.
    /// Safe from another thread as long as the descriptor is still open.
    public func shutdown(reading: Bool = true, writing: Bool = true) {
        let how: Int32
        switch (reading, writing) {
        case (true, true): how = Int32(SHUT_RDWR)
        case (true, false): how = Int32(SHUT_RD)
        case (false, true): how = Int32(SHUT_WR)
        case (false, false): return
        }
        _ = Glibc.shutdown(fileDescriptor, how)
    }

    /// Closes the descriptor. Only the thread that owns the socket may do this (descriptors are reused).
    public func close() {
        // Linux releases the descriptor even when close is interrupted, so EINTR must not be retried.
        _ = Glibc.close(fileDescriptor)
    }
}
