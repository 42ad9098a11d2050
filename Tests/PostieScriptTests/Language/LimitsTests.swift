import Foundation
import Testing

@testable import PostieScript

/// Hostile programs end with a JavaScript error or a limit, never a crash or a hang.
@Suite("Limits on hostile programs")
struct LimitsTests {
    @Test func anInfiniteLoopEndsAtTheDeadline() throws {
        var limits = ScriptLimits()
        limits.timeout = .milliseconds(200)
        let failure = try #require(JSTestRunner.failure("while (true) {}", limits: limits))
        #expect(failure.isLimit)
        #expect(failure.message == "Script execution timed out after 200ms")
    }

    @Test func aTimedOutScriptCannotCatchIt() throws {
        var limits = ScriptLimits()
        limits.timeout = .milliseconds(100)
        let failure = try #require(JSTestRunner.failure("for (;;) { try { while (true) {} } catch (e) {} finally { } }", limits: limits))
        #expect(failure.isLimit)
    }

    @Test func theStepBudgetEndsALoop() throws {
        var limits = ScriptLimits()
        limits.stepBudget = 50_000
        let failure = try #require(JSTestRunner.failure("let i = 0; while (true) { i++ }", limits: limits))
        #expect(failure.isLimit)
        #expect(failure.message.contains("step budget"))
    }

    /// Found by `postie-fuzz`: work that lives only in the promise job queue never met a limit.
    @Test func aPromiseChainThatNeverEndsMeetsTheDeadline() throws {
        var limits = ScriptLimits()
        limits.timeout = .milliseconds(200)
        let failure = try #require(JSTestRunner.failure("function g() { Promise.resolve().then(g) } g()", limits: limits))
        #expect(failure.isLimit)
        #expect(failure.message == "Script execution timed out after 200ms")
    }

    @Test func aPromiseChainThatNeverEndsMeetsTheStepBudget() throws {
        var limits = ScriptLimits()
        limits.stepBudget = 50_000
        let failure = try #require(JSTestRunner.failure("(async () => { for (;;) await null })()", limits: limits))
        #expect(failure.isLimit)
        #expect(failure.message.contains("step budget"))
    }

    @Test(arguments: [
        "async function f(n) { await null; return f(n + 1) } f(0)",
        "async function fib(n) { return n < 2 ? n : (await fib(n - 1)) + (await fib(n * 2)) } fib(15)",
    ])
    func anAsyncRecursionThatNeverEndsRunsOutOfMemory(_ source: String) throws {
        var limits = ScriptLimits()
        limits.maximumLiveCells = 200_000
        let failure = try #require(JSTestRunner.failure(source, limits: limits))
        #expect(failure.isLimit)
        #expect(failure.message.contains("out of memory"))
    }

    @Test func anIntervalThatNeverEndsMeetsTheStepBudget() throws {
        var limits = ScriptLimits()
        limits.stepBudget = 50_000
        let failure = try #require(JSTestRunner.failure("setInterval(() => {}, 0)", limits: limits))
        #expect(failure.isLimit)
    }

    @Test func unboundedRecursionIsARangeError() {
        let output = JSTestRunner.run("function f() { return f() } try { f() } catch (e) { console.log(e instanceof RangeError, e.message) }")
        #expect(output == "true Maximum call stack size exceeded")
    }

    @Test func recursionThroughNativeCallbacksIsARangeError() {
        let source = "function f() { return [1].map ? 0 : Reflect }; function g(n) { return Function.prototype.call.call(g, null, n + 1) } try { g(0) } catch (e) { console.log(e.name) }"
        #expect(JSTestRunner.run(source) == "RangeError")
    }

    @Test func aStringThatDoublesForeverEndsWithInvalidStringLength() {
        let output = JSTestRunner.run("let s = 'ab'; try { for (;;) s += s } catch (e) { console.log(e.name, e.message) }")
        #expect(output == "RangeError Invalid string length")
    }

    @Test func appendingOneCharacterAMillionTimesStaysFlat() {
        let output = JSTestRunner.run("let s = ''; for (let i = 0; i < 1000000; i++) s += 'x'; console.log(s.length)")
        #expect(output == "1000000")
    }

    @Test func anArrayThatGrowsForeverEnds() throws {
        var limits = ScriptLimits()
        limits.maximumArrayLength = 1 << 20
        let failure = try #require(JSTestRunner.failure("const a = []; for (;;) a.push(1)", limits: limits))
        #expect(failure.isLimit)
        #expect(failure.message.contains("array grew past"))
    }

    @Test func tooManyObjectsEnd() throws {
        var limits = ScriptLimits()
        limits.maximumLiveCells = 200_000
        let failure = try #require(JSTestRunner.failure("const keep = []; for (;;) keep[keep.length] = { a: 1 }", limits: limits))
        #expect(failure.isLimit)
        #expect(failure.message.contains("out of memory"))
    }

    @Test(arguments: ["[", "(", "{a:", "!", "-", "a=", "`${", "function f(){"])
    func hundredThousandNestedBracketsAreASyntaxError(_ opener: String) throws {
        let source = String(repeating: opener, count: 100_000)
        let failure = try #require(JSTestRunner.failure(source))
        #expect(failure.isSyntaxError)
    }

    @Test func deepNestingInEvalIsASyntaxErrorTheScriptCanCatch() {
        let output = JSTestRunner.run("try { eval('['.repeat ? '' : ''); eval(Array(100001).join('[')) } catch (e) { console.log(e.name) }")
        #expect(output == "SyntaxError")
    }

    @Test func aTenMegabyteStringLiteralRuns() {
        let literal = String(repeating: "abcdefghij", count: 1_000_000)
        #expect(JSTestRunner.run("const s = '\(literal)'; console.log(s.length)") == "10000000")
    }

    @Test func aLongChainOfAdditionsCompiles() {
        let source = "let a = 1; console.log(" + Array(repeating: "a", count: 5_000).joined(separator: " + ") + ")"
        #expect(JSTestRunner.run(source) == "5000")
    }

    @Test func interruptFromAnotherThreadEndsTheScript() throws {
        let failure: ScriptFailure? = JSTestRunner.thread.perform {
            let runtime = ScriptRuntime()
            let handle = runtime.interruptHandle
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { handle.interrupt() }
            let realm = runtime.makeRealm()
            defer { realm.tearDown() }
            do throws(ScriptFailure) {
                try runtime.run(try runtime.compile("while (true) {}", name: "loop.js"), in: realm)
                return nil
            } catch {
                return error
            }
        }
        #expect(failure?.isLimit == true)
        #expect(failure?.message == "Script execution was interrupted")
    }

    @Test func tearingDownARealmFreesItsCycles() {
        JSTestRunner.thread.perform {
            let runtime = ScriptRuntime()
            runtime.console = ConsoleSink { _, _ in }
            let realm = runtime.makeRealm()
            let script = try? runtime.compile("for (let i = 0; i < 1000; i++) { const o = {}; o.self = o; o.f = () => o }", name: "cycles.js")
            if let script { _ = try? runtime.run(script, in: realm) }
            #expect(realm.liveCellCount > 1000)
            realm.tearDown()
            #expect(realm.liveCellCount == 0)
        }
    }
}
