import Foundation
import PostieHTTPServer
import PostieJSON

// The DCM (Data Connection Manager) endpoints of the Server API V3, from Alteryx's help page "DCM
// Endpoints" (help.alteryx.com/{20232,20241,20242,current}/{en,de,fr,es,it,ja,pt,zh-CHS}/server/api-overview/
// alteryx-server-api-v3/server-api-v3-objects/dcme-endpoints.html) and, for the admin group and the
// collaboration sharing, the paths a public Server API client calls:
//
// For users with API access ("each user can only see and manage their own connections"):
//   GET    /v3/dcm/connections/{id}                          the connection with its data source, credentials, sharing
//   GET    /v3/dcm/connections/lookup?connectionId=…         the same, by the id workflows reference it by
//   POST   /v3/dcm/connections                               upsert (create, or update the one `id` names)
//   DELETE /v3/dcm/connections/{id}
//   PUT    /v3/dcm/connections/{id}/sharing/execution        sharingContract {userIds:[], userGroupIds:[]}: both
//                                                            arrays required, one may be empty; overwrites
//   DELETE /v3/dcm/connections/{id}/sharing/execution        "to remove existing sharing, use the DELETE endpoint"
//   PUT    /v3/dcm/connections/{id}/sharing/collaboration    the same contract, for sharing to edit
//   DELETE /v3/dcm/connections/{id}/sharing/collaboration
// For admins (Curators; 403 for everyone else):
//   GET    /v3/dcm/admin/connections?connectionId=…&visibleBy=…
//   POST   /v3/dcm/admin/connections                         upsert on anyone's connection (`ownerId`)
//   GET    /v3/dcm/admin/connections/{id}
//   DELETE /v3/dcm/admin/connections/{id}
//   DELETE /v3/dcm/admin/connections/{id}/sharing/execution
//   DELETE /v3/dcm/admin/connections/{id}/sharing/collaboration
//
// The page says every DCM endpoint needs TLS on the server. The emulator listens on plain HTTP only and
// serves them there: a flow rehearsed against it sends the same requests it would send over HTTPS.
// What the stored page does not show (the upsert body, the answers' member names beyond id, connectionId,
// schemaName, dataSource, credentials with their credRole, and the sharing lists) follows the page's
// description of a connection: the emulator's choice, listed in its OpenAPI document. Secrets are kept
// and never answered; a connection someone else owns is 404 on the user endpoints, as if absent.

/// `/webapi/v3/dcm/…`: DCM connections, on the user endpoints the caller's own, on the admin
/// endpoints (Curators) everyone's.
enum V3DCMRoutes {
    static let all: [Route] = [
        Route("GET", "v3/dcm/connections/lookup", .v3, lookup),
        Route("GET", "v3/dcm/connections/{id}", .v3, connection),
        Route("POST", "v3/dcm/connections", .v3, upsert),
        Route("DELETE", "v3/dcm/connections/{id}", .v3, delete),
        Route("PUT", "v3/dcm/connections/{id}/sharing/execution", .v3) { try share($0, .execution) },
        Route("DELETE", "v3/dcm/connections/{id}/sharing/execution", .v3) { try unshare($0, .execution, admin: false) },
        Route("PUT", "v3/dcm/connections/{id}/sharing/collaboration", .v3) { try share($0, .collaboration) },
        Route("DELETE", "v3/dcm/connections/{id}/sharing/collaboration", .v3) { try unshare($0, .collaboration, admin: false) },
        Route("GET", "v3/dcm/admin/connections", .v3, adminConnections),
        Route("POST", "v3/dcm/admin/connections", .v3, adminUpsert),
        Route("GET", "v3/dcm/admin/connections/{id}", .v3, adminConnection),
        Route("DELETE", "v3/dcm/admin/connections/{id}", .v3, adminDelete),
        Route("DELETE", "v3/dcm/admin/connections/{id}/sharing/execution", .v3) { try unshare($0, .execution, admin: true) },
        Route("DELETE", "v3/dcm/admin/connections/{id}/sharing/collaboration", .v3) { try unshare($0, .collaboration, admin: true) },
    ]

    /// Which of a connection's two sharing lists.
    enum SharingKind: String {
        case execution, collaboration

        var keyPath: WritableKeyPath<DCMConnection, DCMConnection.Sharing> {
            switch self {
            case .execution: return \.execution
            case .collaboration: return \.collaboration
            }
        }
    }

    // MARK: User endpoints

    static func connection(_ context: RequestContext) throws -> HTTPResponse {
        context.json(view(try own(context)))
    }

