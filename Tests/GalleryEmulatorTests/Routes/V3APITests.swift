import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

/// The roles with their own key pairs.
enum V3Role: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case curator, artisan, viewer, noAccess

    var key: String {
        switch self {
        case .curator: return Fixture.demo.userKey
        case .artisan: return Fixture.demo.artisanKey
        case .viewer: return Fixture.demo.viewerKey
        case .noAccess: return Fixture.demo.noAccessKey
        }
    }

    var secret: String {
        switch self {
        case .curator: return Fixture.demo.userSecret
        case .artisan: return Fixture.demo.artisanSecret
        case .viewer: return Fixture.demo.viewerSecret
        case .noAccess: return Fixture.demo.noAccessSecret
        }
    }

    var userId: String {
        switch self {
        case .curator: return Fixture.ids.curator
        case .artisan: return Fixture.ids.artisan
        case .viewer: return Fixture.ids.viewer
        case .noAccess: return Fixture.ids.noAccess
        }
    }

    var testDescription: String { rawValue }
}

/// An emulator on a free port and a client that talks v3 to it over real sockets.
struct V3Server {
    let emulator: GalleryEmulator
    let client: RawHTTPClient
    var host: String { "127.0.0.1:\(client.port)" }

    init(jobTime: TimeInterval = 0, configure: (inout GalleryEmulator.Configuration) -> Void = { _ in }) throws {
        var configuration = GalleryEmulator.Configuration()
        configuration.jobTime = jobTime
        configure(&configuration)
        emulator = GalleryEmulator(configuration: configuration)
        client = RawHTTPClient(port: try emulator.start())
    }

    func stop() { emulator.stop() }

    func token(key: String, secret: String) throws -> String {
        let response = try client.send(
            HTTPRequest(
                method: "POST", target: "/webapi/oauth2/token",
                headers: ["Host": host, "Content-Type": "application/x-www-form-urlencoded", "Connection": "close"],
                body: Data("grant_type=client_credentials&client_id=\(key)&client_secret=\(secret)".utf8)))
        #expect(response.status == 200)
        return try #require(try JSONParser.parse(response.body)["access_token"]?.stringValue)
    }

    func token(_ role: V3Role) throws -> String { try token(key: role.key, secret: role.secret) }

    /// Sends a request with `role`'s bearer token (none when nil).
    func send(
        _ method: String, _ path: String, as role: V3Role?, json: String? = nil, body: Data? = nil,
        contentType: String? = nil
    ) throws -> RawHTTPClient.Response {
        var headers: HTTPHeaders = ["Host": host, "Connection": "close"]
        if let role { headers.set("Authorization", "Bearer \(try token(role))") }
        if json != nil { headers.set("Content-Type", "application/json") }
        if let contentType { headers.set("Content-Type", contentType) }
        return try client.send(
            HTTPRequest(method: method, target: path, headers: headers, body: body ?? Data((json ?? "").utf8)))
    }

    /// The JSON answer of a request that must succeed.
    func ok(_ method: String, _ path: String, as role: V3Role = .curator, json: String? = nil) throws -> JSONValue {
        let response = try send(method, path, as: role, json: json)
        #expect(response.status == 200, "\(method) \(path): \(String(decoding: response.body, as: UTF8.self))")
        return try JSONParser.parse(response.body)
    }

    /// A legacy-API request signed with the studio key.
    func legacy(_ method: String, _ path: String, json: String? = nil) throws -> RawHTTPClient.Response {
        var headers: HTTPHeaders = ["Connection": "close"]
        if json != nil { headers.set("Content-Type", "application/json") }
        return try client.send(
            Fixture.signed(method, "/gallery/api/" + path, pair: .studio, timestamp: Date(), headers: headers, body: Data((json ?? "").utf8), host: host))
    }
}

/// A minimal `.yxzp`: a ZIP's local-file signature is all the emulator checks.
let v3Package = Data([0x50, 0x4B, 0x03, 0x04]) + Data("postie test package".utf8)

func v3PublishBody(name: String, ownerId: String, extra: [(String, String)] = []) -> (Data, String) {
    let boundary = "postie-v3-boundary"
    var text = "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name).yxzp\"\r\n"
    text += "Content-Type: application/octet-stream\r\n\r\n"
    var data = Data(text.utf8) + v3Package + Data("\r\n".utf8)
    for (field, value) in [("name", name), ("ownerId", ownerId)] + extra {
        data += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"\r\n\r\n\(value)\r\n".utf8)
    }
    data += Data("--\(boundary)--\r\n".utf8)
    return (data, "multipart/form-data; boundary=\(boundary)")
}

/// One v3 operation as the role matrix sends it, and what each role gets.
struct V3Operation: Sendable, CustomTestStringConvertible {
    var method: String
    var path: String
    var json: String?
    /// A multipart publish whose owner is the caller.
    var publishes = false
    /// More fields of that publish form.
    var publishFields: [(String, String)] = []
    var expected: [V3Role: Int]

    var testDescription: String { "\(method) \(path)" }

    static let ecb = GalleryEmulator.SeedIDs.ecbWorkflow
    static let job = GalleryEmulator.SeedIDs.historicalJob
    /// The "Sales warehouse" server data connection.
    static let salesWarehouse = "60c1f107c05c2320e8d88f61"
    /// The curator's "Daily ECB rates" schedule.
    static let ecbSchedule = "60c1f0e5c05c2320e8d88f41"
    static let newSchedule = #"{"workflowId":"\#(ecb)","name":"Nightly","iteration":{"iterationType":"Daily","startTime":"02:30"}}"#
    static let ids = GalleryEmulator.SeedIDs.self

