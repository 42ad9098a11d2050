import Foundation
import PostieJSON
import PostieYAML

/// What `postie convert` writes: files relative to the output folder, and what did not survive.
public struct V3Conversion: Sendable {
    /// `(relative path, contents)`, in the order written.
    public var files: [(path: String, contents: String)] = []
    /// What the other format cannot hold, one line each.
    public var notes: [String] = []
}

/// Writes a v2.1 collection as a v3 collection folder (Postman's collection schema 3.0.0): one
/// `.request.yaml` per request, a folder with `.resources/definition.yaml` per folder, examples under
/// `.resources/NAME.resources/examples/`. Each request's URL is written as the text postie sends
/// (`raw`, or the parts joined), so reading the folder back sends the same bytes.
public enum V3CollectionWriter {
    /// The folder for the v2.1 collection in `data`; `file` names it in errors.
    public static func convert(data: Data, file: String) throws -> V3Conversion {
        // Validates the whole collection first, with v2.1's line and column errors.
        _ = try CollectionParser.parse(data: data, file: file)
        var document = try JSONInputDocument.parse(data: data, file: file)
        var notes: [String] = []
        if let root = document.root.objectValue, root["item"] == nil, root["info"] == nil, let inner = root["collection"], inner.objectValue != nil {
            document = JSONInputDocument(file: file, data: document.data, root: inner, rootPath: [.member("collection")])
        }
        if let root = document.root.objectValue, V1CollectionConverter.isV1(root) {
            let converted = V1CollectionConverter.convert(root)
            document = JSONInputDocument(file: file, data: JSONWriter.prettyData(converted), root: converted)
            notes.append("\(file) is a v1 collection: converted to v2.1 first, as postie reads it")
        }
        var writer = Writer(reader: CollectionReader(document: document), notes: notes)
        try writer.collection(document.root.objectValue ?? JSONObject())
        return V3Conversion(files: writer.files, notes: writer.notes)
    }

    /// A name as a file name: `/ \ : * ? " < > |` become `-` (Postman's rule), no leading dot.
    public static func fileName(for name: String) -> String {
        var result = String(name.map { "/\\:*?\"<>|".contains($0) || $0.isNewline ? "-" : $0 })
            .trimmingCharacters(in: .whitespaces)
        while result.hasPrefix(".") { result = "-" + result.dropFirst() }
        return result.isEmpty ? "untitled" : result
    }

    struct Writer {
        let reader: CollectionReader
        var notes: [String]
        var files: [(path: String, contents: String)] = []
        var noted: Set<String> = []

        init(reader: CollectionReader, notes: [String]) {
            self.reader = reader
            self.notes = notes
        }

        mutating func note(_ key: String, _ message: String) {
            if noted.insert(key).inserted { notes.append(message) }
        }

        mutating func write(_ path: String, _ value: JSONValue) {
            files.append((path, YAMLWriter.document(value)))
        }

        static let collectionKeys: Set<String> = ["info", "item", "auth", "variable", "event", "protocolProfileBehavior"]
        static let folderKeys: Set<String> = [
            "name", "id", "_postman_id", "description", "item", "auth", "event", "variable", "protocolProfileBehavior", "_postman_isSubFolder",
        ]
        static let itemKeys: Set<String> = ["name", "id", "_postman_id", "request", "event", "protocolProfileBehavior", "response", "description"]
        static let requestKeys: Set<String> = ["method", "url", "header", "body", "auth", "description"]

        mutating func dropped(_ object: JSONObject, known: Set<String>, what: String) {
            for key in object.keys where !known.contains(key) {
                note("\(what) \(key)", "`\(key)` of \(what) has no place in a v3 collection: dropped")
            }
        }

