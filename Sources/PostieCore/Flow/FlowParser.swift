import Foundation
import PostieJSON

/// Reads a flow file into a `FlowDocument`.
///
/// 1. Syntax: `JSONParser` (errors with line and column).
/// 2. Meaning: every key and value checked, problems collected with their JSON paths rather than
///    stopping at the first.
/// 3. Location: every problem's path found again in one scan of the file (`JSONParser.locations(of:in:)`),
///    pointing at the member name for unknown keys and JSONPath keys, and at the very character of a JSONPath mistake.
public enum FlowParser {
    /// The keys of a flow file's top-level object.
    public static let keys = ["name", "description", "collection", "environment", "environments", "scripts", "variables", "steps"]

    /// Parses the flow in `data`; `file` names it in errors and is the default flow name.
    /// Throws a `FlowError`.
    /// `root` is the data's JSON when the caller has parsed it already, so that it is not parsed again.
    public static func parse(_ data: Data, root parsedRoot: JSONValue? = nil, file: String) throws -> FlowDocument {
        let root: JSONValue
        do {
            root = try parsedRoot ?? JSONParser.parse(TextDecoding.utf8(from: data))
        } catch let error as JSONParseError {
            throw FlowError.syntax(file: file, error: error)
        }
        var reader = CheckDefinitionReader()
        let document = readDocument(root, file: file, data: data, reader: &reader)
        let locator = FlowSourceLocator(data: data)
        let locations = locator.locations(of: reader.problems)
        let errors = reader.problems.enumerated()
            .map { (order: $0.offset, location: locations[$0.offset], problem: $0.element.problem) }
            .sorted { ($0.location?.offset ?? Int.max, $0.order) < ($1.location?.offset ?? Int.max, $1.order) }
            .map { FlowError.invalid(file: file, location: $0.location, problem: $0.problem) }
        if errors.count == 1 { throw errors[0] }
        if errors.count > 1 { throw FlowError.several(errors) }
        guard var document else {
            throw FlowError.invalid(file: file, location: nil, problem: .missingKey("steps", context: "the flow"))
        }
        if let warning = TextDecoding.invalidUTF8Warning(in: data, file: file) { document.warnings.append(warning) }
        return document
    }

