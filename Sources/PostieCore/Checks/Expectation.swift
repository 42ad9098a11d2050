import PostieJSON

/// One named check of a response: `status eq 200`, `$.status eq "Completed"`,
/// `header Content-Type matches "text/csv"`, `response time lte 2000`.
public struct Assertion: Sendable, Equatable {
    /// The part of the response checked.
    public enum Subject: Sendable, Equatable, CustomStringConvertible {
        /// The status code, as a number.
        case status
        /// A header value (any case; several fields joined with `, `); missing when absent.
        case header(String)
        /// The values a JSONPath selects in the JSON body.
        case json(JSONPath)
        /// The body text.
        case body
        /// The response time in milliseconds.
        case responseTime

        public var description: String {
            switch self {
            case .status: return "status"
            case .header(let name): return "header \(name)"
            case .json(let path): return path.expression
            case .body: return "body"
            case .responseTime: return "response time"
            }
        }
    }

    /// What is checked.
    public var subject: Subject
    /// How it is checked.
    public var matcher: Matcher

    public init(_ subject: Subject, _ matcher: Matcher) {
        self.subject = subject
        self.matcher = matcher
    }

    /// The name reports show: subject, operator, operand.
    public var name: String { "\(subject) \(matcher)" }

    /// Checks `response`.
    ///
    /// For a JSONPath subject the value under test is: for a singular path (`$.a.b[0]`) the value, or missing;
    /// for any other path (wildcards, `..`, filters, slices, unions) the one value when exactly one matches,
    /// the array of matches when several do, missing when none does — except that `minCount`/`maxCount`
    /// count the matches of such a path, so `{"$.jobs[?(@.status=='Error')]": {"maxCount": 0}}` passes when
    /// none matches. A body that is not JSON fails every JSONPath assertion, `exists: false` included.
    public func evaluate(_ response: CheckedResponse) -> AssertionResult {
        var outcome: MatchOutcome
        switch subject {
        case .status:
            outcome = matcher.evaluate(.number(Double(response.status)))
        case .header(let name):
            outcome = matcher.evaluate(response.header(name).map(JSONValue.string))
        case .body:
            outcome = matcher.evaluate(.string(response.bodyText))
        case .responseTime:
            outcome = matcher.evaluate(.number((response.responseTimeMilliseconds * 10).rounded() / 10))
            outcome.expected += "ms"
            outcome.actual += "ms"
        case .json(let path):
            if let matches = response.values(at: path) {
                outcome = matcher.evaluate(Self.value(of: path, selecting: matches, counting: matcher.kind.countsValues))
            } else {
                let excerpt = CheckText.excerpt(response.bodyText)
                outcome = MatchOutcome(
                    passed: false, expected: matcher.expectedText,
                    actual: excerpt.isEmpty ? "an empty body" : "body \(excerpt)",
                    reason: "the response body \(response.jsonProblem ?? "is not JSON")")
            }
        }
        return AssertionResult(
            name: name, passed: outcome.passed, expected: outcome.expected, actual: outcome.actual,
            reason: outcome.reason)
    }

    /// The value under test for a JSONPath (see `evaluate`), from what it selected; nil when missing.
    static func value(of path: JSONPath, selecting matches: [JSONValue], counting: Bool) -> JSONValue? {
        if path.isSingular { return matches.first }
        if counting { return .array(matches) }
        switch matches.count {
        case 0: return nil
        case 1: return matches[0]
        default: return .array(matches)
        }
    }
}

/// The outcome of one assertion, as every report shows it.
public struct AssertionResult: Sendable, Equatable {
    /// `$.status eq "Completed"`.
    public var name: String
    /// Whether it held.
    public var passed: Bool
    /// What would have passed, e.g. `"Completed"` or `at least 1`.
    public var expected: String
    /// What was found, e.g. `"Running"` or `missing`; cut past ~200 characters.
    public var actual: String
    /// The name when it passed; else `NAME: expected X, got Y` and why the value could not be compared.
    public var message: String

    public init(name: String, passed: Bool, expected: String, actual: String, reason: String? = nil) {
        self.name = name
        self.passed = passed
        self.expected = expected
        self.actual = actual
        self.message =
            passed ? name : "\(name): expected \(expected), got \(actual)" + (reason.map { " (\($0))" } ?? "")
    }
}

/// The checks of an `expect` block (also the language of `poll.until` and `poll.failIf`):
///
/// ```json
/// { "status": 200,                                   // or [200, 201], or {"gte": 200, "lt": 300}
///   "json": { "$.status": "Completed", "$.outputs": { "minCount": 1 } },
///   "headers": { "Content-Type": { "matches": "text/csv" } },   // names in any case
///   "maxTime": 2000,                                 // milliseconds, or a duration such as "2s"
///   "body": { "contains": "Success" } }
/// ```
/// A plain value means `eq`; an object whose keys are operators checks each of them.
public struct Expectation: Sendable, Equatable {
    /// The keys of an `expect` object.
    public static let keys = ["status", "json", "headers", "maxTime", "body"]

