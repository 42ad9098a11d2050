import Foundation
import Testing

/// Newman 6.2.1's integration collections in `../shared/reference/newman-integration`, grouped as Newman's
/// harness (`npm/test-integration.js`) groups them, and the known differences postie is expected to show.
enum NewmanCorpus {
    /// The package root, from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/reference/newman-integration`, beside the package.
    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference/newman-integration")

    /// Whether the reference collections are there to run.
    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("test/integration").path)
    }

    static let skipMessage: Comment =
        "../shared/reference/newman-integration is absent: Newman's integration collections are not in this checkout, so the compatibility suite is skipped"

    /// One collection with the files Newman's harness runs it with.
    struct Group: Sendable, CustomStringConvertible {
        /// The name before `.postman_`: `echo-v2`, `steph`.
        var name: String
        var collection: URL
        var environment: URL?
        var globals: URL?
        var data: URL?
        /// `run` of `NAME.postman_config.json`, as postie options.
        var options: [String] = []
        var description: String { name }
    }

    /// Every group under `test/integration`: files matching `(.+)\.postman_([^.]+)(\.skip)?\.([^.]{3,})$` grouped by
    /// their first part, `.skip` files left out, as `npm/test-integration.js` does; then the transcribed
    /// folder-variants collections.
    static func groups() -> [Group] {
        guard isAvailable else { return [] }
        let base = root.appendingPathComponent("test/integration")
        let pattern = try! NSRegularExpression(pattern: #"^(.+)\.postman_([^.]+)(\.skip)?\.([^.]{3,})$"#, options: [.caseInsensitive])
        var files: [String: [String: URL]] = [:]
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let name = url.lastPathComponent
            guard let match = pattern.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) else { continue }
            guard match.range(at: 3).location == NSNotFound else { continue }
            let stem = String(name[Range(match.range(at: 1), in: name)!])
            let kind = String(name[Range(match.range(at: 2), in: name)!]).lowercased()
            let format = String(name[Range(match.range(at: 4), in: name)!]).lowercased()
            // Newman's key is the path before `.postman_`; the name shown is its last component.
            files[url.deletingLastPathComponent().path + "/" + stem, default: [:]][kind + format] = url
        }
        var groups: [Group] = []
        for (key, members) in files.sorted(by: { $0.key < $1.key }) {
            guard let collection = members["collectionjson"] else { continue }
            var group = Group(
                name: String(key.split(separator: "/").last!), collection: collection, environment: members["environmentjson"], globals: members["globalsjson"],
                data: members["datacsv"] ?? members["datajson"])
            if let config = members["configjson"] { group.options = options(fromConfig: config) }
            groups.append(group)
        }
        return groups
    }

    /// The postie options for a config file's `run` object (Newman's run options of the same meaning).
    static func options(fromConfig url: URL) -> [String] {
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let run = object["run"] as? [String: Any]
        else { return [] }
        var options: [String] = []
        if run["ignoreRedirects"] as? Bool == true { options.append("--ignore-redirects") }
        if run["insecure"] as? Bool == true { options.append("--insecure") }
        if let milliseconds = run["timeoutRequest"] as? Int { options += ["--timeout-request", "\(milliseconds)ms"] }
        if let milliseconds = run["timeoutScript"] as? Int { options += ["--timeout-script", "\(milliseconds)ms"] }
        // `timeout` (the whole run) has no postie option; the run is short anyway.
        return options
    }

    /// The transcribed `folder-variants` collections (`test/library/folder-variants.test.js`).
    static func transcribed(_ name: String) -> URL {
        root.appendingPathComponent("transcribed/\(name).postman_collection.json")
    }

    // MARK: - Known differences

    /// `KNOWN-DIFFERENCES.md` beside the tests: lines ``- `name` — reason``.
    /// Assertions that compare two separate reads of the clock, true only when no millisecond ends
    /// between the reads: `prototype-check`'s `Date.now() == (new Date()).getTime()`.
    static let clockRaceAssertions = ["Date prototype getTime"]

    static let knownDifferencesFile = packageRoot.appendingPathComponent("Tests/PostieIntegrationTests/KNOWN-DIFFERENCES.md")

    /// Group name → the reason it is expected to fail.
    static let knownDifferences: [String: String] = {
        guard let text = try? String(contentsOf: knownDifferencesFile, encoding: .utf8) else { return [:] }
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("- `") {
            let rest = line.dropFirst(3)
            guard let end = rest.firstIndex(of: "`") else { continue }
            let name = String(rest[..<end])
            let reason = rest[rest.index(after: end)...].trimmingCharacters(in: CharacterSet(charactersIn: " —-"))
            result[name] = reason
        }
        return result
    }()
}
