import Glibc
import Foundation
import PostieSockets

// The socket layer lives in PostieSockets, shared with the client transport; these names keep the
// server's code and tests reading as before.
typealias Socket = PostieSockets.Socket
typealias SocketAddress = PostieSockets.SocketAddress
typealias SocketError = PostieSockets.SocketError
typealias Deadline = PostieSockets.Deadline

extension PostieSockets.Socket {
    /// Creates a non-blocking listening socket with `SO_REUSEADDR` bound to `host:port`.
    static func listen(host: String, port: Int, backlog: Int32 = SOMAXCONN) throws(HTTPServerError) -> Socket {
        let address = try SocketAddress.resolve(host: host, port: port)
        let listener: Socket
        do throws(SocketError) {
            listener = try Socket.open(family: address.family)
        } catch {
            throw .socketFailed(errno: error.errno ?? EINVAL)
        }
        do throws(HTTPServerError) {
            do throws(SocketError) {
                try listener.setOption(SOL_SOCKET, SO_REUSEADDR, to: 1, name: "SO_REUSEADDR")
            } catch {
                throw .socketOptionFailed(option: "SO_REUSEADDR", errno: error.errno ?? EINVAL)
            }
            do throws(SocketError) {
                try listener.bind(to: address)
            } catch {
                let code = error.errno ?? EINVAL
                if code == EADDRINUSE { throw .addressInUse(host: host, port: port) }
                throw .bindFailed(host: host, port: port, errno: code)
            }
            do throws(SocketError) {
                try listener.listen(backlog: backlog)
            } catch {
                throw .listenFailed(errno: error.errno ?? EINVAL)
            }
            return listener
        } catch {
            listener.close()
            throw error
        }
    }

    /// The port the socket is bound to (the real one after binding port 0).
    func localPort() throws(HTTPServerError) -> Int {
        do throws(SocketError) {
            return try localAddress().port
        } catch {
            throw .listenFailed(errno: error.errno ?? EINVAL)
        }
    }
}

extension PostieSockets.SocketAddress {
    /// Resolves a listening host: an IPv4 or IPv6 literal (brackets allowed), `localhost` (127.0.0.1),
    /// empty (0.0.0.0), or a name looked up with `getaddrinfo`, IPv4 preferred.
    static func resolve(host: String, port: Int) throws(HTTPServerError) -> SocketAddress {
        guard (0...65535).contains(port) else { throw .invalidPort(port) }
        var literal = host.trimmingCharacters(in: .whitespaces)
        if literal.isEmpty { literal = "0.0.0.0" }
        if literal.caseInsensitiveEquals("localhost") { literal = "127.0.0.1" }
        guard !literal.utf8.contains(0) else { throw .invalidHost(host, reason: "the name contains a NUL byte") }
        if let address = SocketAddress.ipLiteral(literal, port: port) { return address }
        do throws(SocketError) {
            let found = try SocketAddress.lookUp(host: literal, port: port)
            guard let chosen = found.first(where: { $0.family == AF_INET }) ?? found.first else {
                throw SocketError.hostNotFound(host: host, reason: "no IPv4 or IPv6 address")
            }
            return chosen
        } catch .hostNotFound(_, let reason) {
            throw .invalidHost(host, reason: reason)
        } catch {
            throw .invalidHost(host, reason: error.description)
        }
    }
}
