import Foundation
import PostieJSON
import PostieYAML

/// Postman v12 environment and globals files (`NAME.environment.yaml`, `NAME.globals.yaml`):
/// `name` and `values: [{key, value, enabled, type}]` (or a `{key: value}` mapping); a secret is
/// `type: secret` or `secret: true`.
public enum V3Environment {
    /// Whether `path` names a YAML file (`.yaml` or `.yml`).
    public static func isYAMLPath(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml")
    }

    /// Reads the environment or globals file at `path`; `displayName` names it in errors.
    public static func load(path: String, displayName: String? = nil) throws -> EnvironmentFile {
        let name = displayName ?? path
        return try parse(data: readInputFile(path: path, displayName: name), file: name)
    }

    /// Reads an environment from YAML bytes; `file` names it in errors.
    public static func parse(data: Data, file: String) throws -> EnvironmentFile {
        let root: YAMLNode
        do {
            root = try YAMLParser.parseDocument(data)
        } catch let error as YAMLError {
            throw InputFileError.malformedYAML(file: file, error: error)
        }
        let document = V3File(path: file, displayName: file, root: root)
        guard root.pairs != nil else {
            throw document.error(root, "(root)", "expected a mapping with `name` and `values`, found \(root.kindName)")
        }
        if let kind = try document.text(root["$kind"], "$kind"), kind != "environment", kind != "globals" {
            throw InputFileError.wrongDocument(
                file: file, expected: "a Postman environment", reason: "it is `$kind: \(kind)`"
                    + (kind == "collection" || kind.hasSuffix("-request") ? " (a collection file: pass its folder to postie run)" : ""))
        }
        var values: [EnvironmentValue] = []
        if let list = root["values"] {
            if let pairs = list.pairs {
                for pair in pairs {
                    values.append(EnvironmentValue(key: pair.key.keyText, value: try document.text(pair.value, "values.\(pair.key.keyText)") ?? ""))
                }
            } else if let items = list.items {
                for (index, item) in items.enumerated() {
                    let field = "values[\(index)]"
                    guard item.pairs != nil else { throw document.error(item, field, "expected a {key, value} entry, found \(item.kindName)") }
                    guard let key = try document.text(item["key"], "\(field).key") else { throw document.error(item, field, "the entry has no `key`") }
                    var type = try document.text(item["type"], "\(field).type")
                    if try document.flag(item["secret"], "\(field).secret") == true { type = "secret" }
                    values.append(
                        EnvironmentValue(
                            key: key, value: try document.text(item["value"], "\(field).value") ?? "", type: type,
                            enabled: try document.flag(item["enabled"], "\(field).enabled") ?? !(try document.flag(item["disabled"], "\(field).disabled") ?? false)))
                }
            } else if !YAMLSchema.resolve(list).isNull {
                throw document.error(list, "values", "expected a list of {key, value} entries, found \(list.kindName)")
            }
        } else if root["item"] != nil || root["$kind"] != nil {
            throw InputFileError.wrongDocument(file: file, expected: "a Postman environment", reason: "it has no `values` list")
        }
        let stem = (file as NSString).lastPathComponent
            .replacingOccurrences(of: ".environment.yaml", with: "").replacingOccurrences(of: ".environment.yml", with: "")
            .replacingOccurrences(of: ".globals.yaml", with: "").replacingOccurrences(of: ".globals.yml", with: "")
        return EnvironmentFile(
            id: try document.text(root["id"], "id"), name: try document.text(root["name"], "name") ?? stem, values: values,
            scope: file.contains(".globals.") ? "globals" : "environment")
    }

    /// The file as v3 writes it: `name` and `values` (the id has no place in it).
    public static func yaml(_ environment: EnvironmentFile) -> String {
        var object = JSONObject()
        object["name"] = .string(environment.name)
        object["values"] = .array(
            environment.values.map { value in
                var entry = JSONObject()
                entry["key"] = .string(value.key)
                entry["value"] = .string(value.value)
                entry["enabled"] = .bool(value.enabled)
                entry["type"] = .string(value.type ?? "default")
                return .object(entry)
            })
        return YAMLWriter.document(.object(object))
    }

    /// The environment named `name` in `directory` (`postman/environments/`): a file whose name without
    /// `.environment.yaml` (or `.postman_environment.json`) is `name`, or whose `name` is; case-insensitive.
    public static func find(named name: String, in directory: String) -> (path: String?, available: [String]) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return (nil, []) }
        var available: [String] = []
        let wanted = name.lowercased()
        for entry in entries.sorted() {
            let path = (directory as NSString).appendingPathComponent(entry)
            var stem: String?
            for suffix in [".environment.yaml", ".environment.yml", ".postman_environment.json", ".environment.json"] where entry.lowercased().hasSuffix(suffix) {
                stem = String(entry.dropLast(suffix.count))
            }
            guard let stem else { continue }
            let declared = isYAMLPath(entry) ? (try? load(path: path))?.name : (try? EnvironmentParser.load(path: path))?.name
            available.append(declared ?? stem)
            if stem.lowercased() == wanted || declared?.lowercased() == wanted { return (path, available) }
        }
        return (nil, available)
    }
}
