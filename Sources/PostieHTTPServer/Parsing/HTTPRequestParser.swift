import Foundation
import PostieHTTP

/// A request line and header section, parsed, with what the connection needs to read the body.
struct HTTPRequestHead: Sendable {
    /// How the body's end is found (RFC 9112 §6.3).
    enum BodyFraming: Sendable, Equatable {
        /// No body: neither `Content-Length` nor `Transfer-Encoding` (§6.3 rule 7), or a length of 0.
        case none
        /// Exactly this many bytes follow.
        case length(Int)
        /// `Transfer-Encoding: chunked` (§7.1).
        case chunked
    }

    var method: String
    var target: String
    /// As sent, e.g. `HTTP/1.1`.
    var version: String
    /// 0 for HTTP/1.0, 1 or more for HTTP/1.1 semantics.
    var minorVersion: Int
    var headers: HTTPHeaders
    var framing: BodyFraming
    /// Whether the connection may be reused after the response (RFC 9112 §9.3).
    var keepAlive: Bool
    /// `Expect: 100-continue` on an HTTP/1.1 request with a body (RFC 9110 §10.1.1).
    var expectsContinue: Bool
}

/// Reads HTTP/1.1 requests (RFC 9112) from bytes as they arrive, with no socket in sight.
///
/// Feed bytes with `append`, then call `next()` until it returns nil (more bytes needed). A request with a
/// body yields `.head` first, so that the connection can send `100 Continue`, then `.request` once the
/// body is complete. Bytes after a request stay buffered for the next one (pipelining). Memory is bounded:
/// the header section by `maxHeaderBytes` (431 beyond), the body by `maxBodyBytes` (413 beyond).
/// Any error is final: the connection answers it and closes.
struct HTTPRequestParser {
    /// Size limits; exceeding them is an error, never a crash or unbounded growth.
    struct Limits: Sendable {
        var maxHeaderBytes: Int
        var maxBodyBytes: Int
    }

    /// What `next()` found.
    enum Event {
        /// A head whose body is still to come.
        case head(HTTPRequestHead)
        /// A whole request.
        case request(HTTPRequest, HTTPRequestHead)
    }

    private enum State {
        /// Looking for the end of a head; `scanned` bytes after `start` hold no end yet.
        case head(scanned: Int)
        case fixedBody(HTTPRequestHead, remaining: Int)
        case chunkedBody(HTTPRequestHead)
    }

    /// A method longer than this is refused before the request line is complete, so that garbage
    /// bytes are answered at once instead of after the request timeout.
    static let maxMethodBytes = 64

    let limits: Limits
    /// Copied into each request, for the handler's logs.
    var remoteAddress: String

    private var buffer: [UInt8] = []
    /// Index of the first byte in `buffer` not consumed yet.
    private var start = 0
    private var state = State.head(scanned: 0)
    private var body = Data()
    private var chunkDecoder = ChunkedBodyDecoder(maxBodyBytes: 0, maxTrailerBytes: 0)

    init(limits: Limits, remoteAddress: String = "") {
        self.limits = limits
        self.remoteAddress = remoteAddress
    }

    /// Bytes received and not consumed by a request yet.
    var bufferedByteCount: Int { buffer.count - start }

    /// Whether some of a request has arrived (so a timeout now is a slow request, not an idle connection).
    var isInsideRequest: Bool {
        if case .head = state { return bufferedByteCount > 0 }
        return true
    }

