import Foundation
import PostieJSON
import PostieYAML

/// Postman v12 collections (collection schema 3.0.0): a folder of YAML files. The folder's
/// `.resources/definition.yaml` (`$kind: collection`) holds its name, description, variables, auth,
/// scripts and `order`; each request is a `NAME.request.yaml` (`$kind: http-request`); sub-folders are
/// folders with their own definition; saved responses are
/// `.resources/NAME.resources/examples/*.example.yaml` (`$kind: http-example`). `.yml` is read as
/// `.yaml`.
///
/// The folder is read into the v2.1 document it stands for (1. YAML files -> v2.1 JSON, checked field by
/// field with the YAML file's line and column; 2. the v2.1 reader -> `PostmanCollection`), so both
/// formats share one model, one inheritance and one set of request rules; `postie convert` writes that
/// same document out.
public enum V3CollectionReader {
    /// The v2.1 schema URL the translated document carries.
    public static let v21Schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"

    /// Whether `path` is a folder holding a v3 collection: a `.resources/definition.yaml`, request files,
    /// or sub-folders with definitions.
    public static func isCollectionRoot(_ path: String) -> Bool {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
        if definitionPath(in: path) != nil { return true }
        guard let entries = try? manager.contentsOfDirectory(atPath: path) else { return false }
        if entries.contains(where: isRequestFileName) { return true }
        return entries.contains { entry in
            !entry.hasPrefix(".") && definitionPath(in: (path as NSString).appendingPathComponent(entry)) != nil
        }
    }

    /// Reads the collection folder at `path`; `displayName` is how messages name it.
    public static func load(path: String, displayName: String? = nil) throws -> PostmanCollection {
        let translated = try document(at: path, displayName: displayName)
        let name = displayName ?? path
        // The translation checked every field at its YAML line and column; what the v2.1 reader still
        // finds is named by file and path (a line in a generated JSON text would mean nothing).
        var reader = CollectionReader(document: JSONInputDocument(file: name, data: Data(), root: translated.document))
        var collection = try reader.readCollection()
        collection.warnings += translated.warnings
        return collection
    }

    /// The v2.1 document the folder at `path` stands for, and what reading it found worth a warning.
    public static func document(at path: String, displayName: String? = nil) throws -> (document: JSONValue, warnings: [String]) {
        var translator = V3Translator(root: path, displayRoot: displayName ?? path)
        let document = try translator.collection()
        return (document, translator.warningMessages())
    }

    /// The definition file of a collection or folder: a file (a directory of that name is none).
    static func definitionPath(in directory: String) -> String? {
        for name in ["definition.yaml", "definition.yml"] {
            let path = ((directory as NSString).appendingPathComponent(".resources") as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { return path }
        }
        return nil
    }

    static func isRequestFileName(_ name: String) -> Bool {
        name.hasSuffix(".request.yaml") || name.hasSuffix(".request.yml")
    }

    /// The file name without `.request.yaml` (or `.yml`, `.example.yaml`…).
    static func stem(of name: String, suffix: String) -> String {
        for ending in [".\(suffix).yaml", ".\(suffix).yml"] where name.hasSuffix(ending) {
            return String(name.dropLast(ending.count))
        }
        return name
    }
}

/// A YAML file of a v3 collection, with errors at its lines and columns.
struct V3File {
    let path: String
    let displayName: String
    let root: YAMLNode

    static func read(path: String, displayName: String) throws -> V3File {
        let data = try readInputFile(path: path, displayName: displayName)
        do {
            return V3File(path: path, displayName: displayName, root: try YAMLParser.parseDocument(data))
        } catch let error as YAMLError {
            throw InputFileError.malformedYAML(file: displayName, error: error)
        }
    }

    func error(_ node: YAMLNode, _ field: String, _ message: String) -> InputFileError {
        .invalidField(
            file: displayName,
            location: JSONSourceLocation(line: node.location.line, column: node.location.column, offset: node.location.offset),
            path: field, message: message)
    }

