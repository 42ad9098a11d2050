import Foundation
import PostieHTTP
import PostieJSON

/// How a step runs its request's scripts: the prerequest scripts before the request is built, the test
/// scripts after the answer, and what they change handed on.
struct StepScripts {
    let host: any ScriptHost
    let iteration: Int
    let iterationCount: Int
    let environmentName: String?
    let sender: (any ScriptRequestSending)?
    /// The run's cookie jar: the cookies for the request's URL go to the scripts.
    var cookieJar: CookieJar? = nil

    /// What the scripts of a step did, for the step's result.
    struct Effects {
        var assertions: [AssertionOutcome] = []
        var console: [ScriptConsoleEntry] = []
        var nextRequest: String??
        var visualizer: JSONValue?
        var skipRequest = false
        var ran = false
    }

    /// Runs the prerequest scripts; `request` and `context`/`local` take their changes.
    func runPrerequest(
        _ request: inout CollectionRequest, context: inout VariableContext, local: inout VariableScope, effects: inout Effects
    ) {
        let scripts = sources(request, listen: "prerequest")
        guard !scripts.isEmpty else { return }
        let json = Self.requestJSON(request)
        let outcome = host.run(
            event(.prerequest, scripts: scripts, request: request, json: json, context: context, local: local, response: nil, effects: effects))
        apply(outcome, kind: .prerequest, context: &context, local: &local, effects: &effects)
        if let changed = outcome.request {
            do {
                var definition = try RequestDefinition(postmanJSON: changed, fallback: request.item.request)
                if changed["auth"] != nil {
                    switch definition.auth {
                    case .auth(let auth): request.auth = auth
                    case .none: request.auth = nil
                    case .inherit: break
                    }
                }
                definition.auth = request.item.request.auth
                request.item.request = definition
            } catch {
                effects.assertions.append(Self.errorOutcome(at: "prerequest-script", name: "Error", message: "pm.request cannot be sent as the script left it: \(error)"))
            }
        }
        if outcome.skipRequest { effects.skipRequest = true }
    }

    /// Runs the test scripts with the answer.
    func runTests(
        _ request: CollectionRequest, sent: SentRequest?, response: TransportResponse, context: inout VariableContext,
        local: inout VariableScope, effects: inout Effects
    ) {
        let scripts = sources(request, listen: "test")
        guard !scripts.isEmpty else { return }
        let json = sent.map { Self.requestJSON(sent: $0, request: request, context: context) } ?? Self.requestJSON(request)
        var input = event(.test, scripts: scripts, request: request, json: json, context: context, local: local,
                          response: Self.scriptResponse(response), effects: effects)
        if let cookieJar, let url = sent?.url { input.cookies = cookieJar.cookies(for: url) }
        let outcome = host.run(input)
        apply(outcome, kind: .test, context: &context, local: &local, effects: &effects)
    }

    private func sources(_ request: CollectionRequest, listen: String) -> [ScriptSource] {
        request.scripts.filter { $0.listen == listen && !$0.isEmpty }.map {
            ScriptSource(level: $0.level, ownerName: $0.ownerName.isEmpty ? request.name : $0.ownerName, source: $0.source)
        }
    }

    private func event(
        _ kind: ScriptEventKind, scripts: [ScriptSource], request: CollectionRequest, json: JSONValue, context: VariableContext,
        local: VariableScope, response: ScriptResponse?, effects: Effects
    ) -> ScriptEventInput {
        ScriptEventInput(
            kind: kind, scripts: scripts, requestName: request.name, requestID: request.id,
            location: request.folderPath + [request.name], iteration: iteration, iterationCount: iterationCount,
            variables: context, localVariables: local, environmentName: environmentName, request: json, response: response,
            assertionOffset: effects.assertions.count { $0.source == .test }, sender: sender)
    }

