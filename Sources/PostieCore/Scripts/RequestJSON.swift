import Foundation
import PostieJSON

/// A request as Postman's v2.1 JSON and back: what a script's `pm.request` wraps, and how a prerequest
/// script's changes come back to be built and sent.
extension RequestDefinition {
    /// The v2.1 JSON of this request (`name` and `id` included for `pm.request`).
    public func postmanJSON(name: String, id: String?) -> JSONValue {
        var object = JSONObject()
        if let id { object["id"] = .string(id) }
        object["name"] = .string(name)
        object["method"] = .string(method)
        object["url"] = url.postmanJSON
        object["header"] = .array(headers.map { $0.postmanJSON })
        if let body { object["body"] = body.postmanJSON }
        if let description { object["description"] = .string(description) }
        switch auth {
        case .inherit: break
        case .none: object["auth"] = .object(JSONObject([("type", .string("noauth"))]))
        case .auth(let definition): object["auth"] = definition.postmanJSON
        }
        return .object(object)
    }

    /// A request read back from v2.1 JSON; `fallback` fills what the JSON leaves out.
    public init(postmanJSON value: JSONValue, fallback: RequestDefinition) throws {
        let document = JSONInputDocument(file: "pm.request", data: Data(), root: value)
        let reader = CollectionReader(document: document)
        var read = try reader.readRequest(value, at: JSONNodePath())
        if value["auth"] == nil { read.auth = fallback.auth }
        self = read
    }
}

extension URLDefinition {
    var postmanJSON: JSONValue {
        var object = JSONObject()
        object["raw"] = .string(rawText)
        if let scheme { object["protocol"] = .string(scheme) }
        if let credentials {
            var auth = JSONObject()
            if let user = credentials.user { auth["user"] = .string(user) }
            if let password = credentials.password { auth["password"] = .string(password) }
            object["auth"] = .object(auth)
        }
        if let host { object["host"] = .array(host.map { .string($0) }) }
        if let port { object["port"] = .string(port) }
        if let path { object["path"] = .array(path.map { .string($0) }) }
        if !query.isEmpty { object["query"] = .array(query.map { $0.postmanJSON }) }
        if !pathVariables.isEmpty { object["variable"] = .array(pathVariables.map { $0.postmanJSON }) }
        if let hash { object["hash"] = .string(hash) }
        return .object(object)
    }

    /// `raw`, or the URL put together from its parts as Postman's `Url.toString()` puts it.
    var rawText: String {
        let text = RequestBuilder.unresolvedText(of: self)
        return text.isEmpty ? (raw ?? "") : text
    }
}

extension KeyValueEntry {
    var postmanJSON: JSONValue {
        var object = JSONObject()
        object["key"] = .string(key)
        object["value"] = value.map { .string($0) } ?? .null
        if disabled { object["disabled"] = .bool(true) }
        return .object(object)
    }
}

extension RequestBody {
    var postmanJSON: JSONValue {
        var object = JSONObject()
        switch self {
        case .raw(let text, let language):
            object["mode"] = .string("raw")
            object["raw"] = .string(text)
            if let language {
                object["options"] = .object(JSONObject([("raw", .object(JSONObject([("language", .string(language))])))]))
            }
        case .urlencoded(let entries):
            object["mode"] = .string("urlencoded")
            object["urlencoded"] = .array(entries.map { $0.postmanJSON })
        case .formdata(let parts):
            object["mode"] = .string("formdata")
            object["formdata"] = .array(parts.map { part in
                var field = JSONObject()
                field["key"] = .string(part.key)
                switch part.kind {
                case .text(let value):
                    field["value"] = .string(value)
                    field["type"] = .string("text")
                case .file(let sources):
                    field["type"] = .string("file")
                    field["src"] = sources.count == 1 ? .string(sources[0]) : .array(sources.map { .string($0) })
                }
                if let contentType = part.contentType { field["contentType"] = .string(contentType) }
                if part.disabled { field["disabled"] = .bool(true) }
                return .object(field)
            })
        case .file(let src):
            object["mode"] = .string("file")
            object["file"] = .object(JSONObject([("src", src.map { .string($0) } ?? .null)]))
        case .graphql(let query, let variables, let operationName):
            object["mode"] = .string("graphql")
            var graphql = JSONObject()
            graphql["query"] = .string(query)
            if let variables { graphql["variables"] = .string(variables) }
            if let operationName { graphql["operationName"] = .string(operationName) }
            object["graphql"] = .object(graphql)
        case .none:
            object["mode"] = .string("")
        case .unknown(let mode):
            object["mode"] = .string(mode)
        }
        return .object(object)
    }
}

extension AuthDefinition {
    var postmanJSON: JSONValue {
        var object = JSONObject()
        object["type"] = .string(type)
        object[type] = .array(parameters.map { parameter in
            .object(JSONObject([("key", .string(parameter.key)), ("value", parameter.value), ("type", .string("string"))]))
        })
        return .object(object)
    }
}