    /// What to say about `node` where text belongs: a mapping written `{{var}}…` unquoted gets the fix.
    func textError(_ node: YAMLNode, _ field: String) -> InputFileError {
        if let pairs = node.pairs, pairs.first?.key.pairs != nil {
            return error(
                node, field,
                "expected text, found a mapping: an unquoted value starting with `{{` is read by YAML as a mapping; "
                    + "quote the whole value ('{{…}}…')")
        }
        return error(node, field, "expected text, found \(node.kindName)")
    }

    /// A scalar as text (numbers and Booleans spelled out); nil for null.
    func text(_ node: YAMLNode?, _ field: String) throws -> String? {
        guard let node else { return nil }
        guard node.scalarText != nil else { throw textError(node, field) }
        switch YAMLSchema.resolve(node) {
        case .null: return nil
        case .string(let text): return text
        case let other: return other.textValue
        }
    }

    /// A Boolean flag (`true`/`false`, or the text "true"/"false").
    func flag(_ node: YAMLNode?, _ field: String) throws -> Bool? {
        guard let node else { return nil }
        switch YAMLSchema.resolve(node) {
        case .null: return nil
        case .bool(let value): return value
        case .string("true"): return true
        case .string("false"): return false
        default: throw error(node, field, "expected true or false, found \(node.kindName)")
        }
    }
}

/// Turns a v3 collection folder into the v2.1 document it stands for.
struct V3Translator {
    let root: String
    let displayRoot: String
    /// Unknown keys by entity and key: how often, and the first place.
    var unknownKeys: [String: (count: Int, first: String)] = [:]
    var unknownOrder: [String] = []
    var warnings: [String] = []
    var warnedOnce: Set<String> = []
    /// The folders read so far, by their real path: a symbolic link back into the collection (or to `/`,
    /// through `/proc`) is read once, not forever.
    var visitedDirectories: Set<String> = []
    /// How deep folders may nest below the root.
    static let maximumFolderDepth = 64

    static let definitionKeys: Set<String> = [
        "$kind", "id", "name", "description", "variables", "auth", "scripts", "order", "settings",
    ]
    static let requestKeys: Set<String> = [
        "$kind", "id", "name", "description", "order", "url", "method", "headers", "queryParams", "pathVariables",
        "body", "auth", "scripts", "examples", "settings",
    ]
    /// Keys with a meaning in a v2.1 item, folder or collection: unknown v3 keys of these names are dropped.
    static let reservedV21Keys: Set<String> = [
        "item", "request", "response", "event", "variable", "info", "protocolProfileBehavior", "name", "id", "auth",
        "description", "_postman_id",
    ]
    static let graphQLRequestKeys: Set<String> = [
        "$kind", "id", "name", "description", "order", "url", "query", "variables", "headers", "auth", "scripts",
        "examples", "settings", "schema", "operationName",
    ]

    init(root: String, displayRoot: String) {
        self.root = root
        self.displayRoot = displayRoot
    }

    func display(_ path: String) -> String {
        guard path.hasPrefix(root) else { return path }
        let relative = path.dropFirst(root.count).drop { $0 == "/" }
        return relative.isEmpty ? displayRoot : (displayRoot as NSString).appendingPathComponent(String(relative))
    }

