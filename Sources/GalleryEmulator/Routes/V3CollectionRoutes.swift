import Foundation
import PostieHTTPServer
import PostieJSON

/// `/webapi/v3/collections/…`: collections, their members (users and user groups, each with permissions)
/// and their assets (workflows, schedules). Who may do what:
/// - Curator: everything, on every collection.
/// - Anyone else: sees the collections they own or belong to (directly or through a user group; 404
///   otherwise); creates one when `canCreateCollections` (403 otherwise, the seeded Viewer's case).
/// - The owner, and a member whose permissions have `isAdmin`, manage it; other members add or remove
///   users and assets only as their `canAddUsers`, `canRemoveUsers`, `canAddAssets`, `canRemoveAssets`
///   allow (403 otherwise). Renaming and deleting are for the owner, an admin member or a Curator.
enum V3CollectionRoutes {
    static let all: [Route] = [
        Route("GET", "v3/collections", .v3, collections),
        Route("POST", "v3/collections", .v3, createCollection),
        Route("GET", "v3/collections/{collectionId}", .v3, collection),
        Route("PUT", "v3/collections/{collectionId}", .v3, updateCollection),
        Route("DELETE", "v3/collections/{collectionId}", .v3, deleteCollection),
        Route("POST", "v3/collections/{collectionId}/users", .v3, addUser),
        Route("PUT", "v3/collections/{collectionId}/users/{userId}/permissions", .v3, updateUserPermissions),
        Route("DELETE", "v3/collections/{collectionId}/users/{userId}", .v3, removeUser),
        Route("POST", "v3/collections/{collectionId}/userGroups", .v3, addGroup),
        Route("PUT", "v3/collections/{collectionId}/userGroups/{userGroupId}/permissions", .v3, updateGroupPermissions),
        Route("DELETE", "v3/collections/{collectionId}/userGroups/{userGroupId}", .v3, removeGroup),
        Route("POST", "v3/collections/{collectionId}/workflows", .v3, addWorkflow),
        Route("DELETE", "v3/collections/{collectionId}/workflows/{appId}", .v3, removeWorkflow),
        Route("POST", "v3/collections/{collectionId}/schedules", .v3, addSchedule),
        Route("DELETE", "v3/collections/{collectionId}/schedules/{scheduleId}", .v3, removeSchedule),
    ]

    // MARK: Collections

    /// Every collection for a Curator; those the caller owns or belongs to otherwise.
    static func collections(_ context: RequestContext) throws -> HTTPResponse {
        let isCurator = V3Routes.role(context) == .curator
        let caller = context.caller.userId ?? ""
        let list = context.core.store.read { state in
            state.collections.filter { isCurator || $0.ownerId == caller || state.isMember(caller, of: $0) }
        }
        return context.json(.array(list.map(Views.v3CollectionSummary)))
    }

    static func collection(_ context: RequestContext) throws -> HTTPResponse {
        context.json(Views.v3Collection(try visibleCollection(context).collection))
    }

    /// `POST /v3/collections`: `{"name":…}` (JSON, or a form body as Alteryx's own example sends it); the
    /// caller owns it. Needs `canCreateCollections` (a Curator always may).
    static func createCollection(_ context: RequestContext) throws -> HTTPResponse {
        let name = try nameField(context)
        let caller = context.caller
        let isCurator = V3Routes.role(context) == .curator
        let now = context.now
        let collection = try context.core.store.write { state -> GalleryCollection in
            guard let user = state.user(caller.userId), isCurator || user.canCreateCollections else {
                throw GalleryError.forbidden("This user may not create collections (canCreateCollections is false).")
            }
            try requireUniqueName(name, except: nil, in: state)
            let collection = GalleryCollection(
                id: state.newID(at: now), name: name, ownerId: user.id, dateAdded: now, appIds: [], scheduleIds: [], insightIds: [],
                userIds: [], subscriptionIds: [])
            state.collections.append(collection)
            return collection
        }
        return context.json(Views.v3Collection(collection))
    }

    /// `PUT /v3/collections/{collectionId}`: any of `name` and `ownerId` (an existing, active user).
    static func updateCollection(_ context: RequestContext) throws -> HTTPResponse {
        let (current, access) = try visibleCollection(context)
        try access.require(\.isAdmin, "update this collection")
        let body = try V3Routes.objectBody(context)
        let name = try body.string("name")
        if let name, name.isEmpty { throw GalleryError.badRequest("name must not be empty.") }
        let ownerId = try body.string("ownerId")
        let collection = try change(context, current) { collection, state in
            if let name {
                try requireUniqueName(name, except: collection.id, in: state)
                collection.name = name
            }
            if let ownerId {
                guard let owner = state.user(ownerId), owner.active else {
                    throw GalleryError.badRequest("The ownerId \"\(ownerId)\" is not the id of an active user on this server.")
                }
                collection.ownerId = owner.id
            }
        }
        return context.json(Views.v3Collection(collection))
    }

