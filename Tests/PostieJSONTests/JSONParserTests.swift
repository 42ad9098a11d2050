import Foundation
import Testing

@testable import PostieJSON

@Suite("JSON parser")
struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#"{"a": [1, -2.5, 3e2, true, false, null], "b": {"c": "d"}, "e": ""}"#)
        #expect(value["a"] == [1, -2.5, 300, true, false, nil])
        #expect(value["b"]?["c"] == "d")
        #expect(value["e"] == "")
        #expect(value["missing"] == nil)
    }

    @Test func keepsMemberOrderAndLastDuplicateWins() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": 2, "m": 3, "a": 4}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
        #expect(value["a"] == 4)
    }

    @Test(arguments: [
        (#""a\"b\\c\/d\n\t\r\b\f""#, "a\"b\\c/d\n\t\r\u{08}\u{0C}"),
        (#""\u00e9t\u00E9""#, "été"),
        (#""\ud83d\ude00""#, "😀"),
        (#""\ud83d alone""#, "\u{FFFD} alone"),
        (#""naïve 日本""#, "naïve 日本"),
    ])
    func decodesStringEscapes(source: String, expected: String) throws {
        #expect(try JSONParser.parse(source) == .string(expected))
    }

    @Test("a quote, an escape or a control byte is seen wherever it falls in a long string or a run of spaces")
    func findsSpecialBytesAtEveryOffset() throws {
        // Strings are scanned eight bytes at a time: put each kind of byte at every offset of two words.
        for offset in 0..<17 {
            let head = String(repeating: "x", count: offset)
            let tail = String(repeating: "y", count: 20)
            let spaces = String(repeating: " ", count: offset)
            #expect(try JSONParser.parse("\"\(head)\"") == .string(head))
            #expect(try JSONParser.parse("\(spaces)[\"\(head)\\n\(tail)\"\(spaces)]\(spaces)") == [.string(head + "\n" + tail)])
            #expect(try JSONParser.parse("{\(spaces)\"\(head)\\\"\(tail)\":\(spaces)1}")[head + "\"" + tail] == 1)
            #expect(throws: JSONParseError.self) { try JSONParser.parse("\"\(head)\u{01}\(tail)\"") }
            #expect(throws: JSONParseError.self) { try JSONParser.parse("\"\(head)\(tail)") }
        }
    }

    @Test func skipsByteOrderMark() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(#"{"id": "x"}"#.utf8)
        #expect(try JSONParser.parse(data)["id"] == "x")
    }

    @Test(arguments: [
        ("{\n  \"a\": 1,\n  \"b\": [1,2,,]\n}", 3, 13, "unexpected character ','"),
        ("{\n  \"a\": 1,\n}", 3, 1, "trailing comma before '}'"),
        ("[1, 2", 1, 6, "unexpected end of file"),
        ("{\"a\" 1}", 1, 6, "expected ':'"),
        ("{'a': 1}", 1, 2, "expected a member name in double quotes"),
        ("[01]", 1, 3, "leading zeros"),
        ("[1.]", 1, 4, "expected a digit after '.'"),
        ("[tru]", 1, 2, "unexpected 'tru'"),
        ("\"abc", 1, 1, "unterminated string"),
        ("\"a\u{01}b\"", 1, 3, "unescaped control character"),
        ("\"\\x\"", 1, 2, "invalid escape"),
        ("{} {}", 1, 4, "after the end of the JSON value"),
        ("", 1, 1, "the document is empty"),
        ("  \n ", 2, 2, "the document is empty"),
        ("{\"é\": x}", 1, 7, "expected a value"),
    ])
    func reportsLineAndColumn(source: String, line: Int, column: Int, message: String) {
        do {
            _ = try JSONParser.parse(source)
            Issue.record("parsed without error: \(source)")
        } catch let error as JSONParseError {
            #expect(error.location.line == line, "\(error)")
            #expect(error.location.column == column, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func boundsNestingDepth() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: Never.self) { try JSONParser.parse(fine) }
    }

    @Test func neverCrashesOnArbitraryBytes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("{}[]\",:\\tfn0123456789.eE-+ u\n".utf8) + [0x00, 0xFF, 0xC3, 0xEF]
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<40, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            _ = try? JSONParser.parse(bytes)
        }
    }

    @Test func locatesAValueByPath() throws {
        let text = """
            {
              "info": {"name": "x"},
              "item": [
                {"name": "first"},
                {"name": "second", "request": 42}
              ]
            }
            """
        let data = Data(text.utf8)
        let path = JSONNodePath([.member("item"), .element(1), .member("request")])
        let location = try #require(JSONParser.location(of: path, in: data))
        #expect(location.line == 5)
        #expect(location.column == 35)
        #expect(path.description == "item[1].request")
        #expect(JSONParser.location(of: JSONNodePath([.member("nope")]), in: data) == nil)
    }

    /// Many paths in one scan (a flow's every step): the same places as one path at a time, in the order
    /// asked, a path asked twice answered twice, a missing one nil, a duplicate key at its first occurrence.
    @Test func locatesManyPathsInOneScan() throws {
        let text = "{\"steps\": [\n" + (0..<50).map { "  {\"request\": \"r\($0)\", \"é\": [\($0)]}" }.joined(separator: ",\n")
            + "\n], \"dup\": 1, \"dup\": 2}"
        let data = Data(text.utf8)
        var paths = (0..<50).reversed().map { JSONNodePath([.member("steps"), .element($0), .member("request")]) }
        paths += [JSONNodePath([.member("steps"), .element(7), .member("é"), .element(0)]), paths[3], JSONNodePath([.member("nope")])]
        paths.append(JSONNodePath([.member("dup")]))
        let many = JSONParser.locations(of: paths, in: data)
        #expect(many.count == paths.count)
        for (path, location) in zip(paths, many) { #expect(location == JSONParser.location(of: path, in: data), "\(path)") }
        let first = try #require(many[0])
        #expect(first.line == 51 && first.column == 15)
        #expect(many[50]?.line == 9)
        #expect(many[52] == nil)
        #expect(many[53]?.offset == text.utf8.count - 12)
        let offsets: [Int?] = [40, nil, 3, text.utf8.count, 40]
        let lines = JSONParser.locations(ofOffsets: offsets, in: data)
        for (offset, location) in zip(offsets, lines) {
            #expect(location == offset.map { JSONParser.location(ofOffset: $0, in: data) })
        }
    }
}

/// `JSONParser.value(at:in:)`: one value of a document, the rest read past without being built. It
/// must answer exactly what parsing the whole document and walking to the value answers, errors included.
@Suite("JSON parser, one value read")
struct JSONSelectiveReadTests {
    /// What a whole parse answers for `route`: the value, nil when absent, or the parse error.
    static func walked(_ route: [JSONNodePath.Element], in data: Data) -> Result<JSONValue?, JSONParseError> {
        do {
            var value: JSONValue? = try JSONParser.parse(data)
            for step in route {
                switch step {
                case .member(let name): value = value?.objectValue?[name]
                case .element(let index): value = value?.arrayValue.flatMap { index < $0.count ? $0[index] : JSONValue?.none }
                }
            }
            return .success(value)
        } catch let error as JSONParseError {
            return .failure(error)
        } catch {
            return .success(nil)
        }
    }

    static func selected(_ route: [JSONNodePath.Element], in data: Data) -> Result<JSONValue?, JSONParseError> {
        do { return .success(try JSONParser.value(at: route, in: data)) } catch let error as JSONParseError {
            return .failure(error)
        } catch { return .success(nil) }
    }

    @Test func findsWhatAWholeParseFinds() throws {
        let document = Data(
            #"\#u{FEFF}{"id": "a1", "outputs": [{"id": "o1", "name": "x"}, {"id": "o2", "deep": {"k": [1, [2, 3]]}}], "id2": null, "dup": 1, "dup": {"z": true}, "s": "\u00e9\"\n"}"#
                .utf8)
        let routes: [[JSONNodePath.Element]] = [
            [], [.member("id")], [.member("outputs"), .element(1), .member("id")],
            [.member("outputs"), .element(1), .member("deep"), .member("k"), .element(1), .element(0)],
            [.member("outputs"), .element(2)], [.member("id"), .member("x")], [.member("outputs"), .member("id")],
            [.member("id2")], [.member("dup")], [.member("dup"), .member("z")], [.member("s")], [.element(0)],
            [.member("missing")],
        ]
        for route in routes {
            #expect(Self.selected(route, in: document) == Self.walked(route, in: document), "\(route)")
        }
        #expect(try JSONParser.value(at: [.member("dup")], in: document) == .object(JSONObject([("z", .bool(true))])))
    }

    @Test(arguments: [
        #"{"id": "a", "b": [1,2,,]}"#, #"{"id": "a",}"#, #"{"id": 1} x"#, #"{"x": [1, 2"#, #"{"id": tru}"#,
        #"{"a": "\x"}"#, #"[01]"#, "", #"{"id": "a", "b": "\#u{01}"}"#,
    ])
    func failsWhereAWholeParseFails(source: String) {
        let data = Data(source.utf8)
        for route: [JSONNodePath.Element] in [[.member("id")], [.member("b"), .element(0)], [.element(0)]] {
            #expect(Self.selected(route, in: data) == Self.walked(route, in: data), "\(source) at \(route)")
        }
    }

    @Test func boundsNestingDepthAsParseDoes() {
        let deep = Data(("{\"a\": " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}").utf8)
        #expect(Self.selected([.member("b")], in: deep) == Self.walked([.member("b")], in: deep))
        if case .success = Self.selected([.member("b")], in: deep) { Issue.record("600 levels read") }
    }

    @Test func agreesOnRandomDocuments() {
        var generator = SystemRandomNumberGenerator()
        func value(_ depth: Int) -> String {
            switch Int.random(in: 0..<(depth > 3 ? 4 : 7), using: &generator) {
            case 0: return "\(Int.random(in: -5..<100, using: &generator))"
            case 1: return ["\"a\"", "\"\\u00e9\"", "true", "null", "1e999"].randomElement(using: &generator)!
            case 2: return "\"\(["k", "id", "x"].randomElement(using: &generator)!)\""
            case 3: return "false"
            case 4, 5:
                let members = (0..<Int.random(in: 0..<4, using: &generator)).map { _ in
                    "\"\(["k", "id", "x"].randomElement(using: &generator)!)\": \(value(depth + 1))"
                }
                return "{" + members.joined(separator: ", ") + "}"
            default:
                return "[" + (0..<Int.random(in: 0..<4, using: &generator)).map { _ in value(depth + 1) }.joined(separator: ",") + "]"
            }
        }
        for _ in 0..<500 {
            var text = value(0)
            if Bool.random(using: &generator), !text.isEmpty {  // now and then, a broken document
                var bytes = Array(text.utf8)
                bytes.remove(at: Int.random(in: 0..<bytes.count, using: &generator))
                text = String(decoding: bytes, as: UTF8.self)
            }
            let data = Data(text.utf8)
            let route: [JSONNodePath.Element] = (0..<Int.random(in: 0..<4, using: &generator)).map { _ in
                Bool.random(using: &generator) ? .member(["k", "id", "x"].randomElement(using: &generator)!) : .element(Int.random(in: 0..<3, using: &generator))
            }
            #expect(Self.selected(route, in: data) == Self.walked(route, in: data), "\(text) at \(route)")
        }
    }
}

@Suite("JSON writer")
struct JSONWriterTests {
    @Test func writesCompactAndPretty() {
        let value: JSONValue = ["name": "a\"b", "list": [1, 2.5, nil, true], "empty": [:], "none": []]
        #expect(JSONWriter.compact(value) == #"{"name":"a\"b","list":[1,2.5,null,true],"empty":{},"none":[]}"#)
        #expect(
            JSONWriter.pretty(value) == """
                {
                  "name": "a\\"b",
                  "list": [
                    1,
                    2.5,
                    null,
                    true
                  ],
                  "empty": {},
                  "none": []
                }

                """)
    }

    @Test(arguments: [(0.0, "0"), (-0.0, "0"), (42, "42"), (-7, "-7"), (1.5, "1.5"), (1e20, "1e+20")])
    func formatsNumbersLikeJavaScript(number: Double, text: String) {
        #expect(JSONWriter.format(number: number) == text)
    }

    @Test func escapesControlCharacters() {
        #expect(JSONWriter.quote("a\u{01}\n") == #""a\u0001\n""#)
    }

    @Test func roundTrips() throws {
        let source = #"{"a":[1,"x",{"b":null}],"c":"é\n"}"#
        #expect(JSONWriter.compact(try JSONParser.parse(source)) == source)
    }
}
