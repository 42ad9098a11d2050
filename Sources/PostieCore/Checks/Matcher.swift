import PostieJSON

/// The operators of an `expect` operator object, such as `{ "gte": 1, "lt": 10 }`.
public enum MatchOperator: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Equal JSON values; a number equals a string spelling it (`200` and `"200"`).
    case eq
    /// Not `eq`.
    case ne
    /// `eq` to one element of the operand list.
    case `in`
    /// `true`: the value is present (even `null`); `false`: it is missing.
    case exists
    /// The text of a string, number or Boolean matches the regex somewhere (anchor with `^…$`).
    case matches
    /// A substring of a string, an element of an array (`eq`), a member name of an object.
    case contains
    /// Below the operand: numerically when it is a number (numeric strings count as numbers),
    /// by characters when it is a non-numeric string (ISO dates compare correctly).
    case lt
    /// At most the operand, as `lt`.
    case lte
    /// Above the operand, as `lt`.
    case gt
    /// At least the operand, as `lt`.
    case gte
    /// At least this many elements (array), members (object) or characters (string, JavaScript length).
    case minCount
    /// At most this many elements, members or characters.
    case maxCount
    /// `string`, `number`, `integer` (a number without fraction), `boolean`, `null`, `array` or `object`.
    case type

    /// The operator as written.
    public var description: String { rawValue }

    /// Whether the operator counts values: against a non-singular JSONPath it counts the matches.
    public var countsValues: Bool { self == .minCount || self == .maxCount }
}

/// One operator and its operand, checked against the value found in a response.
///
/// What the operators do when the value is missing: every operator fails (the actual text is `missing`),
/// except `exists: false`, which passes.
public struct Matcher: Sendable, Equatable, CustomStringConvertible {
    /// The type names `type` accepts.
    public static let typeNames = ["string", "number", "integer", "boolean", "null", "array", "object"]

    /// The operator.
    public let kind: MatchOperator
    /// The operand, as written.
    public let operand: JSONValue
    /// The compiled operand of `matches`.
    let pattern: TextPattern?

    /// A matcher, when `operand` suits `kind`; else throws the `DefinitionProblem` saying what would.
    public init(_ kind: MatchOperator, _ operand: JSONValue) throws {
        var pattern: TextPattern?
        func reject(_ expected: String) -> DefinitionProblem {
            .invalidOperand(operator: kind.rawValue, expected: expected, found: CheckDefinitionReader.describe(operand))
        }
        switch kind {
        case .eq, .ne, .contains:
            break
        case .in:
            guard case .array = operand else { throw reject("a list of values, such as [\"Queued\", \"Running\"]") }
        case .exists:
            guard case .bool = operand else { throw reject("true or false") }
        case .matches:
            guard case .string(let text) = operand else { throw reject("a regular expression in a string") }
            guard let compiled = TextPattern(text) else {
                throw DefinitionProblem.invalidRegex(text, context: "matches")
            }
            pattern = compiled
        case .lt, .lte, .gt, .gte:
            switch operand {
            case .number(let number) where number.isFinite: break
            case .string: break
            default: throw reject("a number (or a string, to compare text)")
            }
        case .minCount, .maxCount:
            guard case .number(let number) = operand, let count = CheckComparison.integer(number), count >= 0 else {
                throw reject("a whole number, 0 or more")
            }
        case .type:
            guard case .string(let name) = operand, Self.typeNames.contains(name) else {
                throw reject("one of " + Self.typeNames.map { "\"\($0)\"" }.joined(separator: ", "))
            }
        }
        self.kind = kind
        self.operand = operand
        self.pattern = pattern
    }

    /// The matchers of an `expect` value: a plain value means `eq`; an object whose keys are all operators
    /// means every one of them. Throws a `CheckDefinitionError` for an unknown operator or a bad operand.
    public static func matchers(parsing value: JSONValue) throws -> [Matcher] {
        var reader = CheckDefinitionReader()
        let matchers = parse(value, at: JSONNodePath(), reader: &reader)
        if let first = reader.problems.first { throw first }
        return matchers
    }

