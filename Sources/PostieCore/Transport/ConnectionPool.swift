import Foundation
import PostieSockets
import PostieTLS

/// One open TCP connection to a server (or a proxy), owned by one request at a time.
///
/// It closes its socket when released, so a connection dropped on any path cannot leak a descriptor.
final class ClientConnection: @unchecked Sendable {
    /// Bytes asked of each `recv`.
    static let readChunkBytes = 64 * 1024

    let socket: Socket
    /// The TLS session over `socket`, for `https://`; nil for plain HTTP.
    let tls: TLSStream?
    /// Requests completed on this connection; above 0 it came from the pool.
    var completedRequests = 0
    /// Reused for every read on this connection.
    let readBuffer: UnsafeMutableRawBufferPointer

    init(socket: Socket, tls: TLSStream? = nil) {
        self.socket = socket
        self.tls = tls
        self.readBuffer = .allocate(byteCount: Self.readChunkBytes, alignment: 16)
    }

    deinit {
        tls?.shutdown()
        socket.close()
        readBuffer.deallocate()
    }

    /// How reading or writing failed: on the socket, or in TLS above it.
    enum IOError: Error {
        case socket(SocketError)
        case tls(TLSError)
    }

    /// Reads what is available (decrypted under TLS) into `readBuffer`; 0 at the end of input.
    func receive(until deadline: Deadline, cancellation: CancellationSignal?) throws(IOError) -> Int {
        if let tls {
            do throws(TLSError) {
                return try tls.receive(into: readBuffer, until: deadline, cancellation: cancellation)
            } catch {
                if case .io(let socketError) = error { throw .socket(socketError) }
                throw .tls(error)
            }
        }
        do throws(SocketError) {
            return try socket.receive(into: readBuffer, until: deadline, cancellation: cancellation)
        } catch {
            throw .socket(error)
        }
    }

    /// Writes every byte (encrypted under TLS).
    func send(_ bytes: UnsafeRawBufferPointer, until deadline: Deadline, cancellation: CancellationSignal?) throws(IOError) {
        if let tls {
            do throws(TLSError) {
                try tls.send(bytes, until: deadline, cancellation: cancellation)
                return
            } catch {
                if case .io(let socketError) = error { throw .socket(socketError) }
                throw .tls(error)
            }
        }
        do throws(SocketError) {
            try socket.send(bytes, until: deadline, cancellation: cancellation)
        } catch {
            throw .socket(error)
        }
    }

    /// Whether an idle connection can carry another request.
    var isReusable: Bool {
        if let tls { return tls.isReusable }
        return !socket.isReadableNow
    }
}

/// Idle keep-alive connections, keyed by where they lead (scheme, host and port, or the proxy's).
///
/// Sequential requests are the main case, so a few idle connections per key are kept, the most recent
/// first out. Before one is handed out it is checked without waiting: a connection with input
/// waiting or closed by the server while idle is dropped. Thread-safe.
final class ConnectionPool: @unchecked Sendable {
    /// Where a connection leads.
    struct Key: Hashable, Sendable {
        var scheme: String
        var host: String
        var port: Int
        /// Whether it leads to a forward proxy (one connection then serves every origin).
        var viaProxy: Bool
        /// The TLS configuration of an `https` connection (verification, client certificate, versions):
        /// connections made under one are not handed to a request that wants another.
        var tls: TLSClientConfiguration? = nil
    }

    let maximumIdlePerKey: Int
    let maximumIdle: Int
    private let lock = NSLock()
    private var idle: [Key: [ClientConnection]] = [:]
    private var idleCount = 0
    private var closed = false

    init(maximumIdlePerKey: Int = 4, maximumIdle: Int = 32) {
        self.maximumIdlePerKey = max(0, maximumIdlePerKey)
        self.maximumIdle = max(0, maximumIdle)
    }

    /// An idle connection for `key` that still looks usable, or nil.
    func checkOut(_ key: Key) -> ClientConnection? {
        while true {
            let candidate: ClientConnection? = lock.withLock {
                // Popped in place (a copy of the list would be made and freed for every request); an
                // emptied list stays for the connection checked in next.
                guard let last = idle[key]?.popLast() else { return nil }
                idleCount -= 1
                return last
            }
            guard let candidate else { return nil }
            // An idle connection has nothing to say: readable means closed (EOF, reset) or broken (TLS
            // session tickets excepted: `isReusable` reads them).
            if candidate.isReusable { return candidate }
        }
    }

    /// Keeps `connection` for the next request to `key`, unless the pool is full or closed (then it is
    /// released and closes).
    func checkIn(_ connection: ClientConnection, for key: Key) {
        lock.withLock {
            guard !closed, idleCount < maximumIdle, idle[key, default: []].count < maximumIdlePerKey else { return }
            idle[key, default: []].append(connection)
            idleCount += 1
        }
    }

    /// Closes every idle connection and keeps no more.
    func close() {
        let dropped = lock.withLock {
            closed = true
            idleCount = 0
            defer { idle = [:] }
            return idle
        }
        _ = dropped  // released here, outside the lock: each closes its socket
    }

    /// How many idle connections are kept.
    var count: Int {
        lock.withLock { idleCount }
    }
}
