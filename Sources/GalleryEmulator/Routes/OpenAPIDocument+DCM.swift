import Foundation
import PostieJSON

/// The DCM connection and subscription operations of the emulator's OpenAPI document (`V3DCMRoutes`,
/// `V3SubscriptionRoutes`).
extension OpenAPIDocument {
    typealias Paths = [(path: String, operations: [(method: String, operation: JSONValue)])]

    static let dcmId = parameter("id", in: "path")
    static let subscriptionId = parameter("subscriptionId", in: "path")
    /// DCM parameters: names with string, number or Boolean values.
    static let dcmParameters: JSONValue = [
        "type": "object", "additionalProperties": ["anyOf": [["type": "string"], ["type": "number"], ["type": "boolean"]]],
    ]
    static let dcmPartContract = object(
        [("id", string), ("name", string), ("schemaName", ["type": "string", "minLength": 1]), ("parameters", dcmParameters)],
        required: ["schemaName"])
    static let dcmConnectionContract = object(
        [
            ("id", string), ("connectionId", string), ("name", ["type": "string", "minLength": 1]),
            ("schemaName", ["type": "string", "minLength": 1]), ("parameters", dcmParameters), ("dataSource", dcmPartContract),
            (
                "credentials",
                array(
                    object(
                        [
                            ("credRole", ["type": "string", "minLength": 1]),
                            (
                                "credential",
                                object(
                                    [("schemaName", string), ("parameters", dcmParameters), ("secrets", dcmParameters)], required: ["schemaName"])
                            ),
                        ], required: ["credRole", "credential"]))
            ),
        ], required: ["name", "schemaName", "dataSource"])
    static let sharingContract = object([("userIds", array(string)), ("userGroupIds", array(string))])

    static let dcmPaths: Paths = [
        (
            "/v3/dcm/connections",
            [
                (
                    "post",
                    operation(
                        "DCM_UpsertConnection", "DCM", "Create a DCM connection, or update one of the caller's (id)",
                        body: jsonBody(dcmConnectionContract), answer: ref("DCMConnection"))
                )
            ]
        ),
        (
            "/v3/dcm/connections/lookup",
            [
                (
                    "get",
                    operation(
                        "DCM_LookupConnection", "DCM", "One of the caller's DCM connections by the connectionId workflows reference",
                        parameters: [parameter("connectionId")], answer: ref("DCMConnection"))
                )
            ]
        ),
        (
            "/v3/dcm/connections/{id}",
            [
                ("get", operation("DCM_GetConnection", "DCM", "One of the caller's DCM connections", parameters: [dcmId], answer: ref("DCMConnection"))),
                ("delete", operation("DCM_DeleteConnection", "DCM", "Delete one of the caller's DCM connections", parameters: [dcmId], answer: empty)),
            ]
        ),
        (
            "/v3/dcm/connections/{id}/sharing/execution",
            [
                (
                    "put",
                    operation(
                        "DCM_ShareForExecution", "DCM", "Share for running on the server with these users and groups (replaces the list)",
                        parameters: [dcmId], body: jsonBody(sharingContract), answer: ref("DCMConnection"))
                ),
                ("delete", operation("DCM_UnshareForExecution", "DCM", "Share for running with no one", parameters: [dcmId], answer: empty)),
            ]
        ),
        (
            "/v3/dcm/connections/{id}/sharing/collaboration",
            [
                (
                    "put",
                    operation(
                        "DCM_ShareForCollaboration", "DCM", "Share for editing with these users and groups (replaces the list)",
                        parameters: [dcmId], body: jsonBody(sharingContract), answer: ref("DCMConnection"))
                ),
                ("delete", operation("DCM_UnshareForCollaboration", "DCM", "Share for editing with no one", parameters: [dcmId], answer: empty)),
            ]
        ),
        (
            "/v3/dcm/admin/connections",
            [
                (
                    "get",
                    operation(
                        "DCMAdmin_GetConnections", "DCMAdmin", "Everyone's DCM connections (Curators)",
                        parameters: [parameter("connectionId"), parameter("visibleBy")], answer: array(ref("DCMConnection")))
                ),
                (
                    "post",
                    operation(
                        "DCMAdmin_UpsertConnection", "DCMAdmin", "Create or update anyone's DCM connection; ownerId owns it (Curators)",
                        body: jsonBody(
                            object(
                                (dcmConnectionContract["properties"]?.objectValue?.members.map { ($0.key, $0.value) } ?? []) + [("ownerId", string)],
                                required: ["name", "schemaName", "dataSource"])),
                        answer: ref("DCMConnection"))
                ),
            ]
        ),
        (
            "/v3/dcm/admin/connections/{id}",
            [
                (
                    "get",
                    operation("DCMAdmin_GetConnection", "DCMAdmin", "Anyone's DCM connection (Curators)", parameters: [dcmId], answer: ref("DCMConnection"))
                ),
                (
                    "delete",
                    operation("DCMAdmin_DeleteConnection", "DCMAdmin", "Delete anyone's DCM connection (Curators)", parameters: [dcmId], answer: empty)
                ),
            ]
        ),
        (
            "/v3/dcm/admin/connections/{id}/sharing/execution",
            [
                (
                    "delete",
                    operation("DCMAdmin_UnshareForExecution", "DCMAdmin", "Remove the execution sharing (Curators)", parameters: [dcmId], answer: empty)
                )
            ]
        ),
        (
            "/v3/dcm/admin/connections/{id}/sharing/collaboration",
            [
                (
                    "delete",
                    operation(
                        "DCMAdmin_UnshareForCollaboration", "DCMAdmin", "Remove the collaboration sharing (Curators)", parameters: [dcmId],
                        answer: empty)
                )
            ]
        ),
    ]

