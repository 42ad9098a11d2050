import Foundation
import Glibc
import PostieSockets
import PostieTLS
import Testing

@testable import PostieCore

/// Certificates made for the TLS tests with the `openssl` command line (part of every machine image
/// this project runs on), once per test process, in a temporary directory:
///
/// - `ca.pem`: the test CA; `server.pem`/`server.key`: localhost and 127.0.0.1, issued by it;
/// - `expired.pem`: the same names, expired yesterday; `wrong-host.pem`: for `wrong.example` only;
/// - `self-signed.pem`/`self-signed.key`: localhost, signed by itself;
/// - `client-ca.pem`, and `client.pem` with `client.key` encrypted under `Self.passphrase`.
enum TLSTestCertificates {
    static let passphrase = "correct horse"

    /// The directory holding them, or why they could not be made.
    static let directory: Result<URL, TestCertificateError> = make()

    struct TestCertificateError: Error, CustomStringConvertible {
        var description: String
    }

    static func path(_ name: String) throws -> String {
        try directory.get().appendingPathComponent(name).path
    }

    private static func make() -> Result<URL, TestCertificateError> {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-tls-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let names = "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
            try Data(names.utf8).write(to: directory.appendingPathComponent("server.ext"))
            try Data("subjectAltName=DNS:wrong.example\n".utf8).write(to: directory.appendingPathComponent("wrong.ext"))
            let commands: [[String]] = [
                ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650", "-subj", "/CN=postie test CA"],
                ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"],
                ["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.pem", "-days", "3650", "-extfile", "server.ext"],
                ["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "expired.pem", "-days", "-1", "-extfile", "server.ext"],
                ["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "wrong-host.pem", "-days", "3650", "-extfile", "wrong.ext"],
                ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "self-signed.key", "-out", "self-signed.pem", "-days", "3650", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "client-ca.key", "-out", "client-ca.pem", "-days", "3650", "-subj", "/CN=postie client CA"],
                ["req", "-newkey", "rsa:2048", "-passout", "pass:\(passphrase)", "-keyout", "client.key", "-out", "client.csr", "-subj", "/CN=postie client"],
                ["x509", "-req", "-in", "client.csr", "-CA", "client-ca.pem", "-CAkey", "client-ca.key", "-CAcreateserial", "-out", "client.pem", "-days", "3650"],
            ]
            for arguments in commands {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
                process.arguments = arguments
                process.currentDirectoryURL = directory
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                process.waitUntilExit()
                guard process.terminationStatus == 0 else {
                    return .failure(TestCertificateError(description: "openssl \(arguments.joined(separator: " ")) failed"))
                }
            }
            return .success(directory)
        } catch {
            return .failure(TestCertificateError(description: "cannot make test certificates: \(error)"))
        }
    }
}

/// A loopback HTTPS server for wire tests: TLS through PostieTLS with the given certificate, each
/// request recorded byte for byte, answered by `respond` (a whole response as bytes), connections kept
/// alive unless the response says `Connection: close`. `respond` returning nil closes the connection
/// without a word.
final class TLSWireServer: @unchecked Sendable {
    let port: Int
    private let listener: Socket
    private let context: TLSContext
    private let respond: @Sendable (WireRequest) -> [UInt8]?
    private let lock = NSLock()
    private var received: [WireRequest] = []
    private var handshakeFailures = 0
    private var accepted = 0
    private let wake: CancellationSignal
    private let finished = DispatchSemaphore(value: 0)
    private var stopped = false

