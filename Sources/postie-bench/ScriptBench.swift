import Foundation
import PostieCore
import PostieCLI
import PostieJSON
import PostieSandbox
import PostieScript

/// What scripts cost: JavaScript workloads on PostieScript beside Node (when installed), and one
/// collection test script through the whole sandbox (context in, `pm.test`s, results out).
enum ScriptBench {
    /// One JavaScript workload: a program that ends with `print` of a checksum (so nothing is optimised
    /// away, and so the engines can be checked against each other), written in ES5 so Duktape runs it too.
    struct Workload {
        var name: String
        var source: String
        /// How many requests' worth of work the program does, when its figure is reported per request.
        var requests: Int? = nil
    }

    /// The workloads of the issue's suite; the same source runs under Node, QuickJS and Duktape with
    /// `print` collecting what is printed.
    static let workloads: [Workload] = [
        Workload(name: "fib(25), calls", source: "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } print(fib(25));"),
        Workload(name: "loop, 3M additions", source: "var s = 0; for (var i = 0; i < 3000000; i++) { s = (s + i) | 0; } print(s);"),
        Workload(
            name: "objects, 200k property writes",
            source: "var o = []; for (var i = 0; i < 100000; i++) { o.push({ id: i, name: 'n' + i }); } var t = 0; for (var j = 0; j < o.length; j++) { t += o[j].id; } print(t);"),
        Workload(
            name: "property reads, 1M on 3 shapes",
            source: """
                function P(x, y) { this.x = x; this.y = y; } var ps = [new P(1, 2), { x: 3, y: 4, z: 5 }, { y: 6, x: 7 }];
                var t = 0; for (var i = 0; i < 1000000; i++) { var p = ps[i % 3]; t = (t + p.x * 3 + p.y) | 0; } print(t);
                """),
        Workload(
            name: "strings, 100k concatenations and splits",
            source: "var s = ''; for (var i = 0; i < 100000; i++) { s += String.fromCharCode(97 + i % 26); } print(s.split('a').length + s.toUpperCase().length);"),
        Workload(
            name: "string building, 100k parts joined",
            source: """
                var parts = []; for (var i = 0; i < 100000; i++) { parts.push('k' + i + '=' + (i * 3)); } var q = parts.join('&');
                var s = ''; for (var j = 0; j < 100000; j++) { s += j.toString(36) + ','; }
                print(q.length + s.length + q.charCodeAt(5000) + s.indexOf('zz,'));
                """),
        Workload(
            name: "JSON, 200 round trips of 10 KB",
            source: "var d = []; for (var i = 0; i < 100; i++) { d.push({ id: i, name: 'item ' + i, tags: ['a', 'b'], ok: true }); } var t = JSON.stringify(d), n = 0; for (var k = 0; k < 200; k++) { n += JSON.parse(t).length; t = JSON.stringify(JSON.parse(t)); } print(n + t.length);"),
        Workload(
            name: "JSON, parse + stringify of 1 MB ×3",
            source: """
                var d = []; for (var i = 0; i < 8000; i++) { d.push({ id: i, name: 'item ' + i, email: 'user' + i + '@example.com', tags: ['alpha', 'beta', 'gamma'], score: i / 4, active: i % 2 === 0, address: { city: 'City ' + (i % 100), zip: String(10000 + i) } }); }
                var t = JSON.stringify(d), n = t.length; for (var k = 0; k < 3; k++) { var p = JSON.parse(t); n += p.length + p[k].id; t = JSON.stringify(p); }
                print(n + t.length);
                """),
        Workload(
            name: "array sort, 100k numbers",
            source: """
                var a = [], x = 1; for (var i = 0; i < 100000; i++) { x = (x * 16807) % 2147483647; a.push(x); }
                a.sort(function (p, q) { return p - q; }); print(a[0] + a[50000] + a[99999]);
                """),
        Workload(
            name: "array sort, 100k objects by key",
            source: """
                var a = [], x = 7; for (var i = 0; i < 100000; i++) { x = (x * 16807) % 2147483647; a.push({ key: x, id: i }); }
                a.sort(function (p, q) { return p.key - q.key; }); print(a[0].id + a[50000].id * 3 + a[99999].id * 7);
                """),
        Workload(
            name: "array map/filter/reduce, 100k",
            source: "var a = []; for (var i = 0; i < 100000; i++) a.push(i); var r = a.map(function (x) { return x * 2; }).filter(function (x) { return x % 3 === 0; }).reduce(function (p, x) { return p + x; }, 0); print(r);"),
        Workload(
            name: "regex replace over 1 MB",
            source: """
                var parts = []; for (var i = 0; i < 50000; i++) { parts.push('id-' + i + ' name_' + (i % 97) + '; '); } var s = parts.join('');
                var r1 = s.replace(/id-(\\d+) (\\w+);/g, '$2=$1,'); var n = 0;
                var r2 = r1.replace(/name_(\\d+)/g, function (m, d) { n += d.length; return 'N' + d; });
                print(s.length + r1.length + r2.length + n + (r2.match(/N9\\d=/g) || []).length);
                """),
        Workload(
            name: "closures, 300k made and called",
            source: """
                function adder(k) { return function (x) { return x + k; }; }
                function counter() { var c = 0; return function () { c++; return c; }; }
                var s = 0, next = counter(); for (var i = 0; i < 300000; i++) { var f = adder(i); s = (s + f(1) + next()) | 0; } print(s);
                """),
        Workload(name: "Postman-shaped test script ×200", source: postmanShapedSource(requests: 200), requests: 200),
    ]

