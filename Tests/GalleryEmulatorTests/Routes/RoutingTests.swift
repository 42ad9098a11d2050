import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

@Suite("Routing: 404, 405 and the Gallery's error shape")
struct RoutingTests {
    @Test("an unknown path under the API is a 404 in the Gallery's shape", arguments: [
        "/gallery/api/v1/nothing/", "/gallery/api/", "/webapi/v9/workflows", "/gallery/api/v1/workflows/a/b/c/d/",
    ])
    func unknownPath(path: String) throws {
        let clock = TestClock()
        let response = Fixture.emulator(clock: clock).handle(Fixture.signed("GET", path, timestamp: clock.now))
        #expect(response.status == 404)
        let body = try json(response)
        #expect(body.objectValue?.keys == ["data", "exceptionName", "innerExceptionMessage", "message"])
        #expect(body["exceptionName"] == "NotFoundException")
        #expect(body["message"]?.stringValue?.contains(path) == true)
    }

    @Test("outside the APIs: a landing page at /, 404 elsewhere")
    func outside() throws {
        let emulator = Fixture.emulator()
        let landing = emulator.handle(HTTPRequest(method: "GET", target: "/", headers: ["Host": "example.test:1234"]))
        #expect(landing.status == 200)
        #expect(try json(landing)["galleryUrl"] == "http://example.test:1234/gallery")
        let elsewhere = emulator.handle(HTTPRequest(method: "GET", target: "/favicon.ico"))
        #expect(elsewhere.status == 404)
        #expect(try json(elsewhere)["exceptionName"] == "NotFoundException")
    }

    @Test("a known path with the wrong method is a 405 with Allow, before any auth")
    func wrongMethod() throws {
        let emulator = Fixture.emulator()
        let response = emulator.handle(
            HTTPRequest(method: "DELETE", target: "/gallery/api/v1/workflows/subscription/", headers: ["Host": Fixture.host]))
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET")
        #expect(try json(response)["exceptionName"] == "MethodNotAllowedException")
        let jobs = emulator.handle(
            HTTPRequest(method: "PUT", target: "/gallery/api/v1/workflows/x/jobs/", headers: ["Host": Fixture.host]))
        #expect(jobs.status == 405)
        #expect(jobs.headers["Allow"] == "POST, GET")
    }

    @Test("HEAD is answered like GET")
    func head() {
        let clock = TestClock()
        let response = Fixture.emulator(clock: clock).handle(
            Fixture.signed("HEAD", "/gallery/api/v1/workflows/subscription/", timestamp: clock.now))
        #expect(response.status == 200)
    }

    @Test("paths match without their trailing slash and in any case")
    func pathForms() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        #expect(emulator.handle(Fixture.signed("GET", "/gallery/api/v1/workflows/subscription", timestamp: clock.now)).status == 200)
        #expect(emulator.handle(Fixture.signed("GET", "/gallery/api/V1/Workflows/Subscription/", timestamp: clock.now)).status == 200)
    }

    @Test("Admin V1 › Package with an empty appId is a clear 404")
    func emptyAppId() throws {
        let clock = TestClock()
        let response = Fixture.emulator(clock: clock).legacy("GET", "/gallery/api/admin/v1//package/", pair: .user, clock: clock)
        #expect(response.status == 404)
        #expect(errorMessage(response)?.contains("No workflow id was given") == true)
    }

    @Test("a body over the limit is a 413")
    func bodyLimit() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock) { $0.maxBodyBytes = 10 }
        let response = emulator.legacy(
            "POST", "v1/workflows/\(Fixture.ids.ecbWorkflow)/jobs/", clock: clock, json: #"{"questions":[],"priority":0}"#)
        #expect(response.status == 413)
    }

    @Test("JSON answers can start with a byte-order mark, as some Gallery servers send")
    func byteOrderMark() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock) { $0.sendsByteOrderMark = true }
        let response = emulator.legacy("GET", "v1/workflows/subscription/", clock: clock)
        #expect(bodyData(response).starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(try json(response).arrayValue?.count == 5)
    }
}

