import Foundation
import PostieJSON
import Testing

@testable import PostieYAML

/// The published cases of the YAML test suite (github.com/yaml/yaml-test-suite, MIT licence), vendored
/// in `Fixtures/yaml-test-suite.json`: each case's input, the JSON its documents stand for, or that it
/// must be refused. postie's parser is held to the pass count below; a case that starts failing, or
/// passing, moves it.
struct YAMLTestSuiteTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var title: String
        var yaml: String
        var documents: [JSONValue]?
        var isError: Bool
        var testDescription: String { "\(id) \(title)" }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/yaml-test-suite.json")
        guard let data = try? Data(contentsOf: url), let root = try? JSONParser.parse(data),
            let cases = root["cases"]?.arrayValue
        else { return [] }
        return cases.compactMap { value in
            guard let id = value["id"]?.stringValue, let yaml = value["yaml"]?.stringValue else { return nil }
            return Case(
                id: id, title: value["title"]?.stringValue ?? "", yaml: yaml, documents: value["json"]?.arrayValue,
                isError: value["error"]?.boolValue ?? false)
        }
    }()

    /// Whether postie reads `testCase` as the suite says: the same JSON, or an error.
    static func passes(_ testCase: Case) -> Bool {
        do {
            let documents = try YAMLParser.parseDocuments(testCase.yaml).map(YAMLSchema.jsonValue)
            if testCase.isError { return false }
            guard let expected = testCase.documents else { return true }
            return documents.count == expected.count && zip(documents, expected).allSatisfy { sameJSON($0, $1) }
        } catch {
            return testCase.isError
        }
    }

    /// JSON equality with numbers compared as numbers (`1` and `1.0` alike) and NaN equal to itself.
    static func sameJSON(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { sameJSON($0, $1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.members.allSatisfy { member in b[member.key].map { sameJSON(member.value, $0) } ?? false }
        default: return lhs == rhs
        }
    }

    /// The count this parser reaches; raise it when a fix makes more cases pass.
    static let expectedPasses = 373

    @Test func passCount() throws {
        try #require(!Self.cases.isEmpty, "Fixtures/yaml-test-suite.json is missing")
        let failing = Self.cases.filter { !Self.passes($0) }
        let passed = Self.cases.count - failing.count
        let valid = Self.cases.filter { !$0.isError }
        let validPassed = valid.filter(Self.passes).count
        print(
            "yaml-test-suite: \(passed) of \(Self.cases.count) cases pass (\(validPassed) of \(valid.count) valid documents read as the "
                + "suite says, \(passed - validPassed) of \(Self.cases.count - valid.count) invalid ones refused); failing: "
                + failing.map(\.id).joined(separator: " "))
        #expect(passed >= Self.expectedPasses)
    }
}

/// `POSTIE_YAML_CASES="ID ID"` prints what postie reads for those cases (a debugging aid).
@Test func yamlTestSuiteDebugCases() {
    guard let ids = ProcessInfo.processInfo.environment["POSTIE_YAML_CASES"]?.split(separator: " ").map(String.init) else { return }
    for testCase in YAMLTestSuiteTests.cases where ids.contains(testCase.id) {
        print("== \(testCase.id) \(testCase.title)\n\(testCase.yaml)-- expected: \(testCase.documents.map { $0.map(\.description).joined(separator: " | ") } ?? (testCase.isError ? "error" : "?"))")
        do { print("-- got: " + (try YAMLParser.parseDocuments(testCase.yaml).map { YAMLSchema.jsonValue($0).description }.joined(separator: " | "))) } catch { print("-- got error: \(error)") }
    }
}
