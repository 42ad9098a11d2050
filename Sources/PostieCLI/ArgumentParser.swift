import PostieCore

/// One option a command accepts.
struct OptionSpec: Sendable {
    /// Every spelling: `-e`, `--environment`.
    var names: [String]
    /// The value's placeholder in help (`FILE`), or nil for a flag.
    var valueName: String?
    /// The help line.
    var help: String
    /// Whether it may be given several times.
    var repeatable: Bool = false

    var canonicalName: String { names.last! }
    var takesValue: Bool { valueName != nil }
}

/// Parsed command-line arguments: option values by canonical name, and the operands.
struct ParsedArguments: Sendable {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var operands: [String] = []

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A usage error: the message says what was wrong and what to do; the CLI exits 64.
struct UsageError: Error, Sendable, CustomStringConvertible {
    var message: String
    var description: String { message }

    init(_ message: String) { self.message = message }
}

/// A small GNU-style parser: `--name value`, `--name=value`, `-n value`, flags, `--` ends options.
struct ArgumentParser: Sendable {
    let command: String
    let options: [OptionSpec]

    func parse(_ arguments: [String]) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                parsed.operands.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = options.first(where: { $0.names.contains(name) }) else {
                throw UsageError(unknownOptionMessage(name))
            }
            if spec.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw UsageError("\(name) needs a value (\(spec.valueName!)); see `postie \(command) --help`")
                    }
                    value = arguments[index]
                    index += 1
                }
                if !spec.repeatable, parsed.values[spec.canonicalName] != nil {
                    throw UsageError("\(name) is given twice; give it once")
                }
                parsed.values[spec.canonicalName, default: []].append(value)
            } else {
                if inlineValue != nil { throw UsageError("\(name) takes no value") }
                parsed.flags.insert(spec.canonicalName)
            }
        }
        return parsed
    }

    private func unknownOptionMessage(_ name: String) -> String {
        let candidates = options.flatMap(\.names).filter { $0.hasPrefix("--") }
        if let suggestion = Suggestion.closest(to: name, among: candidates) {
            return "unknown option \(name) for `postie \(command)`; did you mean \(suggestion)?"
        }
        return "unknown option \(name) for `postie \(command)`; see `postie \(command) --help`"
    }

    /// The help block listing every option, wrapped between words to fit `width` columns.
    func optionsHelp(width: Int = HelpText.width) -> String {
        let rows = options.map { spec -> (String, String) in
            let names = spec.names.joined(separator: ", ") + (spec.valueName.map { " \($0)" } ?? "")
            return (names, spec.help)
        }
        let column = min(rows.map(\.0.count).max() ?? 0, 28)
        let indent = String(repeating: " ", count: column + 4)
        return rows.map { names, help in
            let fits = names.count <= column
            let lines = HelpText.wrap(help, width: width - column - 4)
            let first = fits ? "  " + names.padding(toLength: column, withPad: " ", startingAt: 0) + "  " + (lines.first ?? "") : "  " + names
            let rest = (fits ? Array(lines.dropFirst()) : lines).map { indent + $0 }
            return ([first] + rest).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

/// Help text as a terminal shows it: at most 80 columns, lines broken between words.
enum HelpText {
    static let width = 80

    /// `text` in lines of at most `width` characters, broken at spaces (a longer word stands alone).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
