import Foundation
import Testing

@testable import PostieCore

@Suite("Variable resolution")
struct VariableResolverTests {
    static func context(_ scopes: [VariableScopeKind: [(String, String)]]) -> VariableContext {
        var context = VariableContext()
        for (kind, values) in scopes {
            for (key, value) in values {
                switch kind {
                case .run: context.run.set(key, value)
                case .iterationData: context.iterationData.set(key, value)
                case .environment: context.environment.set(key, value)
                case .collection: context.collection.set(key, value)
                case .globals: context.globals.set(key, value)
                }
            }
        }
        return context
    }

    @Test func precedenceIsRunDataEnvironmentCollectionGlobals() {
        let all: [VariableScopeKind: [(String, String)]] = [
            .globals: [("v", "globals"), ("g", "G")],
            .collection: [("v", "collection"), ("c", "C")],
            .environment: [("v", "environment"), ("e", "E")],
            .iterationData: [("v", "data"), ("d", "D")],
            .run: [("v", "run")],
        ]
        var scopes = all
        let resolver = { VariableResolver(context: Self.context(scopes)) }
        #expect(resolver().resolve("{{v}} {{g}}{{c}}{{e}}{{d}}").text == "run GCED")
        for (removed, next) in [(VariableScopeKind.run, "data"), (.iterationData, "environment"), (.environment, "collection"), (.collection, "globals")] {
            scopes[removed] = scopes[removed]?.filter { $0.0 != "v" }
            #expect(resolver().resolve("{{v}}").text == next)
        }
    }

    @Test func resolvesNestedReferencesAndKeepsUnknownOnes() {
        let resolver = VariableResolver(
            context: Self.context([
                .environment: [("gallery-url", "{{scheme}}://{{host}}/gallery"), ("scheme", "http"), ("host", "{{name}}:{{port}}")],
                .collection: [("name", "localhost"), ("port", "8080")],
            ]))
        let resolution = resolver.resolve("{{gallery-url}}/api/{{missing}}/x/{{missing}}")
        #expect(resolution.text == "http://localhost:8080/gallery/api/{{missing}}/x/{{missing}}")
        #expect(resolution.unresolved == ["missing"])
        #expect(!resolution.hitPassLimit)
    }

    @Test func stopsAfterNineteenPassesOnACycle() {
        let resolver = VariableResolver(context: Self.context([.environment: [("a", "<{{b}}>"), ("b", "[{{a}}]")]]))
        let resolution = resolver.resolve("{{a}}")
        #expect(resolution.hitPassLimit)
        #expect(resolution.text.hasPrefix("<[<[<["))
        #expect(resolution.unresolved.isEmpty)  // defined, just circular
    }

    @Test func leavesJSONBracesAndLoneBracesAlone() {
        let resolver = VariableResolver(context: Self.context([.environment: [("id", "42")]]))
        #expect(resolver.resolve(#"{"a":{"b":{{id}}}}"#).text == #"{"a":{"b":42}}"#)
        #expect(resolver.resolve("{{{id}}}").text == "{42}")
        #expect(resolver.resolve("{{ id }}").unresolved == [" id "])  // Postman does not trim names
        #expect(resolver.resolve("{{}}").unresolved == [""])
        #expect(resolver.resolve("a {{ b").text == "a {{ b")
    }

    @Test func dynamicVariablesGiveFreshValuesAndUnknownOnesAreReported() {
        let clock = Date(timeIntervalSince1970: 1_700_000_000.123)
        let resolver = VariableResolver(context: VariableContext(), dynamicVariables: .seeded(42, now: { clock }))
        let resolution = resolver.resolve("{{$guid}}|{{$guid}}|{{$timestamp}}|{{$isoTimestamp}}|{{$randomInt}}|{{$nope}}")
        let parts = resolution.text.split(separator: "|").map(String.init)
        #expect(parts[0] != parts[1])
        #expect(parts[0].range(of: "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", options: .regularExpression) != nil)
        #expect(parts[2] == "1700000000")
        #expect(parts[3] == "2023-11-14T22:13:20.123Z")
        #expect(Int(parts[4]).map { (0...1000).contains($0) } == true)
        #expect(parts[5] == "{{$nope}}")
        #expect(resolution.unknownDynamic == ["$nope"])
        #expect(resolution.unresolved.isEmpty)
    }