    func warningMessages() -> [String] {
        var messages = warnings
        for key in unknownOrder {
            guard let entry = unknownKeys[key] else { continue }
            let parts = key.split(separator: "\u{1}", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let files = entry.count == 1 ? "" : " (in \(entry.count) \(parts[0])s, the first here)"
            messages.append("\(entry.first): unknown key `\(parts[1])`\(files): postie ignores it; postie convert keeps it")
        }
        return messages
    }

    mutating func warnOnce(_ key: String, _ message: String) {
        if warnedOnce.insert(key).inserted { warnings.append(message) }
    }

    /// Records keys of `node` outside `known`; returns the unknown members as JSON (kept in the document).
    mutating func unknownMembers(of node: YAMLNode, known: Set<String>, entity: String, file: V3File) -> [(String, JSONValue)] {
        var kept: [(String, JSONValue)] = []
        for pair in node.pairs ?? [] {
            let key = pair.key.keyText
            guard !known.contains(key) else { continue }
            let id = "\(entity)\u{1}\(key)"
            let place = "\(file.displayName):\(pair.key.location)"
            if let entry = unknownKeys[id] {
                unknownKeys[id] = (entry.count + 1, entry.first)
            } else {
                unknownKeys[id] = (1, place)
                unknownOrder.append(id)
            }
            // Kept in the v2.1 document unless it would stand for something there (`item`, `request`…).
            if !Self.reservedV21Keys.contains(key) { kept.append((key, YAMLSchema.jsonValue(pair.value))) }
        }
        return kept
    }

    // MARK: Collection and folders

    mutating func collection() throws -> JSONValue {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw InputFileError.fileNotFound(file: displayRoot)
        }
        guard isDirectory.boolValue else {
            throw InputFileError.wrongDocument(file: displayRoot, expected: "a v3 collection folder", reason: "it is a file")
        }
        let definition = try readDefinition(in: root)
        var info = JSONObject()
        info["_postman_id"] = try definition.flatMap { try $0.file.text($0.node["id"], "id") }.map(JSONValue.string)
        info["name"] = .string(
            try definition.flatMap { try $0.file.text($0.node["name"], "name") } ?? (root as NSString).lastPathComponent)
        if let description = definition?.node["description"] { info["description"] = YAMLSchema.jsonValue(description) }
        info["schema"] = .string(V3CollectionReader.v21Schema)
        var object = JSONObject()
        object["info"] = .object(info)
        object["item"] = .array(try items(in: root))
        if let definition { try applyScope(definition, to: &object, level: "collection") }
        return .object(object)
    }

    func readDefinition(in directory: String) throws -> (file: V3File, node: YAMLNode)? {
        guard let path = V3CollectionReader.definitionPath(in: directory) else { return nil }
        let file = try V3File.read(path: path, displayName: display(path))
        let node = file.root
        if case .scalar = node.content, node.scalarText == "" { return (file, YAMLNode(content: .mapping([]), location: node.location)) }
        guard node.pairs != nil else {
            throw file.error(node, "(root)", "expected a mapping with `$kind: collection`, found \(node.kindName)")
        }
        if let kind = try file.text(node["$kind"], "$kind"), kind != "collection" {
            throw file.error(node["$kind"]!, "$kind", "a definition.yaml has `$kind: collection`, not `\(kind)`")
        }
        return (file, node)
    }

    /// Variables, auth, scripts and settings of a collection or folder definition, in v2.1 spelling.
    mutating func applyScope(_ definition: (file: V3File, node: YAMLNode), to object: inout JSONObject, level: String) throws {
        let (file, node) = definition
        if let variables = node["variables"] { object["variable"] = .array(try keyValues(variables, "variables", file: file, variables: true)) }
        if let auth = node["auth"] { object["auth"] = try self.auth(auth, "auth", file: file) }
        if let scripts = node["scripts"] { object["event"] = .array(try events(scripts, file: file)) }
        if let settings = node["settings"] { object["protocolProfileBehavior"] = try behavior(settings, "settings", file: file) }
        for (key, value) in unknownMembers(of: node, known: Self.definitionKeys, entity: "definition file", file: file) {
            object[key] = value
        }
    }

    /// The folders and requests of `directory`, by `order` (fractional; none comes last) then name.
    mutating func items(in directory: String) throws -> [JSONValue] {
        let manager = FileManager.default
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visitedDirectories.insert(real).inserted else {
            warnOnce("loop:\(real)", "\(display(directory)): a link to a folder already read (\(real)); skipped")
            return []
        }
        let depth = directory.dropFirst(root.count).split(separator: "/").count
        if depth > Self.maximumFolderDepth {
            throw InputFileError.wrongDocument(
                file: display(directory), expected: "a v3 collection folder",
                reason: "folders nest more than \(Self.maximumFolderDepth) deep")
        }
        let entries: [String]
        do {
            entries = try manager.contentsOfDirectory(atPath: directory)
        } catch {
            throw InputFileError.unreadable(file: display(directory), reason: error.localizedDescription)
        }
        var children: [(order: Double?, name: String, item: JSONValue)] = []
        for entry in entries where !entry.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                children.append(try folder(at: path, directoryName: entry))
            } else if V3CollectionReader.isRequestFileName(entry), let request = try request(at: path, fileName: entry, directory: directory) {
                children.append(request)
            }
        }
        children.sort { lhs, rhs in
            switch (lhs.order, rhs.order) {
            case (let l?, let r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                let l = lhs.name.lowercased(), r = rhs.name.lowercased()
                return l != r ? l < r : lhs.name < rhs.name
            }
        }
        return children.map(\.item)
    }