@Suite("Lists: paging, sorting, search, filters")
struct ListingTests {
    func names(_ emulator: GalleryEmulator, _ query: String, clock: TestClock) throws -> [String] {
        let response = emulator.legacy("GET", "v1/workflows/subscription/\(query)", clock: clock)
        #expect(response.status == 200, "\(query): \(text(response))")
        return try json(response).arrayValue?.compactMap { $0["metaInfo"]?["name"]?.stringValue } ?? []
    }

    @Test("sorting, paging with offset/limit, search, packageType")
    func subscriptionWorkflows() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let all = try names(emulator, "", clock: clock)
        #expect(all.first == "ECB euro reference rates")
        #expect(try names(emulator, "?sortField=name&direction=asc", clock: clock) == all.sorted())
        #expect(try names(emulator, "?sortField=name&direction=desc", clock: clock) == all.sorted().reversed())
        #expect(try names(emulator, "?sortField=uploaddate&direction=asc&offset=1&limit=2", clock: clock) == Array(all[1...2]))
        #expect(try names(emulator, "?search=SALES", clock: clock) == ["Monthly sales rollup"])
        #expect(try names(emulator, "?packageType=Macro", clock: clock) == ["Clean postal codes"])
        #expect(try names(emulator, "?packageType=0", clock: clock) == ["Euro currency converter"])
        #expect(try names(emulator, "?sortField=&direction=&offset=&limit=&search=", clock: clock) == all)
    }

    @Test("bad list parameters are 400s that say what is wrong", arguments: [
        "?sortField=colour", "?direction=sideways", "?offset=-1", "?limit=ten", "?packageType=Widget",
    ])
    func badParameters(query: String) {
        let clock = TestClock()
        let response = Fixture.emulator(clock: clock).legacy("GET", "v1/workflows/subscription/\(query)", clock: clock)
        #expect(response.status == 400)
        #expect(errorMessage(response)?.isEmpty == false)
    }

    @Test("page and pageSize page the admin lists")
    func pageAndPageSize() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        func ids(_ query: String) throws -> [String] {
            try json(emulator.legacy("GET", "admin/v1/users/\(query)", pair: .user, clock: clock)).arrayValue?
                .compactMap { $0["id"]?.stringValue } ?? []
        }
        let all = try ids("")
        #expect(all.count == 4)
        #expect(try ids("?page=1&pageSize=3") == Array(all[0...2]))
        #expect(try ids("?page=2&pageSize=3") == [all[3]])
        #expect(try ids("?page=3&pageSize=3") == [])
        #expect(emulator.legacy("GET", "admin/v1/users/?page=0", pair: .user, clock: clock).status == 400)
    }

    @Test("the audit log filters by entity, newest first, paged")
    func auditLog() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let response = emulator.legacy("GET", "admin/v1/auditlog/?entity=User&page=1&pageSize=10", pair: .user, clock: clock)
        let events = try #require(try json(response).arrayValue)
        #expect(events.count == 4)
        #expect(events.allSatisfy { $0["entity"] == "User" })
        #expect(events[0].objectValue?.keys == ["id", "entity", "entityId", "userId", "timestamp", "event", "oldValues", "newValues"])
        let timestamps = events.compactMap { $0["timestamp"]?.stringValue }
        #expect(timestamps == timestamps.sorted(by: >))
    }
}

