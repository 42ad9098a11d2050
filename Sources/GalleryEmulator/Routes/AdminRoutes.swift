import Foundation
import PostieHTTPServer
import PostieJSON

/// The Admin V1 and V2 APIs (`admin/v1/…`, `admin/v2/…`): curators only.
enum AdminRoutes {
    static let v1: [Route] = [
        Route("GET", "admin/v1/{appId}/package", .adminV1) { try SubscriptionRoutes.package($0, asAdmin: true) },
        Route("GET", "admin/v1/auditlog", .adminV1, auditLog),
        Route("GET", "admin/v1/collections", .adminV1, collections),
        Route("GET", "admin/v1/insights", .adminV1) { try insights($0, version: 1) },
        Route("GET", "admin/v1/schedules", .adminV1, schedules),
        Route("GET", "admin/v1/serverdataconnections", .adminV1) { try dataConnections($0, system: false) },
        Route("GET", "admin/v1/systemdataconnections", .adminV1) { try dataConnections($0, system: true) },
        Route("GET", "admin/v1/subscriptions", .adminV1) { try subscriptions($0, version: 1) },
        Route("GET", "admin/v1/users", .adminV1) { try users($0, version: 1) },
        Route("POST", "admin/v1/workflows", .adminV1, publishWorkflow),
        Route("GET", "admin/v1/workflows", .adminV1, workflows),
        Route("GET", "admin/v1/workflows/all", .adminV1) { try workflowsAll($0, version: 1) },
        Route("GET", "admin/v1/workflows/jobs", .adminV1, lastJobs),
        Route("GET", "admin/v1/workflows/migratable", .adminV1, migratable),
        Route("PUT", "admin/v1/workflows/migratable/{appId}", .adminV1, setMigratable),
    ]

    static let v2: [Route] = [
        Route("GET", "admin/v2/insights", .adminV2) { try insights($0, version: 2) },
        Route("GET", "admin/v2/schedule/forecast", .adminV2, forecast),
        Route("GET", "admin/v2/subscriptions", .adminV2) { try subscriptions($0, version: 2) },
        Route("GET", "admin/v2/users", .adminV2) { try users($0, version: 2) },
        Route("GET", "admin/v2/workflows/all", .adminV2) { try workflowsAll($0, version: 2) },
    ]

    /// The longest window `schedule/forecast` accepts.
    static let forecastWindowLimitDays = 45.0
    /// The window when neither `after` nor `before` is given.
    static let forecastDefaultDays = 7.0

    static func auditLog(_ context: RequestContext) throws -> HTTPResponse {
        let entity = context.query.nonEmpty("entity")
        let events = context.core.store.read { state in
            state.auditEvents.filter { event in entity.map { event.entity.caseInsensitiveCompare($0) == .orderedSame } ?? true }
        }.sorted { $0.timestamp > $1.timestamp }
        return context.json(.array(try Listing.page(events, context.query).map(Views.auditEvent)))
    }

    static func collections(_ context: RequestContext) throws -> HTTPResponse {
        let collections = context.core.store.read { $0.collections }
        let matching = collections.filter { Listing.matchesSearch(context.query, [$0.name]) }
        return context.json(.array(try Listing.page(matching, context.query).map(Views.collection)))
    }

    static func insights(_ context: RequestContext, version: Int) throws -> HTTPResponse {
        let (insights, users) = context.core.store.read { ($0.insights, $0.users) }
        let matching = insights.filter { Listing.matchesSearch(context.query, [$0.name]) }
        return context.json(
            .array(
                try Listing.page(matching, context.query).map { insight in
                    Views.insight(insight, owner: users.first { $0.id == insight.ownerId }, version: version)
                }))
    }

    static func schedules(_ context: RequestContext) throws -> HTTPResponse {
        let now = context.now
        let views = try context.core.store.read { state in
            try Listing.page(state.schedules.filter { Listing.matchesSearch(context.query, [$0.name]) }, context.query)
                .map { Views.schedule($0, state: state, now: now) }
        }
        return context.json(.array(views))
    }

    static func dataConnections(_ context: RequestContext, system: Bool) throws -> HTTPResponse {
        let connections = context.core.store.read { $0.dataConnections.filter { $0.isSystem == system } }
        let matching = connections.filter { Listing.matchesSearch(context.query, [$0.name, $0.type]) }
        return context.json(.array(try Listing.page(matching, context.query).map(Views.dataConnection)))
    }

    static func subscriptions(_ context: RequestContext, version: Int) throws -> HTTPResponse {
        let subscriptions = context.core.store.read { $0.subscriptions }
        let matching = subscriptions.filter { Listing.matchesSearch(context.query, [$0.name]) }
        return context.json(.array(try Listing.page(matching, context.query).map { Views.subscription($0, version: version) }))
    }

    static func users(_ context: RequestContext, version: Int) throws -> HTTPResponse {
        let users = context.core.store.read { $0.users }
        let matching = users.filter { Listing.matchesSearch(context.query, [$0.firstName, $0.lastName, $0.email]) }
        return context.json(.array(try Listing.page(matching, context.query).map { Views.user($0, version: version) }))
    }

