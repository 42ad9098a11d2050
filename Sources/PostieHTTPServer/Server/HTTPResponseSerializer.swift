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
    /// when missing (RFC 9110 §6.6.1).
    static func serialize(
        _ response: HTTPResponse, method: String, minorVersion: Int, keepAlive requestedKeepAlive: Bool,
        date: String = HTTPDate.now()
    ) -> SerializedResponse {
        let status = (100...999).contains(response.status) ? response.status : 500
        let isHead = method == "HEAD"
        // RFC 9110 §6.4.1: 1xx, 204 and 304 responses never have content.
        let bodyless = (100..<200).contains(status) || status == 204 || status == 304
        var headers = response.headers
        var keepAlive = requestedKeepAlive
        let handlerOptions = headers.values(for: "Connection").flatMap(HTTPRequestParser.listElements)
        if handlerOptions.contains(where: { $0.caseInsensitiveEquals("close") }) { keepAlive = false }
        let handlerLength = headers["Content-Length"].flatMap { try? HTTPRequestParser.parseContentLength([$0]) }
        headers.remove("Connection")
        headers.remove("Transfer-Encoding")
        headers.remove("Content-Length")

        var body = SerializedResponse.Body.none
        switch response.body {
        case .data(let data):
            if bodyless {
                // RFC 9110 §8.6: no Content-Length in 1xx or 204; a 304 may repeat the GET's.
                if status == 304, let handlerLength { headers.add("Content-Length", String(handlerLength)) }
            } else if isHead {
                // RFC 9110 §9.3.2: HEAD gets the GET's header fields and no content.
                let length = data.isEmpty ? (handlerLength ?? 0) : data.count
                headers.add("Content-Length", String(length))
            } else {
                headers.add("Content-Length", String(data.count))
                if !data.isEmpty { body = .data(data) }
            }
        case .stream(let length, let producer):
            if bodyless {
                break
            } else if let length {
                headers.add("Content-Length", String(max(0, length)))
                if !isHead, length > 0 { body = .stream(length: length, chunked: false, producer: producer) }
            } else if minorVersion >= 1 {
                headers.add("Transfer-Encoding", "chunked")  // RFC 9112 §7
                if !isHead { body = .stream(length: nil, chunked: true, producer: producer) }
            } else {
                // RFC 9112 §6.3 rule 8: an HTTP/1.0 client cannot read chunked; the close ends the body.
                keepAlive = false
                if !isHead { body = .stream(length: nil, chunked: false, producer: producer) }
            }
        }
        if !headers.contains("Date") { headers.add("Date", date) }
        if !keepAlive {
            headers.add("Connection", "close")
        } else if minorVersion == 0 {
            headers.add("Connection", "keep-alive")  // RFC 9112 §9.3: HTTP/1.0 persistence is opt-in
        }
        return SerializedResponse(head: head(status: status, headers: headers), body: body, keepAlive: keepAlive)
    }

    /// `HTTP/1.1 <status> <reason>` CRLF, the fields, and the empty line. Always HTTP/1.1: a server sends
    /// its own highest version (RFC 9110 §2.5). CR and LF inside names or values become spaces, so that a
    /// handler cannot split the response by accident.
    static func head(status: Int, headers: HTTPHeaders) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        bytes.append(contentsOf: "HTTP/1.1 \(status) \(HTTPResponse.reasonPhrase(for: status))\r\n".utf8)
        for field in headers {
            appendSanitized(field.name, to: &bytes)
            bytes.append(contentsOf: ": ".utf8)
            appendSanitized(field.value, to: &bytes)
            bytes.append(contentsOf: "\r\n".utf8)
        }
        bytes.append(contentsOf: "\r\n".utf8)
        return bytes
    }

    private static func appendSanitized(_ text: String, to bytes: inout [UInt8]) {
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
