import PostieJSON

/// A value taken from a response into a variable for later steps: `"jobId": "$.id"`.
///
/// The captured text is a string as it is; a number, Boolean, array or object as its JSON text
/// (`JSONValue.textValue`, as Postman stores variables). A JSONPath that selects nothing, or `null`,
/// fails the capture: passing the text `null` on to the next request would only fail later, less clearly.
/// A JSONPath that selects several values captures the first, with a note saying so.
public struct Capture: Sendable, Equatable {
    /// Where the value comes from.
    public enum Source: Sendable, Equatable, CustomStringConvertible {
        /// `"$.id"` or `{ "jsonpath": "$.id" }`: a value of the JSON body.
        case jsonPath(JSONPath)
        /// `{ "header": "Location" }`: a header value (any case; several fields joined with `, `).
        case header(String)
        /// `{ "regex": "id=(\\d+)", "group": 1 }`: a group of the first match in the body text.
        case regex(TextPattern, group: RegexGroup)
        /// `{ "status": true }`: the status code.
        case status

        public var description: String {
            switch self {
            case .jsonPath(let path): return path.expression
            case .header(let name): return "header \(name)"
            case .regex(let pattern, let group): return "regex \(pattern) group \(group)"
            case .status: return "status"
            }
        }
    }

    /// A capture group by number (0 is the whole match) or by name (`(?<id>…)`).
    public enum RegexGroup: Sendable, Equatable, CustomStringConvertible {
        case number(Int)
        case name(String)

        public var description: String {
            switch self {
            case .number(let number): return String(number)
            case .name(let name): return JSONWriter.quote(name)
            }
        }
    }

    /// The keys of a capture object.
    static let keys = ["jsonpath", "header", "regex", "group", "status"]
    static let sourceKeys = ["jsonpath", "header", "regex", "status"]

    /// The variable that receives the value.
    public var variable: String
    /// Where the value comes from.
    public var source: Source

    public init(variable: String, source: Source) {
        self.variable = variable
        self.source = source
    }

    /// The capture of `variable` from its definition (a JSONPath string or a source object);
    /// throws a `CheckDefinitionError`.
    public init(variable: String, parsing value: JSONValue) throws {
        var reader = CheckDefinitionReader()
        let source = Self.parseSource(value, variable: variable, at: JSONNodePath(), reader: &reader)
        if let first = reader.problems.first { throw first }
        guard let source else {
            throw CheckDefinitionError(.missingKey("jsonpath", context: "capture"), at: JSONNodePath())
        }
        self.init(variable: variable, source: source)
    }

    /// The captures of a `capture` object (variable → source), in document order; throws a
    /// `CheckDefinitionError` for the first one that is not valid.
    public static func captures(parsing value: JSONValue) throws -> [Capture] {
        var reader = CheckDefinitionReader()
        let captures = parse(value, at: JSONNodePath(), reader: &reader)
        if let first = reader.problems.first { throw first }
        return captures
    }

    static func parse(_ value: JSONValue, at path: JSONNodePath, reader: inout CheckDefinitionReader) -> [Capture] {
        guard
            let object = reader.object(
                value, at: path, context: "capture",
                expected: "an object of variable names, such as {\"jobId\": \"$.id\"}")
        else { return [] }
        var captures: [Capture] = []
        for member in object.members {
            let memberPath = path.appending(member.key)
            if member.key.isEmpty || member.key.contains("{") || member.key.contains("}") {
                reader.report(
                    .invalidValue(
                        context: "capture", message: "\(JSONWriter.quote(member.key)) is not a variable name"),
                    at: memberPath, inMemberName: true)
                continue
            }
            if let source = parseSource(member.value, variable: member.key, at: memberPath, reader: &reader) {
                captures.append(Capture(variable: member.key, source: source))
            }
        }
        return captures
    }

    static func parseSource(
        _ value: JSONValue, variable: String, at path: JSONNodePath, reader: inout CheckDefinitionReader
    ) -> Source? {
        let context = "the capture of \(variable)"
        switch value {
        case .string(let expression):
            return reader.jsonPath(expression, at: path).map(Source.jsonPath)
        case .object(let object):
            reader.checkKeys(of: object, at: path, known: keys, context: context)
            let sources = object.keys.filter { sourceKeys.contains($0) }
            guard sources.count == 1, let key = sources.first, let sourceValue = object[key] else {
                let message =
                    sources.isEmpty
                    ? "write one of {\"jsonpath\": \"$.id\"}, {\"header\": \"Location\"}, "
                        + "{\"regex\": \"id=(\\\\d+)\", \"group\": 1} or {\"status\": true}"
                    : "use one source per capture, found \(sources.joined(separator: " and "))"
                reader.report(.invalidValue(context: context, message: message), at: path)
                return nil
            }
            let sourcePath = path.appending(key)
            if key != "regex", object.contains("group") {
                reader.report(
                    .invalidValue(context: context, message: "\"group\" goes only with \"regex\""),
                    at: path.appending("group"), inMemberName: true)
            }
            switch key {
            case "jsonpath":
                guard let expression = reader.string(sourceValue, at: sourcePath, context: "jsonpath") else {
                    return nil
                }
                return reader.jsonPath(expression, at: sourcePath).map(Source.jsonPath)
            case "header":
                return reader.string(sourceValue, at: sourcePath, context: "header").map(Source.header)
            case "status":
                guard sourceValue == .bool(true) else {
                    reader.report(
                        .wrongType(context: "status", expected: "true", found: reader.describe(sourceValue)),
                        at: sourcePath)
                    return nil
                }
                return .status
            default:
                return parseRegex(sourceValue, group: object["group"], at: path, reader: &reader)
            }
        default:
            reader.report(
                .wrongType(
                    context: context, expected: "a JSONPath string or an object such as {\"header\": \"Location\"}",
                    found: reader.describe(value)), at: path)
            return nil
        }
    }