@Suite("Admin endpoints")
struct AdminTests {
    @Test("every admin list answers its documented shape", arguments: [
        ("admin/v1/collections/", ["id", "collectionId", "name", "ownerId", "dateAdded", "apps", "schedules", "insights", "users", "subscriptions", "userGroups"]),
        ("admin/v1/insights/", ["id", "insightId", "name", "lastUpdated", "ownerId", "iconId", "owner"]),
        ("admin/v1/schedules/", ["id", "application", "owner", "name", "comment", "enabled", "priority", "workerTag", "status", "credential", "creationTime", "lastRunTime", "nextRunTime", "state", "runCount", "iteration", "frequency", "timezone", "lastError", "cpuName", "lastModifiedId", "lastModifiedDate", "canEdit"]),
        ("admin/v1/serverdataconnections/", ["connectionId", "connectionString", "connectionName", "connectionType", "subscriptionCount", "userCount", "userGroupCount"]),
        ("admin/v1/systemdataconnections/", ["connectionId", "connectionString", "connectionName", "connectionType", "subscriptionCount", "userCount", "userGroupCount"]),
        ("admin/v1/subscriptions/", ["id", "active", "defaultWorkerTag", "expirationDate", "memberPassesPurchased", "memberPassesUsed", "name", "primaryContactInfo"]),
        ("admin/v2/subscriptions/", ["id", "active", "defaultWorkerTag", "expirationDate", "name"]),
        ("admin/v1/users/", ["id", "accountLocked", "accountLockedAt", "active", "anonymous", "canSchedule", "canSetPriority", "canSetWorkerAssignment", "curator", "dateAdded", "dateUpdated", "email", "expirationDate", "firstName", "lastName", "numFailedLogins", "pending", "subscriptionId", "updateLastLoginDate", "userProfile", "validated", "timezone"]),
        ("admin/v2/users/", ["id", "accountLocked", "accountLockedAt", "active", "anonymous", "canSchedule", "canSetPriority", "canSetWorkerAssignment", "dateAdded", "dateUpdated", "email", "expirationDate", "firstName", "lastName", "numFailedLogins", "pending", "subscriptionId", "updateLastLoginDate", "userProfile", "validated", "timezone", "role"]),
        ("admin/v1/workflows/", ["id", "subscriptionId", "public", "runDisabled", "packageType", "uploadDate", "fileName", "metaInfo", "isChained", "version", "runCount", "workerTag", "isE2"]),
        ("admin/v1/workflows/all/", ["id", "revisions", "creator", "subscription", "events", "runDisabled", "isPublic", "dateMadePublic", "isDeleted", "runCount", "iconId", "workerTag", "isReadyForMigration"]),
        ("admin/v2/workflows/all/", ["id", "revisions", "creator", "subscription", "events", "runDisabled", "isPublic", "dateMadePublic", "isDeleted", "runCount", "iconId", "workerTag", "isReadyForMigration"]),
        ("admin/v1/workflows/jobs/", ["id", "appId", "createDate", "status", "disposition", "outputs", "messages", "priority", "workerTag", "runWithE2"]),
        ("admin/v1/workflows/migratable/", ["appId", "currentRevisionId", "subscriptionId"]),
        ("admin/v2/schedule/forecast/", ["id", "appEstimatedCompletionTime", "scheduleName", "startTime", "frequency", "workflowName", "owner", "priority"]),
    ])
    func shapes(path: String, keys: [String]) throws {
        let clock = TestClock()
        let response = Fixture.emulator(clock: clock).legacy("GET", path, pair: .user, clock: clock)
        #expect(response.status == 200)
        let items = try #require(try json(response).arrayValue)
        #expect(!items.isEmpty)
        #expect(items.first?.objectValue?.keys == keys)
    }

