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