    init(
        certificate: String = "server.pem", key: String = "server.key", clientCA: String? = nil,
        respond: @escaping @Sendable (WireRequest) -> [UInt8]? = { _ in Array(WireServer.ok("secure").utf8) }
    ) throws {
        context = try TLSContext.server(
            certificateFile: try TLSTestCertificates.path(certificate), keyFile: try TLSTestCertificates.path(key),
            clientCAFile: try clientCA.map { try TLSTestCertificates.path($0) })
        guard let address = SocketAddress.ipLiteral("127.0.0.1", port: 0) else { throw SocketError.timedOut }
        listener = try Socket.open(family: address.family)
        try listener.setOption(SOL_SOCKET, SO_REUSEADDR, to: 1, name: "SO_REUSEADDR")
        try listener.bind(to: address)
        try listener.listen(backlog: 64)
        port = try listener.localAddress().port
        wake = try CancellationSignal()
        self.respond = respond
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    deinit { stop() }

    /// `https://HOST:PORT` + `path`.
    func url(_ path: String = "/", host: String = "localhost") -> String { "https://\(host):\(port)\(path)" }

    var requests: [WireRequest] { lock.withLock { received } }
    var failedHandshakes: Int { lock.withLock { handshakeFailures } }
    /// The protocol each connection negotiated, in accept order.
    var protocolVersions: [String] { lock.withLock { versions } }
    private var versions: [String] = []
    var connectionCount: Int { lock.withLock { accepted } }

    func stop() {
        let first = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        wake.signal()
        _ = finished.wait(timeout: .now() + 5)
        listener.close()
    }

    private func acceptLoop() {
        defer { finished.signal() }
        while true {
            guard (try? listener.wait(until: .never, cancellation: wake)) == true else { return }
            guard case .connection(let socket, _) = listener.accept() else { continue }
            let index = lock.withLock {
                defer { accepted += 1 }
                return accepted
            }
            Thread.detachNewThread { [self] in serve(socket, index: index) }
        }
    }

    private func serve(_ socket: Socket, index: Int) {
        defer { socket.close() }
        guard let stream = try? TLSStream(server: context, socket: socket) else { return }
        do {
            try stream.accept(until: .after(10))
            lock.withLock { versions.append(stream.protocolVersion) }
        } catch {
            lock.withLock { handshakeFailures += 1 }
            return
        }
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            // One request: the head, then Content-Length bytes.
            var total: Int?
            while true {
                if total == nil, let end = Self.headEnd(buffer) {
                    let head = String(decoding: buffer[..<end], as: UTF8.self).lowercased()
                    let length = head.components(separatedBy: "\r\n").first { $0.hasPrefix("content-length:") }
                        .flatMap { Int($0.dropFirst(15).trimmingCharacters(in: .whitespaces)) } ?? 0
                    total = end + length
                }
                if let total, buffer.count >= total { break }
                let count = (try? chunk.withUnsafeMutableBytes { try stream.receive(into: $0, until: .after(10)) }) ?? 0
                guard count > 0 else { return }
                buffer += chunk[..<count]
            }
            let raw = Array(buffer[..<(total ?? 0)])
            buffer.removeFirst(total ?? 0)
            let request = WireRequest(raw: raw, connection: index)
            lock.withLock { received.append(request) }
            guard let response = respond(request) else { return }
            try? response.withUnsafeBytes { try stream.send($0, until: .after(10)) }
            if String(decoding: response.prefix(4096), as: UTF8.self).lowercased().contains("connection: close") {
                stream.shutdown()
                return
            }
        }
    }

    static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index + 4
        }
        return nil
    }
}

/// A forward proxy that answers `CONNECT host:port` with 200 and relays bytes both ways, recording each
/// CONNECT request head; `refuse` answers 407 instead.
final class ConnectProxy: @unchecked Sendable {
    let server: ScriptedServer
    private let lock = NSLock()
    private var heads: [String] = []

    init(refuse: Bool = false) throws {
        let box = Box()
        server = try ScriptedServer { connection in
            guard let head = connection.readHeadOnly() else { return }
            box.proxy?.record(head)
            let target = head.split(separator: " ").dropFirst().first.map(String.init) ?? ""
            guard !refuse, let colon = target.lastIndex(of: ":"), let port = Int(target[target.index(after: colon)...]),
                let address = SocketAddress.ipLiteral("127.0.0.1", port: port),
                let upstream = try? Socket.connect(to: address, until: .after(5))
            else {
                connection.write("HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n")
                return
            }
            connection.write("HTTP/1.1 200 Connection established\r\n\r\n")
            connection.relay(with: upstream)
        }
        box.proxy = self
    }

    func record(_ head: String) { lock.withLock { heads.append(head) } }
    var connectHeads: [String] { lock.withLock { heads } }
    var port: Int { server.port }
    func stop() { server.stop() }

    private final class Box: @unchecked Sendable { weak var proxy: ConnectProxy? }
}
