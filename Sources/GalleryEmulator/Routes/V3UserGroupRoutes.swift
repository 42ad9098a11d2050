import Foundation
import PostieHTTPServer
import PostieJSON

/// `/webapi/v3/usergroups/…` (Curators only, 403 for every other role): user groups, their members and
/// their Active Directory groups. What is shared with a group (collections, credentials, data
/// connections) reaches every member.
enum V3UserGroupRoutes {
    static let all: [Route] = [
        Route("GET", "v3/usergroups", .v3, groups),
        Route("POST", "v3/usergroups", .v3, createGroup),
        Route("GET", "v3/usergroups/{userGroupId}", .v3, group),
        Route("PUT", "v3/usergroups/{userGroupId}", .v3, updateGroup),
        Route("DELETE", "v3/usergroups/{userGroupId}", .v3, deleteGroup),
        Route("POST", "v3/usergroups/{userGroupId}/users", .v3, addMembers),
        Route("DELETE", "v3/usergroups/{userGroupId}/users/{userId}", .v3, removeMember),
        Route("POST", "v3/usergroups/{userGroupId}/activedirectorygroups", .v3, addDirectoryGroup),
        Route("DELETE", "v3/usergroups/{userGroupId}/activedirectorygroups/{adGroupSid}", .v3, removeDirectoryGroup),
    ]

