import Foundation
import PostieHTTPServer

#if canImport(Glibc)
    import Glibc
#endif

/// A minimal blocking HTTP/1.1 client on a POSIX socket, for tests over real connections. It reads
/// exactly what the server sends, so a response cut short (fault injection) is seen as such.
struct RawHTTPClient {
    /// What came back.
    struct Response {
        var status: Int
        var headers: HTTPHeaders
        var body: Data
        /// Whether the whole body announced by `Content-Length` arrived.
        var isComplete: Bool
    }

    enum ClientError: Error, CustomStringConvertible {
        case connect(Int32)
        case noResponse(Data)
        var description: String {
            switch self {
            case .connect(let code): return "connect failed: \(String(cString: strerror(code)))"
            case .noResponse(let data): return "no complete response head: \(String(decoding: data.prefix(200), as: UTF8.self))"
            }
        }
    }

    let port: Int

    /// Sends `request` on a new connection (`Connection: close`) and reads the answer.
    func send(_ request: HTTPRequest) throws -> Response {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ClientError.connect(errno) }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw ClientError.connect(errno) }

        var head = "\(request.method) \(request.target) HTTP/1.1\r\n"
        var headers = request.headers
        if !headers.contains("Host") { headers.set("Host", "127.0.0.1:\(port)") }
        headers.set("Connection", "close")
        headers.set("Content-Length", String(request.body.count))
        for field in headers { head += "\(field.name): \(field.value)\r\n" }
        head += "\r\n"
        var bytes = Data(head.utf8)
        bytes.append(request.body)
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.send(descriptor, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                guard written > 0 else { throw ClientError.connect(errno) }
                offset += written
            }
        }

        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
        }
        guard let separator = received.range(of: Data("\r\n\r\n".utf8)) else { throw ClientError.noResponse(received) }
        let headText = String(decoding: received[..<separator.lowerBound], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        var responseHeaders = HTTPHeaders()
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            responseHeaders.add(
                String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let body = received[separator.upperBound...]
        let expected = responseHeaders["Content-Length"].flatMap(Int.init)
        return Response(
            status: statusLine.count > 1 ? Int(statusLine[1]) ?? 0 : 0, headers: responseHeaders, body: Data(body),
            isComplete: expected.map { $0 == body.count } ?? true)
    }
}
