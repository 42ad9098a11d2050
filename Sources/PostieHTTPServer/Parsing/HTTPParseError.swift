import Foundation

/// Why a request could not be read. Each case is answered with its status and the connection is closed,
/// since after a framing error the server cannot know where the next request would start.
enum HTTPParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 400: the bytes are not an HTTP/1.x request (RFC 9112 §2.2, §3, §5, §6, §7).
    case badRequest(String)
    /// 413: the declared or received body is larger than the limit (RFC 9110 §15.5.14).
    case contentTooLarge(limit: Int)
    /// 431: the request line and header section are larger than the limit (RFC 6585 §5).
    case headersTooLarge(limit: Int)
    /// 417: an `Expect` value other than `100-continue` (RFC 9110 §10.1.1).
    case expectationFailed(String)
    /// 501: a transfer coding the server does not implement (RFC 9112 §6.1).
    case notImplemented(String)
    /// 505: a major HTTP version other than 1 (RFC 9110 §15.6.6).
    case versionNotSupported(String)

    /// The status to answer with.
    var status: Int {
        switch self {
        case .badRequest: return 400
        case .contentTooLarge: return 413
        case .headersTooLarge: return 431
        case .expectationFailed: return 417
        case .notImplemented: return 501
        case .versionNotSupported: return 505
        }
    }

    /// The text of the JSON error body, lower-case.
    var description: String {
        switch self {
        case .badRequest(let reason): return "bad request: \(reason)"
        case .contentTooLarge(let limit): return "request body is larger than \(limit) bytes"
        case .headersTooLarge(let limit): return "request line and headers are larger than \(limit) bytes"
        case .expectationFailed(let value): return "unsupported expectation '\(value)'; only 100-continue is"
        case .notImplemented(let coding): return "transfer coding '\(coding)' is not implemented; use chunked"
        case .versionNotSupported(let version): return "\(version) is not supported; use HTTP/1.1"
        }
    }
}