    static func groups(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "list user groups")
        let groups = context.core.store.read { $0.userGroups }
        return context.json(.array(groups.map(Views.v3UserGroupSummary)))
    }

    static func group(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "read user groups")
        let group = try existingGroup(context)
        return context.json(context.core.store.read { Views.v3UserGroup(group, state: $0) })
    }

    /// `POST /v3/usergroups`: `{"name":…,"role":"Viewer"|"Member"|"Artisan"|"Curator"}`, both required;
    /// names are unique (any case).
    static func createGroup(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "create user groups")
        let body = try V3Routes.objectBody(context)
        guard let name = try body.string("name"), !name.isEmpty else { throw GalleryError.badRequest("name (the group's name) is required.") }
        guard let roleName = try body.string("role") else {
            throw GalleryError.badRequest("role (Viewer, Member, Artisan or Curator) is required.")
        }
        let role = try V3Routes.userRole(roleName)
        let now = context.now
        let answer = try context.core.store.write { state -> JSONValue in
            try requireUniqueName(name, except: nil, in: state)
            let group = UserGroup(id: state.newID(at: now), name: name, role: role, dateAdded: now, dateUpdated: now)
            state.userGroups.append(group)
            return Views.v3UserGroup(group, state: state)
        }
        return context.json(answer)
    }

    /// `PUT /v3/usergroups/{userGroupId}`: any of `name`, `role`.
    static func updateGroup(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "update user groups")
        let current = try existingGroup(context)
        let body = try V3Routes.objectBody(context)
        let name = try body.string("name")
        if let name, name.isEmpty { throw GalleryError.badRequest("name must not be empty.") }
        let role = try body.string("role").map(V3Routes.userRole)
        let now = context.now
        let answer = try context.core.store.write { state -> JSONValue in
            if let name { try requireUniqueName(name, except: current.id, in: state) }
            guard let index = state.userGroups.firstIndex(where: { $0.id == current.id }) else { throw notFound(current.id) }
            if let name { state.userGroups[index].name = name }
            if let role { state.userGroups[index].role = role }
            state.userGroups[index].dateUpdated = now
            return Views.v3UserGroup(state.userGroups[index], state: state)
        }
        return context.json(answer)
    }

    /// `DELETE /v3/usergroups/{userGroupId}`: 400 while it has members unless `forceDelete=true`; the group
    /// leaves every collection, credential, data connection and DCM connection it was shared with.
    static func deleteGroup(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "delete user groups")
        let group = try existingGroup(context)
        let force = try context.query.bool("forceDelete", default: false)
        guard group.userIds.isEmpty || force else {
            throw GalleryError.badRequest(
                "The user group \(group.id) has \(group.userIds.count) member(s): remove them first, or send forceDelete=true.")
        }
        context.core.store.write { state in
            state.userGroups.removeAll { $0.id == group.id }
            for index in state.collections.indices {
                state.collections[index].userGroupIds.removeAll { $0 == group.id }
                state.collections[index].permissions[group.id] = nil
            }
            for index in state.credentials.indices { state.credentials[index].sharedWithGroupIds.removeAll { $0 == group.id } }
            for index in state.dataConnections.indices where state.dataConnections[index].sharedWithGroupIds.contains(group.id) {
                state.dataConnections[index].sharedWithGroupIds.removeAll { $0 == group.id }
                state.dataConnections[index].userGroupCount = max(0, state.dataConnections[index].userGroupCount - 1)
            }
            for index in state.dcmConnections.indices {
                state.dcmConnections[index].execution.userGroupIds.removeAll { $0 == group.id }
                state.dcmConnections[index].collaboration.userGroupIds.removeAll { $0 == group.id }
            }
        }
        return context.json(.object(JSONObject()))
    }

    /// `POST /v3/usergroups/{userGroupId}/users`: a JSON array of user ids, all of which must exist and
    /// be active; members already in the group stay once.
    static func addMembers(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "change user group members")
        let group = try existingGroup(context)
        guard case .array(let items) = try context.jsonBody(), !items.isEmpty else {
            throw GalleryError.badRequest("The body must be a non-empty JSON array of user ids, such as [\"\(group.id)\"].")
        }
        let ids = try items.map { item -> String in
            guard let id = item.stringValue, !id.isEmpty else { throw GalleryError.badRequest("Every member of the array must be a user id (a string).") }
            return id
        }
        let now = context.now
        let answer = try context.core.store.write { state -> JSONValue in
            for id in ids {
                guard let user = state.user(id) else { throw GalleryError.badRequest("The user id \"\(id)\" is not a user on this server.") }
                guard user.active else { throw GalleryError.badRequest("The user \(id) is deactivated and cannot join a group.") }
            }
            guard let index = state.userGroups.firstIndex(where: { $0.id == group.id }) else { throw notFound(group.id) }
            for id in ids where !state.userGroups[index].userIds.contains(id) { state.userGroups[index].userIds.append(id) }
            state.userGroups[index].dateUpdated = now
            return Views.v3UserGroup(state.userGroups[index], state: state)
        }
        return context.json(answer)
    }

    /// `DELETE /v3/usergroups/{userGroupId}/users/{userId}`: 404 when the user is not a member.
    static func removeMember(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "change user group members")
        let group = try existingGroup(context)
        let userId = context.parameter("userId")
        guard group.userIds.contains(userId) else {
            throw GalleryError.notFound("The user \"\(userId)\" is not a member of the user group \(group.id).")
        }
        context.core.store.write { state in
            if let index = state.userGroups.firstIndex(where: { $0.id == group.id }) { state.userGroups[index].userIds.removeAll { $0 == userId } }
        }
        return context.json(.object(JSONObject()))
    }

    /// `POST /v3/usergroups/{userGroupId}/activedirectorygroups`: `{"sid":"S-1-5-21-…"}` adds the members of
    /// an Active Directory group (the emulator has no directory: it keeps the SID and lists it).
    static func addDirectoryGroup(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "change user group members")
        let group = try existingGroup(context)
        guard let sid = try V3Routes.objectBody(context).string("sid"), !sid.isEmpty else {
            throw GalleryError.badRequest("sid (the Active Directory group's security identifier, S-1-5-…) is required.")
        }
        guard isSecurityIdentifier(sid) else {
            throw GalleryError.badRequest("\"\(sid)\" is not a security identifier: they read S-1-5-21-… (numbers joined by -).")
        }
        let answer = try context.core.store.write { state -> JSONValue in
            guard let index = state.userGroups.firstIndex(where: { $0.id == group.id }) else { throw notFound(group.id) }
            if !state.userGroups[index].activeDirectoryGroupSids.contains(sid) { state.userGroups[index].activeDirectoryGroupSids.append(sid) }
            return Views.v3UserGroup(state.userGroups[index], state: state)
        }
        return context.json(answer)
    }

    /// `DELETE /v3/usergroups/{userGroupId}/activedirectorygroups/{adGroupSid}`: 404 when it is not in the group.
    static func removeDirectoryGroup(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "change user group members")
        let group = try existingGroup(context)
        let sid = context.parameter("adGroupSid")
        guard group.activeDirectoryGroupSids.contains(sid) else {
            throw GalleryError.notFound("The Active Directory group \"\(sid)\" is not in the user group \(group.id).")
        }
        context.core.store.write { state in
            if let index = state.userGroups.firstIndex(where: { $0.id == group.id }) {
                state.userGroups[index].activeDirectoryGroupSids.removeAll { $0 == sid }
            }
        }
        return context.json(.object(JSONObject()))
    }

    /// `S-1-` followed by numbers joined by `-` (the Windows SID string form).
    static func isSecurityIdentifier(_ text: String) -> Bool {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        return pieces.count >= 3 && pieces[0] == "S" && pieces.dropFirst().allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    private static func existingGroup(_ context: RequestContext) throws -> UserGroup {
        let id = context.parameter("userGroupId")
        guard let group = context.core.store.read({ $0.userGroups.first { $0.id == id } }) else { throw notFound(id) }
        return group
    }

    private static func notFound(_ id: String) -> GalleryError { GalleryError.notFound("No user group with id \"\(id)\".") }

    private static func requireUniqueName(_ name: String, except id: String?, in state: GalleryState) throws {
        if state.userGroups.contains(where: { $0.id != id && $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
            throw GalleryError.badRequest("A user group named \"\(name)\" exists already.")
        }
    }
}
