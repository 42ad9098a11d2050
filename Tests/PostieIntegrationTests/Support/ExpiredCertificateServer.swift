import Foundation
import Glibc
import PostieSockets
import PostieTLS

/// A loopback stand-in for expired.badssl.com (`v2-regression-tests` calls it to check `insecure`): HTTPS on
/// 127.0.0.1 with a self-signed certificate for `expired.badssl.com` that expired yesterday, made with the
/// `openssl` command line when the harness starts. Every request is answered 200 with a short HTML page, and
/// the connection closed. A client that verifies certificates fails the handshake (OpenSSL names the
/// certificate self-signed before it finds it expired), as against the real one;
/// with `--insecure` the request goes through.
final class ExpiredCertificateServer: @unchecked Sendable {
    let port: Int
    private let listener: Socket
    private let context: TLSContext
    private let wake: CancellationSignal
    private let finished = DispatchSemaphore(value: 0)
    private let directory: URL

    struct CertificateError: Error, CustomStringConvertible {
        var description: String
    }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-expired-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // `req -x509` refuses a negative `-days`; `x509 -req` signs the request with its own key and takes it.
        for arguments in [
            ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "expired.key", "-out", "expired.csr", "-subj", "/CN=expired.badssl.com"],
            ["x509", "-req", "-in", "expired.csr", "-signkey", "expired.key", "-out", "expired.pem", "-days", "-1"],
        ] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
            process.arguments = arguments
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw CertificateError(description: "openssl \(arguments.joined(separator: " ")) failed")
            }
        }
        context = try TLSContext.server(
            certificateFile: directory.appendingPathComponent("expired.pem").path,
            keyFile: directory.appendingPathComponent("expired.key").path, clientCAFile: nil)
        guard let address = SocketAddress.ipLiteral("127.0.0.1", port: 0) else { throw CertificateError(description: "no loopback address") }
        listener = try Socket.open(family: address.family)
        try listener.setOption(SOL_SOCKET, SO_REUSEADDR, to: 1, name: "SO_REUSEADDR")
        try listener.bind(to: address)
        try listener.listen(backlog: 16)
        port = try listener.localAddress().port
        wake = try CancellationSignal()
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    deinit {
        wake.signal()
        _ = finished.wait(timeout: .now() + 5)
        listener.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// `127.0.0.1:PORT`.
    var authority: String { "127.0.0.1:\(port)" }

    private func acceptLoop() {
        defer { finished.signal() }
        while true {
            guard (try? listener.wait(until: .never, cancellation: wake)) == true else { return }
            guard case .connection(let socket, _) = listener.accept() else { continue }
            Thread.detachNewThread { [self] in serve(socket) }
        }
    }

    /// One request (its head; the collection sends GET without a body), one answer, then close.
    private func serve(_ socket: Socket) {
        defer { socket.close() }
        guard let stream = try? TLSStream(server: context, socket: socket) else { return }
        // A verifying client gives up here: the handshake fails on the expired certificate.
        guard (try? stream.accept(until: .after(10))) != nil else { return }
        var head: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = (try? chunk.withUnsafeMutableBytes { try stream.receive(into: $0, until: .after(10)) }) ?? 0
            guard count > 0 else { return }
            head += chunk[..<count]
            if Self.endsHead(head) { break }
            if head.count > 65_536 { return }
        }
        let page = "<!DOCTYPE html>\n<html><head><title>expired.badssl.com</title></head><body>expired.</body></html>\n"
        let response = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(page.utf8.count)\r\nConnection: close\r\n\r\n" + page
        try? Array(response.utf8).withUnsafeBytes { try stream.send($0, until: .after(10)) }
        stream.shutdown()
    }

    /// Whether `bytes` hold the blank line that ends a request head.
    static func endsHead(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        return (0...(bytes.count - 4)).contains { bytes[$0] == 13 && bytes[$0 + 1] == 10 && bytes[$0 + 2] == 13 && bytes[$0 + 3] == 10 }
    }
}