    /// `DELETE /v3/collections/{collectionId}`: its assets stay; only what it shared goes.
    static func deleteCollection(_ context: RequestContext) throws -> HTTPResponse {
        let (collection, access) = try visibleCollection(context)
        try access.require(\.isAdmin, "delete this collection")
        context.core.store.write { state in state.collections.removeAll { $0.id == collection.id } }
        return context.json(.object(JSONObject()))
    }

    // MARK: Members

    /// `POST /v3/collections/{collectionId}/users`: `{"userId":…,"expirationDate":…,"collectionPermissions":{…}}`.
    static func addUser(_ context: RequestContext) throws -> HTTPResponse {
        let (current, access) = try visibleCollection(context)
        try access.require(\.canAddUsers, "add users to this collection")
        let body = try V3Routes.objectBody(context)
        guard let userId = try body.string("userId"), !userId.isEmpty else {
            throw GalleryError.badRequest("userId (the user to add to the collection) is required.")
        }
        let permissions = try self.permissions(body, current: CollectionPermissions())
        let collection = try change(context, current) { collection, state in
            guard let user = state.user(userId), user.active else {
                throw GalleryError.badRequest("The userId \"\(userId)\" is not the id of an active user on this server.")
            }
            if !collection.userIds.contains(userId) { collection.userIds.append(userId) }
            collection.permissions[userId] = permissions
        }
        return context.json(Views.v3Collection(collection))
    }

    /// `PUT /v3/collections/{collectionId}/users/{userId}/permissions`: the member's permission flags and
    /// `expirationDate` (members left out keep their values).
    static func updateUserPermissions(_ context: RequestContext) throws -> HTTPResponse {
        let (current, access) = try visibleCollection(context)
        try access.require(\.isAdmin, "change permissions in this collection")
        let userId = context.parameter("userId")
        guard current.userIds.contains(userId) else { throw notMember("user", userId, current) }
        let permissions = try self.permissions(try V3Routes.objectBody(context), current: current.permissions[userId] ?? CollectionPermissions())
        let collection = try change(context, current) { collection, _ in collection.permissions[userId] = permissions }
        return context.json(Views.v3Collection(collection))
    }

    static func removeUser(_ context: RequestContext) throws -> HTTPResponse {
        let (current, access) = try visibleCollection(context)
        try access.require(\.canRemoveUsers, "remove users from this collection")
        let userId = context.parameter("userId")
        guard current.userIds.contains(userId) else { throw notMember("user", userId, current) }
        _ = try change(context, current) { collection, _ in
            collection.userIds.removeAll { $0 == userId }
            collection.permissions[userId] = nil
        }
        return context.json(.object(JSONObject()))
    }

    /// `POST /v3/collections/{collectionId}/userGroups`: `{"userGroupId":…,"expirationDate":…,"collectionPermissions":{…}}`.
    static func addGroup(_ context: RequestContext) throws -> HTTPResponse {
        let (current, access) = try visibleCollection(context)
        try access.require(\.canAddUsers, "add user groups to this collection")
        let body = try V3Routes.objectBody(context)
        guard let groupId = try body.string("userGroupId"), !groupId.isEmpty else {
            throw GalleryError.badRequest("userGroupId (the user group to add to the collection) is required.")
        }
        let permissions = try self.permissions(body, current: CollectionPermissions())
        let collection = try change(context, current) { collection, state in
            guard state.userGroups.contains(where: { $0.id == groupId }) else { throw V3Routes.unknownGroup(groupId) }
            if !collection.userGroupIds.contains(groupId) { collection.userGroupIds.append(groupId) }
            collection.permissions[groupId] = permissions
        }
        return context.json(Views.v3Collection(collection))
    }

    static func updateGroupPermissions(_ context: RequestContext) throws -> HTTPResponse {
        let (current, access) = try visibleCollection(context)
        try access.require(\.isAdmin, "change permissions in this collection")
        let groupId = context.parameter("userGroupId")
        guard current.userGroupIds.contains(groupId) else { throw notMember("user group", groupId, current) }
        let permissions = try self.permissions(try V3Routes.objectBody(context), current: current.permissions[groupId] ?? CollectionPermissions())
        let collection = try change(context, current) { collection, _ in collection.permissions[groupId] = permissions }
        return context.json(Views.v3Collection(collection))
    }

