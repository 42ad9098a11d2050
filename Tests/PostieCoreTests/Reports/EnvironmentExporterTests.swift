import Foundation
import PostieJSON
import Testing

@testable import PostieCore

extension ReportsTests {
    @Suite("Environment export")
    struct EnvironmentExporterTests {
        static let input = EnvironmentFile(
            id: "env-1", name: "Gallery local",
            values: [
                EnvironmentValue(key: "baseUrl", value: "http://old.example", type: "default"),
                EnvironmentValue(key: "apiPassword", value: ReportFixtures.environmentSecret, type: "secret"),
                EnvironmentValue(key: "unused", value: "dropped during the run", type: "default"),
                EnvironmentValue(key: "legacyHost", value: "legacy.example", type: "text", enabled: false),
                EnvironmentValue(key: "legacySecret", value: "old-secret-value", type: "secret", enabled: false),
                EnvironmentValue(key: "consumerSecret", value: ReportFixtures.consumerSecret, type: "default"),
                EnvironmentValue(key: "apiToken", value: "typed-in-by-the-user", type: "default"),
            ],
            scope: "environment")

        /// The environment at the end of the run: one value changed, one removed, three captured.
        static var final: VariableScope {
            var scope = VariableScope(.environment)
            scope.set("baseUrl", "http://gallery.example")
            scope.set("apiPassword", ReportFixtures.environmentSecret, isSecret: true)
            scope.set("consumerSecret", ReportFixtures.consumerSecret)
            scope.set("apiToken", "typed-in-by-the-user")
            scope.set("jobId", "615d3f0e")
            scope.set("accessToken", ReportFixtures.bearerToken)
            scope.set("sessionToken", ReportFixtures.capturedSessionToken)
            return scope
        }

        static let exportedAt = Date(timeIntervalSince1970: 1_700_000_000)

        @Test("the final values in the input's order, captures after, disabled entries kept, secrets redacted")
        func values() throws {
            let exporter = EnvironmentExporter(redactor: ReportFixtures.redactor())
            let document = exporter.document(final: Self.final, input: Self.input, exportedAt: Self.exportedAt)
            #expect(document["id"] == "env-1")
            #expect(document["name"] == "Gallery local")
            #expect(document["_postman_variable_scope"] == "environment")
            #expect(document["_postman_exported_at"] == "2023-11-14T22:13:20.000Z")
            #expect(document["_postman_exported_using"] == "postie")
            #expect(
                document["values"] == [
                    ["key": "baseUrl", "value": "http://gallery.example", "type": "default", "enabled": true],
                    ["key": "apiPassword", "value": "[redacted]", "type": "secret", "enabled": true],
                    ["key": "legacyHost", "value": "legacy.example", "type": "text", "enabled": false],
                    ["key": "legacySecret", "value": "[redacted]", "type": "secret", "enabled": false],
                    // A registered secret, whatever its type.
                    ["key": "consumerSecret", "value": "[redacted]", "type": "secret", "enabled": true],
                    // Typed `default` but named like a secret: redacted as a captured one is (issue 15).
                    ["key": "apiToken", "value": "[redacted]", "type": "secret", "enabled": true],
                    ["key": "jobId", "value": "615d3f0e", "type": "default", "enabled": true],
                    ["key": "accessToken", "value": "[redacted]", "type": "secret", "enabled": true],
                    // Captured under a name that says it is a secret.
                    ["key": "sessionToken", "value": "[redacted]", "type": "secret", "enabled": true],
                ])
        }

        @Test("without an input environment: named postie export, with a new id")
        func withoutInput() throws {
            let document = EnvironmentExporter(redactor: SecretRedactor()).document(final: Self.final, input: nil)
            #expect(document["name"] == "postie export")
            #expect(UUID(uuidString: document["id"]?.stringValue ?? "") != nil)
            #expect(document["values"]?.arrayValue?.count == 7)
            #expect(document["values"]?[1]?["value"] == "[redacted]")
        }

        @Test("written atomically, and read back as an environment")
        func written() throws {
            let directory = try TestFixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let path = directory.appendingPathComponent("out/exported.postman_environment.json").path
            try EnvironmentExporter(redactor: ReportFixtures.redactor()).write(
                final: Self.final, input: Self.input, to: path, protectedPaths: [])
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path).count == 1)
            let reread = try EnvironmentParser.load(path: path)
            #expect(reread.name == "Gallery local")
            #expect(reread.values.first { $0.key == "jobId" }?.value == "615d3f0e")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for secret in ReportFixtures.forbidden { #expect(!text.contains(secret)) }
        }

        @Test("never over an input file, by any spelling, unless allowed")
        func protectsInputs() throws {
            let directory = try TestFixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let inputPath = directory.appendingPathComponent("local.postman_environment.json").path
            let original = Data("{\"name\":\"local\",\"values\":[]}".utf8)
            try original.write(to: URL(fileURLWithPath: inputPath))
            let symlink = directory.appendingPathComponent("link.json").path
            try FileManager.default.createSymbolicLink(atPath: symlink, withDestinationPath: inputPath)
            let hardLink = directory.appendingPathComponent("hard.json").path
            try FileManager.default.linkItem(atPath: inputPath, toPath: hardLink)
            let exporter = EnvironmentExporter(redactor: SecretRedactor())

            for target in [inputPath, directory.appendingPathComponent("sub/../local.postman_environment.json").path, symlink, hardLink] {
                #expect(throws: ReportError.self) {
                    try exporter.write(final: Self.final, input: Self.input, to: target, protectedPaths: [inputPath])
                }
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: inputPath)) == original)
            let error = ReportError.wouldOverwriteInput(path: symlink, input: inputPath, what: "the exported environment")
            #expect(error.description.contains("refusing to write the exported environment over the input file"))

            try exporter.write(final: Self.final, input: Self.input, to: inputPath, protectedPaths: [inputPath], allowOverwrite: true)
            #expect(try EnvironmentParser.load(path: inputPath).name == "Gallery local")
            // Another path beside it is fine.
            try exporter.write(
                final: Self.final, input: Self.input, to: directory.appendingPathComponent("other.json").path,
                protectedPaths: [inputPath])
        }

        @Test(
            "secrets: [redacted] in a new file, the input's own values over the file they came from, as they are with --export-secrets",
            arguments: [
                (EnvironmentExporter.Secrets.redacted, "[redacted]", "[redacted]", "[redacted]"),
                (.keptFromInput, ReportFixtures.environmentSecret, ReportFixtures.consumerSecret, "[redacted]"),
                (.written, ReportFixtures.environmentSecret, ReportFixtures.consumerSecret, ReportFixtures.bearerToken),
            ])
        func secretHandling(secrets: EnvironmentExporter.Secrets, password: String, consumer: String, captured: String) {
            let exported = EnvironmentExporter(redactor: ReportFixtures.redactor(), secrets: secrets)
                .values(final: Self.final, input: Self.input)
            let values = Dictionary(exported.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            #expect(values["apiPassword"] == password)
            #expect(values["consumerSecret"] == consumer)
            // A secret captured during the run was never in the file: nothing to keep.
            #expect(values["accessToken"] == captured)
            // Plain values are the run's whatever the mode.
            #expect(values["baseUrl"] == "http://gallery.example")
            #expect(values["jobId"] == "615d3f0e")
        }
    }
}
