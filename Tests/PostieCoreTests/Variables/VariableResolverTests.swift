import Foundation
import Testing

import PostieJSON

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
        // Replaced and kept references side by side, around text that is not ASCII, and braces at either end.
        let mixed = resolver.resolve("é{{id}}{{x}}{{id}}ü{")
        #expect(mixed.text == "é42{{x}}42ü{")
        #expect(mixed.unresolved == ["x"])
        #expect(resolver.resolve("{{x}}{{id}}").text == "{{x}}42")
        #expect(resolver.resolve("{").text == "{")
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
        let text = "\u{FEFF}appId,name,note\r\nx1,\"Smith, J\",\"say \"\"hi\"\"\"\r\nx2,plain,\"two\r\nlines\"\r\n\r\nx3,,\r\n"
        #expect(
            try Self.csv(text) == [
                ["appId=x1", "name=Smith, J", "note=say \"hi\""],
                ["appId=x2", "name=plain", "note=two\r\nlines"],
                ["appId="],
                ["appId=x3", "name=", "note="],
            ])
    }

    /// Expected rows from csv-parse 4.16 with Newman's options and its `csvAutoParse` cast, run under
    /// Node 20 (values as JavaScript's String() prints them).
    @Test(
        "CSV as Newman reads it",
        arguments: [
            ("a,b\n1,2\n", [["a=1", "b=2"]]),
            ("a,b\nx\"y,2\n", [["a=x\"y", "b=2"]]),
            ("a,b\n1,2,3\n", [["a=1", "b=2"]]),
            ("a,b\n1\n", [["a=1"]]),
            (" a , b \n  1 ,  two  \n", [["a=1", "b=two"]]),
            ("a,b\n\"q, r\" , \"s\"\"t\"\n", [["a=q, r", "b=s\"t"]]),
            ("a\n007\n", [["a=7"]]),
            ("a\n1.50\n", [["a=1.5"]]),
            ("a\n\"1.50\"\n", [["a=1.50"]]),
            ("a,b\n1e3,-0\n", [["a=1000", "b=0"]]),
            ("a\n+5\n", [["a=5"]]),
            ("a\n0x10\n", [["a=0"]]),
            ("a\n\n\nz\n", [["a="], ["a="], ["a=z"]]),
            ("\u{FEFF}a,b\r\n1,2\r\n", [["a=1", "b=2"]]),
            ("a\n 12 \n", [["a=12"]]),
            ("a,b\n,\n", [["a=", "b="]]),
            ("a\nInfinity\n", [["a=Infinity"]]),
            ("a\n.5\n", [["a=0.5"]]),
            ("a\n1.\n", [["a=1"]]),
            ("a,b\n1,2\n   \n", [["a=1", "b=2"], ["a="]]),
            ("a\n12abc\n", [["a=12abc"]]),
            ("a\n0b11\n", [["a=0"]]),
            ("a\n1e21\n", [["a=1e+21"]]),
            ("a\n123456789012345678901\n", [["a=123456789012345680000"]]),
            ("a\n-.5e-3\n", [["a=-0.0005"]]),
            ("a,a\n1,2\n", [["a=2"]]),
            ("a, b\n\"x\"  ,y\n", [["a=x", "b=y"]]),
        ] as [(String, [[String]])])
    func likeCSVParse(text: String, rows: [[String]]) throws {
        #expect(try Self.csv(text) == rows)
    }

    /// csv-parse refuses these two too ("Quote Not Closed", "Invalid Closing Quote").
    @Test(arguments: [
        ("a\n\"open\n", "d.csv:2:1: this quoted field is never closed"),
        ("a\n\"x\" y\n", "d.csv:2:5: text after a closing quote; expected ',' or the end of the line"),
        ("a,b\nx,\"y\"z\n", "d.csv:2:6: text after a closing quote; expected ',' or the end of the line"),
    ])
    func explainsMalformedCSV(text: String, message: String) {
        do {
            _ = try Self.csv(text)
            Issue.record("no error")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test("UTF-16 and UTF-8 files with a byte-order mark read as UTF-8 ones", arguments: [true, false])
    func encodings(littleEndian: Bool) throws {
        let text = "name,city\nZoë,Zürich\n"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let rows = try IterationData.parse(data: Data(bytes), file: "d.csv").rows.map { $0.map { "\($0.key)=\($0.value)" } }
        #expect(rows == [["name=Zoë", "city=Zürich"]])
        let noMark = Data(bytes.dropFirst(2))
        #expect(TextDecoding.string(from: noMark) == text)
        #expect(TextDecoding.string(from: Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))) == text)
    }

    /// Expected texts from Node 20's String(number).
    @Test(
        "numbers as JavaScript prints them",
        arguments: [
            (1.5, "1.5"), (1000, "1000"), (1e21, "1e+21"), (1.2345678901234568e20, "123456789012345680000"), (0.1, "0.1"),
            (-0.0005, "-0.0005"), (1e-7, "1e-7"), (1.5e-7, "1.5e-7"), (123e-20, "1.23e-18"), (Double.leastNonzeroMagnitude, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"), (100, "100"), (0.000001, "0.000001"),
            (9007199254740992, "9007199254740992"), (1.0 / 3, "0.3333333333333333"),
        ] as [(Double, String)])
    func javaScriptNumbers(value: Double, text: String) {
        #expect(JavaScriptNumber.string(value) == text)
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

    /// Scripts get data values with their type, as in Newman (`data.count === 3`); `{{name}}` uses the text.
    @Test func dataValuesKeepTheirTypeForScripts() throws {
        let json = try IterationData.parseJSON(data: Data(#"[{"n": 3, "ok": false, "s": "3", "o": {"a": null}}]"#.utf8), file: "d.json")
        let variables = json.variables(inRow: 0)
        #expect(variables.map(\.key) == ["n", "ok", "s", "o"])
        #expect(variables.map(\.value.value) == ["3", "false", "3", #"{"a":null}"#])
        #expect(variables.map(\.value.typed) == [.number(3), .bool(false), nil, .object(JSONObject([("a", .null)]))])

        let csv = try IterationData.parseCSV(data: Data("a,b,c,d\n7890,\"00123\",-1.50,007\n".utf8), file: "d.csv")
        let row = csv.variables(inRow: 0)
        #expect(row.map(\.value.value) == ["7890", "00123", "-1.5", "7"])
        #expect(row.map(\.value.typed) == [.number(7890), nil, .number(-1.5), .number(7)])
        #expect(csv.variables(inRow: 1).isEmpty)
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
