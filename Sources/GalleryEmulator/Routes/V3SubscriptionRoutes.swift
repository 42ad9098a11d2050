import Foundation
import PostieHTTPServer
import PostieJSON

// The subscription (studio) endpoints of the Server API V3, from Alteryx's help page "Subscription
// Endpoints" (help.alteryx.com/current/{en,es,fr,ja,zh-CHS}/server/api-overview/alteryx-server-api-v3/
// server-api-v3-objects/subscription-endpoints.html), every one for Curators only; the query filters of
// the list and the paths after it as a public Server API client calls them:
//
//   POST   /v3/subscriptions                          contract {name (required), canShareSchedule (Boolean,
//                                                     required), credentialId (default "")}; answers the
//                                                     subscription {name, apiKey, apiSecret, active,
//                                                     expirationDate, expDate, dateUpdated, apiEnabled,
//                                                     canShareSchedules, credentialId, credentials[{credentialId,
//                                                     id}], dataConnections[{dataConnectionId, id}], id}
//                                                     (the page lists 200 and 201; the emulator answers 200)
//   GET    /v3/subscriptions                          name, canShareSchedule, defaultWorkflowCredentialId,
//                                                     userCount/workflowCount GreaterThanEquals/LessThanEquals
//   GET    /v3/subscriptions/{subscriptionId}
//   PUT    /v3/subscriptions/{subscriptionId}         any of name, canShareSchedule, credentialId
//   DELETE /v3/subscriptions/{subscriptionId}         400 while users or workflows are in it
//   PUT    /v3/subscriptions/{subscriptionId}/users   {userIds:[…]}: moves those users into it
//
// A subscription made here gets a key pair in its answer; the emulator accepts only the key pairs it
// started with, so that pair opens no API. `credentials` and `dataConnections` list nothing (the emulator
// shares neither with subscriptions).

/// `/webapi/v3/subscriptions/…` (Curators only, 403 for every other role): the store's subscriptions,
/// the same ones the Admin V1/V2 APIs list and the workflows and users belong to.
enum V3SubscriptionRoutes {
    static let all: [Route] = [
        Route("GET", "v3/subscriptions", .v3, subscriptions),
        Route("POST", "v3/subscriptions", .v3, create),
        Route("GET", "v3/subscriptions/{subscriptionId}", .v3, subscription),
        Route("PUT", "v3/subscriptions/{subscriptionId}", .v3, update),
        Route("DELETE", "v3/subscriptions/{subscriptionId}", .v3, delete),
        Route("PUT", "v3/subscriptions/{subscriptionId}/users", .v3, changeUsers),
    ]

