import Foundation
import PostieCore
import PostieSockets
import PostieTLS

/// The HTTPS run: a loopback TLS server (certificates made with the `openssl` command line), then postie
/// and curl over the same keep-alive requests, and the start-up figures.
enum HTTPSBench {
    /// A certificate authority and a `localhost` certificate it issued, in a temporary directory.
    static func makeCertificates() -> URL? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-bench-tls-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)) != nil,
            (try? Data("subjectAltName=DNS:localhost,IP:127.0.0.1\n".utf8).write(to: directory.appendingPathComponent("ext"))) != nil
        else { return nil }
        let commands: [[String]] = [
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "30", "-subj", "/CN=bench CA"],
            ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"],
            ["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.pem", "-days", "30", "-extfile", "ext"],
        ]
        for arguments in commands {
            guard run("/usr/bin/openssl", arguments, in: directory) == 0 else { return nil }
        }
        return directory
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Seconds for one run of `executable` with `arguments`, median of `rounds`.
    static func startUp(_ executable: String, _ arguments: [String], rounds: Int) -> Double? {
        var times: [Double] = []
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            guard run(executable, arguments) == 0 else { return nil }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Bench.median(times)
    }
}

/// A loopback HTTPS server answering every request with a small JSON body, connections kept alive.
final class BenchTLSServer: @unchecked Sendable {
    let port: Int
    private let listener: Socket
    private let context: TLSContext
    private let body = Data(#"{"id":"615d9d830d49000060007b20","status":"Completed","disposition":"Success"}"#.utf8)

    init(certificate: String, key: String) throws {
        context = try TLSContext.server(certificateFile: certificate, keyFile: key)
        guard let address = SocketAddress.ipLiteral("127.0.0.1", port: 0) else { throw SocketError.timedOut }
        listener = try Socket.open(family: address.family)
        try listener.setOption(SOL_SOCKET, SO_REUSEADDR, to: 1, name: "SO_REUSEADDR")
        try listener.bind(to: address)
        try listener.listen(backlog: 64)
        port = try listener.localAddress().port
        Thread.detachNewThread { [self] in
            while true {
                guard (try? listener.wait(until: .never)) == true else { return }
                guard case .connection(let socket, _) = listener.accept() else { continue }
                Thread.detachNewThread { [self] in serve(socket) }
            }
        }
    }

    private func serve(_ socket: Socket) {
        defer { socket.close() }
        guard let stream = try? TLSStream(server: context, socket: socket), (try? stream.accept(until: .after(10))) != nil else { return }
        var response = Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n".utf8)
        response += body
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16384)
        while true {
            while !(buffer.count >= 4 && containsHeadEnd(buffer)) {
                guard let count = try? chunk.withUnsafeMutableBytes({ try stream.receive(into: $0, until: .after(30)) }), count > 0 else { return }
                buffer += chunk[..<count]
            }
            buffer.removeAll(keepingCapacity: true)
            guard (try? response.withUnsafeBytes { try stream.send($0, until: .after(10)) }) != nil else { return }
        }
    }

    private func containsHeadEnd(_ bytes: [UInt8]) -> Bool {
        for index in 0...(bytes.count - 4) where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return true
        }
        return false
    }
}
