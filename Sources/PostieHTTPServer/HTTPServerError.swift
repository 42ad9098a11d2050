import Glibc
import Foundation

/// Why `HTTPServer.start()` could not open its listening socket.
///
/// Cases that come from a system call carry its `errno`; `description` adds the `strerror` text.
public enum HTTPServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The host is neither an IP literal, `localhost`, nor a name that resolves; `reason` says why.
    case invalidHost(String, reason: String)
    /// The port is outside 0...65535.
    case invalidPort(Int)
    /// Another socket already listens on this address (`EADDRINUSE`).
    case addressInUse(host: String, port: Int)
    /// `socket(2)` failed, usually for lack of file descriptors (`EMFILE`).
    case socketFailed(errno: Int32)
    /// `setsockopt(2)` failed for the named option.
    case socketOptionFailed(option: String, errno: Int32)
    /// `bind(2)` failed for a reason other than the address being in use, e.g. `EADDRNOTAVAIL` or `EACCES`.
    case bindFailed(host: String, port: Int, errno: Int32)
    /// `listen(2)` or `getsockname(2)` failed after the bind.
    case listenFailed(errno: Int32)
    /// `pipe(2)` failed while creating the accept loop's wake-up pipe, or its thread could not start.
    case acceptLoopFailed(errno: Int32)
    /// `start()` was called on a server that is running or has been stopped; make a new server.
    case alreadyStarted

    /// The `errno` behind the failure, when a system call failed.
    public var errno: Int32? {
        switch self {
        case .socketFailed(let code), .socketOptionFailed(_, let code), .bindFailed(_, _, let code),
            .listenFailed(let code), .acceptLoopFailed(let code):
            return code
        case .addressInUse:
            return EADDRINUSE
        case .invalidHost, .invalidPort, .alreadyStarted:
            return nil
        }
    }

    /// A lower-case message saying what failed and what to do.
    public var description: String {
        switch self {
        case .invalidHost(let host, let reason):
            return "cannot listen on host '\(host)': \(reason); use an IP address such as 127.0.0.1, 0.0.0.0 or ::1"
        case .invalidPort(let port):
            return "cannot listen on port \(port): a port is 0...65535 (0 picks a free one)"
        case .addressInUse(let host, let port):
            return "cannot listen on \(Self.address(host, port)): \(Self.explain(EADDRINUSE)); "
                + "stop the other server or choose another port (0 picks a free one)"
        case .socketFailed(let code):
            return "cannot create a socket: \(Self.explain(code))"
        case .socketOptionFailed(let option, let code):
            return "cannot set socket option \(option): \(Self.explain(code))"
        case .bindFailed(let host, let port, let code):
            return "cannot bind \(Self.address(host, port)): \(Self.explain(code))"
        case .listenFailed(let code):
            return "cannot listen: \(Self.explain(code))"
        case .acceptLoopFailed(let code):
            return "cannot start the accept loop: \(Self.explain(code))"
        case .alreadyStarted:
            return "the server was already started; create a new HTTPServer to listen again"
        }
    }

    /// `strerror` text with the number, e.g. `address already in use (errno 98)`.
    static func explain(_ code: Int32) -> String {
        "\(String(cString: strerror(code)).lowercased()) (errno \(code))"
    }

    private static func address(_ host: String, _ port: Int) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
