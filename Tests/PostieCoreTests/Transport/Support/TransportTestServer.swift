import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

/// Loopback servers for the transport tests, on port 0.
enum TransportTestServer {
    /// A started server on 127.0.0.1 calling `handler`; stop it with `defer { server.stop() }`.
    static func start(
        _ configure: (inout HTTPServer.Configuration) -> Void = { _ in }, handler: @escaping HTTPHandler
    ) throws -> HTTPServer {
        var configuration = HTTPServer.Configuration()
        configure(&configuration)
        let server = HTTPServer(configuration: configuration, handler: handler)
        try server.start()
        return server
    }

    /// A started server that records each request in `log`, then lets `handler` answer.
    static func start(
        recordingIn log: RequestLog, _ configure: (inout HTTPServer.Configuration) -> Void = { _ in },
        handler: @escaping HTTPHandler
    ) throws -> HTTPServer {
        try start(configure) { request in
            log.record(request)
            return handler(request)
        }
    }

    /// A started server that records each request in `log` and answers an empty 200.
    static func start(recordingIn log: RequestLog) throws -> HTTPServer {
        try start(recordingIn: log) { _ in .text("") }
    }

    /// Answers with what it received: `METHOD target`, the headers as `name: value` lines in order, a
    /// blank line, then the body; `X-Body-Length` gives the body's size.
    static let echo: HTTPHandler = { request in
        var text = "\(request.method) \(request.target)\n"
        for field in request.headers { text += "\(field.name): \(field.value)\n" }
        text += "\n"
        var body = Data(text.utf8)
        body.append(request.body)
        return HTTPResponse(
            status: 200, headers: ["Content-Type": "text/plain", "X-Body-Length": String(request.body.count)], body: body)
    }

    /// `http://127.0.0.1:PORT` + `path`.
    static func url(_ server: HTTPServer, _ path: String = "/", host: String = "127.0.0.1") -> String {
        "http://\(host):\(server.port)\(path)"
    }

}

/// What a test server received, safe to read from the test while the server writes.
final class RequestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var received: [HTTPRequest] = []

    func record(_ request: HTTPRequest) {
        lock.withLock { received.append(request) }
    }

    var requests: [HTTPRequest] {
        lock.withLock { received }
    }

    /// How many different client connections (`host:port` of the peer) the requests came on.
    var connectionCount: Int {
        Set(requests.map(\.remoteAddress)).count
    }
}

/// A one-shot signal between a test and a handler running on a server thread; waits are bounded so a
/// broken test fails instead of hanging.
final class Gate: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)

    func open() { semaphore.signal() }

    /// Whether the gate opened within `timeout` seconds.
    @discardableResult
    func wait(timeout: TimeInterval = 10) -> Bool {
        semaphore.wait(timeout: .now() + timeout) == .success
    }
}

/// A new empty directory for spooled bodies under the temporary directory; the caller removes it with
/// `defer { try? FileManager.default.removeItem(at: directory) }`.
func makeSpoolDirectory(_ prefix: String = "postie-spool") throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}

/// Seconds elapsed while running `body`, for generous upper bounds (never exact timings).
func secondsElapsed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

extension Result where Success == TransportResponse, Failure == TransportError {
    /// The response, or a recorded test failure naming the error.
    func response(sourceLocation: SourceLocation = #_sourceLocation) -> Success? {
        switch self {
        case .success(let response): return response
        case .failure(let error):
            Issue.record("expected a response, got \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// The error, or a recorded test failure when a response came.
    func error(sourceLocation: SourceLocation = #_sourceLocation) -> TransportError? {
        switch self {
        case .success(let response):
            Issue.record("expected an error, got status \(response.status)", sourceLocation: sourceLocation)
            return nil
        case .failure(let error): return error
        }
    }
}

extension TransportResponse {
    /// The body as UTF-8 text (in-memory bodies only).
    var text: String {
        String(decoding: body.inMemoryBytes, as: UTF8.self)
    }
}