    /// `GET /v3/dcm/connections/lookup?connectionId=…`: by the id workflows use, not the DCM id.
    static func lookup(_ context: RequestContext) throws -> HTTPResponse {
        guard let reference = context.query.nonEmpty("connectionId") else {
            throw GalleryError.badRequest("The query parameter connectionId (the id workflows reference the connection by) is required.")
        }
        let userId = context.caller.userId ?? ""
        guard let found = context.core.store.read({ $0.dcmConnections.first { $0.connectionId == reference && $0.ownerId == userId } }) else {
            throw GalleryError.notFound("No DCM connection of yours has the connectionId \"\(reference)\".")
        }
        return context.json(view(found))
    }

    /// `POST /v3/dcm/connections`: creates a connection the caller owns, or updates the caller's own
    /// connection that `id` names (404 when it names none of theirs).
    static func upsert(_ context: RequestContext) throws -> HTTPResponse {
        let body = try V3Routes.objectBody(context)
        let userId = context.caller.userId ?? ""
        let contract = try ConnectionContract(body)
        let now = context.now
        let saved = try context.core.store.write { state -> DCMConnection in
            try contract.save(in: &state, owner: userId, onlyOwnedBy: userId, at: now)
        }
        return context.json(view(saved))
    }

    static func delete(_ context: RequestContext) throws -> HTTPResponse {
        let connection = try own(context)
        context.core.store.write { state in state.dcmConnections.removeAll { $0.id == connection.id } }
        return context.json(.object(JSONObject()))
    }

    /// `PUT …/sharing/{execution|collaboration}`: replaces that sharing with the contract's lists.
    static func share(_ context: RequestContext, _ kind: SharingKind) throws -> HTTPResponse {
        let connection = try own(context)
        let sharing = try sharingContract(context)
        let now = context.now
        let saved = try context.core.store.write { state -> DCMConnection in
            for id in sharing.userIds {
                guard let user = state.user(id) else { throw GalleryError.badRequest("The user id \"\(id)\" is not a user on this server.") }
                guard user.active else { throw GalleryError.badRequest("The user \(id) is deactivated: a connection cannot be shared with them.") }
            }
            for id in sharing.userGroupIds where !state.userGroups.contains(where: { $0.id == id }) {
                throw GalleryError.badRequest("The user group id \"\(id)\" is not a user group on this server.")
            }
            guard let index = state.dcmConnections.firstIndex(where: { $0.id == connection.id }) else { throw notFound(connection.id) }
            state.dcmConnections[index][keyPath: kind.keyPath] = sharing
            state.dcmConnections[index].dateUpdated = now
            return state.dcmConnections[index]
        }
        return context.json(view(saved))
    }

    /// `DELETE …/sharing/{execution|collaboration}`: shares it with no one that way.
    static func unshare(_ context: RequestContext, _ kind: SharingKind, admin: Bool) throws -> HTTPResponse {
        let connection = admin ? try anyones(context) : try own(context)
        let now = context.now
        context.core.store.write { state in
            guard let index = state.dcmConnections.firstIndex(where: { $0.id == connection.id }) else { return }
            state.dcmConnections[index][keyPath: kind.keyPath] = DCMConnection.Sharing()
            state.dcmConnections[index].dateUpdated = now
        }
        return context.json(.object(JSONObject()))
    }

    // MARK: Admin endpoints