    static func removeGroup(_ context: RequestContext) throws -> HTTPResponse {
        let (current, access) = try visibleCollection(context)
        try access.require(\.canRemoveUsers, "remove user groups from this collection")
        let groupId = context.parameter("userGroupId")
        guard current.userGroupIds.contains(groupId) else { throw notMember("user group", groupId, current) }
        _ = try change(context, current) { collection, _ in
            collection.userGroupIds.removeAll { $0 == groupId }
            collection.permissions[groupId] = nil
        }
        return context.json(.object(JSONObject()))
    }

    // MARK: Assets

    /// `POST /v3/collections/{collectionId}/workflows`: `{"workflowId":…}`, a workflow the caller may use;
    /// the collection's members may then use it too.
    static func addWorkflow(_ context: RequestContext) throws -> HTTPResponse {
        let (current, access) = try visibleCollection(context)
        try access.require(\.canAddAssets, "add workflows to this collection")
        guard let workflowId = try V3Routes.objectBody(context).string("workflowId"), !workflowId.isEmpty else {
            throw GalleryError.badRequest("workflowId (the workflow to add to the collection) is required.")
        }
        let caller = context.caller
        let isCurator = V3Routes.role(context) == .curator
        let collection = try change(context, current) { collection, state in
            guard let workflow = state.workflow(workflowId), isCurator || state.canUse(workflow, caller) else {
                throw GalleryError.badRequest("The workflowId \"\(workflowId)\" is not a workflow available to this key.")
            }
            if !collection.appIds.contains(workflow.id) { collection.appIds.append(workflow.id) }
        }
        return context.json(Views.v3Collection(collection))
    }

    static func removeWorkflow(_ context: RequestContext) throws -> HTTPResponse {
        let (current, access) = try visibleCollection(context)
        try access.require(\.canRemoveAssets, "remove workflows from this collection")
        let appId = context.parameter("appId")
        guard current.appIds.contains(appId) else { throw notMember("workflow", appId, current) }
        _ = try change(context, current) { collection, _ in collection.appIds.removeAll { $0 == appId } }
        return context.json(.object(JSONObject()))
    }

    /// `POST /v3/collections/{collectionId}/schedules`: `{"scheduleId":…}`, one of the caller's schedules
    /// (any for a Curator).
    static func addSchedule(_ context: RequestContext) throws -> HTTPResponse {
        let (current, access) = try visibleCollection(context)
        try access.require(\.canAddAssets, "add schedules to this collection")
        guard let scheduleId = try V3Routes.objectBody(context).string("scheduleId"), !scheduleId.isEmpty else {
            throw GalleryError.badRequest("scheduleId (the schedule to add to the collection) is required.")
        }
        let caller = context.caller.userId
        let isCurator = V3Routes.role(context) == .curator
        let collection = try change(context, current) { collection, state in
            guard let schedule = state.schedules.first(where: { $0.id == scheduleId }), isCurator || schedule.ownerId == caller else {
                throw GalleryError.badRequest("The scheduleId \"\(scheduleId)\" is not a schedule visible to this key.")
            }
            if !collection.scheduleIds.contains(schedule.id) { collection.scheduleIds.append(schedule.id) }
        }
        return context.json(Views.v3Collection(collection))
    }

    static func removeSchedule(_ context: RequestContext) throws -> HTTPResponse {
        let (current, access) = try visibleCollection(context)
        try access.require(\.canRemoveAssets, "remove schedules from this collection")
        let scheduleId = context.parameter("scheduleId")
        guard current.scheduleIds.contains(scheduleId) else { throw notMember("schedule", scheduleId, current) }
        _ = try change(context, current) { collection, _ in collection.scheduleIds.removeAll { $0 == scheduleId } }
        return context.json(.object(JSONObject()))
    }

    // MARK: Shared

    /// What the caller may do in one collection.
    struct Access {
        /// A Curator, the owner, or a member with `isAdmin`.
        var manages: Bool
        /// The caller's own permissions and those of their groups in the collection, merged.
        var granted: CollectionPermissions

        /// 403 unless the caller manages the collection or has the permission `flag`.
        func require(_ flag: KeyPath<CollectionPermissions, Bool>, _ action: String) throws {
            guard manages || granted[keyPath: flag] else {
                throw GalleryError.forbidden("Only the collection's owner, one of its admins or a Curator may \(action).")
            }
        }
    }