        mutating func collection(_ root: JSONObject) throws {
            let info = root["info"]?.objectValue ?? JSONObject()
            var definition = JSONObject()
            definition["$kind"] = "collection"
            definition["name"] = .string(reader.text(info["name"]) ?? "collection")
            if let id = reader.text(info["_postman_id"]) { definition["id"] = .string(id) }
            if let description = info["description"], !description.isNull { definition["description"] = description }
            for key in info.keys where !["name", "_postman_id", "description", "schema", "_exporter_id", "_collection_link"].contains(key) {
                note("info \(key)", "info.\(key) has no place in a v3 collection: dropped")
            }
            try scope(root, into: &definition, level: .collection)
            dropped(root, known: Self.collectionKeys, what: "the collection")
            write(".resources/definition.yaml", .object(definition))
            try items(root["item"], directory: "", path: JSONNodePath([.member("item")]))
        }

        enum Level { case collection, folder, request }

        /// Variables, auth, scripts and settings of a collection or folder.
        mutating func scope(_ object: JSONObject, into definition: inout JSONObject, level: Level) throws {
            if let variables = object["variable"]?.arrayValue, !variables.isEmpty {
                definition["variables"] = .array(
                    variables.compactMap { value in
                        guard let entry = value.objectValue, let key = reader.text(entry["key"]) ?? reader.text(entry["id"]) else { return nil }
                        var variable = JSONObject()
                        variable["key"] = .string(key)
                        variable["value"] = .string(entry["value"].map { $0.isNull ? "" : $0.textValue } ?? "")
                        if entry["disabled"]?.boolValue == true { variable["disabled"] = true }
                        if let type = reader.text(entry["type"]), type == "secret" { variable["type"] = .string(type) }
                        if let description = entry["description"], !description.isNull { variable["description"] = description }
                        return .object(variable)
                    })
            }
            if let auth = object["auth"], let converted = self.auth(auth) { definition["auth"] = converted }
            if let events = object["event"], let scripts = self.scripts(events, level: level) { definition["scripts"] = scripts }
            if let behavior = object["protocolProfileBehavior"], let settings = self.settings(behavior) { definition["settings"] = settings }
        }

        mutating func items(_ value: JSONValue?, directory: String, path: JSONNodePath) throws {
            let elements: [JSONValue]
            switch value {
            case .array(let array)?: elements = array
            case .object?: elements = [value!]
            default: elements = []
            }
            var usedFolders: Set<String> = []
            var usedRequests: Set<String> = []
            for (index, element) in elements.enumerated() {
                guard let object = element.objectValue else { continue }
                let name = reader.text(object["name"]) ?? ""
                let order = JSONValue.number(Double((index + 1) * 1000))
                if object["item"] != nil {
                    let folderName = unique(V3CollectionWriter.fileName(for: name.isEmpty ? "(unnamed folder)" : name), in: &usedFolders)
                    let folderPath = directory.isEmpty ? folderName : "\(directory)/\(folderName)"
                    var definition = JSONObject()
                    definition["$kind"] = "collection"
                    let shownName = name.isEmpty ? "(unnamed folder)" : name
                    if shownName != folderName { definition["name"] = .string(shownName) }
                    if let id = reader.text(object["id"]) ?? reader.text(object["_postman_id"]) { definition["id"] = .string(id) }
                    if let description = object["description"], !description.isNull { definition["description"] = description }
                    definition["order"] = order
                    try scope(object, into: &definition, level: .folder)
                    dropped(object, known: Self.folderKeys, what: "a folder")
                    write("\(folderPath)/.resources/definition.yaml", .object(definition))
                    try items(object["item"], directory: folderPath, path: path.appending(index).appending("item"))
                } else if let request = object["request"] {
                    let stem = unique(V3CollectionWriter.fileName(for: name.isEmpty ? "(unnamed request)" : name), in: &usedRequests)
                    let document = try self.request(
                        object, request: request, stem: stem, shownName: name.isEmpty ? "(unnamed request)" : name, order: order,
                        directory: directory, path: path.appending(index))
                    write(directory.isEmpty ? "\(stem).request.yaml" : "\(directory)/\(stem).request.yaml", document)
                }
            }
        }

