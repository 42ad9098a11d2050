import Foundation
import PostieJSON

/// Reads Postman collections, schema v2.1 and v2.0, into `PostmanCollection`.
///
/// Lenient where Postman is (numbers where strings are expected, `null` values, headers as one
/// string), strict where a guess would send the wrong request: an item that is neither a folder nor
/// a request, a body of an unknown shape. Errors name the file, line and column.
public enum CollectionParser {
    /// Reads the collection at `path`: a v2.1 or v2.0 file, or a v3 collection folder.
    public static func load(path: String, displayName: String? = nil) throws -> PostmanCollection {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try V3CollectionReader.load(path: path, displayName: displayName)
        }
        return try parse(document: JSONInputDocument.load(path: path, displayName: displayName))
    }

    /// Reads a collection from bytes; `file` names it in errors. `root` is the bytes' JSON when the caller
    /// has parsed them already (to tell a flow from a collection), so that they are not parsed again.
    public static func parse(data: Data, root: JSONValue? = nil, file: String) throws -> PostmanCollection {
        try parse(document: JSONInputDocument.parse(data: data, root: root, file: file))
    }

    static func parse(document: JSONInputDocument) throws -> PostmanCollection {
        // The Postman API answers `{"collection": {…}}`; Newman unwraps it.
        if let root = document.root.objectValue, root["item"] == nil, root["info"] == nil,
            let inner = root["collection"], inner.objectValue != nil
        {
            return try parse(
                document: JSONInputDocument(file: document.file, data: document.data, root: inner, rootPath: [.member("collection")]))
        }
        // The v1 format is converted on load, as Newman converts it (with a warning).
        if let root = document.root.objectValue, V1CollectionConverter.isV1(root) {
            let converted = V1CollectionConverter.convert(root)
            var reader = CollectionReader(
                document: JSONInputDocument(
                    file: "\(document.file) (converted from v1)", data: JSONWriter.prettyData(converted), root: converted))
            var collection = try reader.readCollection()
            collection.warnings.append(
                "\(document.file) is a collection in the v1 format: converted on load, as Newman does; "
                    + "export it again from Postman as v2.1 to keep it that way")
            return collection
        }
        var reader = CollectionReader(document: document)
        var collection = try reader.readCollection()
        // Invalid UTF-8 is read as U+FFFD, as Newman reads it; said once, with where, rather than silently.
        if let (location, byte) = document.invalidUTF8 {
            collection.warnings.append(TextDecoding.invalidUTF8Warning(file: document.file, location: location, byte: byte))
        }
        return collection
    }
}

/// Walks a collection document, knowing the path of every value for error locations.
///
/// Each `read…` function takes its value's path as an autoclosure: a path is spelled out only when an
/// error is thrown, not built (an array copied and grown) for every value read, which cost a third of
/// `postie validate` on a large collection. The closures live on the stack and link to their parent's.
struct CollectionReader {
    let document: JSONInputDocument

    init(document: JSONInputDocument) { self.document = document }

    mutating func readCollection() throws -> PostmanCollection {
        guard let root = document.root.objectValue else {
            throw InputFileError.wrongDocument(
                file: document.file, expected: "a Postman collection",
                reason: "the document is \(article(document.root.typeName)), not an object with `info` and `item`")
        }
        if root["values"] != nil, root["item"] == nil {
            throw InputFileError.wrongDocument(
                file: document.file, expected: "a Postman collection",
                reason: "it has `values` but no `item`: it looks like an environment file (pass it with -e)")
        }
        // Newman runs a collection without `info` (postman-collection makes it nameless); the file names it.
        let infoObject: JSONObject
        switch root["info"] {
        case nil, .null?: infoObject = JSONObject([("name", root["name"] ?? .null), ("_postman_id", root["id"] ?? .null)])
        case .object(let object)?: infoObject = object
        case let other?:
            throw document.error(at: JSONNodePath([.member("info")]), "`info` is \(article(other.typeName)), not an object")
        }
        guard let itemsValue = root["item"] else {
            throw InputFileError.wrongDocument(
                file: document.file, expected: "a Postman collection", reason: "it has no `item` list")
        }
        let rootPath = JSONNodePath()
        let info = CollectionInfo(
            name: text(infoObject["name"]) ?? URL(fileURLWithPath: document.file).deletingPathExtension()
                .lastPathComponent,
            id: text(infoObject["_postman_id"]),
            schema: text(infoObject["schema"]),
            description: description(infoObject["description"]))
        if let schema = info.schema, !schema.contains("v2.0") && !schema.contains("v2.1") {
            throw document.error(
                at: rootPath.appending("info").appending("schema"),
                "unsupported schema \(schema): postie reads Postman collections v2.0 and v2.1")
        }
        return PostmanCollection(
            info: info,
            items: try readItems(itemsValue, at: rootPath.appending("item")),
            auth: try readAuth(root["auth"], at: rootPath.appending("auth")),
            variables: try readVariables(root["variable"], at: rootPath.appending("variable")),
            events: try readEvents(root["event"], at: rootPath.appending("event")),
            behavior: try readBehavior(root["protocolProfileBehavior"], at: rootPath.appending("protocolProfileBehavior")))
    }

