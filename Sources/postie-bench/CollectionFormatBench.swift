import Foundation
import PostieCore
import PostieJSON

/// Parsing a v3 collection folder (one YAML file per request) beside the same collection as one v2.1
/// JSON file: time and peak memory of each, every measurement in a fresh process of this binary (so
/// one format's allocations do not colour the other's peak).
enum CollectionFormatBench {
    /// A v2.1 collection of `requests` requests in folders of 100, each with headers, a JSON body and
    /// a test script, as exported collections look.
    static func makeCollection(requests: Int) -> JSONValue {
        var folders: [JSONValue] = []
        var index = 0
        while index < requests {
            var items: [JSONValue] = []
            for _ in 0..<min(100, requests - index) {
                index += 1
                let request: JSONValue = [
                    "method": "POST",
                    "url": .string("{{baseUrl}}/api/v1/items/\(index)?expand=owner&limit=10"),
                    "header": [["key": "Content-Type", "value": "application/json"], ["key": "X-Request", "value": .string("r-\(index)")]],
                    "body": [
                        "mode": "raw", "raw": .string("{\n  \"id\": \(index),\n  \"name\": \"item \(index)\",\n  \"tags\": [\"a\", \"b\"]\n}"),
                        "options": ["raw": ["language": "json"]],
                    ],
                ]
                items.append([
                    "name": .string("Request \(index)"), "request": request,
                    "event": [["listen": "test", "script": ["type": "text/javascript", "exec": ["pm.test(\"ok\", () => pm.response.to.have.status(200));"]]]],
                ])
            }
            folders.append(["name": .string("Folder \(folders.count + 1)"), "item": .array(items)])
        }
        return [
            "info": ["name": "bench", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"],
            "auth": ["type": "bearer", "bearer": [["key": "token", "value": "{{token}}"]]],
            "item": .array(folders),
        ]
    }

    /// Writes both forms under a temporary directory; returns (json file, v3 folder).
    static func writeForms(requests: Int) throws -> (json: String, folder: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("postie-bench-v3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let data = JSONWriter.prettyData(makeCollection(requests: requests))
        let json = root.appendingPathComponent("bench.postman_collection.json")
        try data.write(to: json)
        let conversion = try V3CollectionWriter.convert(data: data, file: json.path)
        let folder = root.appendingPathComponent("bench")
        for file in conversion.files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        return (json.path, folder.path)
    }

    /// In the child: parse `path` once, print `seconds peak-MB requests`.
    static func measureChild(format: String, path: String) {
        let before = Bench.residentMegabytes()
        let started = Date()
        let collection: PostmanCollection?
        if format == "v3" {
            collection = try? V3CollectionReader.load(path: path)
        } else {
            collection = (try? Data(contentsOf: URL(fileURLWithPath: path))).flatMap { try? CollectionParser.parse(data: $0, file: path) }
        }
        let seconds = Date().timeIntervalSince(started)
        print(String(format: "%.6f %.1f %.1f %d", seconds, Bench.peakMegabytes(), before, collection?.flattenedRequests().count ?? -1))
    }

    static func run(requests: Int, rounds: Int) {
        print("collection formats: \(requests) requests, v3 folder (one YAML file each) beside one v2.1 JSON file")
        guard let forms = try? writeForms(requests: requests) else {
            print("  could not write the collections; skipped")
            return
        }
        defer { try? FileManager.default.removeItem(atPath: FilePath.deletingLastComponent(forms.json)) }
        let files = (FileManager.default.enumerator(atPath: forms.folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".yaml") }.count
        let jsonSize = ((try? FileManager.default.attributesOfItem(atPath: forms.json))?[.size] as? Int) ?? 0
        print(String(format: "  v2.1: one file of %.1f MB · v3: %d YAML files", Double(jsonSize) / 1_048_576, files))
        for (format, path) in [("json", forms.json), ("v3", forms.folder)] {
            var times: [Double] = []
            var peaks: [Double] = []
            var baselines: [Double] = []
            var parsed = 0
            for _ in 0..<rounds {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
                process.arguments = ["--measure-collection", format, path]
                let pipe = Pipe()
                process.standardOutput = pipe
                guard (try? process.run()) != nil else { continue }
                let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                let fields = output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
                guard fields.count == 4 else { continue }
                times.append(fields[0])
                peaks.append(fields[1])
                baselines.append(fields[2])
                parsed = Int(fields[3])
            }
            let label = format == "v3" ? "v3 folder " : "v2.1 JSON "
            print(
                String(
                    format: "  %@ median %.3f s (min %.3f, max %.3f) · peak resident %.1f MB (%.1f MB before parsing) · %d requests",
                    label, Bench.median(times), times.min() ?? 0, times.max() ?? 0, Bench.median(peaks), Bench.median(baselines), parsed))
        }
    }
}