    func order(_ node: YAMLNode?, file: V3File) throws -> Double? {
        guard let node else { return nil }
        switch YAMLSchema.resolve(node) {
        case .number(let number) where number.isFinite: return number
        case .null: return nil
        case .string(let text) where Double(text) != nil: return Double(text)
        default: throw file.error(node, "order", "expected a number, found \(node.kindName)")
        }
    }

    mutating func folder(at path: String, directoryName: String) throws -> (order: Double?, name: String, item: JSONValue) {
        let definition = try readDefinition(in: path)
        var object = JSONObject()
        let name = try definition.flatMap { try $0.file.text($0.node["name"], "name") } ?? directoryName
        object["name"] = .string(name)
        if let id = try definition.flatMap({ try $0.file.text($0.node["id"], "id") }) { object["id"] = .string(id) }
        if let description = definition?.node["description"] { object["description"] = YAMLSchema.jsonValue(description) }
        object["item"] = .array(try items(in: path))
        if let definition { try applyScope(definition, to: &object, level: "folder") }
        let order = try definition.flatMap { try self.order($0.node["order"], file: $0.file) }
        return (order, directoryName, .object(object))
    }

    // MARK: Requests

    mutating func request(at path: String, fileName: String, directory: String) throws -> (order: Double?, name: String, item: JSONValue)? {
        let file = try V3File.read(path: path, displayName: display(path))
        let node = file.root
        guard node.pairs != nil else {
            throw file.error(node, "(root)", "expected a mapping with `$kind: http-request`, found \(node.kindName)")
        }
        let stem = V3CollectionReader.stem(of: fileName, suffix: "request")
        guard let kind = try file.text(node["$kind"], "$kind") else {
            throw file.error(node, "$kind", "the file has no `$kind`: a v3 request starts with `$kind: http-request`")
        }
        let isGraphQL = kind == "graphql-request"
        guard kind == "http-request" || isGraphQL else {
            warnOnce(
                "kind \(kind)",
                "\(file.displayName): `$kind: \(kind)` is skipped: postie runs HTTP (and GraphQL) requests only")
            return nil
        }
        var item = JSONObject()
        item["name"] = .string(try file.text(node["name"], "name") ?? stem)
        if let id = try file.text(node["id"], "id") { item["id"] = .string(id) }
        var request = JSONObject()
        request["method"] = .string(isGraphQL ? "POST" : (try file.text(node["method"], "method") ?? "GET"))
        request["url"] = try url(node, file: file)
        if let headers = node["headers"] { request["header"] = .array(try keyValues(headers, "headers", file: file)) }
        if isGraphQL {
            var graphql = JSONObject()
            graphql["query"] = .string(try file.text(node["query"], "query") ?? "")
            if let variables = node["variables"] {
                graphql["variables"] = variables.scalarText != nil ? .string(try file.text(variables, "variables") ?? "") : .string(JSONWriter.compact(YAMLSchema.jsonValue(variables)))
            }
            if let operation = try file.text(node["operationName"], "operationName") { graphql["operationName"] = .string(operation) }
            request["body"] = .object(JSONObject([("mode", "graphql"), ("graphql", .object(graphql))]))
        } else if let body = node["body"], let translated = try self.body(body, file: file) {
            request["body"] = translated
        }
        if let auth = node["auth"] { request["auth"] = try self.auth(auth, "auth", file: file) }
        if let description = node["description"] { request["description"] = YAMLSchema.jsonValue(description) }
        item["request"] = .object(request)
        if let scripts = node["scripts"] { item["event"] = .array(try events(scripts, file: file)) }
        if let settings = node["settings"] { item["protocolProfileBehavior"] = try behavior(settings, "settings", file: file) }
        let examples = try self.examples(of: node, stem: stem, directory: directory, file: file)
        if !examples.isEmpty { item["response"] = .array(examples) }
        for (key, value) in unknownMembers(of: node, known: isGraphQL ? Self.graphQLRequestKeys : Self.requestKeys, entity: "request file", file: file) {
            item[key] = value
        }
        return (try order(node["order"], file: file), stem, .object(item))
    }

