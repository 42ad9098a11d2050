import Foundation
import PostieCore

/// What `run`, `report` and `merge-reports` share about the reports they write.
enum ReportOptions {
    /// The export paths of the file reports, as `--help` lists them.
    static let fileExportSpecs: [OptionSpec] = [
        OptionSpec(
            names: ["--reporter-json-export"], valueName: "FILE",
            help: "JSON report path (default: OUTPUT-DIR/postie-report.json); implies -r json"),
        OptionSpec(
            names: ["--reporter-junit-export"], valueName: "FILE",
            help: "JUnit XML report path (default: OUTPUT-DIR/postie-report.xml); implies -r junit"),
        OptionSpec(
            names: ["--reporter-html-export"], valueName: "FILE",
            help: "HTML report path (default: OUTPUT-DIR/postie-report.html); implies -r html"),
    ]

    /// Each export option and the reporter it implies.
    static let impliedReporters = [
        ("--reporter-json-export", "json"), ("--reporter-junit-export", "junit"), ("--reporter-html-export", "html"),
        ("--reporter-cli-export", "cli"),
    ]

    /// `-r LIST` (else `defaultList`), lower-cased, then each reporter an export option given implies.
    static func reporterNames(_ parsed: ParsedArguments, default defaultList: String) -> [String] {
        var names = (parsed.value("--reporters") ?? defaultList).split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        for (option, reporter) in impliedReporters where parsed.value(option) != nil && !names.contains(reporter) {
            names.append(reporter)
        }
        return names
    }

    /// Refuses, before anything is sent or written, a report that would land where `policy` forbids.
    static func checkPaths(of names: [String], options: ReporterOptions, policy: OutputFilePolicy) throws {
        for name in names {
            if let path = ReporterRegistry.reportPath(of: name, options: options) {
                try policy.check(path, what: ReporterRegistry.title(of: name))
            }
        }
    }
}

extension ReportOptions {
    /// Writes the reports of a run read back from JSON reports: its start, every execution, its end.
    static func write(_ result: RunResult, to reporters: [any RunReporter]) throws {
        let group = ReporterGroup(reporters)
        group.runStarted(
            RunStart(
                collectionName: result.collectionName, environmentName: result.environmentName,
                iterationCount: result.iterationCount,
                requestCount: result.executions.count / max(1, Set(result.executions.map(\.iteration)).count)))
        for execution in result.executions { group.executionFinished(execution) }
        try group.runFinished(result)
    }
}
