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

    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }
    static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }
    static let string: JSONValue = ["type": "string"]
    static let boolean: JSONValue = ["type": "boolean"]
    static let integer: JSONValue = ["type": "integer"]
    static let dateTime: JSONValue = ["type": "string", "format": "date-time"]

    static func object(_ properties: [(String, JSONValue)], required: [String]? = nil) -> JSONValue {
        var object = JSONObject([(key: "type", value: "object")])
        object["properties"] = .object(JSONObject(properties.map { (key: $0.0, value: $0.1) }))
        object["required"] = .array((required ?? properties.map(\.0)).map { .string($0) })
        return .object(object)
    }

    static func parameter(_ name: String, in place: String = "query", _ schema: JSONValue = string) -> JSONValue {
        ["name": .string(name), "in": .string(place), "required": .bool(place == "path"), "schema": schema]
    }

    static func json(_ schema: JSONValue) -> JSONValue { ["application/json": ["schema": schema]] }

    static let errorResponses: [(String, JSONValue)] = [
        ("400", ["description": "Bad request", "content": json(ref("Error"))]),
        ("401", ["description": "No valid bearer token, or API access disabled", "content": json(ref("Error"))]),
        ("403", ["description": "The caller's role may not do this", "content": json(ref("Error"))]),
        ("404", ["description": "Not found or not visible to the caller", "content": json(ref("Error"))]),
    ]

    /// One operation: its id, tag, parameters, body and the schema of its 200 answer.
    static func operation(
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

    static func jsonBody(_ schema: JSONValue) -> JSONValue { ["required": true, "content": json(schema)] }

    // MARK: The document

    static let workflowId = parameter("workflowId", in: "path")
    static let jobId = parameter("jobId", in: "path")
    static let userId = parameter("userId", in: "path")
    static let scheduleId = parameter("scheduleId", in: "path")
    static let credentialId = parameter("credentialId", in: "path")
    static let dataConnectionId = parameter("dataConnectionId", in: "path")
    static let view = parameter("view", ["type": "string", "enum": ["Default", "Full"]])
    static let collectionId = parameter("collectionId", in: "path")
    static let userGroupId = parameter("userGroupId", in: "path")
    static let empty: JSONValue = ["type": "object"]
    static let roleName: JSONValue = ["type": "string", "enum": ["Viewer", "Member", "Artisan", "Curator"]]
    /// The multipart form of a package upload.
    static func packageForm(_ extra: [(String, JSONValue)], required: [String]) -> JSONValue {
        [
            "required": true,
            "content": [
                "multipart/form-data": [
                    "schema": object(
                        [("file", ["type": "string", "format": "binary"]), ("name", string), ("ownerId", string)] + extra,
                        required: required)
                ]
            ],
        ]
    }

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
                        answer: array(["anyOf": [ref("WorkflowSummary"), ref("Workflow")]]))
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
            "/v3/workflows/{workflowId}/versions",
            [
                (
                    "post",
                    operation(
                        "Workflows_AddVersion", "Workflows", "Upload a new version (makePublished publishes it at once; its owner or a Curator)",
                        parameters: [workflowId],
                        body: packageForm(
                            [
                                ("makePublished", boolean), ("comments", string), ("othersMayDownload", boolean),
                                ("executionMode", ["type": "string", "enum": ["Safe", "SemiSafe", "Standard"]]),
                            ], required: ["file", "name", "ownerId", "makePublished"]),
                        answer: ref("Workflow"))
                )
            ]
        ),
        (
            "/v3/workflows/{workflowId}/transfer",
            [
                (
                    "put",
                    operation(
                        "Workflows_TransferWorkflow", "Workflows", "Give a workflow to another Artisan or Curator (Curators)",
                        parameters: [workflowId], body: jsonBody(object([("ownerId", string), ("transferSchedules", boolean)])),
                        answer: ref("Workflow"))
                )
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
            "/v3/jobs/{jobId}/output/{outputId}",
            [
                (
                    "get",
                    operation(
                        "Jobs_GetOutput", "Jobs", "A completed job's output file in the format asked",
                        parameters: [
                            jobId, parameter("outputId", in: "path"),
                            ["name": "format", "in": "query", "required": true, "schema": ["type": "string", "enum": ["Raw", "Csv"]]],
                        ],
                        answer: ["type": "string", "format": "binary"], answerType: "application/octet-stream")
                )
            ]
        ),
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
            "/v3/credentials/{credentialId}/userGroups",
            [
                (
                    "post",
                    operation(
                        "Credentials_ShareWithUserGroup", "Credentials", "Share a credential with a user group (Curators)",
                        parameters: [credentialId], body: jsonBody(object([("userGroupId", string)])), answer: ref("Credential"))
                )
            ]
        ),
        (
            "/v3/credentials/{credentialId}/userGroups/{userGroupId}",
            [
                (
                    "delete",
                    operation(
                        "Credentials_UnshareWithUserGroup", "Credentials", "Stop sharing a credential with a user group (Curators)",
                        parameters: [credentialId, userGroupId], answer: empty)
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
            "/v3/serverDataConnections/{dataConnectionId}/userGroups",
            [
                (
                    "post",
                    operation(
                        "ServerDataConnections_ShareWithUserGroup", "ServerDataConnections", "Share with a user group (Curators)",
                        parameters: [dataConnectionId], body: jsonBody(object([("userGroupId", string)])), answer: ref("DataConnection"))
                )
            ]
        ),
        (
            "/v3/serverDataConnections/{dataConnectionId}/userGroups/{userGroupId}",
            [
                (
                    "delete",
                    operation(
                        "ServerDataConnections_UnshareWithUserGroup", "ServerDataConnections", "Stop sharing with a user group (Curators)",
                        parameters: [dataConnectionId, userGroupId], answer: empty)
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
                        answer: array(["anyOf": [ref("UserSummary"), ref("User")]]))
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
        (
            "/v3/users/{userId}/deactivate",
            [
                (
                    "post",
                    operation(
                        "Users_DeactivateUser", "Users", "Deactivate a user; answers the user groups they left (Curators)",
                        parameters: [userId], answer: array(string))
                )
            ]
        ),
        (
            "/v3/users/{userId}/passwordReset",
            [
                (
                    "post",
                    operation(
                        "Users_ResetPassword", "Users", "Send the user a password reset (the emulator records it in the audit log; Curators)",
                        parameters: [userId], answer: empty)
                )
            ]
        ),
        (
            "/v3/users/{userId}/assets",
            [
                (
                    "get",
                    operation(
                        "Users_GetAssets", "Users", "What the user owns (Curators)",
                        parameters: [userId, parameter("assetType", ["type": "string", "enum": ["All", "Workflow", "Schedule", "Collection"]])],
                        answer: array(ref("Asset")))
                )
            ]
        ),
        (
            "/v3/users/{userId}/assetTransfer",
            [
                (
                    "put",
                    operation(
                        "Users_TransferAssets", "Users", "Give what the user owns to another Artisan or Curator (Curators)", parameters: [userId],
                        body: jsonBody(
                            object([("ownerId", string), ("transferWorkflows", boolean), ("transferSchedules", boolean), ("transferCollections", boolean)])),
                        answer: array(ref("Asset")))
                )
            ]
        ),
    ] + userGroupPaths + collectionPaths + dcmPaths + subscriptionPaths

    static let userGroupPaths: [(path: String, operations: [(method: String, operation: JSONValue)])] = [
        (
            "/v3/usergroups",
            [
                ("get", operation("UserGroups_GetUserGroups", "UserGroups", "User groups (Curators)", answer: array(ref("UserGroupSummary")))),
                (
                    "post",
                    operation(
                        "UserGroups_CreateUserGroup", "UserGroups", "Create a user group (Curators)",
                        body: jsonBody(object([("name", string), ("role", roleName)])), answer: ref("UserGroup"))
                ),
            ]
        ),
        (
            "/v3/usergroups/{userGroupId}",
            [
                ("get", operation("UserGroups_GetUserGroup", "UserGroups", "One user group with its members (Curators)", parameters: [userGroupId], answer: ref("UserGroup"))),
                (
                    "put",
                    operation(
                        "UserGroups_UpdateUserGroup", "UserGroups", "Rename a user group or change its role (Curators)", parameters: [userGroupId],
                        body: jsonBody(object([("name", string), ("role", roleName)], required: [])), answer: ref("UserGroup"))
                ),
                (
                    "delete",
                    operation(
                        "UserGroups_DeleteUserGroup", "UserGroups", "Delete a user group (forceDelete=true while it has members; Curators)",
                        parameters: [userGroupId, parameter("forceDelete", boolean)], answer: empty)
                ),
            ]
        ),
        (
            "/v3/usergroups/{userGroupId}/users",
            [
                (
                    "post",
                    operation(
                        "UserGroups_AddUsers", "UserGroups", "Add users (an array of ids) to a user group (Curators)", parameters: [userGroupId],
                        body: jsonBody(["type": "array", "items": string, "minItems": 1]), answer: ref("UserGroup"))
                )
            ]
        ),
        (
            "/v3/usergroups/{userGroupId}/users/{userId}",
            [
                (
                    "delete",
                    operation(
                        "UserGroups_RemoveUser", "UserGroups", "Remove a user from a user group (Curators)", parameters: [userGroupId, userId],
                        answer: empty)
                )
            ]
        ),
        (
            "/v3/usergroups/{userGroupId}/activedirectorygroups",
            [
                (
                    "post",
                    operation(
                        "UserGroups_AddActiveDirectoryGroup", "UserGroups", "Add an Active Directory group by SID (Curators)",
                        parameters: [userGroupId], body: jsonBody(object([("sid", string)])), answer: ref("UserGroup"))
                )
            ]
        ),
        (
            "/v3/usergroups/{userGroupId}/activedirectorygroups/{adGroupSid}",
            [
                (
                    "delete",
                    operation(
                        "UserGroups_RemoveActiveDirectoryGroup", "UserGroups", "Remove an Active Directory group (Curators)",
                        parameters: [userGroupId, parameter("adGroupSid", in: "path")], answer: empty)
                )
            ]
        ),
    ]

    static let collectionPaths: [(path: String, operations: [(method: String, operation: JSONValue)])] = [
        (
            "/v3/collections",
            [
                (
                    "get",
                    operation(
                        "Collections_GetCollections", "Collections", "Collections (all for a Curator, one's own and those one belongs to otherwise)",
                        answer: array(ref("CollectionSummary")))
                ),
                (
                    "post",
                    operation(
                        "Collections_CreateCollection", "Collections", "Create a collection (needs canCreateCollections)",
                        body: jsonBody(object([("name", string)])), answer: ref("Collection"))
                ),
            ]
        ),
        (
            "/v3/collections/{collectionId}",
            [
                ("get", operation("Collections_GetCollection", "Collections", "One collection", parameters: [collectionId], answer: ref("Collection"))),
                (
                    "put",
                    operation(
                        "Collections_UpdateCollection", "Collections", "Rename a collection or change its owner (its owner, an admin or a Curator)",
                        parameters: [collectionId], body: jsonBody(object([("name", string), ("ownerId", string)], required: [])),
                        answer: ref("Collection"))
                ),
                (
                    "delete",
                    operation(
                        "Collections_DeleteCollection", "Collections", "Delete a collection (its assets stay)", parameters: [collectionId], answer: empty)
                ),
            ]
        ),
        (
            "/v3/collections/{collectionId}/users",
            [
                (
                    "post",
                    operation(
                        "Collections_AddUser", "Collections", "Add a user with permissions", parameters: [collectionId],
                        body: jsonBody(ref("CollectionMemberContract")), answer: ref("Collection"))
                )
            ]
        ),
        (
            "/v3/collections/{collectionId}/users/{userId}/permissions",
            [
                (
                    "put",
                    operation(
                        "Collections_UpdateUserPermissions", "Collections", "Change a member's permissions", parameters: [collectionId, userId],
                        body: jsonBody(ref("CollectionPermissions")), answer: ref("Collection"))
                )
            ]
        ),
        (
            "/v3/collections/{collectionId}/users/{userId}",
            [("delete", operation("Collections_RemoveUser", "Collections", "Remove a user", parameters: [collectionId, userId], answer: empty))]
        ),
        (
            "/v3/collections/{collectionId}/userGroups",
            [
                (
                    "post",
                    operation(
                        "Collections_AddUserGroup", "Collections", "Add a user group with permissions", parameters: [collectionId],
                        body: jsonBody(ref("CollectionMemberContract")), answer: ref("Collection"))
                )
            ]
        ),
        (
            "/v3/collections/{collectionId}/userGroups/{userGroupId}/permissions",
            [
                (
                    "put",
                    operation(
                        "Collections_UpdateUserGroupPermissions", "Collections", "Change a user group's permissions",
                        parameters: [collectionId, userGroupId], body: jsonBody(ref("CollectionPermissions")), answer: ref("Collection"))
                )
            ]
        ),
        (
            "/v3/collections/{collectionId}/userGroups/{userGroupId}",
            [
                (
                    "delete",
                    operation("Collections_RemoveUserGroup", "Collections", "Remove a user group", parameters: [collectionId, userGroupId], answer: empty)
                )
            ]
        ),
        (
            "/v3/collections/{collectionId}/workflows",
            [
                (
                    "post",
                    operation(
                        "Collections_AddWorkflow", "Collections", "Add a workflow the caller may use", parameters: [collectionId],
                        body: jsonBody(object([("workflowId", string)])), answer: ref("Collection"))
                )
            ]
        ),
        (
            "/v3/collections/{collectionId}/workflows/{appId}",
            [
                (
                    "delete",
                    operation(
                        "Collections_RemoveWorkflow", "Collections", "Remove a workflow", parameters: [collectionId, parameter("appId", in: "path")],
                        answer: empty)
                )
            ]
        ),
        (
            "/v3/collections/{collectionId}/schedules",
            [
                (
                    "post",
                    operation(
                        "Collections_AddSchedule", "Collections", "Add one of the caller's schedules", parameters: [collectionId],
                        body: jsonBody(object([("scheduleId", string)])), answer: ref("Collection"))
                )
            ]
        ),
        (
            "/v3/collections/{collectionId}/schedules/{scheduleId}",
            [
                (
                    "delete",
                    operation("Collections_RemoveSchedule", "Collections", "Remove a schedule", parameters: [collectionId, scheduleId], answer: empty)
                )
            ]
        ),
    ]

    /// A collection member's permissions as answered.
    static let memberFlags: [(String, JSONValue)] = [
        ("isAdmin", boolean), ("canAddAssets", boolean), ("canUpdateAssets", boolean), ("canRemoveAssets", boolean),
        ("canAddUsers", boolean), ("canRemoveUsers", boolean), ("expirationDate", ["type": "string", "format": "date-time", "nullable": true]),
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
                ("userGroupPermissions", array(object([("userGroupId", string)]))),
            ])
        ),
        (
            "DataConnection",
            object([
                ("id", string), ("name", string), ("connectionString", string),
                ("userPermissions", array(object([("userId", string)]))), ("userGroupPermissions", array(object([("userGroupId", string)]))),
            ])
        ),
        ("Message", object([("status", integer), ("text", string), ("toolId", integer)])),
        ("Asset", object([("id", string), ("type", ["type": "string", "enum": ["Workflow", "Schedule", "Collection"]]), ("name", string)])),
        ("UserGroupSummary", object([("id", string), ("name", string), ("role", roleName), ("dateAdded", dateTime)])),
        (
            "UserGroup",
            object([
                ("id", string), ("name", string), ("role", roleName), ("dateAdded", dateTime), ("dateUpdated", dateTime),
                (
                    "members",
                    array(
                        object([
                            ("id", string), ("firstName", string), ("lastName", string), ("email", string), ("role", roleName),
                            ("isActive", boolean),
                        ]))
                ),
                ("activeDirectoryGroups", array(object([("sid", string)]))),
            ])
        ),
        ("CollectionSummary", object([("id", string), ("name", string), ("ownerId", string), ("dateAdded", dateTime)])),
        (
            "CollectionPermissions",
            object(
                [
                    ("isAdmin", boolean), ("canAddAssets", boolean), ("canUpdateAssets", boolean), ("canRemoveAssets", boolean),
                    ("canAddUsers", boolean), ("canRemoveUsers", boolean), ("expirationDate", dateTime),
                ], required: [])
        ),
        (
            "CollectionMemberContract",
            object(
                [("userId", string), ("userGroupId", string), ("expirationDate", dateTime), ("collectionPermissions", ref("CollectionPermissions"))],
                required: [])
        ),
        ("CollectionUserPermission", object([("userId", string)] + memberFlags)),
        ("CollectionUserGroupPermission", object([("userGroupId", string)] + memberFlags)),
        (
            "Collection",
            object([
                ("id", string), ("name", string), ("ownerId", string), ("dateAdded", dateTime),
                ("userPermissions", array(ref("CollectionUserPermission"))),
                ("userGroupPermissions", array(ref("CollectionUserGroupPermission"))),
                ("workflowIds", array(string)), ("scheduleIds", array(string)), ("insightIds", array(string)),
            ])
        ),
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
                "schemas": .object(JSONObject((schemas + dcmSchemas + subscriptionSchemas).map { (key: $0.0, value: $0.1) })),
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
