import Foundation
import PostieHTTP

/// Writes a request head (RFC 9112 §3, §5) exactly as the request says, without touching a socket.
///
/// - Request line: `METHOD target HTTP/1.1`; the target is origin-form, or absolute-form through a
///   forward proxy (§3.2.2).
/// - `Host` first when the request has none (§3.2), with the port when it is not the default.
/// - The given fields next, in their order and spelling, repeats kept; an empty value is sent as
///   `Name: ` (Postman sends enabled headers with empty values).
/// - `Content-Length` is always the true body length: a given one is replaced in its place; without
///   one it is added for a body, and as `0` for a method other than GET, HEAD, DELETE, OPTIONS, TRACE
///   and CONNECT without a body (postman-request and Node.js do so; servers may answer 411 otherwise).
///   A given `Transfer-Encoding` is dropped: the body is sent whole, with a length.
/// - `Connection: keep-alive` unless a `Connection` field is given; `Authorization: Basic` from the
///   URL's userinfo and `Proxy-Authorization` from the proxy's, unless given.
/// - A header the request's `disabledSystemHeaders` names (`host`, `connection`, `content-length`) is
///   never added here.
enum HTTPRequestSerializer {
    /// Why a request cannot be written.
    static func validate(_ request: TransportRequest) -> TransportError? {
        guard HTTPGrammar.isToken(request.method) else {
            return .failed(reason: "the method \"\(request.method)\" is not a valid HTTP method name")
        }
        for field in request.headers {
            guard HTTPGrammar.isToken(field.name) else {
                return .failed(reason: "the header name \"\(field.name)\" is not a valid HTTP field name")
            }
            guard !holdsLineBreak(field.value) else {
                return .failed(reason: "the value of header \"\(field.name)\" holds a line break")
            }
        }
        return nil
    }

    /// Whether a field value holds CR, LF or NUL, which would end or bend the head.
    private static func holdsLineBreak(_ value: String) -> Bool {
        let isBreak = { (byte: UInt8) in byte == 0x0D || byte == 0x0A || byte == 0x00 }
        return value.utf8.withContiguousStorageIfAvailable { $0.contains(where: isBreak) } ?? value.utf8.contains(where: isBreak)
    }

    /// Methods sent without a length when they have no body (postman-request, Node.js `http`).
    private static let methodsWithoutLength: Set<String> = ["GET", "HEAD", "DELETE", "OPTIONS", "TRACE", "CONNECT"]

    /// The head for `request` sent to `url`; `viaProxy` makes the target absolute and adds
    /// `proxyAuthorization` (a whole field value such as `Basic …`) when given.
    static func head(
        for request: TransportRequest, url: HTTPURLParts, viaProxy: Bool = false, proxyAuthorization: String? = nil
    ) -> [UInt8] {
        let bodyLength = request.body?.count ?? 0
        // Written straight as bytes: the head is made for every request sent.
        var head: [UInt8] = []
        head.reserveCapacity(
            request.headers.reduce(64 + request.method.utf8.count + url.requestTarget.utf8.count) {
                $0 + $1.name.utf8.count + $1.value.utf8.count + 4
            } + 96)
        func write(_ text: String) { head.append(contentsOf: text.utf8) }
        func writeField(_ name: String, _ value: String) {
            write(name)
            head.append(UInt8(ascii: ":"))
            head.append(UInt8(ascii: " "))
            write(value)
            head.append(0x0D)
            head.append(0x0A)
        }
        write(request.method)
        head.append(UInt8(ascii: " "))
        write(viaProxy ? url.absoluteTarget : url.requestTarget)
        write(" HTTP/1.1\r\n")

        var hasHost = false
        var hasConnection = false
        var hasAuthorization = false
        var hasProxyAuthorization = false
        var wroteLength = false
        for field in request.headers {
            if field.hasName("Host") { hasHost = true }
            if field.hasName("Connection") { hasConnection = true }
            if field.hasName("Authorization") { hasAuthorization = true }
            if field.hasName("Proxy-Authorization") { hasProxyAuthorization = true }
        }
        let suppressed = request.behavior.suppressedHeaders
        func isSuppressed(_ name: String) -> Bool { !suppressed.isEmpty && suppressed.contains(name) }
        if !hasHost, !isSuppressed("host") { writeField("Host", url.authority) }
        for field in request.headers {
            if field.hasName("Content-Length") {
                if !wroteLength, !(isSuppressed("content-length") && field.isSystem) {
                    writeField(field.name, String(bodyLength))
                }
                wroteLength = true
                continue
            }
            if field.hasName("Transfer-Encoding") { continue }
            writeField(field.name, field.value)
        }
        if !wroteLength, !isSuppressed("content-length"),
            bodyLength > 0 || !methodsWithoutLength.contains(request.method.uppercased())
        {
            writeField("Content-Length", String(bodyLength))
        }
        if !hasConnection, !isSuppressed("connection") { writeField("Connection", "keep-alive") }
        if !hasAuthorization, let basic = url.basicAuthorization { writeField("Authorization", basic) }
        if viaProxy, !hasProxyAuthorization, let proxyAuthorization { writeField("Proxy-Authorization", proxyAuthorization) }
        head.append(0x0D)
        head.append(0x0A)
        return head
    }
}
