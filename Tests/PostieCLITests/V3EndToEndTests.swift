import Foundation
import PostieJSON
import Testing

@testable import PostieCLI

/// v3 collections (Postman v12 folders of YAML) through the built binary: run, validate, convert.
@Suite("v3 collections, end to end")
struct V3EndToEndTests {
    static func v3(_ name: String) -> String {
        PostieProcess.packageRoot.appendingPathComponent("collections/v3/\(name)").path
    }

    /// A repository's `postman/` folder: the project's v3 collections and the emulator's environment.
    static func repository(in server: RunningEmulator) throws -> URL {
        let root = server.directory.appendingPathComponent("repo")
        let collections = root.appendingPathComponent("postman/collections")
        try FileManager.default.createDirectory(at: collections, withIntermediateDirectories: true)
        for name in ["alteryx-gallery", "alteryx-webapi"] {
            try FileManager.default.copyItem(atPath: v3(name), toPath: collections.appendingPathComponent(name).path)
        }
        let environments = root.appendingPathComponent("postman/environments")
        try FileManager.default.createDirectory(at: environments, withIntermediateDirectories: true)
        let converted = try PostieProcess.run(
            ["convert", server.environmentPath, "-o", environments.appendingPathComponent("local.environment.yaml").path])
        #expect(converted.status == 0, "\(converted.everything)")
        return root
    }

