import Foundation
import Glibc
import PostieSockets

@testable import PostieCore

/// A loopback server whose every connection runs a script on its own thread: read a request head,
/// write exact bytes, stall, close mid-sentence. For the server behaviours HTTPServer will not produce.
final class ScriptedServer: @unchecked Sendable {
    /// One accepted connection, as the script sees it. Waits are bounded so that a broken test fails
    /// instead of hanging.
    final class Connection: @unchecked Sendable {
        /// The connection's number, from 0, in accept order.
        let index: Int
        private let socket: Socket
        private var buffer: [UInt8] = []

        init(socket: Socket, index: Int) {
            self.socket = socket
            self.index = index
        }

        deinit { socket.close() }

        /// The next request head (up to the blank line) and any body bytes announced by Content-Length,
        /// or nil when the client closed first.
        @discardableResult
        func readRequest(timeout: TimeInterval = 10) -> String? {
            let deadline = Deadline.after(timeout)
            while true {
                if let end = headEnd() {
                    let head = String(decoding: buffer[..<end], as: UTF8.self)
                    var total = end
                    if let line = head.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
                        let length = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces))
                    {
                        total += length
                    }
                    while buffer.count < total {
                        guard fill(until: deadline) else { return nil }
                    }
                    buffer.removeFirst(total)
                    return head
                }
                guard fill(until: deadline) else { return nil }
            }
        }

        /// The next whole request as it arrived, head and `Content-Length` body byte for byte, or nil
        /// when the client closed first.
        func readRawRequest(timeout: TimeInterval = 10) -> [UInt8]? {
            let deadline = Deadline.after(timeout)
            while true {
                if let end = headEnd() {
                    let head = String(decoding: buffer[..<end], as: UTF8.self)
                    var total = end
                    if let line = head.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
                        let length = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces))
                    {
                        total += length
                    }
                    while buffer.count < total {
                        guard fill(until: deadline) else { return nil }
                    }
                    defer { buffer.removeFirst(total) }
                    return Array(buffer[..<total])
                }
                guard fill(until: deadline) else { return nil }
            }
        }

        /// The next request head, leaving any body unread.
        func readHeadOnly(timeout: TimeInterval = 10) -> String? {
            let deadline = Deadline.after(timeout)
            while true {
                if let end = headEnd() {
                    defer { buffer.removeFirst(end) }
                    return String(decoding: buffer[..<end], as: UTF8.self)
                }
                guard fill(until: deadline) else { return nil }
            }
        }

        private func headEnd() -> Int? {
            guard buffer.count >= 4 else { return nil }
            for index in 0...(buffer.count - 4)
            where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
                return index + 4
            }
            return nil
        }

        private func fill(until deadline: Deadline) -> Bool {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = (try? chunk.withUnsafeMutableBytes { try socket.receive(into: $0, until: deadline) }) ?? 0
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[..<count])
            return true
        }

        /// Whether the client closed the connection within `timeout` (reading and dropping anything else).
        func waitForClientClose(timeout: TimeInterval = 10) -> Bool {
            let deadline = Deadline.after(timeout)
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let received = chunk.withUnsafeMutableBytes { bytes in
                    Result { () throws(SocketError) in try socket.receive(into: bytes, until: deadline) }
                }
                switch received {
                case .success(0), .failure(.connectionReset): return true
                case .success: continue
                case .failure: return false
                }
            }
        }

        func write(_ text: String) {
            write(Array(text.utf8))
        }

        func write(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { try? socket.send($0, stallTimeout: 10) }
        }

        /// Writes `bytes`; false when the client has gone or stalled for 10 s.
        func writeReportingSuccess(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBytes { (try? socket.send($0, stallTimeout: 10)) != nil }
        }

        /// Relays bytes between the client and `upstream` both ways until either side closes (a
        /// CONNECT tunnel); `upstream` is closed at the end.
        func relay(with upstream: Socket) {
            defer { upstream.close() }
            if !buffer.isEmpty { buffer.withUnsafeBytes { try? upstream.send($0, stallTimeout: 10) } }
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                var descriptors = [
                    pollfd(fd: socket.fileDescriptor, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: upstream.fileDescriptor, events: Int16(POLLIN), revents: 0),
                ]
                guard poll(&descriptors, 2, 10_000) > 0 else { return }
                for (from, to, ready) in [(socket, upstream, descriptors[0].revents), (upstream, socket, descriptors[1].revents)] where ready != 0 {
                    let count = (try? chunk.withUnsafeMutableBytes { try from.receive(into: $0, until: .after(5)) }) ?? 0
                    guard count > 0 else { return }
                    chunk.withUnsafeBytes { try? to.send(UnsafeRawBufferPointer(rebasing: $0[..<count]), stallTimeout: 10) }
                }
            }
        }

        /// Sends FIN: the client reads end of input.
        func closeWriting() {
            socket.shutdown(reading: false, writing: true)
        }

        /// Makes the close at the end of the script a reset (`SO_LINGER` 0) instead of a FIN.
        func resetOnClose() {
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(socket.fileDescriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        }
    }

    /// The port it listens on.
    let port: Int
    private let listener: Socket
    private let script: @Sendable (Connection) -> Void
    private let lock = NSLock()
    private var accepted = 0
    private var stopped = false
    private let loopFinished = DispatchSemaphore(value: 0)
    private let wake: CancellationSignal

    /// Listens on 127.0.0.1, port 0, and runs `script` for each connection; the connection closes when
    /// the script returns.
    init(script: @escaping @Sendable (Connection) -> Void) throws {
        guard let address = SocketAddress.ipLiteral("127.0.0.1", port: 0) else { throw SocketError.hostNotFound(host: "127.0.0.1", reason: "") }
        listener = try Socket.open(family: address.family)
        try listener.setOption(SOL_SOCKET, SO_REUSEADDR, to: 1, name: "SO_REUSEADDR")
        try listener.bind(to: address)
        try listener.listen(backlog: 64)
        port = try listener.localAddress().port
        wake = try CancellationSignal()
        self.script = script
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    deinit {
        stop()
    }

    /// How many connections were accepted.
    var connectionCount: Int {
        lock.withLock { accepted }
    }

    /// The URL of `path` on this server.
    func url(_ path: String = "/") -> String {
        "http://127.0.0.1:\(port)\(path)"
    }

    /// Stops accepting; scripts already running finish on their own.
    func stop() {
        let first = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        wake.signal()
        _ = loopFinished.wait(timeout: .now() + 5)
        listener.close()
    }

    private func acceptLoop() {
        defer { loopFinished.signal() }
        while true {
            guard (try? listener.wait(until: .never, cancellation: wake)) == true else { return }
            guard case .connection(let socket, _) = listener.accept() else { continue }
            let index = lock.withLock {
                defer { accepted += 1 }
                return accepted
            }
            let connection = Connection(socket: socket, index: index)
            let script = self.script
            Thread.detachNewThread { script(connection) }
        }
    }
}