    /// `url` with `queryParams` and `pathVariables`, as a v2.1 URL object whose `raw` is what is sent.
    /// Postman keeps the URL's query string and `queryParams` in step; when the URL has no query string,
    /// the enabled `queryParams` make one.
    mutating func url(_ node: YAMLNode, file: V3File) throws -> JSONValue {
        var raw = ""
        if let value = node["url"] {
            if let pairs = value.pairs, pairs.first?.key.pairs == nil, value["raw"] != nil || value["host"] != nil {
                return YAMLSchema.jsonValue(value)  // a v2.1 URL object written in YAML
            }
            raw = try file.text(value, "url") ?? ""
        }
        var object = JSONObject()
        var query: [JSONValue] = []
        if let params = node["queryParams"] { query = try keyValues(params, "queryParams", file: file) }
        if !raw.contains("?") {
            let enabled = query.filter { $0["disabled"]?.boolValue != true }
            if !enabled.isEmpty {
                raw += "?" + enabled.map { entry in
                    let key = entry["key"]?.stringValue ?? ""
                    return entry["value"]?.stringValue.map { "\(key)=\($0)" } ?? key
                }.joined(separator: "&")
            }
        }
        object["raw"] = .string(raw)
        if !query.isEmpty { object["query"] = .array(query) }
        if let variables = node["pathVariables"] { object["variable"] = .array(try keyValues(variables, "pathVariables", file: file)) }
        return .object(object)
    }

    /// A list of `{key, value, disabled, description}` or a mapping `{key: value}`, as v2.1 entries.
    /// `variables` keeps `type` (secret) on collection variables.
    func keyValues(_ node: YAMLNode, _ field: String, file: V3File, variables: Bool = false) throws -> [JSONValue] {
        if case .scalar = node.content, YAMLSchema.resolve(node).isNull { return [] }
        if let pairs = node.pairs {
            return try pairs.map { pair in
                var entry = JSONObject()
                entry["key"] = .string(pair.key.keyText)
                entry["value"] = try file.text(pair.value, "\(field).\(pair.key.keyText)").map(JSONValue.string) ?? .null
                return .object(entry)
            }
        }
        guard let items = node.items else {
            throw file.error(node, field, "expected a list of {key, value} entries or a mapping, found \(node.kindName)")
        }
        return try items.enumerated().map { index, item in
            guard item.pairs != nil else {
                throw file.error(item, "\(field)[\(index)]", "expected a {key, value} entry, found \(item.kindName)")
            }
            var entry = JSONObject()
            entry["key"] = .string(try file.text(item["key"], "\(field)[\(index)].key") ?? "")
            entry["value"] = try file.text(item["value"], "\(field)[\(index)].value").map(JSONValue.string) ?? .null
            if try file.flag(item["disabled"], "\(field)[\(index)].disabled") == true { entry["disabled"] = .bool(true) }
            if let description = item["description"] { entry["description"] = YAMLSchema.jsonValue(description) }
            if variables, let type = try file.text(item["type"], "\(field)[\(index)].type") { entry["type"] = .string(type) }
            return .object(entry)
        }
    }

