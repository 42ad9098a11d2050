import Foundation
import PostieHTTP

#if canImport(Glibc)
    import Glibc
#endif

/// A response's status line and header section, as received.
struct HTTPResponseHead: Sendable, Equatable {
    /// 0 for HTTP/1.0, 1 for HTTP/1.1.
    var minorVersion: Int
    var status: Int
    var reason: String
    /// The header fields in the order received, repeated names kept, names spelled as sent.
    var headers: [HeaderField]

    /// Every value of the fields called `name`, in order.
    func values(of name: String) -> [String] {
        headers.filter { $0.hasName(name) }.map(\.value)
    }

    /// The comma-separated elements of every field called `name` (RFC 9110 §5.6.1), lower-cased.
    func tokens(of name: String) -> [String] {
        values(of: name).flatMap { $0.split(separator: ",") }
            .map { Substring($0.trimmingBlanks()).lowercasedASCII() }
            .filter { !$0.isEmpty }
    }
}

/// Why a response could not be read. `description` is lower-case and says what the server did.
enum HTTPResponseParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The first line is not `HTTP/1.x NNN reason`.
    case invalidStatusLine(String)
    /// A header line is not `name: value` with a token for a name.
    case invalidHeaderLine(String)
    /// Status line and header fields (or a trailer section) longer than the limit.
    case headTooLarge(limit: Int)
    /// More than `HTTPResponseParser.maxInterimResponses` 1xx responses before the final one.
    case tooManyInterimResponses
    /// A `Content-Length` that is not a decimal number.
    case invalidContentLength(String)
    /// Several `Content-Length` values that differ (RFC 9112 §6.3 rule 5).
    case conflictingContentLength([String])
    /// A chunk-size line or chunk terminator that breaks RFC 9112 §7.1.
    case invalidChunk(String)
    /// The server closed the connection before the first byte of a response.
    case closedBeforeResponse
    /// The server closed the connection with the response incomplete; says how much had arrived.
    case endedEarly(String)

    var description: String {
        switch self {
        case .invalidStatusLine(let line):
            return "the server sent an invalid status line: \(Self.quote(line)) (expected HTTP/1.1 followed by a status code)"
        case .invalidHeaderLine(let line):
            return "the server sent an invalid header line: \(Self.quote(line))"
        case .headTooLarge(let limit):
            return "the server sent more than \(limit / 1024) KiB of status line and header fields"
        case .tooManyInterimResponses:
            return "the server sent more than \(HTTPResponseParser.maxInterimResponses) interim (1xx) responses"
        case .invalidContentLength(let value):
            return "the server sent an invalid Content-Length: \(Self.quote(value))"
        case .conflictingContentLength(let values):
            return "the server sent conflicting Content-Length values: \(values.map(Self.quote).joined(separator: ", "))"
        case .invalidChunk(let reason):
            return "the server sent an invalid chunked body: \(reason)"
        case .closedBeforeResponse:
            return "the server closed the connection without sending a response"
        case .endedEarly(let reason):
            return "the server closed the connection \(reason)"
        }
    }

    /// Whether the connection ended rather than carried something invalid.
    var isTruncation: Bool {
        switch self {
        case .closedBeforeResponse, .endedEarly: return true
        default: return false
        }
    }

    /// `"text"`, control bytes escaped, cut at 120 characters: server bytes shown in a message.
    static func quote(_ text: String) -> String {
        var shown = ""
        for scalar in text.unicodeScalars.prefix(120) {
            switch scalar {
            case "\r": shown += "\\r"
            case "\n": shown += "\\n"
            case "\t": shown += "\\t"
            case "\"": shown += "\\\""
            case "\\": shown += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    shown += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    shown.unicodeScalars.append(scalar)
                }
            }
        }
        return "\"\(shown)\"" + (text.unicodeScalars.count > 120 ? "…" : "")
    }
}

