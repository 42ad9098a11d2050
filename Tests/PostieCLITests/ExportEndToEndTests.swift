import Foundation
import PostieJSON
import Testing

/// Files postie writes besides its output directory: exported environments and report paths
/// (issue 10, items 3 and 5).
@Suite("Exports and report files, end to end")
struct ExportEndToEndTests {
    static let smokeFlow = RunningEmulator.collection("alteryx-gallery.smoke.flow.json")

    static func values(_ path: String) throws -> [String: String] {
        let document = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: path)))
        var values: [String: String] = [:]
        for entry in document["values"]?.arrayValue ?? [] {
            if let key = entry["key"]?.stringValue { values[key] = entry["value"]?.stringValue }
        }
        return values
    }

    /// `--export-globals`: what scripts set with `pm.globals.set` is written as a Postman globals file,
    /// the globals given with `-g` kept, a secret among them redacted.
    @Test func scriptsGlobalsAreExported() throws {
        let server = try CountingServer()
        let collection = try server.write(
            #"""
            {"info": {"name": "Globals"}, "item": [{"name": "a", "request": "\#(server.base)/ok/",
              "event": [{"listen": "test", "script": {"exec": ["pm.globals.set('seen', pm.response.code + ' ' + pm.globals.get('given'));"]}}]}]}
            """#, to: "c.json")
        let globals = try server.write(
            #"{"name": "g", "_postman_variable_scope": "globals", "values": [{"key": "given", "value": "yes"}, {"key": "pw", "value": "hunter2", "type": "secret"}]}"#,
            to: "g.json")
        let outcome = try PostieProcess.run(
            ["run", collection, "-g", globals, "--export-globals", server.path("out.json"), "--silent"], in: server.directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        let document = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: server.path("out.json"))))
        #expect(document["_postman_variable_scope"] == "globals")
        let values = try Self.values(server.path("out.json"))
        #expect(values["seen"] == "200 yes")
        #expect(values["given"] == "yes")
        #expect(values["pw"] == "[redacted]")
    }

    /// Item 3: exporting over the environment the run read keeps the secrets that file held, so the
    /// next run with it passes.
    @Test func anExportOverTheInputEnvironmentCanBeRunAgain() throws {
        let server = try RunningEmulator()
        let environment = try server.write(
            try String(contentsOfFile: server.environmentPath, encoding: .utf8), to: "mine.postman_environment.json")
        let secretBefore = try #require(try Self.values(environment)["studio-secret"])
        let first = try PostieProcess.run(
            ["run", Self.smokeFlow, "-e", environment, "--export-environment", environment, "--overwrite",
             "--output-dir", server.path("out")], in: server.directory)
        #expect(first.status == 0, "\(first.everything)")
        let exported = try Self.values(environment)
        #expect(exported["studio-secret"] == secretBefore)
        #expect(exported["jobId"]?.isEmpty == false)
        #expect(!first.everything.contains(secretBefore))

        let second = try PostieProcess.run(
            ["run", Self.smokeFlow, "-e", environment, "--output-dir", server.path("out")], in: server.directory)
        #expect(second.status == 0, "\(second.everything)")
    }

    /// Item 3: elsewhere secrets are `[redacted]` unless `--export-secrets` writes them.
    @Test(arguments: [false, true])
    func anExportElsewhereRedactsSecretsUnlessAskedNotTo(exportSecrets: Bool) throws {
        let server = try RunningEmulator()
        let secret = try #require(try Self.values(server.environmentPath)["studio-secret"])
        let target = server.path("exported.json")
        let outcome = try PostieProcess.run(
            ["run", Self.smokeFlow, "-e", server.environmentPath, "--export-environment", target,
             "--output-dir", server.path("out")] + (exportSecrets ? ["--export-secrets"] : []), in: server.directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(try Self.values(target)["studio-secret"] == (exportSecrets ? secret : "[redacted]"))
        #expect(!outcome.everything.contains(secret))
    }

    /// Item 3: an export that would be refused is refused before anything is sent, and says how to allow it.
    @Test func aRefusedExportIsRefusedBeforeTheFirstRequest() throws {
        let server = try RunningEmulator()
        let before = try String(contentsOfFile: server.environmentPath, encoding: .utf8)
        let outcome = try PostieProcess.run(
            ["run", Self.smokeFlow, "-e", server.environmentPath, "--export-environment", server.environmentPath,
             "--output-dir", server.path("out")], in: server.directory)
        #expect(outcome.status == 64, "\(outcome.everything)")
        #expect(outcome.errors.contains("--overwrite"), "\(outcome.errors)")
        #expect(server.requests.isEmpty, "\(server.requests)")
        #expect(!FileManager.default.fileExists(atPath: server.path("out/ecb-rates.csv")))
        #expect(try String(contentsOfFile: server.environmentPath, encoding: .utf8) == before)
    }

    /// Item 5: a report outside the output directory is the user's file: not replaced without
    /// `--overwrite`, and the refusal comes before anything is sent.
    @Test func aReportOutsideTheOutputDirectoryNeedsOverwrite() throws {
        let server = try CountingServer()
        let collection = try server.write(
            #"{"info": {"name": "One"}, "item": [{"name": "a", "request": "\#(server.base)/ok/"}]}"#, to: "c.json")
        let report = try server.write("my own notes", to: "results.xml")
        let refused = try PostieProcess.run(["run", collection, "-r", "junit", "--reporter-junit-export", report], in: server.directory)
        #expect(refused.status == 64, "\(refused.everything)")
        #expect(refused.errors.contains("results.xml"), "\(refused.errors)")
        #expect(refused.errors.contains("--overwrite"), "\(refused.errors)")
        #expect(server.received.isEmpty)
        #expect(try server.read("results.xml") == "my own notes")
        let replaced = try PostieProcess.run(
            ["run", collection, "-r", "junit", "--reporter-junit-export", report, "--overwrite"], in: server.directory)
        #expect(replaced.status == 0, "\(replaced.everything)")
        #expect(try server.read("results.xml").contains("<testsuites"))
    }
}
