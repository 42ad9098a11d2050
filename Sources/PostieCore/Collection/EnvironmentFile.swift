import Foundation
import PostieJSON

/// A Postman environment or globals file: `{ "name": …, "values": [{key, value, type, enabled}] }`.
public struct EnvironmentFile: Sendable, Equatable {
    public var id: String?
    public var name: String
    /// Every entry, disabled ones included (they are kept when the file is exported again).
    public var values: [EnvironmentValue]
    /// `_postman_variable_scope`: `environment` or `globals`.
    public var scope: String?
    /// What reading the file found worth a warning (bytes that are not UTF-8).
    public var warnings: [String] = []

    public init(id: String? = nil, name: String, values: [EnvironmentValue], scope: String? = nil) {
        self.id = id
        self.name = name
        self.values = values
        self.scope = scope
    }

    /// The entries that count: `enabled` is honoured (Newman ignores it and uses disabled values).
    public var enabledValues: [EnvironmentValue] { values.filter(\.enabled) }
}

/// One entry of an environment or globals file.
public struct EnvironmentValue: Sendable, Equatable {
    public var key: String
    public var value: String
    /// `type` as written: `default`, `text`, `secret`, `any`…
    public var type: String?
    public var enabled: Bool

    public init(key: String, value: String, type: String? = nil, enabled: Bool = true) {
        self.key = key
        self.value = value
        self.type = type
        self.enabled = enabled
    }

    /// `type: "secret"`: shown as `[redacted]` everywhere postie prints or writes it.
    public var isSecret: Bool { type == "secret" }
}

/// Reads environment and globals files.
public enum EnvironmentParser {
    /// Reads the file at `path`; `kind` (`an environment`, `a globals file`) words the errors.
    public static func load(path: String, displayName: String? = nil, kind: String = "a Postman environment")
        throws -> EnvironmentFile
    {
        try parseWarning(document: JSONInputDocument.load(path: path, displayName: displayName), kind: kind)
    }

    /// Reads an environment from bytes; `file` names it in errors.
    public static func parse(data: Data, file: String, kind: String = "a Postman environment") throws -> EnvironmentFile
    {
        try parseWarning(document: JSONInputDocument.parse(data: data, file: file), kind: kind)
    }

    /// `parse(document:kind:)`, with a warning for bytes that are not UTF-8.
    static func parseWarning(document: JSONInputDocument, kind: String) throws -> EnvironmentFile {
        var environment = try parse(document: document, kind: kind)
        if let (location, byte) = document.invalidUTF8 {
            environment.warnings.append(TextDecoding.invalidUTF8Warning(file: document.file, location: location, byte: byte))
        }
        return environment
    }

    static func parse(document: JSONInputDocument, kind: String) throws -> EnvironmentFile {
        // A bare list of {key, value} entries, as Newman takes globals (postman-collection's VariableScope).
        if document.root.arrayValue != nil {
            let wrapped = JSONValue.object(JSONObject([("values", document.root)]))
            return try parse(document: JSONInputDocument(file: document.file, data: document.data, root: wrapped, virtualMember: "values"), kind: kind)
        }
        // The Postman API answers `{"environment": {…}}` (and `{"globals": …}`); Newman unwraps it.
        if let root = document.root.objectValue, root["values"] == nil {
            for wrapper in ["environment", "globals"] {
                if let inner = root[wrapper], inner.objectValue != nil {
                    return try parse(
                        document: JSONInputDocument(
                            file: document.file, data: document.data, root: inner, rootPath: [.member(wrapper)]),
                        kind: kind)
                }
            }
        }
        guard let root = document.root.objectValue else {
            throw InputFileError.wrongDocument(
                file: document.file, expected: kind,
                reason: "the document is \(article(document.root.typeName)), not an object with `values`")
        }
        guard let values = root["values"] else {
            let hint = root["item"] != nil ? ": it has `item`, so it looks like a collection" : ""
            throw InputFileError.wrongDocument(file: document.file, expected: kind, reason: "it has no `values` list\(hint)")
        }
        let valuesPath = JSONNodePath([.member("values")])
        guard let entries = values.arrayValue else {
            throw document.error(at: valuesPath, "expected a list of {key, value} entries, found \(article(values.typeName))")
        }
        var parsed: [EnvironmentValue] = []
        for (index, entry) in entries.enumerated() {
            guard let object = entry.objectValue else {
                throw document.error(
                    at: valuesPath.appending(index), "expected a {key, value} object, found \(article(entry.typeName))")
            }
            guard let key = object["key"]?.stringValue ?? object["key"]?.numberValue.map({ JSONWriter.format(number: $0) })
            else {
                throw document.error(at: valuesPath.appending(index), "the entry has no `key`")
            }
            let enabled: Bool
            switch object["enabled"] {
            case .bool(let flag)?: enabled = flag
            case nil, .null?: enabled = !(object["disabled"]?.boolValue ?? false)
            case let other?:
                throw document.error(
                    at: valuesPath.appending(index).appending("enabled"),
                    "expected true or false, found \(article(other.typeName))")
            }
            parsed.append(
                EnvironmentValue(
                    key: key,
                    value: object["value"].map { $0.isNull ? "" : $0.textValue } ?? "",
                    type: object["type"]?.stringValue,
                    enabled: enabled))
        }
        return EnvironmentFile(
            id: root["id"]?.stringValue,
            name: root["name"]?.stringValue ?? URL(fileURLWithPath: document.file).deletingPathExtension().lastPathComponent,
            values: parsed,
            scope: root["_postman_variable_scope"]?.stringValue)
    }
}

extension EnvironmentFile {
    /// The file as Postman writes it, with `values` replaced by `values` (secrets redacted by the caller).
    public func jsonDocument(values exported: [EnvironmentValue]) -> JSONValue {
        var object = JSONObject()
        if let id { object["id"] = .string(id) }
        object["name"] = .string(name)
        object["values"] = .array(
            exported.map { value in
                var entry = JSONObject()
                entry["key"] = .string(value.key)
                entry["value"] = .string(value.value)
                entry["type"] = .string(value.type ?? "default")
                entry["enabled"] = .bool(value.enabled)
                return .object(entry)
            })
        object["_postman_variable_scope"] = .string(scope ?? "environment")
        return .object(object)
    }
}
