import Foundation
import Testing

@testable import PostieCore

/// gzip and deflate bodies; the compressed bytes come from Node 20's zlib (`gzipSync`, `deflateSync`,
/// `deflateRawSync`), the expected text is what Node decodes them to.
@Suite("Transport: gzip and deflate bodies")
struct ContentDecodingTests {
    static let text = #"{"rates":[1.0842,0.8571,156.32],"note":"gzip body as Postman decodes it"}"#
    static let gzip = "H4sIAAAAAAAAA6tWKkosSS1Wsoo21DOwMDHSMdCzMDU31DE0NdMzNorVUcrLL0lVslJKr8osUEjKT6lUSCxWCMgvLslNzFNISU3OT0ktVsgsUaoFAOSxy71JAAAA"
    static let zlib = "eJyrVipKLEktVrKKNtQzsDAx0jHQszA1N9QxNDXTMzaK1VHKyy9JVbJSSq/KLFBIyk+pVEgsVgjILy7JTcxTSElNzk9JLVbILFGqBQD8chZL"
    static let raw = "q1YqSixJLVayijbUM7AwMdIx0LMwNTfUMTQ10zM2itVRyssvSVWyUkqvyixQSMpPqVRILFYIyC8uyU3MU0hJTc5PSS1WyCxRqgUA"
    static let twoMembers = "H4sIAAAAAAAAA0vLLCouUchNzU1KLdJRAADe/wpiDgAAAB+LCAAAAAAAAAMrTk3Oz0tRyE3NTUotAgAkdPqfDQAAAA=="
    /// 4 MiB of zeros, gzipped to 4098 bytes.
    static let bomb = "H4sIAAAAAAAAA+3BAQEAAACCIP+vbkhAAQ" + String(repeating: "A", count: 5416) + "B8G2pARxEAAEAA"
    /// `gzip` less its last 6 bytes: Node says "unexpected end of file".
    static let truncated = "H4sIAAAAAAAAA6tWKkosSS1Wsoo21DOwMDHSMdCzMDU31DE0NdMzNorVUcrLL0lVslJKr8osUEjKT6lUSCxWCMgvLslNzFNISU3OT0ktVsgsUaoFAOSx"

    /// A raw server writing the whole response as bytes (compressed bodies are not text).
    static func byteServer(coding: String, base64: String, chunkSize: Int = 7) throws -> ScriptedServer {
        let bytes = [UInt8](Data(base64Encoded: base64) ?? Data())
        return try ScriptedServer { connection in
            while connection.readRequest() != nil {
                var out = Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: \(coding)\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
                var index = 0
                while index < bytes.count {
                    let piece = bytes[index..<min(bytes.count, index + chunkSize)]
                    out += Array((String(piece.count, radix: 16) + "\r\n").utf8) + piece + Array("\r\n".utf8)
                    index += chunkSize
                }
                out += Array("0\r\n\r\n".utf8)
                connection.write(out)
            }
        }
    }

    @Test(
        "decoded as they arrive, cut anywhere: gzip, zlib-wrapped and raw deflate, several gzip members",
        arguments: [
            ("gzip", gzip, text), ("x-gzip", gzip, text), ("deflate", zlib, text), ("deflate", raw, text),
            ("gzip", twoMembers, "first member, second member"), ("GZIP", gzip, text),
        ])
    func decodes(coding: String, base64: String, expected: String) throws {
        let server = try Self.byteServer(coding: coding, base64: base64)
        defer { server.stop() }
        let response = try #require(
            TransportTestServer.socketTransport().send(TransportRequest(method: "GET", url: server.url("/"))).response())
        #expect(response.text == expected)
        #expect(response.body.size == expected.utf8.count)
        #expect(response.encodedBodySize == Data(base64Encoded: base64)?.count)
        #expect(response.header("Content-Encoding") == coding)
    }

    @Test("a body that decodes past the bound is an error on that request, not an exhausted disk")
    func bomb() throws {
        let server = try Self.byteServer(coding: "gzip", base64: Self.bomb, chunkSize: 1000)
        defer { server.stop() }
        let transport = TransportTestServer.socketTransport { $0.maximumDecodedBodyBytes = 1 << 20 }
        let error = try #require(transport.send(TransportRequest(method: "GET", url: server.url("/"))).error())
        #expect(error.description == "the gzip body decodes to more than 1.0 MB: refused as a decompression bomb")
        let unbounded = try #require(
            TransportTestServer.socketTransport().send(TransportRequest(method: "GET", url: server.url("/"))).response())
        #expect(unbounded.body.size == 4 << 20)
    }

    @Test(
        "a stream that ends early, or is not one, is an error naming the coding",
        arguments: [
            ("gzip", truncated, "the connection was lost: the gzip body ended before its compressed data did (unexpected end of file)"),
            ("gzip", "bm90IGd6aXAgYXQgYWxs", "the gzip body is corrupt: incorrect header check"),
            ("deflate", "////////", "the deflate body is corrupt: invalid block type"),
        ])
    func corrupt(coding: String, base64: String, message: String) throws {
        let server = try Self.byteServer(coding: coding, base64: base64)
        defer { server.stop() }
        let error = try #require(
            TransportTestServer.socketTransport().send(TransportRequest(method: "GET", url: server.url("/"))).error())
        #expect(error.description == message)
    }

    @Test("br and other codings postie does not ask for come as they are")
    func otherCodings() throws {
        let server = try Self.byteServer(coding: "br", base64: Self.gzip)
        defer { server.stop() }
        let response = try #require(
            TransportTestServer.socketTransport().send(TransportRequest(method: "GET", url: server.url("/"))).response())
        #expect(response.body.inMemoryBytes == Data(base64Encoded: Self.gzip))
        #expect(response.encodedBodySize == nil)
    }

    @Test("newman-gzip-test: the collection's request asks for gzip and reads the body decoded",
        .enabled(if: NewmanIntegration.isPresent, "../shared/reference/newman-integration is absent; skipped"))
    func newmanGzipCollection() throws {
        let server = try Self.byteServer(coding: "gzip", base64: Self.gzip)
        defer { server.stop() }
        let collection = try NewmanIntegration.collection("newman-gzip-test.postman_collection.json", port: server.port)
            .replacingHosts(with: "http://127.0.0.1:\(server.port)")
        let outcomes = WireHarness().run(collection)
        #expect(outcomes.count == 1)
        #expect(outcomes.first.map { String(decoding: $0.response?.body.inMemoryBytes ?? Data(), as: UTF8.self) } == Self.text)
        #expect(outcomes.first?.sent?.headers.first { $0.hasName("Accept-Encoding") }?.value == "gzip, deflate")
    }
}

extension PostmanCollection {
    /// The collection with every request's URL origin replaced by `origin` (for integration collections
    /// that call public hosts, sent to a loopback stand-in instead).
    func replacingHosts(with origin: String) -> PostmanCollection {
        var copy = self
        func rewrite(_ items: [CollectionItem]) -> [CollectionItem] {
            items.map { item in
                switch item {
                case .folder(var folder):
                    folder.items = rewrite(folder.items)
                    return .folder(folder)
                case .request(var request):
                    let url = RequestURL.parse(RequestBuilder.unresolvedText(of: request.request.url))
                    let path = url.pathSegments.joined(separator: "/")
                    let query = url.encodedQuery.map { "?" + $0 } ?? ""
                    request.request.url = URLDefinition(raw: origin + "/" + path + query)
                    return .request(request)
                }
            }
        }
        copy.items = rewrite(items)
        return copy
    }
}
