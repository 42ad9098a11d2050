import Foundation
import PostieHTTPServer
import PostieJSON

/// The v3 API under `/webapi/v3/…` (user keys; curators see every workflow and job), shaped after
/// Alteryx's Server API v3 documentation.
enum V3Routes {
    static let all: [Route] = [
        Route("GET", "v3/workflows", .v3, workflows),
        Route("GET", "v3/workflows/{workflowId}", .v3, workflow),
        Route("POST", "v3/workflows/{workflowId}/jobs", .v3, runJob),
        Route("GET", "v3/jobs/{jobId}", .v3, job),
    ]

    /// The workflows the caller may use (all of them for a curator), filtered by `name`, `ownerId`,
    /// `createdAfter`, `createdBefore`.
    static func workflows(_ context: RequestContext) throws -> HTTPResponse {
        let caller = context.caller
        let name = context.query.nonEmpty("name")
        let ownerId = context.query.nonEmpty("ownerId")
        let after = try context.query.date("createdAfter")
        let before = try context.query.date("createdBefore")
        let workflows = context.core.store.read { state in
            state.workflows.filter { workflow in
                !workflow.isDeleted && (caller.isCurator || state.canUse(workflow, caller))
                    && (name.map { workflow.name.range(of: $0, options: .caseInsensitive) != nil } ?? true)
                    && (ownerId.map { workflow.ownerId == $0 } ?? true)
                    && (after.map { workflow.uploadDate >= $0 } ?? true) && (before.map { workflow.uploadDate <= $0 } ?? true)
            }
        }
        return context.json(.array(workflows.map(Views.v3WorkflowSummary)))
    }

    static func workflow(_ context: RequestContext) throws -> HTTPResponse {
        context.json(Views.v3Workflow(try v3Workflow(context)))
    }

    /// Runs a workflow: `{"questions":[{"name":…,"value":…}],"priority":"Default","workerTag":"","credentialId":""}`.
    static func runJob(_ context: RequestContext) throws -> HTTPResponse {
        let workflow = try v3Workflow(context)
        let request = try SubscriptionRoutes.jobRequest(context, appId: workflow.id, defaultPriority: "Default")
        // A curator may run any workflow; the engine checks everyone else's access.
        var principal = context.caller
        if principal.isCurator { principal.credential.subscriptionId = workflow.subscriptionId }
        let job = try context.core.jobs.queue(request, by: principal)
        return context.json(Views.v3Job(job, at: job.createDate, includeMessages: true))
    }

    static func job(_ context: RequestContext) throws -> HTTPResponse {
        let job = try SubscriptionRoutes.visibleJob(context, id: context.parameter("jobId"), asAdmin: context.caller.isCurator)
        let includeMessages = try context.query.bool("includeMessages", default: true)
        return context.json(Views.v3Job(job, at: context.now, includeMessages: includeMessages))
    }

    private static func v3Workflow(_ context: RequestContext) throws -> Workflow {
        let id = context.parameter("workflowId")
        let caller = context.caller
        let workflow = context.core.store.read { state -> Workflow? in
            guard let workflow = state.workflow(id), caller.isCurator || state.canUse(workflow, caller) else { return nil }
            return workflow
        }
        guard let workflow else { throw GalleryError.notFound("No workflow with id \"\(id)\" is available to this key.") }
        return workflow
    }
}

/// `POST /webapi/oauth2/token`: the client-credentials grant (RFC 6749 §4.4). The client id is an API
/// key and the secret its secret, in the form body or an HTTP Basic `Authorization` header (§2.3.1).
/// Errors follow §5.2 (`{"error":…,"error_description":…}`) and never carry `WWW-Authenticate`.
enum TokenRoute {
    static let all: [Route] = [Route("POST", "oauth2/token", nil, token)]

    static func token(_ context: RequestContext) throws -> HTTPResponse {
        let request = context.request
        let pairs = FormBody.urlEncodedPairs(of: request) ?? FormURLEncoding.decode(String(decoding: request.body, as: UTF8.self))
        func field(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

        var clientId = field("client_id")
        var clientSecret = field("client_secret")
        if let authorization = request.headers["Authorization"], authorization.lowercased().hasPrefix("basic ") {
            let encoded = authorization.dropFirst(6).trimmingCharacters(in: .whitespaces)
            guard let decoded = Data(base64Encoded: encoded).map({ String(decoding: $0, as: UTF8.self) }),
                let colon = decoded.firstIndex(of: ":")
            else {
                return error(context, status: 401, "invalid_client", "The Basic Authorization header is not base64 of id:secret.")
            }
            clientId = FormURLEncoding.unescape(decoded[..<colon])
            clientSecret = FormURLEncoding.unescape(decoded[decoded.index(after: colon)...])
        }
        guard let grantType = field("grant_type"), !grantType.isEmpty else {
            return error(
                context, status: 400, "invalid_request",
                "grant_type is missing: send grant_type=client_credentials in an application/x-www-form-urlencoded body.")
        }
        guard grantType == "client_credentials" else {
            return error(
                context, status: 400, "unsupported_grant_type",
                "The grant type \"\(grantType)\" is not supported: use client_credentials.")
        }
        guard let id = clientId, !id.isEmpty, let secret = clientSecret else {
            return error(
                context, status: 401, "invalid_client",
                "No client credentials: send client_id and client_secret (your API key and secret) in the body or a Basic header.")
        }
        guard let credential = context.core.registry.credential(forKey: id), credential.secret == secret else {
            return error(context, status: 401, "invalid_client", "The client id or secret is not valid.")
        }
        let token = context.core.tokens.issue(for: credential.key, now: context.now)
        var response = context.json([
            "access_token": .string(token),
            "token_type": "bearer",
            "expires_in": .number(context.core.tokens.lifetime.rounded()),
        ])
        response.headers.set("Cache-Control", "no-store")
        response.headers.set("Pragma", "no-cache")
        return response
    }

    private static func error(_ context: RequestContext, status: Int, _ code: String, _ description: String) -> HTTPResponse {
        var response = context.json(["error": .string(code), "error_description": .string(description)], status: status)
        response.headers.set("Cache-Control", "no-store")
        return response
    }
}
