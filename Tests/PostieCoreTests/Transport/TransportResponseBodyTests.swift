import Foundation
import PostieCrypto
import PostieHTTPServer
import Testing

@testable import PostieCore

/// A large body made of 64 KiB chunks, each a fixed pseudo-random block stamped with its index, so a
/// lost, doubled or reordered piece changes the digest.
struct NumberedChunks: Sendable {
    static let chunkSize = 64 * 1024
    let chunkCount: Int
    private let block: Data

    init(chunkCount: Int) {
        self.chunkCount = chunkCount
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes = [UInt8](repeating: 0, count: Self.chunkSize)
        for index in bytes.indices {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes[index] = UInt8(truncatingIfNeeded: state >> 56)
        }
        block = Data(bytes)
    }

    var byteCount: Int { chunkCount * Self.chunkSize }

    func chunk(_ index: Int) -> Data {
        var chunk = block
        withUnsafeBytes(of: UInt64(index).littleEndian) { chunk.replaceSubrange(0..<8, with: $0) }
        return chunk
    }

    var sha256: String {
        var hasher = SHA256()
        for index in 0..<chunkCount { hasher.update(chunk(index)) }
        return Hex.encode(hasher.finalize())
    }

    static func sha256(ofFile url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        while let piece = try handle.read(upToCount: 1024 * 1024), !piece.isEmpty {
            hasher.update(piece)
        }
        return Hex.encode(hasher.finalize())
    }
}

@Suite("Transports: response bodies spooled to disk")
struct TransportResponseBodyTests {
    static func streamingServer(_ body: NumberedChunks, chunked: Bool) throws -> HTTPServer {
        try TransportTestServer.start { _ in
            HTTPResponse(
                status: 200, headers: ["Content-Type": "application/octet-stream"],
                streaming: .stream(length: chunked ? nil : body.byteCount) { write in
                    for index in 0..<body.chunkCount where !write(body.chunk(index)) { return }
                })
        }
    }

    @Test(
        "a 50 MiB body past a 1 MiB limit goes to a file: size, digest and prefix match", arguments: TransportKind.allCases, [false, true])
    func largeBodySpooled(kind: TransportKind, chunked: Bool) throws {
        let body = NumberedChunks(chunkCount: 800)
        let server = try Self.streamingServer(body, chunked: chunked)
        defer { server.stop() }
        let directory = try makeSpoolDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let transport = kind.transport {
            $0.maximumInMemoryBodyBytes = 1024 * 1024
            $0.spoolDirectory = directory
        }

        let response = try #require(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).response())

        guard case .file(let url, let size, let prefix) = response.body else {
            Issue.record("expected a spooled body, got \(response.body.size) bytes in memory")
            return
        }
        #expect(url.deletingLastPathComponent().standardizedFileURL.path == directory.standardizedFileURL.path)
        #expect(size == body.byteCount)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int == body.byteCount)
        #expect(prefix.count == ResponseBodySink.prefixByteCount)
        #expect(prefix == body.chunk(0))
        #expect(try NumberedChunks.sha256(ofFile: url) == body.sha256)
        #expect(response.body.contents(limit: 1024) == nil)

        response.body.removeSpoolFile()
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}

@Suite("URLSessionTransport: response bodies in memory and spooled to disk")
struct URLSessionTransportResponseBodyTests {
    @Test("bodies up to the limit stay in memory; one byte more is spooled", arguments: [(4096, false), (4097, true)])
    func limitBoundary(bodySize: Int, spooled: Bool) throws {
        let server = try TransportTestServer.start { _ in
            HTTPResponse(status: 200, body: Data(repeating: 0x7A, count: bodySize))
        }
        defer { server.stop() }
        let transport = TransportTestServer.transport { $0.maximumInMemoryBodyBytes = 4096 }

        let response = try #require(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).response())

        #expect(response.body.size == bodySize)
        #expect(response.body.contents() == Data(repeating: 0x7A, count: bodySize))
        if case .file = response.body {
            #expect(spooled)
        } else {
            #expect(!spooled)
        }
        response.body.removeSpoolFile()
    }

    @Test("a spooled body cut short leaves no file behind")
    func failedSpoolRemoved() throws {
        let body = NumberedChunks(chunkCount: 64)
        let server = try TransportTestServer.start { _ in
            var response = HTTPResponse(
                status: 200,
                streaming: .stream(length: body.byteCount) { write in
                    for index in 0..<body.chunkCount where !write(body.chunk(index)) { return }
                })
            response.dropAfterBytes = body.byteCount / 2
            return response
        }
        defer { server.stop() }
        let directory = try makeSpoolDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let transport = TransportTestServer.transport {
            $0.maximumInMemoryBodyBytes = 64 * 1024
            $0.spoolDirectory = directory
        }

        let error = transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server))).error()

        if case .connectionLost = error {} else { Issue.record("expected connectionLost, got \(String(describing: error))") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test("an intermediate redirect's spooled body is removed")
    func redirectBodyRemoved() throws {
        let server = try TransportTestServer.start { request in
            if request.path == "/start" {
                return HTTPResponse(status: 302, headers: ["Location": "/end"], body: Data(repeating: 0x41, count: 10_000))
            }
            return .text("end")
        }
        defer { server.stop() }
        let directory = try makeSpoolDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let transport = TransportTestServer.transport {
            $0.maximumInMemoryBodyBytes = 1000
            $0.spoolDirectory = directory
        }

        let response = try #require(transport.send(TransportRequest(method: "GET", url: TransportTestServer.url(server, "/start"))).response())

        #expect(response.text == "end")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
