import Foundation
import Testing

@testable import PostieCore

/// The transports a shared case runs against: `@Test(arguments: TransportKind.allCases)`, or the
/// subset the case applies to.
enum TransportKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// `SocketHTTPTransport`: postie's own HTTP/1.1 client.
    case socket
    /// `RoutingTransport`, what a run uses: `http://` on its `SocketHTTPTransport`, hop by hop.
    case routing

    var testDescription: String { rawValue }

    /// Whether `http://` goes out on postie's own sockets (alone or behind `RoutingTransport`), so that
    /// what `SocketHTTPTransport` promises holds.
    var sendsOnSockets: Bool { true }

    /// A transport of this kind with test-friendly options (the default has no deadline, as Newman) and,
    /// on sockets, no proxy, whatever the environment says.
    func transport(_ configure: (inout TransportOptions) -> Void = { _ in }) -> any CancellableTransport {
        switch self {
        case .socket:
            return TransportTestServer.socketTransport(configure)
        case .routing:
            var options = TransportOptions()
            configure(&options)
            return RoutingTransport(options: options, proxy: .none)
        }
    }

    /// The idle connections `transport` keeps on its socket side; nil for URLSession, which keeps its own.
    static func pool(of transport: any HTTPTransport) -> ConnectionPool? {
        (transport as? SocketHTTPTransport)?.pool ?? (transport as? RoutingTransport)?.plain.pool
    }
}
