import Glibc
import Foundation

/// One accepted connection: read, parse, call the handler, write, repeat, on whichever worker of the
/// server's `ConnectionDispatcher` took it, until no request is under way and nothing more has arrived;
/// then it is parked until it is readable again.
///
/// Every wait is a `poll` with a deadline, so timeouts need no extra thread:
/// - waiting for the first byte of a request (parked): `idleTimeout` (for the first request, also no
///   later than `requestTimeout` after the accept), enforced by the dispatcher;
/// - from the first byte until the whole request (head and body) is in: `requestTimeout`, then 408;
/// - writing: each step of progress within `writeTimeout`.
final class HTTPConnection {
    /// Bytes asked of each `recv`.
    static let readChunkBytes = 64 * 1024
    /// A response body up to this size is written in the same buffer as the head: one segment.
    static let inlineBodyBytes = 16 * 1024
    /// After an error response or `Connection: close`, input is drained this long (and at most
    /// `maxLingerBytes`) so that the kernel does not answer unread bytes with a reset that would destroy
    /// the response before the client reads it (RFC 9112 §9.6).
    static let lingerSeconds: TimeInterval = 1
    static let maxLingerBytes = 1 << 20

    private static let continueLine = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// What the connection does once `serve` returns.
    enum Progress {
        /// It waits for its next request: park it until it is readable or `idleDeadline` passes.
        case waiting
        /// It has ended: unregistered and closed.
        case finished
    }

    let socket: Socket
    let id: Int
    private let configuration: HTTPServer.Configuration
    private let handler: HTTPHandler
    private let registry: ConnectionRegistry
    private var parser: HTTPRequestParser
    /// The worker's read buffer, lent for one `serve`.
    private var scratch = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    private var firstRequest = true
    /// The first request's clock starts at the accept: a client that connects must get on with it.
    private var requestDeadline: Deadline?
    /// When a parked connection is closed if nothing arrives.
    private(set) var idleDeadline: Deadline

    init(
        socket: Socket, id: Int, remoteAddress: String, configuration: HTTPServer.Configuration,
        handler: @escaping HTTPHandler, registry: ConnectionRegistry
    ) {
        self.socket = socket
        self.id = id
        self.configuration = configuration
        self.handler = handler
        self.registry = registry
        self.parser = HTTPRequestParser(
            limits: .init(maxHeaderBytes: configuration.maxHeaderBytes, maxBodyBytes: configuration.maxBodyBytes),
            remoteAddress: remoteAddress)
        let requestDeadline = Deadline.after(configuration.requestTimeout)
        self.requestDeadline = requestDeadline
        self.idleDeadline = Deadline.after(configuration.idleTimeout).earliest(requestDeadline)
    }

    /// Serves every request that has arrived, reading without waiting between requests (the dispatcher
    /// waits for all parked connections at once) and with the request deadline inside one.
    func serve(scratch: UnsafeMutableRawBufferPointer) -> Progress {
        self.scratch = scratch
        defer { self.scratch = UnsafeMutableRawBufferPointer(start: nil, count: 0) }
        guard serveAvailable() else {
            registry.finish(id, socket: socket)
            return .finished
        }
        return .waiting
    }

    /// Closes a parked connection whose idle deadline has passed: an idle keep-alive connection just
    /// closes (RFC 9112 §9.5).
    func expire() {
        registry.finish(id, socket: socket)
    }

    /// Returns true to be parked, false when the connection has ended.
    private func serveAvailable() -> Bool {
        // The dispatcher hands the connection over when it is readable: read at once. After answering
        // everything that arrived, park without another read: the re-armed (level-triggered) event
        // reports bytes that came meanwhile, so an empty `recv` per request is saved.
        var mayHaveInput = true
        while true {
            // Serve every complete request already buffered, in order (pipelining, RFC 9112 §9.3.2).
            do {
                while let event = try parser.next() {
                    switch event {
                    case .head(let head):
                        // RFC 9110 §10.1.1: the head is acceptable (limits were checked while parsing it),
                        // so invite the body, unless the client has already started sending it.
                        if head.expectsContinue, parser.bufferedByteCount == 0 {
                            var output = ResponseOutput(socket: socket, stallTimeout: configuration.writeTimeout, budget: nil)
                            guard output.write(Self.continueLine) else { return false }
                        }
                    case .request(let request, let head):
                        firstRequest = false
                        guard respond(to: request, head: head) else { return false }
                        requestDeadline = nil
                    }
                }
            } catch {
                answer(status: error.status, message: error.description)
                return false
            }

            let waitingForRequest = !parser.isInsideRequest
            let deadline: Deadline
            if waitingForRequest {
                guard registry.markIdle(id) else { return false }  // stopping
                let idle = Deadline.after(configuration.idleTimeout)
                idleDeadline = firstRequest ? idle.earliest(requestDeadline ?? idle) : idle
                guard mayHaveInput else { return true }
                deadline = .now  // only what has arrived: the dispatcher waits for the rest
            } else {
                let started = requestDeadline ?? .after(configuration.requestTimeout)
                requestDeadline = started
                deadline = started
            }

            let count: Int
            do {
                count = try socket.receive(into: scratch, until: deadline)
            } catch .timedOut {
                if waitingForRequest { return true }
                answer(status: 408, message: "the request did not arrive within \(configuration.requestTimeout) seconds")
                return false
            } catch {
                return false
            }
            guard count > 0 else { return false }  // the peer closed; an unfinished request is dropped
            mayHaveInput = count == scratch.count  // a full buffer may have left more behind
            if waitingForRequest {
                registry.markBusy(id)
                if !firstRequest { requestDeadline = .after(configuration.requestTimeout) }
            }
            parser.append(UnsafeRawBufferPointer(rebasing: scratch[..<count]))
        }
    }

