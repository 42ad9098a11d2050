import Foundation
import PostieCrypto
import Testing

@testable import PostieCore

/// The public Alteryx Gallery collection, as users bring it: every request built as Postman sends it.
@Suite(
    "Public Gallery collection",
    .enabled(if: TestFixtures.publicCollectionPath != nil, Comment(rawValue: TestFixtures.sharedMissingNote)))
struct PublicCollectionTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var name: String
        var method: String
        var url: String
        var contentType: String? = nil
        var body: String? = nil
        var testDescription: String { name }
    }

    static let base = "http://localhost/gallery/api"
    static let queueJobBody =
        "{\r\n  \"questions\": [\r\n    {\r\n      \"name\": \"\",\r\n      \"value\": \"\"\r\n    }\r\n  ],\r\n  \"priority\": 0\r\n}"
    static let userQueueJobBody =
        "{\r\n  \"questions\": [\r\n    {\r\n      \"name\": \"\",\r\n      \"value\": \"\"\r\n    }\r\n  ],\r\n  \"priority\": \"Low\",\r\n  \"credentialId\": \"\"\r\n}"
    static let boundary = "--------------------------" + String(repeating: "7", count: 24)
    static let multipart = "multipart/form-data; boundary=\(boundary)"

    /// What Postman sends for each of the 30 requests (disabled query parameters are not sent; enabled
    /// empty ones are; path variables substituted, the empty one too; raw JSON bodies with their CRLFs).
    static let table: [Expected] = [
        Expected(name: "Admin V1 › Package", method: "GET", url: "\(base)/admin/v1//package/"),
        Expected(name: "Admin V1 › Audit Log", method: "GET", url: "\(base)/admin/v1/auditlog/?entity=User&page=1&pageSize=10"),
        Expected(name: "Admin V1 › Collections", method: "GET", url: "\(base)/admin/v1/collections/"),
        Expected(name: "Admin V1 › Insights", method: "GET", url: "\(base)/admin/v1/insights/"),
        Expected(name: "Admin V1 › Schedules", method: "GET", url: "\(base)/admin/v1/schedules/"),
        Expected(name: "Admin V1 › Server Data Connection", method: "GET", url: "\(base)/admin/v1/serverdataconnections/"),
        Expected(name: "Admin V1 › Subscriptions", method: "GET", url: "\(base)/admin/v1/subscriptions/"),
        Expected(name: "Admin V1 › System Data Connections", method: "GET", url: "\(base)/admin/v1/systemdataconnections/"),
        Expected(name: "Admin V1 › Users", method: "GET", url: "\(base)/admin/v1/users/"),
        Expected(
            name: "Admin V1 › Publish Workflow", method: "POST", url: "\(base)/admin/v1/workflows/", contentType: multipart,
            body: "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nPostman\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"owner\"\r\n\r\n{{email-address}}\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"validate\"\r\n\r\ntrue\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"isPublic\"\r\n\r\nfalse\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"sourceId\"\r\n\r\n\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"workerTag\"\r\n\r\n\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"canDownload\"\r\n\r\ntrue\r\n"
                + "--\(boundary)--\r\n"),
        Expected(name: "Admin V1 › Workflows", method: "GET", url: "\(base)/admin/v1/workflows/"),
        Expected(name: "Admin V1 › Workflows (all)", method: "GET", url: "\(base)/admin/v1/workflows/all/"),
        Expected(name: "Admin V1 › Jobs", method: "GET", url: "\(base)/admin/v1/workflows/jobs/"),
        Expected(name: "Admin V1 › Ready to Migrate", method: "GET", url: "\(base)/admin/v1/workflows/migratable/"),
        Expected(
            name: "Admin V1 › Update Migration Flag", method: "PUT",
            url: "\(base)/admin/v1/workflows/migratable/60c2886ec05c2320e8d88fd0/", contentType: "application/json",
            body: "false"),
        Expected(name: "Admin V2 › Insights", method: "GET", url: "\(base)/admin/v2/insights/"),
        Expected(name: "Admin V2 › Schedule Forecast", method: "GET", url: "\(base)/admin/v2/schedule/forecast/?before=&after="),
        Expected(name: "Admin V2 › Subscriptions", method: "GET", url: "\(base)/admin/v2/subscriptions/"),
        Expected(name: "Admin V2 › Users", method: "GET", url: "\(base)/admin/v2/users/"),
        Expected(name: "Admin V2 › Workflows (all)", method: "GET", url: "\(base)/admin/v2/workflows/all/"),
        Expected(name: "Subscription › Subscription", method: "GET", url: "\(base)/v1/workflows/subscription/"),
        Expected(name: "Subscription › Questions", method: "GET", url: "\(base)/v1/workflows/60c2886ec05c2320e8d88fd0/questions/"),
        Expected(
            name: "Subscription › Queue Job", method: "POST", url: "\(base)/v1/workflows/60c2886ec05c2320e8d88fd0/jobs/",
            contentType: "application/json", body: queueJobBody),
        Expected(name: "Subscription › App Jobs", method: "GET", url: "\(base)/v1/workflows/60c2886ec05c2320e8d88fd0/jobs/"),
        Expected(name: "Subscription › Jobs", method: "GET", url: "\(base)/v1/jobs/61031c712c4200001d00301a/"),
        Expected(
            name: "Subscription › Output", method: "GET",
            url: "\(base)/v1/jobs/61031c712c4200001d00301a/output/61031f4e2c4200001d003025/"),
        Expected(name: "Subscription › Package", method: "GET", url: "\(base)/v1/60c2886ec05c2320e8d88fd0/package/"),
        Expected(name: "User V2 › Credentials", method: "GET", url: "\(base)/user/v2/credentials/"),
        Expected(
            name: "User V2 › Input files", method: "POST", url: "\(base)/user/v2/inputfiles/", contentType: multipart,
            body: "--\(boundary)\r\nContent-Disposition: form-data; name=\"inputFile\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\r\n--\(boundary)--\r\n"),
        Expected(
            name: "User V2 › Queue Job", method: "POST", url: "\(base)/user/v2/workflows/60c2886ec05c2320e8d88fd0/jobs/",
            contentType: "application/json", body: userQueueJobBody),
    ]

    /// oauth_signature for some requests, computed by oauthlib (an independent implementation) with
    /// timestamp 1700000000, nonce HHHHHHHHHHH and the pairs below.
    static let independentSignatures: [String: String] = [
        "Admin V1 › Package": "iHcybBVe8nrShO851vdA1a9jVzU=",
        "Admin V1 › Audit Log": "BpSGI0re58gb+V0S8RQhiWW8j3Y=",
        "Admin V2 › Schedule Forecast": "pcdh9WSJURu2n19mfg/pyx6fUpg=",
        "Admin V1 › Update Migration Flag": "6pNkohpfu6bS2mcrwGciS6UDJzg=",
        "Subscription › Queue Job": "D0SB51KziTVVpiy7oPAehy7z9yQ=",
        "Subscription › Output": "4mBD6SjgxS8+S+A6xEfkqgOix6U=",
        "User V2 › Input files": "lexuyk0stcv0AaQX4jEHLnUCRIE=",
    ]

    static func load() throws -> (PostmanCollection, [CollectionRequest]) {
        let collection = try CollectionParser.load(path: TestFixtures.publicCollectionPath!)
        return (collection, collection.flattenedRequests())
    }

    static func resolver(for collection: PostmanCollection) -> VariableResolver {
        var context = VariableContext()
        context.environment.set("gallery-url", "http://localhost/gallery")
        context.environment.set("studio-key", "studio-key-0001")
        context.environment.set("studio-secret", "studio-secret-0001", isSecret: true)
        context.environment.set("user-key", "user-key-0002")
        context.environment.set("user-secret", "user-secret-0002", isSecret: true)
        for variable in collection.variables { context.collection.set(variable.key, variable.value) }
        return VariableResolver(context: context)
    }

    static let builder = RequestBuilder(workingDirectory: "/tmp", userAgent: "postie/test", random: { 7 })

    @Test func parsesWithThirtyRequestsInFourFolders() throws {
        let (collection, requests) = try Self.load()
        #expect(collection.info.name == "Alteryx Server API")
        #expect(collection.folderNames() == ["Admin V1", "Admin V2", "Subscription", "User V2"])
        #expect(requests.count == 30)
        #expect(requests.map(\.displayName) == Self.table.map(\.name))
        #expect(collection.variables.map(\.key) == ["appId", "jobId", "outputId"])
        // Every script in the collection is empty: nothing to warn about.
        #expect(requests.allSatisfy { $0.scripts.isEmpty })
    }

    @Test(arguments: table)
    func buildsTheRequestPostmanSends(expected: Expected) throws {
        let (collection, requests) = try Self.load()
        let request = try #require(requests.first { $0.displayName == expected.name })
        let built = try Self.builder.build(request, resolver: Self.resolver(for: collection)).request
        #expect(built.method == expected.method)
        #expect(built.url.string == expected.url)
        #expect(built.header("Content-Type") == expected.contentType)
        #expect(built.body.encoded().map { String(decoding: $0, as: UTF8.self) } == expected.body)
        // Only the user-defined headers of Schedule Forecast (enabled, empty) plus postie's own.
        let own = built.headers.filter { !$0.isSystem }.map(\.name)
        switch expected.name {
        case "Admin V2 › Schedule Forecast": #expect(own == ["before", "after"])
        case "Subscription › Queue Job", "User V2 › Queue Job": #expect(own == ["Content-Type"])
        default: #expect(own.isEmpty)
        }
    }

    @Test(arguments: table)
    func signsWithTheFolderKeyPair(expected: Expected) throws {
        let (collection, requests) = try Self.load()
        let request = try #require(requests.first { $0.displayName == expected.name })
        var built = try Self.builder.build(request, resolver: Self.resolver(for: collection)).request
        let signer = RequestSigner(
            oauth1: OAuth1Signer(now: { Date(timeIntervalSince1970: 1_700_000_000) }, random: { 7 }))
        _ = try signer.sign(&built)
        let header = try #require(built.header("Authorization"))
        let parameters = Dictionary(
            try #require(OAuth1.parseAuthorizationHeader(header)).map { ($0.name, $0.value) },
            uniquingKeysWith: { first, _ in first })
        let studio = expected.name.hasPrefix("Subscription ›")
        #expect(parameters["oauth_consumer_key"] == (studio ? "studio-key-0001" : "user-key-0002"))
        #expect(parameters["oauth_signature_method"] == "HMAC-SHA1")
        #expect(parameters["oauth_version"] == "1.0")
        #expect(parameters["oauth_timestamp"] == "1700000000")
        #expect(parameters["oauth_nonce"] == "HHHHHHHHHHH")
        #expect(parameters["oauth_token"] == nil)  // empty token is not sent without addEmptyParamsToSign
        #expect(built.url.string == expected.url)  // header placement leaves the URL alone
        if let signature = Self.independentSignatures[expected.name] {
            #expect(parameters["oauth_signature"] == signature)
        }
        #expect(!header.contains("secret"))
    }

    @Test func leavesTheUnknownEmailAddressUnresolvedAndSaysWhere() throws {
        let (collection, requests) = try Self.load()
        let publish = try #require(requests.first { $0.displayName == "Admin V1 › Publish Workflow" })
        let result = try Self.builder.build(publish, resolver: Self.resolver(for: collection))
        #expect(result.unresolved == [UnresolvedReference(name: "email-address", place: "form field owner")])
        #expect(result.warnings == [
            "Admin V1 › Publish Workflow: form field \"file\" is a file field with no file chosen; sending it empty"
        ])
    }
}
