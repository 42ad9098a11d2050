import Foundation
import PostieCore

/// `postie report A.json [B.json…] -r html,junit,json` renders reports from JSON reports;
/// `postie merge-reports` does the same with the JSON reports of the shards of one run (`--shard I/N`),
/// refusing a set with a shard missing or doubled.
struct ReportCommand: Command {
    enum Mode {
        /// Reports one after the other, as one run.
        case combine
        /// The shards of one run, back in the whole run's order.
        case merge
    }

    let mode: Mode
    let environment: [String: String]
    let console: Console

    static let options: [OptionSpec] = [
        OptionSpec(
            names: ["-r", "--reporters"], valueName: "LIST",
            help: "reports to write, comma-separated: html, junit, json, cli (default: html)"),
    ] + ReportOptions.fileExportSpecs + [
        OptionSpec(names: ["--output-dir"], valueName: "DIR", help: "where reports go without a path (default: postie-output)"),
        OptionSpec(
            names: ["--overwrite"], valueName: nil, help: "let reports outside the output directory replace existing files"),
        OptionSpec(
            names: ["-x", "--suppress-exit-code"], valueName: nil, help: "exit 0 even when the reported run failed"),
        OptionSpec(names: ["--color"], valueName: "WHEN", help: "for -r cli: auto (default), on, off"),
        OptionSpec(names: ["-h", "--help"], valueName: nil, help: "show this help"),
    ]

    static let parser = ArgumentParser(command: "report", options: options)

    static var help: String {
        """
        usage: postie report REPORT.json [MORE.json…] [-r html,junit,json,cli]
               postie merge-reports SHARD1.json SHARD2.json… [-r html,junit,json]

        report renders the reports of JSON reports (postie run -r json): one, or
        several one after the other as one run. merge-reports takes the JSON reports
        of every shard of one run (postie run --shard I/N) and writes the reports of
        the whole run, in its order, with stats that add up; it refuses a set with a
        shard missing or doubled, or shards of different splits. The values in a
        JSON report are already redacted: nothing secret is added.

        Options:
        \(parser.optionsHelp())

        Exit status: 0 the reported run passed; 1 it failed (0 with -x); 64 usage
        error; 65 a file is not a JSON report, or the shards are not a whole set;
        73 a report could not be written.

        """
    }

    func run(_ parsed: ParsedArguments) throws -> ExitCode {
        let command = mode == .merge ? "merge-reports" : "report"
        guard !parsed.operands.isEmpty else {
            throw UsageError("postie \(command) needs JSON reports (postie run -r json); see `postie \(command) --help`")
        }
        let colorText = parsed.value("--color") ?? "auto"
        guard let color = ColorMode(rawValue: colorText) else {
            throw UsageError("--color takes auto, on or off, not \"\(colorText)\"")
        }
        let loader = InputLoader(timeoutMilliseconds: nil, userAgent: "postie/\(Postie.version)")
        var runs: [(file: String, run: RunResult)] = []
        for file in parsed.operands {
            runs.append((file, try ReportReader.read(data: loader.data(at: file), file: file)))
        }
        let result = mode == .merge ? try ReportCombiner.merge(runs) : ReportCombiner.combine(runs.map(\.run))

        let names = ReportOptions.reporterNames(parsed, default: "html")
        let outputDirectory = parsed.value("--output-dir") ?? ReporterRegistry.defaultOutputDirectory
        // The values are redacted already; the redactor still hides whole Authorization headers.
        let options = ReporterOptions(
            redactor: SecretRedactor(), jsonExportPath: parsed.value("--reporter-json-export"),
            junitExportPath: parsed.value("--reporter-junit-export"), htmlExportPath: parsed.value("--reporter-html-export"),
            outputDirectory: outputDirectory,
            terminal: TerminalReporter.Options(color: color, verbose: false, environment: environment),
            output: console.output, errors: console.errors)
        let reporters = try ReporterRegistry.reporters(named: names, options: options)
        let policy = OutputFilePolicy(
            outputDirectory: outputDirectory, overwrite: parsed.flag("--overwrite"), inputs: parsed.operands,
            workingDirectory: FileManager.default.currentDirectoryPath)
        try ReportOptions.checkPaths(of: names, options: options, policy: policy)
        do {
            try ReportOptions.write(result, to: reporters)
        } catch {
            return Self.exitCode(for: error, console: console)
        }
        for name in names {
            if let path = ReporterRegistry.reportPath(of: name, options: options) { console.line("wrote \(path)") }
        }
        if result.failed, !parsed.flag("--suppress-exit-code") { return .failure }
        return .success
    }
}
