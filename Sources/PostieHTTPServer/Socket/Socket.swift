import Glibc
import Foundation

/// Why an I/O call on a connected socket failed.
enum SocketError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The deadline passed before the socket became ready.
    case timedOut
    /// The peer reset or closed the connection (`ECONNRESET`, `EPIPE`).
    case connectionReset
    /// A system call failed with this `errno`.
    case failed(call: String, errno: Int32)

    var description: String {
        switch self {
        case .timedOut: return "timed out"
        case .connectionReset: return "connection reset by peer"
        case .failed(let call, let code): return "\(call) failed: \(HTTPServerError.explain(code))"
        }
    }
}

/// A TCP socket file descriptor and the POSIX calls on it, knowing nothing of HTTP.
///
/// A `Socket` is a plain value: it does not close itself. Connected sockets are non-blocking; reads and
/// writes wait with `poll(2)` until a `Deadline`, retry on `EINTR`, and finish partial writes.
struct Socket: Sendable, Hashable {
    let fileDescriptor: Int32

    /// Ignore `SIGPIPE` process-wide, once: a write to a closed peer must fail with `EPIPE`, not kill us.
    /// (`send` also passes `MSG_NOSIGNAL`; this covers any other write path.)
    static let ignoreBrokenPipeSignal: Void = {
        _ = signal(SIGPIPE, SIG_IGN)
    }()

    // MARK: Listening

    /// Creates a non-blocking listening socket with `SO_REUSEADDR` bound to `host:port`.
    static func listen(host: String, port: Int, backlog: Int32 = SOMAXCONN) throws(HTTPServerError) -> Socket {
        let address = try SocketAddress.resolve(host: host, port: port)
        let descriptor = socket(address.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .socketFailed(errno: errno) }
        let listener = Socket(fileDescriptor: descriptor)
        do throws(HTTPServerError) {
            try listener.setOption(SOL_SOCKET, SO_REUSEADDR, 1, name: "SO_REUSEADDR")
            let bound = address.withSockaddr { bind(descriptor, $0, $1) }
            if bound != 0 {
                let code = errno
                if code == EADDRINUSE { throw .addressInUse(host: host, port: port) }
                throw .bindFailed(host: host, port: port, errno: code)
            }
            guard Glibc.listen(descriptor, backlog) == 0 else { throw .listenFailed(errno: errno) }
            guard listener.setNonBlocking() else { throw .listenFailed(errno: errno) }
            return listener
        } catch {
            listener.close()
            throw error
        }
    }

    /// The port the socket is bound to, read back with `getsockname(2)` (the real one after binding port 0).
    func localPort() throws(HTTPServerError) -> Int {
        var address = SocketAddress()
        guard address.fill({ getsockname(fileDescriptor, $0, $1) }) == 0 else { throw .listenFailed(errno: errno) }
        return address.port
    }

    /// What one `accept(2)` produced.
    enum AcceptResult {
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
    func accept() -> AcceptResult {
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
        // Small responses go out at once instead of waiting for Nagle's algorithm; best effort.
        try? connection.setOption(Int32(IPPROTO_TCP), TCP_NODELAY, 1, name: "TCP_NODELAY")
        return .connection(connection, remoteAddress: address.description)
    }

    // MARK: Reading and writing

    /// Waits until the socket is readable (or writable), the peer hung up, or the deadline passes.
    /// Returns false on timeout.
    func wait(forWriting: Bool = false, until deadline: Deadline) throws(SocketError) -> Bool {
        var descriptor = pollfd(fd: fileDescriptor, events: Int16(forWriting ? POLLOUT : POLLIN), revents: 0)
        while true {
            let timeout = deadline.pollTimeout
            let ready = poll(&descriptor, 1, timeout)
            if ready > 0 { return true }
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
    func receive(into buffer: UnsafeMutableRawBufferPointer, until deadline: Deadline) throws(SocketError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = recv(fileDescriptor, base, buffer.count, 0)
            if count >= 0 { return count }
            let code = errno
            switch code {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                guard try wait(until: deadline) else { throw .timedOut }
            case ECONNRESET, ENOTCONN, EPIPE, ETIMEDOUT:
                throw .connectionReset
            default:
                throw .failed(call: "recv", errno: code)
            }
        }
    }

    /// Writes every byte, waiting for the peer to read when its window is full. The wait for each step
    /// of progress is bounded by `stallTimeout`, so a slow reader is fine but one that stops reading is not.
    func send(_ bytes: UnsafeRawBufferPointer, stallTimeout: TimeInterval) throws(SocketError) {
        guard var cursor = bytes.baseAddress else { return }
        var remaining = bytes.count
        var deadline = Deadline.after(stallTimeout)
        while remaining > 0 {
            // MSG_NOSIGNAL: a closed peer gives EPIPE instead of SIGPIPE.
            let written = Glibc.send(fileDescriptor, cursor, remaining, Int32(MSG_NOSIGNAL))
            if written > 0 {
                cursor += written
                remaining -= written
                deadline = Deadline.after(stallTimeout)
                continue
            }
            let code = written == 0 ? EAGAIN : errno
            switch code {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                guard try wait(forWriting: true, until: deadline) else { throw .timedOut }
            case EPIPE, ECONNRESET, ENOTCONN, ETIMEDOUT:
                throw .connectionReset
            default:
                throw .failed(call: "send", errno: code)
            }
        }
    }

    /// Reads and discards whatever is already buffered, without waiting.
    func discardAvailableInput() {
        var scratch = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<64 {
            let count = scratch.withUnsafeMutableBytes { recv(fileDescriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count <= 0 { return }
        }
    }

    // MARK: Options and teardown

    /// Sets an integer socket option.
    func setOption(_ level: Int32, _ option: Int32, _ value: Int32, name: String) throws(HTTPServerError) {
        var value = value
        guard setsockopt(fileDescriptor, level, option, &value, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw .socketOptionFailed(option: name, errno: errno)
        }
    }

    /// Sets `O_NONBLOCK`; false when `fcntl(2)` fails.
    func setNonBlocking() -> Bool {
        let flags = fcntl(fileDescriptor, F_GETFL, 0)
        return flags >= 0 && fcntl(fileDescriptor, F_SETFL, flags | O_NONBLOCK) == 0
    }

    /// Shuts down one or both directions; a thread blocked in `poll` on this socket wakes up.
    /// Safe from another thread as long as the descriptor is still open.
    func shutdown(reading: Bool = true, writing: Bool = true) {
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
    func close() {
        // Linux releases the descriptor even when close is interrupted, so EINTR must not be retried.
        _ = Glibc.close(fileDescriptor)
    }
}