    static func parseRegex(
        _ value: JSONValue, group: JSONValue?, at path: JSONNodePath, reader: inout CheckDefinitionReader
    ) -> Source? {
        let regexPath = path.appending("regex")
        guard let text = reader.string(value, at: regexPath, context: "regex") else { return nil }
        guard let pattern = TextPattern(text) else {
            reader.report(.invalidRegex(text, context: "regex"), at: regexPath)
            return nil
        }
        let groupPath = path.appending("group")
        switch group {
        case nil:
            // The first group when there is one: `"regex": "id=(\\d+)"` means the digits.
            return .regex(pattern, group: .number(pattern.groupCount > 0 ? 1 : 0))
        case .string(let name)? where !name.isEmpty:
            return .regex(pattern, group: .name(name))
        case let groupValue?:
            guard let number = reader.integer(groupValue, at: groupPath, context: "group", range: 0...Int.max) else {
                return nil
            }
            guard number <= pattern.groupCount else {
                reader.report(
                    .invalidValue(
                        context: "group",
                        message: "the regex has \(pattern.groupCount) group\(pattern.groupCount == 1 ? "" : "s"); "
                            + "use 0 for the whole match or 1…\(pattern.groupCount)"), at: groupPath)
                return nil
            }
            return .regex(pattern, group: .number(number))
        }
    }

    /// Takes the value from `response`; `requestName` (e.g. `Subscription › Queue Job`) names the answer
    /// in failure messages.
    public func evaluate(_ response: CheckedResponse, requestName: String) -> CaptureResult {
        // Said only in failures: building it decodes the whole body.
        var summary: String { "(\(CheckText.responseSummary(response)))" }
        func fail(_ text: String) -> CaptureResult {
            .failed(variable: variable, message: "capture \(variable): \(text)")
        }
        switch source {
        case .jsonPath(let path):
            guard let matches = response.values(at: path) else {
                return fail(
                    "\(path) found nothing in the response of \(requestName), whose body "
                        + "\(response.jsonProblem ?? "is not JSON") \(summary)")
            }
            guard let first = matches.first else {
                return fail("\(path) found nothing in the response of \(requestName) \(summary)")
            }
            if first.isNull { return fail("\(path) is null in the response of \(requestName) \(summary)") }
            if case .number(let number) = first, !number.isFinite {
                // `1e999` is a JSON number no double holds: capturing it as "null" or "inf" would be a lie.
                return fail(
                    "\(path) is a number too large to hold (beyond ±1.8e308) in the response of \(requestName) \(summary); "
                        + "capture it with a regex to keep its digits")
            }
            let note = matches.count > 1 ? "\(path) matched \(matches.count) values; captured the first" : nil
            return .captured(variable: variable, value: first.textValue, note: note)
        case .header(let name):
            guard let value = response.header(name) else {
                let names = response.headers.map(\.name)
                let present = names.isEmpty ? "no headers" : "headers " + names.joined(separator: ", ")
                return fail(
                    "header \(name) is missing from the response of \(requestName) "
                        + "(status \(response.status), \(present))")
            }
            return .captured(variable: variable, value: value, note: nil)
        case .regex(let pattern, let group):
            guard let match = pattern.firstMatch(in: response.bodyText) else {
                return fail("\(pattern) found no match in the response of \(requestName) \(summary)")
            }
            let value: String?
            switch group {
            case .number(let number): value = number < match.count ? match[number] : nil
            case .name(let name): value = pattern.firstMatch(in: response.bodyText, group: name)
            }
            guard let value else {
                return fail("group \(group) of \(pattern) matched nothing in the response of \(requestName) \(summary)")
            }
            return .captured(variable: variable, value: value, note: nil)
        case .status:
            return .captured(variable: variable, value: String(response.status), note: nil)
        }
    }
}

/// What a capture took, or why it took nothing.
public enum CaptureResult: Sendable, Equatable {
    /// The variable now holds `value`; `note` says when a choice was made (several matches).
    case captured(variable: String, value: String, note: String?)
    /// Nothing was captured: the step fails with `message`.
    case failed(variable: String, message: String)

    /// The captured value, nil on failure.
    public var value: String? {
        if case .captured(_, let value, _) = self { return value }
        return nil
    }

    /// The failure message, nil on success.
    public var failureMessage: String? {
        if case .failed(_, let message) = self { return message }
        return nil
    }
}
