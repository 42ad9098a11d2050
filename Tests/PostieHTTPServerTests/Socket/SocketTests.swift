import Foundation
import Glibc
import Testing

@testable import PostieHTTPServer

@Suite("socket layer")
struct SocketTests {
    @Test(arguments: [
        ("127.0.0.1", AF_INET, "127.0.0.1:8080"),
        ("localhost", AF_INET, "127.0.0.1:8080"),
        ("", AF_INET, "0.0.0.0:8080"),
        ("0.0.0.0", AF_INET, "0.0.0.0:8080"),
        ("::1", AF_INET6, "[::1]:8080"),
        ("[::1]", AF_INET6, "[::1]:8080"),
    ])
    func resolvesListeningHosts(host: String, family: Int32, description: String) throws {
        let address = try SocketAddress.resolve(host: host, port: 8080)
        #expect(address.family == family)
        #expect(address.port == 8080)
        #expect(address.description == description)
    }

    @Test func refusesBadHostsAndPorts() {
        #expect(throws: HTTPServerError.invalidPort(-1)) { try SocketAddress.resolve(host: "127.0.0.1", port: -1) }
        #expect(throws: HTTPServerError.self) { try SocketAddress.resolve(host: "bad host name.invalid", port: 0) }
    }

    @Test func listenerReportsItsRealPortAndErrorsCarryErrno() throws {
        let listener = try Socket.listen(host: "127.0.0.1", port: 0)
        defer { listener.close() }
        let port = try listener.localPort()
        #expect(port > 0)
        let error = #expect(throws: HTTPServerError.self) { try Socket.listen(host: "127.0.0.1", port: port) }
        #expect(error?.errno == EADDRINUSE)
        #expect(error?.description.contains("errno \(EADDRINUSE)") == true)
    }

    @Test func receiveTimesOutAndSeesTheClose() throws {
        var ends: [Int32] = [-1, -1]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends) == 0)
        let left = Socket(fileDescriptor: ends[0])
        let right = Socket(fileDescriptor: ends[1])
        #expect(left.setNonBlocking())
        var buffer = [UInt8](repeating: 0, count: 16)
        #expect(throws: SocketError.timedOut) {
            _ = try buffer.withUnsafeMutableBytes { try left.receive(into: $0, until: .after(0.01)) }
        }
        try Array("ping".utf8).withUnsafeBytes { try right.send($0, stallTimeout: 1) }
        let count = try buffer.withUnsafeMutableBytes { try left.receive(into: $0, until: .after(10)) }
        #expect(Array(buffer[..<count]) == Array("ping".utf8))
        right.close()
        #expect(try buffer.withUnsafeMutableBytes { try left.receive(into: $0, until: .after(10)) } == 0)
        // Writing to a closed peer fails with an error, not SIGPIPE.
        _ = Socket.ignoreBrokenPipeSignal
        #expect(throws: SocketError.connectionReset) {
            try Array("pong".utf8).withUnsafeBytes { try left.send($0, stallTimeout: 1) }
        }
        left.close()
    }

    @Test func deadlines() {
        #expect(Deadline.never.pollTimeout == -1)
        #expect(!Deadline.never.hasPassed)
        #expect(Deadline.after(.infinity) == .never)
        #expect(Deadline.after(-5).hasPassed)
        #expect(Deadline.after(-5).pollTimeout == 0)
        let soon = Deadline.after(0.0001)
        #expect(soon.pollTimeout <= 1)  // rounded up, never a spin of zero-length polls before the deadline
        #expect(Deadline.after(100).pollTimeout > 99_000)
    }
}
