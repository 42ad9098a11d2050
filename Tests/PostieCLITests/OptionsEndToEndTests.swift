import Foundation
import GalleryEmulator
import PostieHTTPServer
import Testing

@testable import PostieCLI

/// Options as a new user meets them: durations, `--folder`, export options, help, `serve`'s port and the
/// README (issue 10, items 7, 8, 11 and 12).
@Suite("Options, help and README, end to end")
struct OptionsEndToEndTests {
    // MARK: Item 7: durations

    /// Every duration option takes a unit, and a bare number is milliseconds, as in Newman and in flows.
    @Test(arguments: [
        (["--job-time", "500"], "jobTime", 0.5),
        (["--job-time", "2s"], "jobTime", 2),
        (["--token-lifetime", "1500"], "tokenLifetime", 1.5),
        (["--token-lifetime", "1h"], "tokenLifetime", 3600),
        (["--timestamp-window", "5m"], "timestampWindow", 300),
        (["--timestamp-window", "250"], "timestampWindow", 0.25),
        (["--latency", "1s"], "latency", 1),
        (["--latency", "20"], "latency", 0.02),
    ])
    func serveDurationsAreMillisecondsWhenBare(
        arguments: [String], setting: String, seconds: Double
    ) throws {
        let configuration = try ServeCommand.configuration(from: ServeCommand.parser.parse(arguments))
        let value = try #require(GalleryEmulatorSettings(configuration).seconds[setting])
        #expect(abs(value - seconds) < 1e-9)
    }

