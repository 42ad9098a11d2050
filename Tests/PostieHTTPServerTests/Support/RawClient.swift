import Foundation
import Glibc

/// What went wrong in the raw test client.
enum RawClientError: Error, CustomStringConvertible {
    case connect(errno: Int32)
    case send(errno: Int32)
    case receive(errno: Int32)
    case timedOut(received: [UInt8])
    case closedBeforeResponse(received: [UInt8])
    case malformedResponse(String)

    var description: String {
        switch self {
        case .connect(let code): return "connect failed: \(String(cString: strerror(code))) (errno \(code))"
        case .send(let code): return "send failed: \(String(cString: strerror(code))) (errno \(code))"
        case .receive(let code): return "recv failed: \(String(cString: strerror(code))) (errno \(code))"
        case .timedOut(let received): return "timed out after \(received.count) bytes: \(RawClient.show(received))"
        case .closedBeforeResponse(let received):
            return "connection closed after \(received.count) bytes: \(RawClient.show(received))"
        case .malformedResponse(let reason): return "malformed response: \(reason)"
        }
    }

    /// The connection was refused (nothing listening).
    var isConnectionRefused: Bool {
        if case .connect(let code) = self { return code == ECONNREFUSED }
        return false
    }
}

/// A response as the raw client read it.
struct RawResponse {
    var status: Int
    var reason: String
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    /// The first value of a header, case-insensitively.
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The `message` of the server's JSON error body.
    var message: String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else { return nil }
        return object["message"] as? String
    }
}

/// A tiny blocking HTTP/1.1 client on a raw TCP socket, for tests that must send exact bytes,
/// including malformed ones, and see exactly what comes back.
final class RawClient {
    /// Generous bound for any single wait; no test relies on it being exact.
    static let defaultTimeout: TimeInterval = 10

    let descriptor: Int32
    private var buffer: [UInt8] = []
    private var closed = false

    init(port: Int) throws {
        // A local until connected: were `descriptor` set before a throw, deinit would run and close it a
        // second time, possibly closing a descriptor another thread has been given since.
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw RawClientError.connect(errno: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw RawClientError.connect(errno: code)
        }
        self.descriptor = descriptor
        // Bound blocking sends, in case the server stops reading.
        var timeout = timeval(tv_sec: Int(Self.defaultTimeout), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        Glibc.close(descriptor)
    }

    // MARK: Sending

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw RawClientError.send(errno: errno)
            }
            offset += written
        }
    }

    /// Sends what it can; the server may close early on purpose (garbage, limits).
    func sendIgnoringErrors(_ bytes: [UInt8]) {
        try? send(bytes)
    }

    /// Half-closes: the server sees end of input.
    func shutdownWrite() {
        shutdown(descriptor, Int32(SHUT_WR))
    }

    // MARK: Receiving

    /// Reads more bytes into the buffer; false at end of stream (or reset).
    private func fill(until deadline: Date) throws -> Bool {
        if closed { return false }
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw RawClientError.timedOut(received: buffer) }
            var descriptor = pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining * 1000 + 1, 60_000)))
            if ready < 0 {
                if errno == EINTR { continue }
                throw RawClientError.receive(errno: errno)
            }
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { recv(self.descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                return true
            }
            if count == 0 || errno == ECONNRESET {
                closed = true
                return false
            }
            if errno == EINTR || errno == EAGAIN { continue }
            throw RawClientError.receive(errno: errno)
        }
    }

    /// Reads one response. `head` says the request was HEAD (no body follows).
    func readResponse(head: Bool = false, timeout: TimeInterval = defaultTimeout) throws -> RawResponse {
        let deadline = Date(timeIntervalSinceNow: timeout)
        var headEnd: Int?
        while true {
            if let end = Self.find([13, 10, 13, 10], in: buffer) {
                headEnd = end + 4
                break
            }
            guard try fill(until: deadline) else { throw RawClientError.closedBeforeResponse(received: buffer) }
        }
        guard let headEnd else { throw RawClientError.malformedResponse("no head") }
        let lines = String(decoding: buffer[..<(headEnd - 4)], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard statusParts.count >= 2, statusParts[0] == "HTTP/1.1", let status = Int(statusParts[1]) else {
            throw RawClientError.malformedResponse("status line '\(lines[0])'")
        }
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { throw RawClientError.malformedResponse("field '\(line)'") }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        buffer.removeFirst(headEnd)
        var response = RawResponse(
            status: status, reason: statusParts.count > 2 ? String(statusParts[2]) : "", headers: headers, body: [])

        if head || (100..<200).contains(status) || status == 204 || status == 304 { return response }
        if response.header("Transfer-Encoding")?.lowercased() == "chunked" {
            response.body = try readChunkedBody(until: deadline)
        } else if let lengthText = response.header("Content-Length") {
            guard let length = Int(lengthText) else { throw RawClientError.malformedResponse("length \(lengthText)") }
            while buffer.count < length {
                guard try fill(until: deadline) else { throw RawClientError.closedBeforeResponse(received: buffer) }
            }
            response.body = Array(buffer[..<length])
            buffer.removeFirst(length)
        } else {
            while try fill(until: deadline) {}
            response.body = buffer
            buffer.removeAll()
        }
        return response
    }

    private func readChunkedBody(until deadline: Date) throws -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let lineEnd = try readLine(until: deadline)
            let sizeText = String(decoding: buffer[..<lineEnd], as: UTF8.self).split(separator: ";")[0]
            guard let size = Int(sizeText, radix: 16) else { throw RawClientError.malformedResponse("chunk '\(sizeText)'") }
            buffer.removeFirst(lineEnd + 2)
            if size == 0 {
                // Trailer section: lines until an empty one.
                while true {
                    let end = try readLine(until: deadline)
                    buffer.removeFirst(end + 2)
                    if end == 0 { return body }
                }
            }
            while buffer.count < size + 2 {
                guard try fill(until: deadline) else { throw RawClientError.closedBeforeResponse(received: buffer) }
            }
            body.append(contentsOf: buffer[..<size])
            guard buffer[size] == 13, buffer[size + 1] == 10 else { throw RawClientError.malformedResponse("chunk end") }
            buffer.removeFirst(size + 2)
        }
    }

    /// The offset of the next CRLF, reading until there is one.
    private func readLine(until deadline: Date) throws -> Int {
        while true {
            if let end = Self.find([13, 10], in: buffer) { return end }
            guard try fill(until: deadline) else { throw RawClientError.closedBeforeResponse(received: buffer) }
        }
    }

    /// Everything until the server closes (already buffered bytes included).
    func readToEnd(timeout: TimeInterval = defaultTimeout) throws -> [UInt8] {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while try fill(until: deadline) {}
        defer { buffer.removeAll() }
        return buffer
    }

    /// Whether the server closes the connection within `timeout`, discarding anything it sends first.
    func closesWithin(_ timeout: TimeInterval = defaultTimeout) -> Bool {
        (try? readToEnd(timeout: timeout)) != nil
    }

    /// Whether bytes (or the close) are ready within `timeout`, without consuming them.
    func hasInput(within timeout: TimeInterval) -> Bool {
        if !buffer.isEmpty || closed { return true }
        var descriptor = pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, Int32(timeout * 1000)) > 0
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }

    static func show(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(200), as: UTF8.self)
        return text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }
}
