import Glibc
import Foundation

/// A response ready for the wire: the status line and header bytes, and how the body follows.
struct SerializedResponse {
    /// How the body follows the head.
    enum Body {
        /// Nothing: HEAD, 1xx, 204, 304, or an empty body.
        case none
        /// Bytes announced by `Content-Length`.
        case data(Data)
        /// Produced in pieces: with `length` announced by `Content-Length`, else chunked (`chunked` true)
        /// or, for an HTTP/1.0 client, delimited by closing the connection.
        case stream(length: Int?, chunked: Bool, producer: @Sendable (_ write: (Data) -> Bool) -> Void)
    }

    var head: [UInt8]
    var body: Body
    /// Whether the connection stays open after this response.
    var keepAlive: Bool
}

/// Turns a handler's `HTTPResponse` into bytes (RFC 9112 §4, §6), without touching a socket.
enum HTTPResponseSerializer {
    /// Frames `response` for a request with `method` and HTTP/1.`minorVersion`.
    ///
    /// The server owns the framing fields: any `Content-Length`, `Transfer-Encoding` or `Connection` the
    /// handler set is replaced (a HEAD or 304 response may keep the handler's `Content-Length`, since it
    /// describes the body a GET would get). A handler's `Connection: close` is honoured. `Date` is added
    /// when missing (RFC 9110 §6.6.1). A body in memory of at most `inlineBodyBytes` is appended to the
    /// head (the body is then `.none`), so that a small response is one buffer and one write.
    static func serialize(
        _ response: HTTPResponse, method: String, minorVersion: Int, keepAlive requestedKeepAlive: Bool,
        date: String = HTTPDate.now(), inlineBodyBytes: Int = 0
    ) -> SerializedResponse {
        let status = (100...999).contains(response.status) ? response.status : 500
        let isHead = method == "HEAD"
        // RFC 9110 §6.4.1: 1xx, 204 and 304 responses never have content.
        let bodyless = (100..<200).contains(status) || status == 204 || status == 304
        var keepAlive = requestedKeepAlive
        var inlineCount = 0
        if case .data(let data) = response.body, !bodyless, !isHead, data.count <= inlineBodyBytes { inlineCount = data.count }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(256 + inlineCount)
        appendStatusLine(status, to: &bytes)
        // One pass over the handler's fields: the framing ones are noted and left out, the rest written.
        var handlerLengthText: String?
        var hasDate = false
        for field in response.headers {
            let name = field.name
            if name.caseInsensitiveEquals("Connection") {
                if HTTPRequestParser.listElements(field.value).contains(where: { $0.caseInsensitiveEquals("close") }) {
                    keepAlive = false
                }
                continue
            }
            if name.caseInsensitiveEquals("Transfer-Encoding") { continue }
            if name.caseInsensitiveEquals("Content-Length") {
                if handlerLengthText == nil { handlerLengthText = field.value }
                continue
            }
            if !hasDate, name.caseInsensitiveEquals("Date") { hasDate = true }
            appendField(name, field.value, to: &bytes)
        }
        let handlerLength = handlerLengthText.flatMap { try? HTTPRequestParser.parseContentLength([$0]) }

        var body = SerializedResponse.Body.none
        var inlineBody: Data?
        switch response.body {
        case .data(let data):
            if bodyless {
                // RFC 9110 §8.6: no Content-Length in 1xx or 204; a 304 may repeat the GET's.
                if status == 304, let handlerLength { appendLength(handlerLength, to: &bytes) }
            } else if isHead {
                // RFC 9110 §9.3.2: HEAD gets the GET's header fields and no content.
                appendLength(data.isEmpty ? (handlerLength ?? 0) : data.count, to: &bytes)
            } else {
                appendLength(data.count, to: &bytes)
                if !data.isEmpty {
                    if data.count <= inlineBodyBytes { inlineBody = data } else { body = .data(data) }
                }
            }
        case .stream(let length, let producer):
            if bodyless {
                break
            } else if let length {
                appendLength(max(0, length), to: &bytes)
                if !isHead, length > 0 { body = .stream(length: length, chunked: false, producer: producer) }
            } else if minorVersion >= 1 {
                appendField("Transfer-Encoding", "chunked", to: &bytes)  // RFC 9112 §7
                if !isHead { body = .stream(length: nil, chunked: true, producer: producer) }
            } else {
                // RFC 9112 §6.3 rule 8: an HTTP/1.0 client cannot read chunked; the close ends the body.
                keepAlive = false
                if !isHead { body = .stream(length: nil, chunked: false, producer: producer) }
            }
        }
        if !hasDate { appendField("Date", date, to: &bytes) }
        if !keepAlive {
            appendField("Connection", "close", to: &bytes)
        } else if minorVersion == 0 {
            appendField("Connection", "keep-alive", to: &bytes)  // RFC 9112 §9.3: HTTP/1.0 persistence is opt-in
        }
        bytes.append(ASCII.carriageReturn)
        bytes.append(ASCII.lineFeed)
        if let inlineBody { bytes.append(contentsOf: inlineBody) }
        return SerializedResponse(head: bytes, body: body, keepAlive: keepAlive)
    }