    /// `--user ROLE:KEY:SECRET`, repeatable, adds users; a malformed one is a usage error (exit 64).
    @Test func serveUserAddsRolesAndRefusesAMalformedOne() throws {
        let parsed = try ServeCommand.parser.parse(["--user", "viewer:vk:vs", "--user", "NONE:nk:n:s"])
        let configuration = try ServeCommand.configuration(from: parsed)
        #expect(
            configuration.extraUsers == [
                GalleryEmulator.ExtraUser(role: .viewer, key: "vk", secret: "vs"),
                GalleryEmulator.ExtraUser(role: .none, key: "nk", secret: "n:s"),
            ])
        let names = GalleryEmulator(configuration: configuration).environmentFile()["values"]?.arrayValue?
            .compactMap { $0["key"]?.stringValue } ?? []
        #expect(names.contains("viewer-1-key") && names.contains("no-access-2-secret") && names.contains("viewer-secret"), "\(names)")
        let wrong = try PostieProcess.run(["serve", "--port", "0", "--user", "admin:k:s"], timeout: 30)
        #expect(wrong.status == 64, "\(wrong.everything)")
        #expect(wrong.errors.contains("--user takes ROLE:KEY:SECRET"), "\(wrong.errors)")
    }

    @Test(arguments: [(["--job-time", "500"], 0.5), (["--job-time", "1s"], 1.0), ([String](), 1.0)])
    func demoJobTimeIsMillisecondsWhenBare(arguments: [String], seconds: Double) throws {
        #expect(try DemoCommand.jobTime(from: DemoCommand.parser.parse(arguments)) == seconds)
    }

    @Test func runDurationsTakeUnits() throws {
        let server = try CountingServer(routes: [
            "/slow/": { _ in
                Thread.sleep(forTimeInterval: 3)
                return .text("late")
            }
        ])
        let collection = try server.write(
            #"{"info": {"name": "d"}, "item": [{"name": "a", "request": "\#(server.base)/ok/"}, {"name": "s", "request": "\#(server.base)/slow/"}]}"#,
            to: "c.json")
        let units = try PostieProcess.run(["run", collection, "--delay-request", "10ms", "--timeout-request", "1s"], in: server.directory)
        #expect(units.status == 1, "\(units.everything)")
        #expect(units.output.contains("no answer within 1s"), "\(units.output)")
        let bare = try PostieProcess.run(["run", collection, "--timeout-request", "300"], in: server.directory)
        #expect(bare.output.contains("no answer within 300ms"), "\(bare.output)")
        let wrong = try PostieProcess.run(["run", collection, "--delay-request", "soon"], in: server.directory)
        #expect(wrong.status == 64)
        #expect(wrong.errors.contains("--delay-request takes a duration such as 500ms, 2s or 5m"), "\(wrong.errors)")
    }

    // MARK: Item 8: --folder

    static func folders(_ server: CountingServer) throws -> String {
        try server.write(
            """
            {"info": {"name": "Folders"}, "item": [
              {"name": "Subscription", "item": [
                {"name": "Package", "request": "\(server.base)/sub/package/"},
                {"name": "Jobs", "request": "\(server.base)/sub/jobs/"}]},
              {"name": "Admin V1", "item": [
                {"name": "Package", "request": "\(server.base)/admin/package/"},
                {"name": "Users", "request": "\(server.base)/admin/users/"}]}
            ]}
            """, to: "folders.postman_collection.json")
    }

    /// `--folder` takes the names postie prints: `A › B` and `A/B`.
    @Test(arguments: ["Subscription › Package", "Subscription/Package", "Subscription/Package/"])
    func folderTakesAPath(path: String) throws {
        let server = try CountingServer()
        let collection = try Self.folders(server)
        let outcome = try PostieProcess.run(["run", collection, "--folder", path], in: server.directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(server.received == ["/sub/package/"])
    }

    @Test func anAmbiguousFolderNameListsTheMatchesAndHowToPickOne() throws {
        let server = try CountingServer()
        let collection = try Self.folders(server)
        let outcome = try PostieProcess.run(["run", collection, "--folder", "Package"], in: server.directory)
        #expect(outcome.status == 64, "\(outcome.everything)")
        #expect(outcome.errors.contains("Subscription/Package"), "\(outcome.errors)")
        #expect(outcome.errors.contains("Admin V1/Package"), "\(outcome.errors)")
        #expect(outcome.errors.contains("--folder \"Subscription/Package\""), "\(outcome.errors)")
        #expect(server.received.isEmpty)
    }

    @Test(arguments: [("Subscriptoin", "Subscription"), ("Subscription/Pakage", "Subscription/Package"), ("Usres", "Admin V1/Users")])
    func aMistypedFolderGetsTheClosestNames(typed: String, suggested: String) throws {
        let server = try CountingServer()
        let collection = try Self.folders(server)
        let outcome = try PostieProcess.run(["run", collection, "--folder", typed], in: server.directory)
        #expect(outcome.status == 64, "\(outcome.everything)")
        #expect(outcome.errors.contains("closest: \"\(suggested)\""), "\(outcome.errors)")
    }

    // MARK: Item 11

    /// An export option implies its reporter.
    @Test(arguments: [
        ("--reporter-json-export", "r.json", "\"executions\""), ("--reporter-junit-export", "r.xml", "<testsuites"),
        ("--reporter-html-export", "r.html", "<!DOCTYPE html>"),
    ])
    func anExportOptionImpliesItsReporter(option: String, file: String, content: String) throws {
        let server = try CountingServer()
        let collection = try server.write(
            #"{"info": {"name": "One"}, "item": [{"name": "a", "request": "\#(server.base)/ok/"}]}"#, to: "c.json")
        let outcome = try PostieProcess.run(["run", collection, option, server.path(file)], in: server.directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(try server.read(file).contains(content))
        #expect(outcome.output.contains("GET a"), "the terminal report stays: \(outcome.output)")
    }

    /// `--reporter-cli-export` implies the terminal report; under `--silent` it is saved and not shown.
    @Test func theTerminalReportIsSavedEvenWhenSilent() throws {
        let server = try CountingServer()
        let collection = try server.write(
            #"{"info": {"name": "One"}, "item": [{"name": "a", "request": "\#(server.base)/ok/"}]}"#, to: "c.json")
        let outcome = try PostieProcess.run(
            ["run", collection, "-r", "json", "--silent", "--reporter-cli-export", server.path("t.txt")], in: server.directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(outcome.everything.isEmpty, "\(outcome.everything)")
        #expect(try server.read("t.txt").contains("GET a"))
        #expect(FileManager.default.fileExists(atPath: server.path("postie-output/postie-report.json")))
    }

    /// Help fits 80 columns and is wrapped between words.
    @Test(arguments: [
        ["--help"], ["run", "--help"], ["validate", "--help"], ["serve", "--help"], ["demo", "--help"], ["js", "--help"],
        ["report", "--help"], ["merge-reports", "--help"],
    ])
    func helpFitsEightyColumns(arguments: [String]) throws {
        let outcome = try PostieProcess.run(arguments)
        #expect(outcome.status == 0)
        for line in outcome.output.split(separator: "\n") {
            #expect(line.count <= 80, "\(line.count) columns: \(line)")
        }
        let words = Set(outcome.output.split(whereSeparator: \.isWhitespace).map(String.init))
        let options = [
            RunCommand.options, ValidateCommand.options, ServeCommand.options, DemoCommand.options, JSCommand.options,
            ReportCommand.options, ReportCommand.options,
        ]
        let command = arguments.first == "--help" ? nil : arguments.first
        let specs =
            command.map { name in
                options[["run", "validate", "serve", "demo", "js", "report", "merge-reports"].firstIndex(of: name)!]
            } ?? []
        for spec in specs {
            for word in spec.help.split(separator: " ") {
                #expect(words.contains(String(word)), "\"\(word)\" of \(spec.names) is broken in the help")
            }
        }
    }

    /// Every option in `--help` is in the README's table of that command and the other way round; the
    /// exit statuses agree too; `--insecure` says the same in both.
    @Test func helpAndTheREADMEAgree() throws {
        let readme = try String(contentsOf: PostieProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for (command, specs) in [("run", RunCommand.options), ("serve", ServeCommand.options)] {
            let table = Self.optionTable(in: readme, after: command == "run" ? "## Running a collection" : "## The Gallery emulator")
            let documented = Set(table.flatMap { Self.optionNames(in: $0) })
            let helped = Set(specs.flatMap(\.names)).subtracting(["-h", "--help"])
            #expect(helped.subtracting(documented).isEmpty, "\(command): not in the README: \(helped.subtracting(documented).sorted())")
            #expect(documented.subtracting(helped).isEmpty, "\(command): not in --help: \(documented.subtracting(helped).sorted())")
        }
        let statusTable = Self.optionTable(in: readme, after: "### Exit status")
        let documented = Set(statusTable.compactMap { Int32($0.split(separator: "|").first?.trimmingCharacters(in: .whitespaces) ?? "") })
        #expect(documented == Set(ExitCode.allCases.map(\.rawValue)), "\(documented.sorted())")
        for code in ExitCode.allCases { #expect(ExitCode.helpText.contains("  \(code.rawValue) ")) }

        let insecureHelp = try #require(RunCommand.options.first { $0.names.contains("--insecure") }?.help)
        let insecureRow = try #require(Self.optionTable(in: readme, after: "## Running a collection").first { $0.contains("--insecure") })
        #expect(insecureHelp.contains("do not verify"), "\(insecureHelp)")
        #expect(insecureRow.contains("do not verify"), "\(insecureRow)")
    }

    /// The rows of the first Markdown table after `heading`, without the header and rule rows.
    static func optionTable(in readme: String, after heading: String) -> [String] {
        guard let start = readme.range(of: heading) else { return [] }
        var rows: [String] = []
        var inTable = false
        for line in readme[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                inTable = true
                rows.append(String(line.dropFirst()))
            } else if inTable {
                break
            }
        }
        return Array(rows.dropFirst(2))
    }

    /// `-e`, `--environment` from a row's first cell: every backquoted word that starts with `-`.
    static func optionNames(in row: String) -> [String] {
        let cell = row.split(separator: "|").first.map(String.init) ?? ""
        return cell.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.compactMap { part in
            let name = part.element.split(separator: " ").first.map(String.init) ?? ""
            return name.hasPrefix("-") ? name : nil
        }
    }

    /// `serve` on a port that is taken exits with its own documented status.
    @Test func serveOnATakenPortExitsWithItsOwnStatus() throws {
        let taken = try CountingServer()
        let outcome = try PostieProcess.run(["serve", "--port", String(taken.port)], timeout: 30)
        #expect(outcome.status == ExitCode.unavailable.rawValue, "\(outcome.everything)")
        #expect(outcome.status == 69)
        #expect(outcome.errors.contains("address already in use"), "\(outcome.errors)")
    }

    // MARK: Item 12

    @Test func theREADMESaysHowToInstallAndHowLongTheFirstBuildTakes() throws {
        let readme = try String(contentsOf: PostieProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("swift build -c release"))
        #expect(readme.contains(".build/release/postie"))
        #expect(readme.contains("PATH"))
        #expect(readme.contains("first build"))
    }
}

/// The emulator settings the duration options set, in seconds, by option name.
struct GalleryEmulatorSettings {
    var seconds: [String: Double]

    init(_ configuration: GalleryEmulator.Configuration) {
        seconds = [
            "jobTime": configuration.jobTime, "tokenLifetime": configuration.tokenLifetime,
            "timestampWindow": configuration.timestampWindow,
            "latency": Double(configuration.latencyMilliseconds) / 1000,
        ]
    }
}
