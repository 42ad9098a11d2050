import Foundation
import PostieJSON
import Testing

@testable import GalleryEmulator

/// `collections/alteryx-webapi-v3.postman_collection.json` has the shape Postman's importer gives the
/// Swagger document and a request for every operation the emulator documents.
@Suite("The v3 collection's shape")
struct WebapiV3CollectionTests {
    static let collection = try! PostmanRequestBuilder.load(
        PostmanRequestBuilder.packageRoot.appendingPathComponent("collections/alteryx-webapi-v3.postman_collection.json"))

    static func requests(_ items: [JSONValue]) -> [JSONValue] {
        items.flatMap { item in item["item"]?.arrayValue.map(requests) ?? [item] }
    }

    @Test("one request per documented operation, as {{baseUrl}} and :path variables")
    func coversTheDocument() throws {
        let requests = Self.requests(Self.collection["item"]?.arrayValue ?? [])
        var covered: Set<String> = []
        for item in requests {
            let request = try #require(item["request"])
            let method = request["method"]?.stringValue ?? ""
            let url = request["url"]
            #expect(url?["host"] == ["{{baseUrl}}"], "\(item["name"] ?? nil)")
            let segments = url?["path"]?.arrayValue?.compactMap(\.stringValue) ?? []
            let declared = Set(url?["variable"]?.arrayValue?.compactMap { $0["key"]?.stringValue } ?? [])
            #expect(declared == Set(segments.filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }), "\(item["name"] ?? nil)")
            let path = "/" + segments.map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : $0 }.joined(separator: "/")
            covered.insert("\(method) \(path)")
            #expect(item["event"]?.arrayValue?.contains { $0["listen"] == "test" } == true, "\(item["name"] ?? nil) has no test script")
        }
        let documented = OpenAPIDocumentTests.documentedOperations(OpenAPIShape.document).union(["POST /oauth2/token"])
        #expect(documented.subtracting(covered).isEmpty, "not in the collection: \(documented.subtracting(covered).sorted())")
        #expect(covered.subtracting(documented).isEmpty, "not documented: \(covered.subtracting(documented).sorted())")
    }

    @Test("OAuth 2 client credentials at the collection level, ids chained by collection variables")
    func authAndVariables() throws {
        let collection = Self.collection
        #expect(collection["auth"]?["type"] == "oauth2")
        let settings = PostmanRequestBuilder.settings(collection["auth"]?["oauth2"])
        #expect(settings["grant_type"] == "client_credentials")
        #expect(settings["accessTokenUrl"] == "{{baseUrl}}/oauth2/token")
        #expect(settings["clientId"] == "{{user-key}}")
        let variables = collection["variable"]?.arrayValue?.compactMap { $0["key"]?.stringValue } ?? []
        #expect(variables.contains("baseUrl") && variables.contains("workflowId") && variables.contains("collectionId"))
        let package = PostmanRequestBuilder.packageRoot.appendingPathComponent("collections/fixtures/promoted-rates.yxzp")
        #expect(try Data(contentsOf: package).starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}
