import Foundation
import PostieJSON
import Testing

@testable import PostieCore

@Suite("Collection parser")
struct CollectionParserTests {
    static func parse(_ text: String, file: String = "c.json") throws -> PostmanCollection {
        try CollectionParser.parse(data: Data(text.utf8), file: file)
    }

    static func error(_ text: String, file: String = "c.json") -> String {
        do {
            _ = try parse(text, file: file)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func malformedJSONNamesFileLineAndColumn() {
        let text = "{\n  \"info\": {\"name\": \"x\"},\n  \"item\": [\n    {\"name\": \"a\",}\n  ]\n}"
        #expect(Self.error(text) == "c.json:4:18: trailing comma before '}'")
    }

    @Test(arguments: [
        ("[1, 2]", "c.json: not a Postman collection: the document is an array, not an object with `info` and `item`"),
        ("{\"info\": {\"name\": \"x\"}}", "c.json: not a Postman collection: it has no `item` list"),
        (
            "{\"values\": [], \"name\": \"env\"}",
            "c.json: not a Postman collection: it has `values` but no `item`: it looks like an environment file (pass it with -e)"
        ),
    ])
    func refusesDocumentsThatAreNotCollections(text: String, message: String) {
        #expect(Self.error(text) == message)
    }

    @Test func semanticErrorsCarryLineAndColumn() {
        let text = """
            {
              "info": {"name": "x"},
              "item": [
                {"name": "ok", "request": {"url": "http://a/"}},
                {"name": "bad", "request": {"url": "http://a/", "body": {"mode": "soap"}}}
              ]
            }
            """
        // An unknown body mode fails only that request (RequestBuildError), as Newman runs the rest.
        let collection = try? CollectionParser.parse(data: Data(text.utf8), file: "c.json")
        #expect(collection?.flattenedRequests().last?.item.request.body == .unknown(mode: "soap"))
        let neither = "{\"info\": {\"name\": \"x\"},\n \"item\": [{\"name\": \"lost\"}]}"
        #expect(
            Self.error(neither)
                == "c.json:2:11: item[0]: item \"lost\" is neither a folder (no `item` list) nor a request (no `request`)")
    }

    @Test func readsV20AuthObjectsAndV21AuthLists() throws {
        let collection = try Self.parse(
            """
            {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
             "auth": {"type": "basic", "basic": {"username": "u", "password": "p"}},
             "item": [{"name": "r", "request": {"url": "http://a/",
                "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "X-Key"}, {"key": "in", "value": "header"}]}}}]}
            """)
        #expect(collection.auth == .auth(AuthDefinition(type: "basic", parameters: [("username", "u"), ("password", "p")])))
        let request = try #require(collection.flattenedRequests().first)
        #expect(request.auth?.type == "apikey")
        #expect(request.auth?["key"] == "X-Key")
        #expect(request.authSource == "request")
    }

    @Test func authInheritsThroughFoldersAndNoauthStopsIt() throws {
        let collection = try Self.parse(
            """
            {"info": {"name": "x"},
             "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "t"}]},
             "item": [
               {"name": "F", "auth": null, "item": [
                  {"name": "inherits", "request": {"url": "http://a/"}},
                  {"name": "G", "auth": {"type": "noauth"}, "item": [
                      {"name": "none", "request": {"url": "http://a/"}},
                      {"name": "own", "request": {"url": "http://a/", "auth": {"type": "basic", "basic": []}}}
                  ]}
               ]},
               {"name": "top", "request": {"url": "http://a/", "auth": {"type": "noauth"}}}
             ]}
            """)
        let requests = collection.flattenedRequests()
        #expect(requests.map(\.displayName) == ["F › inherits", "F › G › none", "F › G › own", "top"])
        #expect(requests.map { $0.auth?.type } == ["bearer", nil, "basic", nil])
        #expect(requests[0].authSource == "collection")
    }

    @Test func readsURLStringsObjectsHeaderStringsAndBodies() throws {
        let collection = try Self.parse(
            """
            {"info": {"name": "x"}, "item": [
              {"name": "a", "request": "http://example.com/x"},
              {"name": "b", "request": {"method": "post", "url": {"raw": "http://h/p?q=1"},
                "header": "Accept: text/csv\\n// X-Off: 1\\nX-On: 2",
                "body": {"mode": "urlencoded", "urlencoded": [{"key": "k", "value": "v"}, {"key": "d", "value": "x", "disabled": true}]}}},
              {"name": "c", "request": {"url": "http://h/", "body": {"mode": "graphql", "graphql": {"query": "{ me }", "variables": {"a": 1}}}}},
              {"name": "d", "request": {"url": "http://h/", "body": {"mode": "file", "file": {"src": "data.bin"}}}},
              {"name": "e", "request": {"url": "http://h/", "body": {"mode": "raw", "raw": "x", "disabled": true}}}
            ]}
            """)
        let requests = collection.flattenedRequests().map(\.item.request)
        #expect(requests[0].url == URLDefinition(raw: "http://example.com/x", scheme: "http", host: ["example", "com"], path: ["x"]))
        #expect(requests[1].method == "POST")
        #expect(
            requests[1].headers == [
                KeyValueEntry(key: "Accept", value: "text/csv"), KeyValueEntry(key: "X-Off", value: "1", disabled: true),
                KeyValueEntry(key: "X-On", value: "2"),
            ])
        #expect(
            requests[1].body
                == .urlencoded([KeyValueEntry(key: "k", value: "v"), KeyValueEntry(key: "d", value: "x", disabled: true)]))
        #expect(requests[2].body == .graphql(query: "{ me }", variables: "{\"a\":1}", operationName: nil))
        #expect(requests[3].body == .file(src: "data.bin"))
        #expect(requests[4].body == RequestBody.none)
    }

    @Test func keepsScriptsAndTellsEmptyOnesApart() throws {
        let collection = try Self.parse(
            """
            {"info": {"name": "x"},
             "event": [{"listen": "prerequest", "script": {"exec": [""]}}],
             "item": [
               {"name": "quiet", "event": [{"listen": "test", "script": {"exec": ["", "  "]}}], "request": {"url": "http://a/"}},
               {"name": "busy", "event": [{"listen": "test", "script": {"exec": ["pm.test('x', () => {});"]}}], "request": {"url": "http://a/"}}
             ]}
            """)
        let requests = collection.flattenedRequests()
        #expect(collection.events.count == 1)
        #expect(requests[0].scripts.isEmpty)
        #expect(requests[1].scripts.map(\.listen) == ["test"])
    }

    @Test func selectsFoldersLikeNewmanAndListsNamesWhenUnknown() throws {
        let collection = try Self.parse(
            """
            {"info": {"name": "x"}, "item": [
              {"name": "A", "item": [{"name": "a1", "request": "http://h/1"}, {"name": "Inner", "item": [{"name": "i1", "request": "http://h/2"}]}]},
              {"name": "B", "item": [{"name": "b1", "request": "http://h/3"}]},
              {"name": "loose", "request": "http://h/4"}
            ]}
            """)
        #expect(try collection.requests(selecting: ["Inner"]).map(\.name) == ["i1"])
        #expect(try collection.requests(selecting: ["B", "A"]).map(\.name) == ["a1", "i1", "b1"])
        #expect(try collection.requests(selecting: ["loose"]).map(\.name) == ["loose"])
        #expect(throws: CollectionSelectionError.unknownFolder(name: "C", available: ["A", "Inner", "B"])) {
            try collection.requests(selecting: ["C"])
        }
        #expect(
            "\(CollectionSelectionError.unknownFolder(name: "C", available: ["A", "B"]))"
                == "no folder or request named \"C\" in the collection (folders: A, B)")
    }

    @Test(arguments: [
        (["A/Inner"], ["i1"]), (["A › Inner › i1"], ["i1"]), (["Inner/i1"], ["i1"]), (["/A/a1/"], ["a1"]),
        (["B"], ["b1", "i2"]), (["b1"], ["b1"]),
    ])
    func foldersAreSelectedByNameOrPath(names: [String], selected: [String]) throws {
        let collection = try Self.parse(
            """
            {"info": {"name": "x"}, "item": [
              {"name": "A", "item": [{"name": "a1", "request": "http://h/1"}, {"name": "Inner", "item": [{"name": "i1", "request": "http://h/2"}]}]},
              {"name": "B", "item": [{"name": "b1", "request": "http://h/3"}, {"name": "Inner", "item": [{"name": "i2", "request": "http://h/4"}]}]}
            ]}
            """)
        #expect(try collection.requests(selecting: names).map(\.name) == selected)
        do {
            _ = try collection.requests(selecting: ["Inner"])
            Issue.record("an ambiguous name was accepted")
        } catch {
            #expect(
                "\(error)"
                    == #""Inner" matches 2 folders or requests: "A/Inner", "B/Inner"; give its path, e.g. --folder "A/Inner""#)
        }
    }

    @Test func missingFileIsAUsageError() {
        do {
            _ = try CollectionParser.load(path: "/nonexistent/x.json", displayName: "x.json")
            Issue.record("no error")
        } catch let error as InputFileError {
            #expect(error == .fileNotFound(file: "x.json"))
            #expect(error.isUsageError)
            #expect("\(error)" == "x.json: no such file")
        } catch {
            Issue.record("\(error)")
        }
    }
}