    static func statuses(_ curator: Int, _ artisan: Int, _ viewer: Int) -> [V3Role: Int] {
        [.curator: curator, .artisan: artisan, .viewer: viewer, .noAccess: 401]
    }

    static let all: [V3Operation] = [
        V3Operation(method: "GET", path: "/webapi/v3/workflows", expected: statuses(200, 200, 200)),
        V3Operation(method: "POST", path: "/webapi/v3/workflows", publishes: true, expected: statuses(200, 200, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/workflows/\(ecb)", expected: statuses(200, 200, 200)),
        V3Operation(method: "PUT", path: "/webapi/v3/workflows/\(ecb)", json: #"{"comments":"x"}"#, expected: statuses(200, 403, 403)),
        V3Operation(method: "DELETE", path: "/webapi/v3/workflows/\(ecb)?force=true", expected: statuses(200, 403, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/workflows/\(ecb)/package", expected: statuses(200, 200, 200)),
        V3Operation(method: "GET", path: "/webapi/v3/workflows/\(ecb)/questions", expected: statuses(200, 200, 200)),
        V3Operation(method: "GET", path: "/webapi/v3/workflows/\(ecb)/jobs", expected: statuses(200, 200, 200)),
        V3Operation(method: "POST", path: "/webapi/v3/workflows/\(ecb)/jobs", json: "{}", expected: statuses(200, 200, 200)),
        V3Operation(method: "GET", path: "/webapi/v3/jobs", expected: statuses(200, 403, 403)),
        // The historical job belongs to the curator's subscription, which the artisan is not in.
        V3Operation(method: "GET", path: "/webapi/v3/jobs/\(job)", expected: statuses(200, 404, 200)),
        V3Operation(method: "GET", path: "/webapi/v3/jobs/\(job)/messages", expected: statuses(200, 404, 200)),
        V3Operation(method: "DELETE", path: "/webapi/v3/jobs/\(job)", expected: statuses(400, 404, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/schedules", expected: statuses(200, 200, 200)),
        // The viewer may not schedule (canScheduleJobs is false).
        V3Operation(method: "POST", path: "/webapi/v3/schedules", json: newSchedule, expected: statuses(200, 200, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/schedules/\(ecbSchedule)", expected: statuses(200, 404, 404)),
        V3Operation(method: "PUT", path: "/webapi/v3/schedules/\(ecbSchedule)", json: #"{"enabled":false}"#, expected: statuses(200, 404, 404)),
        V3Operation(method: "DELETE", path: "/webapi/v3/schedules/\(ecbSchedule)", expected: statuses(200, 404, 404)),
        V3Operation(method: "GET", path: "/webapi/v3/credentials", expected: statuses(200, 200, 200)),
        V3Operation(
            method: "POST", path: "/webapi/v3/credentials", json: #"{"username":"POSTIE\\svc-new","password":"pw"}"#,
            expected: statuses(200, 403, 403)),
        // Shared with the curator and the artisan, not the viewer.
        V3Operation(method: "GET", path: "/webapi/v3/credentials/\(ids.sharedCredential)", expected: statuses(200, 200, 404)),
        V3Operation(method: "DELETE", path: "/webapi/v3/credentials/\(ids.sharedCredential)?force=true", expected: statuses(200, 403, 403)),
        V3Operation(
            method: "POST", path: "/webapi/v3/credentials/\(ids.curatorCredential)/users", json: #"{"userId":"\#(ids.viewer)"}"#,
            expected: statuses(200, 403, 403)),
        V3Operation(
            method: "DELETE", path: "/webapi/v3/credentials/\(ids.sharedCredential)/users/\(ids.artisan)", expected: statuses(200, 403, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/serverDataConnections", expected: statuses(200, 403, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/serverDataConnections/\(salesWarehouse)", expected: statuses(200, 403, 403)),
        V3Operation(
            method: "PUT", path: "/webapi/v3/serverDataConnections/\(salesWarehouse)", json: #"{"name":"DW"}"#, expected: statuses(200, 403, 403)),
        V3Operation(method: "DELETE", path: "/webapi/v3/serverDataConnections/\(salesWarehouse)", expected: statuses(200, 403, 403)),
        V3Operation(
            method: "POST", path: "/webapi/v3/serverDataConnections/\(salesWarehouse)/users", json: #"{"userId":"\#(ids.viewer)"}"#,
            expected: statuses(200, 403, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/users", expected: statuses(200, 403, 403)),
        V3Operation(
            method: "POST", path: "/webapi/v3/users", json: #"{"firstName":"New","lastName":"User","email":"new@postie.invalid"}"#,
            expected: statuses(200, 403, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/users/\(ids.artisan)", expected: statuses(200, 200, 403)),
        V3Operation(method: "PUT", path: "/webapi/v3/users/\(ids.viewer)", json: #"{"lastName":"Seer"}"#, expected: statuses(200, 403, 403)),
        V3Operation(method: "DELETE", path: "/webapi/v3/users/\(ids.noAccess)", expected: statuses(200, 403, 403)),
    ] + versionsAndAssets + userGroups + collections + dcm + subscriptions

    static let regional = ids.regionalWorkflow
    static let finance = ids.financeCollection
    static let regionalCollection = ids.regionalCollection
    static let analysts = ids.analystsGroup
    /// The curator's "Weekly sales rollup" schedule (not in the Finance collection).
    static let weeklySchedule = "60c1f0e5c05c2320e8d88f42"

    static let versionsAndAssets: [V3Operation] = [
        // The regional workflow is the artisan's, and the viewer cannot see it.
        V3Operation(
            method: "POST", path: "/webapi/v3/workflows/\(regional)/versions", publishes: true, publishFields: [("makePublished", "true")],
            expected: statuses(200, 200, 404)),
        V3Operation(
            method: "PUT", path: "/webapi/v3/workflows/\(ecb)/transfer", json: #"{"ownerId":"\#(ids.artisan)","transferSchedules":true}"#,
            expected: statuses(200, 403, 403)),
        // The historical job is the curator's subscription's: the viewer (same subscription) sees it, the artisan does not.
        V3Operation(method: "GET", path: "/webapi/v3/jobs/\(job)/output/\(ids.historicalOutput)?format=Csv", expected: statuses(200, 404, 200)),
        V3Operation(
            method: "POST", path: "/webapi/v3/credentials/\(ids.curatorCredential)/userGroups", json: #"{"userGroupId":"\#(analysts)"}"#,
            expected: statuses(200, 403, 403)),
        V3Operation(
            method: "DELETE", path: "/webapi/v3/credentials/\(ids.sharedCredential)/userGroups/\(analysts)", expected: statuses(200, 403, 403)),
        V3Operation(
            method: "POST", path: "/webapi/v3/serverDataConnections/\(salesWarehouse)/userGroups", json: #"{"userGroupId":"\#(analysts)"}"#,
            expected: statuses(200, 403, 403)),
        V3Operation(
            method: "DELETE", path: "/webapi/v3/serverDataConnections/\(ids.customerMaster)/userGroups/\(analysts)",
            expected: statuses(200, 403, 403)),
        V3Operation(method: "POST", path: "/webapi/v3/users/\(ids.noAccess)/deactivate", expected: statuses(200, 403, 403)),
        V3Operation(method: "POST", path: "/webapi/v3/users/\(ids.viewer)/passwordReset", expected: statuses(200, 403, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/users/\(ids.artisan)/assets", expected: statuses(200, 403, 403)),
        V3Operation(
            method: "PUT", path: "/webapi/v3/users/\(ids.artisan)/assetTransfer",
            json: #"{"ownerId":"\#(ids.curator)","transferWorkflows":true,"transferSchedules":true,"transferCollections":true}"#,
            expected: statuses(200, 403, 403)),
    ]

    /// User groups are for curators only.
    static let userGroups: [V3Operation] = [
        V3Operation(method: "GET", path: "/webapi/v3/usergroups", expected: statuses(200, 403, 403)),
        V3Operation(method: "POST", path: "/webapi/v3/usergroups", json: #"{"name":"Matrix","role":"Viewer"}"#, expected: statuses(200, 403, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/usergroups/\(analysts)", expected: statuses(200, 403, 403)),
        V3Operation(method: "PUT", path: "/webapi/v3/usergroups/\(analysts)", json: #"{"role":"Member"}"#, expected: statuses(200, 403, 403)),
        V3Operation(method: "DELETE", path: "/webapi/v3/usergroups/\(analysts)?forceDelete=true", expected: statuses(200, 403, 403)),
        V3Operation(
            method: "POST", path: "/webapi/v3/usergroups/\(analysts)/users", json: #"["\#(ids.viewer)"]"#, expected: statuses(200, 403, 403)),
        V3Operation(method: "DELETE", path: "/webapi/v3/usergroups/\(analysts)/users/\(ids.artisan)", expected: statuses(200, 403, 403)),
        V3Operation(
            method: "POST", path: "/webapi/v3/usergroups/\(analysts)/activedirectorygroups", json: #"{"sid":"S-1-5-21-1-2-3-513"}"#,
            expected: statuses(200, 403, 403)),
        V3Operation(
            method: "DELETE", path: "/webapi/v3/usergroups/\(analysts)/activedirectorygroups/\(ids.analystsDirectoryGroup)",
            expected: statuses(200, 403, 403)),
    ]

    /// Finance is the curator's, the artisan a plain member and the viewer not in it; Regional reporting
    /// is the artisan's.
    static let collections: [V3Operation] = [
        V3Operation(method: "GET", path: "/webapi/v3/collections", expected: statuses(200, 200, 200)),
        // The viewer may not create collections (canCreateCollections is false).
        V3Operation(method: "POST", path: "/webapi/v3/collections", json: #"{"name":"Matrix"}"#, expected: statuses(200, 200, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/collections/\(finance)", expected: statuses(200, 200, 404)),
        V3Operation(method: "PUT", path: "/webapi/v3/collections/\(finance)", json: #"{"name":"Finance team"}"#, expected: statuses(200, 403, 404)),
        V3Operation(method: "DELETE", path: "/webapi/v3/collections/\(finance)", expected: statuses(200, 403, 404)),
        V3Operation(
            method: "POST", path: "/webapi/v3/collections/\(finance)/users", json: #"{"userId":"\#(ids.viewer)"}"#,
            expected: statuses(200, 403, 404)),
        V3Operation(
            method: "PUT", path: "/webapi/v3/collections/\(finance)/users/\(ids.artisan)/permissions", json: #"{"canAddAssets":true}"#,
            expected: statuses(200, 403, 404)),
        V3Operation(method: "DELETE", path: "/webapi/v3/collections/\(finance)/users/\(ids.artisan)", expected: statuses(200, 403, 404)),
        V3Operation(
            method: "POST", path: "/webapi/v3/collections/\(finance)/userGroups", json: #"{"userGroupId":"\#(analysts)"}"#,
            expected: statuses(200, 403, 404)),
        V3Operation(
            method: "PUT", path: "/webapi/v3/collections/\(regionalCollection)/userGroups/\(analysts)/permissions", json: #"{"canAddAssets":true}"#,
            expected: statuses(200, 200, 404)),
        V3Operation(
            method: "DELETE", path: "/webapi/v3/collections/\(regionalCollection)/userGroups/\(analysts)", expected: statuses(200, 200, 404)),
        V3Operation(
            method: "POST", path: "/webapi/v3/collections/\(regionalCollection)/workflows",
            json: #"{"workflowId":"\#(ids.converterWorkflow)"}"#, expected: statuses(200, 200, 404)),
        V3Operation(method: "DELETE", path: "/webapi/v3/collections/\(finance)/workflows/\(ecb)", expected: statuses(200, 403, 404)),
        V3Operation(
            method: "POST", path: "/webapi/v3/collections/\(finance)/schedules", json: #"{"scheduleId":"\#(weeklySchedule)"}"#,
            expected: statuses(200, 403, 404)),
        V3Operation(method: "DELETE", path: "/webapi/v3/collections/\(finance)/schedules/\(ecbSchedule)", expected: statuses(200, 403, 404)),
    ]
}

@Suite("The v3 API over real sockets")
struct V3APITests {
    @Test("each role gets the documented status, in the server's error shape", arguments: V3Operation.all, V3Role.allCases)
    func roleMatrix(_ operation: V3Operation, _ role: V3Role) throws {
        let server = try V3Server()
        defer { server.stop() }
        let response: RawHTTPClient.Response
        if operation.publishes {
            let (body, type) = v3PublishBody(name: "Matrix", ownerId: role.userId, extra: operation.publishFields)
            response = try server.send(operation.method, operation.path, as: role, body: body, contentType: type)
        } else {
            response = try server.send(operation.method, operation.path, as: role, json: operation.json)
        }
        let expected = try #require(operation.expected[role])
        let text = String(decoding: response.body, as: UTF8.self)
        let wanted = expected
        #expect(response.status == wanted, "\(role) \(operation.method) \(operation.path): \(text)")
        if wanted >= 400 {
            let body = try JSONParser.parse(response.body)
            #expect(body.objectValue?.keys == ["data", "exceptionName", "innerExceptionMessage", "message"])
            let message = body["message"]?.stringValue ?? ""
            #expect(message.first?.isUppercase == true && message.hasSuffix("."), "\(message)")
        } else if response.headers["Content-Type"]?.hasPrefix("application/json") == true {
            let body = try JSONParser.parse(response.body)
            let problems = try OpenAPIShape.check(body, method: operation.method, path: operation.path)
            #expect(problems.isEmpty, "\(operation.method) \(operation.path): \(problems)")
        }
    }

    @Test("a workflow published through v3 is listed by v1, runs there, and v3 sees the job")
    func publishedThroughV3RunsOnV1() throws {
        let server = try V3Server()
        defer { server.stop() }
        let (body, type) = v3PublishBody(
            name: "Promoted", ownerId: Fixture.ids.curator, extra: [("comments", "from dev"), ("isPublic", "true")])
        let response = try server.send("POST", "/webapi/v3/workflows", as: .curator, body: body, contentType: type)
        #expect(response.status == 200)
        let workflow = try JSONParser.parse(response.body)
        let id = try #require(workflow["id"]?.stringValue)
        #expect(workflow["name"] == "Promoted")
        #expect(workflow["comments"] == "from dev")
        #expect(workflow["isPublic"] == true)
        #expect(workflow["versions"]?.arrayValue?.count == 1)

        let listed = try JSONParser.parse(try server.legacy("GET", "v1/workflows/subscription/").body)
        #expect(listed.arrayValue?.contains { $0["id"]?.stringValue == id } == true)
        let queued = try server.legacy("POST", "v1/workflows/\(id)/jobs/", json: #"{"questions":[],"priority":0}"#)
        #expect(queued.status == 200)
        let jobId = try #require(try JSONParser.parse(queued.body)["id"]?.stringValue)
        let legacyJob = try JSONParser.parse(try server.legacy("GET", "v1/jobs/\(jobId)/").body)
        #expect(legacyJob["status"] == "Completed")

        let jobs = try server.ok("GET", "/webapi/v3/workflows/\(id)/jobs")
        #expect(jobs.arrayValue?.map { $0["id"] } == [.string(jobId)])
        #expect(jobs[0]?["status"] == "Complete")
        #expect(jobs[0]?["priority"] == "Low")
        let package = try server.send("GET", "/webapi/v3/workflows/\(id)/package", as: .curator)
        #expect(package.status == 200)
        #expect(package.body.starts(with: [0x50, 0x4B]))

        // A second upload with sourceAppId adds a version; its id selects the older package and questions.
        let (again, againType) = v3PublishBody(name: "Promoted", ownerId: Fixture.ids.curator, extra: [("sourceAppId", id)])
        let second = try JSONParser.parse(try server.send("POST", "/webapi/v3/workflows", as: .curator, body: again, contentType: againType).body)
        #expect(second["id"] == .string(id))
        #expect(second["publishedVersionNumber"] == 2)
        let firstVersion = try #require(second["versions"]?[0]?["versionId"]?.stringValue)
        #expect(try server.send("GET", "/webapi/v3/workflows/\(id)/questions?versionId=\(firstVersion)", as: .curator).status == 200)
        #expect(try server.send("GET", "/webapi/v3/workflows/\(id)/package?versionId=nope", as: .curator).status == 404)
    }

    @Test("publishing checks its form: package, name, owner, flags")
    func publishValidation() throws {
        let server = try V3Server()
        defer { server.stop() }
        let cases: [(extra: [(String, String)], owner: String, role: V3Role, status: Int)] = [
            ([("isPublic", "maybe")], Fixture.ids.curator, .curator, 400),
            ([("executionMode", "Reckless")], Fixture.ids.curator, .curator, 400),
            ([], "000000000000000000000000", .curator, 400),
            ([], Fixture.ids.curator, .artisan, 403),
        ]
        for item in cases {
            let (body, type) = v3PublishBody(name: "Checked", ownerId: item.owner, extra: item.extra)
            let response = try server.send("POST", "/webapi/v3/workflows", as: item.role, body: body, contentType: type)
            #expect(response.status == item.status, "\(item.extra) \(String(decoding: response.body, as: UTF8.self))")
        }
        #expect(try server.send("POST", "/webapi/v3/workflows", as: .curator, json: "{}").status == 400)
        let notZip = try server.send(
            "POST", "/webapi/v3/workflows", as: .curator,
            body: multipart(boundary: "b", [("file", "x.yxzp", "plain text"), ("name", nil, "x"), ("ownerId", nil, Fixture.ids.curator)]),
            contentType: "multipart/form-data; boundary=b")
        #expect(notZip.status == 400)
        let count = try server.ok("GET", "/webapi/v3/workflows").arrayValue?.count
        #expect(count == 6)
    }

    @Test("update and delete change what every API sees")
    func updateAndDelete() throws {
        let server = try V3Server()
        defer { server.stop() }
        let ecb = Fixture.ids.ecbWorkflow
        let updated = try server.ok(
            "PUT", "/webapi/v3/workflows/\(ecb)",
            json: #"{"name":"ECB rates","comments":"renamed","isPublic":false,"othersMayDownload":false,"executionMode":"Standard"}"#)
        #expect(updated["name"] == "ECB rates")
        #expect(updated["othersMayDownload"] == false)
        #expect(try server.ok("GET", "/webapi/v3/workflows/\(ecb)")["executionMode"] == "Standard")
        for (body, status) in [
            ("not json", 400), ("[]", 400), (#"{"name":""}"#, 400), (#"{"isPublic":"yes"}"#, 400),
            (#"{"ownerId":"nobody"}"#, 400), (#"{"versionId":"nope","makePublished":true}"#, 400),
        ] {
            #expect(try server.send("PUT", "/webapi/v3/workflows/\(ecb)", as: .curator, json: body).status == status, "\(body)")
        }
        #expect(try server.send("PUT", "/webapi/v3/workflows/000000000000000000000000", as: .curator, json: "{}").status == 404)

        // The ECB workflow has a schedule: deleting it needs force=true, which removes the schedule too.
        let refused = try server.send("DELETE", "/webapi/v3/workflows/\(ecb)", as: .curator)
        #expect(refused.status == 400)
        #expect(String(decoding: refused.body, as: UTF8.self).contains("force=true"))
        #expect(try server.send("DELETE", "/webapi/v3/workflows/\(ecb)?force=true", as: .curator).status == 200)
        #expect(try server.send("GET", "/webapi/v3/workflows/\(ecb)", as: .curator).status == 404)
        let listed = try JSONParser.parse(try server.legacy("GET", "v1/workflows/subscription/").body)
        #expect(listed.arrayValue?.contains { $0["id"]?.stringValue == ecb } == false)
        #expect(try server.legacy("POST", "v1/workflows/\(ecb)/jobs/", json: "{}").status == 404)

        // The artisan owns the regional workflow: it may change it, not the curator's.
        let regional = Fixture.ids.regionalWorkflow
        #expect(try server.ok("PUT", "/webapi/v3/workflows/\(regional)", as: .artisan, json: #"{"comments":"mine"}"#)["comments"] == "mine")
        #expect(
            try server.send("PUT", "/webapi/v3/workflows/\(regional)", as: .artisan, json: #"{"ownerId":"\#(Fixture.ids.curator)"}"#).status == 403)
    }

    @Test("jobs: list with filters, messages, cancel a queued one")
    func jobs() throws {
        let server = try V3Server(jobTime: 600) { $0.workers = 1 }
        defer { server.stop() }
        let ecb = Fixture.ids.ecbWorkflow
        let running = try server.ok("POST", "/webapi/v3/workflows/\(ecb)/jobs", json: #"{"priority":"High"}"#)
        let queued = try server.ok("POST", "/webapi/v3/workflows/\(ecb)/jobs", json: #"{"priority":2}"#)
        #expect(running["priority"] == "High")
        #expect(queued["priority"] == "High")
        #expect(queued["status"] == "Queued")
        let queuedId = try #require(queued["id"]?.stringValue)
        let runningId = try #require(running["id"]?.stringValue)
        #expect(["Initializing", "Running"].contains(try server.ok("GET", "/webapi/v3/jobs/\(runningId)")["status"]?.stringValue ?? ""))

        let all = try server.ok("GET", "/webapi/v3/jobs")
        #expect(all.arrayValue?.count == 4)
        #expect(all[0]?["id"] == .string(queuedId))
        #expect(try server.ok("GET", "/webapi/v3/jobs?status=queued").arrayValue?.map { $0["id"] } == [.string(queuedId)])
        #expect(try server.ok("GET", "/webapi/v3/jobs?status=Complete").arrayValue?.count == 2)
        #expect(try server.ok("GET", "/webapi/v3/jobs?direction=asc&limit=1")[0]?["id"] == .string(Fixture.ids.historicalJob))
        #expect(try server.ok("GET", "/webapi/v3/jobs?offset=3").arrayValue?.count == 1)
        for query in ["status=Done", "direction=up", "limit=0", "offset=-1"] {
            #expect(try server.send("GET", "/webapi/v3/jobs?\(query)", as: .curator).status == 400, "\(query)")
        }

        #expect(try server.ok("GET", "/webapi/v3/jobs/\(queuedId)/messages") == [])
        let history = try server.ok("GET", "/webapi/v3/jobs/\(Fixture.ids.historicalJob)/messages")
        #expect((history.arrayValue?.count ?? 0) > 0)
        #expect(history[0]?.objectValue?.keys == ["status", "text", "toolId"])

        let cancelled = try server.ok("DELETE", "/webapi/v3/jobs/\(queuedId)")
        #expect(cancelled["status"] == "Complete")
        #expect(cancelled["disposition"] == "Cancelled")
        #expect(try server.ok("GET", "/webapi/v3/jobs/\(queuedId)")["disposition"] == "Cancelled")
        #expect(try server.send("DELETE", "/webapi/v3/jobs/\(queuedId)", as: .curator).status == 400)
        #expect(try server.send("DELETE", "/webapi/v3/jobs/000000000000000000000000", as: .curator).status == 404)
        // The legacy API sees the same cancelled job.
        let legacy = try JSONParser.parse(try server.legacy("GET", "v1/jobs/\(queuedId)/").body)
        #expect(legacy["disposition"] == "Cancelled")
    }

    @Test("schedules: create, list, update, delete; iteration and priority checked")
    func schedules() throws {
        let server = try V3Server()
        defer { server.stop() }
        #expect(try server.ok("GET", "/webapi/v3/schedules").arrayValue?.count == 2)
        #expect(try server.ok("GET", "/webapi/v3/schedules", as: .artisan) == [])
        let created = try server.ok(
            "POST", "/webapi/v3/schedules", as: .artisan,
            json: #"{"workflowId":"\#(Fixture.ids.ecbWorkflow)","name":"Mondays","priority":"high","iteration":{"iterationType":"Weekly","startTime":"07:15","daysOfWeek":["Monday"]}}"#)
        let id = try #require(created["id"]?.stringValue)
        #expect(created["ownerId"] == .string(Fixture.ids.artisan))
        #expect(created["priority"] == "High")
        #expect(created["iteration"]?["daysOfWeek"] == ["Monday"])
        #expect(created["frequency"] == "Weekly")
        #expect(try server.ok("GET", "/webapi/v3/schedules", as: .artisan).arrayValue?.map { $0["id"] } == [.string(id)])
        #expect(try server.ok("GET", "/webapi/v3/schedules?workflowId=\(Fixture.ids.ecbWorkflow)").arrayValue?.count == 2)
        // Admin V1 lists the schedule v3 made.
        let admin = try JSONParser.parse(try server.send("GET", "/webapi/admin/v1/schedules", as: .curator).body)
        #expect(admin.arrayValue?.contains { $0["id"]?.stringValue == id } == true)

        let updated = try server.ok(
            "PUT", "/webapi/v3/schedules/\(id)", as: .artisan,
            json: #"{"enabled":false,"iteration":{"iterationType":"Daily","startTime":"2026-12-02T05:45:00Z"}}"#)
        #expect(updated["enabled"] == false)
        #expect(updated["iteration"]?["startTime"] == "05:45")
        for body in [
            #"{"name":"x","iteration":{"iterationType":"Daily","startTime":"06:00"}}"#,
            #"{"workflowId":"\#(Fixture.ids.ecbWorkflow)","name":"x"}"#,
            #"{"workflowId":"\#(Fixture.ids.ecbWorkflow)","name":"x","iteration":{"iterationType":"Hourly","startTime":"06:00"}}"#,
            #"{"workflowId":"\#(Fixture.ids.ecbWorkflow)","name":"x","iteration":{"iterationType":"Daily","startTime":"25:00"}}"#,
            #"{"workflowId":"\#(Fixture.ids.ecbWorkflow)","name":"x","iteration":{"iterationType":"Weekly","startTime":"06:00"}}"#,
            #"{"workflowId":"\#(Fixture.ids.ecbWorkflow)","name":"x","priority":"Urgent","iteration":{"iterationType":"Daily","startTime":"06:00"}}"#,
        ] {
            #expect(try server.send("POST", "/webapi/v3/schedules", as: .curator, json: body).status == 400, "\(body)")
        }
        #expect(
            try server.send(
                "POST", "/webapi/v3/schedules", as: .curator,
                json: #"{"workflowId":"000000000000000000000000","name":"x","iteration":{"iterationType":"Daily","startTime":"06:00"}}"#
            ).status == 404)
        #expect(try server.send("DELETE", "/webapi/v3/schedules/\(id)", as: .artisan).status == 200)
        #expect(try server.send("GET", "/webapi/v3/schedules/\(id)", as: .curator).status == 404)
    }

    @Test("credentials: create, share, a job runs with it, unshare, delete")
    func credentials() throws {
        let server = try V3Server()
        defer { server.stop() }
        #expect(try server.ok("GET", "/webapi/v3/credentials").arrayValue?.count == 2)
        #expect(try server.ok("GET", "/webapi/v3/credentials", as: .viewer) == [])
        let created = try server.ok("POST", "/webapi/v3/credentials", json: #"{"username":"POSTIE\\svc-etl","password":"secret"}"#)
        let id = try #require(created["id"]?.stringValue)
        #expect(created.objectValue?.keys == ["id", "username", "userPermissions", "userGroupPermissions"])
        #expect(!String(decoding: try server.send("GET", "/webapi/v3/credentials/\(id)", as: .curator).body, as: UTF8.self).contains("secret"))
        for body in [#"{"username":"POSTIE\\svc-etl","password":"x"}"#, #"{"username":"a"}"#, #"{"password":"x"}"#, "nope"] {
            #expect(try server.send("POST", "/webapi/v3/credentials", as: .curator, json: body).status == 400, "\(body)")
        }
        // Shared with the viewer, the viewer sees it and may run a job with it.
        let shared = try server.ok("POST", "/webapi/v3/credentials/\(id)/users", json: #"{"userId":"\#(Fixture.ids.viewer)"}"#)
        #expect(shared["userPermissions"] == [["userId": .string(Fixture.ids.viewer)]])
        #expect(try server.ok("GET", "/webapi/v3/credentials", as: .viewer).arrayValue?.map { $0["id"] } == [.string(id)])
        let run = try server.send(
            "POST", "/webapi/v3/workflows/\(Fixture.ids.ecbWorkflow)/jobs", as: .viewer, json: #"{"credentialId":"\#(id)"}"#)
        #expect(run.status == 200, "\(String(decoding: run.body, as: UTF8.self))")
        #expect(try server.send("POST", "/webapi/v3/credentials/\(id)/users", as: .curator, json: #"{"userId":"nobody"}"#).status == 400)
        #expect(try server.send("DELETE", "/webapi/v3/credentials/\(id)", as: .curator).status == 400)
        #expect(try server.send("DELETE", "/webapi/v3/credentials/\(id)/users/\(Fixture.ids.viewer)", as: .curator).status == 200)
        #expect(try server.send("DELETE", "/webapi/v3/credentials/\(id)/users/\(Fixture.ids.viewer)", as: .curator).status == 404)
        #expect(try server.send("GET", "/webapi/v3/credentials/\(id)", as: .viewer).status == 404)
        #expect(try server.send("DELETE", "/webapi/v3/credentials/\(id)", as: .curator).status == 200)
        #expect(try server.send("GET", "/webapi/v3/credentials/\(id)", as: .curator).status == 404)
    }

    @Test("server data connections: list, rename, share, unshare, delete; system ones are not here")
    func serverDataConnections() throws {
        let server = try V3Server()
        defer { server.stop() }
        let dw = V3Operation.salesWarehouse
        #expect(try server.ok("GET", "/webapi/v3/serverDataConnections").arrayValue?.count == 2)
        #expect(try server.send("GET", "/webapi/v3/serverDataConnections/60c1f107c05c2320e8d88f63", as: .curator).status == 404)
        #expect(try server.ok("PUT", "/webapi/v3/serverDataConnections/\(dw)", json: #"{"name":"DW"}"#)["name"] == "DW")
        #expect(try server.send("PUT", "/webapi/v3/serverDataConnections/\(dw)", as: .curator, json: #"{"name":""}"#).status == 400)
        let shared = try server.ok("POST", "/webapi/v3/serverDataConnections/\(dw)/users", json: #"{"userId":"\#(Fixture.ids.viewer)"}"#)
        #expect(shared["userPermissions"] == [["userId": .string(Fixture.ids.viewer)]])
        #expect(try server.send("POST", "/webapi/v3/serverDataConnections/\(dw)/users", as: .curator, json: #"{"userId":"x"}"#).status == 400)
        // Admin V1 sees the new name.
        let admin = try JSONParser.parse(try server.send("GET", "/webapi/admin/v1/serverdataconnections", as: .curator).body)
        #expect(admin.arrayValue?.contains { $0["connectionName"]?.stringValue == "DW" } == true, "\(admin)")
        #expect(try server.send("DELETE", "/webapi/v3/serverDataConnections/\(dw)/users/\(Fixture.ids.viewer)", as: .curator).status == 200)
        #expect(try server.send("DELETE", "/webapi/v3/serverDataConnections/\(dw)/users/\(Fixture.ids.viewer)", as: .curator).status == 404)
        #expect(try server.send("DELETE", "/webapi/v3/serverDataConnections/\(dw)", as: .curator).status == 200)
        #expect(try server.ok("GET", "/webapi/v3/serverDataConnections").arrayValue?.count == 1)
    }

    @Test("users: create, read, update, deactivate, delete")
    func users() throws {
        let server = try V3Server()
        defer { server.stop() }
        #expect(try server.ok("GET", "/webapi/v3/users").arrayValue?.count == 4)
        #expect(try server.ok("GET", "/webapi/v3/users?role=viewer").arrayValue?.map { $0["id"] } == [.string(Fixture.ids.viewer)])
        let full = try server.ok("GET", "/webapi/v3/users?view=Full")
        #expect(OpenAPIShape.check(full[0] ?? nil, schema: "User").isEmpty)

        let created = try server.ok(
            "POST", "/webapi/v3/users",
            json: #"{"firstName":"Pat","lastName":"Publisher","email":"pat@postie.invalid","role":"Artisan","canScheduleJobs":false}"#)
        let id = try #require(created["id"]?.stringValue)
        #expect(created["role"] == "Artisan")
        #expect(created["canScheduleJobs"] == false)
        #expect(try server.ok("GET", "/webapi/v3/users/\(id)")["email"] == "pat@postie.invalid")
        #expect(try server.ok("GET", "/webapi/v3/users").arrayValue?.count == 5)
        let adminList = try JSONParser.parse(try server.send("GET", "/webapi/admin/v2/users", as: .curator).body)
        #expect(adminList.arrayValue?.contains { $0["id"]?.stringValue == id } == true)
        for body in [
            #"{"firstName":"Pat","lastName":"Again","email":"PAT@postie.invalid"}"#, #"{"firstName":"No"}"#,
            #"{"firstName":"A","lastName":"B","email":"no-at-sign"}"#, #"{"firstName":"A","lastName":"B","email":"c@d.e","role":"King"}"#,
            "{", "\"text\"",
        ] {
            #expect(try server.send("POST", "/webapi/v3/users", as: .curator, json: body).status == 400, "\(body)")
        }

        // Turning the artisan's API access off answers 401 at once; turning it on again restores it.
        let artisan = Fixture.ids.artisan
        #expect(try server.ok("PUT", "/webapi/v3/users/\(artisan)", json: #"{"isApiEnabled":false}"#)["isApiEnabled"] == false)
        let refused = try server.send("GET", "/webapi/v3/workflows", as: .artisan)
        #expect(refused.status == 401)
        #expect(String(decoding: refused.body, as: UTF8.self).contains("API access is not enabled"))
        _ = try server.ok("PUT", "/webapi/v3/users/\(artisan)", json: #"{"isApiEnabled":true}"#)
        #expect(try server.send("GET", "/webapi/v3/workflows", as: .artisan).status == 200)
        // Promoting the viewer to Curator lets it list users.
        _ = try server.ok("PUT", "/webapi/v3/users/\(Fixture.ids.viewer)", json: #"{"role":"Curator"}"#)
        #expect(try server.send("GET", "/webapi/v3/users", as: .viewer).status == 200)
        #expect(try server.send("PUT", "/webapi/v3/users/\(artisan)", as: .curator, json: #"{"email":"pat@postie.invalid"}"#).status == 400)
        #expect(try server.send("PUT", "/webapi/v3/users/nobody", as: .curator, json: "{}").status == 404)

        // The artisan owns a workflow: it cannot be deleted until that is transferred.
        #expect(try server.send("DELETE", "/webapi/v3/users/\(artisan)", as: .curator).status == 400)
        #expect(try server.send("DELETE", "/webapi/v3/users/\(Fixture.ids.curator)", as: .curator).status == 400)
        #expect(try server.send("DELETE", "/webapi/v3/users/\(id)", as: .curator).status == 200)
        #expect(try server.send("GET", "/webapi/v3/users/\(id)", as: .curator).status == 404)
        #expect(try server.send("DELETE", "/webapi/v3/users/\(id)", as: .curator).status == 404)
    }

    @Test("no token, a studio token and an extra --user pair")
    func tokensAndExtraUsers() throws {
        let server = try V3Server {
            $0.extraUsers = [
                GalleryEmulator.ExtraUser(role: .viewer, key: "extra-viewer", secret: "s1"),
                GalleryEmulator.ExtraUser(role: .curator, key: "extra-curator", secret: "s2:with:colons"),
                GalleryEmulator.ExtraUser(role: .none, key: "extra-none", secret: "s3"),
            ]
        }
        defer { server.stop() }
        #expect(try server.send("GET", "/webapi/v3/workflows", as: nil).status == 401)
        func status(_ key: String, _ secret: String, _ method: String, _ path: String) throws -> Int {
            let token = try server.token(key: key, secret: secret)
            return try server.client.send(
                HTTPRequest(method: method, target: path, headers: ["Host": server.host, "Authorization": "Bearer \(token)", "Connection": "close"])
            ).status
        }
        #expect(try status(Fixture.demo.studioKey, Fixture.demo.studioSecret, "GET", "/webapi/v3/workflows") == 401)
        #expect(try status("extra-viewer", "s1", "GET", "/webapi/v3/workflows") == 200)
        #expect(try status("extra-viewer", "s1", "GET", "/webapi/v3/users") == 403)
        #expect(try status("extra-curator", "s2:with:colons", "GET", "/webapi/v3/users") == 200)
        #expect(try status("extra-none", "s3", "GET", "/webapi/v3/workflows") == 401)
        let users = try server.ok("GET", "/webapi/v3/users")
        #expect(users.arrayValue?.count == 7)
        let names = server.emulator.environmentFile()["values"]?.arrayValue?.compactMap { $0["key"]?.stringValue } ?? []
        for name in ["viewer-key", "no-access-secret", "viewer-1-key", "curator-2-secret", "no-access-3-key"] {
            #expect(names.contains(name), "\(name)")
        }
        #expect(GalleryEmulator.ExtraUser(parsing: "Artisan:k:s:t") == GalleryEmulator.ExtraUser(role: .artisan, key: "k", secret: "s:t"))
        for bad in ["king:k:s", "viewer:k", "viewer::s", "viewer:k:"] {
            #expect(GalleryEmulator.ExtraUser(parsing: bad) == nil, "\(bad)")
        }
    }
}
