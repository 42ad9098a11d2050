import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

/// Checks answers against the emulator's own OpenAPI document: types, required members, `$ref`, `anyOf`.
enum OpenAPIShape {
    static let document = OpenAPIDocument.document(serverURL: "http://127.0.0.1/webapi")

    /// The problems of `value` against the 200 answer of the operation at `method` `path` (a concrete
    /// path such as `/webapi/v3/jobs/abc?x=1`).
    static func check(_ value: JSONValue, method: String, path: String) throws -> [String] {
        let concrete = String(path.dropFirst("/webapi".count).split(separator: "?", maxSplits: 1)[0])
        let template = try #require(
            document["paths"]?.objectValue?.keys.first { matches(template: $0, concrete) }, "no path in the document for \(concrete)")
        let operation = try #require(document["paths"]?[template]?[method.lowercased()], "no \(method) \(template) in the document")
        let schema = try #require(operation["responses"]?["200"]?["content"]?["application/json"]?["schema"])
        return problems(value, schema, at: "$")
    }

    /// The problems of `value` against the component schema `name`.
    static func check(_ value: JSONValue, schema name: String) -> [String] {
        problems(value, ["$ref": .string("#/components/schemas/\(name)")], at: "$")
    }

    static func matches(template: String, _ concrete: String) -> Bool {
        let a = template.split(separator: "/", omittingEmptySubsequences: false)
        let b = concrete.split(separator: "/", omittingEmptySubsequences: false)
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }

    static func problems(_ value: JSONValue, _ schema: JSONValue, at place: String) -> [String] {
        if let ref = schema["$ref"]?.stringValue {
            let name = String(ref.split(separator: "/").last ?? "")
            guard let target = document["components"]?["schemas"]?[name] else { return ["\(place): unknown schema \(ref)"] }
            return problems(value, target, at: place)
        }
        if let choices = schema["anyOf"]?.arrayValue {
            return choices.contains { problems(value, $0, at: place).isEmpty } ? [] : ["\(place): matches none of anyOf"]
        }
        if value.isNull { return schema["nullable"] == true || schema["type"] == nil ? [] : ["\(place): null"] }
        switch schema["type"]?.stringValue {
        case "string"?:
            guard let text = value.stringValue else { return ["\(place): \(value.typeName), not a string"] }
            if let choices = schema["enum"]?.arrayValue, !choices.contains(.string(text)) { return ["\(place): \(text) not in enum"] }
            return []
        case "boolean"?:
            return value.boolValue == nil ? ["\(place): \(value.typeName), not a boolean"] : []
        case "integer"?:
            guard let number = value.numberValue, number.rounded() == number else { return ["\(place): not an integer"] }
            return []
        case "array"?:
            guard let items = value.arrayValue else { return ["\(place): \(value.typeName), not an array"] }
            guard let itemSchema = schema["items"] else { return [] }
            return items.enumerated().flatMap { problems($1, itemSchema, at: "\(place)[\($0)]") }
        case "object"?:
            guard let object = value.objectValue else { return ["\(place): \(value.typeName), not an object"] }
            var found: [String] = []
            for key in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[key] == nil {
                found.append("\(place).\(key): missing")
            }
            let properties = schema["properties"]?.objectValue ?? JSONObject()
            for key in properties.keys {
                if let member = object[key], let propertySchema = properties[key] {
                    found += problems(member, propertySchema, at: "\(place).\(key)")
                }
            }
            return found
        default:
            return []
        }
    }
}

@Suite("The emulator's OpenAPI document")
struct OpenAPIDocumentTests {
    /// `METHOD /path/{param}` for every v3 route the emulator serves.
    static var servedOperations: Set<String> {
        Set(
            V3Routes.all.map { route in
                let path = route.segments.map { segment -> String in
                    switch segment {
                    case .literal(let text): return text
                    case .parameter(let name): return "{\(name)}"
                    }
                }.joined(separator: "/")
                return "\(route.method) /\(path)"
            })
    }

    /// `METHOD /path/{param}` for every operation in the document.
    static func documentedOperations(_ document: JSONValue) -> Set<String> {
        var operations: Set<String> = []
        for path in document["paths"]?.objectValue?.keys ?? [] {
            for method in document["paths"]?[path]?.objectValue?.keys ?? [] { operations.insert("\(method.uppercased()) \(path)") }
        }
        return operations
    }

