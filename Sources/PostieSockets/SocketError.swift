import Glibc
import Foundation

/// Why a socket operation failed. Cases from a system call carry its `errno`; `description` adds the
/// `strerror` text, lower-case, e.g. `connection refused (errno 111)`.
public enum SocketError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The deadline passed before the socket became ready.
    case timedOut
    /// The peer reset or closed the connection (`ECONNRESET`, `EPIPE`).
    case connectionReset
    /// The wait was interrupted through a `CancellationSignal`.
    case cancelled
    /// `connect(2)` to `address` failed, e.g. with `ECONNREFUSED` or `ENETUNREACH`.
    case connectFailed(address: String, errno: Int32)
    /// `getaddrinfo(3)` found no address for `host`; `reason` is the `gai_strerror` text.
    case hostNotFound(host: String, reason: String)
    /// Any other system call failed with this `errno`.
    case failed(call: String, errno: Int32)

    /// The `errno` behind the failure, when a system call failed.
    public var errno: Int32? {
        switch self {
        case .connectFailed(_, let code), .failed(_, let code): return code
        case .connectionReset: return ECONNRESET
        case .timedOut, .cancelled, .hostNotFound: return nil
        }
    }

    /// A lower-case message saying what failed.
    public var description: String {
        switch self {
        case .timedOut: return "timed out"
        case .connectionReset: return "connection reset by peer"
        case .cancelled: return "cancelled"
        case .connectFailed(let address, let code): return "connect to \(address) failed: \(Self.explain(code))"
        case .hostNotFound(let host, let reason): return "cannot resolve host '\(host)': \(reason)"
        case .failed(let call, let code): return "\(call) failed: \(Self.explain(code))"
        }
    }

    /// `strerror` text with the number, e.g. `address already in use (errno 98)`.
    public static func explain(_ code: Int32) -> String {
        "\(String(cString: strerror(code)).lowercased()) (errno \(code))"
    }
}
