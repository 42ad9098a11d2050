import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

/// The public collection (`../shared/fixtures/alteryx-api-postman/`), sent as Postman would send it.
@Suite(
    "The public collection's 30 requests",
    .enabled(
        if: FileManager.default.fileExists(atPath: PostmanRequestBuilder.publicCollectionURL.path),
        "the public collection is absent: expected ../shared/fixtures/alteryx-api-postman/ beside the package"))
struct PublicCollectionTests {
    /// What each request must answer: a status and a check of the body.
    static let expectations: [String: (status: Int, check: @Sendable (HTTPResponse) -> Bool)] = [
        "Admin V1 › Package": (404, { errorMessage($0)?.contains("No workflow id was given") == true }),
        "Admin V1 › Audit Log": (200, { isArray($0, minimum: 1) }),
        "Admin V1 › Collections": (200, { isArray($0, minimum: 1) }),
        "Admin V1 › Insights": (200, { isArray($0, minimum: 1) }),
        "Admin V1 › Schedules": (200, { isArray($0, minimum: 1) }),
        "Admin V1 › Server Data Connection": (200, { isArray($0, minimum: 1) }),
        "Admin V1 › Subscriptions": (200, { isArray($0, minimum: 1) }),
        "Admin V1 › System Data Connections": (200, { isArray($0, minimum: 1) }),
        "Admin V1 › Users": (200, { isArray($0, minimum: 1) }),
        "Admin V1 › Publish Workflow": (200, { ObjectIDGenerator.isObjectID((try? json($0))?.stringValue ?? "") }),
        "Admin V1 › Workflows": (200, { isArray($0, minimum: 5) }),
        "Admin V1 › Workflows (all)": (200, { isArray($0, minimum: 5) }),
        "Admin V1 › Jobs": (200, { isArray($0, minimum: 1) }),
        "Admin V1 › Ready to Migrate": (200, { isArray($0, minimum: 0) }),
        "Admin V1 › Update Migration Flag": (200, { (try? json($0)) == false }),
        "Admin V2 › Insights": (200, { isArray($0, minimum: 1) }),
        "Admin V2 › Schedule Forecast": (200, { isArray($0, minimum: 1) }),
        "Admin V2 › Subscriptions": (200, { isArray($0, minimum: 1) }),
        "Admin V2 › Users": (200, { isArray($0, minimum: 1) }),
        "Admin V2 › Workflows (all)": (200, { isArray($0, minimum: 5) }),
        "Subscription › Subscription": (200, { isArray($0, minimum: 5) }),
        "Subscription › Questions": (200, { (try? json($0)) == [] }),
        "Subscription › Queue Job": (200, { (try? json($0))?["status"] == "Queued" }),
        "Subscription › App Jobs": (200, { isArray($0, minimum: 1) }),
        "Subscription › Jobs": (200, { (try? json($0))?["disposition"] == "Success" }),
        "Subscription › Output": (200, {
            $0.headers["Content-Disposition"] == "inline; filename=\"output.yxdb\""
                && bodyData($0).starts(with: Data("Alteryx Database File".utf8))
        }),
        "Subscription › Package": (200, { bodyData($0).starts(with: [0x50, 0x4B, 0x03, 0x04]) }),
        "User V2 › Credentials": (200, { isArray($0, minimum: 1) }),
        "User V2 › Input files": (200, { ObjectIDGenerator.isObjectID((try? json($0))?.stringValue ?? "") }),
        "User V2 › Queue Job": (200, { (try? json($0))?["priority"] == "Low" }),
    ]

    static func isArray(_ response: HTTPResponse, minimum: Int) -> Bool {
        ((try? json(response))?.arrayValue?.count ?? -1) >= minimum
    }

    @Test("it has the 30 requests this suite expects")
    func thirtyRequests() throws {
        let items = PostmanRequestBuilder.items(of: try PostmanRequestBuilder.load(PostmanRequestBuilder.publicCollectionURL))
        #expect(items.count == 30)
        #expect(Set(items.map(\.description)) == Set(Self.expectations.keys))
    }

    @Test("every request gets a sensible answer through handle(_:)")
    func direct() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let collection = try PostmanRequestBuilder.load(PostmanRequestBuilder.publicCollectionURL)
        let builder = PostmanRequestBuilder.direct(collection: collection, emulator: emulator, clock: clock)
        for item in PostmanRequestBuilder.items(of: collection) {
            let response = emulator.handle(try builder.build(item))
            let expected = try #require(Self.expectations[item.description])
            #expect(response.status == expected.status, "\(item): \(text(response).prefix(300))")
            #expect(expected.check(response), "\(item): \(text(response).prefix(300))")
        }
    }

    @Test("every request gets a sensible answer over a real socket")
    func overSockets() throws {
        let emulator = GalleryEmulator(configuration: {
            var configuration = GalleryEmulator.Configuration()
            configuration.jobTime = 0
            return configuration
        }())
        let port = try emulator.start()
        defer { emulator.stop() }
        let client = RawHTTPClient(port: port)
        let collection = try PostmanRequestBuilder.load(PostmanRequestBuilder.publicCollectionURL)
        let builder = PostmanRequestBuilder(
            variables: PostmanRequestBuilder.variables(collection: collection, environment: emulator.environmentFile()),
            fetchToken: { _, _, _ in "" }, now: { Date() })
        for item in PostmanRequestBuilder.items(of: collection) {
            let sent = try client.send(try builder.build(item))
            #expect(sent.isComplete)
            var response = HTTPResponse(status: sent.status, headers: sent.headers, body: sent.body)
            response.dropAfterBytes = nil
            let expected = try #require(Self.expectations[item.description])
            #expect(response.status == expected.status, "\(item): \(text(response).prefix(300))")
            #expect(expected.check(response), "\(item): \(text(response).prefix(300))")
            #expect(!sent.headers.contains("WWW-Authenticate"))
        }
    }
}

