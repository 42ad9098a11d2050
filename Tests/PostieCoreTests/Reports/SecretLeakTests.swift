import Foundation
import PostieJSON
import Testing

@testable import PostieCore

extension ReportsTests {
    /// The run holds a secret-type variable value, an OAuth consumer secret (raw and percent-encoded), a bearer
    /// token and an `Authorization` header in URLs, query strings, headers, bodies (text, binary, cut at the
    /// limit), error messages, check names and values, attempt notes, captures, diagnostics and variables.
    /// None of them may appear in any output.
    @Suite("Secrets never leak")
    struct SecretLeakTests {
        /// Every output a run produces: terminal (plain and coloured, verbose), JSON (default and small body
        /// limits), JUnit and the environment export.
        static func everyOutput(of run: RunResult) throws -> [(name: String, text: String)] {
            let directory = try TestFixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            var outputs: [(name: String, text: String)] = []

            for (color, unicode) in [(ColorMode.off, true), (.on, true), (.off, false)] {
                let terminal = ReportFixtures.terminal(color: color, verbose: true, unicode: unicode)
                try ReportFixtures.drive(terminal.reporter, with: run)
                outputs.append(("terminal stdout \(color) unicode \(unicode)", terminal.output.text))
                outputs.append(("terminal stderr \(color) unicode \(unicode)", terminal.errors.text))
            }
            for limit in [JSONReporter.defaultBodyLimit, 16, 5] {
                let path = directory.appendingPathComponent("report-\(limit).json").path
                try ReportFixtures.drive(
                    JSONReporter(path: path, redactor: ReportFixtures.redactor(), options: JSONReporter.Options(bodyLimit: limit)),
                    with: run)
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                outputs.append(("json limit \(limit)", String(decoding: data, as: UTF8.self)))
                // Base64 bodies hide nothing: decode them too.
                for (index, execution) in (try JSONParser.parse(data)["run"]?["executions"]?.arrayValue ?? []).enumerated() {
                    for body in [execution["response"], execution["request"]?["body"]] {
                        if body?["encoding"] == "base64", let text = (body?["body"] ?? body?["raw"])?.stringValue,
                            let decoded = Data(base64Encoded: text)
                        {
                            outputs.append(("json limit \(limit) execution \(index) decoded", String(decoding: decoded, as: UTF8.self)))
                        }
                    }
                }
            }
            let junit = directory.appendingPathComponent("junit.xml").path
            try ReportFixtures.drive(JUnitReporter(path: junit, redactor: ReportFixtures.redactor()), with: run)
            outputs.append(("junit", try String(contentsOfFile: junit, encoding: .utf8)))

            for limit in [JSONReporter.defaultBodyLimit, 16] {
                let html = directory.appendingPathComponent("report-\(limit).html").path
                try ReportFixtures.drive(
                    HTMLReporter(path: html, redactor: ReportFixtures.redactor(), options: JSONReporter.Options(bodyLimit: limit)),
                    with: run)
                outputs.append(("html limit \(limit)", try String(contentsOfFile: html, encoding: .utf8)))
            }
            // The reports `postie report` renders from the JSON report.
            let reread = try ReportReader.read(
                data: Data(contentsOf: directory.appendingPathComponent("report-\(JSONReporter.defaultBodyLimit).json")), file: "r.json")
            outputs.append(("html from json", HTMLReporter(path: "", redactor: SecretRedactor()).document(for: reread)))
            outputs.append(("junit from json", JUnitReporter(path: "", redactor: SecretRedactor()).document(for: reread)))

            let export = directory.appendingPathComponent("env.json").path
            try EnvironmentExporter(redactor: ReportFixtures.redactor()).write(
                final: run.finalEnvironment, input: EnvironmentExporterTests.input, to: export, protectedPaths: [])
            outputs.append(("environment export", try String(contentsOfFile: export, encoding: .utf8)))
            return outputs
        }

        @Test("no secret in any report, terminal output or export", arguments: [false, true])
        func noSecretAnywhere(interrupted: Bool) throws {
            let outputs = try Self.everyOutput(of: ReportFixtures.fullRun(interrupted: interrupted))
            #expect(outputs.count >= 10)
            for (name, text) in outputs {
                if !name.contains("stderr") { #expect(!text.isEmpty, "\(name) is empty") }
                for secret in ReportFixtures.forbidden {
                    #expect(!text.contains(secret), "\(name) holds \(secret)")
                }
                // Not even the start of one, cut by a body limit.
                for secret in [ReportFixtures.environmentSecret, ReportFixtures.bearerToken] {
                    #expect(!text.contains(String(secret.prefix(8))), "\(name) holds the start of \(secret)")
                }
            }
            // And the redaction is visible where the secrets stood.
            #expect(outputs.allSatisfy { $0.name.contains("stderr") || $0.name.contains("decoded") || $0.text.contains("[redacted]") })
        }

        @Test("a secret split by a spooled body's prefix is hidden")
        func splitBySpoolPrefix() throws {
            let token = ReportFixtures.bearerToken
            let prefix = Data(("id,token\n1," + token.prefix(12)).utf8)
            var run = ReportRuns.withBody(Data(), contentType: "text/csv")
            run.executions[0].response?.body = .file(url: URL(fileURLWithPath: "/nonexistent"), size: 1_000_000, prefix: prefix)
            for (name, text) in try Self.everyOutput(of: run) {
                #expect(!text.contains(String(token.prefix(8))), "\(name) holds the start of the token")
            }
        }
    }
}
