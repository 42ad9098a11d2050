import Foundation
import PostieJSON
import Testing

@testable import GalleryEmulator

/// Answers written straight into bytes must be the very bytes the `JSONValue` tree gives.
@Suite("Views: answers written directly")
struct DirectJSONTests {
    @Test("the workflow list in bytes is the tree's compact JSON, for every seeded workflow and an awkward one")
    func workflowListMatchesTheTree() throws {
        var workflows = SeedData.state(GalleryEmulator.Configuration()).workflows
        try #require(!workflows.isEmpty)
        var awkward = workflows[0]
        awkward.name = "quote \" backslash \\ tab \t newline \n bell \u{07} é ✓"
        awkward.description = ""
        awkward.version = 12_345
        awkward.runCount = 0
        awkward.isPublic.toggle()
        awkward.uploadDate = Date(timeIntervalSince1970: 1_633_046_400.75)
        workflows.append(awkward)
        for workflow in workflows {
            #expect(Views.workflowList([workflow]) == JSONWriter.compactBytes(.array([Views.workflow(workflow)])))
        }
        #expect(Views.workflowList(workflows) == JSONWriter.compactBytes(.array(workflows.map(Views.workflow))))
        #expect(Views.workflowList([]) == Array("[]".utf8))
    }

    @Test(
        "DirectJSON writes what JSONWriter writes",
        arguments: [
            (["a": 1, "b": [true, false, nil], "c": [:], "d": []] as JSONValue, "{\"a\":1,\"b\":[true,false,null],\"c\":{},\"d\":[]}"),
            ([[:], ["x": "y"]] as JSONValue, "[{},{\"x\":\"y\"}]"),
        ])
    func directMatchesWriter(value: JSONValue, text: String) {
        var json = DirectJSON()
        Self.write(value, into: &json)
        #expect(String(decoding: json.bytes, as: UTF8.self) == text)
        #expect(json.bytes == JSONWriter.compactBytes(value))
    }

    static func write(_ value: JSONValue, into json: inout DirectJSON) {
        switch value {
        case .null: json.null()
        case .bool(let flag): json.bool(flag)
        case .number(let number): json.integer(Int(number))
        case .string(let text): json.string(text)
        case .array(let elements):
            json.beginArray()
            for element in elements { write(element, into: &json) }
            json.endArray()
        case .object(let object):
            json.beginObject()
            for member in object.members {
                json.key(member.key)
                write(member.value, into: &json)
            }
            json.endObject()
        }
    }
}
