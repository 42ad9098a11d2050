import Foundation
import PostieCore
import PostieCLI
import PostieJSON
import PostieSandbox
import PostieScript

/// What scripts cost: JavaScript workloads on PostieScript beside Node (when installed), and one
/// collection test script through the whole sandbox (context in, `pm.test`s, results out).
enum ScriptBench {
    /// Small programs of the kinds scripts run, each ending with `print` of a checksum so nothing is
    /// optimised away; the same source runs under Node with `print` mapped to console.log.
    static let workloads: [(name: String, source: String)] = [
        ("fib(25), calls", "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } print(fib(25));"),
        ("loop, 3M additions", "var s = 0; for (var i = 0; i < 3000000; i++) { s = (s + i) | 0; } print(s);"),
        ("objects, 200k property writes",
         "var o = []; for (var i = 0; i < 100000; i++) { o.push({ id: i, name: 'n' + i }); } var t = 0; for (var j = 0; j < o.length; j++) { t += o[j].id; } print(t);"),
        ("strings, 100k concatenations and splits",
         "var s = ''; for (var i = 0; i < 100000; i++) { s += String.fromCharCode(97 + i % 26); } print(s.split('a').length + s.toUpperCase().length);"),
        ("JSON, 200 round trips of 10 KB", "var d = []; for (var i = 0; i < 100; i++) { d.push({ id: i, name: 'item ' + i, tags: ['a', 'b'], ok: true }); } var t = JSON.stringify(d), n = 0; for (var k = 0; k < 200; k++) { n += JSON.parse(t).length; t = JSON.stringify(JSON.parse(t)); } print(n + t.length);"),
        ("closures and array methods",
         "var a = []; for (var i = 0; i < 100000; i++) a.push(i); var r = a.map(function (x) { return x * 2; }).filter(function (x) { return x % 3 === 0; }).reduce(function (p, x) { return p + x; }, 0); print(r);"),
    ]

    static func run(rounds: Int, sandboxOnly: Bool = false) {
        if sandboxOnly {
            sandboxCost(rounds: rounds)
            return
        }
        print("")
        print("scripts: JavaScript workloads (median of \(rounds); PostieScript in this process, Node in its own)")
        let node = Bench.which("node")
        var quickJSRatios: [Double] = []
        for workload in workloads {
            var ours: [Double] = []
            var printed = ""
            for _ in 0..<rounds {
                let started = DispatchTime.now().uptimeNanoseconds
                printed = runOnEngine(workload.source)
                ours.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            }
            var line = "  " + workload.name.padding(toLength: 40, withPad: " ", startingAt: 0)
                + String(format: " PostieScript %7.1f ms", Bench.median(ours) * 1000)
            if let node, let nodeSeconds = nodeTime(node, workload.source, rounds: rounds) {
                line += String(format: " · node %6.1f ms (%.1f×)", nodeSeconds * 1000, Bench.median(ours) / nodeSeconds)
            }
            if let quickjs = quickJSTime(workload.source, rounds: rounds) {
                line += String(format: " · QuickJS %6.1f ms (%.2f×)", quickjs * 1000, Bench.median(ours) / quickjs)
                quickJSRatios.append(Bench.median(ours) / quickjs)
            }
            print(line + "  [\(printed.trimmingCharacters(in: .whitespacesAndNewlines).prefix(24))]")
        }
        if !quickJSRatios.isEmpty {
            let geometricMean = exp(quickJSRatios.map { log($0) }.reduce(0, +) / Double(quickJSRatios.count))
            print(String(format: "  geometric mean, PostieScript / QuickJS: %.2f× (goal: within 2×)", geometricMean))
        }
        realmCost()
        sandboxCost(rounds: rounds)
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

    /// Node's time for the workload alone (measured inside Node, so its start-up is not counted).
    static func nodeTime(_ node: String, _ source: String, rounds: Int) -> Double? {
        let harness = """
            var print = function () {}; var times = [];
            for (var round = 0; round < \(rounds); round++) {
              var t0 = process.hrtime.bigint(); (function () { \(source) })(); times.push(Number(process.hrtime.bigint() - t0) / 1e9);
            }
            times.sort(function (a, b) { return a - b; }); console.log(times[Math.floor(times.length / 2)]);
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", harness]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// QuickJS's time for the workload (the PyPI `quickjs` module, when Python has it): an interpreter
    /// like ours, so the fairer comparison.
    static func quickJSTime(_ source: String, rounds: Int) -> Double? {
        guard let python = Bench.which("python3") else { return nil }
        let program = """
            import sys, time
            try:
                import quickjs
            except ImportError:
                sys.exit(3)
            source = sys.stdin.read()
            times = []
            for _ in range(\(rounds)):
                context = quickjs.Context()
                context.eval("var print = function () {};")
                started = time.perf_counter()
                context.eval("(function () {" + source + "})()")
                times.append(time.perf_counter() - started)
            times.sort()
            print(times[len(times) // 2])
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", program]
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
        guard process.terminationStatus == 0 else { return nil }
        return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
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
