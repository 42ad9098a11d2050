import PostieJSON

/// Turns a Postman collection in the v1 format (`name`, `order`, `folders`, `requests`) into the v2.1
/// document it stands for, as postman-collection-transformer (which Newman runs on such files) does:
/// folders in `folders_order`, each with its `folders_order` sub-folders then its `order` requests,
/// followed by the top-level `order` requests; headers from `headerData` or the `headers` text (`//`
/// disables a line); bodies by `dataMode` (`params` → formdata, `binary` → file, `raw`, `urlencoded`,
/// `graphql`), or inferred from `data` and `rawModeData`; path variables from `pathVariables` and
/// `pathVariableData`; `tests` and `preRequestScript` as events; auth from `currentHelper` and
/// `helperAttributes` (or a v2 `auth` object).
enum V1CollectionConverter {
    /// Newman's test (`util.isV1Collection`): a name, an order and requests.
    static func isV1(_ root: JSONObject) -> Bool {
        root["name"] != nil && root["order"] != nil && root["requests"] != nil && root["item"] == nil
    }

    /// The v2.1 document for the v1 collection `root`.
    static func convert(_ root: JSONObject) -> JSONValue {
        var info = JSONObject()
        if let id = root["id"] { info["_postman_id"] = id }
        info["name"] = root["name"] ?? .string("")
        if let description = root["description"], description != .string("") { info["description"] = description }
        info["schema"] = .string("https://schema.getpostman.com/json/collection/v2.1.0/collection.json")

        var requests: [String: JSONObject] = [:]
        for case .object(let request) in root["requests"]?.arrayValue ?? [] {
            if let id = request["id"]?.stringValue { requests[id] = request }
        }
        var folders: [String: JSONObject] = [:]
        var folderOrder: [String] = []
        for case .object(let folder) in root["folders"]?.arrayValue ?? [] {
            guard let id = folder["id"]?.stringValue else { continue }
            folders[id] = folder
            folderOrder.append(id)
        }
        var subfolders: Set<String> = []
        for folder in folders.values {
            for case .string(let id) in folder["folders_order"]?.arrayValue ?? [] { subfolders.insert(id) }
        }

        var visiting: Set<String> = []
        func folderItem(_ id: String) -> JSONValue? {
            // A folder that names itself (or an ancestor) as a sub-folder is cut there: no endless nesting.
            guard let folder = folders[id], !visiting.contains(id) else { return nil }
            visiting.insert(id)
            defer { visiting.remove(id) }
            var item = JSONObject()
            item["name"] = folder["name"] ?? .string("")
            if let description = folder["description"], description != .string("") { item["description"] = description }
            var children: [JSONValue] = []
            for case .string(let child) in folder["folders_order"]?.arrayValue ?? [] {
                if let converted = folderItem(child) { children.append(converted) }
            }
            for case .string(let requestID) in folder["order"]?.arrayValue ?? [] {
                if let request = requests[requestID] { children.append(requestItem(request)) }
            }
            item["item"] = .array(children)
            if let auth = auth(of: folder) { item["auth"] = auth }
            if let events = events(of: folder) { item["event"] = events }
            if let behavior = folder["protocolProfileBehavior"] { item["protocolProfileBehavior"] = behavior }
            return .object(item)
        }

        var items: [JSONValue] = []
        var topFolders: [String] = []
        for case .string(let id) in root["folders_order"]?.arrayValue ?? [] where !topFolders.contains(id) { topFolders.append(id) }
        if root["folders_order"] == nil { topFolders = folderOrder }
        for id in topFolders where !subfolders.contains(id) {
            if let converted = folderItem(id) { items.append(converted) }
        }
        for case .string(let id) in root["order"]?.arrayValue ?? [] {
            if let request = requests[id] { items.append(requestItem(request)) }
        }

        var collection = JSONObject()
        collection["info"] = .object(info)
        collection["item"] = .array(items)
        if let auth = auth(of: root) { collection["auth"] = auth }
        if let events = events(of: root) { collection["event"] = events }
        if let variables = root["variables"], case .array(let list) = variables, !list.isEmpty {
            collection["variable"] = variables
        }
        return .object(collection)
    }

    // MARK: Requests

