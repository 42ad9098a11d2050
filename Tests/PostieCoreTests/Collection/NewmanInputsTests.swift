import Foundation
import Testing

@testable import PostieCore

/// Inputs Newman runs that postie once refused: each case from issue 9, on Newman's own files where
/// they exist (../shared/reference/newman-integration) and on small documents otherwise.
@Suite("Inputs Newman accepts")
struct NewmanInputsTests {
    static func collection(_ json: String) throws -> PostmanCollection {
        try CollectionParser.parse(data: Data(json.utf8), file: "c.json")
    }

    static func environment(_ json: String, kind: String = "a Postman environment") throws -> [String] {
        try EnvironmentParser.parse(data: Data(json.utf8), file: "e.json", kind: kind).values.map { "\($0.key)=\($0.value)" }
    }

    static func utf16(_ text: String, littleEndian: Bool = true) -> Data {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        return Data(bytes)
    }

    @Test("a collection without info is named by its file")
    func noInfo() throws {
        let collection = try Self.collection(#"{"item": [{"name": "R1", "request": "http://h/"}]}"#)
        #expect(collection.info.name == "c")
        #expect(collection.flattenedRequests().map(\.name) == ["R1"])
    }

    @Test("event as one object instead of a list")
    func oneEvent() throws {
        let collection = try Self.collection(
            #"{"info": {"name": "c"}, "item": [{"name": "R", "event": {"listen": "test", "script": {"exec": "pm.test('x')"}}, "request": "http://h/"}]}"#)
        #expect(collection.flattenedRequests().first?.scripts.map(\.listen) == ["test"])
    }

    @Test("the Postman API's wrappers: {\"collection\": …}, {\"environment\": …}, {\"globals\": …}")
    func wrappers() throws {
        let collection = try Self.collection(#"{"collection": {"info": {"name": "wrapped"}, "item": [{"name": "R", "request": "http://h/"}]}}"#)
        #expect(collection.info.name == "wrapped")
        #expect(try Self.environment(#"{"environment": {"name": "e", "values": [{"key": "a", "value": "1"}]}}"#) == ["a=1"])
        #expect(try Self.environment(#"{"globals": {"values": [{"key": "g", "value": "2"}]}}"#, kind: "a Postman globals file") == ["g=2"])
    }

    @Test("a globals file that is a bare list of variables; errors point into the list")
    func bareList() throws {
        #expect(try Self.environment(#"[{"key": "g", "value": "1"}, {"key": "h", "value": 2, "enabled": false}]"#) == ["g=1", "h=2"])
        do {
            _ = try Self.environment(#"[{"value": "1"}]"#)
            Issue.record("parsed")
        } catch {
            #expect("\(error)" == "e.json:1:2: [0]: the entry has no `key`")
        }
    }

    @Test("UTF-16 with a byte-order mark, either order, and UTF-8 with one")
    func encodings() throws {
        let json = #"{"info": {"name": "Zürich"}, "item": [{"name": "R", "request": "http://h/"}]}"#
        for data in [Self.utf16(json), Self.utf16(json, littleEndian: false), Data([0xEF, 0xBB, 0xBF] + Array(json.utf8))] {
            #expect(try CollectionParser.parse(data: data, file: "c.json").info.name == "Zürich")
        }
        let environment = try EnvironmentParser.parse(data: Self.utf16(#"{"values": [{"key": "k", "value": "ü"}]}"#), file: "e.json")
        #expect(environment.values.map(\.value) == ["ü"])
    }

    @Test("a malformed UTF-16 file still says where, in its own lines")
    func encodedErrors() {
        #expect(throws: InputFileError.self) { _ = try CollectionParser.parse(data: Self.utf16("{\n  \"info\": 3\n}"), file: "c.json") }
        do {
            _ = try CollectionParser.parse(data: Self.utf16("{\n  \"item\": [1]\n}"), file: "c.json")
        } catch {
            #expect("\(error)" == "c.json:2:12: item[0]: expected an item object, found a number")
        }
    }

    @Test("the v1 format is converted on load, with a warning")
    func v1() throws {
        let json = #"""
            {"id": "c1", "name": "old", "order": ["r3"], "folders_order": ["f1"],
             "folders": [{"id": "f1", "name": "F", "order": ["r1"], "folders_order": ["f2"]}, {"id": "f2", "name": "G", "order": ["r2"], "folders_order": []}],
             "requests": [
               {"id": "r1", "name": "form", "method": "POST", "url": "http://h/:id?x=1", "pathVariables": {"id": "7"},
                "headers": "Accept: text/csv\n// X-Off: 1\n", "dataMode": "params", "data": [{"key": "a", "value": "1", "type": "text"}],
                "currentHelper": "basicAuth", "helperAttributes": {"username": "u", "password": "p"}, "tests": "tests['ok'] = true;"},
               {"id": "r2", "name": "raw", "method": "PUT", "url": "http://h/raw", "dataMode": "raw", "rawModeData": "{}"},
               {"id": "r3", "name": "top", "method": "GET", "url": "http://h/top"}]}
            """#
        let collection = try Self.collection(json)
        #expect(collection.warnings.first?.hasPrefix("c.json is a collection in the v1 format: converted on load") == true)
        let requests = collection.flattenedRequests()
        #expect(requests.map(\.pathName) == ["F/G/raw", "F/form", "top"])
        let form = requests[1]
        #expect(form.item.request.method == "POST")
        #expect(form.item.request.url.pathVariables == [KeyValueEntry(key: "id", value: "7")])
        #expect(form.item.request.headers == [KeyValueEntry(key: "Accept", value: "text/csv"), KeyValueEntry(key: "X-Off", value: "1", disabled: true)])
        #expect(form.item.request.body == .formdata([FormDataPart(key: "a", kind: .text("1"))]))
        #expect(form.auth?.type == "basic")
        #expect(form.scripts.map(\.listen) == ["test"])
        #expect(requests[0].item.request.body == .raw(text: "{}", language: nil))
    }

    @Test(
        "Newman's own v1 collection runs its requests in the order of its v2 twin",
        .enabled(if: NewmanIntegration.isPresent, "../shared/reference/newman-integration is absent; skipped"))
    func newmanV1() throws {
        let v1 = try CollectionParser.load(path: NewmanIntegration.directory.appendingPathComponent("multi-level-folders-v1.postman_collection.json").path)
        let v2 = try CollectionParser.load(path: NewmanIntegration.directory.appendingPathComponent("multi-level-folders-v2.postman_collection.json").path)
        #expect(v1.flattenedRequests().map(\.pathName) == v2.flattenedRequests().map(\.pathName))
        #expect(v1.flattenedRequests().map { RequestBuilder.unresolvedText(of: $0.item.request.url) }
            == v2.flattenedRequests().map { RequestBuilder.unresolvedText(of: $0.item.request.url) })
    }

    @Test(
        "Newman's encoding fixtures: a BOM in the collection and the environment, a UTF-16LE environment",
        .enabled(if: NewmanIntegration.isPresent, "../shared/reference/newman-integration is absent; skipped"))
    func newmanEncodings() throws {
        let directory = NewmanIntegration.directory.appendingPathComponent("bom-and-encoding")
        _ = try CollectionParser.load(path: directory.appendingPathComponent("bom-in-collection-file.postman_collection.json").path)
        let bom = try EnvironmentParser.load(path: directory.appendingPathComponent("bom-in-environment-file.postman_environment.json").path)
        #expect(bom.values.first { $0.key == "fo/o" }?.value == "alpha")
        let utf16 = try EnvironmentParser.load(path: directory.appendingPathComponent("utf16-le-encoding-in-env.postman_environment.json").path)
        #expect(utf16.values.first { $0.key == "serviceHostName" }?.value == "localhost")
    }

    @Test(
        "Newman's CSV fixtures read as its test scripts expect",
        .enabled(if: NewmanIntegration.isPresent, "../shared/reference/newman-integration is absent; skipped"))
    func newmanCSV() throws {
        let comma = try IterationData.load(path: NewmanIntegration.directory.appendingPathComponent("comma-test-csv/comma-test-csv.postman_data.csv").path)
        let row = Dictionary(uniqueKeysWithValues: try #require(comma.rows.first).map { ($0.key, $0.value) })
        #expect(row["nameWithComma"] == "Abhijit, Kane")
        #expect(row["nameWithDoubleQuotes"] == "Abhijit \"KDOS\" Kane")
        #expect(row["numberWithQuotes"] == "00123")
        #expect(row["numberWithoutQuotes"] == "7890")
        #expect(row["negativeNumberWithoutQuotes"] == "-7890")
        #expect(row["nullValue"] == "")
        #expect(row["longNumber"] == "89111702272002019559")
        #expect(row["spaceAfterComma"] == "foo")
        #expect(row["spaceBeforeComma"] == "bar")
        #expect(row["nameWithUnescapedQuotes"] == "Abhijit \"KDOS\" Kane")
        let bom = try IterationData.load(path: NewmanIntegration.directory.appendingPathComponent("csv-with-bom/csv-with-bom.postman_data.csv").path)
        #expect(bom.rows.map { $0.map { "\($0.key)=\($0.value)" } } == [["c1=123", "c2=foo \"bar\" baz"]])
    }

    @Test(
        "the transcribed folder-variants collection (no info) runs its three requests",
        .enabled(if: NewmanIntegration.isPresent, "../shared/reference/newman-integration is absent; skipped"))
    func folderVariants() throws {
        let path = TestFixtures.sharedDirectory.appendingPathComponent("reference/newman-integration/transcribed/folder-variants.postman_collection.json").path
        let collection = try CollectionParser.load(path: path)
        #expect(collection.flattenedRequests().map(\.name) == ["R1", "R2", "R3"])
        #expect(collection.info.id == "C1")
        #expect(collection.info.name == "Collection C1")
    }
}