    func readItems(_ value: JSONValue, at path: @autoclosure () -> JSONNodePath) throws -> [CollectionItem] {
        // A single item object where a list belongs is accepted, as postman-collection does.
        let elements: [JSONValue]
        switch value {
        case .array(let array): elements = array
        case .object: elements = [value]
        case .null: elements = []
        default: throw document.error(at: path(), "expected a list of items, found \(article(value.typeName))")
        }
        return try elements.enumerated().map { index, element in
            try readItem(element, at: path().appending(index))
        }
    }

    func readItem(_ value: JSONValue, at path: @autoclosure () -> JSONNodePath) throws -> CollectionItem {
        guard let object = value.objectValue else {
            throw document.error(at: path(), "expected an item object, found \(article(value.typeName))")
        }
        let name = text(object["name"]) ?? ""
        if let children = object["item"] {
            return .folder(
                Folder(
                    id: text(object["id"]) ?? text(object["_postman_id"]),
                    name: name.isEmpty ? "(unnamed folder)" : name,
                    items: try readItems(children, at: path().appending("item")),
                    auth: try readAuth(object["auth"], at: path().appending("auth")),
                    events: try readEvents(object["event"], at: path().appending("event")),
                    variables: try readVariables(object["variable"], at: path().appending("variable")),
                    behavior: try readBehavior(object["protocolProfileBehavior"], at: path().appending("protocolProfileBehavior"))))
        }
        guard let requestValue = object["request"] else {
            throw document.error(
                at: path(), "item \"\(name)\" is neither a folder (no `item` list) nor a request (no `request`)")
        }
        return .request(
            RequestItem(
                id: text(object["id"]) ?? text(object["_postman_id"]),
                name: name.isEmpty ? "(unnamed request)" : name,
                request: try readRequest(requestValue, at: path().appending("request")),
                events: try readEvents(object["event"], at: path().appending("event")),
                behavior: try readBehavior(object["protocolProfileBehavior"], at: path().appending("protocolProfileBehavior"))))
    }

    func readRequest(_ value: JSONValue, at path: @autoclosure () -> JSONNodePath) throws -> RequestDefinition {
        if case .string(let url) = value {
            return RequestDefinition(url: URLDefinition(parsing: url))  // v2 allows a bare URL string
        }
        guard let object = value.objectValue else {
            throw document.error(at: path(), "expected a request object or a URL string, found \(article(value.typeName))")
        }
        // Blanks as `.whitespaces` takes them, without Foundation's character-set search for each request.
        let method = (text(object["method"]) ?? "GET").trimmingBlanks()
        return RequestDefinition(
            method: method.isEmpty ? "GET" : method.uppercased(),
            url: try readURL(object["url"], at: path().appending("url")),
            headers: try readHeaders(object["header"], at: path().appending("header")),
            body: try readBody(object["body"], at: path().appending("body")),
            auth: try readAuth(object["auth"], at: path().appending("auth")),
            description: description(object["description"]))
    }

    // MARK: URL

    func readURL(_ value: JSONValue?, at path: @autoclosure () -> JSONNodePath) throws -> URLDefinition {
        guard let value, !value.isNull else { return URLDefinition(raw: "") }
        if case .string(let raw) = value { return URLDefinition(parsing: raw) }
        guard let object = value.objectValue else {
            throw document.error(at: path(), "expected a URL string or object, found \(article(value.typeName))")
        }
        let url = URLDefinition(
            raw: text(object["raw"]),
            scheme: text(object["protocol"]),
            host: try readSegments(object["host"], separator: ".", at: path().appending("host")),
            port: text(object["port"]),
            path: try readSegments(object["path"], separator: "/", at: path().appending("path")),
            query: try readKeyValues(object["query"], at: path().appending("query")),
            pathVariables: try readKeyValues(object["variable"], at: path().appending("variable")),
            hash: text(object["hash"]),
            credentials: object["auth"]?.objectValue.map { URLCredentials(user: text($0["user"]), password: text($0["password"])) })
        guard !url.hasParts, let raw = url.raw else { return url }
        // `raw` alone (hand-written, or a v3 request's `url`): split as Postman splits a URL text; the
        // object's path variables still give the `:name` segments their values.
        var parsed = URLDefinition(parsing: raw)
        parsed.pathVariables = url.pathVariables
        return parsed
    }