    /// `HTTP/1.1 <status> <reason>` CRLF, the fields, and the empty line. Always HTTP/1.1: a server sends
    /// its own highest version (RFC 9110 §2.5). CR and LF inside names or values become spaces, so that a
    /// handler cannot split the response by accident.
    static func head(status: Int, headers: HTTPHeaders) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        appendStatusLine(status, to: &bytes)
        for field in headers { appendField(field.name, field.value, to: &bytes) }
        bytes.append(ASCII.carriageReturn)
        bytes.append(ASCII.lineFeed)
        return bytes
    }

    private static func appendStatusLine(_ status: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: "HTTP/1.1 ".utf8)
        appendDecimal(status, to: &bytes)
        bytes.append(ASCII.space)
        appendSanitized(HTTPResponse.reasonPhrase(for: status), to: &bytes)
        bytes.append(ASCII.carriageReturn)
        bytes.append(ASCII.lineFeed)
    }

    private static func appendField(_ name: String, _ value: String, to bytes: inout [UInt8]) {
        appendSanitized(name, to: &bytes)
        bytes.append(ASCII.colon)
        bytes.append(ASCII.space)
        appendSanitized(value, to: &bytes)
        bytes.append(ASCII.carriageReturn)
        bytes.append(ASCII.lineFeed)
    }

    private static func appendLength(_ length: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: "Content-Length: ".utf8)
        appendDecimal(length, to: &bytes)
        bytes.append(ASCII.carriageReturn)
        bytes.append(ASCII.lineFeed)
    }

    /// An integer in decimal digits, without making a `String`.
    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        guard value > 0 else {
            if value == 0 { bytes.append(ASCII.zero) } else { bytes.append(contentsOf: String(value).utf8) }
            return
        }
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(ASCII.zero + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    private static func appendSanitized(_ text: String, to bytes: inout [UInt8]) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { raw in
            if !raw.contains(where: { $0 == ASCII.carriageReturn || $0 == ASCII.lineFeed || $0 == 0 }) {
                bytes.append(contentsOf: raw)
                return
            }
            for byte in raw { bytes.append(byte == ASCII.carriageReturn || byte == ASCII.lineFeed || byte == 0 ? ASCII.space : byte) }
        }
        guard copied == nil else { return }
        for byte in text.utf8 {
            bytes.append(byte == ASCII.carriageReturn || byte == ASCII.lineFeed || byte == 0 ? ASCII.space : byte)
        }
    }

    /// The server's own error response: a short JSON `{"message": …}` and `Connection: close`.
    static func errorResponse(status: Int, message: String) -> HTTPResponse {
        var response = HTTPResponse(
            status: status, headers: ["Content-Type": "application/json"],
            body: Data("{\"message\":\(jsonString(message))}".utf8))
        response.headers.add("Connection", "close")
        return response
    }

    /// `text` as a JSON string literal (RFC 8259 §7).
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// The `Date` header value in IMF-fixdate form (RFC 9110 §5.6.7): `Sun, 06 Nov 1994 08:49:37 GMT`.
enum HTTPDate {
    private static let cache = DateCache()

    /// The current time, formatted at most once per second.
    static func now() -> String {
        cache.current()
    }

    /// Formats seconds since 1970.
    static func format(secondsSince1970 seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil else { return "Thu, 01 Jan 1970 00:00:00 GMT" }
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let day = days[Int(parts.tm_wday) % 7]
        let month = months[Int(parts.tm_mon) % 12]
        return "\(day), \(two(parts.tm_mday)) \(month) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }

    private final class DateCache: @unchecked Sendable {
        private let lock = NSLock()
        private var second = -1
        private var text = ""

        func current() -> String {
            let now = Int(time(nil))
            lock.lock()
            defer { lock.unlock() }
            if now != second {
                second = now
                text = HTTPDate.format(secondsSince1970: now)
            }
            return text
        }
    }
}
