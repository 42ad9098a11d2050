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

    /// How many literal segments match `path` (decoded), or nil when the route does not match it.
    /// Literals compare ASCII case-insensitively, as ASP.NET routes do.
    func literalMatches(_ path: [String]) -> Int? {
        guard path.count == segments.count else { return nil }
        var literals = 0
        for (pattern, actual) in zip(segments, path) {
            guard case .literal(let text) = pattern else { continue }
            guard ASCIICase.equal(text, actual) else { return nil }
            literals += 1
        }
        return literals
    }

    /// The path parameters of a path this route matches.
    func parameters(in path: [String]) -> [String: String] {
        var parameters: [String: String] = [:]
        for (pattern, actual) in zip(segments, path) {
            if case .parameter(let name) = pattern { parameters[name] = actual }
        }
        return parameters
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
///
/// The routes are indexed by segment count and their first two segments, so a request tries only the
/// few routes that could match it, in their declared order; the answer is the same as trying them all.
struct Router: Sendable {
    let routes: [Route]
    private let index: RouteIndex

    init(routes: [Route]) {
        self.routes = routes
        index = RouteIndex(routes)
    }

    /// The path below the mount, split on `/` and percent-decoded; the trailing `/` every Gallery path has
    /// is optional. `v1/workflows/x/` → `["v1", "workflows", "x"]`; `admin/v1//package/` keeps its empty
    /// segment.
    static func segments(of relativePath: String) -> [String] {
        var pieces = relativePath.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { piece in
            piece.contains(UInt8(ascii: "%")) ? FormURLEncoding.percentDecode(String(decoding: piece, as: UTF8.self))
                : String(decoding: piece, as: UTF8.self)
        }
        if pieces.last == "" { pieces.removeLast() }
        return pieces
    }

    func match(method: String, relativePath: String) -> RouteMatch {
        let path = Self.segments(of: relativePath)
        // HEAD is answered as GET (the server sends the head only, RFC 9110 §9.3.2).
        let wanted = ASCIICase.equal(method, "HEAD") ? "GET" : ASCIICase.uppercased(method)
        var bestOverall = -1
        var best: (route: Route, literals: Int)?
        for route in index.candidates(for: path) {
            guard let literals = route.literalMatches(path) else { continue }
            bestOverall = max(bestOverall, literals)
            // The first of the most literal routes with this method.
            if route.method == wanted, literals > (best?.literals ?? -1) { best = (route, literals) }
        }
        guard bestOverall >= 0 else { return .notFound }
        // A more literal route with another method wins over a parameter route with this one
        // (`admin/v1/workflows/all` is not `admin/v1/{appId}/…`).
        if let best, best.literals == bestOverall { return .found(best.route, parameters: best.route.parameters(in: path)) }
        var allowed: [String] = []
        for route in index.candidates(for: path) where route.literalMatches(path) == bestOverall && !allowed.contains(route.method) {
            allowed.append(route.method)
        }
        return .wrongMethod(allowed: allowed)
    }
}

/// The routes grouped by segment count and first two segments (lower-cased literals, or any value for a
/// parameter), each group in declaration order.
private struct RouteIndex: Sendable {
    /// What one of the first two segments of a path is, for the index.
    private enum Key: Hashable, Sendable {
        /// A literal some route of this length has there (lower-cased).
        case literal(String)
        /// Anything else: only parameter segments match it.
        case other
    }

    private struct GroupKey: Hashable, Sendable {
        var count: Int
        var first: Key
        var second: Key
    }

    /// Per segment count: the literals routes have as first and as second segment.
    private var literals: [Int: (first: Set<String>, second: Set<String>)] = [:]
    private var groups: [GroupKey: [Route]] = [:]

    init(_ routes: [Route]) {
        func literal(_ segment: PathSegment?) -> String? {
            guard case .literal(let text) = segment else { return nil }
            return ASCIICase.lowercased(text)
        }
        for route in routes {
            let count = route.segments.count
            var known = literals[count] ?? ([], [])
            if let first = literal(route.segments.first) { known.first.insert(first) }
            if count > 1, let second = literal(route.segments[1]) { known.second.insert(second) }
            literals[count] = known
        }
        for (count, known) in literals {
            let firsts = known.first.map(Key.literal) + [.other]
            let seconds = known.second.map(Key.literal) + [.other]
            for first in firsts {
                for second in seconds {
                    groups[GroupKey(count: count, first: first, second: second)] = routes.filter { route in
                        guard route.segments.count == count else { return false }
                        func fits(_ position: Int, _ key: Key) -> Bool {
                            guard position < count else { return true }
                            switch (route.segments[position], key) {
                            case (.parameter, _): return true
                            case (.literal(let text), .literal(let wanted)): return ASCIICase.lowercased(text) == wanted
                            case (.literal, .other): return false
                            }
                        }
                        return fits(0, first) && fits(1, second)
                    }
                }
            }
        }
    }

    /// The routes that could match `path`, in declaration order.
    func candidates(for path: [String]) -> [Route] {
        guard let known = literals[path.count] else { return [] }
        func key(_ position: Int, _ names: Set<String>) -> Key {
            guard position < path.count else { return .other }
            let name = ASCIICase.lowercased(path[position])
            return names.contains(name) ? .literal(name) : .other
        }
        return groups[GroupKey(count: path.count, first: key(0, known.first), second: key(1, known.second))] ?? []
    }
}

/// ASCII case-insensitive text, as HTTP methods, header names and route literals compare.
enum ASCIICase {
    /// Whether `left` and `right` are equal ignoring the case of ASCII letters.
    static func equal(_ left: String, _ right: String) -> Bool {
        var leftBytes = left.utf8.makeIterator()
        var rightBytes = right.utf8.makeIterator()
        while true {
            switch (leftBytes.next(), rightBytes.next()) {
            case (nil, nil): return true
            case (let a?, let b?) where a == b || lower(a) == lower(b): continue
            default: return false
            }
        }
    }

    static func lowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map(lower), as: UTF8.self)
    }

    static func uppercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0 }, as: UTF8.self)
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
}
