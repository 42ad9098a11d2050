import Foundation
import PostieJSON
import PostieFuzzing
import Testing

@testable import PostieYAML

@Suite("YAML: constructs, core schema, errors and limits")
struct YAMLParserTests {
    static func json(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }

    @Test(
        "every construct reads as the JSON it stands for",
        arguments: [
            // Block mappings and sequences, nesting, the compact forms.
            ("a: 1\nb: two\n", #"{"a": 1, "b": "two"}"#),
            ("a:\n  b:\n    c: d\n", #"{"a": {"b": {"c": "d"}}}"#),
            ("- a\n- b\n", #"["a", "b"]"#),
            ("key:\n- a\n- b\nnext: c\n", #"{"key": ["a", "b"], "next": "c"}"#),
            ("- a: 1\n  b: 2\n- c: 3\n", #"[{"a": 1, "b": 2}, {"c": 3}]"#),
            ("- - a\n  - b\n- c\n", #"[["a", "b"], "c"]"#),
            ("? complex key\n: value\n", #"{"complex key": "value"}"#),
            ("a:\nb: \n", #"{"a": null, "b": null}"#),
            // Flow collections.
            ("[a, b, [c, d], {e: f}]", #"["a", "b", ["c", "d"], {"e": "f"}]"#),
            ("{a: 1, b: [x, y], c}", #"{"a": 1, "b": ["x", "y"], "c": null}"#),
            ("{\"a\":1, 'b': 2}", #"{"a": 1, "b": 2}"#),
            ("[a: b, c]", #"[{"a": "b"}, "c"]"#),
            ("key: [a,\n  b,\n  c]\n", #"{"key": ["a", "b", "c"]}"#),
            ("{url: http://x:80/y}", #"{"url": "http://x:80/y"}"#),
            // Plain scalars: colons and hashes inside, multi-line folding, comments.
            ("url: http://example.com/a#b\n", #"{"url": "http://example.com/a#b"}"#),
            ("a: b # a comment\n# another\nc: d:e\n", #"{"a": "b", "c": "d:e"}"#),
            ("text: one\n  two\n\n  three\n", #"{"text": "one two\nthree"}"#),
            // Quoted scalars and every escape.
            ("a: 'it''s # not a comment'\n", #"{"a": "it's # not a comment"}"#),
            (#"a: "tab\tnl\nq\"bs\\sl\/""#, #"{"a": "tab\tnl\nq\"bs\\sl/"}"#),
            (#"a: "\x41\u00e9\U0001F600\0\a\b\v\f\r\e\ \N\_\L\P""#, #"{"a": "A\u00e9\ud83d\ude00\u0000\u0007\b\u000b\f\r\u001b \u0085\u00a0\u2028\u2029"}"#),
            ("a: \"one\n  two\n\n  three\"\n", #"{"a": "one two\nthree"}"#),
            ("a: \"join\\\n  ed\"\n", #"{"a": "joined"}"#),
            ("a: 'one\n  two'\n", #"{"a": "one two"}"#),
            // Literal and folded block scalars: chomping and indentation indicators.
            ("a: |\n  line 1\n  line 2\n", #"{"a": "line 1\nline 2\n"}"#),
            ("a: |-\n  line 1\n  line 2\n", #"{"a": "line 1\nline 2"}"#),
            ("a: |+\n  line 1\n\n\nb: 2\n", #"{"a": "line 1\n\n\n", "b": 2}"#),
            ("a: >\n  folded\n  text\n\n  para\n", #"{"a": "folded text\npara\n"}"#),
            ("a: >-\n  one\n    more\n  two\n", #"{"a": "one\n  more\ntwo"}"#),
            ("a: |2\n    indented\n  base\n", #"{"a": "  indented\nbase\n"}"#),
            ("a: |-2\n    x\n", #"{"a": "  x"}"#),
            ("- |\n  in a list\n- b\n", #"["in a list\n", "b"]"#),
            ("a: |\n  keeps # this\n  {{and this}}\n", #"{"a": "keeps # this\n{{and this}}\n"}"#),
            // Documents, anchors, aliases, tags.
            ("---\na: 1\n...\n", #"{"a": 1}"#),
            ("%YAML 1.2\n---\n- x\n", #"["x"]"#),
            ("base: &b {x: 1}\nuse: *b\n", #"{"base": {"x": 1}, "use": {"x": 1}}"#),
            ("- &a one\n- *a\n", #"["one", "one"]"#),
            ("a: !!str 123\nb: !!int \"7\"\nc: !!float 1\nd: !custom x\ne: ! 12\n", #"{"a": "123", "b": 7, "c": 1, "d": "x", "e": "12"}"#),
            ("a: !<tag:yaml.org,2002:str> true\n", #"{"a": "true"}"#),
            // The YAML 1.2 core schema: YAML 1.1's words stay text, octal and hexadecimal are numbers.
            ("[on, off, yes, no, y, n, True, FALSE, ~, null, Null, '']", #"["on", "off", "yes", "no", "y", "n", true, false, null, null, null, ""]"#),
            ("[0o17, 0x1F, 017, -12, +3, 1.5, .5, 1e3, -.inf, 1_000, 12:30]", #"[15, 31, 17, -12, 3, 1.5, 0.5, 1000, "-.inf", "1_000", "12:30"]"#),
            ("['1', \"2\", 3]", #"["1", "2", 3]"#),
            ("", "null"),
            ("# only a comment\n", "null"),
            ("\u{FEFF}a: b\r\nc: d\r\n", #"{"a": "b", "c": "d"}"#),
        ] as [(String, String)])
    func constructs(yaml: String, expected: String) throws {
        let value = try YAMLParser.parse(yaml)
        var wanted = try Self.json(expected)
        if yaml.hasPrefix("[0o17") {
            // -.inf is a number, which JSON cannot write: compare it apart.
            guard case .array(var items) = wanted else { return }
            items[8] = .number(-.infinity)
            wanted = .array(items)
        }
        #expect(value == wanted)
    }

    @Test(
        "errors say what is wrong, at the right line and column",
        arguments: [
            ("url: {{baseUrl}}/users\n", 1, 6, "an unquoted value starting with `{{` is read as a YAML flow mapping, not text: quote it, '{{baseUrl}}/users'"),
            ("headers:\n  X-Trace: {{prefix}}-1\n", 2, 12, "quote it, '{{prefix}}-1'"),
            ("a: b: c\n", 1, 5, "unexpected ':' in a value"),
            ("a: 'open\n", 1, 4, "a single-quoted value is not closed"),
            ("a: \"open\n", 1, 4, "a double-quoted value is not closed"),
            ("a:\n  b: 1\n    c: 2\n", 3, 6, "is this line indented too far?"),
            ("a:\n  b: \"1\"\n    c: 2\n", 3, 5, "bad indentation"),
            ("a: 1\na: 2\n", 2, 1, "duplicate key \"a\" (first at 1:1)"),
            ("a: [1, 2\n", 1, 4, "a list written [ … ] is not closed"),
            ("a: {x: 1\n", 1, 4, "a mapping written { … } is not closed"),
            ("a: *nothing\n", 1, 4, "unknown alias *nothing"),
            ("a: \"bad \\q\"\n", 1, 9, "unknown escape \\q"),
            ("a:\n\tb: 1\n", 2, 1, "a tab indents this line"),
            ("a: @x\n", 1, 4, "reserved"),
            ("- a\nb: c\n", 2, 1, "unexpected text at this indentation"),
            ("a: |x\n", 1, 5, "unexpected text after '|'"),
            ("key: - a\n", 1, 6, "a list cannot start on the same line as its key"),
            ("a: 1\n---\nb: 2\n", 3, 1, "the file holds 2 documents"),
            ("just text\nb: c\n", 2, 2, "unexpected ':'"),
        ] as [(String, Int, Int, String)])
    func errors(yaml: String, line: Int, column: Int, message: String) {
        do {
            _ = try YAMLParser.parse(yaml)
            Issue.record("no error for \(yaml.debugDescription)")
        } catch let error as YAMLError {
            #expect(error.location.line == line && error.location.column == column, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        } catch {
            Issue.record("not a YAMLError: \(error)")
        }
    }

    @Test("columns count characters, not bytes")
    func columnsInCharacters() throws {
        #expect(throws: YAMLError.syntax(message: "unknown alias *x: no anchor &x comes before it", location: YAMLLocation(line: 1, column: 8, offset: 9))) {
            try YAMLParser.parse("é: [é, *x]")
        }
    }

    @Test("nesting past the depth limit is an error, not a stack overflow", arguments: [true, false])
    func depthLimit(flow: Bool) throws {
        let depth = flow ? 10_000 : 1_000
        let text = flow
            ? String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            : (0..<depth).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        #expect {
            try YAMLParser.parse(text)
        } throws: { error in
            guard case .limit(let message, _) = error as? YAMLError else { return false }
            return message.contains("deeper than 200 levels")
        }
        let fits = String(repeating: "[", count: 150) + String(repeating: "]", count: 150)
        #expect(throws: Never.self) { try YAMLParser.parse(fits) }
    }

    @Test("a billion laughs stops at the alias budget")
    func billionLaughs() throws {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        #expect {
            try YAMLParser.parse(text)
        } throws: { error in
            guard case .limit(let message, _) = error as? YAMLError else { return false }
            return message.contains("billion laughs")
        }
        // Aliases that nest an anchor in itself a few times over stay within the depth limit too.
        var deep = "a0: &a0 [x]\n"
        for index in 1..<300 { deep += "a\(index): &a\(index) [*a\(index - 1)]\n" }
        #expect(throws: YAMLError.self) { try YAMLParser.parse(deep) }
    }

    @Test("documents larger than the limit are refused before parsing")
    func sizeLimit() {
        #expect {
            try YAMLParser.parse("a: 12345678901234567890", limits: YAMLLimits(maximumBytes: 10))
        } throws: { error in
            guard case .limit(let message, let location) = error as? YAMLError else { return false }
            return message.contains("more than the 10") && location.line == 1
        }
    }

    @Test(
        "the writer's output reads back to the same value",
        arguments: [
            "plain", "", " leading", "trailing ", "true", "123", "0o17", "{{baseUrl}}/users", "a: b", "a #b", "#x", "- x",
            "it's", "multi\nline\n", "multi\nline", "keep\n\n\n", "\tindented\nsecond", "line\r\nbreak", "bell\u{7}", "é ü 日本",
            "---", "...", "null", "~", "on", "yes", "@x", "%x", "x:", "  \n  ", "a\n  \nb", "foo:\tbar",
        ])
    func writerRoundTrip(text: String) throws {
        var object = JSONObject()
        object["key"] = .string(text)
        object["list"] = [.string(text), .object(JSONObject([("nested", .string(text))]))]
        object[text.isEmpty ? "empty" : text] = 1
        let value = JSONValue.object(object)
        let yaml = YAMLWriter.document(value)
        #expect(try YAMLParser.parse(yaml) == value, "\(yaml)")
    }

    @Test("the writer keeps numbers, Booleans, null and empty collections")
    func writerValues() throws {
        let value: JSONValue = ["n": 1.5, "i": 1000, "t": true, "z": nil, "o": [:], "a": [], "deep": [[1, [2]], ["k": ["v"]]]]
        #expect(try YAMLParser.parse(YAMLWriter.document(value)) == value)
        #expect(YAMLWriter.document(["url": "{{baseUrl}}/x", "order": 1000]) == "url: '{{baseUrl}}/x'\norder: 1000\n")
    }
}

/// A small, bounded sample of the fuzz campaign (`postie-fuzz yaml 100000` runs the long one).
@Test("2,000 mutated YAML documents parse or fail cleanly, and what parses is written back the same")
func yamlFuzzSample() {
    let suite = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/yaml-test-suite.json").path
    let seeds = YAMLFuzzCampaign.loadSeeds(suiteFile: suite, directories: [])
    #expect(seeds.count > 300)
    let summary = YAMLFuzzCampaign(seeds: seeds).run(count: 2_000, seed: 2026)
    #expect(summary.documents == 2_000)
    #expect(summary.parsed > 0 && summary.syntaxErrors > 0)
    #expect(summary.writerMismatches == 0)
}
