import Foundation
import PostieJSON
import Testing

@testable import PostieCore

extension ReportsTests {
    @Suite("Reporter registry")
    struct ReporterRegistryTests {
        static func options(directory: URL) -> ReporterOptions {
            ReporterOptions(
                redactor: ReportFixtures.redactor(), jsonExportPath: directory.appendingPathComponent("r.json").path,
                junitExportPath: directory.appendingPathComponent("r.xml").path,
                terminal: TerminalReporter.Options(color: .off, unicode: true, environment: [:]), output: TextBuffer(),
                errors: TextBuffer())
        }

        @Test("cli, json and junit by name, split at commas, repeats dropped")
        func names() throws {
            let directory = try TestFixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let reporters = try ReporterRegistry.reporters(named: ["cli,json", " JUnit ", "cli", ""], options: Self.options(directory: directory))
            #expect(reporters.count == 3)
            #expect(reporters[0] is TerminalReporter)
            #expect((reporters[1] as? JSONReporter)?.path == directory.appendingPathComponent("r.json").path)
            #expect((reporters[2] as? JUnitReporter)?.path == directory.appendingPathComponent("r.xml").path)
            #expect(ReporterRegistry.names == ["cli", "json", "junit", "html"])
        }

        @Test("file reporters without a path write under postie-output/")
        func defaultPaths() throws {
            let options = ReporterOptions(redactor: SecretRedactor())
            #expect((try ReporterRegistry.reporter(named: "json", options: options) as? JSONReporter)?.path == "postie-output/postie-report.json")
            #expect((try ReporterRegistry.reporter(named: "junit", options: options) as? JUnitReporter)?.path == "postie-output/postie-report.xml")
            #expect((try ReporterRegistry.reporter(named: "html", options: options) as? HTMLReporter)?.path == "postie-output/postie-report.html")
        }

        @Test("an unknown name is an error listing the reporters there are")
        func unknown() throws {
            #expect(throws: ReportError.unknownReporter(name: "htm", available: ["cli", "json", "junit", "html"])) {
                try ReporterRegistry.reporters(named: ["cli,htm"], options: ReporterOptions(redactor: SecretRedactor()))
            }
            #expect(
                ReportError.unknownReporter(name: "htm", available: ReporterRegistry.names).description
                    == "unknown reporter \"htm\"; the reporters are cli, json, junit, html")
        }

        @Test("a group sends every event to each reporter, and every reporter writes even when one fails")
        func group() throws {
            let directory = try TestFixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let output = TextBuffer()
            let failing = JSONReporter(path: directory.path, redactor: SecretRedactor())  // a directory: cannot be written
            let junitPath = directory.appendingPathComponent("after.xml").path
            let group = ReporterGroup([
                TerminalReporter(output: output, errors: TextBuffer(), redactor: SecretRedactor(), options: .init(color: .off, unicode: true, environment: [:])),
                failing, JUnitReporter(path: junitPath, redactor: SecretRedactor()),
            ])
            #expect(throws: ReportError.self) { try ReportFixtures.drive(group, with: ReportFixtures.smallRun()) }
            #expect(FileManager.default.fileExists(atPath: junitPath))
            #expect(output.lines.first == "postie · Gallery · environment: local · 1 iteration")
            #expect(output.lines.contains("  ✓ POST Subscription › Queue Job · 200 OK · 41 ms · 35 B"))
        }
    }
}

extension ReportsTests {
    @Suite("An empty run")
    struct EmptyRunTests {
        static let run = RunResult(
            collectionName: "Empty", startedAt: ReportFixtures.start, finishedAt: ReportFixtures.start, iterationCount: 1,
            executions: [])

        @Test("every reporter still writes a valid report")
        func emptyRun() throws {
            let directory = try TestFixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let terminal = ReportFixtures.terminal()
            try ReportFixtures.drive(terminal.reporter, with: Self.run)
            #expect(terminal.output.lines.last == "completed: 0 requests, nothing checked (0 ms)")
            #expect(!terminal.output.text.contains("average response time"))

            let jsonPath = directory.appendingPathComponent("r.json").path
            try ReportFixtures.drive(JSONReporter(path: jsonPath, redactor: SecretRedactor()), with: Self.run)
            let json = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: jsonPath)))
            #expect(json["run"]?["executions"] == [])
            #expect(json["run"]?["timings"]?["responseAverage"] == 0)

            let xmlPath = directory.appendingPathComponent("r.xml").path
            try ReportFixtures.drive(JUnitReporter(path: xmlPath, redactor: SecretRedactor()), with: Self.run)
            let root = try XMLElementTree.parse(Data(contentsOf: URL(fileURLWithPath: xmlPath)))
            #expect(root.attributes["tests"] == "0")
            #expect(root.children.isEmpty)
        }
    }
}
