import Foundation
import PostieJSON
import Testing

@testable import PostieCore

/// Issue 15's Low findings, one test each.
@Suite("Hostile input: the Low findings")
struct LowFindingsTests {
    @Test("1e999 is not captured as null: the capture fails saying the number is too large")
    func hugeNumberCapture() throws {
        let response = CheckedResponse(status: 200, bodyText: #"{"id": 1e999}"#)
        let capture = try Capture(variable: "id", parsing: "$.id")
        guard case .failed(_, let message) = capture.evaluate(response, requestName: "R") else {
            Issue.record("1e999 was captured")
            return
        }
        #expect(message.contains("too large"), "\(message)")
    }

    @Test("JSON nested deeper than 512 levels is called that, not \"not JSON\"")
    func deepJSON() throws {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let response = CheckedResponse(status: 200, bodyText: #"{"a": "#.appending(deep).appending("}"))
        let results = try Expectation(parsing: ["json": ["$.a": ["exists": true]]]).evaluate(response)
        #expect(results.first?.message.contains("nesting is deeper than 512 levels") == true, "\(results)")
        let capture = try Capture(variable: "a", parsing: "$.a")
        guard case .failed(_, let message) = capture.evaluate(response, requestName: "R") else {
            Issue.record("captured")
            return
        }
        #expect(message.contains("nesting is deeper"), "\(message)")
    }

    @Test("an answer over 64 MiB is too large to check, not \"not JSON\"")
    func tooLargeAnswer() throws {
        let response = CheckedResponse.tooLarge(
            status: 200, headers: [], prefix: Data(#"{"id": "#.utf8), size: 70 << 20, limit: 64 << 20, responseTimeMilliseconds: 1)
        let results = try Expectation(parsing: ["json": ["$.id": ["exists": true]]]).evaluate(response)
        #expect(results.first?.message.contains("larger than the 64 MiB") == true, "\(results)")
    }

    @Test("past the limit, a path to one value is read from the spooled answer; any other path is refused as too large")
    func tooLargeAnswerSingularPath() throws {
        let root = try TestFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let items = (0..<20_000).map { #"{"id": "item\#($0)", "tags": ["a", "b"]}"# }.joined(separator: ",")
        let body = Data(#"{"items": [\#(items)], "last": {"id": "the-last"}}"#.utf8)
        let file = root.appendingPathComponent("answer.body")
        try body.write(to: file)
        let limit = 256 << 10
        #expect(body.count > limit)
        let response = StepRunner.checkedResponse(
            TransportResponse(status: 200, body: .file(url: file, size: body.count, prefix: body.prefix(1024))), limit: limit)
        let last = try Capture(variable: "v", parsing: "$.last.id").evaluate(response, requestName: "R")
        #expect(last == .captured(variable: "v", value: "the-last", note: nil))
        let item = try Capture(variable: "v", parsing: "$.items[19999].id").evaluate(response, requestName: "R")
        #expect(item.value == "item19999")
        let all = try Expectation(parsing: ["json": ["$.items[*].id": ["minCount": 1], "$.items[0].tags[1]": "b"]]).evaluate(response)
        #expect(all.count == 2)
        #expect(all.first { $0.name.contains("[*]") }?.message.contains("larger than the 0 MiB checks and captures read") == true, "\(all)")
        #expect(all.first { $0.name.contains("[*]") }?.message.contains("$.id or $.items[0].id, is read all the same") == true)
        #expect(all.first { $0.name.contains("tags") }?.passed == true, "\(all)")
        // Broken past the value: not JSON, as a whole read would say.
        var broken = body
        broken.append(contentsOf: Array(",".utf8))
        try broken.write(to: file)
        let brokenResponse = StepRunner.checkedResponse(
            TransportResponse(status: 200, body: .file(url: file, size: broken.count, prefix: Data())), limit: limit)
        let failed = try Capture(variable: "v", parsing: "$.last.id").evaluate(brokenResponse, requestName: "R")
        #expect(failed.failureMessage?.contains("whose body is not JSON") == true, "\(failed)")
    }

    @Test("a 3 MB unknown request name is answered at once and quoted short")
    func hugeUnknownName() throws {
        let name = String(repeating: "x", count: 3 << 20)
        let started = Date()
        #expect(Suggestion.nearest(to: name, among: ["Folder/Request", "Other"]).isEmpty)
        #expect(Suggestion.closest(to: name, among: ["Folder/Request", "Other"]) == nil)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(Suggestion.quoted(name).count < 200)
        #expect(Suggestion.nearest(to: "Reqest", among: ["Folder/Request"]) == ["Folder/Request"])
    }

    @Test("save through a linked directory refuses before making anything outside")
    func saveThroughLinkedDirectory() throws {
        let root = try TestFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        let elsewhere = root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("link"), withDestinationURL: elsewhere)
        let saver = OutputSaver(directory: output.path)
        #expect(throws: SaveError.self) { try saver.save(.memory(Data("x".utf8)), as: "link/new/deeper/file.json") }
        #expect(!FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("new").path))
    }

    @Test("save never replaces an input of the run, by any name")
    func saveOverInput() throws {
        let root = try TestFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let collection = root.appendingPathComponent("c.json")
        try Data("{}".utf8).write(to: collection)
        let saver = OutputSaver(directory: root.path, protectedPaths: [collection.path])
        #expect(throws: SaveError.self) { try saver.save(.memory(Data("x".utf8)), as: "c.json") }
        #expect(throws: SaveError.self) { try saver.save(.memory(Data("x".utf8)), as: "./c.json") }
        #expect(try String(contentsOf: collection, encoding: .utf8) == "{}")
        #expect(try saver.save(.memory(Data("x".utf8)), as: "other.json").bytes == 1)
    }

    @Test("a default-typed variable named like a secret is exported redacted, as a captured one is")
    func secretNamedDefaultVariable() {
        var final = VariableScope(.environment)
        final.set("apiToken", "typed-in")
        let input = EnvironmentFile(name: "e", values: [EnvironmentValue(key: "apiToken", value: "typed-in", type: "default")])
        let values = EnvironmentExporter(redactor: SecretRedactor()).values(final: final, input: input)
        #expect(values.first?.value == SecretRedactor.placeholder)
    }

    @Test("an atomic write that fails midway leaves no temporary file")
    func atomicWriteCleansUp() throws {
        let root = try TestFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        // A target whose temporary file cannot be renamed over it (a non-empty directory).
        let target = root.appendingPathComponent("report.xml")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: (any Error).self) { try writeFileAtomically(Data("x".utf8), to: target.path) }
        #expect(throws: (any Error).self) { try writeFileAtomically(to: target.path) { try $0.write(contentsOf: Data("x".utf8)) } }
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(left == ["report.xml"], "\(left)")
    }
}

extension LowFindingsTests {
    @Test("invalid UTF-8 inside a collection's strings is read as Newman reads it, with a warning that says where")
    func invalidUTF8IsNamed() throws {
        var data = Data(#"{"info": {"name": "c"}, "item": [{"name": "caf"#.utf8)
        data.append(0xE9)  // Latin-1 é
        data.append(contentsOf: Data(#"", "request": {"url": "http://h/"}}]}"#.utf8))
        let collection = try CollectionParser.parse(data: data, file: "c.json")
        #expect(collection.warnings.contains { $0.hasPrefix("c.json:1:47: invalid UTF-8 (byte 0xE9)") }, "\(collection.warnings)")
        let valid = try CollectionParser.parse(data: Data(#"{"info": {"name": "café"}, "item": []}"#.utf8), file: "c.json")
        #expect(!valid.warnings.contains { $0.contains("UTF-8") })
    }

    @Test("invalid UTF-8 in an environment, a globals file or a flow gets the same warning, with its place")
    func invalidUTF8InEnvironmentsAndFlows() throws {
        func latin1(_ before: String, _ after: String) -> Data {
            var data = Data(before.utf8)
            data.append(0xE9)
            data.append(contentsOf: Data(after.utf8))
            return data
        }
        let environment = try EnvironmentParser.parse(
            data: latin1(#"{"name": "e", "values": [{"key": "city", "value": "Orl"#, #"ans"}]}"#), file: "e.json")
        #expect(environment.values.first?.value == "Orl\u{FFFD}ans")
        #expect(environment.warnings == [
            "e.json:1:55: invalid UTF-8 (byte 0xE9) is read as U+FFFD, as Newman reads it; save the file as UTF-8 to keep the text you wrote"
        ])
        let globals = try EnvironmentParser.parse(data: latin1("[{\"key\": \"k\", \"value\": \"caf", "\"}]"), file: "g.json", kind: "a Postman globals file")
        #expect(globals.warnings.first?.hasPrefix("g.json:1:28: invalid UTF-8 (byte 0xE9)") == true, "\(globals.warnings)")
        let flow = try FlowParser.parse(
            latin1("{\"collection\": \"c.json\",\n \"steps\": [{\"request\": \"caf", "\"}]}"), file: "f.json")
        #expect(flow.warnings.first?.hasPrefix("f.json:2:28: invalid UTF-8 (byte 0xE9)") == true, "\(flow.warnings)")
        let clean = try EnvironmentParser.parse(data: Data(#"{"name": "e", "values": [{"key": "k", "value": "é"}]}"#.utf8), file: "e.json")
        #expect(clean.warnings.isEmpty)
    }

    @Test("a path's parent is what NSString answers, without its trap on one-component paths")
    func parentPaths() {
        // NSString's own answers, where it does not trap.
        for path in ["a/b", "/a", "/", "", "a/b/", "/a/b/c", "ab", "a//b", "./x", "../x/y", "/a/"] {
            #expect(FilePath.deletingLastComponent(path) == (path as NSString).deletingLastPathComponent, "\(path)")
        }
        // Where it traps (an illegal instruction): "f" and "a/".
        #expect(FilePath.deletingLastComponent("f") == "")
        #expect(FilePath.deletingLastComponent("a/") == "")
    }
}