    /// `{type, credentials}` (credentials a mapping or a list of {key, value}); a list of such is
    /// Postman's multi-auth, of which postie applies the first.
    mutating func auth(_ node: YAMLNode, _ field: String, file: V3File) throws -> JSONValue {
        if case .scalar = node.content, YAMLSchema.resolve(node).isNull { return .null }
        if let list = node.items {
            guard let first = list.first else { return .null }
            if list.count > 1 {
                warnOnce(
                    "multiauth \(file.displayName)",
                    "\(file.displayName):\(node.location): \(list.count) auth entries (multi-auth): postie applies the first")
            }
            return try auth(first, "\(field)[0]", file: file)
        }
        guard node.pairs != nil else { throw file.error(node, field, "expected an auth mapping {type, credentials}, found \(node.kindName)") }
        guard let type = try file.text(node["type"], "\(field).type"), !type.isEmpty else {
            throw file.error(node, field, "auth has no `type` (use `type: noauth` for none, or leave `auth` out to inherit)")
        }
        if type == "inherit" { return .null }
        var object = JSONObject()
        object["type"] = .string(type)
        if type == "noauth" { return .object(object) }
        var parameters: [JSONValue] = []
        if let credentials = node["credentials"] {
            if let pairs = credentials.pairs {
                for pair in pairs {
                    parameters.append(parameter(pair.key.keyText, YAMLSchema.jsonValue(pair.value)))
                }
            } else if let items = credentials.items {
                for (index, item) in items.enumerated() {
                    guard let key = try file.text(item["key"], "\(field).credentials[\(index)].key") else {
                        throw file.error(item, "\(field).credentials[\(index)]", "expected a {key, value} credential")
                    }
                    parameters.append(parameter(key, item["value"].map(YAMLSchema.jsonValue) ?? .null))
                }
            } else if !YAMLSchema.resolve(credentials).isNull {
                throw file.error(credentials, "\(field).credentials", "expected a mapping or a list of {key, value}, found \(credentials.kindName)")
            }
        }
        object[type] = .array(parameters)
        return .object(object)
    }

    func parameter(_ key: String, _ value: JSONValue) -> JSONValue {
        let type: String
        switch value {
        case .bool: type = "boolean"
        case .number: type = "number"
        case .array, .object: type = "any"
        default: type = "string"
        }
        return .object(JSONObject([("key", .string(key)), ("value", value), ("type", .string(type))]))
    }

    /// `scripts: [{type, language, code}]` as v2.1 events: `beforeRequest` is `prerequest`,
    /// `afterResponse` is `test` (with or without the `http:` prefix folders and collections use).
    mutating func events(_ node: YAMLNode, file: V3File) throws -> [JSONValue] {
        if case .scalar = node.content, YAMLSchema.resolve(node).isNull { return [] }
        guard let items = node.items else { throw file.error(node, "scripts", "expected a list of {type, code} scripts, found \(node.kindName)") }
        var events: [JSONValue] = []
        for (index, item) in items.enumerated() {
            guard item.pairs != nil else { throw file.error(item, "scripts[\(index)]", "expected a {type, code} script, found \(item.kindName)") }
            guard let type = try file.text(item["type"], "scripts[\(index)].type") else {
                throw file.error(item, "scripts[\(index)]", "a script needs a `type`: beforeRequest or afterResponse")
            }
            let listen: String
            switch type {
            case "beforeRequest", "http:beforeRequest": listen = "prerequest"
            case "afterResponse", "http:afterResponse": listen = "test"
            default:
                warnOnce(
                    "script \(type)", "\(file.displayName):\(item.location): a `\(type)` script is not run: postie runs HTTP scripts")
                continue
            }
            let code: String
            if let lines = item["code"]?.items {
                code = try lines.enumerated().map { try file.text($1, "scripts[\(index)].code[\($0)]") ?? "" }.joined(separator: "\n")
            } else {
                code = try file.text(item["code"], "scripts[\(index)].code") ?? ""
            }
            var script = JSONObject()
            script["type"] = .string(try file.text(item["language"], "scripts[\(index)].language") ?? "text/javascript")
            script["exec"] = .array(code.split(separator: "\n", omittingEmptySubsequences: false).map { .string(String($0)) })
            var event = JSONObject()
            event["listen"] = .string(listen)
            event["script"] = .object(script)
            if try file.flag(item["disabled"], "scripts[\(index)].disabled") == true { event["disabled"] = .bool(true) }
            events.append(.object(event))
        }
        return events
    }

