import Foundation
import Testing

@testable import PostieScript

/// The conformance corpus (Tests/PostieScriptTests/Conformance): every program must print what Node 20
/// printed, byte for byte. Programs listed in KNOWN-DIFFERENCES.md are expected to differ (each with
/// its reason); the test fails when one of them starts to pass, so the list only shrinks.
@Suite("Conformance corpus against Node's recorded output")
struct ConformanceTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Conformance")

    struct Program: Sendable, CustomTestStringConvertible {
        let path: String
        var testDescription: String { path }
    }

    static let programs: [Program] = {
        let manager = FileManager.default
        guard let categories = try? manager.contentsOfDirectory(atPath: directory.path) else { return [] }
        var found: [Program] = []
        for category in categories.sorted() {
            let folder = directory.appendingPathComponent(category)
            guard let files = try? manager.contentsOfDirectory(atPath: folder.path) else { continue }
            for file in files.sorted() where file.hasSuffix(".js") {
                found.append(Program(path: "\(category)/\(file)"))
            }
        }
        return found
    }()

    /// Programs expected to differ, with the reason.
    static let knownDifferences: [String: String] = {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("KNOWN-DIFFERENCES.md"), encoding: .utf8) else { return [:] }
        var table: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("- `") {
            let parts = line.dropFirst(3).split(separator: "`", maxSplits: 1)
            guard parts.count == 2 else { continue }
            table[String(parts[0])] = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " :—-"))
        }
        return table
    }()

    /// What PostieScript prints for a program, in the form the corpus records it.
    static func output(of program: Program) -> (stdout: String, uncaught: String?) {
        let url = directory.appendingPathComponent(program.path)
        let source = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let printed = JSTestRunner.run(source, name: program.path)
        var lines = printed.isEmpty ? [] : printed.components(separatedBy: "\n")
        var uncaught: String?
        if let last = lines.last, last.hasPrefix("Uncaught ") {
            uncaught = String(last.dropFirst("Uncaught ".count))
            lines.removeLast()
        }
        return (lines.joined(separator: "\n"), uncaught)
    }

    @Test("prints what Node printed", arguments: programs)
    func matchesNode(_ program: Program) throws {
        let base = Self.directory.appendingPathComponent(program.path).deletingPathExtension()
        let expected = try String(contentsOf: base.appendingPathExtension("expected"), encoding: .utf8)
        let expectedStdout = expected.hasSuffix("\n") ? String(expected.dropLast()) : expected
        let expectedError = (try? String(contentsOf: base.appendingPathExtension("stderr"), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let (stdout, uncaught) = Self.output(of: program)
        let matches = stdout == expectedStdout && uncaught == expectedError
        if let reason = Self.knownDifferences[program.path] {
            #expect(!matches, "\(program.path) now matches Node: remove it from KNOWN-DIFFERENCES.md (it was listed for: \(reason))")
        } else {
            #expect(stdout == expectedStdout, "\(program.path)")
            #expect(uncaught == expectedError, "\(program.path): uncaught error")
        }
    }

    @Test func theCorpusIsThere() {
        #expect(Self.programs.count >= 600)
    }
}

/// With `node` on the PATH: every program through both engines, live, so the recorded outputs
/// cannot drift from Node's.
@Suite("Conformance corpus against a live Node")
struct LiveNodeConformanceTests {
    static let node: String? = {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(directory)/node"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    @Test func recordedOutputsAreStillWhatNodePrints() throws {
        guard let node = Self.node else {
            print("skipped: node is not on the PATH; the recorded outputs stand in for it")
            return
        }
        var drifted: [String] = []
        for program in ConformanceTests.programs where !program.path.hasPrefix("uncaught/") {
            let url = ConformanceTests.directory.appendingPathComponent(program.path)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: node)
            process.arguments = ["--stack-size=984", url.lastPathComponent]
            process.currentDirectoryURL = url.deletingLastPathComponent()
            process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "", "TZ": "America/New_York", "LANG": "C"]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let expected = try Data(contentsOf: url.deletingPathExtension().appendingPathExtension("expected"))
            if data != expected { drifted.append(program.path) }
        }
        #expect(drifted.isEmpty, "Node now prints something else for: \(drifted.joined(separator: ", ")) — run Conformance/regenerate.sh")
    }
}
