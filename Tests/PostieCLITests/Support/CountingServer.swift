import Foundation
import PostieHTTPServer

/// A loopback server on port 0 for one test: answers from a route table and counts what it received,
/// so that tests can assert that nothing was sent. Also a scratch directory for the test's files.
final class CountingServer {
    let server: HTTPServer
    let port: Int
    let directory: URL
    private let counter = RequestLog()

    /// `routes` maps a path (`/ok/`) to its answer; other paths get `fallback`'s, else a JSON 200.
    init(
        routes: [String: @Sendable (HTTPRequest) -> HTTPResponse] = [:],
        fallback: (@Sendable (HTTPRequest) -> HTTPResponse)? = nil
    ) throws {
        let counter = counter
        server = HTTPServer(configuration: .init()) { request in
            counter.record(request.path)
            if let route = routes[request.path] { return route(request) }
            if let fallback { return fallback(request) }
            return HTTPResponse(
                status: 200, headers: ["Content-Type": "application/json"], body: Data(#"{"id":"job-7","status":"Queued"}"#.utf8))
        }
        port = try server.start()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// `http://127.0.0.1:PORT`.
    var base: String { "http://127.0.0.1:\(port)" }

    /// The paths received, in order.
    var received: [String] { counter.paths }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    final class RequestLog: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [String] = []
        func record(_ path: String) { lock.withLock { storage.append(path) } }
        var paths: [String] { lock.withLock { storage } }
    }
}

extension String {
    /// How many times `needle` occurs (without overlaps).
    func occurrences(of needle: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        return components(separatedBy: needle).count - 1
    }
}
