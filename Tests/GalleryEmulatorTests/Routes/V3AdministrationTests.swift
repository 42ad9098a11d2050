import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

/// Versions, transfers, outputs, user life cycle, user groups and collections over real sockets: what
/// each answers and what the store holds after it.
@Suite("The v3 API: versions, transfers, user groups and collections")
struct V3AdministrationTests {
    let ids = Fixture.ids

    func text(_ response: RawHTTPClient.Response) -> String { String(decoding: response.body, as: UTF8.self) }

    func versionForm(_ name: String, owner: String, package: Data, extra: [(String, String)]) -> (Data, String) {
        var parts: [(String, String?, String)] = [("name", nil, name), ("ownerId", nil, owner)]
        for (field, value) in extra { parts.append((field, nil, value)) }
        let boundary = "postie-version"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name).yxzp\"\r\n\r\n".utf8)
        body += package + Data("\r\n".utf8)
        for (field, _, value) in parts {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    @Test("versions: an unpublished version is listed and downloadable, publishing it changes what every API runs")
    func versions() throws {
        let server = try V3Server()
        defer { server.stop() }
        let regional = ids.regionalWorkflow
        let second = v3Package + Data(" version two".utf8)
        let (body, type) = versionForm("Regional sales summary", owner: ids.artisan, package: second, extra: [("makePublished", "false")])
        let added = try server.send("POST", "/webapi/v3/workflows/\(regional)/versions", as: .artisan, body: body, contentType: type)
        #expect(added.status == 200, "\(text(added))")
        let workflow = try JSONParser.parse(added.body)
        #expect(workflow["publishedVersionNumber"] == 1)
        #expect(workflow["versions"]?.arrayValue?.map { $0["published"] } == [true, false])
        let secondId = try #require(workflow["versions"]?[1]?["versionId"]?.stringValue)
        #expect(workflow["publishedVersionId"] != .string(secondId))

        // The new version's package is the bytes uploaded; the published one is still the seeded package.
        let byVersion = try server.send("GET", "/webapi/v3/workflows/\(regional)/package?versionId=\(secondId)", as: .artisan)
        #expect(byVersion.body == second)
        #expect(try server.send("GET", "/webapi/v3/workflows/\(regional)/package", as: .artisan).body != second)

        let published = try server.ok(
            "PUT", "/webapi/v3/workflows/\(regional)", as: .artisan, json: #"{"versionId":"\#(secondId)","makePublished":true}"#)
        #expect(published["publishedVersionNumber"] == 2)
        #expect(published["publishedVersionId"] == .string(secondId))
        #expect(try server.send("GET", "/webapi/v3/workflows/\(regional)/package", as: .artisan).body == second)
        // The Subscription API lists the published version.
        let subscription = try JSONParser.parse(try server.send("GET", "/webapi/v1/workflows/subscription", as: .artisan).body)
        #expect(subscription.arrayValue?.first { $0["id"]?.stringValue == regional }?["version"] == 2)

        // makePublished is required; the package must be a ZIP; another owner needs a curator.
        for (extra, package, status) in [
            ([(String, String)](), v3Package, 400), ([("makePublished", "maybe")], v3Package, 400),
            ([("makePublished", "true")], Data("not a zip".utf8), 400),
        ] {
            let (bad, badType) = versionForm("x", owner: ids.artisan, package: package, extra: extra)
            let response = try server.send("POST", "/webapi/v3/workflows/\(regional)/versions", as: .artisan, body: bad, contentType: badType)
            #expect(response.status == status, "\(extra): \(text(response))")
        }
        let (other, otherType) = versionForm("x", owner: ids.curator, package: v3Package, extra: [("makePublished", "true")])
        #expect(try server.send("POST", "/webapi/v3/workflows/\(regional)/versions", as: .artisan, body: other, contentType: otherType).status == 403)
    }

    @Test("an app's questions match the document (multiple is a Boolean in v3, \"False\" in v1)")
    func questions() throws {
        let server = try V3Server()
        defer { server.stop() }
        let converter = ids.converterWorkflow
        let questions = try server.ok("GET", "/webapi/v3/workflows/\(converter)/questions")
        #expect(questions.arrayValue?.count == 3)
        #expect(questions[0]?["multiple"] == false)
        #expect(try OpenAPIShape.check(questions, method: "GET", path: "/webapi/v3/workflows/\(converter)/questions").isEmpty)
        let workflow = try server.ok("GET", "/webapi/v3/workflows/\(converter)")
        #expect(try OpenAPIShape.check(workflow, method: "GET", path: "/webapi/v3/workflows/\(converter)").isEmpty)
        let legacy = try JSONParser.parse(try server.legacy("GET", "v1/workflows/\(converter)/questions/").body)
        #expect(legacy[0]?["multiple"] == "False")
    }

    @Test("transfer: the workflow and, when asked, its schedules change owner; the new owner must be an Artisan or Curator")
    func transfer() throws {
        let server = try V3Server()
        defer { server.stop() }
        let ecb = ids.ecbWorkflow
        for (body, status) in [
            (#"{"ownerId":"\#(ids.viewer)","transferSchedules":true}"#, 400),
            (#"{"ownerId":"nobody","transferSchedules":true}"#, 400),
            (#"{"ownerId":"\#(ids.artisan)"}"#, 400),
            (#"{"transferSchedules":false}"#, 400),
        ] {
            let response = try server.send("PUT", "/webapi/v3/workflows/\(ecb)/transfer", as: .curator, json: body)
            #expect(response.status == status, "\(body): \(text(response))")
        }
        let moved = try server.ok("PUT", "/webapi/v3/workflows/\(ecb)/transfer", json: #"{"ownerId":"\#(ids.artisan)","transferSchedules":true}"#)
        #expect(moved["ownerId"] == .string(ids.artisan))
        #expect(try server.ok("GET", "/webapi/v3/schedules/\(V3Operation.ecbSchedule)")["ownerId"] == .string(ids.artisan))
        // The artisan owns it now: it may update it, and sees its schedule.
        #expect(try server.send("PUT", "/webapi/v3/workflows/\(ecb)", as: .artisan, json: #"{"comments":"mine now"}"#).status == 200)
        #expect(try server.ok("GET", "/webapi/v3/schedules", as: .artisan).arrayValue?.map { $0["id"] } == [.string(V3Operation.ecbSchedule)])
    }

    @Test("job output: the bytes v1 answers, format required, unknown ids 404")
    func jobOutput() throws {
        let server = try V3Server()
        defer { server.stop() }
        let job = try server.ok("POST", "/webapi/v3/workflows/\(ids.ecbWorkflow)/jobs", json: "{}")
        let jobId = try #require(job["id"]?.stringValue)
        let finished = try server.ok("GET", "/webapi/v3/jobs/\(jobId)")
        #expect(finished["status"] == "Complete")
        let outputId = try #require(finished["outputs"]?[0]?["id"]?.stringValue)
        let csv = try server.send("GET", "/webapi/v3/jobs/\(jobId)/output/\(outputId)?format=Csv", as: .curator)
        #expect(csv.status == 200)
        #expect(csv.headers["Content-Type"] == "text/csv; charset=utf-8")
        #expect(text(csv).hasPrefix("Date,Currency,Rate\r\n"), "\(text(csv).prefix(80))")
        let legacy = try server.legacy("GET", "v1/jobs/\(jobId)/output/\(outputId)/?format=Csv")
        #expect(legacy.body == csv.body)
        let raw = try server.send("GET", "/webapi/v3/jobs/\(jobId)/output/\(outputId)?format=raw", as: .curator)
        #expect(raw.status == 200 && raw.body != csv.body)

        let missing = try server.send("GET", "/webapi/v3/jobs/\(jobId)/output/\(outputId)", as: .curator)
        #expect(missing.status == 400)
        #expect(text(missing).contains("format query parameter is required"))
        #expect(try server.send("GET", "/webapi/v3/jobs/\(jobId)/output/\(outputId)?format=Xlsx", as: .curator).status == 400)
        #expect(try server.send("GET", "/webapi/v3/jobs/\(jobId)/output/nope?format=Csv", as: .curator).status == 404)
        #expect(try server.send("GET", "/webapi/v3/jobs/nope/output/\(outputId)?format=Csv", as: .curator).status == 404)
    }

    /// The status of a token request with `role`'s pair.
    func tokenStatus(_ server: V3Server, _ role: V3Role) throws -> (Int, String) {
        let response = try server.client.send(
            HTTPRequest(
                method: "POST", target: "/webapi/oauth2/token",
                headers: ["Host": server.host, "Content-Type": "application/x-www-form-urlencoded", "Connection": "close"],
                body: Data("grant_type=client_credentials&client_id=\(role.key)&client_secret=\(role.secret)".utf8)))
        return (response.status, text(response))
    }

    @Test("deactivating a user: they leave their groups, their key gets no token and their token stops working")
    func deactivate() throws {
        let server = try V3Server()
        defer { server.stop() }
        let token = try server.token(.artisan)
        #expect(try server.ok("POST", "/webapi/v3/users/\(ids.artisan)/deactivate") == [.string(ids.analystsGroup)])
        #expect(try server.ok("GET", "/webapi/v3/usergroups/\(ids.analystsGroup)")["members"] == [])
        #expect(try server.ok("GET", "/webapi/v3/users/\(ids.artisan)")["isActive"] == false)
        let (status, body) = try tokenStatus(server, .artisan)
        #expect(status == 401)
        #expect(body.contains("invalid_client") && body.contains("deactivated"))
        #expect(!body.contains(V3Role.artisan.secret))
        let old = try server.client.send(
            HTTPRequest(
                method: "GET", target: "/webapi/v3/workflows",
                headers: ["Host": server.host, "Authorization": "Bearer \(token)", "Connection": "close"]))
        #expect(old.status == 401)
        #expect(try server.send("POST", "/webapi/v3/users/\(ids.curator)/deactivate", as: .curator).status == 400)
        // Nor through PUT (found by schemathesis, which reuses the ids it reads): the curator stays a curator.
        for body in [#"{"isActive":false}"#, #"{"isApiEnabled":false}"#, #"{"isAccountLocked":true}"#, #"{"role":"Viewer"}"#] {
            let response = try server.send("PUT", "/webapi/v3/users/\(ids.curator)", as: .curator, json: body)
            #expect(response.status == 400, "\(body): \(text(response))")
        }
        #expect(try server.ok("PUT", "/webapi/v3/users/\(ids.curator)", json: #"{"lastName":"Keeper"}"#)["lastName"] == "Keeper")
        #expect(try tokenStatus(server, .curator).0 == 200)
        #expect(try server.send("POST", "/webapi/v3/users/nobody/deactivate", as: .curator).status == 404)
        // Reactivated, the key works again.
        _ = try server.ok("PUT", "/webapi/v3/users/\(ids.artisan)", json: #"{"isActive":true}"#)
        #expect(try tokenStatus(server, .artisan).0 == 200)
    }

    @Test("a deleted user's key gets no token")
    func deletedUserGetsNoToken() throws {
        let server = try V3Server()
        defer { server.stop() }
        #expect(try tokenStatus(server, .viewer).0 == 200)
        _ = try server.ok("DELETE", "/webapi/v3/users/\(ids.viewer)")
        let (status, body) = try tokenStatus(server, .viewer)
        #expect(status == 401)
        #expect(body.contains("deleted or deactivated"))
    }

    @Test("password reset: recorded in the audit log, no password answered; refused for a deactivated user")
    func passwordReset() throws {
        let server = try V3Server()
        defer { server.stop() }
        let response = try server.send("POST", "/webapi/v3/users/\(ids.viewer)/passwordReset", as: .curator)
        #expect(response.status == 200)
        #expect(try JSONParser.parse(response.body) == .object(JSONObject()))
        let log = try JSONParser.parse(try server.send("GET", "/webapi/admin/v1/auditlog?entity=User&pageSize=100", as: .curator).body)
        let resets = log.arrayValue?.filter { $0["event"]?.stringValue == "PasswordReset" } ?? []
        #expect(resets.count == 1)
        #expect(resets.first?["entityId"] == .string(ids.viewer))
        _ = try server.ok("POST", "/webapi/v3/users/\(ids.viewer)/deactivate")
        let refused = try server.send("POST", "/webapi/v3/users/\(ids.viewer)/passwordReset", as: .curator)
        #expect(refused.status == 400)
        #expect(text(refused).contains("deactivated"))
        #expect(try server.send("POST", "/webapi/v3/users/nobody/passwordReset", as: .curator).status == 404)
    }

    @Test("assets and asset transfer: what a user owns moves to another Artisan or Curator, then the user can be deleted")
    func assets() throws {
        let server = try V3Server()
        defer { server.stop() }
        let artisan = ids.artisan
        let owned = try server.ok("GET", "/webapi/v3/users/\(artisan)/assets")
        #expect(Set(owned.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []) == [ids.regionalWorkflow, ids.regionalCollection])
        #expect(try server.ok("GET", "/webapi/v3/users/\(artisan)/assets?assetType=workflow").arrayValue?.map { $0["type"] } == ["Workflow"])
        #expect(try server.send("GET", "/webapi/v3/users/\(artisan)/assets?assetType=Insight", as: .curator).status == 400)
        #expect(try server.send("GET", "/webapi/v3/users/nobody/assets", as: .curator).status == 404)

        let all = #""transferWorkflows":true,"transferSchedules":true,"transferCollections":true"#
        for (body, status) in [
            (#"{"ownerId":"\#(ids.viewer)",\#(all)}"#, 400), (#"{"ownerId":"\#(artisan)",\#(all)}"#, 400),
            (#"{"ownerId":"\#(ids.curator)","transferWorkflows":true}"#, 400), (#"{\#(all)}"#, 400),
        ] {
            let response = try server.send("PUT", "/webapi/v3/users/\(artisan)/assetTransfer", as: .curator, json: body)
            #expect(response.status == status, "\(body): \(text(response))")
        }
        let moved = try server.ok(
            "PUT", "/webapi/v3/users/\(artisan)/assetTransfer",
            json: #"{"ownerId":"\#(ids.curator)","transferWorkflows":true,"transferSchedules":false,"transferCollections":true}"#)
        #expect(moved.arrayValue?.count == 2)
        #expect(try server.ok("GET", "/webapi/v3/users/\(artisan)/assets") == [])
        #expect(try server.ok("GET", "/webapi/v3/workflows/\(ids.regionalWorkflow)")["ownerId"] == .string(ids.curator))
        #expect(try server.ok("GET", "/webapi/v3/collections/\(ids.regionalCollection)")["ownerId"] == .string(ids.curator))
        #expect(try server.send("DELETE", "/webapi/v3/users/\(artisan)", as: .curator).status == 200)
        // Deleting the user took them out of their group and their collections.
        #expect(try server.ok("GET", "/webapi/v3/usergroups/\(ids.analystsGroup)")["members"] == [])
        #expect(try server.ok("GET", "/webapi/v3/collections/\(ids.financeCollection)")["userPermissions"]?.arrayValue?.count == 1)
    }

    @Test("user groups: create, members, Active Directory groups, what is shared with the group reaches its members, delete")
    func userGroups() throws {
        let server = try V3Server()
        defer { server.stop() }
        for body in [#"{"role":"Viewer"}"#, #"{"name":"Readers"}"#, #"{"name":"Readers","role":"King"}"#, #"{"name":"analysts","role":"Viewer"}"#, "[]"] {
            let response = try server.send("POST", "/webapi/v3/usergroups", as: .curator, json: body)
            #expect(response.status == 400, "\(body): \(text(response))")
        }
        let created = try server.ok("POST", "/webapi/v3/usergroups", json: #"{"name":"Readers","role":"Viewer"}"#)
        let group = try #require(created["id"]?.stringValue)
        #expect(created["members"] == [])
        #expect(OpenAPIShape.check(created, schema: "UserGroup").isEmpty)
        for body in ["[]", #"["nobody"]"#, #"{"userId":"x"}"#, "[1]"] {
            #expect(try server.send("POST", "/webapi/v3/usergroups/\(group)/users", as: .curator, json: body).status == 400, "\(body)")
        }
        let joined = try server.ok("POST", "/webapi/v3/usergroups/\(group)/users", json: #"["\#(ids.viewer)","\#(ids.viewer)"]"#)
        #expect(joined["members"]?.arrayValue?.map { $0["id"] } == [.string(ids.viewer)])
        #expect(try server.ok("GET", "/webapi/v3/usergroups").arrayValue?.count == 2)

        // A credential shared with the group: the viewer sees it and runs a job with it.
        let credential = ids.curatorCredential
        #expect(try server.ok("GET", "/webapi/v3/credentials", as: .viewer) == [])
        let shared = try server.ok("POST", "/webapi/v3/credentials/\(credential)/userGroups", json: #"{"userGroupId":"\#(group)"}"#)
        #expect(shared["userGroupPermissions"] == [["userGroupId": .string(group)]])
        #expect(try server.ok("GET", "/webapi/v3/credentials", as: .viewer).arrayValue?.map { $0["id"] } == [.string(credential)])
        let run = try server.send(
            "POST", "/webapi/v3/workflows/\(ids.ecbWorkflow)/jobs", as: .viewer, json: #"{"credentialId":"\#(credential)"}"#)
        #expect(run.status == 200, "\(text(run))")
        #expect(try server.send("POST", "/webapi/v3/credentials/\(credential)/userGroups", as: .curator, json: #"{"userGroupId":"nope"}"#).status == 400)
        // And a data connection.
        let connection = V3Operation.salesWarehouse
        let sharedConnection = try server.ok("POST", "/webapi/v3/serverDataConnections/\(connection)/userGroups", json: #"{"userGroupId":"\#(group)"}"#)
        #expect(sharedConnection["userGroupPermissions"] == [["userGroupId": .string(group)]])

        // Active Directory groups by SID.
        #expect(try server.send("POST", "/webapi/v3/usergroups/\(group)/activedirectorygroups", as: .curator, json: #"{"sid":"Domain Users"}"#).status == 400)
        let directory = try server.ok("POST", "/webapi/v3/usergroups/\(group)/activedirectorygroups", json: #"{"sid":"S-1-5-21-7-8-9-513"}"#)
        #expect(directory["activeDirectoryGroups"] == [["sid": "S-1-5-21-7-8-9-513"]])
        #expect(try server.send("DELETE", "/webapi/v3/usergroups/\(group)/activedirectorygroups/S-1-5-21-0-0-0-1", as: .curator).status == 404)

        // Renamed; deleting needs forceDelete while it has members, and takes the sharing with it.
        #expect(try server.ok("PUT", "/webapi/v3/usergroups/\(group)", json: #"{"name":"Auditors","role":"Member"}"#)["role"] == "Member")
        #expect(try server.send("PUT", "/webapi/v3/usergroups/\(group)", as: .curator, json: #"{"name":"Analysts"}"#).status == 400)
        let refused = try server.send("DELETE", "/webapi/v3/usergroups/\(group)", as: .curator)
        #expect(refused.status == 400)
        #expect(text(refused).contains("forceDelete=true"))
        #expect(try server.send("DELETE", "/webapi/v3/usergroups/\(group)?forceDelete=true", as: .curator).status == 200)
        #expect(try server.send("GET", "/webapi/v3/usergroups/\(group)", as: .curator).status == 404)
        #expect(try server.ok("GET", "/webapi/v3/credentials", as: .viewer) == [])
        #expect(try server.ok("GET", "/webapi/v3/serverDataConnections/\(connection)")["userGroupPermissions"] == [])

        // Removing a member.
        #expect(try server.send("DELETE", "/webapi/v3/usergroups/\(ids.analystsGroup)/users/\(ids.viewer)", as: .curator).status == 404)
        #expect(try server.send("DELETE", "/webapi/v3/usergroups/\(ids.analystsGroup)/users/\(ids.artisan)", as: .curator).status == 200)
        #expect(try server.ok("GET", "/webapi/v3/usergroups/\(ids.analystsGroup)")["members"] == [])
    }

    @Test("collections: a member sees its workflows; permissions decide who adds and removes; groups count as members")
    func collections() throws {
        let server = try V3Server()
        defer { server.stop() }
        let regional = ids.regionalWorkflow
        // The artisan makes a collection (a form body, as Alteryx's example sends it) and shares its workflow with the viewer.
        let formCreate = try server.send(
            "POST", "/webapi/v3/collections", as: .artisan, body: Data("name=Field%20team".utf8),
            contentType: "application/x-www-form-urlencoded")
        #expect(formCreate.status == 200, "\(text(formCreate))")
        let created = try JSONParser.parse(formCreate.body)
        let id = try #require(created["id"]?.stringValue)
        #expect(created["ownerId"] == .string(ids.artisan))
        #expect(OpenAPIShape.check(created, schema: "Collection").isEmpty)
        for body in [#"{"name":"field TEAM"}"#, #"{"name":""}"#, "{}"] {
            #expect(try server.send("POST", "/webapi/v3/collections", as: .curator, json: body).status == 400, "\(body)")
        }
        #expect(try server.send("GET", "/webapi/v3/workflows/\(regional)", as: .viewer).status == 404)
        _ = try server.ok("POST", "/webapi/v3/collections/\(id)/workflows", as: .artisan, json: #"{"workflowId":"\#(regional)"}"#)
        for body in [#"{"userId":"\#(ids.viewer)","expirationDate":"soon"}"#, #"{"userId":"nobody"}"#, #"{"userId":"\#(ids.viewer)","collectionPermissions":true}"#] {
            #expect(try server.send("POST", "/webapi/v3/collections/\(id)/users", as: .artisan, json: body).status == 400, "\(body)")
        }
        let added = try server.ok(
            "POST", "/webapi/v3/collections/\(id)/users", as: .artisan,
            json: #"{"userId":"\#(ids.viewer)","expirationDate":"2030-01-31","collectionPermissions":{"canAddAssets":false}}"#)
        #expect(added["userPermissions"]?[0]?["userId"] == .string(ids.viewer))
        #expect(added["userPermissions"]?[0]?["expirationDate"] == "2030-01-31T00:00:00Z")
        #expect(try server.send("GET", "/webapi/v3/workflows/\(regional)", as: .viewer).status == 200)
        #expect(try server.ok("GET", "/webapi/v3/collections", as: .viewer).arrayValue?.map { $0["id"] } == [.string(id)])

        // Without canAddAssets the viewer may not add; with it, it may (a workflow it may use).
        let converter = #"{"workflowId":"\#(ids.converterWorkflow)"}"#
        #expect(try server.send("POST", "/webapi/v3/collections/\(id)/workflows", as: .viewer, json: converter).status == 403)
        _ = try server.ok("PUT", "/webapi/v3/collections/\(id)/users/\(ids.viewer)/permissions", as: .artisan, json: #"{"canAddAssets":true}"#)
        #expect(try server.ok("POST", "/webapi/v3/collections/\(id)/workflows", as: .viewer, json: converter)["workflowIds"]?.arrayValue?.count == 2)
        #expect(try server.send("PUT", "/webapi/v3/collections/\(id)", as: .viewer, json: #"{"name":"Mine"}"#).status == 403)
        #expect(try server.send("DELETE", "/webapi/v3/collections/\(id)/workflows/\(regional)", as: .viewer).status == 403)
        // The artisan may not add the curator's failing workflow (not available to it).
        #expect(
            try server.send("POST", "/webapi/v3/collections/\(id)/workflows", as: .artisan, json: #"{"workflowId":"\#(ids.failingWorkflow)"}"#)
                .status == 400)

        // Removed, the viewer no longer sees the collection nor its workflow.
        #expect(try server.send("DELETE", "/webapi/v3/collections/\(id)/users/\(ids.viewer)", as: .artisan).status == 200)
        #expect(try server.send("DELETE", "/webapi/v3/collections/\(id)/users/\(ids.viewer)", as: .artisan).status == 404)
        #expect(try server.send("GET", "/webapi/v3/workflows/\(regional)", as: .viewer).status == 404)
        #expect(try server.send("GET", "/webapi/v3/collections/\(id)", as: .viewer).status == 404)

        // A user group as a member: the Analysts (the artisan) see the curator's Operations workflows.
        let operations = "60c1f0d4c05c2320e8d88f32"
        #expect(try server.send("GET", "/webapi/v3/workflows/\(ids.failingWorkflow)", as: .artisan).status == 404)
        let withGroup = try server.ok(
            "POST", "/webapi/v3/collections/\(operations)/userGroups", json: #"{"userGroupId":"\#(ids.analystsGroup)","collectionPermissions":{"isAdmin":true}}"#)
        #expect(withGroup["userGroupPermissions"]?[0]?["isAdmin"] == true)
        #expect(try server.send("GET", "/webapi/v3/workflows/\(ids.failingWorkflow)", as: .artisan).status == 200)
        // isAdmin through the group lets the artisan rename it.
        #expect(try server.ok("PUT", "/webapi/v3/collections/\(operations)", as: .artisan, json: #"{"name":"Ops"}"#)["name"] == "Ops")
        #expect(try server.send("POST", "/webapi/v3/collections/\(operations)/userGroups", as: .curator, json: #"{"userGroupId":"nope"}"#).status == 400)
        #expect(try server.send("DELETE", "/webapi/v3/collections/\(operations)/userGroups/\(ids.analystsGroup)", as: .curator).status == 200)
        #expect(try server.send("GET", "/webapi/v3/workflows/\(ids.failingWorkflow)", as: .artisan).status == 404)

        // Schedules: one's own only (any for a curator).
        let weekly = V3Operation.weeklySchedule
        #expect(try server.send("POST", "/webapi/v3/collections/\(id)/schedules", as: .artisan, json: #"{"scheduleId":"\#(weekly)"}"#).status == 400)
        #expect(try server.ok("POST", "/webapi/v3/collections/\(id)/schedules", json: #"{"scheduleId":"\#(weekly)"}"#)["scheduleIds"] == [.string(weekly)])
        #expect(try server.send("DELETE", "/webapi/v3/collections/\(id)/schedules/\(weekly)", as: .artisan).status == 200)
        #expect(try server.send("DELETE", "/webapi/v3/collections/\(id)/schedules/\(weekly)", as: .artisan).status == 404)

        // Deleting the collection leaves its workflows.
        #expect(try server.send("DELETE", "/webapi/v3/collections/\(id)", as: .artisan).status == 200)
        #expect(try server.send("GET", "/webapi/v3/collections/\(id)", as: .curator).status == 404)
        #expect(try server.send("GET", "/webapi/v3/workflows/\(regional)", as: .artisan).status == 200)
    }
}
