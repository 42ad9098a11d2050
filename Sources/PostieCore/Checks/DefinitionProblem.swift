import PostieJSON

/// What is wrong with a flow definition, or with the `expect`, `capture` or `poll` block inside it.
///
/// The checks parsers report these with a `JSONNodePath` (`CheckDefinitionError`); the flow parser
/// turns that path into `FILE:LINE:COLUMN` (`FlowError`).
public enum DefinitionProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// A member name the format does not define, with the closest known name when one is near.
    case unknownKey(String, context: String, suggestion: String?, known: [String])
    /// A member the format requires is absent.
    case missingKey(String, context: String)
    /// A value of the wrong JSON type; `expected` says what would do.
    case wrongType(context: String, expected: String, found: String)
    /// A value of the right type that cannot be used, e.g. a negative count.
    case invalidValue(context: String, message: String)
    /// A duration that does not parse; `context` names the key (empty when there is none).
    case invalidDuration(String, context: String)
    /// A JSONPath with a syntax error.
    case invalidJSONPath(JSONPathError)
    /// A key of an operator object that is no `expect` operator.
    case unknownOperator(String, suggestion: String?)
    /// An operator whose operand it cannot use, e.g. `minCount: "x"`.
    case invalidOperand(operator: String, expected: String, found: String)
    /// A regular expression that does not compile.
    case invalidRegex(String, context: String)

    /// Lower-case and actionable, without a location.
    public var description: String {
        switch self {
        case .unknownKey(let key, let context, let suggestion, let known):
            let hint = suggestion.map { "did you mean \"\($0)\"?" } ?? "known keys: \(known.joined(separator: ", "))"
            return "unknown key \"\(key)\" in \(context): \(hint)"
        case .missingKey(let key, let context):
            return "\(context) needs \"\(key)\""
        case .wrongType(let context, let expected, let found):
            return "\(context) must be \(expected), found \(found)"
        case .invalidValue(let context, let message):
            return "\(context): \(message)"
        case .invalidDuration(let text, let context):
            let place = context.isEmpty ? "" : " for \(context)"
            return "invalid duration \"\(text)\"\(place): write a number and a unit, such as "
                + "500ms, 1s, 1.5s, 5m, 1h or 1m30s (a bare number means milliseconds)"
        case .invalidJSONPath(let error):
            return "invalid JSONPath: \(error)"
        case .unknownOperator(let name, let suggestion):
            let known = MatchOperator.allCases.map(\.rawValue).joined(separator: ", ")
            let hint = suggestion.map { "did you mean \"\($0)\"? " } ?? ""
            return "unknown operator \"\(name)\": \(hint)known operators: \(known) "
                + "(to compare with an object literally, write {\"eq\": {…}})"
        case .invalidOperand(let name, let expected, let found):
            return "operator \"\(name)\" needs \(expected), found \(found)"
        case .invalidRegex(let pattern, let context):
            return "invalid regular expression \"\(pattern)\" in \(context): "
                + "check brackets, parentheses and escapes (ICU syntax; in JSON a backslash is written \\\\)"
        }
    }
}

/// A `DefinitionProblem` and where it is, relative to the JSON value that was parsed.
public struct CheckDefinitionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var problem: DefinitionProblem
    /// The value the problem is in (or the member whose name is wrong, when `inMemberName`).
    public var path: JSONNodePath
    /// Whether the problem is in the member name at `path` (a JSONPath key of `json`, an unknown key)
    /// rather than in its value.
    public var inMemberName: Bool
    /// The 1-based character position inside the string where the problem is, 0 when it is the whole string.
    public var position: Int

    public init(_ problem: DefinitionProblem, at path: JSONNodePath, inMemberName: Bool = false, position: Int = 0) {
        self.problem = problem
        self.path = path
        self.inMemberName = inMemberName
        self.position = position
    }

    /// `path: message`.
    public var description: String { "\(path): \(problem)" }
}

/// Walks a definition, collecting problems with their paths instead of stopping at the first.
struct CheckDefinitionReader {
    var problems: [CheckDefinitionError] = []