    private func apply(
        _ outcome: ScriptEventOutcome, kind: ScriptEventKind, context: inout VariableContext, local: inout VariableScope,
        effects: inout Effects
    ) {
        effects.ran = true
        context.globals = outcome.variables.globals
        context.environment = outcome.variables.environment
        context.collection = outcome.variables.collection
        context.run = outcome.variables.run
        local = outcome.localVariables
        effects.console += outcome.console
        for assertion in outcome.assertions {
            var made = AssertionOutcome(name: assertion.name, passed: assertion.passed || assertion.skipped, message: assertion.message)
            made.source = .test
            made.skipped = assertion.skipped
            made.errorName = assertion.errorName
            made.stack = assertion.stack
            effects.assertions.append(made)
        }
        for error in outcome.errors {
            var made = Self.errorOutcome(at: "\(kind.rawValue)-script", name: error.name, message: error.description)
            made.stack = error.stack
            effects.assertions.append(made)
        }
        if let next = outcome.nextRequest { effects.nextRequest = next }
        if kind == .test, let visualizer = outcome.visualizer { effects.visualizer = visualizer }
    }

    static func errorOutcome(at place: String, name: String, message: String) -> AssertionOutcome {
        var outcome = AssertionOutcome(name: place, passed: false, message: message)
        outcome.source = .scriptError
        outcome.errorName = name
        return outcome
    }

    /// `pm.request` of a prerequest script: the request as the collection writes it, with its effective auth.
    static func requestJSON(_ request: CollectionRequest) -> JSONValue {
        var definition = request.item.request
        definition.auth = request.auth.map { .auth($0) } ?? .none
        return definition.postmanJSON(name: request.name, id: request.id)
    }

    /// `pm.request` of a test script: what was sent, variables resolved. A form body keeps its mode and
    /// fields (legacy `request.data` reads them, a repeated key as a list), and a body pruned from the
    /// wire (a GET's) is still there, as in Postman.
    static func requestJSON(sent: SentRequest, request: CollectionRequest, context: VariableContext) -> JSONValue {
        var object = JSONObject()
        if let id = request.id { object["id"] = .string(id) }
        object["name"] = .string(request.name)
        object["method"] = .string(sent.method)
        object["url"] = .string(sent.url)
        object["header"] = .array(sent.headers.map { .object(JSONObject([("key", .string($0.name)), ("value", .string($0.value))])) })
        let resolver = VariableResolver(context: context)
        switch request.item.request.body {
        case .urlencoded?, .formdata?:
            if let body = request.item.request.body { object["body"] = resolvedFields(body.postmanJSON, resolver) }
        default:
            if let body = sent.body, let text = String(data: body, encoding: .utf8) {
                object["body"] = .object(JSONObject([("mode", .string("raw")), ("raw", .string(text))]))
            } else if case .raw(let text, _)? = request.item.request.body {
                object["body"] = .object(JSONObject([("mode", .string("raw")), ("raw", .string(resolver.resolve(text).text))]))
            }
        }
        if let auth = request.auth { object["auth"] = AuthSetting.auth(auth).postmanAuthJSON }
        if let description = request.item.request.description { object["description"] = .string(description) }
        return .object(object)
    }

    /// A `urlencoded` or `formdata` body's JSON with each field's key and text value resolved.
    static func resolvedFields(_ body: JSONValue, _ resolver: VariableResolver) -> JSONValue {
        guard var object = body.objectValue, case .string(let mode)? = object["mode"], let fields = object[mode]?.arrayValue else { return body }
        object[mode] = .array(fields.map { field in
            guard var entry = field.objectValue else { return field }
            for name in ["key", "value"] {
                if case .string(let text)? = entry[name], entry["type"]?.stringValue != "file" { entry[name] = .string(resolver.resolve(text).text) }
            }
            return .object(entry)
        })
        return .object(object)
    }

    static func scriptResponse(_ response: TransportResponse) -> ScriptResponse {
        let body: Data
        switch response.body {
        case .memory(let data): body = data
        case .file(let url, _, let prefix): body = (try? Data(contentsOf: url)) ?? prefix
        }
        let headerBytes = response.headers.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 4 }
        return ScriptResponse(
            status: response.status, reason: HTTPStatus.reasonPhrase(for: response.status) ?? "",
            headers: response.headers.map { ($0.name, $0.value) }, body: body,
            durationMilliseconds: response.durationMilliseconds, size: body.count + headerBytes)
    }
}

extension AuthSetting {
    var postmanAuthJSON: JSONValue {
        switch self {
        case .inherit: return .null
        case .none: return .object(JSONObject([("type", .string("noauth"))]))
        case .auth(let definition): return definition.postmanJSON
        }
    }
}