/// Reads one HTTP/1.1 response (RFC 9112) from bytes as they arrive, with no socket in sight.
///
/// Feed bytes with `append`, call `endOfInput()` when the peer closes, and call `next()` until it
/// returns `.end` (or nil: more bytes needed; never nil after `endOfInput()`). It yields the final
/// head once (interim 1xx responses are skipped, §15.2 of RFC 9110), the body in pieces, then `.end`.
///
/// - Status line: `HTTP/1.x` and three digits (§4); anything else is an error, not HTTP/0.9.
/// - Header fields in order, repeats kept; obs-fold joined with a space (§5.2); bare LF accepted as a
///   line end and a bare CR inside a value read as a space (§2.2); whitespace-led lines before the first
///   field ignored (§2.2). Status line and fields together at most `maxHeadBytes`.
/// - Body length (§6.3): none for a HEAD request, 1xx, 204 and 304; `Transfer-Encoding` ending in
///   `chunked`, with extensions and trailers (§7.1); another transfer coding, read until close; else
///   `Content-Length` (repeats must agree); else until the server closes.
/// - Nothing here can trap: lengths use overflow-checked arithmetic and every index is bounds-checked.
struct HTTPResponseParser {
    /// What `next()` found.
    enum Event: Equatable {
        /// The final response's head.
        case head(HTTPResponseHead)
        /// The next piece of the body, de-chunked.
        case body(Data)
        /// The response is complete; `trailers` are a chunked body's trailer fields (§7.1.2).
        case end(trailers: [HeaderField])
    }

    /// How the body's end is found.
    enum Framing: Equatable {
        case none
        case length(Int)
        case chunked
        case untilClose
    }

    private enum State {
        case statusLine
        /// Reading fields into `partialHead`.
        case headerFields
        case fixedBody(remaining: Int)
        case closeDelimitedBody
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        /// Reading fields into `trailerFields`.
        case trailers
        case complete
        case done
    }

    /// Status line plus header fields larger than this are refused (and a trailer section likewise).
    static let defaultMaxHeadBytes = 256 * 1024
    /// A chunk-size line (with its extensions) longer than this is refused.
    static let maxChunkSizeLineBytes = 4096
    /// 1xx responses accepted before the final one.
    static let maxInterimResponses = 64

    let isHeadRequest: Bool
    let maxHeadBytes: Int

    private var buffer: [UInt8] = []
    /// Index of the first byte in `buffer` not consumed yet.
    private var start = 0
    /// Bytes from `start` known to hold no line feed.
    private var scanned = 0
    private var inputEnded = false
    private var state = State.statusLine
    /// Bytes of the current head (or trailer section) consumed so far.
    private var headBytes = 0
    private var interimCount = 0
    /// The head being read; its own property so that adding a field does not copy the array.
    private var partialHead = HTTPResponseHead(minorVersion: 1, status: 0, reason: "", headers: [])
    private var trailerFields: [HeaderField] = []

    /// Every byte given to `append`.
    private(set) var receivedByteCount = 0
    /// Body bytes yielded so far (de-chunked).
    private(set) var bodyByteCount = 0
    /// The final head, once parsed.
    private(set) var head: HTTPResponseHead?
    /// The body's framing, once the head is parsed.
    private(set) var framing: Framing?
    /// `Transfer-Encoding` and `Content-Length` both present: the length is ignored and the connection
    /// must not be reused (§6.3 rule 3).
    private(set) var hadConflictingFraming = false

    /// A parser for the answer to a request with `method`.
    init(requestMethod: String, maxHeadBytes: Int = defaultMaxHeadBytes) {
        self.isHeadRequest = requestMethod.uppercased() == "HEAD"
        self.maxHeadBytes = max(64, maxHeadBytes)
    }

    /// Bytes received and not consumed: after `.end`, bytes the server sent beyond the response.
    var bufferedByteCount: Int { buffer.count - start }

    /// Whether the connection may carry another request once `.end` has been returned: HTTP/1.1 without
    /// `Connection: close`, or HTTP/1.0 with `keep-alive` (RFC 9112 §9.3); a body with a known end; no
    /// stray bytes after it.
    var allowsReuse: Bool {
        guard case .done = state, let head, let framing else { return false }
        guard framing != .untilClose, !hadConflictingFraming, head.status != 101, bufferedByteCount == 0 else {
            return false
        }
        let options = head.tokens(of: "Connection")
        if options.contains("close") { return false }
        return head.minorVersion >= 1 || options.contains("keep-alive")
    }

