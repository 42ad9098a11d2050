import Foundation

/// What reporters are built from: `postie run`'s options.
public struct ReporterOptions: Sendable {
    /// Every reporter's output goes through it.
    public var redactor: SecretRedactor
    /// `--reporter-json-export`; nil writes `postie-report.json` in the output directory.
    public var jsonExportPath: String?
    /// `--reporter-junit-export`; nil writes `postie-report.xml` in the output directory.
    public var junitExportPath: String?
    /// `--reporter-html-export`; nil writes `postie-report.html` in the output directory.
    public var htmlExportPath: String?
    /// `--output-dir`: where reports go without an export path.
    public var outputDirectory: String
    /// `--color`, `--verbose` and the environment the terminal reporter reads.
    public var terminal: TerminalReporter.Options
    /// The JSON report's body limit.
    public var json: JSONReporter.Options
    /// Standard output and error, or buffers in tests.
    public var output: TextSink
    public var errors: TextSink

    public init(
        redactor: SecretRedactor, jsonExportPath: String? = nil, junitExportPath: String? = nil,
        htmlExportPath: String? = nil, outputDirectory: String = ReporterRegistry.defaultOutputDirectory,
        terminal: TerminalReporter.Options = TerminalReporter.Options(), json: JSONReporter.Options = JSONReporter.Options(),
        output: TextSink = FileDescriptorSink.standardOutput, errors: TextSink = FileDescriptorSink.standardError
    ) {
        self.redactor = redactor
        self.jsonExportPath = jsonExportPath
        self.junitExportPath = junitExportPath
        self.htmlExportPath = htmlExportPath
        self.outputDirectory = outputDirectory
        self.terminal = terminal
        self.json = json
        self.output = output
        self.errors = errors
    }
}

/// The reporters `-r` can name: `cli`, `json`, `junit`, `html`.
public enum ReporterRegistry {
    /// The names, in the order `--help` lists them.
    public static let names = ["cli", "json", "junit", "html"]

    /// The output directory without `--output-dir`.
    public static let defaultOutputDirectory = "postie-output"
    /// The file `json` writes in the output directory without `--reporter-json-export`.
    public static let defaultJSONReportName = "postie-report.json"
    /// The file `junit` writes in the output directory without `--reporter-junit-export`.
    public static let defaultJUnitReportName = "postie-report.xml"
    /// The file `html` writes in the output directory without `--reporter-html-export`.
    public static let defaultHTMLReportName = "postie-report.html"

    /// How reports name the report `name` in messages: `the JSON report`.
    public static func title(of name: String) -> String {
        switch name.lowercased() {
        case "json": return "the JSON report"
        case "junit": return "the JUnit report"
        case "html": return "the HTML report"
        default: return "the \(name) report"
        }
    }

    /// The file the reporter `name` writes, or nil for one that writes no file (`cli`) or does not exist.
    public static func reportPath(of name: String, options: ReporterOptions) -> String? {
        switch name.trimmingCharacters(in: .whitespaces).lowercased() {
        case "json":
            return options.jsonExportPath ?? (options.outputDirectory as NSString).appendingPathComponent(defaultJSONReportName)
        case "junit":
            return options.junitExportPath ?? (options.outputDirectory as NSString).appendingPathComponent(defaultJUnitReportName)
        case "html":
            return options.htmlExportPath ?? (options.outputDirectory as NSString).appendingPathComponent(defaultHTMLReportName)
        default:
            return nil
        }
    }

    /// The reporter called `name` (any case); `ReportError.unknownReporter` for another name.
    public static func reporter(named name: String, options: ReporterOptions) throws -> any RunReporter {
        switch name.trimmingCharacters(in: .whitespaces).lowercased() {
        case "cli":
            return TerminalReporter(
                output: options.output, errors: options.errors, redactor: options.redactor, options: options.terminal)
        case "json":
            return JSONReporter(
                path: reportPath(of: "json", options: options) ?? defaultJSONReportName, redactor: options.redactor,
                options: options.json)
        case "junit":
            return JUnitReporter(
                path: reportPath(of: "junit", options: options) ?? defaultJUnitReportName, redactor: options.redactor)
        case "html":
            return HTMLReporter(
                path: reportPath(of: "html", options: options) ?? defaultHTMLReportName, redactor: options.redactor,
                options: options.json)
        default:
            throw ReportError.unknownReporter(name: name, available: names)
        }
    }

    /// The reporters of `-r cli,json -r junit`: names split at commas, blanks and repeats dropped, in order.
    public static func reporters(named names: [String], options: ReporterOptions) throws -> [any RunReporter] {
        var seen: Set<String> = []
        var reporters: [any RunReporter] = []
        for name in names.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces) })
        where !name.isEmpty && seen.insert(name.lowercased()).inserted {
            reporters.append(try reporter(named: name, options: options))
        }
        return reporters
    }
}

/// Several reporters as one: each event goes to each, in order. When the run finishes every reporter
/// writes, even when an earlier one failed; the first error is thrown after.
public final class ReporterGroup: RunReporter {
    public let reporters: [any RunReporter]

    public init(_ reporters: [any RunReporter]) { self.reporters = reporters }

    public func runStarted(_ start: RunStart) { for reporter in reporters { reporter.runStarted(start) } }

    public func iterationStarted(_ iteration: Int, of count: Int) {
        for reporter in reporters { reporter.iterationStarted(iteration, of: count) }
    }

    public func attemptFinished(_ attempt: Attempt, of displayName: String) {
        for reporter in reporters { reporter.attemptFinished(attempt, of: displayName) }
    }

    public func executionFinished(_ execution: RequestExecution) {
        for reporter in reporters { reporter.executionFinished(execution) }
    }

    public func diagnosticRaised(_ diagnostic: Diagnostic) {
        for reporter in reporters { reporter.diagnosticRaised(diagnostic) }
    }

    public func runFinished(_ result: RunResult) throws {
        var firstError: (any Error)?
        for reporter in reporters {
            do { try reporter.runFinished(result) } catch { firstError = firstError ?? error }
        }
        if let firstError { throw firstError }
    }
}