    @Test("insights and users never show API keys or secrets")
    func noSecrets() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        for path in ["admin/v1/insights/", "admin/v2/insights/", "admin/v1/users/", "admin/v2/users/"] {
            let body = text(emulator.legacy("GET", path, pair: .user, clock: clock))
            #expect(!body.contains(Fixture.demo.userSecret))
            #expect(!body.contains(Fixture.demo.userKey))
        }
    }

    @Test("workflows/all filters by upload date and, on v2, by name")
    func workflowsAll() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let all = try json(emulator.legacy("GET", "admin/v1/workflows/all/", pair: .user, clock: clock)).arrayValue ?? []
        #expect(all.count == 6)
        let late = try json(
            emulator.legacy("GET", "admin/v1/workflows/all/?startDate=2021-06-10T21:47:40Z", pair: .user, clock: clock))
        #expect(late.arrayValue?.count == 4)
        let named = try json(emulator.legacy("GET", "admin/v2/workflows/all/?name=ecb", pair: .user, clock: clock))
        #expect(named.arrayValue?.count == 1)
        let badDate = emulator.legacy("GET", "admin/v1/workflows/all/?startDate=yesterday", pair: .user, clock: clock)
        #expect(badDate.status == 400)
    }

    @Test("workflows/jobs gives each workflow's last job")
    func lastJobs() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let first = try json(
            emulator.legacy(
                "GET", "admin/v1/workflows/jobs/?appIds=\(Fixture.ids.ecbWorkflow)&includeMessage=False", pair: .user, clock: clock))
        #expect(first[0]?["id"] == .string(Fixture.ids.historicalJob))
        #expect(first[0]?["messages"] == [])
        let newer = try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock)
        let second = try json(
            emulator.legacy(
                "GET", "admin/v1/workflows/jobs/?appIds=\(Fixture.ids.ecbWorkflow),\(Fixture.ids.failingWorkflow)",
                pair: .user, clock: clock))
        #expect(second.arrayValue?.compactMap { $0["id"]?.stringValue } == [newer, Fixture.ids.historicalFailedJob])
    }

    @Test("the migration flag is read and written")
    func migration() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        func migratable() throws -> [String] {
            try json(emulator.legacy("GET", "admin/v1/workflows/migratable/", pair: .user, clock: clock)).arrayValue?
                .compactMap { $0["appId"]?.stringValue } ?? []
        }
        #expect(try migratable() == [Fixture.ids.converterWorkflow])
        let set = emulator.legacy(
            "PUT", "admin/v1/workflows/migratable/\(Fixture.ids.ecbWorkflow)/", pair: .user, clock: clock, json: "true")
        #expect(set.status == 200)
        #expect(try json(set) == true)
        #expect(try migratable() == [Fixture.ids.ecbWorkflow, Fixture.ids.converterWorkflow])
        let cleared = emulator.legacy(
            "PUT", "admin/v1/workflows/migratable/\(Fixture.ids.ecbWorkflow)/", pair: .user, clock: clock, json: "false")
        #expect(try json(cleared) == false)
        #expect(try migratable() == [Fixture.ids.converterWorkflow])
        let filtered = try json(
            emulator.legacy(
                "GET", "admin/v1/workflows/migratable/?subscriptionIds=\(Fixture.ids.artisanSubscription)", pair: .user, clock: clock))
        #expect(filtered == [])
        let bad = emulator.legacy(
            "PUT", "admin/v1/workflows/migratable/\(Fixture.ids.ecbWorkflow)/", pair: .user, clock: clock, json: "maybe")
        #expect(bad.status == 400)
    }

    @Test("publishing a workflow creates one that runs; sourceId makes a new version")
    func publish() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let body = multipart(
            boundary: "b0undary",
            [
                ("file", "", ""), ("name", nil, "Postman"), ("owner", nil, Fixture.demo.emailAddress), ("validate", nil, "true"),
                ("isPublic", nil, "false"), ("sourceId", nil, ""), ("workerTag", nil, ""), ("canDownload", nil, "true"),
            ])
        let headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=b0undary"]
        let response = emulator.legacy("POST", "admin/v1/workflows/", pair: .user, clock: clock, headers: headers, rawBody: body)
        #expect(response.status == 200)
        let id = try #require(try json(response).stringValue)
        let workflows = try json(emulator.legacy("GET", "admin/v1/workflows/?search=Postman", pair: .user, clock: clock))
        #expect(workflows[0]?["id"] == .string(id))
        #expect(workflows[0]?["version"] == 1)
        let job = try emulator.job(try emulator.queue(id, clock: clock), clock: clock)
        #expect(job["disposition"] == "Success")

        let again = multipart(
            boundary: "b0undary", [("file", "p.yxzp", "PK\u{3}\u{4}"), ("name", nil, "Postman 2"), ("owner", nil, Fixture.demo.emailAddress), ("sourceId", nil, id)])
        let second = emulator.legacy("POST", "admin/v1/workflows/", pair: .user, clock: clock, headers: headers, rawBody: again)
        #expect(try json(second).stringValue == id)
        let package = emulator.legacy("GET", "admin/v1/\(id)/package/", pair: .user, clock: clock)
        #expect(bodyData(package) == Data("PK\u{3}\u{4}".utf8))
        let first = emulator.legacy("GET", "admin/v1/\(id)/package/?version=1", pair: .user, clock: clock)
        #expect(bodyData(first).starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(bodyData(first).count > 100)
    }

    @Test("publishing refuses a missing name, an unknown owner and a non-package under validate", arguments: [
        [("name", nil as String?, ""), ("owner", nil, GalleryEmulator.DemoCredentials.emailAddress)],
        [("name", nil, "X"), ("owner", nil, "nobody@example.com")],
        [("file", "x.yxzp", "not a zip"), ("name", nil, "X"), ("owner", nil, GalleryEmulator.DemoCredentials.emailAddress), ("validate", nil, "true")],
        [("name", nil, "X"), ("owner", nil, GalleryEmulator.DemoCredentials.emailAddress), ("isPublic", nil, "perhaps")],
    ])
    func publishErrors(parts: [(String, String?, String)]) {
        let clock = TestClock()
        let response = Fixture.emulator(clock: clock).legacy(
            "POST", "admin/v1/workflows/", pair: .user, clock: clock,
            headers: ["Content-Type": "multipart/form-data; boundary=zz"],
            rawBody: multipart(boundary: "zz", parts.map { (name: $0.0, filename: $0.1, content: $0.2) }))
        #expect(response.status == 400)
    }

    @Test("the schedule forecast takes a window of at most 45 days")
    func forecast() throws {
        let clock = TestClock(GalleryDate.date(2021, 10, 4, 0, 0))  // a Monday
        let emulator = Fixture.emulator(clock: clock)
        func forecast(_ query: String) -> HTTPResponse {
            emulator.legacy("GET", "admin/v2/schedule/forecast/\(query)", pair: .user, clock: clock)
        }
        let defaults = try json(forecast("?before=&after="))
        // Seven days: seven daily runs and one weekly one.
        #expect(defaults.arrayValue?.count == 8)
        #expect(defaults[0]?["scheduleName"] == "Daily ECB rates")
        #expect(defaults[0]?["startTime"] == "2021-10-04T06:00:00Z")
        #expect(defaults[1]?["scheduleName"] == "Weekly sales rollup")
        let window = try json(forecast("?after=2021-10-10&before=2021-10-12"))
        #expect(window.arrayValue?.count == 3)
        let tooLong = forecast("?after=2021-10-01&before=2021-12-01")
        #expect(tooLong.status == 400)
        #expect(errorMessage(tooLong)?.contains("less than 45 days") == true)
        #expect(forecast("?after=2021-10-10&before=2021-10-01").status == 400)
        #expect(forecast("?after=soon").status == 400)
    }

    @Test("packages are ZIP archives with a .yxzp file name")
    func package() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let response = emulator.legacy("GET", "v1/\(Fixture.ids.ecbWorkflow)/package/", clock: clock)
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/octet-stream")
        #expect(response.headers["Content-Disposition"] == "attachment; filename=\"ECB euro reference rates.yxzp\"")
        let bytes = bodyData(response)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(bytes.suffix(22).starts(with: [0x50, 0x4B, 0x05, 0x06]))
        #expect(String(decoding: bytes, as: UTF8.self).contains("<Name>ECB euro reference rates</Name>"))
        #expect(emulator.legacy("GET", "v1/\(Fixture.ids.ecbWorkflow)/package/?version=2", clock: clock).status == 404)
        #expect(bodyData(emulator.legacy("GET", "v1/\(Fixture.ids.ecbWorkflow)/package/", clock: clock)) == bytes)
    }
}