    /// Reads and parses the flow file at `url`; `file` (default: the path) names it in errors.
    public static func parse(contentsOf url: URL, file: String? = nil) throws -> FlowDocument {
        let name = file ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw FlowError.unreadable(file: name, reason: (error as NSError).localizedDescription)
        }
        return try parse(data, file: name)
    }

    // MARK: Reading

    static func readDocument(_ root: JSONValue, file: String, data: Data, reader: inout CheckDefinitionReader)
        -> FlowDocument?
    {
        let path = JSONNodePath()
        guard
            let object = reader.object(
                root, at: path, context: "a flow file",
                expected: "an object with \"steps\", \"name\" and \"collection\"")
        else { return nil }
        reader.checkKeys(of: object, at: path, known: keys, context: "the flow")

        var name = URL(fileURLWithPath: file).lastPathComponent
        if name.hasSuffix(".json") { name.removeLast(5) }
        if let value = object["name"], let text = reader.string(value, at: path.appending("name"), context: "name") {
            name = text
        }
        let details = object["description"].flatMap {
            reader.string($0, at: path.appending("description"), context: "description", allowEmpty: true)
        }
        let collection = object["collection"].flatMap {
            reader.string($0, at: path.appending("collection"), context: "collection")
        }
        let environment = object["environment"].flatMap {
            reader.string($0, at: path.appending("environment"), context: "environment")
        }
        let variables = object["variables"].map {
            readVariables($0, at: path.appending("variables"), context: "variables", reader: &reader)
        }
        let environments = object["environments"].map {
            readEnvironments($0, at: path.appending("environments"), data: data, reader: &reader)
        } ?? []
        let runsScripts = object["scripts"].flatMap { reader.bool($0, at: path.appending("scripts"), context: "scripts") } ?? true
        var steps: [FlowStep] = []
        if let value = object["steps"] {
            let stepsPath = path.appending("steps")
            if case .array(let elements) = value {
                if elements.isEmpty {
                    reader.report(
                        .invalidValue(context: "steps", message: "the list is empty: add at least one step"),
                        at: stepsPath)
                }
                var requestPaths: [JSONNodePath] = []
                var stepPaths: [JSONNodePath] = []
                for (index, element) in elements.enumerated() {
                    let stepPath = stepsPath.appending(index)
                    if let step = readStep(element, number: index + 1, at: stepPath, data: data, reader: &reader) {
                        steps.append(step)
                        requestPaths.append(stepPath.appending("request"))
                        stepPaths.append(stepPath)
                    }
                }
                // Every step's `request` found in one scan of the file, not one scan per step.
                for (index, location) in JSONParser.locations(of: requestPaths, in: data).enumerated() {
                    steps[index].requestLocation = location
                }
                checkServersAndSavedFiles(steps, paths: stepPaths, environments: environments, reader: &reader)
            } else {
                reader.report(
                    .wrongType(context: "steps", expected: "a list of steps", found: reader.describe(value)),
                    at: stepsPath)
            }
        } else {
            reader.report(.missingKey("steps", context: "the flow"), at: path)
        }
        var document = FlowDocument(
            file: file, name: name, details: details, collection: collection, environment: environment,
            variables: variables ?? [], steps: steps)
        document.environments = environments
        document.runsScripts = runsScripts
        return document
    }

    /// `"environments": {"dev": "dev.postman_environment.json", …}`, each path located in the file.
    static func readEnvironments(_ value: JSONValue, at path: JSONNodePath, data: Data, reader: inout CheckDefinitionReader)
        -> [FlowEnvironment]
    {
        guard
            let object = reader.object(
                value, at: path, context: "environments",
                expected: "an object of names and environment files, such as {\"prod\": \"prod.postman_environment.json\"}")
        else { return [] }
        var environments: [FlowEnvironment] = []
        for member in object.members {
            if member.key.isEmpty {
                reader.report(
                    .invalidValue(context: "environments", message: "an environment name is empty"), at: path.appending(""),
                    inMemberName: true)
                continue
            }
            guard let file = reader.string(member.value, at: path.appending(member.key), context: "environment \(JSONWriter.quote(member.key))")
            else { continue }
            environments.append(FlowEnvironment(name: member.key, path: file))
        }
        let locations = JSONParser.locations(of: environments.map { path.appending($0.name) }, in: data)
        for index in environments.indices { environments[index].location = locations[index] }
        return environments
    }

    /// Each step's `environment` names one of the flow's `environments`; each file a step uploads or
    /// compares with (`upload`, `expect.sameAs`) is one an earlier step saves.
    static func checkServersAndSavedFiles(
        _ steps: [FlowStep], paths: [JSONNodePath], environments: [FlowEnvironment], reader: inout CheckDefinitionReader
    ) {
        let names = environments.map(\.name)
        var saved: [String] = []
        var savesServerNames = false
        for (step, path) in zip(steps, paths) {
            if let name = step.environment, !names.contains(name) {
                let message =
                    names.isEmpty
                    ? "the flow has no \"environments\"; add one such as \"environments\": {\"\(name)\": \"\(name).postman_environment.json\"}"
                    : "\(JSONWriter.quote(name)) is not one of the flow's environments (\(names.joined(separator: ", ")))"
                        + (Suggestion.closest(to: name, among: names).map { "; did you mean \"\($0)\"?" } ?? "")
                reader.report(.invalidValue(context: "environment", message: message), at: path.appending("environment"))
            }
            func check(_ file: String, at place: JSONNodePath, context: String) {
                guard !saved.contains(file), !savesServerNames else { return }
                let hint = saved.isEmpty ? "no earlier step saves a file" : "earlier steps save \(saved.map { JSONWriter.quote($0) }.joined(separator: ", "))"
                reader.report(
                    .invalidValue(
                        context: context,
                        message: "\(JSONWriter.quote(file)) is saved by no earlier step (\(hint)); add \"save\": \(JSONWriter.quote(file)) to the step that downloads it"),
                    at: place)
            }
            for upload in step.uploads {
                check(upload.savedFile, at: path.appending("upload").appending(upload.field), context: "upload \(JSONWriter.quote(upload.field))")
            }
            if let file = step.sameAs { check(file, at: path.appending("expect").appending("sameAs"), context: "expect.sameAs") }
            switch step.save {
            case .path(let file)?: saved.append(file)
            case .serverFileName?: savesServerNames = true
            case nil: break
            }
        }
    }

    static func readStep(
        _ value: JSONValue, number: Int, at path: JSONNodePath, data: Data, reader: inout CheckDefinitionReader
    ) -> FlowStep? {
        guard
            let object = reader.object(
                value, at: path, context: "step \(number)",
                expected: "an object with \"request\" and optionally expect, capture, poll, save, …")
        else { return nil }
        var request: String?
        if let value = object["request"] {
            request = reader.string(value, at: path.appending("request"), context: "request")
        } else {
            reader.report(.missingKey("request", context: "step \(number)"), at: path)
        }
        let context = request.map { "step \(number) (\($0))" } ?? "step \(number)"
        reader.checkKeys(of: object, at: path, known: FlowStep.keys, context: context)

        var step = FlowStep(request: request ?? "")
        for member in object.members {
            let memberPath = path.appending(member.key)
            let value = member.value
            switch member.key {
            case "name":
                step.name = reader.string(value, at: memberPath, context: "name")
            case "skip":
                step.skip = reader.bool(value, at: memberPath, context: "skip") ?? false
            case "environment":
                step.environment = reader.string(value, at: memberPath, context: "environment")
            case "scripts":
                step.scripts = reader.bool(value, at: memberPath, context: "scripts")
            case "upload":
                step.uploads = readUploads(value, at: memberPath, reader: &reader)
            case "variables":
                step.variables = readVariables(value, at: memberPath, context: "variables", reader: &reader)
            case "query", "headers":
                let overrides = readOverrides(value, at: memberPath, context: member.key, reader: &reader)
                if member.key == "query" { step.query = overrides } else { step.headers = overrides }
            case "body":
                switch value {
                case .string(let text): step.body = .text(text)
                case .null: step.body = .removed
                default: step.body = .json(value)
                }
            case "retry":
                step.retry = readRetry(value, at: memberPath, reader: &reader)
            case "poll":
                step.poll = readPoll(value, at: memberPath, reader: &reader)
            case "expect":
                step.expect = Expectation.parse(value, at: memberPath, context: "expect", extraKeys: ["sameAs"], reader: &reader)
                if case .object(let object) = value, let sameAs = object["sameAs"] {
                    step.sameAs = readSavedFile(sameAs, at: memberPath.appending("sameAs"), context: "expect.sameAs", reader: &reader)
                }
            case "capture":
                step.captures = Capture.parse(value, at: memberPath, reader: &reader)
            case "save":
                step.save = readSave(value, at: memberPath, reader: &reader)
            default:
                continue  // `request` is read above; unknown keys are reported by checkKeys
            }
        }
        return step
    }

    static func readVariables(
        _ value: JSONValue, at path: JSONNodePath, context: String, reader: inout CheckDefinitionReader
    ) -> [FlowVariable] {
        guard
            let object = reader.object(
                value, at: path, context: context, expected: "an object of names and values, such as {\"appId\": \"…\"}"
            )
        else { return [] }
        var variables: [FlowVariable] = []
        for member in object.members {
            if member.key.isEmpty {
                reader.report(
                    .invalidValue(context: context, message: "a variable name is empty"), at: path.appending(""),
                    inMemberName: true)
                continue
            }
            switch member.value {
            case .string, .number, .bool:
                variables.append(FlowVariable(name: member.key, value: member.value.textValue))
            default:
                reader.report(
                    .wrongType(
                        context: "variable \(JSONWriter.quote(member.key))", expected: "a string, number or Boolean",
                        found: reader.describe(member.value)), at: path.appending(member.key))
            }
        }
        return variables
    }

    /// `"upload": {"file": "package.yxzp"}`: form field → a file saved earlier in the run.
    static func readUploads(_ value: JSONValue, at path: JSONNodePath, reader: inout CheckDefinitionReader) -> [FlowUpload] {
        guard
            let object = reader.object(
                value, at: path, context: "upload",
                expected: "an object of form-data file fields and files saved earlier in the run, such as {\"file\": \"package.yxzp\"}")
        else { return [] }
        var uploads: [FlowUpload] = []
        for member in object.members {
            let context = "upload \(JSONWriter.quote(member.key))"
            if let file = readSavedFile(member.value, at: path.appending(member.key), context: context, reader: &reader) {
                uploads.append(FlowUpload(field: member.key, savedFile: file))
            }
        }
        return uploads
    }

    /// A path under the output directory (as `save` takes one), or nil after reporting why not.
    static func readSavedFile(_ value: JSONValue, at path: JSONNodePath, context: String, reader: inout CheckDefinitionReader)
        -> String?
    {
        guard let text = reader.string(value, at: path, context: context) else { return nil }
        if let refusal = SaveTarget.refusal(forPath: text) {
            reader.report(.invalidValue(context: "\(context) \(JSONWriter.quote(text))", message: refusal), at: path)
            return nil
        }
        return text
    }

    static func readOverrides(
        _ value: JSONValue, at path: JSONNodePath, context: String, reader: inout CheckDefinitionReader
    ) -> [FlowOverride] {
        guard
            let object = reader.object(
                value, at: path, context: context,
                expected: "an object of names and values (null removes one), such as {\"format\": \"Csv\"}")
        else { return [] }
        var overrides: [FlowOverride] = []
        for member in object.members {
            switch member.value {
            case .string, .number, .bool:
                overrides.append(FlowOverride(name: member.key, value: member.value.textValue))
            case .null:
                overrides.append(FlowOverride(name: member.key, value: nil))
            default:
                reader.report(
                    .wrongType(
                        context: "\(context) \(JSONWriter.quote(member.key))",
                        expected: "a string, or null to remove it",
                        found: reader.describe(member.value)), at: path.appending(member.key))
            }
        }
        return overrides
    }

    static func readRetry(_ value: JSONValue, at path: JSONNodePath, reader: inout CheckDefinitionReader)
        -> RetryPolicy?
    {
        switch value {
        case .bool(false):
            return nil
        case .number:
            guard let count = reader.integer(value, at: path, context: "retry", range: 0...100), count > 0 else {
                return nil
            }
            return RetryPolicy(count: count)
        case .object(let object):
            reader.checkKeys(of: object, at: path, known: RetryPolicy.keys, context: "retry")
            var policy = RetryPolicy(count: 0)
            if let count = object["count"] {
                policy.count =
                    reader.integer(count, at: path.appending("count"), context: "retry count", range: 0...100) ?? 0
            } else {
                reader.report(.missingKey("count", context: "retry"), at: path)
            }
            if let delay = object["delay"] {
                policy.delay =
                    reader.duration(delay, at: path.appending("delay"), context: "retry delay")
                    ?? RetryPolicy.defaultDelay
            }
            if let conditions = object["on"] {
                policy.conditions = readRetryConditions(conditions, at: path.appending("on"), reader: &reader)
            }
            return policy.count > 0 ? policy : nil
        default:
            reader.report(
                .wrongType(
                    context: "retry",
                    expected: "a number of retries, or an object such as {\"count\": 3, \"delay\": \"1s\"}",
                    found: reader.describe(value)), at: path)
            return nil
        }
    }

    static func readRetryConditions(_ value: JSONValue, at path: JSONNodePath, reader: inout CheckDefinitionReader)
        -> [RetryPolicy.Condition]
    {
        guard case .array(let elements) = value, !elements.isEmpty else {
            reader.report(
                .wrongType(
                    context: "retry on", expected: "a non-empty list such as [503, \"5xx\", \"transport\"]",
                    found: reader.describe(value)), at: path)
            return RetryPolicy.defaultConditions
        }
        var conditions: [RetryPolicy.Condition] = []
        for (index, element) in elements.enumerated() {
            let elementPath = path.appending(index)
            switch element {
            case .number:
                if let code = reader.integer(element, at: elementPath, context: "retry on", range: 100...599) {
                    conditions.append(.status(code))
                }
            case .string(let text):
                let lowered = text.lowercased()
                let scalars = Array(lowered.unicodeScalars)
                if lowered == "transport" {
                    conditions.append(.transport)
                } else if scalars.count == 3, ("1"..."5").contains(scalars[0]), scalars[1] == "x", scalars[2] == "x" {
                    conditions.append(.statusClass(Int(String(scalars[0]))!))
                } else if let code = Int(text), (100...599).contains(code) {
                    conditions.append(.status(code))
                } else {
                    reader.report(
                        .invalidValue(
                            context: "retry on",
                            message: "\(JSONWriter.quote(text)) is no condition: use a status such as 503, "
                                + "a class such as \"5xx\", or \"transport\""), at: elementPath)
                }
            default:
                reader.report(
                    .wrongType(
                        context: "retry on", expected: "a status such as 503, \"5xx\" or \"transport\"",
                        found: reader.describe(element)), at: elementPath)
            }
        }
        return conditions
    }

    static func readPoll(_ value: JSONValue, at path: JSONNodePath, reader: inout CheckDefinitionReader)
        -> PollPolicy?
    {
        guard
            let object = reader.object(
                value, at: path, context: "poll",
                expected: "an object such as {\"until\": {\"json\": {\"$.status\": \"Completed\"}}, \"every\": \"1s\"}")
        else { return nil }
        reader.checkKeys(of: object, at: path, known: PollPolicy.keys, context: "poll")
        var policy = PollPolicy(until: Expectation())
        func condition(_ key: String, reader: inout CheckDefinitionReader) -> Expectation? {
            guard let value = object[key] else { return nil }
            let conditionPath = path.appending(key)
            let problemsBefore = reader.problems.count
            let parsed = Expectation.parse(value, at: conditionPath, context: "poll.\(key)", reader: &reader)
            // An empty condition always holds: `until` would stop at once, `failIf` would always fail.
            if let parsed, parsed.assertions.isEmpty, reader.problems.count == problemsBefore {
                reader.report(
                    .invalidValue(
                        context: "poll.\(key)",
                        message: "add at least one check, such as {\"json\": {\"$.status\": \"Completed\"}}"),
                    at: conditionPath)
            }
            return parsed
        }
        if object["until"] == nil {
            reader.report(.missingKey("until", context: "poll"), at: path)
        }
        policy.until = condition("until", reader: &reader) ?? Expectation()
        policy.failIf = condition("failIf", reader: &reader)
        if let every = object["every"] {
            policy.every =
                reader.duration(every, at: path.appending("every"), context: "poll.every") ?? PollPolicy.defaultEvery
        }
        policy.timeout = object["timeout"].flatMap {
            reader.duration($0, at: path.appending("timeout"), context: "poll.timeout")
        }
        policy.maxAttempts = object["maxAttempts"].flatMap {
            reader.integer($0, at: path.appending("maxAttempts"), context: "poll.maxAttempts", range: 1...Int.max)
        }
        if object["timeout"] == nil && object["maxAttempts"] == nil { policy.timeout = PollPolicy.defaultTimeout }
        if let backoff = object["backoff"] {
            if case .number(let factor) = backoff, factor.isFinite {
                if factor >= 1 {
                    policy.backoff = factor
                } else {
                    reader.report(
                        .invalidValue(
                            context: "poll.backoff",
                            message: "\(JSONWriter.format(number: factor)) would shorten the waits: use 1 or more"),
                        at: path.appending("backoff"))
                }
            } else {
                reader.report(
                    .wrongType(
                        context: "poll.backoff", expected: "a factor such as 1.5", found: reader.describe(backoff)),
                    at: path.appending("backoff"))
            }
        }
        if let maxEveryValue = object["maxEvery"],
            let maxEvery = reader.duration(maxEveryValue, at: path.appending("maxEvery"), context: "poll.maxEvery")
        {
            if maxEvery < policy.every {
                reader.report(
                    .invalidValue(
                        context: "poll.maxEvery", message: "\(maxEvery) is shorter than every (\(policy.every))"),
                    at: path.appending("maxEvery"))
            }
            policy.maxEvery = maxEvery
        }
        return policy
    }

    static func readSave(_ value: JSONValue, at path: JSONNodePath, reader: inout CheckDefinitionReader)
        -> SaveTarget?
    {
        func relativePath(_ value: JSONValue, at path: JSONNodePath, reader: inout CheckDefinitionReader) -> SaveTarget?
        {
            guard let text = reader.string(value, at: path, context: "save") else { return nil }
            if let refusal = SaveTarget.refusal(forPath: text) {
                reader.report(.invalidValue(context: "save \(JSONWriter.quote(text))", message: refusal), at: path)
                return nil
            }
            return .path(text)
        }
        switch value {
        case .bool(true): return .serverFileName
        case .bool(false): return nil
        case .string: return relativePath(value, at: path, reader: &reader)
        case .object(let object):
            reader.checkKeys(of: object, at: path, known: SaveTarget.keys, context: "save")
            guard let pathValue = object["path"] else {
                reader.report(.missingKey("path", context: "save"), at: path)
                return nil
            }
            return relativePath(pathValue, at: path.appending("path"), reader: &reader)
        default:
            reader.report(
                .wrongType(
                    context: "save",
                    expected: "a file name, {\"path\": \"…\"}, or true for the name the server sends",
                    found: reader.describe(value)), at: path)
            return nil
        }
    }
}