    @Test func aV3FolderRunsGreenAgainstTheEmulatorWithV3Names() throws {
        let server = try RunningEmulator()
        let outcome = try PostieProcess.run(
            [
                "run", Self.v3("alteryx-gallery"), "-e", server.environmentPath, "--output-dir", server.path("out"),
                "--folder", "Subscription", "-r", "cli,json,junit", "--reporter-json-export", server.path("report.json"),
                "--reporter-junit-export", server.path("report.xml"),
            ])
        #expect(outcome.status == 0, "\(outcome.everything)")
        let report = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: server.path("report.json"))))
        let names = (report["run"]?["executions"]?.arrayValue ?? []).compactMap { $0["item"]?["name"]?.stringValue }
        #expect(names.contains("Queue Job") && names.contains("Questions"), "\(names)")
        #expect(report["collection"]?["info"]?["name"] == "Alteryx Gallery API (postie)")
        let junit = try String(contentsOfFile: server.path("report.xml"), encoding: .utf8)
        #expect(junit.contains("Subscription › Queue Job"))
        #expect(!outcome.everything.contains("5ec75ec7"))
    }

    @Test func aRepositorysPostmanFolderPicksTheCollectionAndTheEnvironmentByName() throws {
        let server = try RunningEmulator { $0.jobTime = 1 }
        let repository = try Self.repository(in: server)
        let ambiguous = try PostieProcess.run(["run", repository.path])
        #expect(ambiguous.status == 64)
        #expect(ambiguous.errors.contains("holds 2 collections"), "\(ambiguous.errors)")
        #expect(ambiguous.errors.contains("--collection NAME"))
        let typo = try PostieProcess.run(["run", repository.path, "--collection", "alteryx-webap"])
        #expect(typo.status == 64)
        #expect(typo.errors.contains("did you mean"), "\(typo.errors)")
        let outcome = try PostieProcess.run(
            [
                "run", repository.appendingPathComponent("postman").path, "--collection", "Alteryx Server /webapi (postie)", "-e",
                "test emulator", "--output-dir", server.path("out"), "-r", "cli,json", "--reporter-json-export",
                server.path("report.json"),
            ])
        #expect(outcome.status == 0, "\(outcome.everything)")
        let report = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: server.path("report.json"))))
        #expect(report["run"]?["stats"]?["assertions"]?["failed"] == 0)
        #expect((report["run"]?["stats"]?["assertions"]?["total"]?.numberValue ?? 0) >= 10, "the collection's scripts ran")
        let missing = try PostieProcess.run(["validate", repository.path, "--collection", "alteryx-webapi", "-e", "staging"])
        #expect(missing.status == 64)
        #expect(missing.errors.contains("no environment of that name"), "\(missing.errors)")
        #expect(missing.errors.contains("(it has: test emulator)"))
    }

    @Test func aFlowMayNameAV3Folder() throws {
        let server = try RunningEmulator()
        let flow = try server.write(
            """
            {"name": "v3 smoke", "collection": "\(Self.v3("alteryx-gallery"))",
             "steps": [{"request": "Subscription/Queue Job", "expect": {"status": 200}, "capture": {"jobId": "$.id"}},
                       {"request": "Subscription/Jobs", "poll": {"until": {"json": {"$.status": "Completed"}}, "every": "200ms", "timeout": "30s"}}]}
            """, to: "v3.flow.json")
        let outcome = try PostieProcess.run(["run", flow, "-e", server.environmentPath, "--output-dir", server.path("out")])
        #expect(outcome.status == 0, "\(outcome.everything)")
    }

    @Test func validateNamesTheYAMLFileLineAndColumn() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-v3-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("c/.resources"), withIntermediateDirectories: true)
        try Data("$kind: collection\nname: Broken\n".utf8).write(to: directory.appendingPathComponent("c/.resources/definition.yaml"))
        try Data("$kind: http-request\nmethod: GET\nurl: http://x/\nheaders:\n  X-Trace: {{prefix}}-1\n".utf8)
            .write(to: directory.appendingPathComponent("c/Get.request.yaml"))
        let outcome = try PostieProcess.run(["validate", "c"], in: directory)
        #expect(outcome.status == 65)
        #expect(outcome.errors.contains("c/Get.request.yaml:5:12: an unquoted value starting with `{{`"), "\(outcome.errors)")
        #expect(outcome.errors.contains("'{{prefix}}-1'"))
        try Data("$kind: http-request\nmethod: GET\nurl: http://x/\nheaders:\n  X-Trace: '{{prefix}}-1'\n".utf8)
            .write(to: directory.appendingPathComponent("c/Get.request.yaml"))
        let fixed = try PostieProcess.run(["validate", "c", "--env-var", "prefix=p"], in: directory)
        #expect(fixed.status == 0, "\(fixed.everything)")
        #expect(fixed.output.contains("collection \"Broken\": 1 request"))
    }

    @Test func convertRoundTripsAndNeverWritesIntoAFolderItShouldNot() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-convert-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let source = PostieProcess.packageRoot.appendingPathComponent("collections/alteryx-webapi.postman_collection.json").path
        let toV3 = try PostieProcess.run(["convert", source, "-o", "webapi"], in: directory)
        #expect(toV3.status == 0, "\(toV3.everything)")
        #expect(toV3.output.contains("10 requests"))
        let again = try PostieProcess.run(["convert", source, "-o", "webapi"], in: directory)
        #expect(again.status == 64)
        #expect(again.errors.contains("is not empty: give --overwrite"))
        #expect(try PostieProcess.run(["convert", source, "-o", "webapi", "--overwrite"], in: directory).status == 0)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("mine"), withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: directory.appendingPathComponent("mine/notes.txt"))
        let refused = try PostieProcess.run(["convert", source, "-o", "mine", "--overwrite"], in: directory)
        #expect(refused.status == 64)
        #expect(refused.errors.contains("holds no v3 collection"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("mine/notes.txt").path))
        let back = try PostieProcess.run(["convert", "webapi", "-o", "back.json"], in: directory)
        #expect(back.status == 0, "\(back.everything)")
        let exists = try PostieProcess.run(["convert", "webapi", "-o", "back.json"], in: directory)
        #expect(exists.status == 64)
        try Data("{\"info\": {\"name\": \"x\"}, \"item\": [".utf8).write(to: directory.appendingPathComponent("bad.json"))
        let bad = try PostieProcess.run(["convert", "bad.json", "-o", "bad"], in: directory)
        #expect(bad.status == 65)
        #expect(bad.errors.contains("bad.json:1:"), "\(bad.errors)")
        let usage = try PostieProcess.run(["convert", "bad.json"], in: directory)
        #expect(usage.status == 64)
        #expect(usage.errors.contains("needs -o OUTPUT"))
    }

    @Test(arguments: [["convert", "--help"], ["run", "--help"], ["validate", "--help"], ["--help"]])
    func helpFitsEightyColumns(arguments: [String]) throws {
        let outcome = try PostieProcess.run(arguments)
        #expect(outcome.status == 0)
        for line in outcome.output.split(separator: "\n") { #expect(line.count <= 80, "\(line.count) columns: \(line)") }
        if arguments.first == "convert" {
            let words = Set(outcome.output.split(whereSeparator: \.isWhitespace).map(String.init))
            for spec in ConvertCommand.options {
                for word in spec.help.split(separator: " ") { #expect(words.contains(String(word)), "\"\(word)\" is broken in the help") }
            }
        }
    }
}