    /// A collection test script in plain JavaScript, as the sandbox would run it per request: the 10 KB
    /// JSON body parsed, five checks in `test` callbacks recording pass or fail, a variable set.
    static func postmanShapedSource(requests: Int) -> String {
        var items: [String] = []
        for index in 0..<100 { items.append(#"{"id":\#(index),"name":"item \#(index)","tags":["alpha","beta"],"ok":true,"score":\#(Double(index) / 4)}"#) }
        let body = #"{"count":100,"items":[\#(items.joined(separator: ","))]}"#
        let literal = "'" + body + "'"  // the body holds no quote or backslash
        return """
            var body = \(literal);
            var results, vars = {}, passed = 0;
            function test(name, fn) { try { fn(); results.push({ name: name, passed: true }); } catch (e) { results.push({ name: name, passed: false, error: String(e && e.message) }); } }
            function expect(ok, message) { if (!ok) { throw new Error(message); } }
            for (var run = 0; run < \(requests); run++) {
              results = [];
              var response = { code: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, text: body };
              var json = JSON.parse(response.text);
              test('status is 200', function () { expect(response.code === 200, 'status ' + response.code); });
              test('is JSON', function () { expect(/json/.test(response.headers['content-type']), 'not JSON'); });
              test('has 100 items', function () { expect(json.items.length === 100, 'items ' + json.items.length); });
              test('first item', function () { var first = json.items[0]; expect(first.id === 0 && first.ok === true, 'first item'); });
              test('names', function () { expect(json.items.map(function (item) { return item.name; }).indexOf('item 42') >= 0, 'no item 42'); });
              vars.lastId = json.items[99].id;
              for (var k = 0; k < results.length; k++) { if (results[k].passed) { passed++; } }
            }
            print(passed + ' ' + vars.lastId);
            """
    }

    /// What one engine measured for one workload: the median seconds and what the last round printed.
    struct EngineRun {
        var seconds: Double
        var printed: String
    }

    static func run(rounds: Int, sandboxOnly: Bool = false, scriptsOnly: Bool = false, only: String? = nil) {
        if sandboxOnly {
            sandboxCost(rounds: rounds)
            return
        }
        print("")
        print("scripts: JavaScript workloads (median of \(rounds); PostieScript in this process, the others timed inside their own interpreter)")
        let node = Bench.which("node")
        let python = Bench.which("python3")
        var ratios: [String: [Double]] = [:]
        var mismatches = 0
        for workload in workloads where only.map({ workload.name.localizedCaseInsensitiveContains($0) }) ?? true {
            var ours: [Double] = []
            var printed = ""
            for _ in 0..<rounds {
                let started = DispatchTime.now().uptimeNanoseconds
                printed = runOnEngine(workload.source)
                ours.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            }
            let oursSeconds = Bench.median(ours)
            let checksum = printed.trimmingCharacters(in: .whitespacesAndNewlines)
            var line = "  " + workload.name.padding(toLength: 40, withPad: " ", startingAt: 0)
                + String(format: " PostieScript %7.1f ms", oursSeconds * 1000)
            var others: [(engine: String, run: EngineRun?)] = []
            others.append(("node", node.flatMap { nodeRun($0, workload.source, rounds: rounds) }))
            others.append(("QuickJS", python.flatMap { pythonEngineRun($0, .quickJS, workload.source, rounds: rounds) }))
            others.append(("Duktape", python.flatMap { pythonEngineRun($0, .duktape, workload.source, rounds: rounds) }))
            var disagreements: [String] = []
            for (engine, run) in others {
                guard let run else { continue }
                line += String(format: " · %@ %6.1f ms (%.2f×)", engine as NSString, run.seconds * 1000, oursSeconds / run.seconds)
                if engine != "node" { ratios[engine, default: []].append(oursSeconds / run.seconds) }
                let theirs = run.printed.trimmingCharacters(in: .whitespacesAndNewlines)
                if theirs != checksum { disagreements.append("\(engine) printed [\(theirs.prefix(60))]") }
            }
            print(line + "  [\(checksum.prefix(24))]")
            if let requests = workload.requests {
                var perRequest = String(format: "    per request: PostieScript %.3f ms (goal: under 0.3 ms)", oursSeconds * 1000 / Double(requests))
                for (engine, run) in others { if let run { perRequest += String(format: " · %@ %.3f ms", engine as NSString, run.seconds * 1000 / Double(requests)) } }
                print(perRequest)
            }
            if !disagreements.isEmpty {
                mismatches += 1
                print("  !!! CHECKSUM MISMATCH in \(workload.name): PostieScript printed [\(checksum.prefix(60))], " + disagreements.joined(separator: ", "))
            }
        }
        for (engine, goal) in [("QuickJS", "within 2×"), ("Duktape", "ahead, under 1×")] {
            guard let values = ratios[engine], !values.isEmpty else {
                print("  \(engine): not installed (pip install \(engine == "QuickJS" ? "quickjs" : "dukpy")); skipped")
                continue
            }
            let geometricMean = exp(values.map { log($0) }.reduce(0, +) / Double(values.count))
            print(String(format: "  geometric mean, PostieScript / %@ over %d workloads: %.2f× (goal: %@)", engine as NSString, values.count, geometricMean, goal as NSString))
        }
        if mismatches > 0 { print("  !!! \(mismatches) workload(s) printed a different checksum on another engine (see above)") }
        realmCost()
        if !scriptsOnly { sandboxCost(rounds: rounds) }
    }

    /// A realm made and torn down, as the sandbox does when it replaces one.
    static func realmCost() {
        let count = 2000
        let seconds: Double = thread.perform {
            let runtime = ScriptRuntime()
            let started = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<count {
                let realm = runtime.makeRealm()
                realm.tearDown()
            }
            return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        }
        print(String(format: "  a realm made and torn down: %.1f µs (goal: under 20 µs)", seconds * 1e6 / Double(count)))
    }

    static let thread = ScriptThread()

    /// Runs `source` in a fresh realm (compile included, as a script run pays it) and returns what it printed.
    static func runOnEngine(_ source: String) -> String {
        thread.perform {
            var printed = ""
            let runtime = ScriptRuntime()
            runtime.console = ConsoleSink { _, text in printed += text + "\n" }
            let realm = runtime.makeRealm()
            defer { realm.tearDown() }
            realm.defineGlobalPrint()
            do throws(ScriptFailure) {
                // In a function, as the Node and QuickJS harnesses run it (and as a collection's script runs).
                try runtime.run(try runtime.compile("(function () {" + source + "\n})()", name: "bench.js"), in: realm)
            } catch {
                printed += "error: \(error)"
            }
            return printed
        }
    }

    /// Node's time for the workload alone (measured inside Node, so its start-up is not counted), and what
    /// its last round printed.
    static func nodeRun(_ node: String, _ source: String, rounds: Int) -> EngineRun? {
        let harness = """
            var printed = []; var print = function () { printed.push(Array.prototype.join.call(arguments, ' ')); }; var times = [];
            var source = require('fs').readFileSync(0, 'utf8'); var workload = new Function(source);
            for (var round = 0; round < \(rounds); round++) {
              printed = []; var t0 = process.hrtime.bigint(); workload(); times.push(Number(process.hrtime.bigint() - t0) / 1e9);
            }
            times.sort(function (a, b) { return a - b; });
            console.log(JSON.stringify({ seconds: times[Math.floor(times.length / 2)], printed: printed.join('\\n') }));
            """
        return runHarness(node, ["-e", harness], input: source)
    }

    /// The interpreters reached through python3's PyPI packages: interpreters like ours, so the fairer
    /// comparisons. Each round gets a fresh context, timed around the workload's evaluation alone.
    enum PythonEngine {
        case quickJS, duktape

        var program: String {
            switch self {
            case .quickJS:
                return """
                    import quickjs
                    def fresh():
                        context = quickjs.Context()
                        return context.eval
                    """
            case .duktape:
                return """
                    import dukpy
                    def fresh():
                        interpreter = dukpy.JSInterpreter()
                        return interpreter.evaljs
                    """
            }
        }
    }

    /// One engine's median time for `source` through python3 (nil when the package is not installed).
    static func pythonEngineRun(_ python: String, _ engine: PythonEngine, _ source: String, rounds: Int) -> EngineRun? {
        let program = """
            import sys, time, json
            try:
            \(engine.program.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
            except ImportError:
                sys.exit(3)
            source = sys.stdin.read()
            times = []
            printed = ""
            for _ in range(\(rounds)):
                evaluate = fresh()
                evaluate("var __printed = []; var print = function () { __printed.push(Array.prototype.join.call(arguments, ' ')); };")
                started = time.perf_counter()
                evaluate("(function () {" + source + "\\n})()")
                times.append(time.perf_counter() - started)
                printed = evaluate("__printed.join('\\\\n')")
            times.sort()
            print(json.dumps({"seconds": times[len(times) // 2], "printed": printed}))
            """
        return runHarness(python, ["-c", program], input: source)
    }

    /// Runs an engine's harness with the workload on standard input; it answers one JSON line.
    static func runHarness(_ executable: String, _ arguments: [String], input source: String) -> EngineRun? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(Data(source.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let answer = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let seconds = answer["seconds"] as? Double
        else { return nil }
        return EngineRun(seconds: seconds, printed: answer["printed"] as? String ?? "")
    }

    /// A test script with five `pm.test`s over a 10 KB JSON answer, through PostmanSandbox as a run
    /// calls it: the first script (realm, bootstrap, Chai), then the steady cost per script, beside
    /// smaller scripts on the same answer (what each step of the five-test script adds), in
    /// interleaved rounds. For instruction counts under callgrind, `POSTIE_BENCH_SANDBOX_STEP=N` runs
    /// only step N (1 to 4), `POSTIE_BENCH_SANDBOX_SOURCE` runs that script instead, and
    /// `POSTIE_BENCH_SANDBOX_COUNT` sets the scripts per round (0: the first script alone, whose count is
    /// then taken off).
    static func sandboxCost(rounds: Int) {
        let fiveTests = """
            pm.test("status is 200", function () { pm.response.to.have.status(200); });
            pm.test("is JSON", function () { pm.response.to.be.json; });
            var body = pm.response.json();
            pm.test("has 100 items", function () { pm.expect(body.items).to.have.lengthOf(100); });
            pm.test("first item", function () { pm.expect(body.items[0]).to.include({ id: 0, ok: true }); });
            pm.test("names", function () { pm.expect(body.items.map(function (i) { return i.name; })).to.include("item 42"); });
            pm.collectionVariables.set("lastId", body.items[99].id);
            """
        var ladder: [(name: String, source: String)] = [
            ("a trivial script (var x = 1)", "var x = 1;"),
            ("pm.response.json()", "var body = pm.response.json();"),
            ("one pm.test with to.have.status", #"pm.test("status is 200", function () { pm.response.to.have.status(200); });"#),
            ("five pm.tests (the script above)", fiveTests),
        ]
        let environment = ProcessInfo.processInfo.environment
        if let step = environment["POSTIE_BENCH_SANDBOX_STEP"].flatMap(Int.init), ladder.indices.contains(step - 1) {
            ladder = [ladder[step - 1]]
        }
        if let source = environment["POSTIE_BENCH_SANDBOX_SOURCE"] { ladder = [("the script in POSTIE_BENCH_SANDBOX_SOURCE", source)] }
        var items: [String] = []
        for index in 0..<100 { items.append(#"{"id":\#(index),"name":"item \#(index)","tags":["alpha","beta"],"ok":true,"score":\#(Double(index) / 3)}"#) }
        let body = Data(#"{"count":100,"items":[\#(items.joined(separator: ","))]}"#.utf8)
        let response = ScriptResponse(
            status: 200, reason: "OK", headers: [("Content-Type", "application/json; charset=utf-8")], body: body,
            durationMilliseconds: 12, size: body.count)
        let request: JSONValue = .object(JSONObject([
            ("url", .string("http://127.0.0.1:8080/items")), ("method", .string("GET")), ("header", .array([])),
        ]))
        func event(_ script: String) -> ScriptEventInput {
            ScriptEventInput(
                kind: .test, scripts: [ScriptSource(level: .request, ownerName: "Items", source: script)], requestName: "Items",
                requestID: "items", location: ["Items"], iteration: 0, iterationCount: 1, variables: VariableContext(),
                localVariables: VariableScope(.run), environmentName: nil, request: request, response: response)
        }
        let sandbox = PostmanSandbox(options: PostmanSandbox.Options(timersWaitInRealTime: false))
        let firstStarted = DispatchTime.now().uptimeNanoseconds
        let first = sandbox.run(event(fiveTests))
        let firstSeconds = Double(DispatchTime.now().uptimeNanoseconds - firstStarted) / 1e9
        let passed = first.assertions.filter(\.passed).count
        // A broken sandbox says why, rather than being timed.
        for error in first.errors { print("  error: \(error.name): \(error.message)") }
        for assertion in first.assertions where !assertion.passed { print("  failed: \(assertion.name): \(assertion.message ?? "")") }
        let count = environment["POSTIE_BENCH_SANDBOX_COUNT"].flatMap(Int.init).map { max(0, $0) } ?? 500
        var perScript = Array(repeating: [Double](), count: ladder.count)
        for _ in 0..<max(1, rounds) {
            for (index, step) in ladder.enumerated() {
                let started = DispatchTime.now().uptimeNanoseconds
                for _ in 0..<count { _ = sandbox.run(event(step.source)) }
                perScript[index].append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 / Double(count))
            }
        }
        print("scripts: a test script with 5 pm.tests on a 10 KB JSON answer, through the sandbox")
        print(String(format: "  first script (realm, bootstrap, Chai): %.1f ms · %d of 5 passed", firstSeconds * 1000, passed))
        for (index, step) in ladder.enumerated() {
            let median = count == 0 ? 0 : Bench.median(perScript[index]) * 1000
            let goal = step.source == fiveTests ? " (goal: 0.3 ms)" : ""
            print("  per script, " + step.name.padding(toLength: 34, withPad: " ", startingAt: 0)
                + String(format: " (median of %d × %d): %.3f ms", rounds, count, median) + goal)
        }
        print(String(format: "  resident after %d scripts: %.1f MB", count * rounds * ladder.count + 1, Bench.residentMegabytes()))
    }
}
