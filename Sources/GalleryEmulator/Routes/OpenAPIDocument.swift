import Foundation
import PostieHTTPServer
import PostieJSON

/// The emulator's own OpenAPI 3 document for the v3 API, served at `GET /webapi/swagger/docs/3` (no auth)
/// the way a real server serves its Swagger document, so Postman can import the emulator. Written by hand
/// for this project (not generated from the router): a test checks that every v3 route is in it and every
/// operation in it is served.
enum OpenAPIDocument {
    static let routes: [Route] = [
        Route("GET", "swagger/docs/3", nil) { context in context.json(document(serverURL: serverURL(context))) }
    ]

    static func serverURL(_ context: RequestContext) -> String {
        "http://\(context.request.headers["Host"] ?? context.core.currentAuthority)/webapi"
    }

    // MARK: Building blocks

    private static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }
    private static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }
    private static let string: JSONValue = ["type": "string"]
    private static let boolean: JSONValue = ["type": "boolean"]
    private static let integer: JSONValue = ["type": "integer"]
    private static let dateTime: JSONValue = ["type": "string", "format": "date-time"]

    private static func object(_ properties: [(String, JSONValue)], required: [String]? = nil) -> JSONValue {
        var object = JSONObject([(key: "type", value: "object")])
        object["properties"] = .object(JSONObject(properties.map { (key: $0.0, value: $0.1) }))
        object["required"] = .array((required ?? properties.map(\.0)).map { .string($0) })
        return .object(object)
    }

    private static func parameter(_ name: String, in place: String = "query", _ schema: JSONValue = string) -> JSONValue {
        ["name": .string(name), "in": .string(place), "required": .bool(place == "path"), "schema": schema]
    }

    private static func json(_ schema: JSONValue) -> JSONValue { ["application/json": ["schema": schema]] }

    private static let errorResponses: [(String, JSONValue)] = [
        ("400", ["description": "Bad request", "content": json(ref("Error"))]),
        ("401", ["description": "No valid bearer token, or API access disabled", "content": json(ref("Error"))]),
        ("403", ["description": "The caller's role may not do this", "content": json(ref("Error"))]),
        ("404", ["description": "Not found or not visible to the caller", "content": json(ref("Error"))]),
    ]

    /// One operation: its id, tag, parameters, body and the schema of its 200 answer.
    private static func operation(
        _ id: String, _ tag: String, _ summary: String, parameters: [JSONValue] = [], body: JSONValue? = nil,
        answer: JSONValue, answerType: String = "application/json"
    ) -> JSONValue {
        var object = JSONObject([
            (key: "operationId", value: .string(id)),
            (key: "tags", value: [.string(tag)]),
            (key: "summary", value: .string(summary)),
            (key: "parameters", value: .array(parameters)),
        ])
        if let body { object["requestBody"] = body }
        let ok: JSONValue = ["description": "OK", "content": [answerType: ["schema": answer]]]
        object["responses"] = .object(JSONObject([(key: "200", value: ok)] + errorResponses.map { (key: $0.0, value: $0.1) }))
        object["security"] = [["oauth2": []]]
        return .object(object)
    }

    private static func jsonBody(_ schema: JSONValue) -> JSONValue { ["required": true, "content": json(schema)] }

    // MARK: The document

    static let workflowId = parameter("workflowId", in: "path")
    static let jobId = parameter("jobId", in: "path")
    static let userId = parameter("userId", in: "path")
    static let scheduleId = parameter("scheduleId", in: "path")
    static let credentialId = parameter("credentialId", in: "path")
    static let dataConnectionId = parameter("dataConnectionId", in: "path")
    static let view = parameter("view", ["type": "string", "enum": ["Default", "Full"]])

    /// Paths (relative to `/webapi`) and their operations, by method.
    static let paths: [(path: String, operations: [(method: String, operation: JSONValue)])] = [
        (
            "/v3/workflows",
            [
                (
                    "get",
                    operation(
                        "Workflows_GetWorkflows", "Workflows", "The workflows the caller may use (all for a Curator)",
                        parameters: [view, parameter("name"), parameter("ownerId"), parameter("createdAfter", dateTime), parameter("createdBefore", dateTime)],
                        answer: array(["oneOf": [ref("WorkflowSummary"), ref("Workflow")]]))
                ),
                (
                    "post",
                    operation(
                        "Workflows_PostWorkflow", "Workflows", "Publish a workflow package (Artisan for themselves, Curator for anyone)",
                        body: [
                            "required": true,
                            "content": [
                                "multipart/form-data": [
                                    "schema": object(
                                        [
                                            ("file", ["type": "string", "format": "binary"]), ("name", string), ("ownerId", string),
                                            ("comments", string), ("isPublic", boolean), ("isReadyForMigration", boolean),
                                            ("othersMayDownload", boolean), ("workerTag", string), ("sourceAppId", string),
                                            ("executionMode", ["type": "string", "enum": ["Safe", "SemiSafe", "Standard"]]),
                                        ], required: ["file", "name", "ownerId"])
                                ]
                            ],
                        ],
                        answer: ref("Workflow"))
                ),
            ]
        ),
        (
            "/v3/workflows/{workflowId}",
            [
                ("get", operation("Workflows_GetWorkflow", "Workflows", "One workflow with its versions and questions", parameters: [workflowId], answer: ref("Workflow"))),
                (
                    "put",
                    operation(
                        "Workflows_UpdateWorkflow", "Workflows", "Update a workflow (its owner or a Curator)", parameters: [workflowId],
                        body: jsonBody(
                            object(
                                [
                                    ("name", string), ("versionId", string), ("makePublished", boolean), ("ownerId", string),
                                    ("workerTag", string), ("comments", string), ("isPublic", boolean), ("isReadyForMigration", boolean),
                                    ("othersMayDownload", boolean), ("executionMode", string),
                                ], required: [])),
                        answer: ref("Workflow"))
                ),
                (
                    "delete",
                    operation(
                        "Workflows_DeleteWorkflow", "Workflows", "Delete a workflow (force=true deletes its schedules too)",
                        parameters: [workflowId, parameter("force", boolean)], answer: ["type": "object"])
                ),
            ]
        ),
        (
            "/v3/workflows/{workflowId}/package",
            [
                (
                    "get",
                    operation(
                        "Workflows_GetPackage", "Workflows", "The workflow package (.yxzp)", parameters: [workflowId, parameter("versionId")],
                        answer: ["type": "string", "format": "binary"], answerType: "application/octet-stream")
                )
            ]
        ),
        (
            "/v3/workflows/{workflowId}/questions",
            [("get", operation("Workflows_GetQuestions", "Workflows", "The app questions", parameters: [workflowId, parameter("versionId")], answer: array(ref("Question"))))]
        ),
        (
            "/v3/workflows/{workflowId}/jobs",
            [
                ("get", operation("Workflows_GetJobs", "Workflows", "The workflow's jobs, newest first", parameters: [workflowId], answer: array(ref("JobSummary")))),
                (
                    "post",
                    operation(
                        "Workflows_CreateJob", "Workflows", "Run the workflow", parameters: [workflowId],
                        body: jsonBody(
                            object(
                                [
                                    ("questions", array(object([("name", string), ("value", string)]))),
                                    ("priority", ["type": "string", "enum": ["Default", "Low", "Medium", "High", "Critical"]]),
                                    ("workerTag", string), ("credentialId", string),
                                ], required: [])),
                        answer: ref("Job"))
                ),
            ]
        ),
        (
            "/v3/jobs",
            [
                (
                    "get",
                    operation(
                        "Jobs_GetJobs", "Jobs", "Every job (Curators)",
                        parameters: [
                            parameter("status", ["type": "string", "enum": ["Queued", "Initializing", "Running", "Complete"]]),
                            parameter("workflowId"), parameter("direction", ["type": "string", "enum": ["asc", "desc"]]),
                            parameter("offset", integer), parameter("limit", integer),
                        ],
                        answer: array(ref("JobSummary")))
                )
            ]
        ),
        (
            "/v3/jobs/{jobId}",
            [
                ("get", operation("Jobs_GetJob", "Jobs", "One job", parameters: [jobId, parameter("includeMessages", boolean)], answer: ref("Job"))),
                ("delete", operation("Jobs_CancelJob", "Jobs", "Cancel a queued or running job", parameters: [jobId], answer: ref("Job"))),
            ]
        ),
        ("/v3/jobs/{jobId}/messages", [("get", operation("Jobs_GetMessages", "Jobs", "The job's engine messages", parameters: [jobId], answer: array(ref("Message"))))]),
        (
            "/v3/schedules",
            [
                (
                    "get",
                    operation(
                        "Schedules_GetSchedules", "Schedules", "Schedules (all for a Curator, one's own otherwise)",
                        parameters: [parameter("ownerId"), parameter("workflowId")], answer: array(ref("Schedule")))
                ),
                (
                    "post",
                    operation(
                        "Schedules_CreateSchedule", "Schedules", "Schedule a workflow (needs canScheduleJobs)",
                        body: jsonBody(ref("ScheduleContract")), answer: ref("Schedule"))
                ),
            ]
        ),
        (
            "/v3/schedules/{scheduleId}",
            [
                ("get", operation("Schedules_GetSchedule", "Schedules", "One schedule", parameters: [scheduleId], answer: ref("Schedule"))),
                (
                    "put",
                    operation(
                        "Schedules_UpdateSchedule", "Schedules", "Update a schedule (its owner or a Curator)", parameters: [scheduleId],
                        body: jsonBody(ref("ScheduleContract")), answer: ref("Schedule"))
                ),
                ("delete", operation("Schedules_DeleteSchedule", "Schedules", "Delete a schedule", parameters: [scheduleId], answer: ["type": "object"])),
            ]
        ),
        (
            "/v3/credentials",
            [
                (
                    "get",
                    operation(
                        "Credentials_GetCredentials", "Credentials", "Credentials (all for a Curator, those shared with you otherwise)",
                        parameters: [parameter("userId")], answer: array(ref("CredentialSummary")))
                ),
                (
                    "post",
                    operation(
                        "Credentials_CreateCredential", "Credentials", "Store a credential (Curators)",
                        body: jsonBody(object([("username", string), ("password", string)])), answer: ref("Credential"))
                ),
            ]
        ),
        (
            "/v3/credentials/{credentialId}",
            [
                ("get", operation("Credentials_GetCredential", "Credentials", "One credential", parameters: [credentialId], answer: ref("Credential"))),
                (
                    "delete",
                    operation(
                        "Credentials_DeleteCredential", "Credentials", "Delete a credential (force=true even while shared)",
                        parameters: [credentialId, parameter("force", boolean)], answer: ["type": "object"])
                ),
            ]
        ),
        (
            "/v3/credentials/{credentialId}/users",
            [
                (
                    "post",
                    operation(
                        "Credentials_ShareWithUser", "Credentials", "Share a credential with a user (Curators)", parameters: [credentialId],
                        body: jsonBody(object([("userId", string)])), answer: ref("Credential"))
                )
            ]
        ),
        (
            "/v3/credentials/{credentialId}/users/{userId}",
            [
                (
                    "delete",
                    operation(
                        "Credentials_UnshareWithUser", "Credentials", "Stop sharing a credential with a user (Curators)",
                        parameters: [credentialId, userId], answer: ["type": "object"])
                )
            ]
        ),
        (
            "/v3/serverDataConnections",
            [
                (
                    "get",
                    operation(
                        "ServerDataConnections_GetConnections", "ServerDataConnections", "The server's data connections (Curators)",
                        answer: array(object([("id", string), ("name", string), ("connectionString", string)])))
                )
            ]
        ),
        (
            "/v3/serverDataConnections/{dataConnectionId}",
            [
                (
                    "get",
                    operation(
                        "ServerDataConnections_GetConnection", "ServerDataConnections", "One data connection (Curators)",
                        parameters: [dataConnectionId], answer: ref("DataConnection"))
                ),
                (
                    "put",
                    operation(
                        "ServerDataConnections_UpdateConnection", "ServerDataConnections", "Rename a data connection (Curators)",
                        parameters: [dataConnectionId], body: jsonBody(object([("name", string)])), answer: ref("DataConnection"))
                ),
                (
                    "delete",
                    operation(
                        "ServerDataConnections_DeleteConnection", "ServerDataConnections", "Delete a data connection (Curators)",
                        parameters: [dataConnectionId], answer: ["type": "object"])
                ),
            ]
        ),
        (
            "/v3/serverDataConnections/{dataConnectionId}/users",
            [
                (
                    "post",
                    operation(
                        "ServerDataConnections_ShareWithUser", "ServerDataConnections", "Share with a user (Curators)",
                        parameters: [dataConnectionId], body: jsonBody(object([("userId", string)])), answer: ref("DataConnection"))
                )
            ]
        ),
        (
            "/v3/serverDataConnections/{dataConnectionId}/users/{userId}",
            [
                (
                    "delete",
                    operation(
                        "ServerDataConnections_UnshareWithUser", "ServerDataConnections", "Stop sharing with a user (Curators)",
                        parameters: [dataConnectionId, userId], answer: ["type": "object"])
                )
            ]
        ),
        (
            "/v3/users",
            [
                (
                    "get",
                    operation(
                        "Users_GetUsers", "Users", "Users (Curators)",
                        parameters: [view, parameter("email"), parameter("role"), parameter("firstName"), parameter("lastName"), parameter("active", boolean)],
                        answer: array(["oneOf": [ref("UserSummary"), ref("User")]]))
                ),
                ("post", operation("Users_CreateUser", "Users", "Create a user (Curators)", body: jsonBody(ref("UserContract")), answer: ref("User"))),
            ]
        ),
        (
            "/v3/users/{userId}",
            [
                ("get", operation("Users_GetUser", "Users", "One user (yourself, or anyone for a Curator)", parameters: [userId], answer: ref("User"))),
                ("put", operation("Users_UpdateUser", "Users", "Update a user (Curators)", parameters: [userId], body: jsonBody(ref("UserContract")), answer: ref("User"))),
                ("delete", operation("Users_DeleteUser", "Users", "Delete a user who owns nothing (Curators)", parameters: [userId], answer: ["type": "object"])),
            ]
        ),
    ]

    static let schemas: [(String, JSONValue)] = [
        ("Error", object([("data", ["nullable": true]), ("exceptionName", string), ("innerExceptionMessage", string), ("message", string)])),
        (
            "WorkflowSummary",
            object([
                ("id", string), ("sourceAppId", string), ("name", string), ("ownerId", string), ("dateCreated", dateTime),
                ("publishedVersionNumber", integer), ("isAmp", boolean), ("executionMode", string),
            ])
        ),
        (
            "Workflow",
            object([
                ("id", string), ("sourceAppId", string), ("name", string), ("ownerId", string), ("dateCreated", dateTime),
                ("publishedVersionNumber", integer), ("publishedVersionId", string), ("isAmp", boolean), ("executionMode", string),
                ("runCount", integer), ("workerTag", string), ("districtTags", array(string)), ("comments", string),
                ("isPublic", boolean), ("isReadyForMigration", boolean), ("othersMayDownload", boolean),
                ("othersCanExecute", boolean), ("hasPrivateDataExemption", boolean), ("questions", array(ref("Question"))),
                ("versions", array(["type": "object"])),
            ])
        ),
        (
            "Question",
            object([
                ("name", string), ("type", string), ("description", string), ("value", string),
                ("items", array(object([("key", string), ("value", string)]))), ("multiple", boolean),
            ])
        ),
        (
            "JobSummary",
            object([
                ("id", string), ("appId", string), ("createDateTime", dateTime), ("status", string), ("disposition", string),
                ("priority", string), ("workerTag", string), ("runWithE2", boolean),
            ])
        ),
        (
            "Job",
            object(
                [
                    ("id", string), ("appId", string), ("createDateTime", dateTime),
                    ("status", ["type": "string", "enum": ["Queued", "Initializing", "Running", "Complete"]]),
                    ("disposition", ["type": "string", "enum": ["None", "Success", "Error", "Cancelled"]]),
                    ("outputs", array(object([("id", string), ("availableFormats", array(string)), ("fileName", string)]))),
                    ("messages", array(ref("Message"))), ("priority", string), ("workerTag", string), ("runWithE2", boolean),
                ],
                required: ["id", "appId", "createDateTime", "status", "disposition", "outputs", "priority", "workerTag", "runWithE2"])
        ),
        (
            "Iteration",
            object(
                [
                    ("iterationType", ["type": "string", "enum": ["Daily", "Weekly"]]), ("startTime", string),
                    ("daysOfWeek", array(["type": "string", "enum": ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]])),
                ], required: ["iterationType", "startTime"])
        ),
        (
            "Schedule",
            object([
                ("id", string), ("name", string), ("workflowId", string), ("versionId", string), ("ownerId", string),
                ("runDateTime", ["type": "string", "format": "date-time", "nullable": true]), ("comment", string),
                ("enabled", boolean), ("priority", string), ("workerTag", string), ("status", string), ("credentialId", string),
                ("creationTime", dateTime), ("lastRunTime", dateTime), ("state", string), ("runCount", integer),
                ("frequency", string), ("lastError", string), ("canEdit", boolean), ("iteration", ref("Iteration")),
                ("timeZone", string),
            ])
        ),
        (
            "ScheduleContract",
            object(
                [
                    ("workflowId", string), ("name", string), ("iteration", ref("Iteration")), ("comment", string),
                    ("enabled", boolean), ("priority", ["type": "string", "enum": ["Default", "Low", "Medium", "High", "Critical"]]),
                    ("workerTag", string), ("credentialId", string),
                ], required: [])
        ),
        ("CredentialSummary", object([("id", string), ("username", string)])),
        (
            "Credential",
            object([
                ("id", string), ("username", string), ("userPermissions", array(object([("userId", string)]))),
                ("userGroupPermissions", array(["type": "object"])),
            ])
        ),
        (
            "DataConnection",
            object([
                ("id", string), ("name", string), ("connectionString", string),
                ("userPermissions", array(object([("userId", string)]))), ("userGroupPermissions", array(["type": "object"])),
            ])
        ),
        ("Message", object([("status", integer), ("text", string), ("toolId", integer)])),
        (
            "UserSummary",
            object([
                ("id", string), ("firstName", string), ("lastName", string), ("email", string), ("role", string),
                ("dateCreated", dateTime), ("isActive", boolean),
            ])
        ),
        (
            "User",
            object([
                ("id", string), ("firstName", string), ("lastName", string), ("email", string), ("role", string),
                ("defaultWorkerTag", string), ("canScheduleJobs", boolean), ("canPrioritizeJobs", boolean),
                ("canAssignJobs", boolean), ("canCreateCollections", boolean), ("isApiEnabled", boolean),
                ("defaultCredentialId", string), ("isAccountLocked", boolean), ("isActive", boolean), ("isValidated", boolean),
                ("timeZone", string), ("language", string), ("dateCreated", dateTime),
            ])
        ),
        (
            "UserContract",
            object(
                [
                    ("firstName", string), ("lastName", string), ("email", string),
                    ("role", ["type": "string", "enum": ["Viewer", "Member", "Artisan", "Curator"]]),
                    ("defaultWorkerTag", string), ("canScheduleJobs", boolean), ("canPrioritizeJobs", boolean),
                    ("canAssignJobs", boolean), ("canCreateCollections", boolean), ("isApiEnabled", boolean),
                    ("defaultCredentialId", string), ("isAccountLocked", boolean), ("isActive", boolean),
                    ("isValidated", boolean), ("timeZone", string), ("language", string),
                ], required: [])
        ),
    ]

    /// The whole document, its server at `serverURL` (`http://host:port/webapi`).
    static func document(serverURL: String) -> JSONValue {
        [
            "openapi": "3.0.3",
            "info": [
                "title": "postie Gallery emulator: Alteryx Server API V3",
                "version": "3",
                "description": "The V3 operations postie's emulator serves, on the same store as its legacy and /webapi v1 APIs.",
            ],
            "servers": [["url": .string(serverURL)]],
            "paths": .object(
                JSONObject(
                    paths.map { entry in
                        (key: entry.path, value: .object(JSONObject(entry.operations.map { (key: $0.method, value: $0.operation) })))
                    })),
            "components": [
                "schemas": .object(JSONObject(schemas.map { (key: $0.0, value: $0.1) })),
                "securitySchemes": [
                    "oauth2": [
                        "type": "oauth2",
                        "flows": ["clientCredentials": ["tokenUrl": .string(serverURL + "/oauth2/token"), "scopes": [:]]],
                    ]
                ],
            ],
        ]
    }
}