    /// Calls the handler and writes its response; returns whether the connection stays open.
    private func respond(to request: HTTPRequest, head: HTTPRequestHead) -> Bool {
        let response = handler(request)
        let keepAlive = head.keepAlive && !registry.isStopping
        let serialized = HTTPResponseSerializer.serialize(
            response, method: head.method, minorVersion: head.minorVersion, keepAlive: keepAlive,
            inlineBodyBytes: Self.inlineBodyBytes)
        var output = ResponseOutput(socket: socket, stallTimeout: configuration.writeTimeout, budget: response.dropAfterBytes)
        var framingIntact = true

        switch serialized.body {
        case .none:
            output.write(serialized.head)
        case .data(let data):
            if output.write(serialized.head) { output.write(data) }
        case .stream(let length, let chunked, let producer):
            guard output.write(serialized.head) else { break }
            var sent = 0
            producer { piece in
                guard output.isOpen else { return false }
                if chunked {
                    // RFC 9112 §7.1: chunk-size in hex, CRLF, data, CRLF. An empty piece would read as the
                    // last chunk, so it is skipped.
                    guard !piece.isEmpty else { return true }
                    var chunk = Data(String(piece.count, radix: 16).utf8)
                    chunk.append(contentsOf: [ASCII.carriageReturn, ASCII.lineFeed])
                    chunk.append(piece)
                    chunk.append(contentsOf: [ASCII.carriageReturn, ASCII.lineFeed])
                    return output.write(chunk)
                }
                if let length {
                    let allowed = length - sent
                    guard piece.count <= allowed else {
                        // More than announced: send what fits, then end the connection.
                        output.write(piece.prefix(allowed))
                        sent = length
                        framingIntact = false
                        return false
                    }
                }
                sent += piece.count
                return output.write(piece)
            }
            if chunked {
                output.write(Array("0\r\n\r\n".utf8))  // last-chunk, empty trailer section
            } else if let length, sent != length {
                framingIntact = false  // the client can only learn of the shortfall from the close
            }
        }

        if output.dropped {
            socket.shutdown()  // fault injection: die mid-response
            return false
        }
        guard output.isOpen else { return false }
        guard serialized.keepAlive, framingIntact else {
            lingeringClose()
            return false
        }
        return true
    }

    /// Sends the server's own JSON error response, then closes gently.
    private func answer(status: Int, message: String) {
        let response = HTTPResponseSerializer.errorResponse(status: status, message: message)
        let serialized = HTTPResponseSerializer.serialize(response, method: "GET", minorVersion: 1, keepAlive: false)
        var output = ResponseOutput(socket: socket, stallTimeout: min(configuration.writeTimeout, 5), budget: nil)
        if case .data(let data) = serialized.body {
            output.write(serialized.head + data)
        } else {
            output.write(serialized.head)
        }
        lingeringClose()
    }

    /// Half-closes, then reads and discards briefly, so the client gets the response before the close.
    private func lingeringClose() {
        socket.shutdown(reading: false, writing: true)
        let deadline = Deadline.after(Self.lingerSeconds)
        var drained = 0
        while drained < Self.maxLingerBytes {
            guard let count = try? socket.receive(into: scratch, until: deadline), count > 0 else { return }
            drained += count
        }
    }
}

/// Writes one response, counting bytes for `dropAfterBytes` and remembering the first failure.
struct ResponseOutput {
    let socket: Socket
    let stallTimeout: TimeInterval
    /// Bytes still allowed before the connection is dropped on purpose, or nil for no limit.
    private var budget: Int?
    /// The budget ran out: the response was cut on purpose.
    private(set) var dropped = false
    /// A write failed: the client is gone or stopped reading.
    private(set) var failed = false

    init(socket: Socket, stallTimeout: TimeInterval, budget: Int?) {
        self.socket = socket
        self.stallTimeout = stallTimeout
        self.budget = budget.map { max(0, $0) }
    }

    /// Whether more bytes can be written.
    var isOpen: Bool { !dropped && !failed }

    /// Writes `bytes` (or the part the budget allows); returns whether the output is still open.
    @discardableResult
    mutating func write(_ bytes: some ContiguousBytes) -> Bool {
        guard isOpen else { return false }
        let result: Result<Void, SocketError> = bytes.withUnsafeBytes { raw in
            var slice = raw
            if let remaining = budget {
                if raw.count >= remaining {
                    slice = UnsafeRawBufferPointer(rebasing: raw[..<remaining])
                    dropped = true
                }
                budget = remaining - slice.count
            }
            do throws(SocketError) {
                try socket.send(slice, stallTimeout: stallTimeout)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        if case .failure = result { failed = true }
        return isOpen
    }
}
