import Foundation
import GalleryEmulator
import PostieJSON
import Testing

/// `collections/alteryx-webapi.promotion.flow.json` against two servers: dev's workflow ready for
/// migration is published on prod, run on both, and the two outputs compared byte for byte.
@Suite("The promotion flow across two servers, end to end")
struct PromotionFlowEndToEndTests {
    static let flow = RunningEmulator.collection("alteryx-webapi.promotion.flow.json")

    /// `postie serve` running in the background until `stop()`.
    final class ServeProcess {
        let process = Process()
        let output = Pipe()

        init(_ arguments: [String]) throws {
            process.executableURL = PostieProcess.executable
            process.arguments = ["serve"] + arguments
            process.standardOutput = output
            process.standardError = output
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        /// Waits (polling, up to 60 s) until every file of `paths` exists: `--write-environment` writes them
        /// once every server listens.
        func waitFor(_ paths: [String]) throws {
            let deadline = Date().addingTimeInterval(60)
            while !paths.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) {
                guard process.isRunning, Date() < deadline else { throw PostieProcess.TimedOut(arguments: ["serve"] + paths) }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }

        /// Ctrl-C, then what it printed and its exit status.
        func stop() -> (status: Int32, text: String) {
            kill(process.processIdentifier, SIGINT)
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }
    }

    static func environmentArguments(dev: String, prod: String) -> [String] {
        ["--flow-environment", "dev=\(dev)", "--flow-environment", "prod=\(prod)"]
    }

