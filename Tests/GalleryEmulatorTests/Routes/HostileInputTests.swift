import Foundation
import GalleryEmulator
import PostieHTTPServer
import Testing

/// The emulator answers whatever a client sends past authentication: odd paths, queries, headers and
/// bodies get a 4xx (or a 2xx where they happen to make sense), never a crash or a 5xx.
@Suite("Hostile input reaches the routes")
struct HostileInputTests {
    static let paths = [
        "/gallery/api/v1/workflows/subscription/", "/gallery/api/v1/workflows/60c2886ec05c2320e8d88fd0/questions/",
        "/gallery/api/v1/workflows/60c2886ec05c2320e8d88fd0/jobs/", "/gallery/api/v1/jobs/61031c712c4200001d00301a/",
        "/gallery/api/v1/jobs/61031c712c4200001d00301a/output/61031f4e2c4200001d003025/",
        "/gallery/api/v1/60c2886ec05c2320e8d88fd0/package/", "/gallery/api/user/v2/inputfiles/",
        "/gallery/api/user/v2/workflows/60c2887ac05c2320e8d88fd1/jobs/", "/gallery/api/admin/v1/workflows/",
        "/gallery/api/admin/v1/workflows/migratable/60c2886ec05c2320e8d88fd0/", "/gallery/api/admin/v2/schedule/forecast/",
        "/gallery/api/admin/v1/auditlog/", "/gallery/api/v1/jobs/%00%ff/", "/gallery/api/v1/workflows/../../etc/passwd/",
        "/gallery/api/v1/jobs/" + String(repeating: "a", count: 5000) + "/",
    ]

    static let queries = [
        "", "?limit=-1&offset=-5", "?limit=99999999999999999999", "?format=Nope", "?format=", "?page=abc&pageSize=0",
        "?before=not-a-date&after=2021-01-01", "?sortField=%00&direction=sideways", "?a=%zz&%=&&&=", "?search=%F0%9F%98%80",
    ]

    static let bodies: [(contentType: String?, body: Data)] = [
        (nil, Data()),
        ("application/json", Data("{".utf8)),
        ("application/json", Data(#"{"questions": "nope", "priority": {}}"#.utf8)),
        ("application/json", Data(#"{"questions": [{"name": 7, "value": null}, null, "x"], "priority": 1e400}"#.utf8)),
        ("application/json", Data(String(repeating: "[", count: 5000).utf8)),
        ("multipart/form-data; boundary=xyz", Data("--xyz\r\nContent-Disposition: form-data\r\n\r\nno name\r\n".utf8)),
        ("multipart/form-data", Data("no boundary".utf8)),
        ("application/x-www-form-urlencoded", Data("a=%&b=%zz&==&file=".utf8)),
        ("application/octet-stream", Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) })),
    ]

    @Test func everyRouteAnswersOddInputWithoutFailing() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let token = try Fixture.token(emulator, pair: .user)
        var answered = 0
        for path in Self.paths {
            for query in Self.queries {
                for method in ["GET", "POST", "PUT", "DELETE"] {
                    for (contentType, body) in Self.bodies {
                        var headers = HTTPHeaders()
                        if let contentType { headers.set("Content-Type", contentType) }
                        let legacy = Fixture.signed(
                            method, path + query, pair: .user, timestamp: clock.now, headers: headers, body: body)
                        let webapi = Fixture.bearer(
                            method, path.replacingOccurrences(of: "/gallery/api/", with: "/webapi/") + query, token: token,
                            body: body, headers: headers)
                        for request in [legacy, webapi] {
                            let response = emulator.handle(request)
                            #expect(
                                (200..<500).contains(response.status),
                                "\(method) \(request.target.prefix(120)) answered \(response.status)")
                            #expect(response.headers["WWW-Authenticate"] == nil)
                            answered += 1
                        }
                    }
                }
            }
        }
        #expect(answered == Self.paths.count * Self.queries.count * 4 * Self.bodies.count * 2)
    }
}
