import Foundation
import Testing

@testable import PostieCore

/// What a parser made of a whole input: the response, or the error.
struct ParsedResponse: Equatable {
    var status: Int
    var headers: [String]
    var body: String
    var trailers: [String] = []
    var allowsReuse: Bool? = nil
}

/// Feeds `bytes` to a parser in pieces of `pieceSize` (0: all at once), then the end of input when
/// `closeAtEnd`, and collects what it yields. Stops at `.end`, and fails when the parser asks for more
/// after the end of input (it must never).
func parseResponse(
    _ bytes: [UInt8], method: String = "GET", pieceSize: Int = 0, closeAtEnd: Bool = true,
    maxHeadBytes: Int = HTTPResponseParser.defaultMaxHeadBytes
) -> Result<ParsedResponse, HTTPResponseParseError>? {
    var parser = HTTPResponseParser(requestMethod: method, maxHeadBytes: maxHeadBytes)
    var head: HTTPResponseHead?
    var body = Data()
    var offset = 0
    let step = pieceSize > 0 ? pieceSize : max(1, bytes.count)
    var ended = false
    while true {
        do throws(HTTPResponseParseError) {
            while let event = try parser.next() {
                switch event {
                case .head(let parsed): head = parsed
                case .body(let piece): body.append(piece)
                case .end(let trailers):
                    guard let head else { return nil }
                    return .success(
                        ParsedResponse(
                            status: head.status, headers: head.headers.map { "\($0.name): \($0.value)" },
                            body: String(decoding: body, as: UTF8.self), trailers: trailers.map { "\($0.name): \($0.value)" },
                            allowsReuse: parser.allowsReuse))
                }
            }
        } catch {
            return .failure(error)
        }
        if offset < bytes.count {
            let end = min(bytes.count, offset + step)
            parser.append(contentsOf: bytes[offset..<end])
            offset = end
        } else if closeAtEnd, !ended {
            parser.endOfInput()
            ended = true
        } else {
            return nil  // wants more bytes and none will come
        }
    }
}

