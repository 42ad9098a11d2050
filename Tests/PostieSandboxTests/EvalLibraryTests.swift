import Foundation
import PostieCore
import PostieJSON
import Testing

@testable import PostieSandbox

/// Collections keep whole libraries in a variable and `eval` them in a pre-request script. Our own
/// lodash (2,700 lines) and moment (1,500 lines), kept in the environment as text, are evaluated that
/// way and answer as the real libraries do.
@Suite("A library-sized script through eval")
struct EvalLibraryTests {
    static func run(library: String, script: String) throws -> [String] {
        let source = try #require(EmbeddedLibraries.sources[library])
        let first = try #require(SandboxCaseTests.cases.first)
        var context = try #require(first.json["context"]?.objectValue)
        var scopes = try #require(context["scopes"]?.objectValue)
        scopes["environment"] = .array([
            .object(JSONObject([("key", "librarySource"), ("value", .string(source)), ("type", "default"), ("enabled", true)])),
        ])
        context["scopes"] = .object(scopes)
        let (_, console, error) = SandboxCaseTests.sandbox.runCase(
            context: .object(context), script: script, event: SandboxCaseTests.event(first.json), responses: [], cookies: [])
        #expect(error == nil, "\(error?.description ?? "")")
        return console.map(\.text)
    }

    /// `module` and `exports` in the script's scope, so a direct eval of CommonJS code fills them.
    static let prelude = "var module = { exports: {} }, exports = module.exports;\neval(pm.environment.get('librarySource'));\n"

    @Test func lodashEvaluatedFromTheEnvironment() throws {
        let lines = try Self.run(library: "lodash", script: Self.prelude + """
            var _ = module.exports;
            console.log(JSON.stringify(_.chunk([1, 2, 3, 4, 5], 2)));
            console.log(JSON.stringify(_.groupBy(['one', 'two', 'three'], 'length')));
            console.log(_.kebabCase('Foo Bar_baz'), _.padStart('7', 3, '0'), _.sum(_.range(1, 101)));
            console.log(JSON.stringify(_.merge({ a: [{ b: 2 }] }, { a: [{ c: 3 }] })));
            """)
        #expect(lines == ["[[1,2],[3,4],[5]]", #"{"3":["one","two"],"5":["three"]}"#, "foo-bar-baz 007 5050", #"{"a":[{"b":2,"c":3}]}"#])
    }

    @Test func momentEvaluatedFromTheEnvironment() throws {
        let lines = try Self.run(library: "moment", script: Self.prelude + """
            var moment = module.exports;
            console.log(moment.utc('2017-01-01T10:10:10Z').format('MMMM Do YYYY, h:mm:ss a'));
            console.log(moment.utc('2020-02-28').add(1, 'day').format('YYYY-MM-DD'), moment.utc('2020-03-01').diff(moment.utc('2020-02-01'), 'days'));
            """)
        #expect(lines == ["January 1st 2017, 10:10:10 am", "2020-02-29 29"])
    }
}