    /// Adds received bytes.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    /// Adds received bytes.
    mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 256 * 1024)
            start = 0
        } else if start >= 16 * 1024, start * 2 >= buffer.count {
            buffer.removeSubrange(0..<start)
            start = 0
        }
    }

    /// The next head or request from the buffered bytes, or nil when more bytes are needed.
    mutating func next() throws(HTTPParseError) -> Event? {
        switch state {
        case .head(let scanned):
            return try nextHead(scanned: scanned)

        case .fixedBody(let head, let remaining):
            let take = min(remaining, bufferedByteCount)
            if take > 0 {
                buffer.withUnsafeBufferPointer { all in
                    body.append(UnsafeBufferPointer(rebasing: all[start..<(start + take)]))
                }
                start += take
            }
            guard take == remaining else {
                state = .fixedBody(head, remaining: remaining - take)
                return nil
            }
            return finishRequest(head)

        case .chunkedBody(let head):
            var decoder = chunkDecoder
            var received = body
            body = Data()  // keep `received` uniquely referenced so appends do not copy
            defer { chunkDecoder = decoder }
            let consumed: Int
            do {
                consumed = try buffer.withUnsafeBufferPointer { all throws(HTTPParseError) in
                    try decoder.decode(UnsafeBufferPointer(rebasing: all[start...]), into: &received)
                }
            } catch {
                body = received
                throw error
            }
            start += consumed
            body = received
            guard decoder.isDone else { return nil }
            return finishRequest(head)
        }
    }

    private mutating func finishRequest(_ head: HTTPRequestHead) -> Event {
        let request = HTTPRequest(
            method: head.method, target: head.target, version: head.version, headers: head.headers, body: body,
            remoteAddress: remoteAddress)
        body = Data()
        state = .head(scanned: 0)
        return .request(request, head)
    }

    // MARK: Head

    private mutating func nextHead(scanned: Int) throws(HTTPParseError) -> Event? {
        var scanned = scanned
        if skipLeadingEmptyLines() { scanned = 0 }
        guard bufferedByteCount > 0 else {
            state = .head(scanned: 0)
            return nil
        }
        let limits = self.limits
        let outcome: HeadScan = try buffer.withUnsafeBufferPointer { all throws(HTTPParseError) in
            let bytes = UnsafeBufferPointer(rebasing: all[start...])
            let scan = Self.findEndOfHead(bytes, from: scanned)
            guard let end = scan.end else {
                if bytes.count > limits.maxHeaderBytes { throw .headersTooLarge(limit: limits.maxHeaderBytes) }
                try Self.checkMethodPrefix(bytes)
                return .incomplete(scanned: scan.scanned)
            }
            if end > limits.maxHeaderBytes { throw .headersTooLarge(limit: limits.maxHeaderBytes) }
            let head = try Self.parseHead(UnsafeBufferPointer(rebasing: bytes[..<end]), limits: limits)
            return .complete(head, length: end)
        }
        switch outcome {
        case .incomplete(let scanned):
            state = .head(scanned: scanned)
            return nil
        case .complete(let head, let length):
            start += length
            switch head.framing {
            case .none:
                body = Data()
                return finishRequest(head)
            case .length(let length):
                body = Data()
                body.reserveCapacity(min(length, 1 << 20))  // a claimed length is not yet a reason to allocate it
                state = .fixedBody(head, remaining: length)
                return .head(head)
            case .chunked:
                body = Data()
                chunkDecoder = ChunkedBodyDecoder(maxBodyBytes: limits.maxBodyBytes, maxTrailerBytes: limits.maxHeaderBytes)
                state = .chunkedBody(head)
                return .head(head)
            }
        }
    }

    private enum HeadScan {
        case incomplete(scanned: Int)
        case complete(HTTPRequestHead, length: Int)
    }

    /// RFC 9112 §2.2: a server SHOULD ignore at least one empty line received before the request-line.
    /// Returns whether anything was skipped.
    private mutating func skipLeadingEmptyLines() -> Bool {
        var skipped = false
        while start < buffer.count {
            if buffer[start] == ASCII.lineFeed {
                start += 1
            } else if buffer[start] == ASCII.carriageReturn, start + 1 < buffer.count, buffer[start + 1] == ASCII.lineFeed {
                start += 2
            } else {
                break
            }
            skipped = true
        }
        return skipped
    }

    /// Finds the end of the header section: the empty line after the last field, ended by CRLF or a bare
    /// LF (RFC 9112 §2.2 lets a recipient accept a bare LF). Returns the offset just past it, or how far
    /// the search got so that the next call resumes there instead of rescanning.
    static func findEndOfHead(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> (end: Int?, scanned: Int) {
        var index = max(0, offset)
        let count = bytes.count
        while index < count {
            guard bytes[index] == ASCII.lineFeed else {
                index += 1
                continue
            }
            // A line ends at `index`; is the next one empty?
            guard index + 1 < count else { return (nil, index) }
            if bytes[index + 1] == ASCII.lineFeed { return (index + 2, index + 2) }
            if bytes[index + 1] == ASCII.carriageReturn {
                guard index + 2 < count else { return (nil, index) }
                if bytes[index + 2] == ASCII.lineFeed { return (index + 3, index + 3) }
            }
            index += 1
        }
        return (nil, index)
    }

    /// Refuses a request whose first bytes cannot start a method token, before its line is complete.
    private static func checkMethodPrefix(_ bytes: UnsafeBufferPointer<UInt8>) throws(HTTPParseError) {
        for (offset, byte) in bytes.enumerated() {
            if byte == ASCII.space { return }
            if offset >= maxMethodBytes { throw .badRequest("method is longer than \(maxMethodBytes) bytes") }
            guard HTTPGrammar.isTokenCharacter(byte) else { throw .badRequest("request line does not start with a method") }
        }
    }

    /// Parses a complete head (request line, fields, empty line) and decides the body framing.
    static func parseHead(_ bytes: UnsafeBufferPointer<UInt8>, limits: Limits) throws(HTTPParseError)
        -> HTTPRequestHead
    {
        var lines: [Range<Int>] = []
        var lineStart = 0
        for index in 0..<bytes.count where bytes[index] == ASCII.lineFeed {
            var end = index
            if end > lineStart, bytes[end - 1] == ASCII.carriageReturn { end -= 1 }
            lines.append(lineStart..<end)
            lineStart = index + 1
        }
        // The last line is the empty one that ends the head.
        if let last = lines.last, last.isEmpty { lines.removeLast() }
        guard let requestLine = lines.first else { throw .badRequest("empty request") }
        for line in lines where bytes[line].contains(ASCII.carriageReturn) {
            // RFC 9112 §2.2: a bare CR outside the line ending is invalid.
            throw .badRequest("bare CR in the request head")
        }

        let (method, target, version, minor) = try parseRequestLine(UnsafeBufferPointer(rebasing: bytes[requestLine]))
        // The fields, and in the same pass the few the framing depends on.
        var fields: [(name: String, value: String)] = []
        fields.reserveCapacity(lines.count - 1)
        var hostCount = 0
        var connectionValues: [String] = []
        var transferEncodings: [String] = []
        var contentLengths: [String] = []
        var expectations: [String] = []
        for line in lines.dropFirst() {
            let (name, value) = try parseField(UnsafeBufferPointer(rebasing: bytes[line]))
            fields.append((name: name, value: value))
            switch name.utf8.count {
            case 4 where name.caseInsensitiveEquals("Host"): hostCount += 1
            case 6 where name.caseInsensitiveEquals("Expect"): expectations.append(value)
            case 10 where name.caseInsensitiveEquals("Connection"): connectionValues.append(value)
            case 14 where name.caseInsensitiveEquals("Content-Length"): contentLengths.append(value)
            case 17 where name.caseInsensitiveEquals("Transfer-Encoding"): transferEncodings.append(value)
            default: break
            }
        }
        let headers = HTTPHeaders(fields)

        // RFC 9112 §3.2: a server MUST respond 400 to an HTTP/1.1 request without a Host field, and to
        // any request with more than one.
        if hostCount > 1 { throw .badRequest("more than one Host header") }
        if minor >= 1, hostCount == 0 { throw .badRequest("HTTP/1.1 request without a Host header") }

        let connectionOptions = connectionValues.flatMap(Self.listElements)
        let wantsClose = connectionOptions.contains { $0.caseInsensitiveEquals("close") }
        let wantsKeepAlive = connectionOptions.contains { $0.caseInsensitiveEquals("keep-alive") }
        // RFC 9112 §9.3: HTTP/1.1 persists unless "close"; HTTP/1.0 only with "keep-alive".
        var keepAlive = minor >= 1 ? !wantsClose : (wantsKeepAlive && !wantsClose)

        let framing: HTTPRequestHead.BodyFraming
        if !transferEncodings.isEmpty {
            // RFC 9112 §6.1: Transfer-Encoding in an HTTP/1.0 message means the framing is faulty.
            if minor == 0 { throw .badRequest("Transfer-Encoding in an HTTP/1.0 request") }
            let codings = transferEncodings.flatMap(Self.listElements).map { coding in
                coding.split(separator: ";", maxSplits: 1).first.map { String($0).trimmingOWS() } ?? ""
            }
            guard !codings.isEmpty else { throw .badRequest("empty Transfer-Encoding") }
            if let unknown = codings.first(where: { !$0.caseInsensitiveEquals("chunked") }) {
                throw .notImplemented(unknown)  // §6.1: SHOULD respond 501 to a coding it does not understand
            }
            // §6.1 and §7: chunked is applied once, last.
            if codings.count > 1 { throw .badRequest("chunked transfer coding applied more than once") }
            framing = .chunked
            // §6.3 rule 3: with both Transfer-Encoding and Content-Length, the former wins and the
            // connection MUST be closed after the response.
            if !contentLengths.isEmpty { keepAlive = false }
        } else if !contentLengths.isEmpty {
            let length = try parseContentLength(contentLengths)
            if length > limits.maxBodyBytes { throw .contentTooLarge(limit: limits.maxBodyBytes) }
            framing = length == 0 ? .none : .length(length)
        } else {
            framing = .none  // §6.3 rule 7: a request with neither has no body
        }

        var expectsContinue = false
        for expectation in expectations.flatMap(Self.listElements) {
            guard expectation.caseInsensitiveEquals("100-continue") else { throw .expectationFailed(expectation) }
            // RFC 9110 §10.1.1: a server MUST ignore 100-continue in an HTTP/1.0 request.
            expectsContinue = minor >= 1 && framing != .none
        }

        return HTTPRequestHead(
            method: method, target: target, version: version, minorVersion: minor, headers: headers,
            framing: framing, keepAlive: keepAlive, expectsContinue: expectsContinue)
    }

    /// RFC 9112 §3: `method SP request-target SP HTTP-version`, single spaces.
    private static func parseRequestLine(_ line: UnsafeBufferPointer<UInt8>) throws(HTTPParseError)
        -> (method: String, target: String, version: String, minor: Int)
    {
        guard let firstSpace = line.firstIndex(of: ASCII.space) else {
            throw .badRequest("request line has no request target")
        }
        let method = line[..<firstSpace]
        guard !method.isEmpty, method.allSatisfy(HTTPGrammar.isTokenCharacter) else {
            throw .badRequest("invalid method")
        }
        let rest = line[(firstSpace + 1)...]
        guard let secondSpace = rest.firstIndex(of: ASCII.space) else {
            throw .badRequest("request line has no HTTP version")  // HTTP/0.9 is not served
        }
        let targetBytes = line[(firstSpace + 1)..<secondSpace]
        guard !targetBytes.isEmpty, targetBytes.allSatisfy({ $0 > ASCII.space && $0 != ASCII.delete }) else {
            throw .badRequest("invalid request target")
        }
        let versionBytes = line[(secondSpace + 1)...]
        let minor = try parseVersion(versionBytes)

        let target: String
        if targetBytes.allSatisfy({ $0 < 0x80 }) {
            target = String(decoding: targetBytes, as: UTF8.self)
        } else if let decoded = String(validating: targetBytes, as: UTF8.self) {
            target = decoded  // raw UTF-8 is not allowed by RFC 3986 but some clients send it
        } else {
            throw .badRequest("request target is not UTF-8")
        }
        return (String(decoding: method, as: UTF8.self), target, String(decoding: versionBytes, as: UTF8.self), minor)
    }

    /// RFC 9112 §2.3: `HTTP-version = "HTTP" "/" DIGIT "." DIGIT`. Major version 1 is served; 2 and
    /// above (including the HTTP/2 preface `PRI * HTTP/2.0`) get 505; anything else is malformed.
    private static func parseVersion(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) throws(HTTPParseError) -> Int {
        let text = UnsafeBufferPointer(rebasing: bytes)
        guard text.count >= 6, text[0] == UInt8(ascii: "H"), text[1] == UInt8(ascii: "T"), text[2] == UInt8(ascii: "T"),
            text[3] == UInt8(ascii: "P"), text[4] == UInt8(ascii: "/"), ASCII.isDigit(text[5])
        else {
            throw .badRequest("malformed HTTP version")
        }
        let major = Int(text[5] - ASCII.zero)
        let wellFormed = text.count == 8 && text[6] == ASCII.period && ASCII.isDigit(text[7])
        if major != 1 {
            if major >= 2 { throw .versionNotSupported(String(decoding: text, as: UTF8.self)) }
            throw .badRequest("malformed HTTP version")
        }
        guard wellFormed else { throw .badRequest("malformed HTTP version") }
        return Int(text[7] - ASCII.zero)
    }

    /// RFC 9112 §5: `field-name ":" OWS field-value OWS`.
    private static func parseField(_ line: UnsafeBufferPointer<UInt8>) throws(HTTPParseError) -> (String, String) {
        guard let first = line.first else { throw .badRequest("empty header line") }
        // §5.2: obs-fold (a line starting with whitespace) may be rejected with 400.
        if first == ASCII.space || first == ASCII.tab { throw .badRequest("obsolete line folding in headers") }
        guard let colon = line.firstIndex(of: ASCII.colon) else { throw .badRequest("header line without a colon") }
        let name = line[..<colon]
        // §5.1: no whitespace between the field name and the colon; a name is a token.
        guard !name.isEmpty, name.allSatisfy(HTTPGrammar.isTokenCharacter) else {
            throw .badRequest("invalid header name")
        }
        var valueStart = colon + 1
        var valueEnd = line.count
        while valueStart < valueEnd, line[valueStart] == ASCII.space || line[valueStart] == ASCII.tab { valueStart += 1 }
        while valueEnd > valueStart, line[valueEnd - 1] == ASCII.space || line[valueEnd - 1] == ASCII.tab { valueEnd -= 1 }
        let value = line[valueStart..<valueEnd]
        // RFC 9110 §5.5: field-vchar is VCHAR or obs-text, with SP and HTAB between; no other controls.
        guard value.allSatisfy({ $0 == ASCII.tab || ($0 >= ASCII.space && $0 != ASCII.delete) }) else {
            throw .badRequest("invalid character in header '\(String(decoding: name, as: UTF8.self))'")
        }
        let text: String
        if value.allSatisfy({ $0 < 0x80 }) {
            text = String(decoding: value, as: UTF8.self)
        } else {
            // obs-text: UTF-8 when it is, else ISO-8859-1 as HTTP/1.0 had it.
            text = String(validating: value, as: UTF8.self) ?? String(String.UnicodeScalarView(value.map { Unicode.Scalar($0) }))
        }
        return (String(decoding: name, as: UTF8.self), text)
    }

    /// RFC 9112 §6.3 rule 5 and RFC 9110 §8.6: 1*DIGIT; a list of identical values (in one field or in
    /// several) is accepted as that value, differing values are an error.
    static func parseContentLength(_ values: [String]) throws(HTTPParseError) -> Int {
        var result: Int?
        for field in values {
            for element in field.split(separator: ",", omittingEmptySubsequences: false) {
                let digits = element.utf8.drop { $0 == ASCII.space || $0 == ASCII.tab }.reversed()
                    .drop { $0 == ASCII.space || $0 == ASCII.tab }.reversed()
                guard !digits.isEmpty, digits.allSatisfy(ASCII.isDigit) else {
                    throw .badRequest("invalid Content-Length '\(field)'")
                }
                var length = 0
                for digit in digits {
                    let (times, overflowTimes) = length.multipliedReportingOverflow(by: 10)
                    let (sum, overflowSum) = times.addingReportingOverflow(Int(digit - ASCII.zero))
                    if overflowTimes || overflowSum { throw .badRequest("Content-Length '\(field)' is out of range") }
                    length = sum
                }
                if let previous = result, previous != length { throw .badRequest("conflicting Content-Length values") }
                result = length
            }
        }
        guard let result else { throw .badRequest("empty Content-Length") }
        return result
    }

    /// The elements of a comma-separated list field (RFC 9110 §5.6.1), trimmed, empty ones dropped.
    static func listElements(_ value: String) -> [String] {
        value.split(separator: ",").map { String($0).trimmingOWS() }.filter { !$0.isEmpty }
    }
}

/// Byte values and classes used by the HTTP grammar.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let period: UInt8 = 0x2E
    static let zero: UInt8 = 0x30
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let delete: UInt8 = 0x7F

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

extension String {
    /// Without leading and trailing spaces and tabs (HTTP's optional whitespace, RFC 9110 §5.6.3).
    func trimmingOWS() -> String {
        let bytes = utf8.drop { $0 == ASCII.space || $0 == ASCII.tab }
        let trimmed = bytes.reversed().drop { $0 == ASCII.space || $0 == ASCII.tab }.reversed()
        return String(decoding: trimmed, as: UTF8.self)
    }
}
