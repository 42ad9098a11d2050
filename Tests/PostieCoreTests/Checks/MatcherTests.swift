import PostieJSON
import Testing

@testable import PostieCore

/// One row: operator, operand (JSON), actual value (JSON; nil: missing), and what a report shows.
struct MatcherCase: Sendable, CustomTestStringConvertible {
    var kind: MatchOperator
    var operand: String
    var actual: String?
    var passed: Bool
    var expected: String
    var shown: String
    var reason: String?

    init(
        _ kind: MatchOperator, _ operand: String, _ actual: String?, _ passed: Bool, expected: String,
        actual shown: String,
        reason: String? = nil
    ) {
        self.kind = kind
        self.operand = operand
        self.actual = actual
        self.passed = passed
        self.expected = expected
        self.shown = shown
        self.reason = reason
    }

    var testDescription: String { "\(kind) \(operand) against \(actual ?? "missing")" }
}

@Suite("Matchers")
struct MatcherTests {
    @Test(arguments: [
        // eq: JSON equality, except that numbers equal the strings that spell them.
        MatcherCase(.eq, #""Completed""#, #""Completed""#, true, expected: #""Completed""#, actual: #""Completed""#),
        MatcherCase(.eq, #""Completed""#, #""Running""#, false, expected: #""Completed""#, actual: #""Running""#),
        MatcherCase(.eq, "200", #""200""#, true, expected: "200", actual: #""200""#),
        MatcherCase(.eq, #""200""#, "200", true, expected: #""200""#, actual: "200"),
        MatcherCase(.eq, #""200""#, #"" 200""#, false, expected: #""200""#, actual: #"" 200""#),
        MatcherCase(.eq, "1", "true", false, expected: "1", actual: "true"),
        MatcherCase(
            .eq, #"{"a":[1,"2"]}"#, #"{"a":["1",2]}"#, true, expected: #"{"a":[1,"2"]}"#, actual: #"{"a":["1",2]}"#),
        MatcherCase(.eq, #"{"a":1}"#, #"{"a":1,"b":2}"#, false, expected: #"{"a":1}"#, actual: #"{"a":1,"b":2}"#),
        MatcherCase(.eq, "null", "null", true, expected: "null", actual: "null"),
        MatcherCase(.eq, #""x""#, nil, false, expected: #""x""#, actual: "missing"),
        // ne
        MatcherCase(.ne, #""Error""#, #""Completed""#, true, expected: #"not "Error""#, actual: #""Completed""#),
        MatcherCase(.ne, #""Error""#, #""Error""#, false, expected: #"not "Error""#, actual: #""Error""#),
        MatcherCase(.ne, "500", #""500""#, false, expected: "not 500", actual: #""500""#),
        MatcherCase(.ne, #""Error""#, nil, false, expected: #"not "Error""#, actual: "missing"),
        // in
        MatcherCase(
            .in, #"["Queued","Running"]"#, #""Running""#, true, expected: #"one of ["Queued","Running"]"#,
            actual: #""Running""#),
        MatcherCase(
            .in, #"["Queued","Running"]"#, #""Error""#, false, expected: #"one of ["Queued","Running"]"#,
            actual: #""Error""#),
        MatcherCase(.in, "[200,201]", #""201""#, true, expected: "one of [200,201]", actual: #""201""#),
        // exists
        MatcherCase(.exists, "true", "null", true, expected: "present", actual: "null"),
        MatcherCase(.exists, "true", nil, false, expected: "present", actual: "missing"),
        MatcherCase(.exists, "false", nil, true, expected: "absent", actual: "missing"),
        MatcherCase(.exists, "false", "1", false, expected: "absent", actual: "1"),
        // matches: searches anywhere, on the text of strings, numbers and Booleans.
        MatcherCase(
            .matches, #""text/csv""#, #""text/csv; charset=utf-8""#, true, expected: "matching /text/csv/",
            actual: #""text/csv; charset=utf-8""#),
        MatcherCase(
            .matches, #""^text/csv$""#, #""text/csv; charset=utf-8""#, false, expected: "matching /^text/csv$/",
            actual: #""text/csv; charset=utf-8""#),
        MatcherCase(.matches, #""^2\\d\\d$""#, "204", true, expected: #"matching /^2\d\d$/"#, actual: "204"),
        MatcherCase(
            .matches, #""(?i)^COMPLETED$""#, #""Completed""#, true, expected: "matching /(?i)^COMPLETED$/",
            actual: #""Completed""#),
        MatcherCase(
            .matches, #""x""#, #"{"x":1}"#, false, expected: "matching /x/", actual: #"{"x":1}"#,
            reason: "an object is not text"),
        MatcherCase(.matches, #""x""#, nil, false, expected: "matching /x/", actual: "missing"),
        // contains: substring, element, member name.
        MatcherCase(
            .contains, #""Success""#, #""Job Success!""#, true, expected: #"containing "Success""#,
            actual: #""Job Success!""#),
        MatcherCase(
            .contains, #""success""#, #""Job Success!""#, false, expected: #"containing "success""#,
            actual: #""Job Success!""#),
        MatcherCase(.contains, "42", #""id-42""#, true, expected: "containing 42", actual: #""id-42""#),
        MatcherCase(.contains, #""b""#, #"["a","b"]"#, true, expected: #"containing "b""#, actual: #"["a","b"]"#),
        MatcherCase(.contains, "2", #"["1","2"]"#, true, expected: "containing 2", actual: #"["1","2"]"#),
        MatcherCase(.contains, #""c""#, #"["a","b"]"#, false, expected: #"containing "c""#, actual: #"["a","b"]"#),
        MatcherCase(.contains, #""id""#, #"{"id":1}"#, true, expected: #"containing "id""#, actual: #"{"id":1}"#),
        MatcherCase(.contains, #""name""#, #"{"id":1}"#, false, expected: #"containing "name""#, actual: #"{"id":1}"#),
        MatcherCase(
            .contains, "1", #"{"id":1}"#, false, expected: "containing 1", actual: #"{"id":1}"#,
            reason: "an object contains member names: write the name as a string"),
        MatcherCase(
            .contains, "5", "5", false, expected: "containing 5", actual: "5", reason: "a number contains nothing"),
        MatcherCase(
            .contains, #"["a"]"#, #""a""#, false, expected: #"containing ["a"]"#, actual: #""a""#,
            reason: "a string contains text, not a list"),
        // lt, lte, gt, gte: numbers (numeric strings too), or text against a string operand.
        MatcherCase(.lt, "10", "9.5", true, expected: "< 10", actual: "9.5"),
        MatcherCase(.lt, "10", "10", false, expected: "< 10", actual: "10"),
        MatcherCase(.lte, "10", "10", true, expected: "<= 10", actual: "10"),
        MatcherCase(.lte, "10", "10.01", false, expected: "<= 10", actual: "10.01"),
        MatcherCase(.gt, "10", #""11""#, true, expected: "> 10", actual: #""11""#),
        MatcherCase(.gt, #""10""#, "9", false, expected: #"> "10""#, actual: "9"),
        MatcherCase(.gte, "10", "10", true, expected: ">= 10", actual: "10"),
        MatcherCase(.gte, "10", #""abc""#, false, expected: ">= 10", actual: #""abc""#, reason: "not a number"),
        MatcherCase(
            .lt, #""2025-01-01""#, #""2024-12-31T23:59:59Z""#, true, expected: #"< "2025-01-01""#,
            actual: #""2024-12-31T23:59:59Z""#),
        MatcherCase(.gt, #""b""#, "5", false, expected: #"> "b""#, actual: "5", reason: "not a string"),
        MatcherCase(.lt, "10", nil, false, expected: "< 10", actual: "missing"),
        // minCount, maxCount: elements, members, characters.
        MatcherCase(.minCount, "1", "[]", false, expected: "at least 1", actual: "0 elements: []"),
        MatcherCase(
            .minCount, "1", #"[{"id":"x"}]"#, true, expected: "at least 1", actual: #"1 element: [{"id":"x"}]"#),
        MatcherCase(
            .maxCount, "2", #"{"a":1,"b":2,"c":3}"#, false, expected: "at most 2",
            actual: #"3 members: {"a":1,"b":2,"c":3}"#),
        MatcherCase(.maxCount, "5", #""hello""#, true, expected: "at most 5", actual: #"5 characters: "hello""#),
        MatcherCase(.minCount, "1", "3", false, expected: "at least 1", actual: "3", reason: "a number has no count"),
        MatcherCase(.minCount, "0", nil, false, expected: "at least 0", actual: "missing"),
        // type
        MatcherCase(.type, #""integer""#, "3", true, expected: "integer", actual: "number 3"),
        MatcherCase(.type, #""integer""#, "2.5", false, expected: "integer", actual: "number 2.5"),
        MatcherCase(.type, #""number""#, "2.5", true, expected: "number", actual: "number 2.5"),
        MatcherCase(.type, #""string""#, #""x""#, true, expected: "string", actual: #"string "x""#),
        MatcherCase(.type, #""string""#, "1", false, expected: "string", actual: "number 1"),
        MatcherCase(.type, #""array""#, "{}", false, expected: "array", actual: "object {}"),
        MatcherCase(.type, #""object""#, "{}", true, expected: "object", actual: "object {}"),
        MatcherCase(.type, #""null""#, "null", true, expected: "null", actual: "null null"),
        MatcherCase(.type, #""boolean""#, "false", true, expected: "boolean", actual: "boolean false"),
    ])
    func evaluatesEveryOperator(_ row: MatcherCase) throws {
        let matcher = try Matcher(row.kind, try JSONParser.parse(row.operand))
        let outcome = matcher.evaluate(try row.actual.map { try JSONParser.parse($0) })
        #expect(outcome.passed == row.passed)
        #expect(outcome.expected == row.expected)
        #expect(outcome.actual == row.shown)
        #expect(outcome.reason == row.reason)
    }

    @Test func cutsLongActualValues() throws {
        let long = String(repeating: "x", count: 500)
        let outcome = try Matcher(.eq, "y").evaluate(.string(long))
        #expect(outcome.actual == "\"" + String(repeating: "x", count: 199) + "…")
        let name = Assertion(.body, try Matcher(.contains, .string(long))).name
        #expect(name == "body contains \"" + String(repeating: "x", count: 59) + "…")
    }

    @Test(arguments: [
        (#""Completed""#, [#"eq "Completed""#]),
        ("200", ["eq 200"]),
        (#"{"gte": 1, "lt": 10}"#, ["gte 1", "lt 10"]),
        (
            #"{"exists": true, "type": "string", "matches": "^j-"}"#,
            ["exists true", #"type "string""#, #"matches "^j-""#]
        ),
        (#"{"id": 5, "name": "x"}"#, [#"eq {"id":5,"name":"x"}"#]),
        (#"{"eq": {"minCount": 1}}"#, [#"eq {"minCount":1}"#]),
        ("{}", ["eq {}"]),
        ("[1, 2]", ["eq [1,2]"]),
    ])
    func readsPlainValuesAndOperatorObjects(source: String, names: [String]) throws {
        let matchers = try Matcher.matchers(parsing: try JSONParser.parse(source))
        #expect(matchers.map(\.description) == names)
    }

    @Test(arguments: [
        (
            #"{"minCont": 1}"#, "minCont",
            #"unknown operator "minCont": did you mean "minCount"? known operators: eq, ne, in, exists, matches, contains, lt, lte, gt, gte, minCount, maxCount, type (to compare with an object literally, write {"eq": {…}})"#
        ),
        (#"{"Exists": true}"#, "Exists", #"unknown operator "Exists": did you mean "exists"?"#),
        (#"{"gte": 1, "lte": 5, "btw": 3}"#, "btw", #"unknown operator "btw": known operators: eq, ne"#),
        (#"{"eq": 1, "eqq": 2}"#, "eqq", #"unknown operator "eqq": did you mean "eq"?"#),
    ])
    func rejectsUnknownOperatorsWithSuggestions(source: String, key: String, message: String) throws {
        do {
            _ = try Matcher.matchers(parsing: try JSONParser.parse(source))
            Issue.record("\(source) parsed")
        } catch let error as CheckDefinitionError {
            #expect(error.path == JSONNodePath([.member(key)]))
            #expect(error.inMemberName)
            #expect("\(error.problem)".hasPrefix(message), "\(error.problem)")
        }
    }

    @Test(arguments: [
        (#"{"in": 1}"#, #"operator "in" needs a list of values, such as ["Queued", "Running"], found the number 1"#),
        (#"{"exists": "yes"}"#, #"operator "exists" needs true or false, found the string "yes""#),
        (#"{"minCount": -1}"#, #"operator "minCount" needs a whole number, 0 or more, found the number -1"#),
        (#"{"maxCount": 1.5}"#, #"operator "maxCount" needs a whole number, 0 or more, found the number 1.5"#),
        (
            #"{"type": "int"}"#,
            #"operator "type" needs one of "string", "number", "integer", "boolean", "null", "array", "object", found the string "int""#
        ),
        (#"{"lt": true}"#, #"operator "lt" needs a number (or a string, to compare text), found true"#),
        (#"{"matches": 5}"#, #"operator "matches" needs a regular expression in a string, found the number 5"#),
        (
            #"{"matches": "text/(csv"}"#,
            #"invalid regular expression "text/(csv" in matches: check brackets, parentheses and escapes (ICU syntax; in JSON a backslash is written \\)"#
        ),
    ])
    func rejectsOperandsAnOperatorCannotUse(source: String, message: String) throws {
        do {
            _ = try Matcher.matchers(parsing: try JSONParser.parse(source))
            Issue.record("\(source) parsed")
        } catch let error as CheckDefinitionError {
            #expect("\(error.problem)" == message)
            #expect(!error.inMemberName)
        }
    }
}
