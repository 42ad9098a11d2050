import Foundation
import PostieCore
import PostieHTTP
import PostieJSON

/// `__postieContext`: what a script sees, as JSON, handed to the bootstrap's `start` (see the sandbox
/// contract in sandbox.js).
enum SandboxContext {
    /// The context of one script; its response's body is null, for the engine to put in (one decoded
    /// text shared by the scripts of a request).
    static func make(
        event: ScriptEventInput, script: ScriptSource, variables: VariableContext, local: VariableScope, request: JSONValue,
        assertionOffset: Int
    ) -> JSONValue {
        var info = JSONObject()
        info["eventName"] = .string(event.kind.rawValue)
        info["iteration"] = .number(Double(event.iteration))
        info["iterationCount"] = .number(Double(event.iterationCount))
        info["requestName"] = .string(event.requestName)
        info["requestId"] = event.requestID.map { .string($0) } ?? .null

        var scopes = JSONObject()
        scopes["globals"] = list(variables.globals)
        scopes["environment"] = list(variables.environment)
        scopes["collectionVariables"] = list(variables.collection)
        scopes["iterationData"] = list(variables.iterationData)
        // Values captured by flow steps sit in the run scope; scripts see them as pm.variables.
        var localScope = local
        for (key, value) in variables.run.entries where localScope[key] == nil { localScope.set(key, value) }
        scopes["local"] = list(localScope)

        var context = JSONObject()
        context["eventName"] = .string(event.kind.rawValue)
        context["info"] = .object(info)
        context["location"] = .array(event.location.map { .string($0) })
        context["locationCurrent"] = .string(script.ownerName)
        context["scopes"] = .object(scopes)
        context["environmentName"] = event.environmentName.map { .string($0) } ?? .null
        context["globalsName"] = .null
        context["request"] = request
        context["response"] = event.response.map { Self.response($0, body: false) } ?? .null
        context["cookies"] = .array(event.cookies.map(cookie))
        context["assertionOffset"] = .number(Double(assertionOffset))
        return .object(context)
    }

    /// A cookie as postman-collection's Cookie is built from.
    static func cookie(_ cookie: Cookie) -> JSONValue {
        var object = JSONObject()
        object["name"] = .string(cookie.name)
        object["value"] = .string(cookie.value)
        object["domain"] = .string(cookie.domain)
        object["path"] = .string(cookie.path)
        if let expires = cookie.expires { object["expires"] = .string(CookieJarFile.formatDate(expires)) }
        object["secure"] = .bool(cookie.secure)
        object["httpOnly"] = .bool(cookie.httpOnly)
        object["hostOnly"] = .bool(cookie.hostOnly)
        object["session"] = .bool(cookie.expires == nil && cookie.maxAge == nil)
        return .object(object)
    }

    /// A scope as `[{ key, value, type, enabled }]`.
    static func list(_ scope: VariableScope) -> JSONValue {
        .array(scope.entries.map { entry in
            var object = JSONObject()
            object["key"] = .string(entry.key)
            object["value"] = entry.value.typed ?? .string(entry.value.value)
            object["type"] = .string(entry.value.isSecret ? "secret" : (entry.value.typed == nil ? "default" : "any"))
            object["enabled"] = .bool(true)
            return .object(object)
        })
    }

    /// A response as `pm.response` is built from; without `body`, its body is null (for the caller to
    /// put in).
    static func response(_ response: ScriptResponse, body: Bool = true) -> JSONValue {
        var object = JSONObject()
        object["code"] = .number(Double(response.status))
        object["status"] = .string(response.reason)
        object["header"] = .array(response.headers.map { .object(JSONObject([("key", .string($0.name)), ("value", .string($0.value))])) })
        // Decoded from the bytes in place (the generic path for Data costs ~35 instructions a byte).
        object["body"] = body ? .string(response.body.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }) : .null
        object["bodyIsBase64"] = .bool(false)
        object["responseTime"] = .number(response.durationMilliseconds.rounded())
        object["responseSize"] = .number(Double(response.size))
        object["cookies"] = .array([])
        return .object(object)
    }

    /// A transport answer as `context.response` data (for `pm.sendRequest` callbacks).
    static func response(_ response: TransportResponse) -> JSONValue {
        let body: Data
        switch response.body {
        case .memory(let data): body = data
        case .file(let url, _, let prefix): body = (try? Data(contentsOf: url)) ?? prefix
        }
        return Self.response(
            ScriptResponse(
                status: response.status, reason: HTTPStatus.reasonPhrase(for: response.status) ?? "",
                headers: response.headers.map { ($0.name, $0.value) }, body: body,
                durationMilliseconds: response.durationMilliseconds, size: body.count))
    }
}

/// What the bootstrap's `collect()` returned, read back.
struct SandboxResult {
    let json: JSONValue
    let assertions: [ScriptAssertion]

    init(_ json: JSONValue) {
        self.json = json
        assertions = (json["assertions"]?.arrayValue ?? []).map { entry in
            let error = entry["error"]
            return ScriptAssertion(
                name: entry["name"]?.stringValue ?? "",
                passed: entry["passed"]?.boolValue ?? false,
                skipped: entry["skipped"]?.boolValue ?? false,
                errorName: error?["name"]?.stringValue,
                message: error?["message"]?.stringValue,
                stack: error?["stack"]?.stringValue)
        }
    }

    /// Applies the variables, the request and the control requests to the event's outcome.
    func apply(to outcome: inout ScriptEventOutcome, request: inout JSONValue, kind: ScriptEventKind) {
        if let scopes = json["scopes"] {
            if let list = scopes["globals"] { outcome.variables.globals = Self.scope(.globals, from: list) }
            if let list = scopes["environment"] { outcome.variables.environment = Self.scope(.environment, from: list) }
            if let list = scopes["collectionVariables"] { outcome.variables.collection = Self.scope(.collection, from: list) }
            if let list = scopes["local"] {
                let local = Self.scope(.run, from: list)
                // A value set with pm.variables also wins over a flow capture of the same name.
                for (key, value) in local.entries where outcome.variables.run[key] != nil { outcome.variables.run.set(key, value) }
                outcome.localVariables = local
            }
        }
        if kind == .prerequest, let changed = json["request"], !changed.isNull { request = changed }
        if let next = json["nextRequest"], next["set"]?.boolValue == true {
            outcome.nextRequest = .some(next["value"]?.stringValue)
        }
        if json["skipRequest"]?.boolValue == true { outcome.skipRequest = true }
        if let visualizer = json["visualizer"], !visualizer.isNull { outcome.visualizer = visualizer }
    }

    static func scope(_ kind: VariableScopeKind, from list: JSONValue) -> VariableScope {
        var scope = VariableScope(kind)
        for entry in list.arrayValue ?? [] {
            guard let key = entry["key"]?.stringValue else { continue }
            if entry["enabled"]?.boolValue == false { continue }
            let value = entry["value"] ?? .null
            let isSecret = entry["type"]?.stringValue == "secret"
            switch value {
            case .string(let text): scope.set(key, VariableValue(text, isSecret: isSecret))
            default: scope.set(key, VariableValue(value.textValue, isSecret: isSecret, typed: value))
            }
        }
        return scope
    }
}
