import Testing
@testable import PostieScript

/// A small deterministic generator (SplitMix64), so failures reproduce.
private struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Random patterns from a small grammar, and random strings of pattern syntax, against random short
/// inputs: every one must compile or throw, and every exec must answer within its budget.
@Suite("RegExp fuzzing")
struct RegExpFuzzTests {
    private static let atoms = [
        "a", "b", "A", "1", " ", "-", ".", "[ab]", "[^a]", "[a-c]", "[^\\w]", "[]", "[^]", "\\d", "\\w", "\\s", "\\W",
        "\\b", "\\B", "^", "$", "\\1", "\\2", "\\k<n1>", "\\u017f", "ß", "\\u212a", "\\u{1F600}", "😀", "\\uD83D",
    ]
    private static let quantifiers = ["", "", "", "*", "+", "?", "{2}", "{0,2}", "{1,}", "*?", "+?", "??", "{2,3}?"]
    private static let openers = ["(", "(?:", "(?<n1>", "(?=", "(?!", "(?<=", "(?<!"]
    private static let syntax = Array("()[]{}\\?*+|^$.-,<>=!:ab10k8cxupPdL").map(String.init)
    private static let inputUnits: [[UInt16]] = [
        [0x61], [0x62], [0x41], [0x31], [0x20], [0x0A], [0x5F], [0x17F], [0xDF], [0x212A], [0x6B],
        [0xD83D, 0xDE00], [0xD83D], [0xDE00], [0xE9],
    ]

    private static func disjunction(_ random: inout SplitMix64, depth: Int) -> String {
        var text = alternative(&random, depth: depth)
        while random.chance(25) { text += "|" + alternative(&random, depth: depth) }
        return text
    }

    private static func alternative(_ random: inout SplitMix64, depth: Int) -> String {
        var text = ""
        for _ in 0..<random.below(4) {
            if depth < 4, random.chance(25) {
                text += random.pick(openers) + disjunction(&random, depth: depth + 1) + ")"
            } else {
                text += random.pick(atoms)
            }
            text += random.pick(quantifiers)
        }
        return text
    }

    private static func flags(_ random: inout SplitMix64) -> RegExpFlags {
        var flags = RegExpFlags()
        for flag in [RegExpFlags.ignoreCase, .multiline, .dotAll, .unicode, .sticky, .global] where random.chance(25) {
            flags.insert(flag)
        }
        return flags
    }

    private static func input(_ random: inout SplitMix64) -> [UInt16] {
        var units: [UInt16] = []
        for _ in 0..<random.below(12) { units += random.pick(inputUnits) }
        return units
    }

    /// Compiles `pattern` and runs it over a few inputs, checking the shape of every answer.
    private static func exercise(_ pattern: String, _ flags: RegExpFlags, _ random: inout SplitMix64) -> Bool {
        guard let program = try? RegExpProgram(pattern: pattern, flags: flags) else { return true }
        for _ in 0..<3 {
            let units = input(&random)
            var budget = 20_000
            let start = random.chance(30) ? random.below(units.count + 2) : 0
            switch program.exec(units, from: start, anchored: flags.contains(.sticky), budget: &budget) {
            case .match(let offsets):
                guard offsets.count == 2 * (program.captureCount + 1) else { return false }
                for group in 0...program.captureCount {
                    let (from, to) = (offsets[2 * group], offsets[2 * group + 1])
                    if from == -1, to == -1, group > 0 { continue }
                    guard from >= 0, from <= to, to <= units.count else { return false }
                }
            case .noMatch, .budgetExhausted:
                break
            }
        }
        return true
    }

    @Test("20,000 grammar patterns compile or throw, and every exec answers", arguments: 0..<4)
    func grammarPatterns(_ shard: Int) {
        var random = SplitMix64(state: UInt64(shard) &* 7919 &+ 1)
        var failures: [String] = []
        for _ in 0..<5_000 {
            let pattern = Self.disjunction(&random, depth: 0)
            let flags = Self.flags(&random)
            if !Self.exercise(pattern, flags, &random) { failures.append("/\(pattern)/\(flags)") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test("random strings of pattern syntax never crash the parser", arguments: 0..<2)
    func syntaxStrings(_ shard: Int) {
        var random = SplitMix64(state: UInt64(shard) &* 104_729 &+ 3)
        var failures: [String] = []
        for _ in 0..<5_000 {
            var pattern = ""
            for _ in 0..<(1 + random.below(12)) { pattern += random.pick(Self.syntax) }
            let flags = Self.flags(&random)
            if !Self.exercise(pattern, flags, &random) { failures.append("/\(pattern)/\(flags)") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }
}
