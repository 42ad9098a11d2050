import Foundation
import Testing

@testable import PostieCore

extension ReportsTests {
    /// Which files a run may write besides its saved responses (issue 10, items 3 and 5).
    @Suite("Output file policy")
    struct OutputFilePolicyTests {
        static func policy(_ directory: URL, overwrite: Bool = false) -> OutputFilePolicy {
            OutputFilePolicy(
                outputDirectory: "out", overwrite: overwrite, inputs: ["c.json", "env.json", "https://example.com/g.json"],
                workingDirectory: directory.path)
        }

        static func scratch() throws -> URL {
            let directory = try TestFixtures.temporaryDirectory()
            for name in ["c.json", "env.json", "mine.xml", "out/postie-report.xml"] {
                let url = directory.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("x".utf8).write(to: url)
            }
            return directory
        }

        @Test("inside the output directory a file is replaced; outside only with --overwrite; an input never")
        func rules() throws {
            let directory = try Self.scratch()
            defer { try? FileManager.default.removeItem(at: directory) }
            let policy = Self.policy(directory)
            try policy.check("out/postie-report.xml", what: "the JUnit report")
            try policy.check("out/new/deeper.json", what: "the JSON report")
            try policy.check("fresh.xml", what: "the JUnit report")
            #expect(throws: ReportError.exists(path: "mine.xml", what: "the JUnit report", outputDirectory: "out")) {
                try policy.check("mine.xml", what: "the JUnit report")
            }
            try Self.policy(directory, overwrite: true).check("mine.xml", what: "the JUnit report")
            for input in ["c.json", "./c.json", "out/../env.json"] {
                #expect(throws: ReportError.self) { try Self.policy(directory, overwrite: true).check(input, what: "the JSON report") }
            }
            #expect(throws: ReportError.cannotWrite(path: "out", reason: "it is a directory")) {
                try policy.check("out", what: "the JSON report")
            }
            #expect(throws: ReportError.self) { try policy.check("c.json/report.json", what: "the JSON report") }
        }

        @Test("the environment export may replace the environment it came from only with --overwrite")
        func environmentExport() throws {
            let directory = try Self.scratch()
            defer { try? FileManager.default.removeItem(at: directory) }
            #expect(throws: ReportError.wouldOverwriteEnvironment(path: "env.json")) {
                try Self.policy(directory).checkEnvironmentExport("env.json", environment: "env.json")
            }
            #expect(try Self.policy(directory, overwrite: true).checkEnvironmentExport("env.json", environment: "env.json"))
            #expect(try !Self.policy(directory).checkEnvironmentExport("exported.json", environment: "env.json"))
            #expect(throws: ReportError.self) {
                try Self.policy(directory, overwrite: true).checkEnvironmentExport("c.json", environment: "env.json")
            }
            #expect(ReportError.wouldOverwriteEnvironment(path: "env.json").description.contains("--overwrite"))
        }
    }
}
