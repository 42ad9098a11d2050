import Foundation

@testable import PostieCore

/// A request as a loopback server read it off the socket: the raw bytes, and the parts read from them.
struct WireRequest: Sendable, CustomStringConvertible {
    var raw: [UInt8]
    var method: String
    var target: String
    /// Header fields in the order and spelling they arrived.
    var headers: [(name: String, value: String)]
    var body: Data
    /// Which connection of the server it came on, from 0.
    var connection: Int

    init(raw: [UInt8], connection: Int) {
        self.raw = raw
        self.connection = connection
        let headEnd = (0..<max(0, raw.count - 3)).first { raw[$0] == 13 && raw[$0 + 1] == 10 && raw[$0 + 2] == 13 && raw[$0 + 3] == 10 } ?? raw.count
        let head = String(decoding: raw[..<headEnd], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.isEmpty ? [] : lines.removeFirst().split(separator: " ", maxSplits: 2).map(String.init)
        method = requestLine.first ?? ""
        target = requestLine.count > 1 ? requestLine[1] : ""
        headers = lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        body = Data(raw[min(raw.count, headEnd + 4)...])
    }

    /// The value of the first header called `name` (any case).
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Every header name, in order.
    var headerNames: [String] { headers.map(\.name) }

    var description: String { String(decoding: raw, as: UTF8.self) }
}

/// A loopback HTTP/1.1 server for wire tests: records every request byte for byte (`WireRequest`) and
/// answers with what `respond` writes (a whole response, head and body). Connections stay open for
/// the next request unless the response says `Connection: close`.
final class WireServer: @unchecked Sendable {
    private let lock = NSLock()
    private var received: [WireRequest] = []
    private var server: ScriptedServer?

    /// `respond` gets each request and the server's port, and returns the response text.
    init(respond: @escaping @Sendable (WireRequest, Int) -> String = { _, _ in WireServer.ok("") }) throws {
        let box = PortBox()
        let scripted = try ScriptedServer { [weak self] connection in
            while let raw = connection.readRawRequest() {
                let request = WireRequest(raw: raw, connection: connection.index)
                self?.lock.withLock { self?.received.append(request) }
                let response = respond(request, box.port)
                connection.write(response)
                if response.lowercased().contains("\r\nconnection: close\r\n") { return }
            }
        }
        box.port = scripted.port
        server = scripted
    }

    /// The port it listens on.
    var port: Int { server?.port ?? 0 }

    /// `http://127.0.0.1:PORT` + `path`.
    func url(_ path: String = "/", host: String = "127.0.0.1") -> String { "http://\(host):\(port)\(path)" }

    /// What it received, in order.
    var requests: [WireRequest] { lock.withLock { received } }

    func stop() { server?.stop() }

    /// A 200 with `body` as text/plain.
    static func ok(_ body: String, headers: [String] = []) -> String {
        response(200, headers: ["Content-Type: text/plain"] + headers, body: body)
    }

    /// A whole response with a Content-Length.
    static func response(_ status: Int, headers: [String] = [], body: String = "") -> String {
        var text = "HTTP/1.1 \(status) Status\r\n"
        for header in headers { text += header + "\r\n" }
        text += "Content-Length: \(body.utf8.count)\r\n\r\n" + body
        return text
    }

    private final class PortBox: @unchecked Sendable {
        var port = 0
    }
}
