import Foundation
import GalleryEmulator
import PostieCore
import PostieJSON

/// `postie demo`: the seed article's story twice against the embedded emulator — the legacy Gallery API
/// (OAuth 1.0a) with every report written, then the same queue → poll → download on /webapi (OAuth 2).
struct DemoCommand: Command {
    let environment: [String: String]
    let console: Console

    /// The flows the demo runs, under the repository's `collections/`: the legacy API's, then /webapi's.
    static let flowName = "alteryx-gallery.smoke.flow.json"
    static let webapiFlowName = "alteryx-webapi.flow.json"

    static let options: [OptionSpec] = [
        OptionSpec(names: ["--output-dir"], valueName: "DIR", help: "where reports and the saved output go (default postie-output)"),
        OptionSpec(names: ["--collections"], valueName: "DIR", help: "the collections folder (default: found from here or the executable)"),
        OptionSpec(
            names: ["--job-time"], valueName: "DURATION",
            help: "how long the emulator's jobs run: 500ms, 2s; a bare number is milliseconds (default 1s)"),
        OptionSpec(names: ["--color"], valueName: "WHEN", help: "auto, on, off"),
        OptionSpec(names: ["-h", "--help"], valueName: nil, help: "show this help"),
    ]

    static let parser = ArgumentParser(command: "demo", options: options)

    static var help: String {
        """
        usage: postie demo [options]

        Starts the embedded Alteryx Gallery emulator on a free loopback port and runs
        the seed article's story twice: queue the ECB euro reference rates workflow,
        poll the job until it completes, download its output as CSV; first on the
        legacy Gallery API with OAuth 1.0a
        (collections/\(flowName)), then on /webapi with OAuth 2
        client credentials and the v3 API (collections/\(webapiFlowName)).
        Writes the terminal, JSON, JUnit and HTML reports and the saved outputs
        under ./postie-output/ (postie's own folder: an earlier run's files there
        are replaced), and prints the `postie run` commands that do the same
        against a real server.

        Options:
        \(parser.optionsHelp())

        """
    }

    func run(_ parsed: ParsedArguments) throws -> ExitCode {
        guard parsed.operands.isEmpty else { throw UsageError("postie demo takes no file") }
        let jobTime = try Self.jobTime(from: parsed)
        guard let collections = Self.collectionsDirectory(given: parsed.value("--collections")) else {
            console.error(
                "cannot find collections/\(Self.flowName); run the demo from the postie checkout, or pass --collections DIR")
            return .usage
        }
        let flowPath = (collections as NSString).appendingPathComponent(Self.flowName)
        let webapiFlowPath = (collections as NSString).appendingPathComponent(Self.webapiFlowName)
        let output = parsed.value("--output-dir") ?? "postie-output"

        var configuration = GalleryEmulator.Configuration()
        configuration.port = 0
        configuration.jobTime = jobTime
        let emulator = GalleryEmulator(configuration: configuration)
        do {
            _ = try emulator.start()
        } catch {
            console.error("cannot start the Gallery emulator: \(error)")
            return .internalError
        }
        defer { emulator.stop() }

        // The emulator's environment goes to a private temporary file (it holds the demo secrets) and is
        // removed afterwards; nothing with a secret is left in the output directory.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("postie-demo-\(UUID().uuidString)")
        let environmentPath = scratch.appendingPathComponent("emulator.postman_environment.json").path
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try writeFileAtomically(JSONWriter.prettyData(emulator.environmentFile(name: "postie demo (emulator)")), to: environmentPath)
        } catch {
            console.error("cannot write the emulator's environment: \(error)")
            return .cannotCreate
        }
        defer { try? FileManager.default.removeItem(at: scratch) }

        console.line("postie demo: Gallery emulator at \(emulator.galleryURL) and \(emulator.webapiURL)")
        console.line("")
        console.line("1/2  The legacy Gallery API (/gallery/api/, OAuth 1.0a; Alteryx Server up to 2021.4)")
        console.line("")
        let reports = (
            json: (output as NSString).appendingPathComponent("demo-report.json"),
            junit: (output as NSString).appendingPathComponent("demo-report.xml"),
            cli: (output as NSString).appendingPathComponent("demo-report.txt"),
            html: (output as NSString).appendingPathComponent("demo-report.html")
        )
        let runArguments = [
            flowPath, "-e", environmentPath, "-r", "cli,json,junit,html", "--reporter-json-export", reports.json,
            "--reporter-html-export", reports.html,
            "--reporter-junit-export", reports.junit, "--reporter-cli-export", reports.cli, "--output-dir", output,
        ]
        let color = parsed.value("--color").map { ["--color", $0] } ?? []
        let legacyStatus = RunCommand(environment: environment, console: console).execute(runArguments + color)

        console.line("")
        console.line("2/2  The same on /webapi (OAuth 2 client credentials, the v3 API; Server 2021.4 and later)")
        console.line("")
        let webapiReport = (output as NSString).appendingPathComponent("demo-webapi-report.json")
        let webapiArguments = [
            webapiFlowPath, "-e", environmentPath, "-r", "cli,json", "--reporter-json-export", webapiReport, "--output-dir", output,
        ]
        let webapiStatus = RunCommand(environment: environment, console: console).execute(webapiArguments + color)

        console.line("")
        console.line("Reports:   \(reports.cli)  \(reports.json)  \(reports.junit)  \(reports.html)  \(webapiReport)")
        console.line(
            "Output:    \((output as NSString).appendingPathComponent("ecb-rates.csv"))  "
                + "\((output as NSString).appendingPathComponent("webapi-ecb-rates.csv"))")
        console.line("")
        console.line("The same against a real Alteryx Server (an environment with gallery-url, studio-key, studio-secret,")
        console.line("or webapi-url, user-key, user-secret for /webapi):")
        for path in [flowPath, webapiFlowPath] {
            console.line(
                "  postie run \(Self.relativeToCurrentDirectory(path)) -e my-server.postman_environment.json -r cli,json,junit "
                    + "--output-dir postie-output")
        }
        return legacyStatus == .success ? webapiStatus : legacyStatus
    }

    /// `--job-time` in seconds: a duration, a bare number of milliseconds; 1s without it.
    static func jobTime(from parsed: ParsedArguments) throws -> TimeInterval {
        try parsed.value("--job-time").map { try OptionValue.seconds($0, option: "--job-time") } ?? 1
    }

    /// `collections/` from `--collections`, the current directory or above, or beside the executable's
    /// checkout (`.build/release/postie` → the package root).
    static func collectionsDirectory(given: String?) -> String? {
        let fileManager = FileManager.default
        func has(_ directory: String) -> Bool {
            fileManager.fileExists(atPath: (directory as NSString).appendingPathComponent(flowName))
        }
        if let given { return has(given) ? given : nil }
        var starts = [fileManager.currentDirectoryPath]
        if let executable = Bundle.main.executablePath ?? CommandLine.arguments.first.map({ URL(fileURLWithPath: $0).path }) {
            starts.append((URL(fileURLWithPath: executable).resolvingSymlinksInPath().path as NSString).deletingLastPathComponent)
        }
        for start in starts {
            var directory = start
            for _ in 0..<8 {
                let candidate = (directory as NSString).appendingPathComponent("collections")
                if has(candidate) { return relativeToCurrentDirectory(candidate) }
                let parent = FilePath.deletingLastComponent(directory)
                if parent == directory { break }
                directory = parent
            }
        }
        return nil
    }

    static func relativeToCurrentDirectory(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }
}
