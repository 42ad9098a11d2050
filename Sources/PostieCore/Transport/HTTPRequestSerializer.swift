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
        guard !request.method.isEmpty, request.method.utf8.allSatisfy(HTTPGrammar.isTokenCharacter) else {
            return .failed(reason: "the method \"\(request.method)\" is not a valid HTTP method name")
        }
        for field in request.headers {
            guard !field.name.isEmpty, field.name.utf8.allSatisfy(HTTPGrammar.isTokenCharacter) else {
                return .failed(reason: "the header name \"\(field.name)\" is not a valid HTTP field name")
            }
            guard !field.value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }) else {
                return .failed(reason: "the value of header \"\(field.name)\" holds a line break")
            }
        }
        return nil
    }

    /// Methods sent without a length when they have no body (postman-request, Node.js `http`).
    private static let methodsWithoutLength: Set<String> = ["GET", "HEAD", "DELETE", "OPTIONS", "TRACE", "CONNECT"]

    /// The head for `request` sent to `url`; `viaProxy` makes the target absolute and adds
    /// `proxyAuthorization` (a whole field value such as `Basic …`) when given.
    static func head(
        for request: TransportRequest, url: HTTPURLParts, viaProxy: Bool = false, proxyAuthorization: String? = nil
    ) -> [UInt8] {
        let bodyLength = request.body?.count ?? 0
        var text = request.method
        text += " "
        text += viaProxy ? url.absoluteTarget : url.requestTarget
        text += " HTTP/1.1\r\n"

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
        if !hasHost, !suppressed.contains("host") { text += "Host: \(url.authority)\r\n" }
        for field in request.headers {
            if field.hasName("Content-Length") {
                if !wroteLength, !(suppressed.contains("content-length") && field.isSystem) {
                    text += "\(field.name): \(bodyLength)\r\n"
                }
                wroteLength = true
                continue
            }
            if field.hasName("Transfer-Encoding") { continue }
            text += field.name
            text += ": "
            text += field.value
            text += "\r\n"
        }
        if !wroteLength, !suppressed.contains("content-length"),
            bodyLength > 0 || !methodsWithoutLength.contains(request.method.uppercased())
        {
            text += "Content-Length: \(bodyLength)\r\n"
        }
        if !hasConnection, !suppressed.contains("connection") { text += "Connection: keep-alive\r\n" }
        if !hasAuthorization, let basic = url.basicAuthorization { text += "Authorization: \(basic)\r\n" }
        if viaProxy, !hasProxyAuthorization, let proxyAuthorization { text += "Proxy-Authorization: \(proxyAuthorization)\r\n" }
        text += "\r\n"
        return Array(text.utf8)
    }
}