    /// How an object is read: all keys operators → operators; some operators and some not → the others are
    /// reported as unknown operators; no operator but a key that is one misspelt (`minCont`, `Exists`) →
    /// reported with a suggestion; otherwise the object is a plain value to compare with `eq`.
    static func parse(_ value: JSONValue, at path: JSONNodePath, reader: inout CheckDefinitionReader) -> [Matcher] {
        guard case .object(let object) = value, !object.isEmpty else { return [eqMatcher(value)] }
        let hasOperator = object.keys.contains { MatchOperator(rawValue: $0) != nil }
        if !hasOperator {
            let misspelt = object.keys.compactMap { key in misspeltOperator(key).map { (key, $0) } }
            guard !misspelt.isEmpty else { return [eqMatcher(value)] }
            for (key, suggestion) in misspelt {
                reader.report(
                    .unknownOperator(key, suggestion: suggestion), at: path.appending(key), inMemberName: true)
            }
            return []
        }
        var matchers: [Matcher] = []
        for member in object.members {
            guard let kind = MatchOperator(rawValue: member.key) else {
                let suggestion = Suggestion.closest(to: member.key, among: MatchOperator.allCases.map(\.rawValue))
                reader.report(
                    .unknownOperator(member.key, suggestion: suggestion), at: path.appending(member.key),
                    inMemberName: true)
                continue
            }
            do {
                matchers.append(try Matcher(kind, member.value))
            } catch let problem as DefinitionProblem {
                reader.report(problem, at: path.appending(member.key))
            } catch {
                reader.report(.invalidValue(context: member.key, message: "\(error)"), at: path.appending(member.key))
            }
        }
        return matchers
    }

    static func eqMatcher(_ value: JSONValue) -> Matcher {
        // `eq` accepts any operand.
        Matcher(uncheckedKind: .eq, operand: value)
    }

    private init(uncheckedKind kind: MatchOperator, operand: JSONValue) {
        self.kind = kind
        self.operand = operand
        self.pattern = nil
    }

    /// The operator `key` looks like a misspelling of: the same letters in another case, or (for keys of
    /// four letters or more) within two edits of a long operator name. Short names such as `id` or `name`
    /// are not taken for `in` or `type`, so objects with such members still compare with `eq`.
    static func misspeltOperator(_ key: String) -> String? {
        let names = MatchOperator.allCases.map(\.rawValue)
        if let sameLetters = names.first(where: { $0.lowercased() == key.lowercased() }) { return sameLetters }
        guard key.count >= 4 else { return nil }
        let best = names.filter { $0.count >= 5 }
            .map { ($0, Suggestion.editDistance(key.lowercased(), $0.lowercased())) }
            .min { $0.1 < $1.1 }
        return best.flatMap { $0.1 <= 2 ? $0.0 : nil }
    }

    /// `eq "Completed"`, `minCount 1`: the matcher as an assertion name shows it.
    public var description: String { "\(kind.rawValue) \(CheckText.json(operand, limit: CheckText.nameLimit))" }

    /// What a passing value looks like, for reports: `"Completed"`, `not "Error"`, `at least 1`, `< 10`.
    public var expectedText: String {
        let shown = CheckText.json(operand)
        switch kind {
        case .eq: return shown
        case .ne: return "not \(shown)"
        case .in: return "one of \(shown)"
        case .exists: return operand == .bool(false) ? "absent" : "present"
        case .matches: return "matching \(pattern?.description ?? shown)"
        case .contains: return "containing \(shown)"
        case .lt: return "< \(shown)"
        case .lte: return "<= \(shown)"
        case .gt: return "> \(shown)"
        case .gte: return ">= \(shown)"
        case .minCount: return "at least \(shown)"
        case .maxCount: return "at most \(shown)"
        case .type: return operand.stringValue ?? shown
        }
    }