@Suite("The v3 API")
struct V3Tests {
    @Test("workflows, a workflow, a job run, the job")
    func v3() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock, jobTime: 4)
        let token = try Fixture.token(emulator, pair: .artisan)
        let list = try json(emulator.handle(Fixture.bearer("GET", "/webapi/v3/workflows", token: token)))
        let names = list.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        // The artisan sees public workflows, shared ones and its own subscription's.
        #expect(Set(names) == ["ECB euro reference rates", "Euro currency converter", "Regional sales summary"])
        #expect(
            list[0]?.objectValue?.keys
                == ["id", "sourceAppId", "name", "ownerId", "dateCreated", "publishedVersionNumber", "isAmp", "executionMode"])

        let detail = try json(
            emulator.handle(Fixture.bearer("GET", "/webapi/v3/workflows/\(Fixture.ids.converterWorkflow)", token: token)))
        #expect(detail["versions"]?[0]?["versionNumber"] == 1)
        #expect(detail["questions"]?.arrayValue?.count == 3)
        let hidden = emulator.handle(Fixture.bearer("GET", "/webapi/v3/workflows/\(Fixture.ids.slowWorkflow)", token: token))
        #expect(hidden.status == 404)

        let run = emulator.handle(
            Fixture.bearer(
                "POST", "/webapi/v3/workflows/\(Fixture.ids.converterWorkflow)/jobs", token: token,
                body: Data(#"{"questions":[{"name":"Amount","value":"10"}],"priority":"Default"}"#.utf8),
                headers: ["Content-Type": "application/json"]))
        #expect(run.status == 200)
        let queued = try json(run)
        #expect(queued["status"] == "Queued")
        #expect(queued["appId"] == .string(Fixture.ids.converterWorkflow))
        let id = try #require(queued["id"]?.stringValue)
        clock.advance(by: 4)
        let job = try json(emulator.handle(Fixture.bearer("GET", "/webapi/v3/jobs/\(id)", token: token)))
        #expect(
            job.objectValue?.keys
                == ["id", "appId", "createDateTime", "status", "disposition", "outputs", "messages", "priority", "workerTag", "runWithE2"])
        #expect(job["status"] == "Complete")
        #expect(job["outputs"]?[0]?["availableFormats"] == ["Raw", "Csv"])
        #expect(job["outputs"]?[0]?["fileName"] == "conversion.yxdb")
        let reduced = try json(emulator.handle(Fixture.bearer("GET", "/webapi/v3/jobs/\(id)?includeMessages=false", token: token)))
        #expect(reduced["messages"] == nil)
    }

    @Test("a curator sees and runs every workflow; the studio key has no v3")
    func curatorAndStudio() throws {
        let emulator = Fixture.emulator()
        let curator = try Fixture.token(emulator, pair: .user)
        let all = try json(emulator.handle(Fixture.bearer("GET", "/webapi/v3/workflows", token: curator)))
        #expect(all.arrayValue?.count == 6)
        let run = emulator.handle(
            Fixture.bearer("POST", "/webapi/v3/workflows/\(Fixture.ids.regionalWorkflow)/jobs", token: curator, body: Data("{}".utf8)))
        #expect(run.status == 200)
        let studio = try Fixture.token(emulator, pair: .studio)
        #expect(emulator.handle(Fixture.bearer("GET", "/webapi/v3/workflows", token: studio)).status == 401)
    }
}
