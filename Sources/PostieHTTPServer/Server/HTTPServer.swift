import Glibc
import Foundation

/// An HTTP/1.1 server on POSIX sockets, a small pool of worker threads on `epoll`, calling a handler for
/// each request.
///
/// ```swift
/// let server = HTTPServer { request in .text("hello \(request.path)") }
/// let port = try server.start()   // accepting when it returns
/// defer { server.stop() }
/// ```
///
/// Threads: one accept loop, and workers (`ConnectionDispatcher`) that take each connection when it is
/// readable, read, parse, run the handler and write, then park it until its next request. A slow
/// handler holds only its own connection: another worker is started when every one is held. Connections
/// beyond `maxConnections` are accepted and answered 503. The server never trusts a byte it receives: malformed or oversized
/// requests get a 4xx/5xx JSON answer and the connection is closed; the next client is unaffected.
///
/// Protocol decisions (RFC 9112 unless noted):
/// - HTTP/1.0 and 1.1 are served; a major version of 2 or more (the HTTP/2 preface too) gets 505.
/// - An HTTP/1.1 request without `Host`, or any with two, gets 400 (§3.2).
/// - obs-fold, whitespace before a colon, bare CR: 400. Bare LF line endings are accepted (§2.2).
/// - `Content-Length` must be digits; identical repeats are accepted, different ones get 400 (§6.3).
/// - `Transfer-Encoding: chunked` is the only coding; others get 501 (§6.1). With `Content-Length` too,
///   chunked wins and the connection closes after the response (§6.3).
/// - `Expect: 100-continue` gets `100 Continue` once the head is accepted; other expectations get 417.
/// - Responses are always `HTTP/1.1`; the server never adds `WWW-Authenticate`.
public final class HTTPServer: @unchecked Sendable {
    /// Where to listen, size limits and timeouts.
    public struct Configuration: Sendable {
        /// The address to listen on: an IPv4 or IPv6 literal (`127.0.0.1`, `0.0.0.0`, `::1`) or `localhost`.
        public var host: String
        /// The port; 0 picks a free one, which `start()` returns.
        public var port: Int
        /// The most bytes of request line and header fields; beyond is answered 431.
        public var maxHeaderBytes: Int
        /// The largest request body; beyond is answered 413 (from `Content-Length` before reading, and
        /// while reading a chunked body).
        public var maxBodyBytes: Int
        /// Seconds a keep-alive connection may wait for its next request before it is closed.
        public var idleTimeout: TimeInterval
        /// Seconds from the first byte of a request until all of it (head and body) has arrived; beyond is
        /// answered 408 and the connection closed. The defence against clients that trickle bytes.
        public var requestTimeout: TimeInterval
        /// Seconds a response write may wait for the client to read before the connection is dropped.
        public var writeTimeout: TimeInterval
        /// The most open connections; at the limit the longest-idle one is closed to make room, and when
        /// every one is busy new ones are answered 503 and closed.
        public var maxConnections: Int
        /// Seconds `stop()` lets requests in progress finish before cutting their connections.
        public var shutdownGracePeriod: TimeInterval

        /// A configuration; every parameter has the default documented on its property.
        public init(
            host: String = "127.0.0.1", port: Int = 0, maxHeaderBytes: Int = 64 * 1024,
            maxBodyBytes: Int = 64 * 1024 * 1024, idleTimeout: TimeInterval = 30, requestTimeout: TimeInterval = 15,
            writeTimeout: TimeInterval = 30, maxConnections: Int = 1024, shutdownGracePeriod: TimeInterval = 2
        ) {
            self.host = host
            self.port = port
            self.maxHeaderBytes = maxHeaderBytes
            self.maxBodyBytes = maxBodyBytes
            self.idleTimeout = idleTimeout
            self.requestTimeout = requestTimeout
            self.writeTimeout = writeTimeout
            self.maxConnections = maxConnections
            self.shutdownGracePeriod = shutdownGracePeriod
        }
    }

    /// Stack size of connection threads: the handler runs there, so leave room for a debug build's frames.
    static let connectionStackSize = 1024 * 1024
    /// Bound on how long `stop()` waits for the accept loop to exit.
    static let acceptLoopJoinTimeout: TimeInterval = 5

    private enum Phase {
        case ready
        case running(wakeRead: Int32, wakeWrite: Int32, acceptLoopFinished: DispatchSemaphore, dispatcher: ConnectionDispatcher)
        case stopped
    }

    /// The configuration the server was made with.
    public let configuration: Configuration
    private let handler: HTTPHandler
    private let registry = ConnectionRegistry()
    private let lock = NSLock()
    private var phase = Phase.ready
    private var boundPort = 0

    /// A server that will call `handler` for every request once started.
    public init(configuration: Configuration = .init(), handler: @escaping HTTPHandler) {
        self.configuration = configuration
        self.handler = handler
    }

    deinit {
        stop()
    }

    /// The port being listened on (the real one when configured with 0); 0 before `start()`, kept after `stop()`.
    public var port: Int {
        lock.lock()
        defer { lock.unlock() }
        return boundPort
    }

    /// How many connections are open now.
    public var activeConnectionCount: Int {
        registry.count
    }

    /// How many open connections wait for a request with no response owed.
    public var idleConnectionCount: Int { registry.idleCount }