/// Finds a problem's place in the flow file's bytes.
struct FlowSourceLocator {
    let data: Data
    let bytes: [UInt8]

    init(data: Data) {
        self.data = data
        self.bytes = [UInt8](data)
    }

    func location(of error: CheckDefinitionError) -> JSONSourceLocation? { locations(of: [error])[0] }

    /// Each problem's place: the values found in one scan of the file, their lines and columns in one more.
    func locations(of errors: [CheckDefinitionError]) -> [JSONSourceLocation?] {
        let values = JSONParser.locations(of: errors.map(\.path), in: data)
        let offsets = zip(errors, values).map { error, value -> Int? in
            guard var offset = value?.offset else { return nil }
            if error.inMemberName, let nameOffset = memberNameOffset(beforeValueAt: offset) { offset = nameOffset }
            if error.position > 0, let characterOffset = self.offset(ofCharacter: error.position, inStringAt: offset) {
                offset = characterOffset
            }
            return offset
        }
        return JSONParser.locations(ofOffsets: offsets, in: data)
    }

    /// The opening quote of the member name whose value starts at `valueOffset`.
    func memberNameOffset(beforeValueAt valueOffset: Int) -> Int? {
        var index = valueOffset - 1
        func skipSpaces() {
            while index >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index -= 1 }
        }
        skipSpaces()
        guard index >= 0, bytes[index] == UInt8(ascii: ":") else { return nil }
        index -= 1
        skipSpaces()
        guard index >= 0, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index -= 1
        while index >= 0 {
            if bytes[index] == UInt8(ascii: "\"") {
                var backslashes = 0
                while index - 1 - backslashes >= 0, bytes[index - 1 - backslashes] == UInt8(ascii: "\\") {
                    backslashes += 1
                }
                if backslashes % 2 == 0 { return index }
            }
            index -= 1
        }
        return nil
    }

    /// The byte offset of the `position`-th character (1-based) of the JSON string whose opening quote is at
    /// `quoteOffset`; nil when it is not a string or an escape comes first (columns would no longer agree).
    func offset(ofCharacter position: Int, inStringAt quoteOffset: Int) -> Int? {
        guard quoteOffset < bytes.count, bytes[quoteOffset] == UInt8(ascii: "\"") else { return nil }
        var index = quoteOffset + 1
        var character = 1
        while character < position {
            guard index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") else {
                return nil
            }
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            character += 1
        }
        return index
    }
}
