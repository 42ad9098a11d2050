import Foundation
import PostieHTTPServer
import Testing

@testable import GalleryEmulator

/// The router's index must find exactly what trying every route in order finds.
@Suite("Router: the route index")
struct RouterIndexTests {
    static let routes = SubscriptionRoutes.all + UserV2Routes.all + AdminRoutes.v1 + AdminRoutes.v2 + V3Routes.all
        + TokenRoute.all + OpenAPIDocument.routes
    static let router = Router(routes: routes)

    /// What the router answered before it had an index: every route tried, the most literal one wins.
    static func everyRouteTried(method: String, path relativePath: String) -> String {
        let path = Router.segments(of: relativePath)
        let candidates = routes.compactMap { route in route.literalMatches(path).map { (route, $0) } }
        guard let bestOverall = candidates.map(\.1).max() else { return "404" }
        let wanted = method.uppercased() == "HEAD" ? "GET" : method.uppercased()
        if let best = candidates.filter({ $0.0.method == wanted }).max(by: { $0.1 < $1.1 }), best.1 == bestOverall {
            return "\(best.0.method) \(best.0.segments) \(best.0.parameters(in: path))"
        }
        var allowed: [String] = []
        for (route, literals) in candidates where literals == bestOverall && !allowed.contains(route.method) {
            allowed.append(route.method)
        }
        return "405 \(allowed)"
    }

    static func answer(method: String, path: String) -> String {
        switch router.match(method: method, relativePath: path) {
        case .notFound: return "404"
        case .wrongMethod(let allowed): return "405 \(allowed)"
        case .found(let route, let parameters): return "\(route.method) \(route.segments) \(parameters)"
        }
    }

    @Test("every declared route is reachable with its own method, its parameters filled in")
    func everyRouteReachable() {
        for route in Self.routes {
            let path = route.segments.map { segment -> String in
                switch segment {
                case .literal(let text): return text
                case .parameter(let name): return "value-of-\(name)"
                }
            }.joined(separator: "/") + "/"
            guard case .found(let found, let parameters) = Self.router.match(method: route.method, relativePath: path) else {
                Issue.record("\(route.method) \(path) is not found")
                continue
            }
            #expect(found.method == route.method)
            // A more literal route may win over a parameter route (`workflows/all` over `workflows/{appId}`).
            #expect(Self.answer(method: route.method, path: path) == Self.everyRouteTried(method: route.method, path: path))
            for case .parameter(let name) in found.segments where route.segments == found.segments {
                #expect(parameters[name] == "value-of-\(name)")
            }
        }
    }

    @Test(
        "the index answers as trying every route did: found, 404, 405",
        arguments: [
            ("GET", "v1/workflows/subscription/"), ("GET", "V1/WORKFLOWS/Subscription"), ("GET", "v1/workflows/abc/questions/"),
            ("POST", "v1/workflows/abc/jobs/"), ("DELETE", "v1/workflows/abc/jobs/"), ("GET", "v1/abc/package/"),
            ("HEAD", "v1/jobs/42/"), ("head", "v1/jobs/42/"), ("PUT", "v1/jobs/42/"), ("GET", "v1/nothing/"),
            ("GET", "admin/v1//package/"), ("GET", "admin/v1/workflows/all/"), ("PUT", "admin/v1/workflows/all/"),
            ("GET", "admin/v1/abc/package/"), ("PUT", "admin/v1/workflows/migratable/abc/"), ("POST", "oauth2/token"),
            ("GET", "oauth2/token"), ("GET", "v3/workflows"), ("DELETE", "v3/workflows/abc"), ("PATCH", "v3/workflows/abc"),
            ("GET", "v3/workflows/a%2Fb/jobs"), ("GET", "v3/users/%C3%A9t%C3%A9"), ("GET", "v3/wörkflows"), ("GET", ""),
            ("GET", "/"), ("GET", "v3"), ("GET", "swagger/docs/3"), ("GET", "a/b/c/d/e/f/g/h"),
        ])
    func sameAnswers(method: String, path: String) {
        #expect(Self.answer(method: method, path: path) == Self.everyRouteTried(method: method, path: path))
    }

    @Test("path segments are split on / and percent-decoded; the trailing / is optional")
    func segments() {
        #expect(Router.segments(of: "v1/workflows/x/") == ["v1", "workflows", "x"])
        #expect(Router.segments(of: "admin/v1//package/") == ["admin", "v1", "", "package"])
        #expect(Router.segments(of: "v3/users/a%2Fb%20c") == ["v3", "users", "a/b c"])
        #expect(Router.segments(of: "v3/users/%zz") == ["v3", "users", "%zz"])
        #expect(Router.segments(of: "v3/caf%C3%A9/é") == ["v3", "café", "é"])
        #expect(Router.segments(of: "") == [])
    }

    @Test("ASCII case-insensitive comparison leaves other letters alone")
    func asciiCase() {
        #expect(ASCIICase.equal("Workflows", "wORKFLOWS"))
        #expect(!ASCIICase.equal("workflow", "workflows"))
        #expect(!ASCIICase.equal("é", "É"))
        #expect(ASCIICase.lowercased("V3/Ünd") == "v3/Ünd")
        #expect(ASCIICase.uppercased("get") == "GET")
    }
}