    /// Adds received bytes.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        compact()
        buffer.append(contentsOf: bytes)
        receivedByteCount &+= bytes.count
    }

    /// Adds received bytes.
    mutating func append(contentsOf bytes: some Collection<UInt8>) {
        compact()
        buffer.append(contentsOf: bytes)
        receivedByteCount &+= bytes.count
    }

    /// The peer closed its side: no more bytes will come.
    mutating func endOfInput() {
        inputEnded = true
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

    // MARK: Events

    /// The next event from the buffered bytes; nil when more bytes are needed (never after
    /// `endOfInput()`: then the response either completes or is an error). Nil again after `.end`.
    mutating func next() throws(HTTPResponseParseError) -> Event? {
        while true {
            switch state {
            case .done:
                return nil

            case .complete:
                state = .done
                return .end(trailers: trailerFields)

            case .statusLine:
                guard let line = try takeLine(limit: maxHeadBytes - headBytes, exceeded: .headTooLarge(limit: maxHeadBytes))
                else {
                    // Bytes that cannot begin a status line fail now, not when a line end or the close comes.
                    try checkStatusLinePrefix()
                    return try needMore()
                }
                partialHead = try Self.parseStatusLine(line)
                state = .headerFields

            case .headerFields:
                guard let line = try takeLine(limit: maxHeadBytes - headBytes, exceeded: .headTooLarge(limit: maxHeadBytes))
                else { return try needMore() }
                if !line.isEmpty {
                    try Self.addFieldLine(line, to: &partialHead.headers)
                    continue
                }
                let head = partialHead
                partialHead.headers = []
                headBytes = 0
                // RFC 9110 §15.2: interim responses precede the final one; 101 ends HTTP/1.1 here.
                if (100...199).contains(head.status), head.status != 101 {
                    interimCount += 1
                    guard interimCount <= Self.maxInterimResponses else { throw .tooManyInterimResponses }
                    state = .statusLine
                    continue
                }
                let framing = try framing(for: head)
                self.head = head
                self.framing = framing
                switch framing {
                case .none, .length(0): state = .complete
                case .length(let length): state = .fixedBody(remaining: length)
                case .chunked: state = .chunkSize
                case .untilClose: state = .closeDelimitedBody
                }
                return .head(head)

            case .fixedBody(let remaining):
                let take = min(remaining, bufferedByteCount)
                guard take > 0 else {
                    if inputEnded {
                        let expected = bodyByteCount + remaining
                        throw .endedEarly("after \(bodyByteCount) of \(expected) body bytes (Content-Length: \(expected))")
                    }
                    return nil
                }
                state = remaining == take ? .complete : .fixedBody(remaining: remaining - take)
                return .body(takeBytes(take))

            case .closeDelimitedBody:
                let take = bufferedByteCount
                guard take > 0 else {
                    if inputEnded {
                        state = .complete
                        continue
                    }
                    return nil
                }
                return .body(takeBytes(take))

            case .chunkSize:
                guard
                    let line = try takeLine(
                        limit: Self.maxChunkSizeLineBytes, exceeded: .invalidChunk("a chunk-size line is longer than 4 KiB"))
                else { return try needMore() }
                let size = try Self.parseChunkSize(line)
                state = size == 0 ? .trailers : .chunkData(remaining: size)
                if size == 0 { headBytes = 0 }

            case .chunkData(let remaining):
                let take = min(remaining, bufferedByteCount)
                guard take > 0 else { return try needMore() }
                state = remaining == take ? .chunkDataEnd : .chunkData(remaining: remaining - take)
                return .body(takeBytes(take))

            case .chunkDataEnd:
                // chunk-data is followed by CRLF (§7.1); a bare LF is accepted as elsewhere.
                guard bufferedByteCount >= 1 else { return try needMore() }
                let first = buffer[start]
                if first == lineFeed {
                    start += 1
                } else if first == carriageReturn {
                    guard bufferedByteCount >= 2 else { return try needMore() }
                    guard buffer[start + 1] == lineFeed else { throw .invalidChunk("a chunk's data is not followed by CRLF") }
                    start += 2
                } else {
                    throw .invalidChunk("a chunk's data is not followed by CRLF (more data than its size said?)")
                }
                scanned = 0
                state = .chunkSize

            case .trailers:
                guard
                    let line = try takeLine(
                        limit: maxHeadBytes - headBytes, exceeded: .invalidChunk("the trailer section is larger than the limit"))
                else { return try needMore() }
                if line.isEmpty {
                    state = .complete
                    continue
                }
                try Self.addFieldLine(line, to: &trailerFields)
            }
        }
    }

    /// Nil (wait for bytes), or the error for a connection that ended here.
    private func needMore() throws(HTTPResponseParseError) -> Event? {
        guard inputEnded else { return nil }
        switch state {
        case .statusLine where receivedByteCount == 0:
            throw .closedBeforeResponse
        case .statusLine where interimCount > 0 && bufferedByteCount == 0:
            throw .endedEarly("after an interim (1xx) response, before the final one")
        case .statusLine:
            throw .endedEarly("in the middle of the status line, after \(receivedByteCount) bytes")
        case .headerFields:
            throw .endedEarly("in the middle of the header fields, after \(receivedByteCount) bytes of the response")
        case .chunkSize, .chunkData, .chunkDataEnd:
            throw .endedEarly("in the middle of a chunked body, after \(bodyByteCount) body bytes")
        case .trailers:
            throw .endedEarly("in the trailer section of a chunked body, after \(bodyByteCount) body bytes")
        case .fixedBody, .closeDelimitedBody, .complete, .done:
            return nil  // handled by their own cases
        }
    }

    // MARK: Lines

    private var lineFeed: UInt8 { 0x0A }
    private var carriageReturn: UInt8 { 0x0D }

    /// The next line without its line end (CRLF or bare LF), or nil when no whole line is buffered.
    /// A line (with its end) longer than `limit` throws `exceeded`.
    private mutating func takeLine(limit: Int, exceeded: HTTPResponseParseError) throws(HTTPResponseParseError) -> ArraySlice<UInt8>? {
        let available = bufferedByteCount
        let from = start + scanned
        let searched = available - scanned
        let found: Int? = buffer.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress, searched > 0 else { return nil }
            guard let hit = memchr(base + from, 0x0A, searched) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        guard let lineFeedIndex = found else {
            scanned = available
            if available > limit { throw exceeded }
            return nil
        }
        let length = lineFeedIndex - start + 1
        if length > limit { throw exceeded }
        var end = lineFeedIndex
        if end > start, buffer[end - 1] == carriageReturn { end -= 1 }
        let line = buffer[start..<end]
        start = lineFeedIndex + 1
        scanned = 0
        headBytes += length
        return line
    }

    /// The next `count` buffered bytes (at most what is buffered) as body.
    private mutating func takeBytes(_ count: Int) -> Data {
        let data = buffer.withUnsafeBufferPointer { Data(UnsafeBufferPointer(rebasing: $0[start..<(start + count)])) }
        start += count
        scanned = 0
        bodyByteCount += count
        return data
    }

    // MARK: Head

    /// Throws when the buffered start of a status line already differs from `HTTP/1.`.
    private func checkStatusLinePrefix() throws(HTTPResponseParseError) {
        let count = min(Self.statusLinePrefix.count, bufferedByteCount)
        guard count > 0, !buffer[start..<(start + count)].elementsEqual(Self.statusLinePrefix[..<count]) else { return }
        throw .invalidStatusLine(Self.fieldText(buffer[start..<min(buffer.count, start + 120)]))
    }

    private static let statusLinePrefix = Array("HTTP/1.".utf8)

    /// `HTTP-version SP status-code SP [ reason-phrase ]` (RFC 9112 §4); a missing space before an empty
    /// reason is tolerated, as most clients do.
    static func parseStatusLine(_ line: ArraySlice<UInt8>) throws(HTTPResponseParseError) -> HTTPResponseHead {
        let bytes = Array(line)
        let prefix = Array("HTTP/1.".utf8)
        guard bytes.count >= 12, Array(bytes[0..<7]) == prefix, isDigit(bytes[7]), bytes[8] == 0x20,
            isDigit(bytes[9]), isDigit(bytes[10]), isDigit(bytes[11]), bytes[9] != 0x30,
            bytes.count == 12 || bytes[12] == 0x20
        else { throw .invalidStatusLine(fieldText(line)) }
        let status = Int(bytes[9] - 0x30) * 100 + Int(bytes[10] - 0x30) * 10 + Int(bytes[11] - 0x30)
        let reason = bytes.count > 13 ? fieldText(bytes[13...]) : ""
        return HTTPResponseHead(minorVersion: Int(bytes[7] - 0x30), status: status, reason: reason, headers: [])
    }

    /// Adds `name: value` to `fields`, or joins an obs-fold line to the previous field (RFC 9112 §5.2).
    static func addFieldLine(_ line: ArraySlice<UInt8>, to fields: inout [HeaderField]) throws(HTTPResponseParseError) {
        guard let first = line.first else { return }
        if first == 0x20 || first == 0x09 {
            // obs-fold continues the previous value; before any field the line is ignored (§2.2).
            guard let last = fields.indices.last else { return }
            let continuation = fieldText(trimmed(line))
            if !continuation.isEmpty {
                fields[last].value += fields[last].value.isEmpty ? continuation : " " + continuation
            }
            return
        }
        guard let colon = line.firstIndex(of: 0x3A), colon > line.startIndex,
            line[line.startIndex..<colon].withUnsafeBufferPointer(HTTPGrammar.isToken)
        else { throw .invalidHeaderLine(fieldText(line)) }
        let value = trimmed(line[(colon + 1)...])
        guard !value.contains(0) else { throw .invalidHeaderLine(fieldText(line)) }
        fields.append(HeaderField(name: fieldText(line[line.startIndex..<colon]), value: fieldText(value)))
    }

    /// The body's framing for `head` (RFC 9112 §6.3).
    private mutating func framing(for head: HTTPResponseHead) throws(HTTPResponseParseError) -> Framing {
        if isHeadRequest || head.status == 204 || head.status == 304 || (100...199).contains(head.status) {
            return .none
        }
        let codings = head.tokens(of: "Transfer-Encoding").filter { $0 != "identity" }
        let lengths = head.values(of: "Content-Length")
        if !codings.isEmpty {
            hadConflictingFraming = !lengths.isEmpty
            // Rule 4: chunked last, or else the body runs until the connection closes.
            return codings.last == "chunked" ? .chunked : .untilClose
        }
        guard !lengths.isEmpty else { return .untilClose }
        // One field of digits alone, as nearly every server sends it.
        if lengths.count == 1, let value = Self.decimal(lengths[0]) { return .length(value) }
        var length: Int?
        for element in lengths.flatMap({ $0.split(separator: ",", omittingEmptySubsequences: false) }) {
            let text = element.trimmingBlanks()
            guard let value = Self.decimal(text) else { throw .invalidContentLength(text) }
            if let length, length != value { throw .conflictingContentLength(lengths) }
            length = value
        }
        return .length(length ?? 0)
    }

    // MARK: Chunks

    /// `chunk-size [ chunk-ext ]` (RFC 9112 §7.1, §7.1.1): hexadecimal, extensions ignored.
    static func parseChunkSize(_ line: ArraySlice<UInt8>) throws(HTTPResponseParseError) -> Int {
        var size = 0
        var index = line.startIndex
        while index < line.endIndex, let digit = HTTPGrammar.hexValue(line[index]) {
            let (shifted, overflow) = size.multipliedReportingOverflow(by: 16)
            guard !overflow else { throw .invalidChunk("the chunk size \(quoted(line)) is too large") }
            size = shifted + digit
            index += 1
        }
        guard index > line.startIndex else { throw .invalidChunk("the chunk size \(quoted(line)) is not hexadecimal") }
        // BWS ";" extensions, or nothing.
        while index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        guard index == line.endIndex || line[index] == 0x3B else {
            throw .invalidChunk("the chunk size \(quoted(line)) is not hexadecimal")
        }
        return size
    }

    private static func quoted(_ line: ArraySlice<UInt8>) -> String {
        HTTPResponseParseError.quote(fieldText(line))
    }

    // MARK: Bytes

    /// A non-negative decimal without sign, or nil (also on overflow).
    static func decimal(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy(isDigit) else { return nil }
        return Int(text)
    }

    /// Header bytes as text: UTF-8 when they are valid UTF-8, else ISO-8859-1 (one character per byte,
    /// as RFC 9110 §5.5 obs-text is usually read), so no byte is lost. A bare CR reads as a space.
    static func fieldText(_ bytes: some Collection<UInt8>) -> String {
        // Almost every field is ASCII without a CR: made from the bytes where they lie.
        let ascii = bytes.withContiguousStorageIfAvailable { buffer -> String? in
            buffer.contains { $0 == 0x0D || $0 >= 0x80 } ? nil : String(decoding: buffer, as: UTF8.self)
        }
        if let ascii, let ascii { return ascii }
        let cleaned = bytes.contains(0x0D) ? bytes.map { $0 == 0x0D ? 0x20 : $0 } : Array(bytes)
        if let text = String(validating: cleaned, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(cleaned.map { Unicode.Scalar($0) }))
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return bytes[lower..<upper]
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
