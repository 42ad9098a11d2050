import Foundation
import PostieJSON
import Testing

@testable import PostieCore

/// What a test script's `pm.request` (and legacy `request`) holds: the request that was sent, variables
/// resolved, with a form body in its mode, as postman-runtime gives it.
@Suite("A test script's request")
struct TestScriptRequestTests {
    static func request(_ body: String) throws -> CollectionRequest {
        let collection = try CollectionParser.parse(
            data: Data(#"{"info": {"name": "c"}, "item": [{"name": "r", "request": {"method": "GET", "url": "http://a/", "body": \#(body)}}]}"#.utf8),
            file: "c.json")
        return try #require(collection.flattenedRequests().first)
    }

    static var context: VariableContext {
        var context = VariableContext()
        context.environment.set("who", "Ada")
        return context
    }

    @Test func aFormBodyKeepsItsFieldsResolvedEvenWhenAGetSentNone() throws {
        let request = try Self.request(
            #"{"mode": "formdata", "formdata": [{"key": "name", "value": "{{who}}"}, {"key": "name", "value": "two"}]}"#)
        let json = StepScripts.requestJSON(sent: SentRequest(method: "GET", url: "http://a/"), request: request, context: Self.context)
        #expect(json["body"]?["mode"]?.stringValue == "formdata")
        let fields = try #require(json["body"]?["formdata"]?.arrayValue)
        #expect(fields.map { $0["key"]?.stringValue } == ["name", "name"])
        #expect(fields.map { $0["value"]?.stringValue } == ["Ada", "two"])
    }

    @Test func aRawBodyIsTheBytesSentOrTheResolvedTextWhenPruned() throws {
        let request = try Self.request(#"{"mode": "raw", "raw": "hello {{who}}"}"#)
        let sent = StepScripts.requestJSON(
            sent: SentRequest(method: "POST", url: "http://a/", body: Data("hello Ada".utf8)), request: request, context: Self.context)
        #expect(sent["body"]?["raw"]?.stringValue == "hello Ada")
        let pruned = StepScripts.requestJSON(sent: SentRequest(method: "GET", url: "http://a/"), request: request, context: Self.context)
        #expect(pruned["body"]?["mode"]?.stringValue == "raw")
        #expect(pruned["body"]?["raw"]?.stringValue == "hello Ada")
    }
}
