import Foundation
import PostieJSON

/// `postie validate` of a generated collection against Node's `JSON.parse` of the same file, each a
/// process of its own, in interleaved rounds: CPU (user + system) and wall time of each.
enum ValidateBench {
    static func run(postie: String, node: String?, requests: Int, rounds: Int) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-bench-validate-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bench.postman_collection.json")
        let data = JSONWriter.prettyData(CollectionFormatBench.makeCollection(requests: requests))
        guard (try? data.write(to: file)) != nil else {
            print("validate bench: could not write the collection; skipped")
            return
        }
        print(String(format: "validate: a collection of %d requests (%.1f MB of JSON, headers, bodies, scripts), %d interleaved rounds",
            requests, Double(data.count) / 1_048_576, rounds))
        // The collection's {{baseUrl}} and {{token}} are defined, so validate checks a clean collection.
        let cases: [(name: String, executable: String, arguments: [String])] =
            [("postie validate", postie, ["validate", file.path, "--env-var", "baseUrl=http://127.0.0.1", "--env-var", "token=t"])]
            + (node.map { [("node JSON.parse", $0, ["-e", "JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'))", file.path])] } ?? [])
            + (node.map { [("node start-up", $0, ["-e", "0"])] } ?? [])
        var figures: [String: [ProcessBench.Measurement]] = [:]
        for round in 0..<rounds {
            let order = round % 2 == 0 ? Array(cases.indices) : cases.indices.reversed()
            for index in order {
                let entry = cases[index]
                guard let measured = ProcessBench.spawn(entry.executable, entry.arguments), measured.status == 0 else {
                    print("  \(entry.name): failed; skipped")
                    continue
                }
                figures[entry.name, default: []].append(measured)
            }
        }
        func median(_ name: String) -> (cpu: Double, wall: Double)? {
            guard let runs = figures[name], !runs.isEmpty else { return nil }
            return (Bench.median(runs.map(\.cpu)), Bench.median(runs.map(\.wall)))
        }
        for entry in cases {
            guard let figure = median(entry.name) else { continue }
            print(String(format: "  %-20@ CPU %6.3f s · wall %6.3f s", entry.name as NSString, figure.cpu, figure.wall))
        }
        if let ours = median("postie validate"), let theirs = median("node JSON.parse") {
            print(String(format: "  CPU, postie validate / node JSON.parse (whole processes): %.2f× (goal: ≤ 1.5×)", ours.cpu / theirs.cpu))
        } else {
            print("  node: not installed; no ratio")
        }
    }
}