    /// `settings` as `protocolProfileBehavior`: `disabledSystemHeaders` becomes `{name: true}`;
    /// `protocolVersion` is ignored (postie speaks HTTP/1.1); the rest is read as v2.1 reads it.
    mutating func behavior(_ node: YAMLNode, _ field: String, file: V3File) throws -> JSONValue {
        if case .scalar = node.content, YAMLSchema.resolve(node).isNull { return .null }
        guard let pairs = node.pairs else { throw file.error(node, field, "expected a mapping of settings, found \(node.kindName)") }
        var object = JSONObject()
        for pair in pairs {
            let key = pair.key.keyText
            switch key {
            case "protocolVersion":
                if let version = try? file.text(pair.value, "\(field).protocolVersion"), version != "auto", version != "http1" {
                    warnOnce(
                        "protocolVersion", "\(file.displayName):\(pair.value.location): settings.protocolVersion \(version) is ignored: postie sends HTTP/1.1")
                }
            case "disabledSystemHeaders":
                if let items = pair.value.items {
                    var headers = JSONObject()
                    for item in items { if let name = try file.text(item, "\(field).disabledSystemHeaders") { headers[name.lowercased()] = .bool(true) } }
                    object[key] = .object(headers)
                } else {
                    object[key] = YAMLSchema.jsonValue(pair.value)
                }
            default:
                object[key] = YAMLSchema.jsonValue(pair.value)
            }
        }
        return .object(object)
    }

    // MARK: Bodies

    /// `body: {type, content}` as a v2.1 body; nil for `type: none`.
    mutating func body(_ node: YAMLNode, file: V3File) throws -> JSONValue? {
        if case .scalar = node.content, YAMLSchema.resolve(node).isNull { return nil }
        guard node.pairs != nil else { throw file.error(node, "body", "expected a body mapping {type, content}, found \(node.kindName)") }
        guard let type = try file.text(node["type"], "body.type") else {
            throw file.error(node, "body", "a body needs a `type`: json, text, xml, html, javascript, urlencoded, formdata, file or none")
        }
        let content = node["content"]
        var object = JSONObject()
        switch type {
        case "none":
            return nil
        case "json", "text", "xml", "html", "javascript":
            object["mode"] = "raw"
            if let content, content.scalarText == nil {
                object["raw"] = .string(JSONWriter.pretty(YAMLSchema.jsonValue(content)))
            } else {
                object["raw"] = .string(try file.text(content, "body.content") ?? "")
            }
            object["options"] = .object(JSONObject([("raw", .object(JSONObject([("language", .string(type))])))]))
        case "urlencoded":
            object["mode"] = "urlencoded"
            object["urlencoded"] = .array(try content.map { try keyValues($0, "body.content", file: file) } ?? [])
        case "formdata":
            object["mode"] = "formdata"
            object["formdata"] = .array(try content.map { try formData($0, file: file) } ?? [])
        case "file":
            object["mode"] = "file"
            var src: JSONValue = .null
            if let content {
                if content.pairs != nil {
                    src = try file.text(content["src"], "body.content.src").map(JSONValue.string) ?? .null
                } else {
                    src = try file.text(content, "body.content").map(JSONValue.string) ?? .null
                }
            }
            object["file"] = .object(JSONObject([("src", src)]))
        case "graphql":
            object["mode"] = "graphql"
            var graphql = JSONObject()
            if let content, content.pairs != nil {
                graphql["query"] = .string(try file.text(content["query"], "body.content.query") ?? "")
                if let variables = content["variables"] {
                    graphql["variables"] =
                        variables.scalarText != nil
                        ? .string(try file.text(variables, "body.content.variables") ?? "")
                        : .string(JSONWriter.compact(YAMLSchema.jsonValue(variables)))
                }
                if let operation = try file.text(content["operationName"], "body.content.operationName") {
                    graphql["operationName"] = .string(operation)
                }
            } else {
                graphql["query"] = .string(try file.text(content, "body.content") ?? "")
            }
            object["graphql"] = .object(graphql)
        default:
            // The request fails when it is sent, saying the mode is unknown; the rest of the run goes on.
            object["mode"] = .string(type)
        }
        if try file.flag(node["disabled"], "body.disabled") == true { object["disabled"] = .bool(true) }
        return .object(object)
    }