    /// Checks `actual` (nil: missing).
    public func evaluate(_ actual: JSONValue?) -> MatchOutcome {
        guard let actual else {
            return MatchOutcome(
                passed: kind == .exists && operand == .bool(false), expected: expectedText, actual: "missing")
        }
        var shown = CheckText.json(actual)
        var reason: String?
        let passed: Bool
        switch kind {
        case .eq:
            passed = CheckComparison.looselyEqual(actual, operand)
        case .ne:
            passed = !CheckComparison.looselyEqual(actual, operand)
        case .in:
            passed = (operand.arrayValue ?? []).contains { CheckComparison.looselyEqual(actual, $0) }
        case .exists:
            passed = operand == .bool(true)
        case .matches:
            switch actual {
            case .string, .number, .bool: passed = pattern?.matches(actual.textValue) ?? false
            default:
                passed = false
                reason = "\(article(actual.typeName)) is not text"
            }
        case .contains:
            switch actual {
            case .string(let text):
                if case .array = operand {
                    passed = false
                    reason = "a string contains text, not a list"
                } else if case .object = operand {
                    passed = false
                    reason = "a string contains text, not an object"
                } else {
                    passed = text.contains(operand.textValue)
                }
            case .array(let elements):
                passed = elements.contains { CheckComparison.looselyEqual($0, operand) }
            case .object(let object):
                if let key = operand.stringValue {
                    passed = object.contains(key)
                } else {
                    passed = false
                    reason = "an object contains member names: write the name as a string"
                }
            default:
                passed = false
                reason = "\(article(actual.typeName)) contains nothing"
            }
        case .lt, .lte, .gt, .gte:
            let order: Int?
            if let bound = CheckComparison.numericValue(operand) {
                if let value = CheckComparison.numericValue(actual) {
                    order = value < bound ? -1 : (value == bound ? 0 : 1)
                } else {
                    order = nil
                    reason = "not a number"
                }
            } else if case .string(let text) = actual, let bound = operand.stringValue {
                order = text < bound ? -1 : (text == bound ? 0 : 1)
            } else {
                order = nil
                reason = "not a string"
            }
            switch (kind, order) {
            case (.lt, let order?): passed = order < 0
            case (.lte, let order?): passed = order <= 0
            case (.gt, let order?): passed = order > 0
            case (.gte, let order?): passed = order >= 0
            default: passed = false
            }
        case .minCount, .maxCount:
            let bound = operand.numberValue.flatMap(CheckComparison.integer) ?? 0
            if let count = CheckComparison.count(actual) {
                passed = kind == .minCount ? count >= bound : count <= bound
                let unit: String
                switch actual {
                case .array: unit = count == 1 ? "element" : "elements"
                case .object: unit = count == 1 ? "member" : "members"
                default: unit = count == 1 ? "character" : "characters"
                }
                shown = "\(count) \(unit): \(shown)"
            } else {
                passed = false
                reason = "\(article(actual.typeName)) has no count"
            }
        case .type:
            let name = operand.stringValue ?? ""
            if name == "integer" {
                passed = actual.numberValue.map { $0.isFinite && $0 == $0.rounded() } ?? false
            } else {
                passed = actual.typeName == name
            }
            shown = "\(actual.typeName) \(shown)"
        }
        return MatchOutcome(passed: passed, expected: expectedText, actual: shown, reason: passed ? nil : reason)
    }

    private func article(_ typeName: String) -> String {
        switch typeName {
        case "array", "object": return "an \(typeName)"
        case "null": return "null"
        default: return "a \(typeName)"
        }
    }
}

/// The result of one matcher: whether it passed, and the texts a report shows.
public struct MatchOutcome: Sendable, Equatable {
    /// Whether the value satisfied the matcher.
    public var passed: Bool
    /// What a passing value looks like, e.g. `at least 1`.
    public var expected: String
    /// The value found, as compact JSON cut past ~200 characters, or `missing`.
    public var actual: String
    /// Why the value could not be compared, e.g. `not a number`; nil when it could.
    public var reason: String?

    public init(passed: Bool, expected: String, actual: String, reason: String? = nil) {
        self.passed = passed
        self.expected = expected
        self.actual = actual
        self.reason = reason
    }
}
