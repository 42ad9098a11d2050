import Foundation
import Testing
@testable import PostieScript

/// Budgets and limits: hostile patterns and inputs end with an answer, never a hang or a crash.
@Suite("RegExp limits")
struct RegExpSafetyTests {
    private func program(_ pattern: String, _ flags: RegExpFlags = []) throws -> RegExpProgram {
        try RegExpProgram(pattern: pattern, flags: flags)
    }

    @Test("catastrophic backtracking ends with budgetExhausted")
    func catastrophicBacktracking() throws {
        // 10 million steps take about 0.3 s in a release build; debug builds are ten times slower.
        let started = Date()
        var budget = 1_000_000
        let result = try program("(a+)+$").exec(Array("aaaaaaaaaaaaaaaaaaaaaaaaaaaa!".utf16), from: 0, anchored: false, budget: &budget)
        #expect(result == .budgetExhausted)
        #expect(budget <= 0)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test("a small budget is honoured", arguments: ["(a|aa)+b", "(a*)*b", "(?:a+?)+?b", "(a+)+b", "(.*)*b", "(\\w+\\s?)+$"])
    func smallBudget(_ pattern: String) throws {
        var budget = 1000
        let input = Array((String(repeating: "a", count: 40) + "!").utf16)
        let result = try program(pattern).exec(input, from: 0, anchored: false, budget: &budget)
        #expect(result == .budgetExhausted)
    }

    @Test("deep nesting is a syntax error, not a stack overflow", arguments: ["(", "(?:", "(?=", "(?<="])
    func deepNesting(_ opener: String) {
        let pattern = String(repeating: opener, count: 100_000) + String(repeating: ")", count: 100_000)
        #expect(throws: RegExpSyntaxError.self) { try RegExpProgram(pattern: pattern, flags: []) }
        do {
            _ = try RegExpProgram(pattern: pattern, flags: [])
        } catch {
            #expect(error.message.hasSuffix(": Regular expression too large"))
        }
    }

    /// Patterns nested as deeply as the parser accepts, of several shapes.
    private static var deepestPatterns: [String] {
        let depth = RegExpParser.maximumNestingDepth
        return [
            String(repeating: "(?:a", count: depth) + String(repeating: ")?", count: depth),
            String(repeating: "(", count: depth) + String(repeating: ")", count: depth),
            String(repeating: "(?:a|", count: depth) + String(repeating: ")*", count: depth),
            String(repeating: "(?=(?<=", count: depth / 2) + String(repeating: "a)b)", count: depth / 2),
            String(repeating: "(a|", count: depth) + String(repeating: "b){2}", count: depth),
        ]
    }

    @Test("nesting up to the limit compiles and matches")
    func nestingAtTheLimit() throws {
        let depth = RegExpParser.maximumNestingDepth
        let pattern = String(repeating: "(?:a", count: depth) + String(repeating: ")?", count: depth)
        var budget = 10_000_000
        let result = try program(pattern).exec(Array("aaa".utf16), from: 0, anchored: false, budget: &budget)
        #expect(result == .match([0, 3]))
    }

    @Test("the deepest patterns compile and run on a thread with a 256 KB stack")
    func smallStack() async {
        let finished: Int = await withCheckedContinuation { continuation in
            let thread = Thread {
                var count = 0
                for pattern in Self.deepestPatterns {
                    for flags: RegExpFlags in [[], [.ignoreCase, .unicode]] {
                        guard let compiled = try? RegExpProgram(pattern: pattern, flags: flags) else { continue }
                        var budget = 100_000
                        _ = compiled.exec(Array("aabab".utf16), from: 0, anchored: false, budget: &budget)
                        count += 1
                    }
                }
                continuation.resume(returning: count)
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
        #expect(finished == 2 * Self.deepestPatterns.count)
    }

    @Test("a 10 MB input with (a|b)* neither overflows nor hangs")
    func hugeInput() throws {
        let input = [UInt16](repeating: 0x61, count: 10_000_000)
        var budget = 10_000_000
        let result = try program("(a|b)*").exec(input, from: 0, anchored: false, budget: &budget)
        // V8 gives "Maximum call stack size exceeded" here; the backtrack stack limit reports it as budget.
        #expect(result == .budgetExhausted)
    }

    @Test("simple loops over 10 MB need one backtrack entry")
    func hugeSimpleLoop() throws {
        var input = [UInt16](repeating: 0x61, count: 10_000_000)
        input.append(0x21)
        var budget = 10_000_000
        #expect(try program("a*!").exec(input, from: 0, anchored: false, budget: &budget) == .match([0, 10_000_001]))
        budget = 10_000_000
        #expect(try program("[^\"]*$").exec(input, from: 0, anchored: false, budget: &budget) == .match([0, 10_000_001]))
        // An alternation of single characters without captures is one set, so this is a simple loop too.
        budget = 10_000_000
        #expect(try program("(?:a|b)*!").exec(input, from: 0, anchored: false, budget: &budget) == .match([0, 10_000_001]))
        budget = 10_000_000
        #expect(try program("(a|b)*!").exec(input, from: 0, anchored: false, budget: &budget) == .budgetExhausted)
    }

    @Test("empty iterations of a huge counted loop are bounded by the budget")
    func hugeCountedLoop() throws {
        var budget = 100_000
        let result = try program("(?:a?){2000000000}").exec(Array("b".utf16), from: 0, anchored: false, budget: &budget)
        #expect(result == .budgetExhausted)
    }

    @Test("starts past the end and empty inputs")
    func edges() throws {
        var budget = 1000
        #expect(try program("a?").exec([UInt16](), from: 0, anchored: false, budget: &budget) == .match([0, 0]))
        #expect(try program("a").exec([UInt16](), from: 0, anchored: false, budget: &budget) == .noMatch)
        #expect(try program("").exec(Array("ab".utf16), from: 5, anchored: false, budget: &budget) == .noMatch)
        #expect(try program("").exec(Array("ab".utf16), from: -3, anchored: false, budget: &budget) == .match([0, 0]))
    }

    @Test("the budget counts down across matches")
    func budgetDecreases() throws {
        var budget = 1_000_000
        _ = try program("(a|b)*c").exec(Array("ababababab".utf16), from: 0, anchored: false, budget: &budget)
        #expect(budget < 1_000_000)
    }

    @Test("programs are shared across threads")
    func concurrentUse() async throws {
        let shared = try program("(\\w+)@(\\w+)\\.com", [.ignoreCase])
        let input = Array("write to Someone@Example.com today".utf16)
        await withTaskGroup(of: RegExpResult.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var budget = 1_000_000
                    return shared.exec(input, from: 0, anchored: false, budget: &budget)
                }
            }
            for await result in group {
                #expect(result == .match([9, 28, 9, 16, 17, 24]))
            }
        }
    }
}