    static func requestItem(_ request: JSONObject) -> JSONValue {
        var item = JSONObject()
        item["name"] = request["name"] ?? .string("")
        if let id = request["id"] { item["id"] = id }
        if let events = events(of: request) { item["event"] = events }
        if let behavior = request["protocolProfileBehavior"] { item["protocolProfileBehavior"] = behavior }
        var definition = JSONObject()
        definition["method"] = request["method"] ?? .string("GET")
        definition["url"] = url(of: request)
        definition["header"] = .array(headers(of: request))
        if let body = body(of: request) { definition["body"] = body }
        if let auth = auth(of: request) { definition["auth"] = auth }
        item["request"] = .object(definition)
        return .object(item)
    }

    /// The URL text, or an object with it when path variables come apart from it.
    static func url(of request: JSONObject) -> JSONValue {
        let raw = request["url"]?.stringValue ?? ""
        var variables: [JSONValue] = []
        var seen: Set<String> = []
        for case .object(let variable) in request["pathVariableData"]?.arrayValue ?? [] {
            guard let key = variable["key"]?.stringValue else { continue }
            seen.insert(key)
            variables.append(.object(JSONObject([("key", .string(key)), ("value", variable["value"] ?? .string(""))])))
        }
        if case .object(let map)? = request["pathVariables"] {
            for (key, value) in map.members where !seen.contains(key) {
                variables.append(.object(JSONObject([("key", .string(key)), ("value", value)])))
            }
        }
        guard !variables.isEmpty else { return .string(raw) }
        // The reader splits `raw` as Postman does; the variables give its `:name` segments their values.
        var object = JSONObject()
        object["raw"] = .string(raw)
        object["variable"] = .array(variables)
        return .object(object)
    }

    /// `headerData` entries first, then the lines of `headers` not already given.
    static func headers(of request: JSONObject) -> [JSONValue] {
        if case .array(let list)? = request["headers"] { return list }
        var headers: [JSONValue] = []
        var seen: Set<String> = []
        for case .object(var header) in request["headerData"]?.arrayValue ?? [] {
            var key = header["key"]?.stringValue ?? ""
            if key.hasPrefix("//") || header["enabled"]?.boolValue == false {
                header["disabled"] = .bool(true)
                key = String(key.drop { $0 == "/" }).trimmingCharacters(in: .whitespaces)
                header["key"] = .string(key)
            }
            header["enabled"] = nil
            seen.insert(key)
            headers.append(.object(header))
        }
        for entry in CollectionReader.parseHeaderBlock(request["headers"]?.stringValue ?? "") where !seen.contains(entry.key) {
            var header = JSONObject([("key", .string(entry.key)), ("value", .string(entry.value ?? ""))])
            if entry.disabled { header["disabled"] = .bool(true) }
            headers.append(.object(header))
        }
        return headers
    }

    static func body(of request: JSONObject) -> JSONValue? {
        let modes = ["binary": "file", "graphql": "graphql", "params": "formdata", "raw": "raw", "urlencoded": "urlencoded"]
        let dataMode = request["dataMode"]?.stringValue.flatMap { modes[$0] }
        let data = request["data"]
        let rawModeData: String? =
            request["rawModeData"]?.stringValue
            ?? request["rawModeData"]?.arrayValue.flatMap { $0.count == 1 ? $0[0].stringValue : nil }
        let dataIsEmpty = data.map { $0.isNull || $0.arrayValue?.isEmpty == true || $0.stringValue?.isEmpty == true } ?? true
        if request["dataMode"] == .null { return nil }
        if dataMode == nil, dataIsEmpty, rawModeData?.isEmpty ?? true, request["graphqlModeData"] == nil { return nil }
        var body = JSONObject()
        let mode: String
        if let dataMode {
            mode = dataMode
        } else if rawModeData?.isEmpty ?? true, data?.arrayValue != nil {
            mode = "formdata"
        } else if rawModeData?.isEmpty ?? true, request["graphqlModeData"] != nil {
            mode = "graphql"
        } else {
            mode = "raw"
        }
        body["mode"] = .string(mode)
        switch mode {
        case "raw": body["raw"] = .string(rawModeData ?? data?.stringValue ?? "")
        case "graphql": body["graphql"] = request["graphqlModeData"] ?? .object(JSONObject())
        case "file": body["file"] = .object(JSONObject([("src", rawModeData.map(JSONValue.string) ?? .null)]))
        default:
            body[mode] = .array(
                (data?.arrayValue ?? []).compactMap { element -> JSONValue? in
                    guard case .object(var parameter) = element, parameter["key"] != nil, parameter["key"] != .null else { return nil }
                    if parameter["type"]?.stringValue == "file", parameter["src"] == nil, let value = parameter["value"] {
                        parameter["src"] = value
                        parameter["value"] = nil
                    }
                    if parameter["enabled"]?.boolValue == false { parameter["disabled"] = .bool(true) }
                    parameter["enabled"] = nil
                    return .object(parameter)
                })
        }
        if request["dataDisabled"]?.boolValue == true { body["disabled"] = .bool(true) }
        return .object(body)
    }