@Suite("Environment files")
struct EnvironmentParserTests {
    @Test func honoursEnabledAndSecretType() throws {
        let file = try EnvironmentParser.parse(
            data: Data(
                """
                {"name": "Alteryx", "values": [
                  {"key": "gallery-url", "value": "http://h/gallery", "enabled": true},
                  {"key": "old", "value": "x", "enabled": false},
                  {"key": "user-secret", "value": "s3", "type": "secret"},
                  {"key": "port", "value": 8080}
                ]}
                """.utf8), file: "e.json")
        #expect(file.name == "Alteryx")
        #expect(file.enabledValues.map(\.key) == ["gallery-url", "user-secret", "port"])
        #expect(file.values[2].isSecret)
        #expect(file.values[3].value == "8080")
        let inputs = RunInputs(
            collection: PostmanCollection(info: CollectionInfo(name: "c"), items: []), environment: file,
            environmentOverrides: [("gallery-url", "http://other/gallery")])
        let context = inputs.initialContext()
        #expect(context.lookup("old") == nil)
        #expect(context.lookup("gallery-url")?.value == "http://other/gallery")
        #expect(context.lookup("user-secret") == VariableValue("s3", isSecret: true))
    }

    @Test(arguments: [
        ("{\"name\": \"x\"}", "e.json: not a Postman environment: it has no `values` list"),
        ("{\"info\": {}, \"item\": []}", "e.json: not a Postman environment: it has no `values` list: it has `item`, so it looks like a collection"),
        ("{\"values\": [{\"value\": 1}]}", "e.json:1:13: values[0]: the entry has no `key`"),
        ("{\"values\": [{\"key\": \"a\", \"enabled\": \"yes\"}]}", "e.json:1:37: values[0].enabled: expected true or false, found a string"),
    ])
    func explainsBadEnvironments(text: String, message: String) {
        do {
            _ = try EnvironmentParser.parse(data: Data(text.utf8), file: "e.json")
            Issue.record("no error")
        } catch {
            #expect("\(error)" == message)
        }
    }
}