    static func workflows(_ context: RequestContext) throws -> HTTPResponse {
        let workflows = context.core.store.read { $0.workflows.filter { !$0.isDeleted } }
        return context.core.jsonResponse(bytes: Views.workflowList(try Listing.workflows(workflows, context.query)))
    }

    /// `workflows/all`: every workflow, optionally uploaded between `startDate` and `endDate` (and, on V2,
    /// whose name contains `name`).
    static func workflowsAll(_ context: RequestContext, version: Int) throws -> HTTPResponse {
        let start = try context.query.date("startDate")
        let end = try context.query.date("endDate")
        if version == 2 { _ = try context.query.bool("useEvents", default: false) }
        let name = version == 2 ? context.query.nonEmpty("name") : nil
        let views = try context.core.store.read { state in
            let matching = state.workflows.filter { workflow in
                (start.map { workflow.uploadDate >= $0 } ?? true) && (end.map { workflow.uploadDate <= $0 } ?? true)
                    && (name.map { workflow.name.range(of: $0, options: .caseInsensitive) != nil } ?? true)
            }
            return try Listing.page(matching, context.query).map { Views.workflowAll($0, state: state) }
        }
        return context.json(.array(views))
    }

    /// `workflows/jobs`: the last job of each workflow (of those in `appIds`, comma-separated or repeated).
    static func lastJobs(_ context: RequestContext) throws -> HTTPResponse {
        let appIds = context.query.items.filter { $0.name.caseInsensitiveCompare("appIds") == .orderedSame }
            .flatMap { $0.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
        let includeMessages = try context.query.bool("includeMessage", default: true)
        let now = context.now
        let jobs = try context.core.store.read { state -> [Job] in
            for id in appIds where state.workflow(id) == nil {
                throw GalleryError.notFound("No workflow with id \"\(id)\" (in appIds).")
            }
            let workflowIds = appIds.isEmpty ? state.workflows.filter { !$0.isDeleted }.map(\.id) : appIds
            return workflowIds.compactMap { id in state.orderedJobs.last { $0.appId == id } }
        }
        return context.json(.array(jobs.map { Views.job($0, at: now, includeMessages: includeMessages) }))
    }

    /// `workflows/migratable`: `[{appId, currentRevisionId, subscriptionId}]` of the workflows marked ready
    /// for migration, optionally only those of `subscriptionIds` (comma-separated).
    static func migratable(_ context: RequestContext) throws -> HTTPResponse {
        let subscriptionIds = (context.query.nonEmpty("subscriptionIds") ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let workflows = context.core.store.read { state in
            state.workflows.filter { workflow in
                !workflow.isDeleted && workflow.isReadyForMigration
                    && (subscriptionIds.isEmpty || subscriptionIds.contains(workflow.subscriptionId))
            }
        }
        return context.json(
            .array(
                workflows.map { workflow in
                    [
                        "appId": .string(workflow.id),
                        "currentRevisionId": .string(workflow.revisionId(workflow.version)),
                        "subscriptionId": .string(workflow.subscriptionId),
                    ]
                }))
    }

    /// `PUT workflows/migratable/{appId}` with a raw JSON `true` or `false` body: sets the flag and
    /// answers its new value.
    static func setMigratable(_ context: RequestContext) throws -> HTTPResponse {
        let appId = context.parameter("appId")
        let body = try context.jsonBody()
        let flag: Bool
        switch body {
        case .bool(let value): flag = value
        case .string(let text) where ["true", "false"].contains(text.lowercased()): flag = text.lowercased() == "true"
        case .object(let object) where object["isReadyForMigration"]?.boolValue != nil:
            flag = object["isReadyForMigration"]?.boolValue ?? false
        default:
            throw GalleryError.badRequest("The body must be the raw JSON value true or false, not \(JSONWriter.compact(body)).")
        }
        let now = context.now
        let userId = context.caller.userId ?? ""
        try context.core.store.write { state in
            guard let index = state.workflowIndex(appId) else {
                throw GalleryError.notFound("No workflow with id \"\(appId)\".")
            }
            let old = state.workflows[index].isReadyForMigration
            state.workflows[index].isReadyForMigration = flag
            state.auditEvents.append(
                AuditEvent(
                    id: state.newID(at: now), entity: "Workflow", entityId: appId, userId: userId, timestamp: now,
                    event: "Update", oldValues: "{\"isReadyForMigration\":\(old)}", newValues: "{\"isReadyForMigration\":\(flag)}"))
        }
        return context.json(.bool(flag))
    }

    /// `POST admin/v1/workflows` (multipart: file, name, owner, validate, isPublic, sourceId, workerTag,
    /// canDownload, comments): publishes a workflow, or a new version of the one whose id or sourceId is
    /// `sourceId`; answers the workflow id as a JSON string. An empty file part is accepted (the public
    /// collection's request has one).
    static func publishWorkflow(_ context: RequestContext) throws -> HTTPResponse {
        guard let parts = try FormBody.multipartParts(of: context.request) else {
            throw GalleryError.badRequest(
                "Publish a workflow with a multipart/form-data body: file, name, owner, validate, isPublic, sourceId, "
                    + "workerTag, canDownload and optionally comments.")
        }
        guard let name = parts.field("name"), !name.isEmpty else {
            throw GalleryError.badRequest("The form field name (the new workflow's name) is required.")
        }
        let ownerEmail = parts.field("owner") ?? ""
        let validate = try parts.flag("validate", default: false)
        let isPublic = try parts.flag("isPublic", default: false)
        let canDownload = try parts.flag("canDownload", default: true)
        let sourceId = parts.field("sourceId") ?? ""
        let workerTag = parts.field("workerTag") ?? ""
        let comments = parts.field("comments") ?? ""
        let file = parts.first { $0.name == "file" } ?? parts.first { $0.filename != nil }
        let package = file?.data ?? Data()
        if validate, !package.isEmpty, !package.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw GalleryError.badRequest(
                "validate is true and the file is not a workflow package: a .yxzp is a ZIP archive (it starts with PK).")
        }
        let now = context.now
        let callerId = context.caller.userId ?? ""
        let id = try context.core.store.write { state -> String in
            guard let owner = state.user(email: ownerEmail) else {
                throw GalleryError.badRequest(
                    "The owner \"\(ownerEmail)\" is not the email address of a user on this server "
                        + "(users: \(state.users.map(\.email).joined(separator: ", "))).")
            }
            if !sourceId.isEmpty,
                let index = state.workflows.firstIndex(where: { !$0.isDeleted && ($0.sourceId == sourceId || $0.id == sourceId) })
            {
                // A new version of an existing workflow.
                state.workflows[index].version += 1
                state.workflows[index].versionDates.append(now)
                state.workflows[index].uploadDate = now
                state.workflows[index].name = name
                state.workflows[index].isPublic = isPublic
                state.workflows[index].canDownload = canDownload
                state.workflows[index].workerTag = workerTag
                state.workflows[index].comments = comments
                state.workflows[index].uploadedPackage = package
                let id = state.workflows[index].id
                state.auditEvents.append(
                    AuditEvent(
                        id: state.newID(at: now), entity: "Workflow", entityId: id, userId: callerId, timestamp: now,
                        event: "Update", oldValues: "", newValues: "{\"version\":\(state.workflows[index].version)}"))
                return id
            }
            let id = state.newID(at: now)
            state.workflows.append(
                Workflow(
                    id: id, subscriptionId: owner.subscriptionId, ownerId: owner.id, name: name,
                    description: comments.isEmpty ? "Published through the Admin API." : comments,
                    author: "\(owner.firstName) \(owner.lastName)", fileName: "\(name).yxmd", packageType: .module,
                    uploadDate: now, isPublic: isPublic, workerTag: workerTag, behavior: .published, canDownload: canDownload,
                    sourceId: sourceId, comments: comments, uploadedPackage: package, versionDates: [now]))
            state.auditEvents.append(
                AuditEvent(
                    id: state.newID(at: now), entity: "Workflow", entityId: id, userId: callerId, timestamp: now,
                    event: "Create", oldValues: "", newValues: "{\"name\":\(JSONWriter.quote(name))}"))
            return id
        }
        return context.json(.string(id))
    }

    /// `schedule/forecast`: the runs the schedules will make between `after` and `before` (empty or absent
    /// values: from now, for 7 days), at most 45 days apart.
    static func forecast(_ context: RequestContext) throws -> HTTPResponse {
        let givenAfter = try context.query.date("after")
        let givenBefore = try context.query.date("before")
        let day = 86_400.0
        let after: Date
        let before: Date
        switch (givenAfter, givenBefore) {
        case (let start?, let end?): (after, before) = (start, end)
        case (let start?, nil): (after, before) = (start, start.addingTimeInterval(forecastDefaultDays * day))
        case (nil, let end?): (after, before) = (min(context.now, end), end)
        case (nil, nil): (after, before) = (context.now, context.now.addingTimeInterval(forecastDefaultDays * day))
        }
        guard before > after else {
            throw GalleryError.badRequest(
                "before (\(GalleryDate.format(before))) must be later than after (\(GalleryDate.format(after))).")
        }
        let days = before.timeIntervalSince(after) / day
        guard days <= forecastWindowLimitDays else {
            throw GalleryError.badRequest(
                "The forecast window must be less than \(Int(forecastWindowLimitDays)) days; "
                    + "after \(GalleryDate.format(after)) to before \(GalleryDate.format(before)) is \(Int(days.rounded(.up))) days.")
        }
        let entries = context.core.store.read { state -> [JSONValue] in
            var runs: [(start: Date, schedule: Schedule)] = []
            for schedule in state.schedules where schedule.enabled {
                for start in schedule.frequency.occurrences(from: after, to: before) { runs.append((start, schedule)) }
            }
            runs.sort { lhs, rhs in lhs.start == rhs.start ? lhs.schedule.id < rhs.schedule.id : lhs.start < rhs.start }
            return runs.map { Views.forecast($0.schedule, at: $0.start, state: state) }
        }
        return context.json(.array(entries))
    }
}