    static let subscriptionPaths: Paths = [
        (
            "/v3/subscriptions",
            [
                (
                    "get",
                    operation(
                        "Subscriptions_GetSubscriptions", "Subscriptions", "Subscriptions, filtered (Curators)",
                        parameters: [
                            parameter("name"), parameter("canShareSchedule", boolean), parameter("defaultWorkflowCredentialId"),
                            parameter("userCountGreaterThanEquals", ["type": "integer", "minimum": 0]),
                            parameter("userCountLessThanEquals", ["type": "integer", "minimum": 0]),
                            parameter("workflowCountGreaterThanEquals", ["type": "integer", "minimum": 0]),
                            parameter("workflowCountLessThanEquals", ["type": "integer", "minimum": 0]),
                        ], answer: array(ref("SubscriptionSummary")))
                ),
                (
                    "post",
                    operation(
                        "Subscriptions_CreateSubscription", "Subscriptions", "Create a subscription (Curators)",
                        body: jsonBody(
                            object(
                                [("name", ["type": "string", "minLength": 1]), ("canShareSchedule", boolean), ("credentialId", string)],
                                required: ["name", "canShareSchedule"])),
                        answer: ref("Subscription"))
                ),
            ]
        ),
        (
            "/v3/subscriptions/{subscriptionId}",
            [
                (
                    "get",
                    operation(
                        "Subscriptions_GetSubscription", "Subscriptions", "One subscription (Curators)", parameters: [subscriptionId],
                        answer: ref("Subscription"))
                ),
                (
                    "put",
                    operation(
                        "Subscriptions_UpdateSubscription", "Subscriptions", "Rename, change canShareSchedule or the default credential (Curators)",
                        parameters: [subscriptionId],
                        body: jsonBody(object([("name", string), ("canShareSchedule", boolean), ("credentialId", string)], required: [])),
                        answer: ref("Subscription"))
                ),
                (
                    "delete",
                    operation(
                        "Subscriptions_DeleteSubscription", "Subscriptions", "Delete an empty subscription (Curators)", parameters: [subscriptionId],
                        answer: empty)
                ),
            ]
        ),
        (
            "/v3/subscriptions/{subscriptionId}/users",
            [
                (
                    "put",
                    operation(
                        "Subscriptions_ChangeUsers", "Subscriptions", "Move users into the subscription (Curators)", parameters: [subscriptionId],
                        body: jsonBody(object([("userIds", ["type": "array", "items": string, "minItems": 1])])), answer: ref("Subscription"))
                )
            ]
        ),
    ]

    static let dcmSchemas: [(String, JSONValue)] = [
        ("DCMPart", object([("id", string), ("name", string), ("schemaName", string), ("parameters", dcmParameters)])),
        ("DCMSharing", object([("userIds", array(string)), ("userGroupIds", array(string))])),
        (
            "DCMConnection",
            object([
                ("id", string), ("connectionId", string), ("name", string), ("schemaName", string), ("ownerId", string),
                ("parameters", dcmParameters), ("dataSource", ref("DCMPart")),
                ("credentials", array(object([("credRole", string), ("credential", ref("DCMPart"))]))),
                ("sharing", object([("execution", ref("DCMSharing")), ("collaboration", ref("DCMSharing"))])),
                ("dateCreated", dateTime), ("dateUpdated", dateTime),
            ])
        ),
    ]

    static let subscriptionSchemas: [(String, JSONValue)] = [
        (
            "SubscriptionSummary",
            object([
                ("id", string), ("name", string), ("active", boolean), ("canShareSchedules", boolean), ("credentialId", string),
                ("expirationDate", dateTime), ("userCount", integer), ("workflowCount", integer),
            ])
        ),
        (
            "Subscription",
            object([
                ("id", string), ("name", string), ("apiKey", string), ("apiSecret", string), ("active", boolean), ("expirationDate", string),
                ("expDate", dateTime), ("dateUpdated", dateTime), ("apiEnabled", boolean), ("canShareSchedules", boolean),
                ("credentialId", string), ("credentials", array(object([("credentialId", string), ("id", string)]))),
                ("dataConnections", array(object([("dataConnectionId", string), ("id", string)]))),
            ])
        ),
    ]
}
