import Foundation
import PostieCore
import PostieJSON
import Testing

@testable import PostieSandbox

/// Scripts share a realm (the bootstrap and the libraries are made once for many scripts): what one
/// script does to the globals, to `pm` or to a built-in object must not reach the next one, which sees
/// what a fresh realm would give it.
@Suite("Scripts sharing a realm")
struct RealmReuseTests {
    static func context(_ event: String, body: String = #"{"items":[1,2,3],"name":"x"}"#, legacy: Bool = true) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("eventName", .string(event)),
            ("info", ["eventName": .string(event), "iteration": 0, "iterationCount": 1, "requestName": "R", "requestId": "r"]),
            ("location", ["R"]), ("locationCurrent", "R"),
            ("scopes", ["globals": [], "environment": [], "collectionVariables": [], "iterationData": [], "local": []]),
            ("request", ["url": "http://127.0.0.1/r", "method": "GET", "header": []]),
        ]
        if event == "test" {
            members.append((
                "response",
                [
                    "code": 200, "status": "OK", "header": [["key": "Content-Type", "value": "application/json"]], "body": .string(body),
                    "bodyIsBase64": false, "responseTime": 3, "responseSize": .number(Double(body.utf8.count)), "cookies": [],
                ]
            ))
        }
        if !legacy { members.append(("disableLegacy", true)) }
        return .object(JSONObject(members))
    }

    static func event(_ kind: ScriptEventKind) -> ScriptEventInput {
        ScriptEventInput(
            kind: kind, scripts: [], requestName: "R", requestID: "r", location: ["R"], iteration: 0, iterationCount: 1,
            variables: VariableContext(), localVariables: VariableScope(.run), environmentName: nil, request: .null, response: nil)
    }

    /// Runs the scripts in order in one sandbox: for each, its assertions as "name: passed" or
    /// "name: failed (message)", and the error that ended it.
    static func run(_ scripts: [(event: String, source: String)], legacy: Bool = true) -> (results: [[String]], realms: Int) {
        let sandbox = PostmanSandbox(options: PostmanSandbox.Options(timersWaitInRealTime: false, environment: ["TZ": "UTC"]))
        var results: [[String]] = []
        for script in scripts {
            let (collected, _, error) = sandbox.runCase(
                context: context(script.event, legacy: legacy), script: script.source,
                event: event(script.event == "test" ? .test : .prerequest), responses: [], cookies: [])
            var lines = (collected?["assertions"]?.arrayValue ?? []).map { entry in
                let name = entry["name"]?.stringValue ?? "?"
                if entry["passed"]?.boolValue == true { return "\(name): passed" }
                return "\(name): failed (\(entry["error"]?["message"]?.stringValue ?? ""))"
            }
            if let error { lines.append("error \(error.name): \(error.message)") }
            results.append(lines)
        }
        return (results, sandbox.realmsMade())
    }

    /// What the second script checks: the globals a fresh realm gives a test script.
    static let freshGlobals = """
        pm.test('pm is fresh', function () {
          if (typeof pm.test !== 'function' || typeof pm.expect !== 'function' || pm.marked !== undefined) throw new Error('pm');
          if (typeof pm.test.skip !== 'function' || typeof pm.response.json !== 'function') throw new Error('pm members');
        });
        pm.test('legacy globals are fresh', function () {
          if (JSON.stringify(tests) !== '{}' || typeof postman.setNextRequest !== 'function') throw new Error('tests ' + typeof tests);
          if (typeof responseBody !== 'string' || responseCode.code !== 200) throw new Error('response globals');
        });
        pm.test('JSON works', function () { if (JSON.parse('[1]')[0] !== 1 || JSON.stringify({ a: 1 }) !== '{"a":1}') throw new Error('JSON'); });
        pm.test('require works', function () { if (typeof require('lodash').map !== 'function') throw new Error('require'); });
        pm.test('atob and crypto work', function () {
          if (atob('aGk=') !== 'hi' || btoa('hi') !== 'aGk=' || typeof crypto.randomUUID !== 'function') throw new Error('atob');
        });
        pm.test('no leftovers', function () {
          var names = ['declared', 'declaredFunction', 'implicit', 'assigned', 'frozenOne'];
          names.forEach(function (name) { if (name in globalThis) throw new Error(name + ' is still there'); });
          if (typeof declared !== 'undefined') throw new Error('declared');
        });
        pm.test('built-ins are fresh', function () {
          if ([1, 2].map(function (x) { return x * 2; })[1] !== 4) throw new Error('map');
          if ('abc'.has('b') !== true || Math.leak !== undefined || Object.prototype.leak !== undefined) throw new Error('prototypes');
        });
        """

    static let allFresh = [
        "pm is fresh: passed", "legacy globals are fresh: passed", "JSON works: passed", "require works: passed",
        "atob and crypto work: passed", "no leftovers: passed", "built-ins are fresh: passed",
    ]

    @Test func globalsAScriptAddsAreGone() {
        let (results, realms) = Self.run([
            ("test", """
                var declared = pm.response.json();
                function declaredFunction () {}
                implicit = 1;
                globalThis.assigned = 2;
                Object.defineProperty(globalThis, 'frozenOne', { value: 3, configurable: false });
                """),
            ("test", Self.freshGlobals),
        ])
        #expect(results[1] == Self.allFresh)
        // Declared globals are taken away without replacing the realm.
        #expect(realms == 1)
    }

    @Test func sandboxGlobalsAScriptReplacesAreRestored() {
        let (results, _) = Self.run([
            ("test", """
                pm.marked = true;
                pm.test.skip = null;
                tests = 5;
                JSON = { parse: null };
                require = null;
                atob = null;
                btoa('x');
                crypto = 1;
                postman = null;
                Object.defineProperty(globalThis, 'responseBody', { value: 'replaced', configurable: true });
                """),
            ("test", Self.freshGlobals),
        ])
        #expect(results[1] == Self.allFresh)
    }

    @Test func deletedGlobalsComeBack() {
        let (results, _) = Self.run([
            ("test", "delete globalThis.pm; delete globalThis.tests; delete globalThis.JSON; delete globalThis.require;"),
            ("test", Self.freshGlobals),
        ])
        #expect(results[1] == Self.allFresh)
    }

    @Test func changedBuiltinObjectsDoNotLeak() {
        let (results, realms) = Self.run([
            ("test", "Array.prototype.map = function () { return []; }; String.prototype.has = null; Math.leak = 1; Object.prototype.leak = 1;"),
            ("test", Self.freshGlobals),
            ("test", "JSON.parse = null; Object.getPrototypeOf(pm).expect = null;"),
            ("test", Self.freshGlobals),
        ])
        #expect(results[1] == Self.allFresh)
        #expect(results[3] == Self.allFresh)
        // The first script changed built-in objects: the second ran in a new realm; the third's changes
        // were to its own objects.
        #expect(realms == 2)
    }

    @Test func eachEventGetsItsOwnGlobals() {
        let prerequest = """
            pm.test('no response globals', function () {
              ['responseBody', 'responseCode', 'responseHeaders', 'responseTime', 'responseCookies'].forEach(function (name) {
                if (name in globalThis) throw new Error(name);
              });
              if (pm.response !== undefined) throw new Error('pm.response');
            });
            """
        let (results, realms) = Self.run([
            ("prerequest", prerequest), ("test", Self.freshGlobals), ("prerequest", prerequest), ("test", Self.freshGlobals),
        ])
        #expect(results == [["no response globals: passed"], Self.allFresh, ["no response globals: passed"], Self.allFresh])
        #expect(realms == 1)
    }

    @Test func scriptsWithoutLegacyGlobalsDoNotSeeThem() {
        let sandbox = PostmanSandbox(options: PostmanSandbox.Options(timersWaitInRealTime: false, environment: ["TZ": "UTC"]))
        let check = """
            pm.test('legacy', function () {
              if (typeof tests !== 'undefined' || 'postman' in globalThis || JSON.parse('{"a":1}').a !== 1) throw new Error('legacy globals');
            });
            """
        var lines: [String] = []
        for (index, legacy) in [true, false, true, false].enumerated() {
            let (collected, _, _) = sandbox.runCase(
                context: Self.context("test", legacy: legacy), script: legacy ? "tests['t\(index)'] = true;" : check,
                event: Self.event(.test), responses: [], cookies: [])
            for entry in collected?["assertions"]?.arrayValue ?? [] {
                lines.append("\(entry["name"]?.stringValue ?? "?"): \(entry["passed"]?.boolValue == true)")
            }
        }
        #expect(lines == ["t0: true", "legacy: true", "t2: true", "legacy: true"])
    }

    @Test func theBodyParsedForChecksIsNotTheScriptsValue() {
        let (results, _) = Self.run([
            ("test", """
                pm.test('json', function () { pm.response.to.be.json; });
                var first = pm.response.json();
                first.items.push(4);
                first.name = 'changed';
                var second = pm.response.json();
                pm.test('a new value each call', function () {
                  if (first === second || second.items.length !== 3 || second.name !== 'x') throw new Error('shared');
                });
                pm.test('checks see the body', function () { pm.response.to.have.jsonBody('name', 'x'); });
                var third = pm.response.json();
                third.name = 'changed too';
                pm.test('checks after a change', function () {
                  pm.response.to.have.jsonBody('name', 'x');
                  pm.expect(pm.response.json().items).to.have.lengthOf(3);
                });
                """),
        ])
        #expect(results[0] == ["json: passed", "a new value each call: passed", "checks see the body: passed", "checks after a change: passed"])
    }

    @Test func manyScriptsShareRealms() {
        let script = "var body = pm.response.json(); pm.test('items', function () { pm.expect(body.items).to.have.lengthOf(3); });"
        let (results, realms) = Self.run(Array(repeating: ("test", script), count: SandboxEngine.scriptsPerRealm + 6))
        #expect(results.allSatisfy { $0 == ["items: passed"] })
        // A realm serves `scriptsPerRealm` scripts.
        #expect(realms == 2)
    }

    @Test func chainWordsDoNotKeepTestedValuesAlive() {
        let sandbox = PostmanSandbox(options: PostmanSandbox.Options(timersWaitInRealTime: false, environment: ["TZ": "UTC"]))
        let body = "[" + (0..<100).map { #"{"id":\#($0),"tags":["a","b"]}"# }.joined(separator: ",") + "]"
        let script = """
            var items = pm.response.json();
            pm.test('length', function () { pm.expect(items).to.have.lengthOf(100); });
            pm.test('include', function () { pm.expect(items[0]).to.include({ id: 0 }); pm.expect(items[1].tags).to.include('b'); });
            pm.test('chained', function () { pm.expect(items).to.have.lengthOf(100).and.to.be.an('array'); });
            pm.test('json', function () { pm.response.to.be.json; });
            """
        var cells: [Int] = []
        for _ in 0..<12 {
            let (collected, _, error) = sandbox.runCase(
                context: Self.context("test", body: body), script: script, event: Self.event(.test), responses: [], cookies: [])
            #expect(error == nil)
            let passed = (collected?["assertions"]?.arrayValue ?? []).filter { $0["passed"]?.boolValue == true }.count
            #expect(passed == 4)
            cells.append(sandbox.liveCells())
        }
        // The body's 200 objects are freed after each script, not kept until the realm is replaced.
        #expect(cells[11] - cells[1] < 10 * 100, "live cells \(cells)")
        #expect(sandbox.realmsMade() == 1)
    }

    @Test func chainWordsBehaveAlikeInLaterScripts() {
        let script = """
            pm.test('fails', function () { pm.expect([1, 2]).to.have.lengthOf(3); });
            pm.test('fails too', function () { pm.expect({ a: 1 }).to.include({ a: 2 }); });
            pm.test('passes', function () { var chain = pm.expect([1, 2]).to.include(2); chain.and.have.lengthOf(2); pm.expect([1]).to.not.include(3); });
            """
        let (results, realms) = Self.run(Array(repeating: ("test", script), count: 3))
        #expect(results[0].count == 3 && results[0][0].hasPrefix("fails: failed (expected [ 1, 2 ] to have a length of 3"))
        #expect(results[0].last == "passes: passed")
        // Later scripts in the realm (after the first one's chains were let go) fail and pass alike.
        #expect(results[1] == results[0] && results[2] == results[0])
        #expect(realms == 1)
    }

    @Test func cyclicGarbageReplacesTheRealm() {
        let (results, realms) = Self.run([
            ("test", "pm.test('a', function () {});"),
            ("test", "for (var i = 0; i < \(SandboxEngine.garbageCellsPerRealm + 100); i++) { var cycle = {}; cycle.self = cycle; }"),
            ("test", Self.freshGlobals),
        ])
        #expect(results[2] == Self.allFresh)
        // The second script left more cyclic garbage than a realm keeps: the third ran in a new realm.
        #expect(realms == 2)
    }

    @Test func sdkIdentifiersAreRandomVersion4UUIDs() {
        let (results, _) = Self.run([
            ("test", """
                var sdk = require('postman-collection'), ids = [], seen = {}, variants = {};
                for (var i = 0; i < 400; i++) ids.push(new sdk.Response({ code: 200 }).id, new sdk.VariableScope({ values: [] }).id);
                ids.push(pm.response.id);
                var wellFormed = ids.every(function (id) { return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id); });
                ids.forEach(function (id) { seen[id] = true; variants[id.charAt(19)] = true; });
                pm.test('uuids', function () {
                  pm.expect(wellFormed).to.equal(true);
                  pm.expect(Object.keys(seen)).to.have.lengthOf(801);
                  pm.expect(Object.keys(variants).sort().join('')).to.equal('89ab');
                });
                """),
        ])
        #expect(results == [["uuids: passed"]])
    }

    @Test func eachEventGetsItsOwnResponseBody() {
        let sandbox = PostmanSandbox(options: PostmanSandbox.Options(timersWaitInRealTime: false, environment: ["TZ": "UTC"]))
        let script = "pm.test(pm.response.text(), function () { pm.expect(pm.response.json().n).to.be.a('number'); });"
        var names: [String] = []
        for body in [#"{"n":1}"#, #"{"n":1}"#, #"{"n":2,"é":"ü"}"#, #"{"n":1}"#] {
            let bytes = Data(body.utf8)
            let response = ScriptResponse(
                status: 200, reason: "OK", headers: [("Content-Type", "application/json")], body: bytes, durationMilliseconds: 1, size: bytes.count)
            let event = ScriptEventInput(
                kind: .test, scripts: [ScriptSource(level: .request, ownerName: "R", source: script)], requestName: "R", requestID: "r",
                location: ["R"], iteration: 0, iterationCount: 1, variables: VariableContext(), localVariables: VariableScope(.run),
                environmentName: nil, request: .null, response: response)
            let outcome = sandbox.run(event)
            #expect(outcome.errors.isEmpty)
            names += outcome.assertions.map { "\($0.name) \($0.passed)" }
        }
        #expect(names == [#"{"n":1} true"#, #"{"n":1} true"#, #"{"n":2,"é":"ü"} true"#, #"{"n":1} true"#])
    }
}