@Suite("HTTPResponseParser: responses fed whole, byte by byte and in odd pieces")
struct HTTPResponseParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var raw: String
        var method = "GET"
        var closeAtEnd = true
        var expected: ParsedResponse

        var testDescription: String { name }
    }

    static let responses: [Case] = [
        Case(
            name: "Content-Length",
            raw: "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}",
            closeAtEnd: false,
            expected: ParsedResponse(
                status: 200, headers: ["Content-Type: application/json", "Content-Length: 11"], body: "{\"ok\":true}",
                allowsReuse: true)),
        Case(
            name: "chunked with extensions and trailers",
            raw: """
                HTTP/1.1 200 OK\r
                Transfer-Encoding: chunked\r
                Trailer: X-Checksum\r
                \r
                5;name=value;quoted="a;b"\r
                hello\r
                1 ; spaced\r
                ,\r
                6\r
                 world\r
                0;last\r
                X-Checksum: abc\r
                X-Other: 1\r
                \r

                """,
            closeAtEnd: false,
            expected: ParsedResponse(
                status: 200, headers: ["Transfer-Encoding: chunked", "Trailer: X-Checksum"], body: "hello, world",
                trailers: ["X-Checksum: abc", "X-Other: 1"], allowsReuse: true)),
        Case(
            name: "chunked with upper-case hex and bare LF",
            raw: "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\nA\n0123456789\n0\n\n",
            closeAtEnd: false,
            expected: ParsedResponse(status: 200, headers: ["Transfer-Encoding: chunked"], body: "0123456789", allowsReuse: true)),
        Case(
            name: "read until close",
            raw: "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end",
            expected: ParsedResponse(status: 200, headers: ["Content-Type: text/plain"], body: "until the end", allowsReuse: false)),
        Case(
            name: "a transfer coding other than chunked is read until close",
            raw: "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nraw bytes",
            expected: ParsedResponse(status: 200, headers: ["Transfer-Encoding: gzip"], body: "raw bytes", allowsReuse: false)),
        Case(
            name: "chunked wins over Content-Length, and the connection is not reused",
            raw: "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n",
            closeAtEnd: false,
            expected: ParsedResponse(
                status: 200, headers: ["Content-Length: 100", "Transfer-Encoding: chunked"], body: "hi", allowsReuse: false)),
        Case(
            name: "HEAD has no body whatever Content-Length says",
            raw: "HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n",
            method: "HEAD", closeAtEnd: false,
            expected: ParsedResponse(status: 200, headers: ["Content-Length: 1234"], body: "", allowsReuse: true)),
        Case(
            name: "204 has no body",
            raw: "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n",
            closeAtEnd: false,
            expected: ParsedResponse(status: 204, headers: ["Content-Length: 5"], body: "", allowsReuse: true)),
        Case(
            name: "304 has no body",
            raw: "HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n",
            closeAtEnd: false,
            expected: ParsedResponse(status: 304, headers: ["ETag: \"x\""], body: "", allowsReuse: true)),
        Case(
            name: "100 Continue and 103 Early Hints are skipped",
            raw: "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </s.css>\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok",
            method: "POST", closeAtEnd: false,
            expected: ParsedResponse(status: 201, headers: ["Content-Length: 2"], body: "ok", allowsReuse: true)),
        Case(
            name: "repeated headers stay in order, Set-Cookie not joined",
            raw: "HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nX-B: 2\r\nset-cookie: b=2\r\nSet-Cookie: c=3; Path=/\r\nContent-Length: 0\r\n\r\n",
            closeAtEnd: false,
            expected: ParsedResponse(
                status: 200, headers: ["Set-Cookie: a=1", "X-B: 2", "set-cookie: b=2", "Set-Cookie: c=3; Path=/", "Content-Length: 0"],
                body: "", allowsReuse: true)),
        Case(
            name: "obs-fold is joined with a space; empty values and surrounding whitespace",
            raw: "HTTP/1.1 200 OK\r\nX-Long: first\r\n  second\r\n\tthird\r\nX-Empty:\r\nX-Spaced: \t v \t\r\nContent-Length: 0\r\n\r\n",
            closeAtEnd: false,
            expected: ParsedResponse(
                status: 200, headers: ["X-Long: first second third", "X-Empty: ", "X-Spaced: v", "Content-Length: 0"], body: "",
                allowsReuse: true)),
        Case(
            name: "identical repeated Content-Length values are one length",
            raw: "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 3, 3\r\n\r\nabc",
            closeAtEnd: false,
            expected: ParsedResponse(
                status: 200, headers: ["Content-Length: 3", "Content-Length: 3, 3"], body: "abc", allowsReuse: true)),
        Case(
            name: "HTTP/1.0 closes unless keep-alive",
            raw: "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok",
            closeAtEnd: false,
            expected: ParsedResponse(status: 200, headers: ["Content-Length: 2"], body: "ok", allowsReuse: false)),
        Case(
            name: "HTTP/1.0 with keep-alive is reused",
            raw: "HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok",
            closeAtEnd: false,
            expected: ParsedResponse(status: 200, headers: ["Connection: Keep-Alive", "Content-Length: 2"], body: "ok", allowsReuse: true)),
        Case(
            name: "Connection: close is honoured",
            raw: "HTTP/1.1 200 OK\r\nConnection: upgrade, close\r\nContent-Length: 2\r\n\r\nok",
            closeAtEnd: false,
            expected: ParsedResponse(status: 200, headers: ["Connection: upgrade, close", "Content-Length: 2"], body: "ok", allowsReuse: false)),
        Case(
            name: "no reason phrase, with and without the space",
            raw: "HTTP/1.1 404 \r\nContent-Length: 0\r\n\r\n",
            closeAtEnd: false,
            expected: ParsedResponse(status: 404, headers: ["Content-Length: 0"], body: "", allowsReuse: true)),
        Case(
            name: "no reason phrase and no space",
            raw: "HTTP/1.1 500\r\nContent-Length: 0\r\n\r\n",
            closeAtEnd: false,
            expected: ParsedResponse(status: 500, headers: ["Content-Length: 0"], body: "", allowsReuse: true)),
        Case(
            name: "UTF-8 and Latin-1 header values",
            raw: "HTTP/1.1 200 OK\r\nX-Utf8: caf\u{E9}\r\nContent-Length: 0\r\n\r\n",
            closeAtEnd: false,
            expected: ParsedResponse(status: 200, headers: ["X-Utf8: caf\u{E9}", "Content-Length: 0"], body: "", allowsReuse: true)),
        Case(
            name: "bytes after the response make the connection unusable",
            raw: "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA",
            closeAtEnd: false,
            expected: ParsedResponse(status: 200, headers: ["Content-Length: 2"], body: "ok", allowsReuse: false)),
    ]

    @Test("valid responses, whole", arguments: responses)
    func whole(_ example: Case) {
        let result = parseResponse(Array(example.raw.utf8), method: example.method, closeAtEnd: example.closeAtEnd)
        #expect(result == .success(example.expected))
    }

    @Test("valid responses, byte by byte", arguments: responses)
    func byteByByte(_ example: Case) {
        var expected = example.expected
        // Fed one byte at a time, the stray bytes arrive after the end: the parser cannot see them.
        if example.name.hasPrefix("bytes after") { expected.allowsReuse = true }
        let result = parseResponse(Array(example.raw.utf8), method: example.method, pieceSize: 1, closeAtEnd: example.closeAtEnd)
        #expect(result == .success(expected))
    }

    @Test("valid responses, in pieces of 2, 3, 7 and 64 bytes", arguments: responses)
    func inPieces(_ example: Case) {
        for size in [2, 3, 7, 64] {
            let result = parseResponse(Array(example.raw.utf8), method: example.method, pieceSize: size, closeAtEnd: example.closeAtEnd)
            #expect(result?.map(\.body) == .success(example.expected.body), "pieces of \(size)")
            #expect(result?.map(\.headers) == .success(example.expected.headers), "pieces of \(size)")
        }
    }

    @Test("Latin-1 bytes that are not UTF-8 are kept one character per byte")
    func latin1() {
        var bytes = Array("HTTP/1.1 200 OK\r\nX-Latin: caf".utf8)
        bytes += [0xE9]
        bytes += Array("\r\nContent-Length: 0\r\n\r\n".utf8)
        let result = parseResponse(bytes, closeAtEnd: false)
        #expect(result?.map(\.headers.first) == .success("X-Latin: caf\u{E9}"))
    }

    static let invalid: [(String, String, String)] = [
        ("garbage", "garbage\r\n\r\n", "invalid status line"),
        ("HTTP/0.9 (no status line)", "<html>hello</html>", "invalid status line"),
        ("letters for a status", "HTTP/1.1 abc Broken\r\nContent-Length: 2\r\n\r\nhi", "invalid status line"),
        ("two-digit status", "HTTP/1.1 20 OK\r\n\r\n", "invalid status line"),
        ("status below 100", "HTTP/1.1 099 Low\r\n\r\n", "invalid status line"),
        ("four-digit status", "HTTP/1.1 2000 OK\r\n\r\n", "invalid status line"),
        ("HTTP/2 status line", "HTTP/2 200\r\n\r\n", "invalid status line"),
        ("HTTP/1.1 without a space", "HTTP/1.1200 OK\r\n\r\n", "invalid status line"),
        ("lower-case version", "http/1.1 200 OK\r\n\r\n", "invalid status line"),
        ("leading space", " HTTP/1.1 200 OK\r\n\r\n", "invalid status line"),
        ("header line without a colon", "HTTP/1.1 200 OK\r\nNoColonHere\r\n\r\n", "invalid header line"),
        ("space before the colon", "HTTP/1.1 200 OK\r\nX-Bad : 1\r\n\r\n", "invalid header line"),
        ("empty header name", "HTTP/1.1 200 OK\r\n: value\r\n\r\n", "invalid header line"),
        ("NUL in a header value", "HTTP/1.1 200 OK\r\nX-Nul: a\u{0}b\r\n\r\n", "invalid header line"),
        ("Content-Length not a number", "HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\nhi", "invalid Content-Length"),
        ("negative Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\nhi", "invalid Content-Length"),
        ("Content-Length with a sign", "HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\nhi", "invalid Content-Length"),
        (
            "Content-Length beyond Int", "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\nhi",
            "invalid Content-Length"
        ),
        ("conflicting Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nhi", "conflicting Content-Length"),
        ("conflicting Content-Length in one field", "HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\nhi", "conflicting Content-Length"),
        ("chunk size not hexadecimal", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhi\r\n", "chunk"),
        ("empty chunk size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\r\nhi\r\n", "chunk"),
        ("negative chunk size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n", "chunk"),
        (
            "chunk size beyond Int", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\nhi\r\n",
            "chunk size"
        ),
        ("chunk longer than its size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhello\r\n0\r\n\r\n", "CRLF"),
        ("chunk size with trailing junk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5 x\r\nhello\r\n", "chunk size"),
        ("closed before a byte", "", "without sending a response"),
        ("closed mid status line", "HTTP/1.1 20", "in the middle of the status line"),
        ("closed mid headers", "HTTP/1.1 200 OK\r\nContent-Ty", "in the middle of the header fields"),
        ("closed before the blank line", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n", "in the middle of the header fields"),
        ("closed mid body", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello", "after 5 of 10 body bytes"),
        ("closed mid chunk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel", "chunked body, after 3 body bytes"),
        ("closed before the last chunk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n", "chunked body"),
        ("closed in the trailers", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: 1\r\n", "trailer section"),
        ("closed after an interim response", "HTTP/1.1 100 Continue\r\n\r\n", "after an interim (1xx) response"),
    ]

    @Test("invalid and cut-short responses are errors naming the fault", arguments: invalid)
    func invalidResponses(name: String, raw: String, fault: String) {
        for pieceSize in [0, 1] {
            let result = parseResponse(Array(raw.utf8), pieceSize: pieceSize)
            guard case .failure(let error)? = result else {
                Issue.record("\(name): expected an error, got \(String(describing: result)) (pieces of \(pieceSize))")
                continue
            }
            #expect(error.description.contains(fault), "\(name): \(error.description)")
        }
    }

    @Test("a cut-short response is a truncation; an invalid one is not")
    func truncationIsTold() {
        if case .failure(let error)? = parseResponse(Array("HTTP/1.1 200 OK\r\nX".utf8)) {
            #expect(error.isTruncation)
        } else {
            Issue.record("expected an error")
        }
        if case .failure(let error)? = parseResponse(Array("nonsense\r\n\r\n".utf8)) {
            #expect(!error.isTruncation)
        } else {
            Issue.record("expected an error")
        }
    }

    @Test("a head over the limit is refused, whether or not its end has arrived")
    func hugeHead() {
        let field = "X-Filler: " + String(repeating: "a", count: 1000) + "\r\n"
        let head = "HTTP/1.1 200 OK\r\n" + String(repeating: field, count: 300)
        let limit = HTTPResponseParser.defaultMaxHeadBytes
        for raw in [head, head + "Content-Length: 0\r\n\r\n"] {
            let result = parseResponse(Array(raw.utf8), closeAtEnd: false)
            #expect(result == .failure(.headTooLarge(limit: limit)))
        }
        // One line without an end, longer than the limit.
        let endless = "HTTP/1.1 200 OK\r\nX-Endless: " + String(repeating: "b", count: limit)
        #expect(parseResponse(Array(endless.utf8), closeAtEnd: false) == .failure(.headTooLarge(limit: limit)))
        // A status line alone over the limit.
        #expect(
            parseResponse(Array(("HTTP/1.1 200 " + String(repeating: "c", count: limit)).utf8), closeAtEnd: false)
                == .failure(.headTooLarge(limit: limit)))
        // Just under the limit is fine.
        let fits = "HTTP/1.1 200 OK\r\n" + String(repeating: field, count: 200) + "Content-Length: 0\r\n\r\n"
        #expect(parseResponse(Array(fits.utf8), closeAtEnd: false)?.map(\.status) == .success(200))
    }

    @Test("many small header lines are parsed in linear time")
    func manyHeaders() {
        let raw = "HTTP/1.1 200 OK\r\n" + String(repeating: "A: b\r\n", count: 40_000) + "Content-Length: 0\r\n\r\n"
        let (result, seconds) = secondsElapsed { parseResponse(Array(raw.utf8), closeAtEnd: false) }
        #expect(result?.map(\.headers.count) == .success(40_001))
        #expect(seconds < 10)
    }

    @Test("endless interim responses are refused")
    func endlessInterim() {
        let raw = String(repeating: "HTTP/1.1 100 Continue\r\n\r\n", count: 100)
        #expect(parseResponse(Array(raw.utf8), closeAtEnd: false) == .failure(.tooManyInterimResponses))
    }

    @Test("101 Switching Protocols is a final answer with no body, and ends the connection's use")
    func switchingProtocols() {
        let raw = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"
        let result = parseResponse(Array(raw.utf8), closeAtEnd: false)
        #expect(result?.map(\.status) == .success(101))
        #expect(result?.map(\.allowsReuse) == .success(false))
    }

    @Test("random bytes never crash the parser, whole or in pieces")
    func randomGarbage() {
        var generator = SeededGenerator(seed: 0x5EED)
        for round in 0..<1_500 {
            let length = Int.random(in: 0...600, using: &generator)
            var bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            // Often start plausibly, so that the fuzzing reaches the headers and the body.
            if round % 2 == 0 { bytes = Array("HTTP/1.1 200 OK\r\n".utf8) + bytes }
            _ = parseResponse(bytes, method: round % 7 == 0 ? "HEAD" : "GET", pieceSize: round % 3 == 0 ? 1 : 0)
        }
    }

    @Test("valid responses with bytes flipped, dropped or cut never crash the parser")
    func mutatedResponses() {
        var generator = SeededGenerator(seed: 0xF1A9)
        let alphabet = Array("0123456789abcdefABCDEF\r\n:; \t-,".utf8) + [0, 0xFF, 0x80]
        for example in Self.responses {
            let original = Array(example.raw.utf8)
            for _ in 0..<200 {
                var bytes = original
                for _ in 0..<Int.random(in: 1...4, using: &generator) where !bytes.isEmpty {
                    let index = Int.random(in: 0..<bytes.count, using: &generator)
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: bytes[index] = alphabet.randomElement(using: &generator) ?? 0
                    case 1: bytes.remove(at: index)
                    default: bytes = Array(bytes[..<index])
                    }
                }
                let result = parseResponse(bytes, method: example.method, pieceSize: Int.random(in: 0...5, using: &generator))
                #expect(result != nil, "the parser waited for more after the end of input: \(bytes)")
            }
        }
    }
}

/// A small deterministic generator (SplitMix64), so that a failing fuzz case can be replayed.
struct SeededGenerator: RandomNumberGenerator {
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
