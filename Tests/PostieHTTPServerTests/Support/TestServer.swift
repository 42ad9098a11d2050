import Foundation
import PostieHTTPServer
import Testing

/// Starts servers on port 0 for the tests, with a handler that echoes what it received.
enum TestServer {
    /// Answers `METHOD target` and the body on the next line, with `X-Body-Length`.
    static let echo: HTTPHandler = { request in
        var body = Data("\(request.method) \(request.target)\n".utf8)
        body.append(request.body)
        return HTTPResponse(
            status: 200,
            headers: ["Content-Type": "text/plain", "X-Body-Length": String(request.body.count)],
            body: body)
    }

    /// A started echo server; stop it with `defer { server.stop() }`.
    static func start(_ configure: (inout HTTPServer.Configuration) -> Void = { _ in }) throws -> HTTPServer {
        try serving(configure, handler: echo)
    }

    /// A started server calling `handler`; stop it with `defer { server.stop() }`.
    static func serving(
        _ configure: (inout HTTPServer.Configuration) -> Void = { _ in },
        handler: @escaping HTTPHandler
    ) throws -> HTTPServer {
        var configuration = HTTPServer.Configuration()
        configure(&configuration)
        let server = HTTPServer(configuration: configuration, handler: handler)
        try server.start()
        return server
    }

    /// Checks that a fresh client still gets a normal answer: the server survived what came before.
    static func expectStillServing(_ server: HTTPServer, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let client = try RawClient(port: server.port)
        try client.send("GET /still-alive HTTP/1.1\r\nHost: localhost\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 200, sourceLocation: sourceLocation)
        #expect(response.text.hasPrefix("GET /still-alive"), sourceLocation: sourceLocation)
    }
}

/// A one-shot signal between a test and a handler running on a server thread.
final class Signal: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)

    func fire() { semaphore.signal() }

    /// Whether the signal fired within a generous bound.
    func wait(timeout: TimeInterval = RawClient.defaultTimeout) -> Bool {
        semaphore.wait(timeout: .now() + timeout) == .success
    }
}
