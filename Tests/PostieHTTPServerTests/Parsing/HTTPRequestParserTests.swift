import Foundation
import Testing

@testable import PostieHTTPServer

/// Feeds `bytes` to a parser (all at once or one byte at a time) and collects the requests and heads.
private func parse(
    _ bytes: [UInt8], maxHeaderBytes: Int = 64 * 1024, maxBodyBytes: Int = 1024 * 1024, byteByByte: Bool = false
) throws(HTTPParseError) -> (requests: [HTTPRequest], heads: [HTTPRequestHead], leftover: Int) {
    var parser = HTTPRequestParser(limits: .init(maxHeaderBytes: maxHeaderBytes, maxBodyBytes: maxBodyBytes))
    var requests: [HTTPRequest] = []
    var heads: [HTTPRequestHead] = []
    let pieces: [[UInt8]] = byteByByte ? bytes.map { [$0] } : [bytes]
    for piece in pieces {
        parser.append(contentsOf: piece)
        while let event = try parser.next() {
            switch event {
            case .head: break
            case .request(let request, let head):
                requests.append(request)
                heads.append(head)
            }
        }
    }
    return (requests, heads, parser.bufferedByteCount)
}

private func parse(_ text: String, byteByByte: Bool = false) throws(HTTPParseError)
    -> (requests: [HTTPRequest], heads: [HTTPRequestHead], leftover: Int)
{
    try parse(Array(text.utf8), byteByByte: byteByByte)
}

/// The error the parser stops with, or nil.
private func parseError(_ text: String, maxBodyBytes: Int = 1024 * 1024) -> HTTPParseError? {
    do {
        _ = try parse(Array(text.utf8), maxBodyBytes: maxBodyBytes)
        return nil
    } catch {
        return error
    }
}

@Suite("HTTP request parser")
struct HTTPRequestParserTests {
    @Test(arguments: [false, true])
    func parsesRequestLineHeadersAndBody(byteByByte: Bool) throws {
        let text = """
            POST /gallery/api/v1/workflows/?limit=5&name=a%20b HTTP/1.1\r
            Host: localhost:8080\r
            Content-Type: application/json\r
            X-Empty:\r
            X-Spaced: \t value with  inner spaces \t\r
            Content-Length: 13\r
            \r
            {"id": "42"}\n
            """
        let (requests, heads, leftover) = try parse(text, byteByByte: byteByByte)
        #expect(requests.count == 1)
        #expect(leftover == 0)
        let request = try #require(requests.first)
        #expect(request.method == "POST")
        #expect(request.target == "/gallery/api/v1/workflows/?limit=5&name=a%20b")
        #expect(request.path == "/gallery/api/v1/workflows/")
        #expect(request.queryItems.map(\.value) == ["5", "a b"])
        #expect(request.version == "HTTP/1.1")
        #expect(request.headers["host"] == "localhost:8080")
        #expect(request.headers["X-Empty"] == "")
        #expect(request.headers["X-Spaced"] == "value with  inner spaces")
        #expect(request.body == Data("{\"id\": \"42\"}\n".utf8))
        #expect(heads.first?.keepAlive == true)
        #expect(heads.first?.framing == .length(13))
    }

    @Test(arguments: [false, true])
    func parsesPipelinedRequestsInOrder(byteByByte: Bool) throws {
        let text = """
            GET /one HTTP/1.1\r
            Host: a\r
            \r
            POST /two HTTP/1.1\r
            Host: a\r
            Content-Length: 3\r
            \r
            abcGET /three HTTP/1.1\r
            Host: a\r
            \r
            GET /partial HTTP/1.1\r
            Ho
            """
        let (requests, _, leftover) = try parse(text, byteByByte: byteByByte)
        #expect(requests.map(\.target) == ["/one", "/two", "/three"])
        #expect(requests[1].body == Data("abc".utf8))
        #expect(leftover == "GET /partial HTTP/1.1\r\nHo".utf8.count)
    }

    @Test func acceptsBareLineFeedsAndLeadingEmptyLines() throws {
        // RFC 9112 §2.2: bare LF may be accepted; empty lines before the request line are ignored.
        let (requests, _, _) = try parse("\r\n\nGET /lf HTTP/1.1\nHost: a\nX-A: 1\n\n")
        #expect(requests.map(\.target) == ["/lf"])
        #expect(requests.first?.headers["X-A"] == "1")
    }

