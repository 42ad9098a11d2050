import Foundation
import PostieJSON
import PostieScript
import Testing

@testable import PostieSandbox

/// Chai's table (Fixtures/chai-cases.json): each snippet with the outcome Chai 4.4.1 and
/// chai-postman 2.0.1 give for it in Node — "pass", or the exact message and name of the error.
/// One script per group runs every snippet of the group against the embedded chai.js and
/// chai-postman.js; groups that change the library ("plugin", "should") load it afresh per snippet.
@Suite("Chai cases against Chai 4.4.1")
struct ChaiCaseTests {
    struct Case: Sendable {
        let snippet: String
        let expected: String
        let error: String?
        let postman: Bool
    }

    struct Group: Sendable, CustomTestStringConvertible {
        let name: String
        let cases: [Case]
        var testDescription: String { name }
    }

    static let table: (prelude: String, groups: [Group]) = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/chai-cases.json")
        guard let data = try? Data(contentsOf: url), let json = try? JSONParser.parse(data), let list = json["cases"]?.arrayValue
        else { return ("", []) }
        var order: [String] = []
        var byGroup: [String: [Case]] = [:]
        for entry in list {
            let group = entry["group"]?.stringValue ?? "?"
            if byGroup[group] == nil { order.append(group) }
            byGroup[group, default: []].append(Case(
                snippet: entry["snippet"]?.stringValue ?? "", expected: entry["expected"]?.stringValue ?? "",
                error: entry["error"]?.stringValue, postman: entry["postman"]?.boolValue ?? false))
        }
        return (json["postmanPrelude"]?.stringValue ?? "", order.map { Group(name: $0, cases: byGroup[$0] ?? []) })
    }()

    static let thread = ScriptThread()

    @Test func theTableIsThere() {
        #expect(Self.table.groups.reduce(0) { $0 + $1.cases.count } >= 2500)
    }

    /// `inspect` of a string skips its escaping loop when no character needs an escape: every code unit
    /// shows as the loop (Chai's rule, kept here) shows it, alone and past the truncation limit.
    @Test func stringsShowAsTheEscapingLoopShowsThem() {
        let sandbox = PostmanSandbox(options: PostmanSandbox.Options(timersWaitInRealTime: false, environment: ["TZ": "UTC"]))
        let script = #"""
            var chai = require('chai');
            function needsEscape(c) {
              return c === 0x27 || c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0xad || (c >= 0x600 && c <= 0x604) ||
                c === 0x70f || c === 0x17b4 || c === 0x17b5 || (c >= 0x200c && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) ||
                (c >= 0x2060 && c <= 0x206f) || c === 0xfeff || c >= 0xfff0;
            }
            var differ = [];
            for (var c = 0; c < 0x10000; c += (c < 0x2100 || c > 0xfe00 ? 1 : 61)) {
              var ch = String.fromCharCode(c), text = 'ab' + ch + 'c', shown = chai.util.inspect(text);
              var escaped = needsEscape(c), plain = "'" + text + "'";
              if (escaped ? shown === plain || shown.indexOf('\\') === -1 : shown !== plain) differ.push(c.toString(16));
            }
            var long = new Array(60).join('x') + '\u0001';
            if (chai.util.inspect(long) !== "'" + new Array(38).join('x') + "\u2026'") differ.push('long');
            pm.test('strings', function () { pm.expect(differ.join(' ')).to.equal(''); });
            """#
        let (collected, _, error) = sandbox.runCase(
            context: RealmReuseTests.context("test"), script: script, event: RealmReuseTests.event(.test), responses: [], cookies: [])
        #expect(error == nil)
        let lines = (collected?["assertions"]?.arrayValue ?? []).map { "\($0["name"]?.stringValue ?? "?") \($0["passed"]?.boolValue == true) \($0["error"]?["message"]?.stringValue ?? "")" }
        #expect(lines == ["strings true "])
    }

    @Test(arguments: table.groups)
    func behavesAsChai(_ group: Group) throws {
        let fresh = group.name == "plugin" || group.name == "should"
        let outcomes = try Self.run(group.cases, freshLibraryPerCase: fresh)
        try #require(outcomes.count == group.cases.count, "the script reported \(outcomes.count) of \(group.cases.count) outcomes")
        for (testCase, outcome) in zip(group.cases, outcomes) {
            let wanted = testCase.error.map { "\($0): \(testCase.expected)" } ?? testCase.expected
            #expect(outcome == wanted, "\(testCase.snippet)")
        }
    }

    /// Runs the snippets in one realm and gives, for each, "pass" or "Name: message".
    static func run(_ cases: [Case], freshLibraryPerCase: Bool) throws -> [String] {
        guard let chai = SandboxLibraries.source(named: "chai"), let plugin = SandboxLibraries.source(named: "chai-postman") else {
            Issue.record("chai.js or chai-postman.js is not embedded")
            return []
        }
        let snippets = cases.map { JSONValue.array([.string($0.snippet), .bool($0.postman)]) }
        let source = """
            function noRequire() { throw new Error('require is not available'); }
            \(miniValidator)
            function load() {
              var chaiModule = { exports: {} };
              (function (module, exports, require) {
            \(chai)
              })(chaiModule, chaiModule.exports, noRequire);
              var pluginModule = { exports: {} };
              (function (module, exports, require) {
            \(plugin)
              })(pluginModule, pluginModule.exports, noRequire);
              pluginModule.exports.jsonSchemaValidator = function (schema, data) {
                var errors = miniValidate(schema, data);
                return { valid: errors.length === 0, errors: errors };
              };
              chaiModule.exports.use(pluginModule.exports);
              return chaiModule.exports;
            }
            var prelude = \(JSONWriter.quote(table.prelude));
            var snippets = \(JSONWriter.compact(.array(snippets)));
            var shared = null;
            var outcomes = snippets.map(function (entry) {
              var chai = \(freshLibraryPerCase ? "load()" : "shared || (shared = load())");
              try {
                var body = (entry[1] ? prelude + '\\n' : '') + entry[0];
                new Function('chai', 'expect', 'assert', body)(chai, chai.expect, chai.assert);
                return 'pass';
              } catch (error) {
                return String(error && error.name) + ': ' + String(error && error.message);
              }
            });
            console.log(JSON.stringify(outcomes));
            """
        var printed: [String] = []
        let failure: ScriptFailure? = thread.perform {
            let runtime = ScriptRuntime(limits: ScriptLimits(), environment: ["TZ": "UTC"])
            runtime.console = ConsoleSink { _, text in printed.append(text) }
            let realm = runtime.makeRealm()
            defer { realm.tearDown() }
            do throws(ScriptFailure) {
                try runtime.run(try runtime.compile(source, name: "chai-cases.js"), in: realm)
                return nil
            } catch {
                return error
            }
        }
        if let failure { Issue.record("the script failed: \(failure)") }
        guard let line = printed.last, let json = try? JSONParser.parse(Data(line.utf8)), let list = json.arrayValue else { return [] }
        return list.map { $0.stringValue ?? "?" }
    }

    /// The JSON Schema validator the table was made with: type, required, properties and items, with
    /// Ajv 6's wording.
    static let miniValidator = """
        function isIdentifierText(key) { return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key); }
        function miniValidate(schema, data, dataPath, errors) {
          dataPath = dataPath || '';
          errors = errors || [];
          var typeOf = function (v) {
            return v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v === 'number' && Math.floor(v) === v && isFinite(v)) ? 'integer' : typeof v;
          };
          if (schema.type) {
            var t = typeOf(data);
            if (!(schema.type === t || (schema.type === 'number' && t === 'integer'))) errors.push({ keyword: 'type', dataPath: dataPath, message: 'should be ' + schema.type });
          }
          if (schema.required && data && typeof data === 'object') {
            schema.required.forEach(function (key) {
              if (!(key in data)) errors.push({ keyword: 'required', dataPath: dataPath, message: "should have required property '" + key + "'" });
            });
          }
          if (schema.properties && data && typeof data === 'object') {
            Object.keys(schema.properties).forEach(function (key) {
              if (key in data) miniValidate(schema.properties[key], data[key], dataPath + (isIdentifierText(key) ? '.' + key : "['" + key + "']"), errors);
            });
          }
          if (schema.items && Array.isArray(data)) data.forEach(function (item, i) { miniValidate(schema.items, item, dataPath + '[' + i + ']', errors); });
          return errors;
        }
        """
}
