import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

extension V3Operation {
    static let curatorDCM = ids.curatorDCMConnection
    static let artisanDCM = ids.artisanDCMConnection
    static let newDCM = #"{"name":"Matrix","schemaName":"snowflake-sso","dataSource":{"schemaName":"snowflake","parameters":{"account":"m"}}}"#
    static let shareViewer = #"{"userIds":["\#(ids.viewer)"],"userGroupIds":[]}"#

    /// The DCM user endpoints show each user their own connections only (the curator's is 404 to the
    /// others); the admin endpoints are for curators.
    static let dcm: [V3Operation] = [
        V3Operation(method: "GET", path: "/webapi/v3/dcm/connections/\(curatorDCM)", expected: statuses(200, 404, 404)),
        V3Operation(
            method: "GET", path: "/webapi/v3/dcm/connections/lookup?connectionId=\(ids.curatorDCMConnectionRef)", expected: statuses(200, 404, 404)),
        V3Operation(method: "POST", path: "/webapi/v3/dcm/connections", json: newDCM, expected: statuses(200, 200, 200)),
        V3Operation(method: "DELETE", path: "/webapi/v3/dcm/connections/\(curatorDCM)", expected: statuses(200, 404, 404)),
        V3Operation(
            method: "PUT", path: "/webapi/v3/dcm/connections/\(curatorDCM)/sharing/execution", json: shareViewer, expected: statuses(200, 404, 404)),
        V3Operation(method: "DELETE", path: "/webapi/v3/dcm/connections/\(curatorDCM)/sharing/execution", expected: statuses(200, 404, 404)),
        V3Operation(
            method: "PUT", path: "/webapi/v3/dcm/connections/\(curatorDCM)/sharing/collaboration", json: shareViewer,
            expected: statuses(200, 404, 404)),
        V3Operation(method: "DELETE", path: "/webapi/v3/dcm/connections/\(curatorDCM)/sharing/collaboration", expected: statuses(200, 404, 404)),
        V3Operation(method: "GET", path: "/webapi/v3/dcm/admin/connections", expected: statuses(200, 403, 403)),
        V3Operation(method: "POST", path: "/webapi/v3/dcm/admin/connections", json: newDCM, expected: statuses(200, 403, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/dcm/admin/connections/\(artisanDCM)", expected: statuses(200, 403, 403)),
        V3Operation(method: "DELETE", path: "/webapi/v3/dcm/admin/connections/\(artisanDCM)", expected: statuses(200, 403, 403)),
        V3Operation(method: "DELETE", path: "/webapi/v3/dcm/admin/connections/\(curatorDCM)/sharing/execution", expected: statuses(200, 403, 403)),
        V3Operation(
            method: "DELETE", path: "/webapi/v3/dcm/admin/connections/\(curatorDCM)/sharing/collaboration", expected: statuses(200, 403, 403)),
    ]

    /// Subscriptions are for curators; both seeded ones have users, so deleting one is a 400.
    static let subscriptions: [V3Operation] = [
        V3Operation(method: "GET", path: "/webapi/v3/subscriptions", expected: statuses(200, 403, 403)),
        V3Operation(
            method: "POST", path: "/webapi/v3/subscriptions", json: #"{"name":"Matrix","canShareSchedule":true,"credentialId":""}"#,
            expected: statuses(200, 403, 403)),
        V3Operation(method: "GET", path: "/webapi/v3/subscriptions/\(ids.subscription)", expected: statuses(200, 403, 403)),
        V3Operation(method: "PUT", path: "/webapi/v3/subscriptions/\(ids.subscription)", json: #"{"name":"Studio"}"#, expected: statuses(200, 403, 403)),
        V3Operation(method: "DELETE", path: "/webapi/v3/subscriptions/\(ids.artisanSubscription)", expected: statuses(400, 403, 403)),
        V3Operation(
            method: "PUT", path: "/webapi/v3/subscriptions/\(ids.artisanSubscription)/users", json: #"{"userIds":["\#(ids.viewer)"]}"#,
            expected: statuses(200, 403, 403)),
    ]
}

/// DCM connections and subscriptions over real sockets: what each answers, in the document's shapes, and
/// what the store holds after it.
@Suite("The v3 API: DCM connections and subscriptions")
struct V3DCMAndSubscriptionTests {
    let ids = Fixture.ids

    func text(_ response: RawHTTPClient.Response) -> String { String(decoding: response.body, as: UTF8.self) }

    /// The response is a 400 in the server's error shape whose message mentions `words`.
    func expectBadRequest(_ response: RawHTTPClient.Response, _ words: String, _ label: String) throws {
        #expect(response.status == 400, "\(label): \(text(response))")
        let body = try JSONParser.parse(response.body)
        #expect(body.objectValue?.keys == ["data", "exceptionName", "innerExceptionMessage", "message"], "\(label)")
        #expect(body["message"]?.stringValue?.contains(words) == true, "\(label): \(body["message"] ?? .null)")
    }

    func dcm(_ server: V3Server, _ id: String) -> DCMConnection? {
        server.emulator.core.store.read { $0.dcmConnections.first { $0.id == id } }
    }

    @Test("DCM: a user creates, reads, looks up, updates, shares and deletes their own connection; secrets are never answered")
    func dcmLifecycle() throws {
        let server = try V3Server()
        defer { server.stop() }
        let body = #"""
            {"name":"Orders","schemaName":"database-odbc-mssql-username_password","parameters":{"timeout":30},
             "dataSource":{"name":"sql02","schemaName":"database-odbc-mssql","parameters":{"server":"sql02","database":"Orders"}},
             "credentials":[{"credRole":"main","credential":{"name":"svc","schemaName":"username_password",
               "parameters":{"username":"svc-orders"},"secrets":{"password":"hunter2"}}}]}
            """#
        let response = try server.send("POST", "/webapi/v3/dcm/connections", as: .artisan, json: body)
        #expect(response.status == 200, "\(text(response))")
        #expect(!text(response).contains("hunter2"))
        let created = try JSONParser.parse(response.body)
        #expect(OpenAPIShape.check(created, schema: "DCMConnection").isEmpty)
        let id = try #require(created["id"]?.stringValue)
        let reference = try #require(created["connectionId"]?.stringValue)
        #expect(id != reference)
        #expect(created["ownerId"] == .string(ids.artisan))
        #expect(created["dataSource"]?["parameters"]?["database"] == "Orders")
        #expect(created["credentials"]?[0]?["credRole"] == "main")
        #expect(created["sharing"]?["execution"] == ["userIds": [], "userGroupIds": []])
        let stored = try #require(dcm(server, id))
        #expect(stored.credentials.first?.credential.secretNames == ["password"])
        #expect(stored.ownerId == ids.artisan)

        #expect(try server.ok("GET", "/webapi/v3/dcm/connections/\(id)", as: .artisan) == created)
        #expect(try server.ok("GET", "/webapi/v3/dcm/connections/lookup?connectionId=\(reference)", as: .artisan)["id"] == .string(id))
        // Another user's, even a curator's, user endpoints do not show it.
        #expect(try server.send("GET", "/webapi/v3/dcm/connections/\(id)", as: .curator).status == 404)
        #expect(try server.send("GET", "/webapi/v3/dcm/connections/lookup?connectionId=\(reference)", as: .curator).status == 404)
        try expectBadRequest(try server.send("GET", "/webapi/v3/dcm/connections/lookup", as: .artisan), "connectionId", "lookup without id")

        // The upsert with the id updates it in place.
        let update = #"{"id":"\#(id)","name":"Orders (prod)","schemaName":"snowflake-sso","dataSource":{"schemaName":"snowflake"}}"#
        let updated = try server.ok("POST", "/webapi/v3/dcm/connections", as: .artisan, json: update)
        #expect(updated["id"] == .string(id) && updated["connectionId"] == .string(reference))
        #expect(updated["name"] == "Orders (prod)" && updated["credentials"] == [])
        #expect(dcm(server, id)?.name == "Orders (prod)")
        #expect(server.emulator.core.store.read { $0.dcmConnections.count } == 3)
        // Someone else's id is not theirs to update.
        #expect(try server.send("POST", "/webapi/v3/dcm/connections", as: .curator, json: update).status == 404)

        // Sharing for execution overwrites; DELETE removes it.
        let shared = try server.ok(
            "PUT", "/webapi/v3/dcm/connections/\(id)/sharing/execution", as: .artisan,
            json: #"{"userIds":["\#(ids.viewer)","\#(ids.viewer)"],"userGroupIds":["\#(ids.analystsGroup)"]}"#)
        #expect(shared["sharing"]?["execution"] == ["userIds": [.string(ids.viewer)], "userGroupIds": [.string(ids.analystsGroup)]])
        let again = try server.ok(
            "PUT", "/webapi/v3/dcm/connections/\(id)/sharing/execution", as: .artisan, json: #"{"userIds":[],"userGroupIds":["\#(ids.analystsGroup)"]}"#)
        #expect(again["sharing"]?["execution"]?["userIds"] == [])
        #expect(dcm(server, id)?.execution == DCMConnection.Sharing(userIds: [], userGroupIds: [ids.analystsGroup]))
        let collaboration = try server.ok(
            "PUT", "/webapi/v3/dcm/connections/\(id)/sharing/collaboration", as: .artisan, json: #"{"userIds":["\#(ids.curator)"],"userGroupIds":[]}"#)
        #expect(collaboration["sharing"]?["collaboration"]?["userIds"] == [.string(ids.curator)])
        // Shared with the curator for editing, it is still not theirs on the user endpoints.
        #expect(try server.send("GET", "/webapi/v3/dcm/connections/\(id)", as: .curator).status == 404)
        #expect(try server.ok("DELETE", "/webapi/v3/dcm/connections/\(id)/sharing/execution", as: .artisan) == [:])
        #expect(dcm(server, id)?.execution.isEmpty == true)
        #expect(dcm(server, id)?.collaboration.userIds == [ids.curator])
        #expect(try server.ok("DELETE", "/webapi/v3/dcm/connections/\(id)/sharing/collaboration", as: .artisan) == [:])
        #expect(dcm(server, id)?.collaboration.isEmpty == true)

        #expect(try server.send("DELETE", "/webapi/v3/dcm/connections/\(id)", as: .viewer).status == 404)
        #expect(try server.ok("DELETE", "/webapi/v3/dcm/connections/\(id)", as: .artisan) == [:])
        #expect(dcm(server, id) == nil)
        #expect(try server.send("GET", "/webapi/v3/dcm/connections/\(id)", as: .artisan).status == 404)
        #expect(try server.send("DELETE", "/webapi/v3/dcm/connections/\(id)", as: .artisan).status == 404)
    }

    @Test(
        "DCM: a sharing contract needs both arrays of existing ids, not both empty",
        arguments: [
            (#"{"userIds":[]}"#, "userGroupIds is required"),
            (#"{"userGroupIds":[]}"#, "userIds is required"),
            (#"{"userIds":[],"userGroupIds":[]}"#, "both empty"),
            (#"{"userIds":"x","userGroupIds":[]}"#, "userIds is required"),
            (#"{"userIds":[1],"userGroupIds":[]}"#, "must be an id"),
            (#"{"userIds":["nobody"],"userGroupIds":[]}"#, "not a user"),
            (#"{"userIds":[],"userGroupIds":["nogroup"]}"#, "not a user group"),
            (#"{"userIds":["60c1f0b2c05c2320e8d88f14"],"userGroupIds":[]}"#, ""),
            ("[]", "JSON object"),
            ("nope", "not valid JSON"),
        ])
    func sharingContract(_ body: String, _ words: String) throws {
        let server = try V3Server()
        defer { server.stop() }
        let before = try #require(dcm(server, ids.curatorDCMConnection))
        let response = try server.send("PUT", "/webapi/v3/dcm/connections/\(ids.curatorDCMConnection)/sharing/execution", as: .curator, json: body)
        if words.isEmpty {
            // The no-access user exists and is active: sharing with them is allowed.
            #expect(response.status == 200, "\(text(response))")
        } else {
            try expectBadRequest(response, words, body)
            #expect(dcm(server, ids.curatorDCMConnection) == before)
        }
    }

    @Test(
        "DCM: an upsert needs a name, a schemaName and a data source with its schemaName; credentials each in their own role",
        arguments: [
            (#"{"schemaName":"s","dataSource":{"schemaName":"d"}}"#, "name"),
            (#"{"name":"n","dataSource":{"schemaName":"d"}}"#, "schemaName"),
            (#"{"name":"n","schemaName":"s"}"#, "dataSource is required"),
            (#"{"name":"n","schemaName":"s","dataSource":{}}"#, "dataSource.schemaName"),
            (#"{"name":"n","schemaName":"s","dataSource":{"schemaName":"d","parameters":{"a":{"b":1}}}}"#, "dataSource.parameters.a"),
            (#"{"name":"n","schemaName":"s","dataSource":{"schemaName":"d"},"parameters":[]}"#, "parameters must be an object"),
            (#"{"name":"n","schemaName":"s","dataSource":{"schemaName":"d","parameters":{"a":null}}}"#, "dataSource.parameters.a"),
            (#"{"name":"n","schemaName":"s","dataSource":{"schemaName":"d"},"credentials":{}}"#, "credentials must be an array"),
            (#"{"name":"n","schemaName":"s","dataSource":{"schemaName":"d"},"credentials":[{"credential":{"schemaName":"c"}}]}"#, "credRole"),
            (
                #"{"name":"n","schemaName":"s","dataSource":{"schemaName":"d"},"credentials":[{"credRole":"main","credential":{"schemaName":"c"}},{"credRole":"main","credential":{"schemaName":"c"}}]}"#,
                "its own role"
            ),
            (#"{"name":"n","schemaName":"s","dataSource":{"schemaName":"d"},"credentials":[{"credRole":"main"}]}"#, "credential is required"),
            (#"{"name":7,"schemaName":"s","dataSource":{"schemaName":"d"}}"#, "name must be a string"),
            (#"{"name":"n","schemaName":"s","dataSource":{"schemaName":"d"},"connectionId":"5b1a3c1e-0f4e-4d8e-9a52-6c7d8e9f0a11"}"#, "connectionId"),
        ])
    func upsertContract(_ body: String, _ words: String) throws {
        let server = try V3Server()
        defer { server.stop() }
        try expectBadRequest(try server.send("POST", "/webapi/v3/dcm/connections", as: .viewer, json: body), words, body)
        #expect(server.emulator.core.store.read { $0.dcmConnections.count } == 2)
    }

    @Test("DCM admin: every connection, filtered by connectionId and visibleBy; upsert for another owner; unshare and delete anyone's")
    func dcmAdmin() throws {
        let server = try V3Server()
        defer { server.stop() }
        let all = try server.ok("GET", "/webapi/v3/dcm/admin/connections")
        #expect(all.arrayValue?.compactMap { $0["id"]?.stringValue } == [ids.curatorDCMConnection, ids.artisanDCMConnection])
        for connection in all.arrayValue ?? [] { #expect(OpenAPIShape.check(connection, schema: "DCMConnection").isEmpty) }
        let byReference = try server.ok("GET", "/webapi/v3/dcm/admin/connections?connectionId=\(ids.curatorDCMConnectionRef)")
        #expect(byReference.arrayValue?.map { $0["id"] } == [.string(ids.curatorDCMConnection)])
        // The artisan owns one and, as an Analysts member, has the curator's shared for execution.
        let artisan = try server.ok("GET", "/webapi/v3/dcm/admin/connections?visibleBy=\(ids.artisan)")
        #expect(artisan.arrayValue?.count == 2)
        #expect(try server.ok("GET", "/webapi/v3/dcm/admin/connections?visibleBy=\(ids.viewer)") == [])
        try expectBadRequest(try server.send("GET", "/webapi/v3/dcm/admin/connections?visibleBy=nobody", as: .curator), "visibleBy", "visibleBy")

        // An upsert for the viewer: the viewer sees it on the user endpoints.
        let made = try server.ok(
            "POST", "/webapi/v3/dcm/admin/connections",
            json: #"{"name":"Viewer's","schemaName":"s","dataSource":{"schemaName":"d"},"ownerId":"\#(ids.viewer)"}"#)
        let id = try #require(made["id"]?.stringValue)
        #expect(made["ownerId"] == .string(ids.viewer))
        #expect(try server.ok("GET", "/webapi/v3/dcm/connections/\(id)", as: .viewer)["name"] == "Viewer's")
        try expectBadRequest(
            try server.send(
                "POST", "/webapi/v3/dcm/admin/connections", as: .curator, json: #"{"name":"x","schemaName":"s","dataSource":{"schemaName":"d"},"ownerId":"nobody"}"#),
            "ownerId", "unknown owner")
        // It moves to the artisan when an update names them.
        _ = try server.ok(
            "POST", "/webapi/v3/dcm/admin/connections",
            json: #"{"id":"\#(id)","name":"Moved","schemaName":"s","dataSource":{"schemaName":"d"},"ownerId":"\#(ids.artisan)"}"#)
        #expect(dcm(server, id)?.ownerId == ids.artisan)
        #expect(try server.send("GET", "/webapi/v3/dcm/connections/\(id)", as: .viewer).status == 404)

        #expect(try server.ok("GET", "/webapi/v3/dcm/admin/connections/\(ids.artisanDCMConnection)")["ownerId"] == .string(ids.artisan))
        #expect(try server.ok("DELETE", "/webapi/v3/dcm/admin/connections/\(ids.curatorDCMConnection)/sharing/execution") == [:])
        #expect(dcm(server, ids.curatorDCMConnection)?.execution.isEmpty == true)
        #expect(try server.ok("GET", "/webapi/v3/dcm/admin/connections?visibleBy=\(ids.artisan)").arrayValue?.count == 2)
        #expect(try server.ok("DELETE", "/webapi/v3/dcm/admin/connections/\(ids.artisanDCMConnection)") == [:])
        #expect(dcm(server, ids.artisanDCMConnection) == nil)
        #expect(try server.send("GET", "/webapi/v3/dcm/admin/connections/\(ids.artisanDCMConnection)", as: .curator).status == 404)
        #expect(try server.send("DELETE", "/webapi/v3/dcm/admin/connections/\(ids.artisanDCMConnection)/sharing/collaboration", as: .curator).status == 404)
    }

    @Test("DCM: deleting a user group takes it out of every connection's sharing")
    func groupDeletionUnshares() throws {
        let server = try V3Server()
        defer { server.stop() }
        #expect(try server.send("DELETE", "/webapi/v3/usergroups/\(ids.analystsGroup)?forceDelete=true", as: .curator).status == 200)
        #expect(dcm(server, ids.curatorDCMConnection)?.execution.userGroupIds == [])
        #expect(try server.ok("GET", "/webapi/v3/dcm/admin/connections?visibleBy=\(ids.artisan)").arrayValue?.count == 1)
    }

    @Test("DCM: deleting a user deletes their connections and takes them out of every sharing list")
    func userDeletion() throws {
        let server = try V3Server()
        defer { server.stop() }
        let made = try server.ok(
            "POST", "/webapi/v3/dcm/admin/connections",
            json: #"{"name":"Viewer's","schemaName":"s","dataSource":{"schemaName":"d"},"ownerId":"\#(ids.viewer)"}"#)
        let id = try #require(made["id"]?.stringValue)
        _ = try server.ok(
            "PUT", "/webapi/v3/dcm/connections/\(ids.curatorDCMConnection)/sharing/collaboration",
            json: #"{"userIds":["\#(ids.viewer)","\#(ids.artisan)"],"userGroupIds":[]}"#)
        #expect(try server.ok("DELETE", "/webapi/v3/users/\(ids.viewer)") == [:])
        #expect(dcm(server, id) == nil)
        #expect(dcm(server, ids.curatorDCMConnection)?.collaboration.userIds == [ids.artisan])
    }

    @Test("collections: a membership past its expirationDate, direct or through a group, opens neither the collection nor its workflows")
    func expiredMembership() throws {
        let server = try V3Server()
        defer { server.stop() }
        let made = try server.ok("POST", "/webapi/v3/collections", json: #"{"name":"Expiring"}"#)
        let id = try #require(made["id"]?.stringValue)
        let regional = ids.regionalWorkflow
        _ = try server.ok("POST", "/webapi/v3/collections/\(id)/workflows", json: #"{"workflowId":"\#(regional)"}"#)
        // The viewer, added with a date in the past: not a member, the workflow stays hidden.
        _ = try server.ok("POST", "/webapi/v3/collections/\(id)/users", json: #"{"userId":"\#(ids.viewer)","expirationDate":"2020-01-01"}"#)
        #expect(try server.send("GET", "/webapi/v3/collections/\(id)", as: .viewer).status == 404)
        #expect(try server.ok("GET", "/webapi/v3/collections", as: .viewer).arrayValue?.contains { $0["id"] == .string(id) } == false)
        #expect(try server.send("GET", "/webapi/v3/workflows/\(regional)", as: .viewer).status == 404)
        #expect(try server.send("POST", "/webapi/v3/workflows/\(regional)/jobs", as: .viewer, json: "{}").status == 404)
        // Moved into the future, the membership opens both.
        _ = try server.ok("PUT", "/webapi/v3/collections/\(id)/users/\(ids.viewer)/permissions", json: #"{"expirationDate":"2099-01-01"}"#)
        #expect(try server.send("GET", "/webapi/v3/collections/\(id)", as: .viewer).status == 200)
        #expect(try server.send("GET", "/webapi/v3/workflows/\(regional)", as: .viewer).status == 200)

        // A group membership expires the same way for the group's members (the artisan is an Analyst).
        let other = try #require(try server.ok("POST", "/webapi/v3/collections", json: #"{"name":"Expiring group"}"#)["id"]?.stringValue)
        _ = try server.ok(
            "POST", "/webapi/v3/collections/\(other)/userGroups", json: #"{"userGroupId":"\#(ids.analystsGroup)","expirationDate":"2020-01-01T00:00:00Z"}"#)
        #expect(try server.send("GET", "/webapi/v3/collections/\(other)", as: .artisan).status == 404)
        _ = try server.ok("PUT", "/webapi/v3/collections/\(other)/userGroups/\(ids.analystsGroup)/permissions", json: #"{"expirationDate":"2099-01-01"}"#)
        #expect(try server.send("GET", "/webapi/v3/collections/\(other)", as: .artisan).status == 200)
    }

    @Test("subscriptions: create with a key pair, list with filters, read, update, move users in, delete only when empty")
    func subscriptionLifecycle() throws {
        let server = try V3Server()
        defer { server.stop() }
        let seeded = try server.ok("GET", "/webapi/v3/subscriptions/\(ids.subscription)")
        #expect(OpenAPIShape.check(seeded, schema: "Subscription").isEmpty)
        #expect(seeded["apiKey"] == .string(Fixture.demo.studioKey) && seeded["apiEnabled"] == true)
        #expect(seeded["expirationDate"] == "2031-12-31" && seeded["name"] == "Postie Demo Studio")

        let created = try server.ok(
            "POST", "/webapi/v3/subscriptions", json: #"{"name":"Promotion rehearsal","canShareSchedule":false,"credentialId":"\#(ids.sharedCredential)"}"#)
        #expect(OpenAPIShape.check(created, schema: "Subscription").isEmpty)
        #expect(created.objectValue?.keys.sorted() == [
            "active", "apiEnabled", "apiKey", "apiSecret", "canShareSchedules", "credentialId", "credentials", "dataConnections", "dateUpdated",
            "expDate", "expirationDate", "id", "name",
        ])
        let id = try #require(created["id"]?.stringValue)
        #expect(created["canShareSchedules"] == false && created["credentialId"] == .string(ids.sharedCredential))
        #expect(created["apiKey"]?.stringValue?.count == 32 && created["apiSecret"]?.stringValue?.count == 64)
        #expect(server.emulator.core.store.read { $0.subscription(id)?.name } == "Promotion rehearsal")
        // Admin V1 lists it too (the same store).
        let legacy = try server.send("GET", "/webapi/admin/v1/subscriptions", as: .curator)
        #expect(text(legacy).contains("Promotion rehearsal"), "\(text(legacy))")

        for (query, names) in [
            ("", ["Postie Demo Studio", "Regional Analysts", "Promotion rehearsal"]),
            ("?name=regional", ["Regional Analysts"]),
            ("?canShareSchedule=false", ["Promotion rehearsal"]),
            ("?defaultWorkflowCredentialId=\(ids.sharedCredential)", ["Promotion rehearsal"]),
            ("?userCountGreaterThanEquals=2", ["Postie Demo Studio"]),
            ("?userCountLessThanEquals=0", ["Promotion rehearsal"]),
            ("?workflowCountGreaterThanEquals=1&workflowCountLessThanEquals=1", ["Regional Analysts"]),
        ] {
            let list = try server.ok("GET", "/webapi/v3/subscriptions\(query)")
            #expect(list.arrayValue?.compactMap { $0["name"]?.stringValue } == names, "\(query)")
            for entry in list.arrayValue ?? [] { #expect(OpenAPIShape.check(entry, schema: "SubscriptionSummary").isEmpty) }
        }
        for query in ["?userCountGreaterThanEquals=-1", "?canShareSchedule=maybe", "?workflowCountLessThanEquals=x"] {
            try expectBadRequest(try server.send("GET", "/webapi/v3/subscriptions\(query)", as: .curator), "query parameter", query)
        }

        let updated = try server.ok("PUT", "/webapi/v3/subscriptions/\(id)", json: #"{"name":"Rehearsal","canShareSchedule":true,"credentialId":""}"#)
        #expect(updated["name"] == "Rehearsal" && updated["canShareSchedules"] == true && updated["credentialId"] == "")
        #expect(server.emulator.core.store.read { $0.subscription(id)?.canShareSchedules } == true)
        try expectBadRequest(try server.send("PUT", "/webapi/v3/subscriptions/\(id)", as: .curator, json: #"{"credentialId":"nope"}"#), "credentialId", "credential")
        try expectBadRequest(try server.send("PUT", "/webapi/v3/subscriptions/\(id)", as: .curator, json: #"{"name":""}"#), "name", "empty name")
        #expect(try server.send("PUT", "/webapi/v3/subscriptions/nope", as: .curator, json: "{}").status == 404)

        // The viewer moves in; the v3 user list is unchanged, the store holds the new subscription.
        let moved = try server.ok("PUT", "/webapi/v3/subscriptions/\(id)/users", json: #"{"userIds":["\#(ids.viewer)"]}"#)
        #expect(moved["id"] == .string(id))
        #expect(server.emulator.core.store.read { $0.user(ids.viewer)?.subscriptionId } == id)
        #expect(try server.ok("GET", "/webapi/v3/subscriptions?userCountGreaterThanEquals=1&name=Rehearsal").arrayValue?.count == 1)
        try expectBadRequest(try server.send("PUT", "/webapi/v3/subscriptions/\(id)/users", as: .curator, json: #"{"userIds":[]}"#), "userIds", "empty")
        try expectBadRequest(
            try server.send("PUT", "/webapi/v3/subscriptions/\(id)/users", as: .curator, json: #"{"userIds":["nobody"]}"#), "not a user", "unknown")

        try expectBadRequest(try server.send("DELETE", "/webapi/v3/subscriptions/\(id)", as: .curator), "1 user(s)", "non-empty")
        _ = try server.ok("PUT", "/webapi/v3/subscriptions/\(ids.subscription)/users", json: #"{"userIds":["\#(ids.viewer)"]}"#)
        #expect(try server.ok("DELETE", "/webapi/v3/subscriptions/\(id)") == [:])
        #expect(server.emulator.core.store.read { $0.subscription(id) } == nil)
        #expect(try server.send("GET", "/webapi/v3/subscriptions/\(id)", as: .curator).status == 404)
    }

    @Test(
        "subscriptions: a new one needs a name and canShareSchedule; a credentialId must be a stored credential",
        arguments: [
            (#"{"canShareSchedule":true}"#, "name"),
            (#"{"name":"","canShareSchedule":true}"#, "name"),
            (#"{"name":"x"}"#, "canShareSchedule"),
            (#"{"name":"x","canShareSchedule":"yes"}"#, "canShareSchedule must be true or false"),
            (#"{"name":"x","canShareSchedule":true,"credentialId":"nope"}"#, "credentialId"),
            ("[]", "JSON object"),
        ])
    func subscriptionContract(_ body: String, _ words: String) throws {
        let server = try V3Server()
        defer { server.stop() }
        try expectBadRequest(try server.send("POST", "/webapi/v3/subscriptions", as: .curator, json: body), words, body)
        #expect(server.emulator.core.store.read { $0.subscriptions.count } == 2)
    }
}