    // MARK: Events and auth

    static func events(of entity: JSONObject) -> JSONValue? {
        if case .array(let events)? = entity["events"], !events.isEmpty { return .array(events) }
        var events: [JSONValue] = []
        for (key, listen) in [("tests", "test"), ("preRequestScript", "prerequest")] {
            guard let script = entity[key], script != .string(""), !script.isNull else { continue }
            let exec: JSONValue = script.stringValue.map { text in
                .array(text.split(separator: "\n", omittingEmptySubsequences: false).map { .string(String($0)) })
            } ?? script
            events.append(
                .object(
                    JSONObject([
                        ("listen", .string(listen)),
                        ("script", .object(JSONObject([("type", .string("text/javascript")), ("exec", exec)]))),
                    ])))
        }
        return events.isEmpty ? nil : .array(events)
    }

    /// v1 helper names and their v2 auth types and parameter names (postman-collection-transformer).
    static let helpers: [String: (type: String, parameters: [(v1: String, v2: String)])] = [
        "basicAuth": ("basic", [("username", "username"), ("password", "password")]),
        "bearerAuth": ("bearer", [("token", "token")]),
        "apikeyAuth": ("apikey", [("key", "key"), ("value", "value"), ("in", "in")]),
        "digestAuth": (
            "digest",
            [
                ("algorithm", "algorithm"), ("username", "username"), ("realm", "realm"), ("password", "password"),
                ("nonce", "nonce"), ("nonceCount", "nonceCount"), ("clientNonce", "clientNonce"), ("opaque", "opaque"),
                ("qop", "qop"), ("disableRetryRequest", "disableRetryRequest"),
            ]
        ),
        "oAuth1": (
            "oauth1",
            [
                ("consumerKey", "consumerKey"), ("consumerSecret", "consumerSecret"), ("token", "token"),
                ("tokenSecret", "tokenSecret"), ("signatureMethod", "signatureMethod"), ("timestamp", "timestamp"),
                ("nonce", "nonce"), ("version", "version"), ("realm", "realm"), ("header", "addParamsToHeader"),
                ("includeEmpty", "addEmptyParamsToSign"),
            ]
        ),
        "hawkAuth": (
            "hawk",
            [
                ("hawk_id", "authId"), ("hawk_key", "authKey"), ("algorithm", "algorithm"), ("user", "user"),
                ("nonce", "nonce"), ("ext", "extraData"), ("app", "appId"), ("dlg", "delegation"), ("timestamp", "timestamp"),
            ]
        ),
        "awsSigV4": (
            "awsv4",
            [
                ("accessKey", "accessKey"), ("secretKey", "secretKey"), ("region", "region"), ("service", "service"),
                ("sessionToken", "sessionToken"),
            ]
        ),
    ]

    static func auth(of entity: JSONObject) -> JSONValue? {
        if case .object(let auth)? = entity["auth"] { return .object(auth) }
        guard let helper = entity["currentHelper"]?.stringValue, helper != "normal" else { return nil }
        var attributes = entity["helperAttributes"]?.objectValue ?? JSONObject()
        if let text = entity["helperAttributes"]?.stringValue, let parsed = try? JSONParser.parse(text), let object = parsed.objectValue {
            attributes = object
        }
        guard let mapping = helpers[helper] else {
            return .object(JSONObject([("type", .string(helper))]))
        }
        let parameters: [JSONValue] = mapping.parameters.compactMap { names in
            guard let value = attributes[names.v1] else { return nil }
            return .object(JSONObject([("key", .string(names.v2)), ("value", value)]))
        }
        return .object(JSONObject([("type", .string(mapping.type)), (mapping.type, .array(parameters))]))
    }
}