    /// Binds, listens and starts the accept loop; returns the port. Connections are accepted (queued by
    /// the kernel at least) as soon as this returns.
    @discardableResult
    public func start() throws(HTTPServerError) -> Int {
        lock.lock()
        defer { lock.unlock() }
        guard case .ready = phase else { throw .alreadyStarted }
        _ = Socket.ignoreBrokenPipeSignal

        let listener = try Socket.listen(host: configuration.host, port: configuration.port)
        let port: Int
        do {
            port = try listener.localPort()
        } catch {
            listener.close()
            throw error
        }
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else {
            let code = errno
            listener.close()
            throw .acceptLoopFailed(errno: code)
        }
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let processors = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        guard let dispatcher = ConnectionDispatcher(baseWorkers: max(2, processors), maxWorkers: configuration.maxConnections + 1)
        else {
            let code = errno
            listener.close()
            close(pipeEnds[0])
            close(pipeEnds[1])
            throw .acceptLoopFailed(errno: code)
        }
        let finished = DispatchSemaphore(value: 0)
        let loop = AcceptLoop(
            listener: listener, wakeRead: pipeEnds[0], configuration: configuration, handler: handler,
            registry: registry, dispatcher: dispatcher)
        var status = dispatcher.start()
        if status == 0 {
            status = ThreadLauncher.detach(stackSize: 256 * 1024) {
                loop.run()
                finished.signal()
            }
        }
        guard status == 0 else {
            dispatcher.beginStopping()
            listener.close()
            close(pipeEnds[0])
            close(pipeEnds[1])
            throw .acceptLoopFailed(errno: status)
        }
        phase = .running(wakeRead: pipeEnds[0], wakeWrite: pipeEnds[1], acceptLoopFinished: finished, dispatcher: dispatcher)
        boundPort = port
        return port
    }

    /// Stops the server and waits (bounded) for its threads.
    ///
    /// 1. The listening socket is closed: new connections are refused.
    /// 2. Idle keep-alive connections are closed at once; requests in progress get `shutdownGracePeriod`
    ///    to finish (their responses say `Connection: close`), then their sockets are shut down.
    /// 3. Returns once every connection thread has ended, or after about one more second if a handler is
    ///    still stuck. Calling it again, or from `deinit`, does nothing more.
    public func stop() {
        lock.lock()
        guard case .running(let wakeRead, let wakeWrite, let acceptLoopFinished, let dispatcher) = phase else {
            if case .ready = phase { phase = .stopped }
            lock.unlock()
            return
        }
        phase = .stopped
        lock.unlock()

        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
        if acceptLoopFinished.wait(timeout: .now() + Self.acceptLoopJoinTimeout) == .success {
            close(wakeRead)
            close(wakeWrite)
        }
        registry.beginStopping()
        dispatcher.beginStopping()
        if !registry.waitUntilEmpty(timeout: configuration.shutdownGracePeriod) {
            registry.shutdownAll()
            _ = registry.waitUntilEmpty(timeout: 1)
        }
    }
}

/// The accept loop: waits on the listening socket and a wake-up pipe, hands each connection a thread.
private struct AcceptLoop: Sendable {
    let listener: Socket
    let wakeRead: Int32
    let configuration: HTTPServer.Configuration
    let handler: HTTPHandler
    let registry: ConnectionRegistry
    let dispatcher: ConnectionDispatcher

    /// Runs until `stop()` writes to the pipe; closes the listening socket on the way out.
    func run() {
        defer { listener.close() }
        var descriptors = [
            pollfd(fd: listener.fileDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            descriptors[0].revents = 0
            descriptors[1].revents = 0
            let ready = poll(&descriptors, 2, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                if !pause(milliseconds: 50) { return }  // ENOMEM and the like: retry shortly
                continue
            }
            if descriptors[1].revents != 0 { return }
            if descriptors[0].revents & Int16(POLLNVAL) != 0 { return }
            if descriptors[0].revents != 0, !acceptPending() { return }
        }
    }

    /// Accepts what is queued; false when the loop should end.
    private func acceptPending() -> Bool {
        for _ in 0..<128 {
            switch listener.accept() {
            case .connection(let socket, let remoteAddress):
                admit(socket, remoteAddress: remoteAddress)
            case .nothing:
                return true
            case .exhausted:
                // Out of descriptors: the connection stays queued and poll would report it again at once.
                return pause(milliseconds: 50)
            case .failed:
                return pause(milliseconds: 50)
            }
        }
        return true
    }

    private func admit(_ socket: Socket, remoteAddress: String) {
        guard let id = registry.register(socket, limit: max(1, configuration.maxConnections)) else {
            refuse(socket)
            socket.close()
            return
        }
        let connection = HTTPConnection(
            socket: socket, id: id, remoteAddress: remoteAddress, configuration: configuration, handler: handler,
            registry: registry)
        // Waiting for its first request, none owed: idle, like a parked keep-alive connection.
        if !registry.markIdle(id) || !dispatcher.add(connection) {
            refuse(socket)
            registry.finish(id, socket: socket)
        }
    }

    /// Answers 503 without waiting for anything: the accept loop must not block on one client.
    private func refuse(_ socket: Socket) {
        let response = HTTPResponseSerializer.errorResponse(status: 503, message: "the server is at its connection limit")
        let serialized = HTTPResponseSerializer.serialize(response, method: "GET", minorVersion: 1, keepAlive: false)
        var bytes = serialized.head
        if case .data(let data) = serialized.body { bytes.append(contentsOf: data) }
        socket.discardAvailableInput()
        var output = ResponseOutput(socket: socket, stallTimeout: 0, budget: nil)
        output.write(bytes)
        socket.shutdown(reading: false, writing: true)
        socket.discardAvailableInput()
    }

    /// Waits on the wake-up pipe only; false when it says stop.
    private func pause(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) <= 0
    }
}