    func formData(_ node: YAMLNode, file: V3File) throws -> [JSONValue] {
        if let pairs = node.pairs {
            return try pairs.map { pair in
                .object(JSONObject([
                    ("key", .string(pair.key.keyText)), ("type", "text"),
                    ("value", .string(try file.text(pair.value, "body.content.\(pair.key.keyText)") ?? "")),
                ]))
            }
        }
        guard let items = node.items else { throw file.error(node, "body.content", "expected a list of form fields, found \(node.kindName)") }
        return try items.enumerated().map { index, item in
            let field = "body.content[\(index)]"
            guard item.pairs != nil else { throw file.error(item, field, "expected a form field {key, type, value or src}, found \(item.kindName)") }
            var part = JSONObject()
            part["key"] = .string(try file.text(item["key"], "\(field).key") ?? "")
            let type = try file.text(item["type"], "\(field).type") ?? "text"
            part["type"] = .string(type)
            if type == "file" {
                if let sources = item["src"]?.items {
                    part["src"] = .array(try sources.map { .string(try file.text($0, "\(field).src") ?? "") })
                } else {
                    part["src"] = try file.text(item["src"], "\(field).src").map(JSONValue.string) ?? .null
                }
            } else {
                part["value"] = .string(try file.text(item["value"], "\(field).value") ?? "")
            }
            if let contentType = try file.text(item["contentType"], "\(field).contentType") { part["contentType"] = .string(contentType) }
            if try file.flag(item["disabled"], "\(field).disabled") == true { part["disabled"] = .bool(true) }
            if let description = item["description"] { part["description"] = YAMLSchema.jsonValue(description) }
            return .object(part)
        }
    }

    // MARK: Examples

    /// The request's saved responses as v2.1 `response` entries (postie does not run them; convert keeps them).
    mutating func examples(of node: YAMLNode, stem: String, directory: String, file: V3File) throws -> [JSONValue] {
        var folder = ((directory as NSString).appendingPathComponent(".resources") as NSString)
            .appendingPathComponent("\(stem).resources/examples")
        if let written = try? file.text(node["examples"], "examples") {
            folder = (directory as NSString).appendingPathComponent(written)
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var examples: [(order: Double?, name: String, value: JSONValue)] = []
        for entry in entries.sorted() where entry.hasSuffix(".example.yaml") || entry.hasSuffix(".example.yml") {
            let path = (folder as NSString).appendingPathComponent(entry)
            let example = try V3File.read(path: path, displayName: display(path))
            let root = example.root
            guard root.pairs != nil else { continue }
            var response = JSONObject()
            let name = try example.text(root["name"], "name") ?? V3CollectionReader.stem(of: entry, suffix: "example")
            response["name"] = .string(name)
            if let request = root["request"], request.pairs != nil {
                var original = JSONObject()
                original["method"] = .string(try example.text(request["method"], "request.method") ?? "GET")
                original["url"] = try url(request, file: example)
                if let headers = request["headers"] { original["header"] = .array(try keyValues(headers, "request.headers", file: example)) }
                if let body = request["body"], let translated = try self.body(body, file: example) { original["body"] = translated }
                response["originalRequest"] = .object(original)
            }
            if let answer = root["response"], answer.pairs != nil {
                if let status = try example.text(answer["statusText"], "response.statusText") { response["status"] = .string(status) }
                if let code = answer["statusCode"], case .number(let number) = YAMLSchema.resolve(code) { response["code"] = .number(number) }
                if let headers = answer["headers"] { response["header"] = .array(try keyValues(headers, "response.headers", file: example)) }
                if let body = answer["body"] {
                    if body.pairs != nil {
                        if let type = try example.text(body["type"], "response.body.type") { response["_postman_previewlanguage"] = .string(type) }
                        if let content = body["content"] {
                            response["body"] = .string(content.scalarText != nil ? (try example.text(content, "response.body.content") ?? "") : JSONWriter.pretty(YAMLSchema.jsonValue(content)))
                        }
                    } else {
                        response["body"] = .string(try example.text(body, "response.body") ?? "")
                    }
                }
            }
            examples.append((try order(root["order"], file: example), name, .object(response)))
        }
        examples.sort { ($0.order ?? .infinity, $0.name) < ($1.order ?? .infinity, $1.name) }
        return examples.map(\.value)
    }
}