@Suite("The project's own collections and environment")
struct ProjectCollectionTests {
    static let root = PostmanRequestBuilder.packageRoot

    @Test("every request of both collections answers 2xx", arguments: [
        "collections/alteryx-gallery.postman_collection.json", "collections/alteryx-webapi.postman_collection.json",
    ])
    func runsGreen(file: String) throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let collection = try PostmanRequestBuilder.load(Self.root.appendingPathComponent(file))
        #expect(collection["info"]?["schema"] == "https://schema.getpostman.com/json/collection/v2.1.0/collection.json")
        let builder = PostmanRequestBuilder.direct(collection: collection, emulator: emulator, clock: clock)
        let items = PostmanRequestBuilder.items(of: collection)
        #expect(items.count >= 10)
        for item in items {
            let request = try builder.build(item)
            #expect(!request.target.contains("{{"), "\(item): unresolved variable in \(request.target)")
            let response = emulator.handle(request)
            #expect((200..<300).contains(response.status), "\(item): \(response.status) \(text(response).prefix(300))")
        }
    }

    @Test("the legacy collection has the public collection's folders, variables and folder-level OAuth 1")
    func galleryShape() throws {
        let collection = try PostmanRequestBuilder.load(
            Self.root.appendingPathComponent("collections/alteryx-gallery.postman_collection.json"))
        let folders = collection["item"]?.arrayValue ?? []
        #expect(folders.compactMap { $0["name"]?.stringValue } == ["Subscription", "User V2", "Admin V1", "Admin V2"])
        for folder in folders {
            let settings = PostmanRequestBuilder.settings(folder["auth"]?["oauth1"])
            #expect(folder["auth"]?["type"] == "oauth1")
            #expect(settings["signatureMethod"] == "HMAC-SHA1")
            #expect(settings["addParamsToHeader"] == "true")
            #expect(settings["version"] == "1.0")
            let pair = folder["name"] == "Subscription" ? "studio" : "user"
            #expect(settings["consumerKey"] == "{{\(pair)-key}}")
            #expect(settings["consumerSecret"] == "{{\(pair)-secret}}")
        }
        let variables = Set((collection["variable"]?.arrayValue ?? []).compactMap { $0["key"]?.stringValue })
        #expect(variables.isSuperset(of: ["appId", "jobId", "outputId"]))
        // Flows name these requests (issue 4): Subscription/Queue Job, Jobs, Output.
        let names = Set(PostmanRequestBuilder.items(of: collection).map(\.description))
        #expect(names.isSuperset(of: ["Subscription › Queue Job", "Subscription › Jobs", "Subscription › Output"]))
        // No script anywhere: postie warns about scripts it does not run.
        #expect(!String(decoding: try Data(contentsOf: Self.root.appendingPathComponent("collections/alteryx-gallery.postman_collection.json")), as: UTF8.self).contains("\"event\""))
    }

    @Test("the /webapi collection authenticates with OAuth 2 client credentials at the collection level")
    func webapiShape() throws {
        let collection = try PostmanRequestBuilder.load(
            Self.root.appendingPathComponent("collections/alteryx-webapi.postman_collection.json"))
        #expect(collection["auth"]?["type"] == "oauth2")
        let settings = PostmanRequestBuilder.settings(collection["auth"]?["oauth2"])
        #expect(settings["grant_type"] == "client_credentials")
        #expect(settings["accessTokenUrl"] == "{{webapi-url}}/oauth2/token")
        #expect(settings["clientId"] == "{{user-key}}")
        #expect(settings["clientSecret"] == "{{user-secret}}")
        #expect(settings["client_authentication"] == "body")
    }

    @Test("environments/local.postman_environment.json holds the demo credentials on port 8080")
    func localEnvironment() throws {
        var configuration = GalleryEmulator.Configuration()
        configuration.port = 8080
        let expected = GalleryEmulator(configuration: configuration).environmentFile(name: "postie local (Gallery emulator)")
        let url = Self.root.appendingPathComponent("environments/local.postman_environment.json")
        if ProcessInfo.processInfo.environment["POSTIE_RECORD_FIXTURES"] == "1" {
            try JSONWriter.prettyData(expected).write(to: url)
        }
        #expect(try PostmanRequestBuilder.load(url) == expected)
    }
}