        func unique(_ base: String, in used: inout Set<String>) -> String {
            var candidate = base
            var number = 2
            while used.contains(candidate.lowercased()) {
                candidate = "\(base) (\(number))"
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }

        mutating func request(
            _ item: JSONObject, request requestValue: JSONValue, stem: String, shownName: String, order: JSONValue,
            directory: String, path: JSONNodePath
        ) throws -> JSONValue {
            var document = JSONObject()
            document["$kind"] = "http-request"
            if shownName != stem { document["name"] = .string(shownName) }
            if let id = reader.text(item["id"]) ?? reader.text(item["_postman_id"]) { document["id"] = .string(id) }
            let request = requestValue.objectValue ?? JSONObject([("url", requestValue)])
            let method = (reader.text(request["method"]) ?? "GET").trimmingCharacters(in: .whitespaces)
            document["method"] = .string(method.isEmpty ? "GET" : method.uppercased())
            let requestPath = path.appending("request")
            let url = try reader.readURL(request["url"], at: requestPath.appending("url"))
            let text = RequestBuilder.unresolvedText(of: url)
            document["url"] = .string(text)
            if !url.query.isEmpty {
                // The URL above is what is sent; without a query string in it, the parameters are kept disabled
                // so that reading the file back sends the same URL.
                let inURL = text.contains("?")
                document["queryParams"] = .array(
                    url.query.map { entry in
                        var object = JSONObject()
                        object["key"] = .string(entry.key)
                        object["value"] = entry.value.map(JSONValue.string) ?? .null
                        if entry.disabled || !inURL { object["disabled"] = true }
                        return .object(object)
                    })
            }
            if !url.pathVariables.isEmpty {
                document["pathVariables"] = .array(
                    url.pathVariables.map { .object(JSONObject([("key", .string($0.key)), ("value", $0.value.map(JSONValue.string) ?? .null)])) })
            }
            let headers = try reader.readHeaders(request["header"], at: requestPath.appending("header"))
            if !headers.isEmpty { document["headers"] = keyValueList(headers, allowMap: true) }
            if let body = request["body"], let converted = self.body(body) { document["body"] = converted }
            if let auth = request["auth"], let converted = self.auth(auth) { document["auth"] = converted }
            if let description = request["description"] ?? item["description"], !description.isNull { document["description"] = description }
            document["order"] = order
            if let events = item["event"], let scripts = self.scripts(events, level: .request) { document["scripts"] = scripts }
            if let behavior = item["protocolProfileBehavior"], let settings = self.settings(behavior) { document["settings"] = settings }
            dropped(item, known: Self.itemKeys, what: "a request item")
            dropped(request, known: Self.requestKeys, what: "a request")
            if let responses = item["response"]?.arrayValue, !responses.isEmpty {
                var used: Set<String> = []
                for (index, response) in responses.enumerated() {
                    guard let object = response.objectValue else { continue }
                    let name = reader.text(object["name"]) ?? "example \(index + 1)"
                    let fileName = unique(V3CollectionWriter.fileName(for: name), in: &used)
                    let folder = directory.isEmpty ? ".resources/\(stem).resources/examples" : "\(directory)/.resources/\(stem).resources/examples"
                    write("\(folder)/\(fileName).example.yaml", example(object, name: name, order: Double((index + 1) * 1000)))
                }
            }
            return .object(document)
        }

        /// Headers, query parameters and form fields: a mapping when that loses nothing (Postman's
        /// preferred form), else a list of `{key, value, disabled}`.
        func keyValueList(_ entries: [KeyValueEntry], allowMap: Bool) -> JSONValue {
            let keys = entries.map(\.key)
            if allowMap, Set(keys).count == keys.count, entries.allSatisfy({ !$0.disabled && $0.value != nil && !$0.key.isEmpty }) {
                return .object(JSONObject(entries.map { (key: $0.key, value: JSONValue.string($0.value ?? "")) }))
            }
            return .array(
                entries.map { entry in
                    var object = JSONObject()
                    object["key"] = .string(entry.key)
                    object["value"] = entry.value.map(JSONValue.string) ?? .null
                    if entry.disabled { object["disabled"] = true }
                    return .object(object)
                })
        }

        mutating func auth(_ value: JSONValue) -> JSONValue? {
            guard let object = value.objectValue, let type = reader.text(object["type"]), !type.isEmpty, type != "inherit" else { return nil }
            var auth = JSONObject()
            auth["type"] = .string(type)
            if type == "noauth" { return .object(auth) }
            var parameters: [(key: String, value: JSONValue)] = []
            switch object[type] {
            case .array(let entries)?:
                for entry in entries {
                    guard let entryObject = entry.objectValue, let key = reader.text(entryObject["key"]) else { continue }
                    parameters.append((key, entryObject["value"] ?? .null))
                }
            case .object(let entries)?: parameters = entries.members
            default: break
            }
            let keys = parameters.map(\.key)
            if Set(keys).count == keys.count {
                auth["credentials"] = .object(JSONObject(parameters))
            } else {
                auth["credentials"] = .array(parameters.map { .object(JSONObject([("key", .string($0.key)), ("value", $0.value)])) })
            }
            return .object(auth)
        }

        mutating func scripts(_ value: JSONValue, level: Level) -> JSONValue? {
            let events = value.arrayValue ?? (value.objectValue != nil ? [value] : [])
            var scripts: [JSONValue] = []
            for event in events {
                guard let object = event.objectValue, let listen = reader.text(object["listen"]) else { continue }
                let type: String
                switch listen {
                case "prerequest": type = "beforeRequest"
                case "test": type = "afterResponse"
                default:
                    note("listen \(listen)", "`\(listen)` scripts have no place in a v3 collection: dropped")
                    continue
                }
                let exec = object["script"]?["exec"]
                let code: String
                switch exec {
                case .string(let single)?: code = single
                case .array(let lines)?: code = lines.compactMap { reader.text($0) }.joined(separator: "\n")
                default: code = ""
                }
                var script = JSONObject()
                script["type"] = .string(level == .request ? type : "http:\(type)")
                script["language"] = "text/javascript"
                script["code"] = .string(code)
                if object["disabled"]?.boolValue == true { script["disabled"] = true }
                scripts.append(.object(script))
            }
            return scripts.isEmpty ? nil : .array(scripts)
        }

        mutating func settings(_ value: JSONValue) -> JSONValue? {
            guard let object = value.objectValue, !object.isEmpty else { return nil }
            var settings = JSONObject()
            for (key, entry) in object.members {
                if key == "disabledSystemHeaders", let headers = entry.objectValue {
                    settings[key] = .array(headers.members.filter { $0.value.boolValue ?? false }.map { .string($0.key.lowercased()) })
                    continue
                }
                if !["strictSSL", "followRedirects", "maxRedirects"].contains(key) {
                    note(
                        "setting \(key)",
                        "protocolProfileBehavior.\(key) is not a v3 setting: written under `settings`, where postie reads it and Postman ignores it")
                }
                settings[key] = entry
            }
            return .object(settings)
        }

        mutating func body(_ value: JSONValue) -> JSONValue? {
            guard let object = value.objectValue, let mode = reader.text(object["mode"]), !mode.isEmpty else { return nil }
            var body = JSONObject()
            switch mode {
            case "raw":
                let language = object["options"]?["raw"]?["language"].flatMap { reader.text($0) }
                let known = ["json", "xml", "html", "javascript", "text"]
                if let language, !known.contains(language) {
                    note("raw \(language)", "raw bodies in `\(language)` are written as `type: text` (sent with the same text/plain Content-Type)")
                }
                body["type"] = .string(language.flatMap { known.contains($0) ? $0 : nil } ?? "text")
                body["content"] = .string(object["raw"].flatMap { reader.text($0) } ?? "")
            case "urlencoded":
                body["type"] = "urlencoded"
                let entries = (try? reader.readKeyValues(object["urlencoded"], at: JSONNodePath())) ?? []
                body["content"] = keyValueList(entries, allowMap: false)
            case "formdata":
                body["type"] = "formdata"
                body["content"] = .array(
                    (object["formdata"]?.arrayValue ?? []).compactMap { field in
                        guard let part = field.objectValue else { return nil }
                        var converted = JSONObject()
                        converted["key"] = .string(reader.text(part["key"]) ?? "")
                        let isFile = reader.text(part["type"]) == "file"
                        converted["type"] = .string(isFile ? "file" : "text")
                        if isFile {
                            converted["src"] = part["src"] ?? .null
                        } else {
                            converted["value"] = .string(part["value"].flatMap { $0.isNull ? nil : reader.text($0) } ?? "")
                        }
                        if let contentType = reader.text(part["contentType"]), !contentType.isEmpty { converted["contentType"] = .string(contentType) }
                        if part["disabled"]?.boolValue == true { converted["disabled"] = true }
                        if let description = part["description"], !description.isNull { converted["description"] = description }
                        return .object(converted)
                    })
            case "file":
                body["type"] = "file"
                let file = object["file"]
                let src = file?["src"].flatMap { $0.isNull ? nil : reader.text($0) } ?? file.flatMap { reader.text($0) }
                body["content"] = .object(JSONObject([("src", src.map(JSONValue.string) ?? .null)]))
            case "graphql":
                note(
                    "graphql",
                    "GraphQL bodies are written as `body: {type: graphql, content: {query, variables}}`: postie reads them back; "
                        + "Postman's v3 keeps GraphQL in graphql-request files")
                body["type"] = "graphql"
                let graphql = object["graphql"]?.objectValue ?? JSONObject()
                var content = JSONObject()
                content["query"] = .string(graphql["query"].flatMap { reader.text($0) } ?? "")
                switch graphql["variables"] {
                case .string(let text)?: content["variables"] = .string(text)
                case .none, .null?: break
                case let other?: content["variables"] = .string(JSONWriter.compact(other))
                }
                if let operation = graphql["operationName"].flatMap({ reader.text($0) }) { content["operationName"] = .string(operation) }
                body["content"] = .object(content)
            default:
                note("mode \(mode)", "body mode `\(mode)` is not one Postman defines: written as `type: \(mode)`")
                body["type"] = .string(mode)
            }
            if object["disabled"]?.boolValue == true { body["disabled"] = true }
            return .object(body)
        }

        mutating func example(_ response: JSONObject, name: String, order: Double) -> JSONValue {
            var example = JSONObject()
            example["$kind"] = "http-example"
            example["name"] = .string(name)
            if let original = response["originalRequest"]?.objectValue {
                var request = JSONObject()
                request["method"] = .string(reader.text(original["method"]) ?? "GET")
                if let url = try? reader.readURL(original["url"], at: JSONNodePath()) { request["url"] = .string(RequestBuilder.unresolvedText(of: url)) }
                if let headers = try? reader.readHeaders(original["header"], at: JSONNodePath()), !headers.isEmpty {
                    request["headers"] = keyValueList(headers, allowMap: true)
                }
                if let body = original["body"], let converted = self.body(body) { request["body"] = converted }
                example["request"] = .object(request)
            }
            var answer = JSONObject()
            if let code = response["code"]?.numberValue { answer["statusCode"] = .number(code) }
            if let status = reader.text(response["status"]) { answer["statusText"] = .string(status) }
            if let headers = try? reader.readHeaders(response["header"], at: JSONNodePath()), !headers.isEmpty {
                answer["headers"] = keyValueList(headers, allowMap: false)
            }
            let language = reader.text(response["_postman_previewlanguage"]) ?? "text"
            let bodyType = ["json", "xml", "html", "javascript", "text", "yaml"].contains(language) ? language : "text"
            answer["body"] = .object(JSONObject([("type", .string(bodyType)), ("content", .string(response["body"].flatMap { reader.text($0) } ?? ""))]))
            example["response"] = .object(answer)
            example["order"] = .number(order)
            return .object(example)
        }
    }
}