    @Test(arguments: ["$randomAlphaNumeric", "$randomBoolean", "$randomUUID", "$randomEmail", "$randomFirstName", "$randomIP", "$randomColor", "$randomPrice"])
    func everyDocumentedDynamicVariableResolves(name: String) {
        let resolver = VariableResolver(context: VariableContext(), dynamicVariables: .seeded(7))
        let text = resolver.resolve("{{\(name)}}").text
        #expect(!text.isEmpty && !text.contains("{{"))
    }

    @Test func aDefinedVariableWinsOverADynamicOne() {
        let resolver = VariableResolver(context: Self.context([.environment: [("$guid", "fixed")]]))
        #expect(resolver.resolve("{{$guid}}").text == "fixed")
    }

    @Test func seededGeneratorsRepeat() {
        let first = VariableResolver(context: VariableContext(), dynamicVariables: .seeded(9)).resolve("{{$guid}}").text
        let second = VariableResolver(context: VariableContext(), dynamicVariables: .seeded(9)).resolve("{{$guid}}").text
        #expect(first == second)
    }
}

@Suite("Iteration data")
struct IterationDataTests {
    static func csv(_ text: String) throws -> [[String]] {
        try IterationData.parseCSV(data: Data(text.utf8), file: "d.csv").rows.map { $0.map { "\($0.key)=\($0.value)" } }
    }

    @Test func readsQuotedFieldsBOMAndCRLF() throws {
        let text = "\u{FEFF}appId,name,note\r\n1,\"Smith, J\",\"say \"\"hi\"\"\"\r\n2,plain,\"two\r\nlines\"\r\n\r\n3,,\r\n"
        #expect(
            try Self.csv(text) == [
                ["appId=1", "name=Smith, J", "note=say \"hi\""],
                ["appId=2", "name=plain", "note=two\r\nlines"],
                ["appId=3", "name=", "note="],
            ])
    }

    @Test func shortRowsAreFilledAndLongRowsRefused() throws {
        #expect(try Self.csv("a,b\n1\n") == [["a=1", "b="]])
        #expect(throws: InputFileError.malformedCSV(file: "d.csv", line: 3, column: 1, message: "this row has 3 fields but the header names 2")) {
            try Self.csv("a,b\n1,2\n1,2,3\n")
        }
    }

    @Test(arguments: [
        ("a\n\"open\n", "d.csv:2:1: this quoted field is never closed"),
        ("a\nx\"y\n", "d.csv:2:2: a quote inside an unquoted field; quote the whole field and double inner quotes"),
        ("a\n\"x\"y\n", "d.csv:2:4: unexpected text after a closing quote; expected ',' or the end of the line"),
    ])
    func explainsMalformedCSV(text: String, message: String) {
        do {
            _ = try Self.csv(text)
            Issue.record("no error")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func readsJSONArraysAndRefusesOtherShapes() throws {
        let data = try IterationData.parseJSON(data: Data(#"[{"id": 1, "ok": true, "o": {"a": null}}, {"id": "x"}]"#.utf8), file: "d.json")
        #expect(data.rows.map { $0.map { "\($0.key)=\($0.value)" } } == [["id=1", "ok=true", "o={\"a\":null}"], ["id=x"]])
        do {
            _ = try IterationData.parseJSON(data: Data(#"{"id": 1}"#.utf8), file: "d.json")
            Issue.record("no error")
        } catch {
            #expect("\(error)" == "d.json: not iteration data: a JSON data file must be an array of objects, found an object")
        }
    }

    @Test func lastRowRepeatsWhenMoreIterationsThanRows() {
        let inputs = RunInputs(
            collection: PostmanCollection(info: CollectionInfo(name: "c"), items: []),
            iterationData: IterationData(rows: [[("a", "1")], [("a", "2")]]))
        #expect(inputs.iterationCount(requested: nil) == 2)
        #expect(inputs.iterationCount(requested: 4) == 4)
        #expect((0..<4).map { inputs.dataRow(for: $0).first?.value } == ["1", "2", "2", "2"])
    }
}
