import Foundation
import PostieHTTP

/// Header fields in the order they came, names compared case-insensitively (RFC 9110 §5.1).
public struct HTTPHeaders: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    /// The fields in order; a name may repeat.
    public private(set) var fields: [(name: String, value: String)]

    /// Headers with these fields, in order.
    public init(_ fields: [(name: String, value: String)] = []) {
        self.fields = fields
    }

    /// Headers from a literal such as `["Content-Type": "text/plain"]`, in the order written.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { (name: $0.0, value: $0.1) }
    }

    /// The first value of `name`, or nil.
    public subscript(name: String) -> String? {
        fields.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// Every value of `name`, in order.
    public func values(for name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }

    /// Whether a field named `name` is present.
    public func contains(_ name: String) -> Bool {
        fields.contains { $0.name.caseInsensitiveEquals(name) }
    }

    /// Appends a field, keeping any with the same name.
    public mutating func add(_ name: String, _ value: String) {
        fields.append((name: name, value: value))
    }

    /// Replaces every field named `name` with one field.
    public mutating func set(_ name: String, _ value: String) {
        remove(name)
        fields.append((name: name, value: value))
    }

    /// Removes every field named `name`.
    public mutating func remove(_ name: String) {
        fields.removeAll { $0.name.caseInsensitiveEquals(name) }
    }

    /// Iterates over the fields in order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }

    /// Same fields in the same order, names compared case-insensitively, values exactly.
    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.count == rhs.fields.count
            && zip(lhs.fields, rhs.fields).allSatisfy { $0.name.caseInsensitiveEquals($1.name) && $0.value == $1.value }
    }
}

/// A request as the server received it, body read whole (bounded by the server's body limit).
public struct HTTPRequest: Sendable {
    /// The method token as sent, e.g. `GET`.
    public var method: String
    /// The request-target as sent, still percent-encoded: `/gallery/api/v1/jobs/42/?format=Raw`.
    public var target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    public var version: String
    /// The header fields as received, in order.
    public var headers: HTTPHeaders
    /// The body, de-chunked; empty when the request had none.
    public var body: Data
    /// The peer's address as `host:port`, for logs.
    public var remoteAddress: String

    /// A request; the server builds these, tests and the emulator may too.
    public init(
        method: String, target: String, version: String = "HTTP/1.1", headers: HTTPHeaders = HTTPHeaders(),
        body: Data = Data(), remoteAddress: String = ""
    ) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
    }

    /// The target's path, before any `?`, still percent-encoded.
    public var path: String {
        guard let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return target }
        return String(target[..<mark])
    }

    /// The raw query after `?`, or nil when the target has none.
    public var query: String? {
        guard let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return nil }
        return String(target[target.utf8.index(after: mark)...])
    }

    /// The query's `name=value` pairs in order, percent-decoded (RFC 3986: `+` stays `+`).
    /// A pair without `=` has an empty value; empty pairs (`a=1&&b=2`) are skipped.
    public var queryItems: [(name: String, value: String)] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            if let equals = pair.firstIndex(of: "=") {
                let name = String(pair[..<equals])
                let value = String(pair[pair.index(after: equals)...])
                return (name: name.removingPercentEncoding ?? name, value: value.removingPercentEncoding ?? value)
            }
            let name = String(pair)
            return (name: name.removingPercentEncoding ?? name, value: "")
        }
    }
}

/// A response for the server to write.
public struct HTTPResponse: Sendable {
    /// How the body is produced.
    public enum Body: Sendable {
        /// Bytes in memory, sent with `Content-Length`.
        case data(Data)
        /// Bytes produced in pieces, for large bodies. The producer calls `write` with each piece and
        /// stops when it returns false (the client went away). With a known `length` the server sends
        /// `Content-Length`, else `Transfer-Encoding: chunked`.
        case stream(length: Int?, producer: @Sendable (_ write: (Data) -> Bool) -> Void)
    }

    /// The status code, e.g. 200.
    public var status: Int
    /// Header fields to send; the server sets the framing fields (`Content-Length`, `Transfer-Encoding`,
    /// `Connection`) itself and adds `Date` when missing.
    public var headers: HTTPHeaders
    /// The body and how it is produced.
    public var body: Body
    /// Fault injection: when set, the server closes the connection after writing this many bytes of
    /// the response (status line and headers included), as a server that dies mid-response would.
    public var dropAfterBytes: Int?

    /// A response with a body in memory.
    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = .data(body)
        self.dropAfterBytes = nil
    }

    /// A response whose body is given as a `Body`, typically `.stream`.
    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), streaming body: Body) {
        self.status = status
        self.headers = headers
        self.body = body
        self.dropAfterBytes = nil
    }

    /// A response with a UTF-8 text body and the given content type.
    public static func text(_ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8")
        -> HTTPResponse
    {
        HTTPResponse(status: status, headers: ["Content-Type": contentType], body: Data(text.utf8))
    }

    /// The standard reason phrase for a status code (RFC 9110 §15), or `Unknown`.
    public static func reasonPhrase(for status: Int) -> String {
        HTTPStatus.reasonPhrase(for: status) ?? "Unknown"
    }
}

/// What the server calls for each request, on the connection's own thread.
public typealias HTTPHandler = @Sendable (HTTPRequest) -> HTTPResponse

extension String {
    /// ASCII case-insensitive comparison, as header names and tokens compare.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        let left = utf8
        let right = other.utf8
        guard left.count == right.count else { return false }
        for (a, b) in zip(left, right) where a != b {
            let lowerA = (a >= 65 && a <= 90) ? a + 32 : a
            let lowerB = (b >= 65 && b <= 90) ? b + 32 : b
            if lowerA != lowerB { return false }
        }
        return true
    }
}