    @Test(arguments: [false, true])
    func decodesChunkedBodyWithExtensionsAndTrailers(byteByByte: Bool) throws {
        let text = """
            POST /upload HTTP/1.1\r
            Host: a\r
            Transfer-Encoding: chunked\r
            \r
            5;name=value;flag\r
            hello\r
            1A ; quoted="a;b"\r
            , chunked world with exts!\r
            0\r
            X-Checksum: abc\r
            X-Other: def\r
            \r
            GET /next HTTP/1.1\r
            Host: a\r
            \r

            """
        let (requests, heads, leftover) = try parse(text, byteByByte: byteByByte)
        #expect(requests.map(\.target) == ["/upload", "/next"])
        #expect(String(decoding: requests[0].body, as: UTF8.self) == "hello, chunked world with exts!")
        #expect(heads[0].framing == .chunked)
        #expect(leftover == 0)
    }

    @Test func transferEncodingWinsOverContentLengthAndClosesAfter() throws {
        // RFC 9112 §6.3 rule 3.
        let (requests, heads, _) = try parse(
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        #expect(requests.first?.body == Data("abc".utf8))
        #expect(heads.first?.keepAlive == false)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost: a\r\n\r\n", true),
        ("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", false),
        ("GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade, CLOSE\r\n\r\n", false),
        ("GET / HTTP/1.0\r\n\r\n", false),
        ("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true),
        ("GET / HTTP/1.0\r\nConnection: Keep-Alive, close\r\n\r\n", false),
    ])
    func decidesPersistence(text: String, keepAlive: Bool) throws {
        // RFC 9112 §9.3.
        let (_, heads, _) = try parse(text)
        #expect(heads.first?.keepAlive == keepAlive)
    }

    @Test func noBodyWithoutFraming() throws {
        // RFC 9112 §6.3 rule 7: a GET without Content-Length or Transfer-Encoding has no body, so the
        // bytes after it are the next request.
        let (requests, _, _) = try parse("GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(requests.map(\.body) == [Data(), Data()])
        #expect(requests.map(\.target) == ["/a", "/b"])
    }

    @Test func identicalDuplicateContentLengthsAreAccepted() throws {
        let (requests, _, _) = try parse("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nContent-Length: 2, 02\r\n\r\nok")
        #expect(requests.first?.body == Data("ok".utf8))
    }

    @Test func expectContinueIsReportedWithTheHead() throws {
        var parser = HTTPRequestParser(limits: .init(maxHeaderBytes: 1024, maxBodyBytes: 1024))
        parser.append(contentsOf: Array("PUT /f HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8))
        guard case .head(let head) = try parser.next() else {
            Issue.record("expected the head before the body")
            return
        }
        #expect(head.expectsContinue)
        #expect(try parser.next() == nil)
        parser.append(contentsOf: Array("hi".utf8))
        guard case .request(let request, _) = try parser.next() else {
            Issue.record("expected the request")
            return
        }
        #expect(request.body == Data("hi".utf8))
    }

    @Test func expectContinueIsIgnoredForHTTP10AndWithoutBody() throws {
        // RFC 9110 §10.1.1.
        let (_, heads10, _) = try parse("PUT / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx")
        #expect(heads10.first?.expectsContinue == false)
        let (_, headsEmpty, _) = try parse("GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n")
        #expect(headsEmpty.first?.expectsContinue == false)
    }

    @Test(arguments: [
        // Request line (RFC 9112 §3).
        ("GET\r\n\r\n", 400),
        ("GET /\r\nHost: a\r\n\r\n", 400),
        ("GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400),
        ("GET / HTTP/1.1 \r\nHost: a\r\n\r\n", 400),
        ("G(T / HTTP/1.1\r\nHost: a\r\n\r\n", 400),
        ("GET /a\u{7F}b HTTP/1.1\r\nHost: a\r\n\r\n", 400),
        ("GET / http/1.1\r\nHost: a\r\n\r\n", 400),
        ("GET / HTTP/1\r\nHost: a\r\n\r\n", 400),
        ("GET / HTTP/1.1x\r\nHost: a\r\n\r\n", 400),
        ("GET / HTTP/11.1\r\nHost: a\r\n\r\n", 400),
        ("GET / HTTP/0.9\r\nHost: a\r\n\r\n", 400),
        ("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505),
        ("GET / HTTP/3.0\r\nHost: a\r\n\r\n", 505),
        ("GET / HTTP/2\r\nHost: a\r\n\r\n", 505),
        // Fields (RFC 9112 §5, §2.2, §3.2).
        ("GET / HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nX-A : 1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n folded\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nno colon\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\n: empty name\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nX-A: a\u{0}b\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nX-A: a\rb\r\n\r\n", 400),
        // Content-Length (RFC 9112 §6.3).
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1x\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1, 2\r\n\r\nab", 400),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2000000\r\n\r\n", 413),
        // Transfer-Encoding (RFC 9112 §6.1).
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: identity\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: ,\r\n\r\n", 400),
        ("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        // Expect (RFC 9110 §10.1.1).
        ("POST / HTTP/1.1\r\nHost: a\r\nExpect: something-else\r\nContent-Length: 1\r\n\r\nx", 417),
    ])
    func refusesMalformedHeads(text: String, status: Int) {
        #expect(parseError(text)?.status == status, "\(text.debugDescription)")
    }

    @Test(arguments: [
        ("zz\r\nab\r\n0\r\n\r\n", 400),
        ("FFFFFFFFFFFFFFFFFFFF\r\n", 400),
        ("-5\r\nabcde\r\n0\r\n\r\n", 400),
        ("\r\n", 400),
        ("5 x\r\nabcde\r\n0\r\n\r\n", 400),
        ("3\r\nabcdef\r\n0\r\n\r\n", 400),
        ("3\r\nabcX\n0\r\n\r\n", 400),
        ("5;ext=\u{1}\r\nabcde\r\n0\r\n\r\n", 400),
        ("0\r\nno colon trailer\r\n\r\n", 400),
        ("100000\r\n", 413),
        ("40\r\n" + String(repeating: "a", count: 0x40) + "\r\n40\r\n", 413),
    ])
    func refusesMalformedChunks(body: String, status: Int) {
        let text = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n" + body
        #expect(parseError(text, maxBodyBytes: 100)?.status == status, "\(body.prefix(40).debugDescription)")
    }

    @Test func refusesAnOverlongChunkSizeLine() {
        let text = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1;" + String(repeating: "e", count: 5000)
        #expect(parseError(text)?.status == 400)
    }

    @Test func refusesHeadersOverTheLimitEvenBeforeTheyEnd() {
        let line = "X-Filler: " + String(repeating: "a", count: 100) + "\r\n"
        let unfinished = "GET / HTTP/1.1\r\nHost: a\r\n" + String(repeating: line, count: 20)
        #expect(throws: HTTPParseError.headersTooLarge(limit: 1024)) {
            _ = try parse(Array(unfinished.utf8), maxHeaderBytes: 1024)
        }
        let finished = unfinished + "\r\n"
        #expect(throws: HTTPParseError.headersTooLarge(limit: 1024)) {
            _ = try parse(Array(finished.utf8), maxHeaderBytes: 1024, byteByByte: true)
        }
    }

    @Test(arguments: [
        [UInt8](repeating: 0xFF, count: 10),
        [0x00, 0x01, 0x02],
        Array("\u{16}\u{03}\u{01}".utf8),  // a TLS ClientHello on the plain port
        Array(String(repeating: "A", count: 100).utf8),
    ])
    func refusesGarbageBeforeTheLineEnds(bytes: [UInt8]) {
        // No line feed yet, but these bytes cannot start a method: refuse at once rather than wait.
        #expect(throws: HTTPParseError.self) { _ = try parse(bytes) }
    }

    @Test func survivesRandomBytes() {
        var generator = SplitMix64(seed: 0x5eed)
        for _ in 0..<500 {
            let count = Int(generator.next() % 300)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            // Must return or throw, never trap; a whole request from noise is fine too.
            _ = try? parse(bytes, maxHeaderBytes: 256, maxBodyBytes: 256)
            _ = try? parse(Array("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n".utf8) + bytes)
        }
    }

    @Test func rawUTF8TargetIsKeptAndInvalidUTF8Refused() throws {
        let (requests, _, _) = try parse(Array("GET /caf\u{E9} HTTP/1.1\r\nHost: a\r\n\r\n".utf8))
        #expect(requests.first?.target == "/caf\u{E9}")
        let invalid = Array("GET /".utf8) + [0xC3, 0x28] + Array(" HTTP/1.1\r\nHost: a\r\n\r\n".utf8)
        #expect(throws: HTTPParseError.self) { _ = try parse(invalid) }
    }

    @Test func obsoleteTextInValuesIsDecoded() throws {
        let latin1 = Array("GET / HTTP/1.1\r\nHost: a\r\nX-Name: ".utf8) + [0x4A, 0xF6, 0x72, 0x67] + Array("\r\n\r\n".utf8)
        let (requests, _, _) = try parse(latin1)
        #expect(requests.first?.headers["X-Name"] == "J\u{F6}rg")
        let (utf8, _, _) = try parse(Array("GET / HTTP/1.1\r\nHost: a\r\nX-Name: J\u{F6}rg\r\n\r\n".utf8))
        #expect(utf8.first?.headers["X-Name"] == "J\u{F6}rg")
    }
}

/// A small deterministic generator, so that "random" inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