    static func subscriptions(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "list subscriptions")
        let query = context.query
        let name = query.nonEmpty("name")
        let canShare: Bool? = query.nonEmpty("canShareSchedule") == nil ? nil : try query.bool("canShareSchedule", default: false)
        let credentialId = query.nonEmpty("defaultWorkflowCredentialId")
        let users = (try query.integer("userCountGreaterThanEquals", minimum: 0), try query.integer("userCountLessThanEquals", minimum: 0))
        let workflows = (
            try query.integer("workflowCountGreaterThanEquals", minimum: 0), try query.integer("workflowCountLessThanEquals", minimum: 0)
        )
        let answer = context.core.store.read { state -> [JSONValue] in
            state.subscriptions.filter { subscription in
                let userCount = Self.userCount(subscription.id, state)
                let workflowCount = Self.workflowCount(subscription.id, state)
                return (name.map { subscription.name.range(of: $0, options: .caseInsensitive) != nil } ?? true)
                    && (canShare.map { subscription.canShareSchedules == $0 } ?? true)
                    && (credentialId.map { subscription.defaultCredentialId == $0 } ?? true)
                    && (users.0.map { userCount >= $0 } ?? true) && (users.1.map { userCount <= $0 } ?? true)
                    && (workflows.0.map { workflowCount >= $0 } ?? true) && (workflows.1.map { workflowCount <= $0 } ?? true)
            }.map { summary($0, state) }
        }
        return context.json(.array(answer))
    }

    static func subscription(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "read subscriptions")
        let found = try existing(context)
        return context.json(view(found, context))
    }

    /// `POST /v3/subscriptions`: a new, empty subscription with its own key pair, expiring in a year.
    static func create(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "create subscriptions")
        let body = try V3Routes.objectBody(context)
        guard let name = try body.string("name"), !name.isEmpty else { throw GalleryError.badRequest("name (the subscription's name) is required.") }
        guard let canShare = try body.bool("canShareSchedule") else {
            throw GalleryError.badRequest("canShareSchedule (true or false: may its members share schedules) is required.")
        }
        let credentialId = try body.string("credentialId") ?? ""
        let now = context.now
        let created = try context.core.store.write { state -> Subscription in
            try requireCredential(credentialId, in: state)
            var subscription = Subscription(
                id: state.newID(at: now), name: name, expirationDate: now.addingTimeInterval(365 * 86_400), memberPassesPurchased: 0,
                memberPassesUsed: 0, company: "", contactName: "", contactEmail: "", city: "", country: "")
            subscription.canShareSchedules = canShare
            subscription.defaultCredentialId = credentialId
            subscription.apiKey = hex(UUID())
            subscription.apiSecret = hex(UUID()) + hex(UUID())
            subscription.dateUpdated = now
            state.subscriptions.append(subscription)
            return subscription
        }
        return context.json(view(created, context))
    }

    /// `PUT /v3/subscriptions/{subscriptionId}`: any of `name`, `canShareSchedule`, `credentialId` ("" for none).
    static func update(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "update subscriptions")
        let current = try existing(context)
        let body = try V3Routes.objectBody(context)
        let name = try body.string("name")
        if let name, name.isEmpty { throw GalleryError.badRequest("name must not be empty.") }
        let canShare = try body.bool("canShareSchedule")
        let credentialId = try body.string("credentialId")
        let now = context.now
        let updated = try context.core.store.write { state -> Subscription in
            if let credentialId { try requireCredential(credentialId, in: state) }
            guard let index = state.subscriptions.firstIndex(where: { $0.id == current.id }) else { throw notFound(current.id) }
            if let name { state.subscriptions[index].name = name }
            if let canShare { state.subscriptions[index].canShareSchedules = canShare }
            if let credentialId { state.subscriptions[index].defaultCredentialId = credentialId }
            state.subscriptions[index].dateUpdated = now
            return state.subscriptions[index]
        }
        return context.json(view(updated, context))
    }

    /// `DELETE /v3/subscriptions/{subscriptionId}`: only an empty one (move its users with `PUT …/users`,
    /// and its workflows' owners' assets, first).
    static func delete(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "delete subscriptions")
        let current = try existing(context)
        try context.core.store.write { state in
            let users = userCount(current.id, state)
            let workflows = workflowCount(current.id, state)
            guard users == 0, workflows == 0 else {
                throw GalleryError.badRequest(
                    "The subscription \(current.id) still has \(users) user(s) and \(workflows) workflow(s): move them to another subscription first.")
            }
            state.subscriptions.removeAll { $0.id == current.id }
        }
        return context.json(.object(JSONObject()))
    }

    /// `PUT /v3/subscriptions/{subscriptionId}/users`: `{"userIds":[…]}`, every one an existing user, who
    /// all move into this subscription (a user is in exactly one).
    static func changeUsers(_ context: RequestContext) throws -> HTTPResponse {
        try V3Routes.requireCurator(context, "change a subscription's users")
        let current = try existing(context)
        let body = try V3Routes.objectBody(context)
        guard case .array(let items)? = body.object["userIds"], !items.isEmpty else {
            throw GalleryError.badRequest("userIds is required: a non-empty array of the user ids to move into the subscription.")
        }
        let ids = try items.map { item -> String in
            guard let id = item.stringValue, !id.isEmpty else { throw GalleryError.badRequest("Every member of userIds must be a user id (a string).") }
            return id
        }
        let now = context.now
        let updated = try context.core.store.write { state -> Subscription in
            for id in ids where state.user(id) == nil { throw GalleryError.badRequest("The user id \"\(id)\" is not a user on this server.") }
            for index in state.users.indices where ids.contains(state.users[index].id) { state.users[index].subscriptionId = current.id }
            guard let index = state.subscriptions.firstIndex(where: { $0.id == current.id }) else { throw notFound(current.id) }
            state.subscriptions[index].dateUpdated = now
            return state.subscriptions[index]
        }
        return context.json(view(updated, context))
    }

    // MARK: Helpers

    private static func existing(_ context: RequestContext) throws -> Subscription {
        let id = context.parameter("subscriptionId")
        guard let found = context.core.store.read({ $0.subscription(id) }) else { throw notFound(id) }
        return found
    }

    private static func notFound(_ id: String) -> GalleryError { GalleryError.notFound("No subscription with id \"\(id)\".") }

    private static func requireCredential(_ id: String, in state: GalleryState) throws {
        guard id.isEmpty || state.credentials.contains(where: { $0.id == id }) else {
            throw GalleryError.badRequest("credentialId \"\(id)\" is not a stored credential (send \"\" for none).")
        }
    }

    static func userCount(_ id: String, _ state: GalleryState) -> Int { state.users.filter { $0.subscriptionId == id }.count }

    static func workflowCount(_ id: String, _ state: GalleryState) -> Int {
        state.workflows.filter { $0.subscriptionId == id && !$0.isDeleted }.count
    }

    private static func hex(_ uuid: UUID) -> String { uuid.uuidString.lowercased().replacingOccurrences(of: "-", with: "") }

    /// A list entry: the subscription with its user and workflow counts.
    static func summary(_ subscription: Subscription, _ state: GalleryState) -> JSONValue {
        [
            "id": .string(subscription.id),
            "name": .string(subscription.name),
            "active": .bool(subscription.active),
            "canShareSchedules": .bool(subscription.canShareSchedules),
            "credentialId": .string(subscription.defaultCredentialId),
            "expirationDate": Views.date(subscription.expirationDate),
            "userCount": .number(Double(userCount(subscription.id, state))),
            "workflowCount": .number(Double(workflowCount(subscription.id, state))),
        ]
    }

    /// The subscription as `POST /v3/subscriptions` documents it. The seeded studio's key pair is the one
    /// the emulator was started with.
    static func view(_ subscription: Subscription, _ context: RequestContext) -> JSONValue {
        var key = subscription.apiKey
        var secret = subscription.apiSecret
        if key.isEmpty, let studio = context.core.registry.all.first(where: { $0.kind == .studio && $0.subscriptionId == subscription.id }) {
            key = studio.key
            secret = studio.secret
        }
        let updated = subscription.dateUpdated ?? SeedData.date(of: subscription.id)
        return [
            "id": .string(subscription.id),
            "name": .string(subscription.name),
            "apiKey": .string(key),
            "apiSecret": .string(secret),
            "active": .bool(subscription.active),
            "expirationDate": .string(GalleryDate.formatDay(subscription.expirationDate)),
            "expDate": Views.date(subscription.expirationDate),
            "dateUpdated": Views.date(updated),
            "apiEnabled": .bool(!key.isEmpty),
            "canShareSchedules": .bool(subscription.canShareSchedules),
            "credentialId": .string(subscription.defaultCredentialId),
            "credentials": [],
            "dataConnections": [],
        ]
    }
}
