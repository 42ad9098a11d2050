import Foundation
import PostieCore

/// postie's command line: `run`, `validate`, `serve`, `demo`, help and version.
/// The executable calls `Postie.main`; tests call it directly with their own console.
public enum Postie {
    public static let version = "0.1.0"

    /// Runs the command line `arguments` (without the program name) and returns the exit status.
    public static func main(
        arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
        console: Console = .standard
    ) -> ExitCode {
        guard let command = arguments.first else {
            console.output.write(overview)
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "-h", "--help", "help":
            if let topic = rest.first {
                guard let help = help(for: topic) else {
                    console.error("no command \"\(topic)\"; commands: run, validate, convert, serve, demo, js, report, merge-reports")
                    return .usage
                }
                console.output.write(help)
            } else {
                console.output.write(overview)
            }
            return .success
        case "-v", "-V", "--version", "version":
            console.line("postie \(version)")
            return .success
        case "run":
            return RunCommand(environment: environment, console: console).execute(rest)
        case "validate":
            return ValidateCommand(console: console).execute(rest)
        case "serve":
            return ServeCommand(console: console).execute(rest)
        case "demo":
            return DemoCommand(environment: environment, console: console).execute(rest)
        case "js":
            return JSCommand(console: console, environment: environment).execute(rest)
        case "convert":
            return ConvertCommand(console: console).execute(rest)
        case "report":
            return ReportCommand(mode: .combine, environment: environment, console: console).execute(rest)
        case "merge-reports":
            return ReportCommand(mode: .merge, environment: environment, console: console).execute(rest)
        default:
            let commands = ["run", "validate", "convert", "serve", "demo", "js", "report", "merge-reports", "help", "version"]
            let hint = Suggestion.closest(to: command, among: commands).map { "; did you mean `postie \($0)`?" } ?? ""
            console.error("unknown command \"\(command)\"\(hint)\n\n" + usageLine)
            return .usage
        }
    }

    static func help(for command: String) -> String? {
        switch command {
        case "run": return RunCommand.help
        case "validate": return ValidateCommand.help
        case "serve": return ServeCommand.help
        case "demo": return DemoCommand.help
        case "js": return JSCommand.help
        case "convert": return ConvertCommand.help
        case "report", "merge-reports": return ReportCommand.help
        default: return nil
        }
    }

    static let usageLine = """
        usage: postie <command> [options]
          postie run COLLECTION.json [options]  run a Postman collection (a file or URL)
          postie run FLOW.json [options]        run a flow: requests chained with checks
          postie run FOLDER [options]           run a v3 collection folder (Postman v12)
          postie validate FILE.json             check a flow or collection, send nothing
          postie convert IN -o OUT              v2.1 JSON to a v3 folder, and back
          postie serve [options]                start the embedded Gallery emulator
          postie demo                           the Gallery smoke flow on the emulator
          postie js FILE.js...                  run JavaScript files on postie's engine
          postie report REPORT.json...          html, junit, json reports from JSON ones
          postie merge-reports SHARD.json...    the shards of one run (--shard) as one

        """

    static var overview: String {
        """
        postie \(version): runs Postman collections from scripts and CI. No Node, no
        dependencies.

        \(usageLine)
        `postie help COMMAND` or `postie COMMAND --help` lists the options of a command.

        \(ExitCode.helpText)

        """
    }
}