    @Test("it is served at /webapi/swagger/docs/3 without auth, naming this server")
    func served() throws {
        let server = try V3Server()
        defer { server.stop() }
        let response = try server.send("GET", "/webapi/swagger/docs/3", as: nil)
        #expect(response.status == 200)
        let document = try JSONParser.parse(response.body)
        #expect(document["openapi"] == "3.0.3")
        #expect(document["servers"]?[0]?["url"] == .string("http://\(server.host)/webapi"))
        #expect(
            document["components"]?["securitySchemes"]?["oauth2"]?["flows"]?["clientCredentials"]?["tokenUrl"]
                == .string("http://\(server.host)/webapi/oauth2/token"))
        #expect(Self.documentedOperations(document) == Self.documentedOperations(OpenAPIShape.document))
    }

    @Test("every v3 route is documented, and every documented operation is served")
    func documentMatchesRouter() throws {
        let documented = Self.documentedOperations(OpenAPIShape.document)
        let served = Self.servedOperations
        #expect(served.subtracting(documented).isEmpty, "served but not documented: \(served.subtracting(documented).sorted())")
        #expect(documented.subtracting(served).isEmpty, "documented but not served: \(documented.subtracting(served).sorted())")
        #expect(served.count == 90)
        // And the router answers each documented operation (not 404 or 405) on a live server.
        let server = try V3Server()
        defer { server.stop() }
        for operation in documented.sorted() {
            let pieces = operation.split(separator: " ", maxSplits: 1)
            let path = "/webapi" + pieces[1].replacingOccurrences(of: "{workflowId}", with: Fixture.ids.ecbWorkflow)
                .replacingOccurrences(of: "{jobId}", with: Fixture.ids.historicalJob)
                .replacingOccurrences(of: "{userId}", with: Fixture.ids.viewer)
                .replacingOccurrences(of: "{scheduleId}", with: V3Operation.ecbSchedule)
                .replacingOccurrences(of: "{credentialId}", with: Fixture.ids.sharedCredential)
                .replacingOccurrences(of: "{dataConnectionId}", with: V3Operation.salesWarehouse)
                .replacingOccurrences(of: "{collectionId}", with: Fixture.ids.financeCollection)
                .replacingOccurrences(of: "{userGroupId}", with: Fixture.ids.analystsGroup)
                .replacingOccurrences(of: "{outputId}", with: Fixture.ids.historicalOutput)
                .replacingOccurrences(of: "{appId}", with: Fixture.ids.ecbWorkflow)
                .replacingOccurrences(of: "{adGroupSid}", with: "S-1-5-21-1-2-3-513")
                .replacingOccurrences(of: "{id}", with: Fixture.ids.curatorDCMConnection)
                .replacingOccurrences(of: "{subscriptionId}", with: Fixture.ids.artisanSubscription)
            let response = try server.send(String(pieces[0]), path, as: .curator)
            let message = (try? JSONParser.parse(response.body))?["message"]?.stringValue ?? ""
            // A handler may answer 404 for a resource an earlier request deleted; the router's own 404 says "No API endpoint".
            #expect(response.status != 405 && !message.hasPrefix("No API endpoint"), "\(operation) answered \(response.status): \(message)")
        }
    }

    @Test("every $ref resolves and every operation has an id, a tag and its error answers")
    func wellFormed() throws {
        let document = OpenAPIShape.document
        let text = JSONWriter.compact(document)
        let schemas = Set(document["components"]?["schemas"]?.objectValue?.keys ?? [])
        var rest = Substring(text)
        while let range = rest.range(of: "#/components/schemas/") {
            let name = rest[range.upperBound...].prefix { $0 != "\"" }
            #expect(schemas.contains(String(name)), "unresolved $ref \(name)")
            rest = rest[range.upperBound...]
        }
        var ids: Set<String> = []
        for path in document["paths"]?.objectValue?.keys ?? [] {
            for method in document["paths"]?[path]?.objectValue?.keys ?? [] {
                let operation = document["paths"]?[path]?[method]
                let id = operation?["operationId"]?.stringValue ?? ""
                #expect(!id.isEmpty && ids.insert(id).inserted, "\(method) \(path): operationId \(id)")
                #expect(operation?["tags"]?.arrayValue?.count == 1)
                for status in ["200", "400", "401", "403", "404"] {
                    #expect(operation?["responses"]?[status] != nil, "\(method) \(path) lacks \(status)")
                }
                let parameters = Set(path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
                let declared = Set(
                    operation?["parameters"]?.arrayValue?.filter { $0["in"] == "path" }.compactMap { $0["name"]?.stringValue } ?? [])
                #expect(parameters == declared, "\(method) \(path): path parameters")
            }
        }
    }
}
