import CEpoll
import Glibc
import Foundation

/// Serves connections on a small pool of worker threads waiting on one `epoll` set, instead of a thread
/// per connection: a parked connection (between requests) costs a descriptor and its parser, not a
/// thread and its stack, and a busy server switches threads far less.
///
/// - Each parked connection is in the set once (`EPOLLONESHOT`): the worker that takes its event owns
///   it until it parks it again, so no two workers ever serve one connection. Events carry the
///   connection's id, never its descriptor, so an event for a connection closed meanwhile is ignored.
/// - A worker serves one connection at a time, requests back to back, while bytes keep arriving.
/// - A handler may be slow (fault latency, a large upload): a watchdog adds a worker whenever every
///   worker has been inside one request for longer than `stuckAfter`, so a slow request holds only its
///   own connection, as with a thread per connection. Workers beyond the first `baseWorkers` leave after
///   `spareWorkerLifetime` without work. At most `maxConnections + 1` workers ever run.
/// - The watchdog also closes parked connections whose idle deadline has passed.
final class ConnectionDispatcher: @unchecked Sendable {
    /// How long every worker must have been inside one request before another is started.
    static let stuckAfter: Double = 0.02
    /// How often the watchdog looks at the workers and the parked connections.
    static let watchdogInterval: UInt32 = 10_000  // microseconds
    /// Seconds a worker beyond the base pool waits for work before it leaves.
    static let spareWorkerLifetime: Int32 = 2_000  // milliseconds

    private let epoll: Int32
    private let baseWorkers: Int
    private let maxWorkers: Int
    private let lock = NSLock()
    private var parked: [Int: HTTPConnection] = [:]
    /// Per running worker: when it started serving its current connection, nil while it waits.
    private var busySince: [Int: Deadline?] = [:]
    private var nextWorkerID = 0
    /// Threads still running (workers and the watchdog); the last one out closes the epoll set.
    private var threadsRunning = 0
    private var stopping = false

    /// A dispatcher with its epoll set; nil when the kernel refuses one. Threads start with `start()`.
    init?(baseWorkers: Int, maxWorkers: Int) {
        epoll = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epoll >= 0 else { return nil }
        self.baseWorkers = max(1, baseWorkers)
        self.maxWorkers = max(self.baseWorkers, maxWorkers)
    }

    /// Starts the base workers and the watchdog; returns 0 or the `pthread_create` error number.
    func start() -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        for _ in 0..<baseWorkers {
            let status = startWorker()
            if status != 0 { return status }
        }
        threadsRunning += 1
        let status = ThreadLauncher.detach(stackSize: 256 * 1024) { self.watch() }
        if status != 0 { threadsRunning -= 1 }
        return status
    }

    /// Hands a connection over to be served as soon as it is readable; false if the set refused it.
    func add(_ connection: HTTPConnection) -> Bool {
        park(connection, firstTime: true)
    }

    /// Lets the workers and the watchdog end once no connection is left.
    func beginStopping() {
        lock.lock()
        stopping = true
        lock.unlock()
    }

    // MARK: Parking

    /// The map entry and the epoll registration change together, under the lock: the watchdog may
    /// close an expired connection only while it is parked, so its descriptor is never re-armed after.
    private func park(_ connection: HTTPConnection, firstTime: Bool) -> Bool {
        var event = epoll_event()
        event.events = EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLONESHOT.rawValue
        event.data.u64 = UInt64(connection.id)
        let operation = firstTime ? EPOLL_CTL_ADD : EPOLL_CTL_MOD
        lock.lock()
        defer { lock.unlock() }
        parked[connection.id] = connection
        guard epoll_ctl(epoll, operation, connection.socket.fileDescriptor, &event) == 0 else {
            parked[connection.id] = nil
            return false
        }
        return true
    }

    /// Takes a parked connection for serving; nil when it is gone (expired, or never parked).
    private func take(_ id: Int, worker: Int) -> HTTPConnection? {
        lock.lock()
        defer { lock.unlock() }
        guard let connection = parked.removeValue(forKey: id) else { return nil }
        busySince[worker] = .some(.now)
        return connection
    }

    // MARK: Workers

    /// Must hold `lock`.
    private func startWorker() -> Int32 {
        nextWorkerID += 1
        let worker = nextWorkerID
        busySince[worker] = .some(nil)
        threadsRunning += 1
        let status = ThreadLauncher.detach(stackSize: HTTPServer.connectionStackSize) { self.work(worker) }
        if status != 0 {
            busySince[worker] = nil
            threadsRunning -= 1
        }
        return status
    }

    private func work(_ worker: Int) {
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: HTTPConnection.readChunkBytes, alignment: 16)
        defer {
            scratch.deallocate()
            leave(worker)
        }
        var event = epoll_event()
        while true {
            let spare = worker > baseWorkers
            let ready = epoll_wait(epoll, &event, 1, spare ? Self.spareWorkerLifetime : 250)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if ready == 0 {
                lock.lock()
                let done = (stopping && parked.isEmpty) || (spare && !stopping)
                lock.unlock()
                if done { return }
                continue
            }
            guard let connection = take(Int(event.data.u64), worker: worker) else { continue }
            let progress = connection.serve(scratch: scratch)
            lock.lock()
            busySince[worker] = .some(nil)
            lock.unlock()
            if progress == .waiting, !park(connection, firstTime: false) { connection.expire() }
        }
    }

    private func leave(_ worker: Int) {
        lock.lock()
        busySince[worker] = nil
        let last = leaveThread()
        lock.unlock()
        if last { close(epoll) }
    }

    /// Must hold `lock`; whether this was the last thread.
    private func leaveThread() -> Bool {
        threadsRunning -= 1
        return threadsRunning == 0
    }

    // MARK: Watchdog

    private func watch() {
        var sweepCountdown = 0
        while true {
            usleep(Self.watchdogInterval)
            lock.lock()
            if stopping && parked.isEmpty {
                let last = leaveThread()
                lock.unlock()
                if last { close(epoll) }
                return
            }
            let now = Deadline.now
            let stuck = busySince.values.allSatisfy { since in
                guard let since else { return false }
                return now.milliseconds(since: since) >= Self.stuckAfter * 1000
            }
            if stuck, busySince.count < maxWorkers { _ = startWorker() }
            var expired: [HTTPConnection] = []
            sweepCountdown -= 1
            if sweepCountdown <= 0 {
                sweepCountdown = 25
                for (id, connection) in parked where connection.idleDeadline <= now {
                    parked[id] = nil
                    _ = epoll_ctl(epoll, EPOLL_CTL_DEL, connection.socket.fileDescriptor, nil)
                    expired.append(connection)
                }
            }
            lock.unlock()
            for connection in expired { connection.expire() }
        }
    }
}
