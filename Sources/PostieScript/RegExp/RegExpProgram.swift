// The public face of the regular expression engine: flags, syntax errors, compiled programs and match
// results. ECMA-262 §22.2 (RegExp objects) — the pattern grammar, its early errors and the matcher
// semantics, over UTF-16 code units, with a step budget so that catastrophic backtracking ends cleanly.

/// The flags of a regular expression (ECMA-262 §22.2.3.1 RegExpInitialize, the `F` argument).
public struct RegExpFlags: OptionSet, Sendable, Hashable, CustomStringConvertible {
    /// The flag bits.
    public let rawValue: UInt8
    /// Creates flags from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `g`: exec continues from lastIndex and String methods find every match.
    public static let global = RegExpFlags(rawValue: 1 << 0)
    /// `i`: case-insensitive matching (ECMA-262 §22.2.2.7.3 Canonicalize).
    public static let ignoreCase = RegExpFlags(rawValue: 1 << 1)
    /// `m`: `^` and `$` also match at line terminators.
    public static let multiline = RegExpFlags(rawValue: 1 << 2)
    /// `s`: `.` also matches line terminators.
    public static let dotAll = RegExpFlags(rawValue: 1 << 3)
    /// `u`: the pattern and the input are read as code points, with the strict grammar.
    public static let unicode = RegExpFlags(rawValue: 1 << 4)
    /// `y`: matches only at lastIndex.
    public static let sticky = RegExpFlags(rawValue: 1 << 5)
    /// `d`: exec results carry the `indices` array.
    public static let hasIndices = RegExpFlags(rawValue: 1 << 6)

    /// The flags in the order V8 prints them (`RegExp.prototype.flags`).
    private static let letters: [(Character, RegExpFlags)] = [
        ("d", .hasIndices), ("g", .global), ("i", .ignoreCase), ("m", .multiline),
        ("s", .dotAll), ("u", .unicode), ("y", .sticky),
    ]

    /// Parses a flags string such as `"gi"`; nil on an unknown or repeated flag.
    public init?(parsing flags: String) {
        var result = RegExpFlags()
        for character in flags {
            guard let flag = Self.letters.first(where: { $0.0 == character })?.1, !result.contains(flag) else {
                return nil
            }
            result.insert(flag)
        }
        self = result
    }

    /// The flags as text in canonical order (`"dgimsuy"` for all of them).
    public var description: String {
        String(Self.letters.filter { contains($0.1) }.map(\.0))
    }
}

/// A pattern that is not a valid regular expression, with V8's message
/// (`Invalid regular expression: /(/: Unterminated group`).
public struct RegExpSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The full message, as V8 words it for the SyntaxError thrown by `new RegExp`.
    public var message: String

    /// Creates an error with a ready message.
    public init(message: String) { self.message = message }

    /// Creates the message for `pattern` and `flags` (canonical order) with V8's reason text.
    init(pattern: [UInt16], flags: String, reason: String) {
        message = "Invalid regular expression: /\(String(decoding: pattern, as: UTF16.self))/\(flags): \(reason)"
    }

    /// The message.
    public var description: String { message }
}

/// The outcome of one `RegExpProgram.exec`.
public enum RegExpResult: Sendable, Equatable {
    /// A match: `2 * (captureCount + 1)` offsets, start and end per group (group 0 is the whole match),
    /// -1 for a group that did not participate.
    case match([Int])
    /// No match at any allowed position.
    case noMatch
    /// The step budget (or the backtrack stack limit) ran out before an answer was found.
    case budgetExhausted
}

/// A compiled regular expression: immutable after initialisation, safe to share across threads.
public final class RegExpProgram: Sendable {
    /// The flags the program was compiled with.
    public let flags: RegExpFlags
    /// Number of capture groups, excluding group 0.
    public let captureCount: Int
    /// Named groups in order of appearance, with their group index.
    public let groupNames: [(name: [UInt16], index: Int)]
    /// The compiled matcher.
    let bytecode: RegExpBytecode

    /// Most backtrack entries one exec may hold before it reports `budgetExhausted`.
    public static let backtrackStackLimit = 10_000_000

    /// Parses and compiles `pattern` (UTF-16 code units) with `flags`.
    public init(pattern: [UInt16], flags: RegExpFlags) throws(RegExpSyntaxError) {
        let tree = try RegExpParser.parse(pattern: pattern, flags: flags)
        self.flags = flags
        self.captureCount = tree.captureCount
        self.groupNames = tree.groupNames
        guard let bytecode = RegExpCompiler.compile(tree, flags: flags) else {
            throw RegExpSyntaxError(pattern: pattern, flags: flags.description, reason: RegExpSyntaxReason.tooLarge.rawValue)
        }
        self.bytecode = bytecode
    }

    /// Creates a program from a Swift string pattern.
    public convenience init(pattern: String, flags: RegExpFlags) throws(RegExpSyntaxError) {
        try self.init(pattern: Array(pattern.utf16), flags: flags)
    }

    /// Checks `pattern` for early errors without compiling it.
    public static func validate(pattern: [UInt16], flags: RegExpFlags) throws(RegExpSyntaxError) {
        _ = try RegExpParser.parse(pattern: pattern, flags: flags)
    }

    /// Tries to match starting exactly at `start` (`anchored`, for sticky) or searching forward from
    /// `start`. `budget` is decremented by the backtracking steps taken; when it reaches zero (or the
    /// backtrack stack reaches `backtrackStackLimit`) the result is `budgetExhausted`. With u, a start
    /// inside a surrogate pair moves back to the pair's start, as in V8. Inputs of 2^31 - 3 code units
    /// or more are not supported and report `budgetExhausted`.
    public func exec(
        _ input: UnsafeBufferPointer<UInt16>, from start: Int, anchored: Bool, budget: inout Int
    ) -> RegExpResult {
        RegExpMatcher.exec(bytecode, input: input, from: start, anchored: anchored, budget: &budget)
    }

    /// `exec` over an array of code units.
    public func exec(_ input: [UInt16], from start: Int, anchored: Bool, budget: inout Int) -> RegExpResult {
        input.withUnsafeBufferPointer { buffer in
            RegExpMatcher.exec(bytecode, input: buffer, from: start, anchored: anchored, budget: &budget)
        }
    }
}