    /// The assertions, in the order written.
    public var assertions: [Assertion]

    public init(_ assertions: [Assertion] = []) { self.assertions = assertions }

    /// Parses an `expect` object; throws a `CheckDefinitionError` for the first problem.
    public init(parsing value: JSONValue) throws {
        var reader = CheckDefinitionReader()
        let parsed = Self.parse(value, at: JSONNodePath(), context: "expect", reader: &reader)
        if let first = reader.problems.first { throw first }
        self = parsed ?? Expectation()
    }

    /// Every assertion's result, in order.
    public func evaluate(_ response: CheckedResponse) -> [AssertionResult] {
        assertions.map { $0.evaluate(response) }
    }

    /// Whether every assertion holds.
    public func isSatisfied(by response: CheckedResponse) -> Bool {
        assertions.allSatisfy { $0.evaluate(response).passed }
    }

    /// `extraKeys` are keys the caller reads itself (a flow step's `sameAs`): known, and skipped here.
    static func parse(
        _ value: JSONValue, at path: JSONNodePath, context: String, extraKeys: [String] = [],
        reader: inout CheckDefinitionReader
    ) -> Expectation? {
        guard
            let object = reader.object(
                value, at: path, context: context,
                expected: "an object with status, json, headers, maxTime or body")
        else { return nil }
        reader.checkKeys(of: object, at: path, known: keys + extraKeys, context: context)
        var assertions: [Assertion] = []
        for member in object.members {
            let memberPath = path.appending(member.key)
            switch member.key {
            case "status":
                assertions += parseStatus(member.value, at: memberPath, reader: &reader)
            case "json":
                guard
                    let checks = reader.object(
                        member.value, at: memberPath, context: "json",
                        expected: "an object of JSONPath → expected value, such as {\"$.status\": \"Completed\"}")
                else { continue }
                for check in checks.members {
                    let checkPath = memberPath.appending(check.key)
                    let jsonPath = reader.jsonPath(check.key, at: checkPath, inMemberName: true)
                    let matchers = Matcher.parse(check.value, at: checkPath, reader: &reader)
                    if let jsonPath { assertions += matchers.map { Assertion(.json(jsonPath), $0) } }
                }
            case "headers":
                guard
                    let checks = reader.object(
                        member.value, at: memberPath, context: "headers",
                        expected: "an object of header name → expected value, such as {\"Content-Type\": …}")
                else { continue }
                for check in checks.members {
                    let checkPath = memberPath.appending(check.key)
                    let matchers = Matcher.parse(check.value, at: checkPath, reader: &reader)
                    if check.key.isEmpty {
                        reader.report(
                            .invalidValue(context: "headers", message: "a header name is empty"), at: checkPath,
                            inMemberName: true)
                        continue
                    }
                    assertions += matchers.map { Assertion(.header(check.key), $0) }
                }
            case "maxTime":
                if let limit = reader.duration(member.value, at: memberPath, context: "maxTime"),
                    let matcher = try? Matcher(.lte, .number(limit.milliseconds))
                {
                    assertions.append(Assertion(.responseTime, matcher))
                }
            case "body":
                assertions += Matcher.parse(member.value, at: memberPath, reader: &reader).map { Assertion(.body, $0) }
            default:
                continue  // reported by checkKeys
            }
        }
        return Expectation(assertions)
    }

    static func parseStatus(_ value: JSONValue, at path: JSONNodePath, reader: inout CheckDefinitionReader)
        -> [Assertion]
    {
        let expected = "a status code such as 200, a list such as [200, 201], or an operator object"
        switch value {
        case .number:
            guard reader.integer(value, at: path, context: "status", range: 100...599) != nil else { return [] }
            return [Assertion(.status, Matcher.eqMatcher(value))]
        case .array(let codes):
            var valid = !codes.isEmpty
            for (position, code) in codes.enumerated()
            where reader.integer(code, at: path.appending(position), context: "status", range: 100...599) == nil {
                valid = false
            }
            if codes.isEmpty {
                reader.report(.invalidValue(context: "status", message: "the list is empty"), at: path)
            }
            guard valid, let matcher = try? Matcher(.in, value) else { return [] }
            return [Assertion(.status, matcher)]
        case .object:
            return Matcher.parse(value, at: path, reader: &reader).map { Assertion(.status, $0) }
        default:
            reader.report(.wrongType(context: "status", expected: expected, found: reader.describe(value)), at: path)
            return []
        }
    }
}