    @Test func theFlowPassesAgainstPostieServeWithTwoServers() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-promotion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let environments = directory.appendingPathComponent("environments").path
        let serve = try ServeProcess(["--server", "dev", "--server", "prod", "--port", "0", "--job-time", "200ms", "--write-environment", environments])
        let dev = environments + "/dev.postman_environment.json"
        let prod = environments + "/prod.postman_environment.json"
        try serve.waitFor([dev, prod])
        let outcome = try PostieProcess.run(
            ["run", Self.flow, "--output-dir", directory.path + "/out"] + Self.environmentArguments(dev: dev, prod: prod))
        let served = serve.stop()
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(outcome.output.contains("✓ body sameAs dev-output.csv"), "\(outcome.output)")
        // Both outputs were saved, the same bytes: the converter's default conversion.
        let devOutput = try Data(contentsOf: directory.appendingPathComponent("out/dev-output.csv"))
        let prodOutput = try Data(contentsOf: directory.appendingPathComponent("out/prod-output.csv"))
        #expect(devOutput == prodOutput)
        #expect(String(decoding: devOutput, as: UTF8.self).contains("USD"))
        // The servers each printed their own keys; the run printed no secret.
        #expect(served.status == 0, "\(served.text)")
        #expect(served.text.contains("postie Gallery emulator \"dev\"") && served.text.contains("postie Gallery emulator \"prod\""))
        let devEnvironment = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: dev)))
        let prodEnvironment = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: prod)))
        func value(_ environment: JSONValue, _ key: String) -> String? {
            environment["values"]?.arrayValue?.first { $0["key"]?.stringValue == key }?["value"]?.stringValue
        }
        #expect(value(devEnvironment, "user-key") != value(prodEnvironment, "user-key"))
        #expect(value(devEnvironment, "webapi-url") != value(prodEnvironment, "webapi-url"))
        #expect(!outcome.everything.contains("5ec75ec7"))
    }

    @Test func oneChangedByteOfProdsOutputFailsTheFlowSayingWhere() throws {
        let dev = try RunningEmulator { $0 = Self.named("dev", from: $0) }
        let prod = try RunningEmulator {
            $0 = Self.named("prod", from: $0)
            $0.testOnlyOutputByteFlip = 30
        }
        let outcome = try PostieProcess.run(
            ["run", Self.flow, "--output-dir", dev.path("out"), "-r", "cli,json", "--reporter-json-export", dev.path("report.json")]
                + Self.environmentArguments(dev: dev.environmentPath, prod: prod.environmentPath))
        #expect(outcome.status == 1, "\(outcome.everything)")
        let devOutput = try Data(contentsOf: URL(fileURLWithPath: dev.path("out/dev-output.csv")))
        let prodOutput = try Data(contentsOf: URL(fileURLWithPath: dev.path("out/prod-output.csv")))
        #expect(devOutput.count == prodOutput.count && devOutput != prodOutput)
        // The failure names the byte, its line and column, both sides and the sizes.
        // The CSV is ASCII: the line counts the newlines before byte 30, the column the bytes after the last one.
        let before = [UInt8](devOutput.prefix(30))
        let line = before.filter { $0 == 0x0A }.count + 1
        let column = 30 - ((before.lastIndex(of: 0x0A) ?? -1) + 1) + 1
        let expected = "the answer differs from dev-output.csv at byte 30 (line \(line), column \(column))"
        #expect(outcome.output.contains(expected), "\(outcome.output)")
        #expect(outcome.output.contains("both \(devOutput.count) bytes"), "\(outcome.output)")
        let report = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: dev.path("report.json"))))
        let failures = report["run"]?["failures"]?.arrayValue ?? []
        #expect(failures.count == 1)
        #expect(JSONWriter.compact(failures.first ?? nil).contains("byte 30"))
        // One token per server, each fetched once with that server's keys and reused by its later steps.
        for server in [dev, prod] {
            #expect(server.requests.filter { $0.hasPrefix("POST /webapi/oauth2/token 200") }.count == 1, "\(server.requests)")
            #expect(!server.requests.contains { $0.contains(" 401 ") }, "\(server.requests)")
        }
        #expect(!outcome.everything.contains("5ec75ec7"))
    }

    /// The configuration `postie serve --server NAME` starts from, with the test's port, job time and log.
    static func named(_ name: String, from test: GalleryEmulator.Configuration) -> GalleryEmulator.Configuration {
        var configuration = GalleryEmulator.Configuration(server: name)
        configuration.port = test.port
        configuration.jobTime = test.jobTime
        configuration.logger = test.logger
        return configuration
    }

    @Test func aStepNamingAnUnknownEnvironmentIsRefusedWhereItIsWritten() throws {
        let server = try RunningEmulator()
        var text = try String(contentsOfFile: Self.flow, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"collection\": \"alteryx-webapi-v3.postman_collection.json\"", with: "\"collection\": \"\(RunningEmulator.collection("alteryx-webapi-v3.postman_collection.json"))\"")
        let typo = text.replacingOccurrences(of: #""environment": "prod",\#n      "request": "Workflows/Publish"#, with: #""environment": "prdo",\#n      "request": "Workflows/Publish"#)
        #expect(typo != text)
        let flow = try server.write(typo, to: "typo.flow.json")
        let line = typo.components(separatedBy: "\n").firstIndex { $0.contains("\"prdo\"") }! + 1
        for command in ["run", "validate"] {
            let outcome = try PostieProcess.run([command, flow] + Self.environmentArguments(dev: server.environmentPath, prod: server.environmentPath))
            #expect(outcome.status == 65, "\(outcome.everything)")
            #expect(outcome.errors.contains("typo.flow.json:\(line):22: "), "\(outcome.errors)")
            #expect(outcome.errors.contains(#""prdo" is not one of the flow's environments (dev, prod); did you mean "prod"?"#), "\(outcome.errors)")
        }
        // A missing file is a usage error at the line of its path.
        let missing = try PostieProcess.run(["validate", try server.write(text, to: "missing.flow.json")])
        #expect(missing.status == 64, "\(missing.everything)")
        #expect(missing.errors.contains("missing.flow.json:6:12: environment \"dev\": no such file"), "\(missing.errors)")
        let unknown = try PostieProcess.run(["validate", try server.write(text, to: "unknown.flow.json"), "--flow-environment", "staging=\(server.environmentPath)"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("--flow-environment staging: the flow has no environment of that name (it has: dev, prod)"), "\(unknown.errors)")
    }
}