    mutating func report(
        _ problem: DefinitionProblem, at path: JSONNodePath, inMemberName: Bool = false, position: Int = 0
    ) {
        problems.append(CheckDefinitionError(problem, at: path, inMemberName: inMemberName, position: position))
    }

    /// Reports members outside `known`, with a suggestion for near misses.
    mutating func checkKeys(of object: JSONObject, at path: JSONNodePath, known: [String], context: String) {
        for key in object.keys where !known.contains(key) {
            let suggestion = Suggestion.closest(to: key, among: known)
            report(
                .unknownKey(key, context: context, suggestion: suggestion, known: known),
                at: path.appending(key), inMemberName: true)
        }
    }

    /// The object, or a `wrongType` problem.
    mutating func object(_ value: JSONValue, at path: JSONNodePath, context: String, expected: String) -> JSONObject? {
        if case .object(let object) = value { return object }
        report(.wrongType(context: context, expected: expected, found: describe(value)), at: path)
        return nil
    }

    /// The string, or a `wrongType` problem.
    mutating func string(_ value: JSONValue, at path: JSONNodePath, context: String, allowEmpty: Bool = false)
        -> String?
    {
        guard case .string(let string) = value else {
            report(.wrongType(context: context, expected: "a string", found: describe(value)), at: path)
            return nil
        }
        if !allowEmpty && string.isEmpty {
            report(.invalidValue(context: context, message: "the string is empty"), at: path)
            return nil
        }
        return string
    }

    /// The Boolean, or a `wrongType` problem.
    mutating func bool(_ value: JSONValue, at path: JSONNodePath, context: String) -> Bool? {
        if case .bool(let flag) = value { return flag }
        report(.wrongType(context: context, expected: "true or false", found: describe(value)), at: path)
        return nil
    }

    /// A whole number in `range`, or a problem.
    mutating func integer(_ value: JSONValue, at path: JSONNodePath, context: String, range: ClosedRange<Int>) -> Int? {
        guard case .number(let number) = value, let integer = CheckComparison.integer(number) else {
            report(.wrongType(context: context, expected: "a whole number", found: describe(value)), at: path)
            return nil
        }
        guard range.contains(integer) else {
            let bounds =
                range.upperBound == Int.max
                ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
            report(
                .invalidValue(context: context, message: "\(integer) is out of range: use a number \(bounds)"), at: path
            )
            return nil
        }
        return integer
    }

    /// A duration (a string such as `1m30s`, or a number of milliseconds), or a problem.
    mutating func duration(_ value: JSONValue, at path: JSONNodePath, context: String) -> FlowDuration? {
        switch value {
        case .string(let text):
            do { return try FlowDuration(text) } catch {
                report(.invalidDuration(text, context: context), at: path)
                return nil
            }
        case .number(let milliseconds) where milliseconds.isFinite && milliseconds >= 0:
            return FlowDuration(milliseconds: milliseconds)
        case .number(let milliseconds):
            report(.invalidDuration(JSONWriter.format(number: milliseconds), context: context), at: path)
            return nil
        default:
            report(
                .wrongType(
                    context: context, expected: "a duration such as \"1s\" or a number of milliseconds",
                    found: describe(value)), at: path)
            return nil
        }
    }

    /// A JSONPath, or an `invalidJSONPath` problem pointing at the character that is wrong.
    mutating func jsonPath(_ expression: String, at path: JSONNodePath, inMemberName: Bool = false) -> JSONPath? {
        do { return try JSONPath(expression) } catch let error as JSONPathError {
            report(.invalidJSONPath(error), at: path, inMemberName: inMemberName, position: error.position)
        } catch {
            report(.invalidValue(context: "JSONPath", message: "\(error)"), at: path, inMemberName: inMemberName)
        }
        return nil
    }

    /// `a string "…"`, `the number 3`, … for messages about a value of the wrong type.
    func describe(_ value: JSONValue) -> String { CheckDefinitionReader.describe(value) }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return "the number \(JSONWriter.format(number: number))"
        case .string(let string): return "the string \(CheckText.truncated(JSONWriter.quote(string), limit: 60))"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