    /// Every connection, filtered by `connectionId` (the workflow reference) and `visibleBy` (a user id:
    /// the connections they own or have shared with them, directly or through a group).
    static func adminConnections(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "list everyone's DCM connections")
        let reference = context.query.nonEmpty("connectionId")
        let visibleBy = context.query.nonEmpty("visibleBy")
        let found = try context.core.store.read { state -> [DCMConnection] in
            var groups: Set<String> = []
            if let visibleBy {
                guard state.user(visibleBy) != nil else {
                    throw GalleryError.badRequest("The query parameter visibleBy must be a user id; \"\(visibleBy)\" is not a user on this server.")
                }
                groups = state.groupIds(of: visibleBy)
            }
            return state.dcmConnections.filter { connection in
                (reference.map { connection.connectionId == $0 } ?? true)
                    && (visibleBy.map { connection.isVisible(to: $0, groupIds: groups) } ?? true)
            }
        }
        return context.json(.array(found.map(view)))
    }

    /// `POST /v3/dcm/admin/connections`: the user upsert on anyone's connection; `ownerId` (default the
    /// caller) owns a new one, and moves an existing one to that user.
    static func adminUpsert(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "create or change other users' DCM connections")
        let body = try V3Routes.objectBody(context)
        let contract = try ConnectionContract(body)
        let ownerId = try body.string("ownerId").flatMap { $0.isEmpty ? nil : $0 }
        let caller = context.caller.userId ?? ""
        let now = context.now
        let saved = try context.core.store.write { state -> DCMConnection in
            if let ownerId {
                guard let owner = state.user(ownerId), owner.active else {
                    throw GalleryError.badRequest("ownerId must be an active user's id; \"\(ownerId)\" is not one.")
                }
            }
            return try contract.save(in: &state, owner: ownerId ?? caller, onlyOwnedBy: nil, at: now, moving: ownerId != nil)
        }
        return context.json(view(saved))
    }

    static func adminConnection(_ context: RequestContext) throws -> HTTPResponse {
        context.json(view(try anyones(context)))
    }

    static func adminDelete(_ context: RequestContext) throws -> HTTPResponse {
        let connection = try anyones(context)
        context.core.store.write { state in state.dcmConnections.removeAll { $0.id == connection.id } }
        return context.json(.object(JSONObject()))
    }

    // MARK: Bodies

    /// `sharingContract`: `{"userIds":[…],"userGroupIds":[…]}`, both arrays of ids, not both empty.
    static func sharingContract(_ context: RequestContext) throws -> DCMConnection.Sharing {
        let body = try V3Routes.objectBody(context)
        func ids(_ key: String) throws -> [String] {
            guard case .array(let items)? = body.object[key] else {
                throw GalleryError.badRequest("\(key) is required: an array of ids (it may be empty when the other one is not).")
            }
            var ids: [String] = []
            for item in items {
                guard let id = item.stringValue?.trimmingCharacters(in: .whitespaces), !id.isEmpty else {
                    throw GalleryError.badRequest("Every member of \(key) must be an id (a non-empty string).")
                }
                if !ids.contains(id) { ids.append(id) }
            }
            return ids
        }
        let sharing = DCMConnection.Sharing(userIds: try ids("userIds"), userGroupIds: try ids("userGroupIds"))
        guard !sharing.isEmpty else {
            throw GalleryError.badRequest(
                "userIds and userGroupIds are both empty: share with at least one user or group, or use DELETE to remove the sharing.")
        }
        return sharing
    }

    /// What a connection upsert sends.
    struct ConnectionContract {
        var id: String?
        var connectionId: String?
        var name: String
        var schemaName: String
        var parameters: JSONObject
        var dataSource: DCMConnection.Part
        var credentials: [DCMConnection.RoleCredential]

        init(_ body: JSONObjectBody) throws {
            id = try body.string("id").flatMap { $0.isEmpty ? nil : $0 }
            connectionId = try body.string("connectionId").flatMap { $0.isEmpty ? nil : $0 }
            guard let name = try body.string("name"), !name.isEmpty else { throw GalleryError.badRequest("name (the connection's name) is required.") }
            guard let schemaName = try body.string("schemaName"), !schemaName.isEmpty else {
                throw GalleryError.badRequest("schemaName (the connection schema, such as database-odbc-mssql-username_password) is required.")
            }
            self.name = name
            self.schemaName = schemaName
            parameters = try Self.parameters(body.object["parameters"], "parameters")
            guard case .object(let source)? = body.object["dataSource"] else {
                throw GalleryError.badRequest("dataSource is required: an object with schemaName and parameters.")
            }
            dataSource = try Self.part(JSONObjectBody(object: source), "dataSource")
            credentials = []
            switch body.object["credentials"] ?? .null {
            case .null: break
            case .array(let items):
                for (index, item) in items.enumerated() {
                    guard case .object(let entry) = item else { throw GalleryError.badRequest("credentials[\(index)] must be an object.") }
                    let entryBody = JSONObjectBody(object: entry)
                    guard let role = try entryBody.string("credRole"), !role.isEmpty else {
                        throw GalleryError.badRequest("credentials[\(index)].credRole (such as main) is required.")
                    }
                    guard !credentials.contains(where: { $0.credRole == role }) else {
                        throw GalleryError.badRequest("Two credentials have the credRole \"\(role)\": each credential needs its own role.")
                    }
                    guard case .object(let credential)? = entry["credential"] else {
                        throw GalleryError.badRequest("credentials[\(index)].credential is required: an object with schemaName and parameters.")
                    }
                    var part = try Self.part(JSONObjectBody(object: credential), "credentials[\(index)].credential")
                    part.secretNames = try Self.parameters(credential["secrets"], "credentials[\(index)].credential.secrets").keys
                    credentials.append(DCMConnection.RoleCredential(credRole: role, credential: part))
                }
            default:
                throw GalleryError.badRequest("credentials must be an array of {credRole, credential}.")
            }
        }

        private static func part(_ body: JSONObjectBody, _ place: String) throws -> DCMConnection.Part {
            guard let schemaName = try body.string("schemaName"), !schemaName.isEmpty else {
                throw GalleryError.badRequest("\(place).schemaName is required.")
            }
            return DCMConnection.Part(
                id: try body.string("id") ?? "", name: try body.string("name") ?? "", schemaName: schemaName,
                parameters: try parameters(body.object["parameters"], "\(place).parameters"))
        }

        /// An object of strings, numbers and Booleans; absent is empty.
        private static func parameters(_ value: JSONValue?, _ place: String) throws -> JSONObject {
            switch value ?? .null {
            case .null: return JSONObject()
            case .object(let object):
                for key in object.keys {
                    switch object[key] ?? .null {
                    case .string, .number, .bool: continue
                    default: throw GalleryError.badRequest("\(place).\(key) must be a string, a number or true/false.")
                    }
                }
                return object
            default:
                throw GalleryError.badRequest("\(place) must be an object of names and values.")
            }
        }

        /// Stores the contract: an update of the connection `id` names (which `onlyOwnedBy`, when given,
        /// must own), or a new connection owned by `owner`.
        func save(
            in state: inout GalleryState, owner: String, onlyOwnedBy: String?, at now: Date, moving: Bool = false
        ) throws -> DCMConnection {
            func newPartID(_ part: DCMConnection.Part) -> DCMConnection.Part {
                var part = part
                if part.id.isEmpty { part.id = UUID().uuidString.lowercased() }
                return part
            }
            if let reference = connectionId,
                state.dcmConnections.contains(where: { $0.connectionId == reference && $0.id != id })
            {
                throw GalleryError.badRequest("Another DCM connection has the connectionId \"\(reference)\".")
            }
            if let id {
                guard let index = state.dcmConnections.firstIndex(where: { connection in
                    connection.id == id && (onlyOwnedBy.map { connection.ownerId == $0 } ?? true)
                })
                else { throw V3DCMRoutes.notFound(id) }
                var connection = state.dcmConnections[index]
                connection.name = name
                connection.schemaName = schemaName
                connection.parameters = parameters
                connection.dataSource = newPartID(dataSource)
                connection.credentials = credentials.map { DCMConnection.RoleCredential(credRole: $0.credRole, credential: newPartID($0.credential)) }
                if let connectionId { connection.connectionId = connectionId }
                if moving { connection.ownerId = owner }
                connection.dateUpdated = now
                state.dcmConnections[index] = connection
                return connection
            }
            let connection = DCMConnection(
                id: UUID().uuidString.lowercased(), connectionId: connectionId ?? UUID().uuidString.lowercased(), name: name,
                schemaName: schemaName, ownerId: owner, parameters: parameters, dataSource: newPartID(dataSource),
                credentials: credentials.map { DCMConnection.RoleCredential(credRole: $0.credRole, credential: newPartID($0.credential)) },
                dateCreated: now, dateUpdated: now)
            state.dcmConnections.append(connection)
            return connection
        }
    }

    // MARK: Finding and answering

    /// The caller's own connection `{id}`; 404 for anyone else's (the user endpoints do not show them).
    private static func own(_ context: RequestContext) throws -> DCMConnection {
        let id = context.parameter("id")
        let userId = context.caller.userId ?? ""
        guard let found = context.core.store.read({ $0.dcmConnections.first { $0.id == id && $0.ownerId == userId } }) else {
            throw notFound(id)
        }
        return found
    }

    /// Anyone's connection `{id}`, for a curator (403 for other roles).
    private static func anyones(_ context: RequestContext) throws -> DCMConnection {
        try V3Routes.requireCurator(context, "manage other users' DCM connections")
        let id = context.parameter("id")
        guard let found = context.core.store.read({ $0.dcmConnections.first { $0.id == id } }) else { throw notFound(id) }
        return found
    }

    static func notFound(_ id: String) -> GalleryError { GalleryError.notFound("No DCM connection with id \"\(id)\" is yours to see.") }

    static func view(_ part: DCMConnection.Part) -> JSONValue {
        ["id": .string(part.id), "name": .string(part.name), "schemaName": .string(part.schemaName), "parameters": .object(part.parameters)]
    }

    static func view(_ sharing: DCMConnection.Sharing) -> JSONValue {
        ["userIds": .array(sharing.userIds.map { .string($0) }), "userGroupIds": .array(sharing.userGroupIds.map { .string($0) })]
    }

    /// A connection as the DCM endpoints answer it: never its secrets.
    static func view(_ connection: DCMConnection) -> JSONValue {
        [
            "id": .string(connection.id),
            "connectionId": .string(connection.connectionId),
            "name": .string(connection.name),
            "schemaName": .string(connection.schemaName),
            "ownerId": .string(connection.ownerId),
            "parameters": .object(connection.parameters),
            "dataSource": view(connection.dataSource),
            "credentials": .array(connection.credentials.map { ["credRole": .string($0.credRole), "credential": view($0.credential)] }),
            "sharing": ["execution": view(connection.execution), "collaboration": view(connection.collaboration)],
            "dateCreated": Views.date(connection.dateCreated),
            "dateUpdated": Views.date(connection.dateUpdated),
        ]
    }
}