    /// `host` and `path` come as a list of segments or as one string.
    func readSegments(_ value: JSONValue?, separator: Character, at path: @autoclosure () -> JSONNodePath) throws -> [String]? {
        guard let value, !value.isNull else { return nil }
        switch value {
        case .string(let string):
            var trimmed = Substring(string)
            if separator == "/", trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
            return trimmed.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        case .array(let elements):
            return try elements.enumerated().map { index, element in
                // Path segments may be objects `{type, value}` in old exports.
                if let object = element.objectValue { return text(object["value"]) ?? "" }
                guard let segment = text(element) else {
                    throw document.error(
                        at: path().appending(index), "expected a text segment, found \(article(element.typeName))")
                }
                return segment
            }
        default:
            throw document.error(at: path(), "expected a list of segments, found \(article(value.typeName))")
        }
    }

    // MARK: Headers, query, key/value lists

    func readHeaders(_ value: JSONValue?, at path: @autoclosure () -> JSONNodePath) throws -> [KeyValueEntry] {
        guard let value, !value.isNull else { return [] }
        if case .string(let block) = value { return Self.parseHeaderBlock(block) }
        return try readKeyValues(value, at: path())
    }

    /// Headers written as one string (`"A: b\nC: d"`); lines starting with `//` are disabled.
    static func parseHeaderBlock(_ block: String) -> [KeyValueEntry] {
        block.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).compactMap { line in
            var text = line.trimmingCharacters(in: .whitespaces)
            var disabled = false
            if text.hasPrefix("//") {
                disabled = true
                text = String(text.dropFirst(2)).trimmingCharacters(in: .whitespaces)
            }
            guard !text.isEmpty else { return nil }
            guard let colon = text.firstIndex(of: ":") else {
                return KeyValueEntry(key: text, value: "", disabled: disabled)
            }
            return KeyValueEntry(
                key: text[..<colon].trimmingCharacters(in: .whitespaces),
                value: text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces),
                disabled: disabled)
        }
    }

    func readKeyValues(_ value: JSONValue?, at path: @autoclosure () -> JSONNodePath) throws -> [KeyValueEntry] {
        guard let value, !value.isNull else { return [] }
        guard let elements = value.arrayValue else {
            // v2.0 allowed objects: { "name": "value" }.
            if let object = value.objectValue {
                return object.members.map { KeyValueEntry(key: $0.key, value: text($0.value)) }
            }
            throw document.error(at: path(), "expected a list of key/value entries, found \(article(value.typeName))")
        }
        // Every request has lists like this one: the entries go into room made once.
        var entries: [KeyValueEntry] = []
        entries.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard let object = element.objectValue else {
                if element.isNull { continue }
                throw document.error(
                    at: path().appending(index), "expected a {key, value} object, found \(article(element.typeName))")
            }
            entries.append(
                KeyValueEntry(
                    key: text(object["key"]) ?? text(object["id"]) ?? text(object["name"]) ?? "",
                    value: object["value"].flatMap { $0.isNull ? nil : text($0) },
                    disabled: object["disabled"]?.boolValue ?? (object["enabled"]?.boolValue).map { !$0 } ?? false))
        }
        return entries
    }

    // MARK: Body

    func readBody(_ value: JSONValue?, at path: @autoclosure () -> JSONNodePath) throws -> RequestBody? {
        guard let value, !value.isNull else { return nil }
        guard let object = value.objectValue else {
            throw document.error(at: path(), "expected a body object, found \(article(value.typeName))")
        }
        if object["disabled"]?.boolValue == true { return RequestBody.none }
        guard let mode = text(object["mode"]), !mode.isEmpty else { return RequestBody.none }
        switch mode {
        case "raw":
            let language = object["options"]?["raw"]?["language"].flatMap(text)
            return .raw(text: object["raw"].flatMap(text) ?? "", language: language)
        case "urlencoded":
            return .urlencoded(try readKeyValues(object["urlencoded"], at: path().appending("urlencoded")))
        case "formdata":
            return .formdata(try readFormData(object["formdata"], at: path().appending("formdata")))
        case "file":
            let file = object["file"]
            let src = file?["src"].flatMap { $0.isNull ? nil : text($0) } ?? file.flatMap(text)
            return .file(src: (src?.isEmpty ?? true) ? nil : src)
        case "graphql":
            let graphql = object["graphql"]?.objectValue ?? JSONObject()
            let variables: String?
            switch graphql["variables"] {
            case .none, .null?: variables = nil
            case .string(let string)?: variables = string
            case let other?: variables = JSONWriter.compact(other)
            }
            return .graphql(
                query: graphql["query"].flatMap(text) ?? "", variables: variables,
                operationName: graphql["operationName"].flatMap(text))
        default:
            // Newman runs the rest of the collection; this request fails, saying why (RequestBuildError).
            return .unknown(mode: mode)
        }
    }

    func readFormData(_ value: JSONValue?, at path: @autoclosure () -> JSONNodePath) throws -> [FormDataPart] {
        guard let value, !value.isNull else { return [] }
        guard let elements = value.arrayValue else {
            throw document.error(at: path(), "expected a list of form fields, found \(article(value.typeName))")
        }
        return try elements.enumerated().compactMap { index, element in
            guard let object = element.objectValue else {
                if element.isNull { return nil }
                throw document.error(
                    at: path().appending(index), "expected a form field object, found \(article(element.typeName))")
            }
            let kind: FormDataPart.Kind
            if text(object["type"]) == "file" {
                var sources: [String] = []
                switch object["src"] {
                case .string(let single)?: if !single.isEmpty { sources = [single] }
                case .array(let many)?: sources = many.compactMap(text).filter { !$0.isEmpty }
                default: break
                }
                kind = .file(sources)
            } else {
                kind = .text(object["value"].flatMap { $0.isNull ? nil : text($0) } ?? "")
            }
            return FormDataPart(
                key: text(object["key"]) ?? "",
                kind: kind,
                contentType: text(object["contentType"]).flatMap { $0.isEmpty ? nil : $0 },
                disabled: object["disabled"]?.boolValue ?? false)
        }
    }

    // MARK: Auth

    func readAuth(_ value: JSONValue?, at path: @autoclosure () -> JSONNodePath) throws -> AuthSetting {
        guard let value, !value.isNull else { return .inherit }
        guard let object = value.objectValue else {
            throw document.error(at: path(), "expected an auth object, found \(article(value.typeName))")
        }
        guard let type = text(object["type"]), !type.isEmpty else {
            throw document.error(at: path(), "auth has no `type` (use \"noauth\" for none, or remove `auth` to inherit)")
        }
        if type == "noauth" { return .none }
        if type == "inherit" { return .inherit }
        var parameters: [(key: String, value: JSONValue)] = []
        switch object[type] {
        case .array(let entries)?:  // v2.1: [{key, value, type}]
            for (index, entry) in entries.enumerated() {
                guard let entryObject = entry.objectValue, let key = text(entryObject["key"]) else {
                    throw document.error(
                        at: path().appending(type).appending(index), "expected a {key, value} auth parameter")
                }
                parameters.append((key: key, value: entryObject["value"] ?? .null))
            }
        case .object(let entries)?:  // v2.0: {key: value}
            parameters = entries.members
        case .null?, nil:
            break
        case let other?:
            throw document.error(
                at: path().appending(type), "expected the \(type) parameters as a list, found \(article(other.typeName))")
        }
        return .auth(AuthDefinition(type: type, parameters: parameters))
    }

    // MARK: Request settings

    /// `protocolProfileBehavior`: an object of settings; a wrong type is an error at its place.
    func readBehavior(_ value: JSONValue?, at path: @autoclosure () -> JSONNodePath) throws -> ProtocolProfileBehavior {
        guard let value, !value.isNull else { return .inherit }
        guard let object = value.objectValue else {
            throw document.error(at: path(), "expected an object of request settings, found \(article(value.typeName))")
        }
        var behavior = ProtocolProfileBehavior()
        func flag(_ key: String) throws -> Bool? {
            switch object[key] {
            case nil, .null?: return nil
            case .bool(let flag)?: return flag
            case .string(let text)? where text == "true" || text == "false": return text == "true"
            case let other?:
                throw document.error(at: path().appending(key), "expected true or false, found \(article(other.typeName))")
            }
        }
        func names(_ key: String) throws -> [String]? {
            switch object[key] {
            case nil, .null?: return nil
            case .array(let elements)?: return elements.compactMap(\.stringValue)
            case .string(let single)?: return [single]
            case let other?:
                throw document.error(at: path().appending(key), "expected a list of names, found \(article(other.typeName))")
            }
        }
        behavior.followRedirects = try flag("followRedirects")
        behavior.followOriginalHttpMethod = try flag("followOriginalHttpMethod")
        behavior.followAuthorizationHeader = try flag("followAuthorizationHeader")
        behavior.removeRefererHeaderOnRedirect = try flag("removeRefererHeaderOnRedirect")
        behavior.disableBodyPruning = try flag("disableBodyPruning")
        behavior.disableUrlEncoding = try flag("disableUrlEncoding")
        behavior.disableCookies = try flag("disableCookies")
        behavior.strictSSL = try flag("strictSSL")
        behavior.tlsPreferServerCiphers = try flag("tlsPreferServerCiphers")
        behavior.insecureHTTPParser = try flag("insecureHTTPParser")
        behavior.tlsDisabledProtocols = try names("tlsDisabledProtocols")
        behavior.tlsCipherSelection = try names("tlsCipherSelection")
        switch object["maxRedirects"] {
        case nil, .null?: break
        case .number(let number)? where number >= 0 && number == number.rounded() && number < 1_000_000:
            behavior.maxRedirects = Int(number)
        case .string(let text)? where Int(text).map { $0 >= 0 } ?? false:
            behavior.maxRedirects = Int(text)
        case let other?:
            throw document.error(
                at: path().appending("maxRedirects"), "expected a whole number of redirects, found \(JSONWriter.compact(other))")
        }
        switch object["disabledSystemHeaders"] {
        case nil, .null?: break
        case .object(let headers)?:
            // `{ "user-agent": true }`: a header is disabled when its value is true.
            behavior.disabledSystemHeaders = Set(
                headers.members.filter { $0.value.boolValue ?? false }.map { $0.key.lowercased() })
        case let other?:
            throw document.error(
                at: path().appending("disabledSystemHeaders"),
                "expected an object of header names set to true, found \(article(other.typeName))")
        }
        behavior.unknownKeys = object.members.map(\.key).filter {
            !ProtocolProfileBehavior.knownKeys.contains($0) && !ProtocolProfileBehavior.ignoredKeys.contains($0)
        }
        return behavior
    }

    // MARK: Variables and scripts

    func readVariables(_ value: JSONValue?, at path: @autoclosure () -> JSONNodePath) throws -> [VariableDefinition] {
        guard let value, !value.isNull else { return [] }
        guard let elements = value.arrayValue else {
            throw document.error(at: path(), "expected a list of variables, found \(article(value.typeName))")
        }
        return try elements.enumerated().compactMap { index, element in
            guard let object = element.objectValue else {
                throw document.error(
                    at: path().appending(index), "expected a variable object, found \(article(element.typeName))")
            }
            guard let key = text(object["key"]) ?? text(object["id"]) ?? text(object["name"]) else { return nil }
            return VariableDefinition(
                key: key,
                value: object["value"].map { $0.isNull ? "" : $0.textValue } ?? "",
                isSecret: text(object["type"]) == "secret",
                disabled: object["disabled"]?.boolValue ?? false)
        }
    }

    func readEvents(_ value: JSONValue?, at path: @autoclosure () -> JSONNodePath) throws -> [ScriptEvent] {
        guard let value, !value.isNull else { return [] }
        // One event object where a list belongs is read as a list of one, as postman-collection does.
        if value.objectValue != nil { return try readEvents(.array([value]), at: path()) }
        guard let elements = value.arrayValue else {
            throw document.error(at: path(), "expected a list of events, found \(article(value.typeName))")
        }
        return elements.compactMap { element in
            guard let object = element.objectValue, let listen = text(object["listen"]) else { return nil }
            if object["disabled"]?.boolValue == true { return nil }
            let exec = object["script"]?["exec"]
            let lines: [String]
            switch exec {
            case .string(let single)?: lines = single.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            case .array(let many)?: lines = many.compactMap(text)
            default: lines = []
            }
            return ScriptEvent(listen: listen, lines: lines)
        }
    }

    // MARK: Helpers

    /// A scalar as text: strings as they are, numbers and Booleans spelled out; nil for other kinds.
    func text(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let string)?: return string
        case .number?, .bool?: return value?.textValue
        default: return nil
        }
    }

    /// `description` may be a string or `{content, type}`.
    func description(_ value: JSONValue?) -> String? {
        if let string = text(value) { return string }
        return value?["content"].flatMap(text)
    }
}

/// "an object", "a string": for messages.
func article(_ typeName: String) -> String {
    ["a", "e", "i", "o", "u"].contains(typeName.prefix(1)) ? "an \(typeName)" : "a \(typeName)"
}