    /// The collection `collectionId` when the caller may see it (404 otherwise), and what they may do there.
    private static func visibleCollection(_ context: RequestContext) throws -> (collection: GalleryCollection, access: Access) {
        let id = context.parameter("collectionId")
        let isCurator = V3Routes.role(context) == .curator
        let caller = context.caller.userId ?? ""
        let found = context.core.store.read { state -> (GalleryCollection, Access)? in
            guard let collection = state.collections.first(where: { $0.id == id }) else { return nil }
            guard isCurator || collection.ownerId == caller || state.isMember(caller, of: collection) else { return nil }
            var granted = CollectionPermissions()
            let holders = [caller] + state.groupIds(of: caller).filter(collection.userGroupIds.contains)
            for holder in holders where state.isCurrent(holder, in: collection) {
                guard let permissions = collection.permissions[holder] else { continue }
                granted.isAdmin = granted.isAdmin || permissions.isAdmin
                granted.canAddAssets = granted.canAddAssets || permissions.canAddAssets
                granted.canUpdateAssets = granted.canUpdateAssets || permissions.canUpdateAssets
                granted.canRemoveAssets = granted.canRemoveAssets || permissions.canRemoveAssets
                granted.canAddUsers = granted.canAddUsers || permissions.canAddUsers
                granted.canRemoveUsers = granted.canRemoveUsers || permissions.canRemoveUsers
            }
            return (collection, Access(manages: isCurator || collection.ownerId == caller || granted.isAdmin, granted: granted))
        }
        guard let found else { throw GalleryError.notFound("No collection with id \"\(id)\" is visible to this key.") }
        return found
    }

    /// Applies `body` to the stored collection and answers it as stored.
    private static func change(
        _ context: RequestContext, _ collection: GalleryCollection,
        _ body: (inout GalleryCollection, GalleryState) throws -> Void
    ) throws -> GalleryCollection {
        try context.core.store.write { state in
            guard let index = state.collections.firstIndex(where: { $0.id == collection.id }) else {
                throw GalleryError.notFound("No collection with id \"\(collection.id)\".")
            }
            var changed = state.collections[index]
            try body(&changed, state)
            state.collections[index] = changed
            return changed
        }
    }

    /// The flags of `collectionPermissions` (or the body itself, as a permissions update sends them) and
    /// `expirationDate` laid over `current`.
    private static func permissions(_ body: JSONObjectBody, current: CollectionPermissions) throws -> CollectionPermissions {
        var permissions = current
        var flags = body
        if let nested = body.object["collectionPermissions"], !nested.isNull {
            guard case .object(let object) = nested else { throw GalleryError.badRequest("collectionPermissions must be an object.") }
            flags = JSONObjectBody(object: object)
        }
        if let value = try flags.bool("isAdmin") { permissions.isAdmin = value }
        if let value = try flags.bool("canAddAssets") { permissions.canAddAssets = value }
        if let value = try flags.bool("canUpdateAssets") { permissions.canUpdateAssets = value }
        if let value = try flags.bool("canRemoveAssets") { permissions.canRemoveAssets = value }
        if let value = try flags.bool("canAddUsers") { permissions.canAddUsers = value }
        if let value = try flags.bool("canRemoveUsers") { permissions.canRemoveUsers = value }
        if let text = try body.string("expirationDate"), !text.isEmpty {
            guard let date = GalleryDate.parse(text) else {
                throw GalleryError.badRequest("expirationDate must be a date such as 2027-01-31 or 2027-01-31T00:00:00Z, not \"\(text)\".")
            }
            permissions.expirationDate = date
        }
        return permissions
    }

    /// `name` from a JSON or form-urlencoded body.
    private static func nameField(_ context: RequestContext) throws -> String {
        let name: String?
        if let pairs = FormBody.urlEncodedPairs(of: context.request) {
            name = pairs.first { $0.name == "name" }?.value.trimmingCharacters(in: .whitespaces)
        } else {
            name = try V3Routes.objectBody(context).string("name")
        }
        guard let name, !name.isEmpty else { throw GalleryError.badRequest("name (the collection's name) is required.") }
        return name
    }

    private static func requireUniqueName(_ name: String, except id: String?, in state: GalleryState) throws {
        if state.collections.contains(where: { $0.id != id && $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
            throw GalleryError.badRequest("A collection named \"\(name)\" exists already.")
        }
    }

    private static func notMember(_ kind: String, _ id: String, _ collection: GalleryCollection) -> GalleryError {
        GalleryError.notFound("The \(kind) \"\(id)\" is not in the collection \(collection.id).")
    }
}
