import Glibc
import Foundation

/// The server's open connections, so that `stop()` can wake idle ones and wait for all of them.
///
/// A connection's socket is shut down from here only while it is registered, and its own thread
/// unregisters it before closing the descriptor, so a shutdown never hits a reused descriptor.
final class ConnectionRegistry: @unchecked Sendable {
    private struct Entry {
        let socket: Socket
        /// Waiting for the first byte of a request, with no response owed.
        var idle: Bool
    }

    private let lock = NSLock()
    private var entries: [Int: Entry] = [:]
    private var nextID = 0
    /// Idle connections shut down to make room, until their threads finish them.
    private var evicting: Set<Int> = []
    private var stopping = false
    private let threads = DispatchGroup()

    /// How many connections are open.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }

    /// How many connections are idle.
    var idleCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.values.count { $0.idle }
    }

    /// Whether `stop()` has begun: responses say `Connection: close` and idle connections end.
    var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    /// Registers a new connection, or returns nil when `limit` connections are open and busy, or the
    /// server is stopping. At the limit the longest-idle connection (waiting for a request, none owed)
    /// is shut down to make room, as a server may close an idle connection at any time (RFC 9112
    /// §9.5): a client holding many idle sockets cannot lock everyone else out.
    func register(_ socket: Socket, limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !stopping else { return nil }
        if entries.count - evicting.count >= limit {
            guard let oldest = entries.filter({ $0.value.idle && !evicting.contains($0.key) }).keys.min() else { return nil }
            evicting.insert(oldest)
            entries[oldest]?.socket.shutdown()
        }
        nextID += 1
        entries[nextID] = Entry(socket: socket, idle: false)
        threads.enter()
        return nextID
    }

    /// Unregisters a connection and closes its socket; its thread's last act.
    func finish(_ id: Int, socket: Socket) {
        lock.lock()
        entries.removeValue(forKey: id)
        evicting.remove(id)
        lock.unlock()
        socket.close()
        threads.leave()
    }

    /// Marks the connection as waiting for a request; false when the server is stopping and it should close.
    func markIdle(_ id: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !stopping else { return false }
        entries[id]?.idle = true
        return true
    }

    /// Marks the connection as reading or serving a request.
    func markBusy(_ id: Int) {
        lock.lock()
        defer { lock.unlock() }
        entries[id]?.idle = false
    }

    /// Refuses new connections and wakes the idle ones so that they close.
    func beginStopping() {
        lock.lock()
        defer { lock.unlock() }
        stopping = true
        for entry in entries.values where entry.idle { entry.socket.shutdown() }
    }

    /// Shuts down every connection, busy or not: their next read or write fails and their threads end.
    func shutdownAll() {
        lock.lock()
        defer { lock.unlock() }
        for entry in entries.values { entry.socket.shutdown() }
    }

    /// Waits until every connection thread has finished; false on timeout.
    func waitUntilEmpty(timeout: TimeInterval) -> Bool {
        threads.wait(timeout: .now() + max(0, timeout)) == .success
    }
}

/// Starts detached POSIX threads with a chosen stack size, reporting failure instead of trapping.
enum ThreadLauncher {
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Runs `body` on a new detached thread; returns 0 or the `pthread_create` error number.
    static func detach(stackSize: Int, _ body: @escaping @Sendable () -> Void) -> Int32 {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        pthread_attr_setstacksize(&attributes, max(stackSize, Int(PTHREAD_STACK_MIN)))
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { context in
            guard let context else { return nil }
            Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, context)
        if status != 0 { Unmanaged<Body>.fromOpaque(context).release() }
        return status
    }
}
