import Foundation
import Testing
@testable import PostieScript

/// One case of `Fixtures/RegExpCases.json`: a pattern, flags, input and lastIndex with the result Node 20
/// gave for `re.lastIndex = lastIndex; re.exec(input)` (match indices from the d flag), or the message
/// of the SyntaxError `new RegExp(pattern, flags)` threw.
struct RegExpFixtureCase: Decodable, Sendable, CustomTestStringConvertible {
    var pattern: String
    var flags: String
    var input: String
    var lastIndex: Int
    /// Code units when the pattern is not well-formed UTF-16 (then `pattern` is empty).
    var patternUnits: [UInt16]?
    var inputUnits: [UInt16]?
    /// Start and end per group, -1 when unmatched; nil for no match.
    var match: [Int]?
    var groupNames: [String]?
    var error: String?

    var patternCodeUnits: [UInt16] { patternUnits ?? Array(pattern.utf16) }
    var inputCodeUnits: [UInt16] { inputUnits ?? Array(input.utf16) }

    var testDescription: String {
        let shownPattern = patternUnits.map { "units \($0)" } ?? pattern
        let shownInput = inputUnits.map { "units \($0)" } ?? input
        return "/\(shownPattern)/\(flags) on \(shownInput.debugDescription) at \(lastIndex)"
    }

    static func loadAll() -> [RegExpFixtureCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/RegExpCases.json")
        guard let data = try? Data(contentsOf: url),
              let cases = try? JSONDecoder().decode([RegExpFixtureCase].self, from: data)
        else { return [] }
        return cases
    }
}

@Suite("RegExp against Node 20")
struct RegExpFixtureTests {
    static let cases = RegExpFixtureCase.loadAll()

    @Test("the fixture loads")
    func fixtureLoads() {
        #expect(Self.cases.count >= 300)
    }

    @Test("exec and early errors agree with Node", arguments: RegExpFixtureTests.cases)
    func agreesWithNode(_ example: RegExpFixtureCase) throws {
        let flags = try #require(RegExpFlags(parsing: example.flags))
        let program: RegExpProgram
        do {
            program = try RegExpProgram(pattern: example.patternCodeUnits, flags: flags)
        } catch {
            #expect(error.message == example.error)
            return
        }
        #expect(example.error == nil, "Node threw \(example.error ?? "")")
        let global = flags.contains(.global) || flags.contains(.sticky)
        var budget = 10_000_000
        let result = program.exec(
            example.inputCodeUnits, from: global ? example.lastIndex : 0, anchored: flags.contains(.sticky),
            budget: &budget)
        if let expected = example.match {
            #expect(result == .match(expected))
            let names = program.groupNames.map { String(decoding: $0.name, as: UTF16.self) }
            #expect(names == example.groupNames ?? [])
        } else {
            #expect(result == .noMatch)
        }
    }
}
