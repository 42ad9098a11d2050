import Foundation
import PostieCore
import PostieJSON
import Testing

@testable import PostieSandbox

/// The libraries' tables (Fixtures/libraries/<name>-cases.json): each script with what it prints when
/// its `require` gives the real npm library in Node (TZ=UTC, a fresh process per case). Every case runs
/// as a sandbox script, so `require` goes through the sandbox and the host to the embedded library.
@Suite("Library cases against the real npm libraries")
struct LibraryCaseTests {
    struct Case: Sendable {
        let name: String
        let script: String
        let expected: String
    }

    struct Table: Sendable, CustomTestStringConvertible {
        let name: String
        let cases: [Case]
        /// Why the file could not be read, when it could not.
        let problem: String?
        var testDescription: String { name }
    }

    /// Every table, with the fewest cases each must hold (so a truncated file is noticed).
    static let minimumCases: [String: Int] = [
        "buffer": 30, "cheerio": 20, "crypto-js": 60, "csv-parse": 24, "jsonschema": 64, "lodash": 67, "moment": 150,
        "url": 30, "util": 28, "uuid": 26, "webcrypto": 18, "xml2js": 37,
    ]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/libraries")

    static let tables: [Table] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let names = Set(files.filter { $0.hasSuffix("-cases.json") }.map { String($0.dropLast("-cases.json".count)) })
        return names.union(minimumCases.keys).sorted().map(load)
    }()

    static func load(_ name: String) -> Table {
        let url = directory.appendingPathComponent("\(name)-cases.json")
        guard let data = try? Data(contentsOf: url) else { return Table(name: name, cases: [], problem: "\(url.path) is missing") }
        guard let json = try? JSONParser.parse(data), let list = json.arrayValue else {
            return Table(name: name, cases: [], problem: "\(url.lastPathComponent) is not a JSON array")
        }
        var cases: [Case] = []
        for (index, entry) in list.enumerated() {
            guard let script = entry["script"]?.stringValue, let expected = entry["expected"]?.stringValue else {
                return Table(name: name, cases: [], problem: "\(url.lastPathComponent): case \(index) has no script or expected")
            }
            cases.append(Case(name: entry["name"]?.stringValue ?? "#\(index)", script: script, expected: expected))
        }
        return Table(name: name, cases: cases, problem: nil)
    }

    /// The tables' cases ran in a Node function `function (require) { … }`; they run the same way here.
    /// Two names are the sandbox's own rather than scripts': `lodash3` is the legacy `_` global, and
    /// `jsonschema` is the validator behind `to.have.jsonSchema` (Ajv with allErrors and no logger, as the
    /// table's Node side builds it). Every other name goes to the sandbox's `require`.
    /// Each case also changes a built-in object, so the sandbox replaces the realm after it: every case
    /// starts with freshly loaded libraries, as each had its own Node process.
    static func wrapped(_ script: String) -> String {
        """
        Object.defineProperty(Math, '__libraryCaseSpoilsRealm', { value: true });
        (function (require) {
        \(script)
        })((function (sandboxRequire) {
          return function (name) {
            if (name === 'lodash3') return _;
            if (name === 'jsonschema') return { jsonSchemaValidator: function (schema, data) {
              var Ajv = sandboxRequire('ajv'), ajv = new Ajv({ allErrors: true, logger: false }), valid = ajv.validate(schema, data);
              return { valid: valid, errors: ajv.errors };
            } };
            return sandboxRequire(name);
          };
        })(require));
        """
    }

    static let context: JSONValue = [
        "eventName": "test",
        "info": ["eventName": "test", "iteration": 0, "iterationCount": 1, "requestName": "Library case", "requestId": "library-case"],
        "location": ["Library case"],
        "locationCurrent": "Library case",
        "scopes": ["globals": [], "environment": [], "collectionVariables": [], "iterationData": [], "local": []],
    ]

    static let event = ScriptEventInput(
        kind: .test, scripts: [], requestName: "Library case", requestID: nil, location: [], iteration: 0, iterationCount: 1,
        variables: VariableContext(), localVariables: VariableScope(.run), environmentName: nil, request: .null, response: nil)

    @Test func everyTableIsThere() {
        for (name, minimum) in Self.minimumCases.sorted(by: { $0.key < $1.key }) {
            let table = Self.tables.first { $0.name == name }
            #expect((table?.cases.count ?? 0) >= minimum, "\(name)-cases.json has \(table?.cases.count ?? 0) cases, wanted \(minimum)")
        }
    }

    /// One table's cases in order, in one sandbox, each in a realm of its own.
    @Test(arguments: tables)
    func behavesAsTheRealLibrary(_ table: Table) {
        if let problem = table.problem {
            Issue.record("\(problem)")
            return
        }
        let sandbox = PostmanSandbox(options: PostmanSandbox.Options(timersWaitInRealTime: false, environment: ["TZ": "UTC"]))
        for testCase in table.cases {
            let (_, console, error) = sandbox.runCase(
                context: Self.context, script: Self.wrapped(testCase.script), event: Self.event, responses: [], cookies: [])
            // The table holds Node's stdout: console.log, info and debug; warn and error go to stderr.
            var lines = console.filter { $0.level != .warn && $0.level != .error }.map(\.text)
            // Node's side prints an exception that escapes the case this way (case-child.js).
            if let error { lines.append("THROWN \(error.name): \(error.message)") }
            let output = lines.joined(separator: "\n")
            #expect(output == testCase.expected, "\(table.name) › \(testCase.name)")
        }
    }
}
