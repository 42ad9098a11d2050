import Testing

@testable import PostieScript

/// The core language, case by case, against what Node 20 printed for the same source
/// (LanguageCases.swift, made by generate-language-cases.py).
@Suite("Language semantics against Node")
struct LanguageTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let source: String
        let expected: String
        var testDescription: String { name }
    }

    static let cases = languageCases.map { Case(name: $0.name, source: $0.source, expected: $0.expected) }

    @Test(arguments: cases)
    func printsWhatNodePrints(_ testCase: Case) {
        #expect(JSTestRunner.run(testCase.source) == testCase.expected, "\(testCase.source)")
    }
}
