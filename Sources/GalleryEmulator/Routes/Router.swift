import Foundation
import PostieHTTPServer

/// Where an API is mounted, which decides how requests authenticate.
enum Mount: String, Sendable {
    /// `/gallery/api/…`, OAuth 1.0a.
    case legacy = "/gallery/api/"
    /// `/webapi/…`, OAuth 2 bearer tokens.
    case webapi = "/webapi/"
}

/// One segment of a route pattern.
enum PathSegment: Sendable, Equatable {
    case literal(String)
    case parameter(String)
}

/// An endpoint: method, path pattern (relative to its mount), which API family it belongs to (nil for
/// the token endpoint, which needs no auth), and its handler.
struct Route: Sendable {
    var method: String
    var segments: [PathSegment]
    var family: APIFamily?
    var handler: @Sendable (RequestContext) throws -> HTTPResponse

    /// `pattern` like `v1/workflows/{appId}/jobs`.
    init(
        _ method: String, _ pattern: String, _ family: APIFamily?,
        _ handler: @escaping @Sendable (RequestContext) throws -> HTTPResponse
    ) {
        self.method = method
        self.segments = pattern.split(separator: "/", omittingEmptySubsequences: false).map { piece in
            piece.hasPrefix("{") && piece.hasSuffix("}")
                ? .parameter(String(piece.dropFirst().dropLast())) : .literal(String(piece))
        }
        self.family = family
        self.handler = handler
    }

    /// The path parameters when `segments` (decoded) match, with how many literals matched.
    func match(_ path: [String]) -> (parameters: [String: String], literals: Int)? {
        guard path.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        var literals = 0
        for (pattern, actual) in zip(segments, path) {
            switch pattern {
            case .literal(let text):
                guard text.caseInsensitiveCompare(actual) == .orderedSame else { return nil }
                literals += 1
            case .parameter(let name):
                parameters[name] = actual
            }
        }
        return (parameters, literals)
    }
}

/// What the router found for a request.
enum RouteMatch {
    case found(Route, parameters: [String: String])
    /// The path exists with other methods.
    case wrongMethod(allowed: [String])
    case notFound
}

/// Finds the route for a method and a path below a mount.
struct Router: Sendable {
    let routes: [Route]

    /// The path below the mount, split on `/` and percent-decoded; the trailing `/` every Gallery path has
    /// is optional. `v1/workflows/x/` → `["v1", "workflows", "x"]`; `admin/v1//package/` keeps its empty
    /// segment.
    static func segments(of relativePath: String) -> [String] {
        var pieces = relativePath.split(separator: "/", omittingEmptySubsequences: false).map {
            FormURLEncoding.percentDecode(String($0))
        }
        if pieces.last == "" { pieces.removeLast() }
        return pieces
    }

    func match(method: String, relativePath: String) -> RouteMatch {
        let path = Self.segments(of: relativePath)
        let candidates = routes.compactMap { route in route.match(path).map { (route, $0) } }
        guard !candidates.isEmpty else { return .notFound }
        // HEAD is answered as GET (the server sends the head only, RFC 9110 §9.3.2).
        let wanted = method.uppercased() == "HEAD" ? "GET" : method.uppercased()
        let sameMethod = candidates.filter { $0.0.method == wanted }
        if let best = sameMethod.max(by: { $0.1.literals < $1.1.literals }) {
            // A more literal route with another method wins over a parameter route with this one
            // (`admin/v1/workflows/all` is not `admin/v1/{appId}/…`).
            let bestOverall = candidates.map(\.1.literals).max() ?? 0
            if best.1.literals == bestOverall { return .found(best.0, parameters: best.1.parameters) }
        }
        let bestOverall = candidates.map(\.1.literals).max() ?? 0
        var allowed: [String] = []
        for candidate in candidates where candidate.1.literals == bestOverall && !allowed.contains(candidate.0.method) {
            allowed.append(candidate.0.method)
        }
        return .wrongMethod(allowed: allowed)
    }
}
