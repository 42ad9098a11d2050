import Foundation
import PostieJSON

/// `pm.sendRequest` goes through the run's own pipeline: variables resolved, auth signed, the same
/// transport (and its timeout, proxy and TLS settings).
extension RequestExecutor: ScriptRequestSending {
    public func sendScriptRequest(_ request: JSONValue, variables: VariableContext) -> Result<TransportResponse, ScriptRequestError> {
        let definition: RequestDefinition
        switch request {
        case .string(let url):
            definition = RequestDefinition(url: URLDefinition(parsing: url))
        default:
            do {
                definition = try RequestDefinition(postmanJSON: request, fallback: RequestDefinition(url: URLDefinition(raw: "")))
            } catch {
                return .failure(ScriptRequestError("pm.sendRequest: \(error)"))
            }
        }
        var auth: AuthDefinition?
        if case .auth(let given) = definition.auth { auth = given }
        let item = RequestItem(name: request["name"]?.stringValue ?? "pm.sendRequest", request: definition)
        let collectionRequest = CollectionRequest(
            item: item, folderPath: [], auth: auth, authSource: auth == nil ? nil : "request", scripts: [], folderVariables: [])
        let outcome = execute(collectionRequest, resolver: VariableResolver(context: variables, dynamicVariables: DynamicVariables()))
        if let response = outcome.response { return .success(response) }
        return .failure(ScriptRequestError(outcome.error ?? "no answer"))
    }
}
