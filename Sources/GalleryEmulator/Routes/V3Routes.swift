import Foundation
import PostieHTTPServer
import PostieJSON

/// The v3 API under `/webapi/v3/…` (user keys), shaped after Alteryx's Server API v3 documentation, on
/// the same store as the older APIs. What a role may do:
/// - Curator: everything, on every workflow, job and user.
/// - Artisan: the workflows it may use; publishes, updates and deletes the workflows it owns; runs,
///   reads and cancels its jobs. No user administration, no `GET /v3/jobs` (403).
/// - Viewer: reads and runs the workflows it may use; no publishing (403).
/// - A user whose `isApiEnabled` is false: 401 on every v3 call (checked by `EmulatorCore`); a deleted or
///   deactivated user's key gets no token at all.
/// User groups are for curators (`V3UserGroupRoutes`); collections have their own rules (`V3CollectionRoutes`).
enum V3Routes {
    static let all: [Route] = [
        Route("GET", "v3/workflows", .v3, workflows),
        Route("POST", "v3/workflows", .v3, publishWorkflow),
        Route("GET", "v3/workflows/{workflowId}", .v3, workflow),
        Route("PUT", "v3/workflows/{workflowId}", .v3, updateWorkflow),
        Route("DELETE", "v3/workflows/{workflowId}", .v3, deleteWorkflow),
        Route("GET", "v3/workflows/{workflowId}/package", .v3, package),
        Route("GET", "v3/workflows/{workflowId}/questions", .v3, questions),
        Route("GET", "v3/workflows/{workflowId}/jobs", .v3, workflowJobs),
        Route("POST", "v3/workflows/{workflowId}/jobs", .v3, runJob),
        Route("POST", "v3/workflows/{workflowId}/versions", .v3, addVersion),
        Route("PUT", "v3/workflows/{workflowId}/transfer", .v3, transferWorkflow),
        Route("GET", "v3/jobs", .v3, jobs),
        Route("GET", "v3/jobs/{jobId}", .v3, job),
        Route("GET", "v3/jobs/{jobId}/messages", .v3, jobMessages),
        Route("DELETE", "v3/jobs/{jobId}", .v3, cancelJob),
        Route("GET", "v3/jobs/{jobId}/output/{outputId}", .v3, jobOutput),
        Route("GET", "v3/schedules", .v3, schedules),
        Route("POST", "v3/schedules", .v3, createSchedule),
        Route("GET", "v3/schedules/{scheduleId}", .v3, schedule),
        Route("PUT", "v3/schedules/{scheduleId}", .v3, updateSchedule),
        Route("DELETE", "v3/schedules/{scheduleId}", .v3, deleteSchedule),
        Route("GET", "v3/credentials", .v3, credentials),
        Route("POST", "v3/credentials", .v3, createCredential),
        Route("GET", "v3/credentials/{credentialId}", .v3, credential),
        Route("DELETE", "v3/credentials/{credentialId}", .v3, deleteCredential),
        Route("POST", "v3/credentials/{credentialId}/users", .v3, shareCredential),
        Route("DELETE", "v3/credentials/{credentialId}/users/{userId}", .v3, unshareCredential),
        Route("POST", "v3/credentials/{credentialId}/userGroups", .v3, shareCredentialWithGroup),
        Route("DELETE", "v3/credentials/{credentialId}/userGroups/{userGroupId}", .v3, unshareCredentialWithGroup),
        Route("GET", "v3/serverDataConnections", .v3, dataConnections),
        Route("GET", "v3/serverDataConnections/{dataConnectionId}", .v3, dataConnection),
        Route("PUT", "v3/serverDataConnections/{dataConnectionId}", .v3, updateDataConnection),
        Route("DELETE", "v3/serverDataConnections/{dataConnectionId}", .v3, deleteDataConnection),
        Route("POST", "v3/serverDataConnections/{dataConnectionId}/users", .v3, shareDataConnection),
        Route("DELETE", "v3/serverDataConnections/{dataConnectionId}/users/{userId}", .v3, unshareDataConnection),
        Route("POST", "v3/serverDataConnections/{dataConnectionId}/userGroups", .v3, shareDataConnectionWithGroup),
        Route(
            "DELETE", "v3/serverDataConnections/{dataConnectionId}/userGroups/{userGroupId}", .v3, unshareDataConnectionWithGroup),
        Route("GET", "v3/users", .v3, users),
        Route("POST", "v3/users", .v3, createUser),
        Route("GET", "v3/users/{userId}", .v3, user),
        Route("PUT", "v3/users/{userId}", .v3, updateUser),
        Route("DELETE", "v3/users/{userId}", .v3, deleteUser),
        Route("POST", "v3/users/{userId}/deactivate", .v3, deactivateUser),
        Route("POST", "v3/users/{userId}/passwordReset", .v3, resetPassword),
        Route("GET", "v3/users/{userId}/assets", .v3, userAssets),
        Route("PUT", "v3/users/{userId}/assetTransfer", .v3, transferAssets),
    ] + V3UserGroupRoutes.all + V3CollectionRoutes.all + V3DCMRoutes.all + V3SubscriptionRoutes.all

    // MARK: Roles

    /// The caller's role as the store has it now (a role changed through `PUT /v3/users` applies at once).
    static func role(_ context: RequestContext) -> UserRole {
        let caller = context.caller
        return context.core.store.read { $0.user(caller.userId)?.role } ?? (caller.isCurator ? .curator : .member)
    }

    /// 403 unless the caller is a curator.
    static func requireCurator(_ context: RequestContext, _ action: String) throws {
        guard role(context) == .curator else {
            throw GalleryError.forbidden("Only a Curator may \(action); this API key belongs to a user with the \(role(context).rawValue) role.")
        }
    }

    /// 403 for a viewer (who may not publish or change workflows), and for anyone but a curator or the
    /// owner changing `workflow`.
    static func requireWorkflowEditor(_ context: RequestContext, _ workflow: Workflow?, _ action: String) throws {
        let role = role(context)
        if role == .curator { return }
        guard role == .artisan || role == .member else {
            throw GalleryError.forbidden("A user with the \(role.rawValue) role may not \(action): that takes an Artisan or a Curator.")
        }
        if let workflow, workflow.ownerId != context.caller.userId {
            throw GalleryError.forbidden("Only the workflow's owner or a Curator may \(action) (\(workflow.id) belongs to someone else).")
        }
    }

    // MARK: Workflows

    /// The workflows the caller may use (all of them for a curator), filtered by `name`, `ownerId`,
    /// `createdAfter`, `createdBefore`; `view=Full` answers the details of each.
    static func workflows(_ context: RequestContext) throws -> HTTPResponse {
        let caller = context.caller
        let isCurator = role(context) == .curator
        let name = context.query.nonEmpty("name")
        let ownerId = context.query.nonEmpty("ownerId")
        let after = try context.query.date("createdAfter")
        let before = try context.query.date("createdBefore")
        let full = try view(context)
        let workflows = context.core.store.read { state in
            state.workflows.filter { workflow in
                !workflow.isDeleted && (isCurator || state.canUse(workflow, caller))
                    && (name.map { workflow.name.range(of: $0, options: .caseInsensitive) != nil } ?? true)
                    && (ownerId.map { workflow.ownerId == $0 } ?? true)
                    && (after.map { workflow.uploadDate >= $0 } ?? true) && (before.map { workflow.uploadDate <= $0 } ?? true)
            }
        }
        return context.json(.array(workflows.map(full ? Views.v3Workflow : Views.v3WorkflowSummary)))
    }

    /// `view`: `Default` (the summary) or `Full`.
    static func view(_ context: RequestContext) throws -> Bool {
        guard let view = context.query.nonEmpty("view") else { return false }
        switch view.lowercased() {
        case "default": return false
        case "full": return true
        default: throw GalleryError.badRequest("The query parameter view must be Default or Full, not \"\(view)\".")
        }
    }

    static func workflow(_ context: RequestContext) throws -> HTTPResponse {
        context.json(Views.v3Workflow(try v3Workflow(context)))
    }

    /// `POST /v3/workflows`: a multipart body with `file` (the .yxzp), `name`, `ownerId` and optional
    /// `comments`, `isPublic`, `isReadyForMigration`, `othersMayDownload`, `workerTag`, `sourceAppId`,
    /// `executionMode`. A `sourceAppId` naming an existing workflow adds a version to it.
    static func publishWorkflow(_ context: RequestContext) throws -> HTTPResponse {
        try requireWorkflowEditor(context, nil, "publish a workflow")
        let (parts, file, name, ownerId, executionMode) = try packageUpload(
            context,
            usage: "Publish a workflow with a multipart/form-data body: file, name, ownerId and optionally comments, "
                + "isPublic, isReadyForMigration, othersMayDownload, workerTag, sourceAppId, executionMode.")
        let isPublic = try parts.flag("isPublic", default: false)
        let isReady = try parts.flag("isReadyForMigration", default: false)
        let othersMayDownload = try parts.flag("othersMayDownload", default: true)
        let workerTag = parts.field("workerTag") ?? ""
        let comments = parts.field("comments") ?? ""
        let sourceAppId = parts.field("sourceAppId") ?? ""
        let now = context.now
        let caller = context.caller
        let isCurator = role(context) == .curator
        let workflow = try context.core.store.write { state -> Workflow in
            guard let owner = state.user(ownerId) else {
                throw GalleryError.badRequest("The ownerId \"\(ownerId)\" is not the id of a user on this server.")
            }
            guard isCurator || owner.id == caller.userId else {
                throw GalleryError.forbidden("Only a Curator may publish a workflow for another user.")
            }
            if !sourceAppId.isEmpty,
                let index = state.workflows.firstIndex(where: { !$0.isDeleted && ($0.sourceId == sourceAppId || $0.id == sourceAppId) })
            {
                guard isCurator || state.workflows[index].ownerId == caller.userId else {
                    throw GalleryError.forbidden("Only the workflow's owner or a Curator may add a version to it.")
                }
                state.workflows[index].versionDates.append(now)
                let number = state.workflows[index].versionDates.count
                state.workflows[index].version = number
                state.workflows[index].versionPackages[number] = file.data
                state.workflows[index].name = name
                state.workflows[index].comments = comments
                state.workflows[index].uploadedPackage = file.data
                return state.workflows[index]
            }
            var workflow = Workflow(
                id: state.newID(at: now), subscriptionId: owner.subscriptionId, ownerId: owner.id, name: name,
                description: comments.isEmpty ? "Published through the v3 API." : comments,
                author: "\(owner.firstName) \(owner.lastName)", fileName: "\(name).yxmd", packageType: .module,
                uploadDate: now, isPublic: isPublic, workerTag: workerTag, behavior: WorkflowBehavior.of(package: file.data),
                isReadyForMigration: isReady, canDownload: othersMayDownload, sourceId: sourceAppId, comments: comments,
                executionMode: executionMode, uploadedPackage: file.data, versionDates: [now])
            workflow.versionPackages[1] = file.data
            state.workflows.append(workflow)
            return workflow
        }
        return context.json(Views.v3Workflow(workflow))
    }

    /// The multipart form of a package upload (publish, or a new version): the parts, the `.yxzp`, and the
    /// `name`, `ownerId` and `executionMode` fields, each checked.
    private static func packageUpload(_ context: RequestContext, usage: String) throws -> (
        parts: [FormPart], file: FormPart, name: String, ownerId: String, executionMode: String
    ) {
        guard let parts = try FormBody.multipartParts(of: context.request) else { throw GalleryError.badRequest(usage) }
        guard let file = parts.first(where: { $0.name == "file" }), !file.data.isEmpty else {
            throw GalleryError.badRequest("The form field file (the workflow package, a .yxzp) is required.")
        }
        guard file.data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw GalleryError.badRequest("The file is not a workflow package: a .yxzp is a ZIP archive (it starts with PK).")
        }
        guard let name = parts.field("name"), !name.isEmpty else {
            throw GalleryError.badRequest("The form field name (the workflow's name) is required.")
        }
        guard let ownerId = parts.field("ownerId"), !ownerId.isEmpty else {
            throw GalleryError.badRequest("The form field ownerId (the id of the user who will own the workflow) is required.")
        }
        let executionMode = parts.field("executionMode").flatMap { $0.isEmpty ? nil : $0 } ?? "Safe"
        guard ["Safe", "SemiSafe", "Standard"].contains(executionMode) else {
            throw GalleryError.badRequest("executionMode must be Safe, SemiSafe or Standard, not \"\(executionMode)\".")
        }
        return (parts, file, name, ownerId, executionMode)
    }

    /// `POST /v3/workflows/{workflowId}/versions`: a multipart body like publishing's (`file`, `name`,
    /// `ownerId`, optional `comments`, `othersMayDownload`, `executionMode`) and `makePublished` (required):
    /// a new version, published at once when `makePublished` is true. Its owner or a Curator.
    static func addVersion(_ context: RequestContext) throws -> HTTPResponse {
        let current = try v3Workflow(context)
        try requireWorkflowEditor(context, current, "add a version to a workflow")
        let (parts, file, name, ownerId, executionMode) = try packageUpload(
            context,
            usage: "Add a version with a multipart/form-data body: file, name, ownerId, makePublished and optionally "
                + "comments, othersMayDownload, executionMode.")
        guard parts.field("makePublished") != nil else {
            throw GalleryError.badRequest("The form field makePublished (true to publish the new version at once) is required.")
        }
        let makePublished = try parts.flag("makePublished", default: false)
        let othersMayDownload = try parts.flag("othersMayDownload", default: current.canDownload)
        let comments = parts.field("comments")
        let isCurator = role(context) == .curator
        let caller = context.caller
        let now = context.now
        let workflow = try context.core.store.write { state -> Workflow in
            guard let owner = state.user(ownerId) else {
                throw GalleryError.badRequest("The ownerId \"\(ownerId)\" is not the id of a user on this server.")
            }
            guard isCurator || owner.id == caller.userId else {
                throw GalleryError.forbidden("Only a Curator may give a workflow's new version to another owner.")
            }
            guard let index = state.workflowIndex(current.id) else { throw GalleryError.notFound("No workflow with id \"\(current.id)\".") }
            var workflow = state.workflows[index]
            workflow.versionDates.append(now)
            let number = workflow.versionDates.count
            workflow.versionPackages[number] = file.data
            if makePublished {
                workflow.version = number
                workflow.uploadedPackage = file.data
                workflow.name = name
            }
            workflow.ownerId = owner.id
            workflow.subscriptionId = owner.subscriptionId
            workflow.canDownload = othersMayDownload
            workflow.executionMode = executionMode
            if let comments { workflow.comments = comments }
            state.workflows[index] = workflow
            return workflow
        }
        return context.json(Views.v3Workflow(workflow))
    }

    /// `PUT /v3/workflows/{workflowId}/transfer` (Curators): `{"ownerId":…,"transferSchedules":true|false}`
    /// gives the workflow (and with `transferSchedules` its schedules) to another Artisan or Curator.
    static func transferWorkflow(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "transfer a workflow to another owner")
        let current = try v3Workflow(context)
        let body = try objectBody(context)
        guard let ownerId = try body.string("ownerId"), !ownerId.isEmpty else {
            throw GalleryError.badRequest("ownerId (the user who will own the workflow) is required.")
        }
        guard let transferSchedules = try body.bool("transferSchedules") else {
            throw GalleryError.badRequest("transferSchedules (true to give the workflow's schedules to the new owner too) is required.")
        }
        let workflow = try context.core.store.write { state -> Workflow in
            let owner = try receivingOwner(ownerId, in: state)
            guard let index = state.workflowIndex(current.id) else { throw GalleryError.notFound("No workflow with id \"\(current.id)\".") }
            let previous = state.workflows[index].ownerId
            state.workflows[index].ownerId = owner.id
            state.workflows[index].subscriptionId = owner.subscriptionId
            if transferSchedules {
                for scheduleIndex in state.schedules.indices
                where state.schedules[scheduleIndex].appId == current.id && state.schedules[scheduleIndex].ownerId == previous {
                    state.schedules[scheduleIndex].ownerId = owner.id
                }
            }
            return state.workflows[index]
        }
        return context.json(Views.v3Workflow(workflow))
    }

    /// The user `ownerId` names when it may own assets (an Artisan or a Curator, active): 400 otherwise.
    static func receivingOwner(_ ownerId: String, in state: GalleryState) throws -> GalleryUser {
        guard let owner = state.user(ownerId) else {
            throw GalleryError.badRequest("The ownerId \"\(ownerId)\" is not the id of a user on this server.")
        }
        guard owner.active else { throw GalleryError.badRequest("The user \(owner.id) is deactivated and cannot own assets.") }
        guard owner.role == .artisan || owner.role == .curator else {
            throw GalleryError.badRequest(
                "The user \(owner.id) has the \(owner.role.rawValue) role: only an Artisan or a Curator may own workflows and schedules.")
        }
        return owner
    }

    /// `PUT /v3/workflows/{workflowId}`: a JSON body with any of `name`, `versionId` with `makePublished`,
    /// `ownerId`, `workerTag`, `comments`, `isPublic`, `isReadyForMigration`, `othersMayDownload`,
    /// `executionMode`; members left out keep their values.
    static func updateWorkflow(_ context: RequestContext) throws -> HTTPResponse {
        let current = try v3Workflow(context)
        try requireWorkflowEditor(context, current, "update a workflow")
        let body = try objectBody(context)
        let isCurator = role(context) == .curator
        let workflow = try context.core.store.write { state -> Workflow in
            guard let index = state.workflowIndex(current.id) else {
                throw GalleryError.notFound("No workflow with id \"\(current.id)\".")
            }
            var workflow = state.workflows[index]
            if let name = try body.string("name") {
                guard !name.isEmpty else { throw GalleryError.badRequest("name must not be empty.") }
                workflow.name = name
            }
            if let ownerId = try body.string("ownerId"), ownerId != workflow.ownerId {
                guard isCurator else { throw GalleryError.forbidden("Only a Curator may give a workflow to another owner.") }
                guard let owner = state.user(ownerId) else {
                    throw GalleryError.badRequest("The ownerId \"\(ownerId)\" is not the id of a user on this server.")
                }
                workflow.ownerId = owner.id
                workflow.subscriptionId = owner.subscriptionId
            }
            if let versionId = try body.string("versionId"), try body.bool("makePublished") ?? false {
                let numbers = 1...max(1, workflow.version, workflow.versionDates.count)
                guard let number = numbers.first(where: { workflow.revisionId($0) == versionId }) else {
                    throw GalleryError.badRequest("The workflow \(workflow.id) has no version with id \"\(versionId)\".")
                }
                workflow.version = number
                workflow.uploadedPackage = workflow.versionPackages[number]
            }
            if let workerTag = try body.string("workerTag") { workflow.workerTag = workerTag }
            if let comments = try body.string("comments") { workflow.comments = comments }
            if let isPublic = try body.bool("isPublic") { workflow.isPublic = isPublic }
            if let ready = try body.bool("isReadyForMigration") { workflow.isReadyForMigration = ready }
            if let download = try body.bool("othersMayDownload") { workflow.canDownload = download }
            if let mode = try body.string("executionMode") {
                guard ["Safe", "SemiSafe", "Standard"].contains(mode) else {
                    throw GalleryError.badRequest("executionMode must be Safe, SemiSafe or Standard, not \"\(mode)\".")
                }
                workflow.executionMode = mode
            }
            state.workflows[index] = workflow
            return workflow
        }
        return context.json(Views.v3Workflow(workflow))
    }

    /// `DELETE /v3/workflows/{workflowId}`: 400 while schedules run it unless `force=true` (which deletes
    /// them too); the workflow disappears from every API.
    static func deleteWorkflow(_ context: RequestContext) throws -> HTTPResponse {
        let workflow = try v3Workflow(context)
        try requireWorkflowEditor(context, workflow, "delete a workflow")
        let force = try context.query.bool("force", default: false)
        try context.core.store.write { state in
            let schedules = state.schedules.filter { $0.appId == workflow.id }
            if !schedules.isEmpty, !force {
                throw GalleryError.badRequest(
                    "The workflow \(workflow.id) has \(schedules.count) schedule(s): delete them first, or send force=true.")
            }
            state.schedules.removeAll { $0.appId == workflow.id }
            if let index = state.workflowIndex(workflow.id) { state.workflows[index].isDeleted = true }
        }
        return context.json(.object(JSONObject()))
    }

    /// `GET /v3/workflows/{workflowId}/package?versionId=`: the .yxzp of the published (or given) version.
    static func package(_ context: RequestContext) throws -> HTTPResponse {
        let workflow = try v3Workflow(context)
        let number = try versionNumber(context, workflow)
        return SubscriptionRoutes.fileResponse(
            PackageBuilder.package(for: workflow, version: number), contentType: "application/octet-stream",
            fileName: PackageBuilder.fileName(for: workflow), attachment: true)
    }

    /// `GET /v3/workflows/{workflowId}/questions?versionId=`.
    static func questions(_ context: RequestContext) throws -> HTTPResponse {
        let workflow = try v3Workflow(context)
        _ = try versionNumber(context, workflow)
        return context.json(.array(workflow.questions.map(Views.v3Question)))
    }

    private static func versionNumber(_ context: RequestContext, _ workflow: Workflow) throws -> Int {
        guard let versionId = context.query.nonEmpty("versionId") else { return workflow.version }
        guard let number = (1...max(1, workflow.versionDates.count, workflow.version)).first(where: { workflow.revisionId($0) == versionId })
        else {
            throw GalleryError.notFound("The workflow \(workflow.id) has no version with id \"\(versionId)\".")
        }
        return number
    }

    /// `GET /v3/workflows/{workflowId}/jobs`: its jobs the caller may see (all for a curator), newest first.
    static func workflowJobs(_ context: RequestContext) throws -> HTTPResponse {
        let workflow = try v3Workflow(context)
        let caller = context.caller
        let isCurator = role(context) == .curator
        let jobs = context.core.store.read { state in
            state.orderedJobs.filter { $0.appId == workflow.id && (isCurator || state.canSee($0, caller)) }
        }
        let now = context.now
        return context.json(.array(jobs.reversed().map { Views.v3JobSummary($0, at: now) }))
    }

    /// Runs a workflow: `{"questions":[{"name":…,"value":…}],"priority":"Default","workerTag":"","credentialId":""}`.
    static func runJob(_ context: RequestContext) throws -> HTTPResponse {
        let workflow = try v3Workflow(context)
        let request = try SubscriptionRoutes.jobRequest(context, appId: workflow.id, defaultPriority: "Default")
        // A curator may run any workflow; the engine checks everyone else's access.
        var principal = context.caller
        if role(context) == .curator { principal.credential.subscriptionId = workflow.subscriptionId }
        let job = try context.core.jobs.queue(request, by: principal)
        return context.json(Views.v3Job(job, at: job.createDate, includeMessages: true))
    }

    // MARK: Jobs

    /// `GET /v3/jobs` (curators): every job, filtered by `status` (`Queued`, `Initializing`, `Running`,
    /// `Complete`) and `workflowId`, sorted by creation (`direction` `asc`/`desc`), paged by `offset`/`limit`.
    static func jobs(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "list every job")
        let status = context.query.nonEmpty("status")
        let statuses = ["Queued", "Initializing", "Running", "Complete"]
        if let status, !statuses.contains(where: { $0.caseInsensitiveCompare(status) == .orderedSame }) {
            throw GalleryError.badRequest("status must be one of \(statuses.joined(separator: ", ")), not \"\(status)\".")
        }
        let direction = context.query.nonEmpty("direction")?.lowercased() ?? "desc"
        guard direction == "asc" || direction == "desc" else {
            throw GalleryError.badRequest("direction must be asc or desc, not \"\(direction)\".")
        }
        let workflowId = context.query.nonEmpty("workflowId")
        let offset = try context.query.integer("offset", minimum: 0) ?? 0
        let limit = try context.query.integer("limit", minimum: 1)
        let now = context.now
        var jobs = context.core.store.read { $0.orderedJobs }.filter { job in
            (status.map { Views.v3Status(job, at: now).caseInsensitiveCompare($0) == .orderedSame } ?? true)
                && (workflowId.map { job.appId == $0 } ?? true)
        }
        if direction == "desc" { jobs.reverse() }
        let page = jobs.dropFirst(offset).prefix(limit ?? Int.max)
        return context.json(.array(page.map { Views.v3JobSummary($0, at: now) }))
    }

    static func job(_ context: RequestContext) throws -> HTTPResponse {
        let job = try SubscriptionRoutes.visibleJob(context, id: context.parameter("jobId"), asAdmin: role(context) == .curator)
        let includeMessages = try context.query.bool("includeMessages", default: true)
        return context.json(Views.v3Job(job, at: context.now, includeMessages: includeMessages))
    }

    /// `GET /v3/jobs/{jobId}/messages`: the engine messages (empty until the job completes).
    static func jobMessages(_ context: RequestContext) throws -> HTTPResponse {
        let job = try SubscriptionRoutes.visibleJob(context, id: context.parameter("jobId"), asAdmin: role(context) == .curator)
        let messages = job.status(at: context.now) == .completed ? job.result?.messages ?? [] : []
        return context.json(.array(messages.map(Views.message)))
    }

    /// `DELETE /v3/jobs/{jobId}`: cancels a queued or running job; answers it, `Complete` and `Cancelled`.
    static func cancelJob(_ context: RequestContext) throws -> HTTPResponse {
        let caller = context.caller
        let isCurator = role(context) == .curator
        if role(context) == .viewer {
            throw GalleryError.forbidden("A user with the Viewer role may not cancel jobs.")
        }
        let job = try context.core.jobs.cancel(context.parameter("jobId")) { job, state in isCurator || state.canSee(job, caller) }
        return context.json(Views.v3Job(job, at: context.core.configuration.clock(), includeMessages: true))
    }

    /// `GET /v3/jobs/{jobId}/output/{outputId}?format=Raw|Csv`: the output's bytes; `format` is required, as
    /// on every /webapi output download.
    static func jobOutput(_ context: RequestContext) throws -> HTTPResponse {
        let job = try SubscriptionRoutes.visibleJob(context, id: context.parameter("jobId"), asAdmin: role(context) == .curator)
        return try SubscriptionRoutes.outputResponse(context, job: job)
    }

    // MARK: Schedules

    /// `GET /v3/schedules`: every schedule for a curator, one's own for anyone else; filtered by
    /// `ownerId` and `workflowId`.
    static func schedules(_ context: RequestContext) throws -> HTTPResponse {
        let isCurator = role(context) == .curator
        let caller = context.caller.userId
        let ownerId = context.query.nonEmpty("ownerId")
        let workflowId = context.query.nonEmpty("workflowId")
        let now = context.now
        let answer = context.core.store.read { state in
            state.schedules.filter { schedule in
                (isCurator || schedule.ownerId == caller) && (ownerId.map { schedule.ownerId == $0 } ?? true)
                    && (workflowId.map { schedule.appId == $0 } ?? true)
            }.map { Views.v3Schedule($0, state: state, now: now) }
        }
        return context.json(.array(answer))
    }

    static func schedule(_ context: RequestContext) throws -> HTTPResponse {
        let schedule = try visibleSchedule(context)
        let now = context.now
        return context.json(context.core.store.read { Views.v3Schedule(schedule, state: $0, now: now) })
    }

    /// `POST /v3/schedules`: `workflowId`, `name`, `iteration` (`{"iterationType":"Daily"|"Weekly",
    /// "startTime":"HH:MM" or a date-time, "daysOfWeek":["Monday"]}`) required; `comment`, `priority`,
    /// `workerTag`, `credentialId` optional. Needs `canScheduleJobs` and a workflow the caller may run.
    static func createSchedule(_ context: RequestContext) throws -> HTTPResponse {
        let body = try objectBody(context)
        let caller = context.caller
        let isCurator = role(context) == .curator
        guard let workflowId = try body.string("workflowId"), !workflowId.isEmpty else {
            throw GalleryError.badRequest("workflowId (the workflow the schedule runs) is required.")
        }
        guard let name = try body.string("name"), !name.isEmpty else { throw GalleryError.badRequest("name is required.") }
        guard let iteration = body.object["iteration"] else {
            throw GalleryError.badRequest(
                "iteration is required: {\"iterationType\":\"Daily\",\"startTime\":\"06:00\"} or Weekly with \"daysOfWeek\".")
        }
        let frequency = try ScheduleIteration.frequency(iteration)
        let priority = try body.string("priority").map(priorityName) ?? "Default"
        let now = context.now
        let schedule = try context.core.store.write { state -> Schedule in
            guard let user = state.user(caller.userId), isCurator || user.canSchedule else {
                throw GalleryError.forbidden("This user may not schedule jobs (canScheduleJobs is false).")
            }
            guard let workflow = state.workflow(workflowId), isCurator || state.canUse(workflow, caller) else {
                throw GalleryError.notFound("No workflow with id \"\(workflowId)\" is available to this key.")
            }
            let schedule = Schedule(
                id: state.newID(at: now), name: name, appId: workflow.id, ownerId: user.id,
                comment: try body.string("comment") ?? "", enabled: true, priority: priority,
                workerTag: try body.string("workerTag") ?? "", credentialId: try body.string("credentialId") ?? "",
                creationTime: now, lastRunTime: now, frequency: frequency, runCount: 0, estimatedSeconds: 10)
            state.schedules.append(schedule)
            return schedule
        }
        return context.json(context.core.store.read { Views.v3Schedule(schedule, state: $0, now: now) })
    }

    /// `PUT /v3/schedules/{scheduleId}`: any of `name`, `comment`, `enabled`, `priority`, `workerTag`,
    /// `credentialId`, `iteration`; its owner or a curator.
    static func updateSchedule(_ context: RequestContext) throws -> HTTPResponse {
        let current = try visibleSchedule(context)
        let body = try objectBody(context)
        var schedule = current
        if let name = try body.string("name") {
            guard !name.isEmpty else { throw GalleryError.badRequest("name must not be empty.") }
            schedule.name = name
        }
        if let comment = try body.string("comment") { schedule.comment = comment }
        if let enabled = try body.bool("enabled") { schedule.enabled = enabled }
        if let priority = try body.string("priority") { schedule.priority = try priorityName(priority) }
        if let workerTag = try body.string("workerTag") { schedule.workerTag = workerTag }
        if let credentialId = try body.string("credentialId") { schedule.credentialId = credentialId }
        if let iteration = body.object["iteration"], !iteration.isNull { schedule.frequency = try ScheduleIteration.frequency(iteration) }
        let now = context.now
        let answer = context.core.store.write { state -> JSONValue in
            if let index = state.schedules.firstIndex(where: { $0.id == schedule.id }) { state.schedules[index] = schedule }
            return Views.v3Schedule(schedule, state: state, now: now)
        }
        return context.json(answer)
    }

    static func deleteSchedule(_ context: RequestContext) throws -> HTTPResponse {
        let schedule = try visibleSchedule(context)
        context.core.store.write { state in state.schedules.removeAll { $0.id == schedule.id } }
        return context.json(.object(JSONObject()))
    }

    /// A priority name as v3 takes it (any case): `Default`, `Low`, `Medium`, `High`, `Critical`.
    private static func priorityName(_ text: String) throws -> String {
        let names = ["Default"] + JobPriority.names
        guard let name = names.first(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) else {
            throw GalleryError.badRequest("priority must be one of \(names.joined(separator: ", ")), not \"\(text)\".")
        }
        return name
    }

    /// The schedule `scheduleId` when the caller owns it or is a curator (404 otherwise).
    private static func visibleSchedule(_ context: RequestContext) throws -> Schedule {
        let id = context.parameter("scheduleId")
        let isCurator = role(context) == .curator
        let caller = context.caller.userId
        guard let schedule = context.core.store.read({ $0.schedules.first { $0.id == id } }), isCurator || schedule.ownerId == caller
        else { throw GalleryError.notFound("No schedule with id \"\(id)\" is visible to this key.") }
        return schedule
    }

    // MARK: Credentials

    /// `GET /v3/credentials`: every stored credential for a curator, those shared with the caller otherwise;
    /// `userId` filters by whom it is shared with.
    static func credentials(_ context: RequestContext) throws -> HTTPResponse {
        let isCurator = role(context) == .curator
        let caller = context.caller.userId ?? ""
        let userId = context.query.nonEmpty("userId")
        let list = context.core.store.read { state in
            state.credentials.filter { credential in
                (isCurator || state.isShared(credential, with: caller))
                    && (userId.map { credential.sharedWithUserIds.contains($0) } ?? true)
            }
        }
        return context.json(.array(list.map { ["id": .string($0.id), "username": .string($0.userName)] }))
    }

    static func credential(_ context: RequestContext) throws -> HTTPResponse {
        context.json(Views.v3Credential(try visibleCredential(context)))
    }

    /// `POST /v3/credentials` (curators): `{"username":…,"password":…}`; the password is never answered.
    static func createCredential(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "create credentials")
        let body = try objectBody(context)
        guard let username = try body.string("username"), !username.isEmpty else {
            throw GalleryError.badRequest("username is required (for example DOMAIN\\\\svc-account).")
        }
        guard let password = try body.string("password"), !password.isEmpty else {
            throw GalleryError.badRequest("password is required.")
        }
        let now = context.now
        let credential = try context.core.store.write { state -> StoredCredential in
            guard !state.credentials.contains(where: { $0.userName.caseInsensitiveCompare(username) == .orderedSame }) else {
                throw GalleryError.badRequest("A credential for \"\(username)\" exists already.")
            }
            let credential = StoredCredential(id: state.newID(at: now), userName: username, sharedWithUserIds: [])
            state.credentials.append(credential)
            return credential
        }
        return context.json(Views.v3Credential(credential))
    }

    /// `DELETE /v3/credentials/{credentialId}` (curators): 400 while it is shared unless `force=true`.
    static func deleteCredential(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "delete credentials")
        let credential = try visibleCredential(context)
        let force = try context.query.bool("force", default: false)
        guard credential.sharedWithUserIds.isEmpty || force else {
            throw GalleryError.badRequest(
                "The credential \(credential.id) is shared with \(credential.sharedWithUserIds.count) user(s): unshare it first, or send force=true.")
        }
        context.core.store.write { state in
            state.credentials.removeAll { $0.id == credential.id }
            for index in state.users.indices { state.users[index].credentialIds.removeAll { $0 == credential.id } }
        }
        return context.json(.object(JSONObject()))
    }

    /// `POST /v3/credentials/{credentialId}/users` (curators): `{"userId":…}` shares it with that user.
    static func shareCredential(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "share credentials")
        let credential = try visibleCredential(context)
        guard let userId = try objectBody(context).string("userId"), !userId.isEmpty else {
            throw GalleryError.badRequest("userId (the user to share the credential with) is required.")
        }
        let shared = try context.core.store.write { state -> StoredCredential in
            guard let userIndex = state.users.firstIndex(where: { $0.id == userId }) else {
                throw GalleryError.badRequest("The userId \"\(userId)\" is not the id of a user on this server.")
            }
            guard let index = state.credentials.firstIndex(where: { $0.id == credential.id }) else {
                throw GalleryError.notFound("No credential with id \"\(credential.id)\".")
            }
            if !state.credentials[index].sharedWithUserIds.contains(userId) { state.credentials[index].sharedWithUserIds.append(userId) }
            if !state.users[userIndex].credentialIds.contains(credential.id) { state.users[userIndex].credentialIds.append(credential.id) }
            return state.credentials[index]
        }
        return context.json(Views.v3Credential(shared))
    }

    /// `DELETE /v3/credentials/{credentialId}/users/{userId}` (curators): stops sharing; 404 when it was not shared.
    static func unshareCredential(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "unshare credentials")
        let credential = try visibleCredential(context)
        let userId = context.parameter("userId")
        guard credential.sharedWithUserIds.contains(userId) else {
            throw GalleryError.notFound("The credential \(credential.id) is not shared with the user \"\(userId)\".")
        }
        context.core.store.write { state in
            if let index = state.credentials.firstIndex(where: { $0.id == credential.id }) {
                state.credentials[index].sharedWithUserIds.removeAll { $0 == userId }
            }
            if let index = state.users.firstIndex(where: { $0.id == userId }) {
                state.users[index].credentialIds.removeAll { $0 == credential.id }
            }
        }
        return context.json(.object(JSONObject()))
    }

    /// The credential `credentialId` when the caller is a curator or it is shared with them (404 otherwise).
    private static func visibleCredential(_ context: RequestContext) throws -> StoredCredential {
        let id = context.parameter("credentialId")
        let isCurator = role(context) == .curator
        let caller = context.caller.userId ?? ""
        let credential = context.core.store.read { state in
            state.credentials.first { $0.id == id && (isCurator || state.isShared($0, with: caller)) }
        }
        guard let credential else { throw GalleryError.notFound("No credential with id \"\(id)\" is visible to this key.") }
        return credential
    }

    /// `POST /v3/credentials/{credentialId}/userGroups` (Curators): `{"userGroupId":…}` shares it with the
    /// group's members.
    static func shareCredentialWithGroup(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "share credentials")
        let credential = try visibleCredential(context)
        let groupId = try userGroupIdBody(context)
        let shared = try context.core.store.write { state -> StoredCredential in
            guard state.userGroups.contains(where: { $0.id == groupId }) else { throw unknownGroup(groupId) }
            guard let index = state.credentials.firstIndex(where: { $0.id == credential.id }) else {
                throw GalleryError.notFound("No credential with id \"\(credential.id)\".")
            }
            if !state.credentials[index].sharedWithGroupIds.contains(groupId) { state.credentials[index].sharedWithGroupIds.append(groupId) }
            return state.credentials[index]
        }
        return context.json(Views.v3Credential(shared))
    }

    /// `DELETE /v3/credentials/{credentialId}/userGroups/{userGroupId}` (Curators): 404 when it was not shared.
    static func unshareCredentialWithGroup(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "unshare credentials")
        let credential = try visibleCredential(context)
        let groupId = context.parameter("userGroupId")
        guard credential.sharedWithGroupIds.contains(groupId) else {
            throw GalleryError.notFound("The credential \(credential.id) is not shared with the user group \"\(groupId)\".")
        }
        context.core.store.write { state in
            if let index = state.credentials.firstIndex(where: { $0.id == credential.id }) {
                state.credentials[index].sharedWithGroupIds.removeAll { $0 == groupId }
            }
        }
        return context.json(.object(JSONObject()))
    }

    /// The `userGroupId` member of a share body (400 when missing).
    static func userGroupIdBody(_ context: RequestContext) throws -> String {
        guard let groupId = try objectBody(context).string("userGroupId"), !groupId.isEmpty else {
            throw GalleryError.badRequest("userGroupId (the user group to share with) is required.")
        }
        return groupId
    }

    static func unknownGroup(_ id: String) -> GalleryError {
        GalleryError.badRequest("The userGroupId \"\(id)\" is not the id of a user group on this server.")
    }

    // MARK: Server data connections (curators)

    /// `GET /v3/serverDataConnections`: the server's (not the system's) data connections.
    static func dataConnections(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "list server data connections")
        let list = context.core.store.read { $0.dataConnections.filter { !$0.isSystem } }
        return context.json(
            .array(list.map { ["id": .string($0.id), "name": .string($0.name), "connectionString": .string($0.connectionString)] }))
    }

    static func dataConnection(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "read server data connections")
        return context.json(Views.v3DataConnection(try serverDataConnection(context)))
    }

    /// `PUT /v3/serverDataConnections/{dataConnectionId}`: `{"name":…}` renames it.
    static func updateDataConnection(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "rename server data connections")
        let connection = try serverDataConnection(context)
        guard let name = try objectBody(context).string("name"), !name.isEmpty else {
            throw GalleryError.badRequest("name (the connection's new name) is required.")
        }
        let updated = context.core.store.write { state -> DataConnection in
            guard let index = state.dataConnections.firstIndex(where: { $0.id == connection.id }) else { return connection }
            state.dataConnections[index].name = name
            return state.dataConnections[index]
        }
        return context.json(Views.v3DataConnection(updated))
    }

    static func deleteDataConnection(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "delete server data connections")
        let connection = try serverDataConnection(context)
        context.core.store.write { state in
            state.dataConnections.removeAll { $0.id == connection.id }
            for index in state.users.indices { state.users[index].dataConnectionIds.removeAll { $0 == connection.id } }
        }
        return context.json(.object(JSONObject()))
    }

    /// `POST /v3/serverDataConnections/{dataConnectionId}/users`: `{"userId":…}` shares it with that user.
    static func shareDataConnection(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "share server data connections")
        let connection = try serverDataConnection(context)
        guard let userId = try objectBody(context).string("userId"), !userId.isEmpty else {
            throw GalleryError.badRequest("userId (the user to share the connection with) is required.")
        }
        let shared = try context.core.store.write { state -> DataConnection in
            guard let userIndex = state.users.firstIndex(where: { $0.id == userId }) else {
                throw GalleryError.badRequest("The userId \"\(userId)\" is not the id of a user on this server.")
            }
            guard let index = state.dataConnections.firstIndex(where: { $0.id == connection.id }) else { return connection }
            if !state.dataConnections[index].sharedWithUserIds.contains(userId) {
                state.dataConnections[index].sharedWithUserIds.append(userId)
                state.dataConnections[index].userCount += 1
            }
            if !state.users[userIndex].dataConnectionIds.contains(connection.id) {
                state.users[userIndex].dataConnectionIds.append(connection.id)
            }
            return state.dataConnections[index]
        }
        return context.json(Views.v3DataConnection(shared))
    }

    /// `DELETE /v3/serverDataConnections/{dataConnectionId}/users/{userId}`: 404 when it was not shared.
    static func unshareDataConnection(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "unshare server data connections")
        let connection = try serverDataConnection(context)
        let userId = context.parameter("userId")
        guard connection.sharedWithUserIds.contains(userId) else {
            throw GalleryError.notFound("The data connection \(connection.id) is not shared with the user \"\(userId)\".")
        }
        context.core.store.write { state in
            if let index = state.dataConnections.firstIndex(where: { $0.id == connection.id }) {
                state.dataConnections[index].sharedWithUserIds.removeAll { $0 == userId }
                state.dataConnections[index].userCount = max(0, state.dataConnections[index].userCount - 1)
            }
            if let index = state.users.firstIndex(where: { $0.id == userId }) {
                state.users[index].dataConnectionIds.removeAll { $0 == connection.id }
            }
        }
        return context.json(.object(JSONObject()))
    }

    /// `POST /v3/serverDataConnections/{dataConnectionId}/userGroups`: `{"userGroupId":…}`.
    static func shareDataConnectionWithGroup(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "share server data connections")
        let connection = try serverDataConnection(context)
        let groupId = try userGroupIdBody(context)
        let shared = try context.core.store.write { state -> DataConnection in
            guard state.userGroups.contains(where: { $0.id == groupId }) else { throw unknownGroup(groupId) }
            guard let index = state.dataConnections.firstIndex(where: { $0.id == connection.id }) else { return connection }
            if !state.dataConnections[index].sharedWithGroupIds.contains(groupId) {
                state.dataConnections[index].sharedWithGroupIds.append(groupId)
                state.dataConnections[index].userGroupCount += 1
            }
            return state.dataConnections[index]
        }
        return context.json(Views.v3DataConnection(shared))
    }

    /// `DELETE /v3/serverDataConnections/{dataConnectionId}/userGroups/{userGroupId}`: 404 when it was not shared.
    static func unshareDataConnectionWithGroup(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "unshare server data connections")
        let connection = try serverDataConnection(context)
        let groupId = context.parameter("userGroupId")
        guard connection.sharedWithGroupIds.contains(groupId) else {
            throw GalleryError.notFound("The data connection \(connection.id) is not shared with the user group \"\(groupId)\".")
        }
        context.core.store.write { state in
            if let index = state.dataConnections.firstIndex(where: { $0.id == connection.id }) {
                state.dataConnections[index].sharedWithGroupIds.removeAll { $0 == groupId }
                state.dataConnections[index].userGroupCount = max(0, state.dataConnections[index].userGroupCount - 1)
            }
        }
        return context.json(.object(JSONObject()))
    }

    private static func serverDataConnection(_ context: RequestContext) throws -> DataConnection {
        let id = context.parameter("dataConnectionId")
        guard let connection = context.core.store.read({ $0.dataConnections.first { $0.id == id && !$0.isSystem } }) else {
            throw GalleryError.notFound("No server data connection with id \"\(id)\" (system connections are not listed here).")
        }
        return connection
    }

    // MARK: Users

    /// `GET /v3/users` (curators), filtered by `email`, `role`, `firstName`, `lastName`, `active`;
    /// `view=Full` answers every field.
    static func users(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "list users")
        let full = try view(context)
        let email = context.query.nonEmpty("email")
        let roleName = context.query.nonEmpty("role")
        let firstName = context.query.nonEmpty("firstName")
        let lastName = context.query.nonEmpty("lastName")
        let active: Bool? = context.query.nonEmpty("active") == nil ? nil : try context.query.bool("active", default: true)
        let users = context.core.store.read { $0.users }.filter { user in
            (email.map { user.email.caseInsensitiveCompare($0) == .orderedSame } ?? true)
                && (roleName.map { user.role.rawValue.caseInsensitiveCompare($0) == .orderedSame } ?? true)
                && (firstName.map { user.firstName.caseInsensitiveCompare($0) == .orderedSame } ?? true)
                && (lastName.map { user.lastName.caseInsensitiveCompare($0) == .orderedSame } ?? true)
                && (active.map { user.active == $0 } ?? true)
        }
        return context.json(.array(users.map(full ? Views.v3User : Views.v3UserSummary)))
    }

    static func user(_ context: RequestContext) throws -> HTTPResponse {
        let id = context.parameter("userId")
        // Anyone may read themselves; other users are for curators.
        if id != context.caller.userId { try requireCurator(context, "read other users") }
        guard let user = context.core.store.read({ $0.user(id) }) else { throw GalleryError.notFound("No user with id \"\(id)\".") }
        return context.json(Views.v3User(user))
    }

    /// `POST /v3/users`: `firstName`, `lastName`, `email` required; `role` (default `Viewer`) and the other
    /// v3 user fields optional. 400 when the email is taken.
    static func createUser(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "create users")
        let body = try objectBody(context)
        var missing: [String] = []
        for key in ["firstName", "lastName", "email"] where (try body.string(key) ?? "").isEmpty { missing.append(key) }
        guard missing.isEmpty else {
            throw GalleryError.badRequest("A new user needs \(missing.joined(separator: ", ")) (non-empty strings).")
        }
        let email = try body.string("email") ?? ""
        guard email.contains("@") else { throw GalleryError.badRequest("email must be an email address, not \"\(email)\".") }
        let now = context.now
        let subscriptionId = context.caller.subscriptionId
        let user = try context.core.store.write { state -> GalleryUser in
            guard state.user(email: email) == nil else {
                throw GalleryError.badRequest("A user with the email \"\(email)\" exists already.")
            }
            var user = GalleryUser(
                id: state.newID(at: now), firstName: try body.string("firstName") ?? "", lastName: try body.string("lastName") ?? "",
                email: email, role: .viewer, subscriptionId: subscriptionId, dateAdded: now, lastLogin: now)
            try apply(body, to: &user)
            state.users.append(user)
            return user
        }
        return context.json(Views.v3User(user))
    }

    /// `PUT /v3/users/{userId}`: members left out keep their values; `isActive: false` deactivates.
    static func updateUser(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "update users")
        let id = context.parameter("userId")
        let callerId = context.caller.userId
        let body = try objectBody(context)
        let user = try context.core.store.write { state -> GalleryUser in
            guard let index = state.users.firstIndex(where: { $0.id == id }) else {
                throw GalleryError.notFound("No user with id \"\(id)\".")
            }
            var user = state.users[index]
            if let first = try body.string("firstName") { user.firstName = first }
            if let last = try body.string("lastName") { user.lastName = last }
            if let email = try body.string("email"), email.caseInsensitiveCompare(user.email) != .orderedSame {
                guard email.contains("@") else { throw GalleryError.badRequest("email must be an email address, not \"\(email)\".") }
                guard state.user(email: email) == nil else {
                    throw GalleryError.badRequest("A user with the email \"\(email)\" exists already.")
                }
                user.email = email
            }
            try apply(body, to: &user)
            // As with deactivate and delete: a curator cannot lock themselves out.
            if id == callerId, !user.active || !user.isApiEnabled || user.isAccountLocked || user.role != .curator {
                throw GalleryError.badRequest(
                    "A curator cannot deactivate, lock, demote or turn off API access for their own user.")
            }
            state.users[index] = user
            return user
        }
        return context.json(Views.v3User(user))
    }

    /// `DELETE /v3/users/{userId}`: 400 while the user owns workflows or schedules (transfer them first).
    static func deleteUser(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "delete users")
        let id = context.parameter("userId")
        guard id != context.caller.userId else { throw GalleryError.badRequest("A curator cannot delete their own user.") }
        try context.core.store.write { state in
            guard state.user(id) != nil else { throw GalleryError.notFound("No user with id \"\(id)\".") }
            let workflows = state.workflows.filter { !$0.isDeleted && $0.ownerId == id }.count
            let schedules = state.schedules.filter { $0.ownerId == id }.count
            let collections = state.collections.filter { $0.ownerId == id }.count
            guard workflows + schedules + collections == 0 else {
                throw GalleryError.badRequest(
                    "The user \(id) owns \(workflows) workflow(s), \(schedules) schedule(s) and \(collections) collection(s): "
                        + "transfer them to another user first (PUT /webapi/v3/users/\(id)/assetTransfer).")
            }
            state.users.removeAll { $0.id == id }
            for index in state.userGroups.indices { state.userGroups[index].userIds.removeAll { $0 == id } }
            for index in state.collections.indices {
                state.collections[index].userIds.removeAll { $0 == id }
                state.collections[index].permissions[id] = nil
            }
            // DCM connections are personal: the user's own go with them, and they leave every sharing list.
            state.dcmConnections.removeAll { $0.ownerId == id }
            for index in state.dcmConnections.indices {
                state.dcmConnections[index].execution.userIds.removeAll { $0 == id }
                state.dcmConnections[index].collaboration.userIds.removeAll { $0 == id }
            }
        }
        return context.json(.object(JSONObject()))
    }

    /// `POST /v3/users/{userId}/deactivate` (Curators): the user is no longer active (their keys get no
    /// token and their requests answer 401) and leaves every user group; answers the ids of those groups.
    static func deactivateUser(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "deactivate users")
        let id = context.parameter("userId")
        guard id != context.caller.userId else { throw GalleryError.badRequest("A curator cannot deactivate their own user.") }
        let left = try context.core.store.write { state -> [String] in
            guard let index = state.users.firstIndex(where: { $0.id == id }) else { throw GalleryError.notFound("No user with id \"\(id)\".") }
            state.users[index].active = false
            var left: [String] = []
            for groupIndex in state.userGroups.indices where state.userGroups[groupIndex].userIds.contains(id) {
                state.userGroups[groupIndex].userIds.removeAll { $0 == id }
                left.append(state.userGroups[groupIndex].id)
            }
            return left
        }
        return context.json(.array(left.map { .string($0) }))
    }

    /// `POST /v3/users/{userId}/passwordReset` (Curators): the server would email the user a reset link; the
    /// emulator sends nothing and records a `PasswordReset` event in the audit log instead. No password is
    /// ever answered. 400 for a deactivated user, who could not sign in with it.
    static func resetPassword(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "reset passwords")
        let id = context.parameter("userId")
        let now = context.now
        let curator = context.caller.userId ?? ""
        try context.core.store.write { state in
            guard let user = state.user(id) else { throw GalleryError.notFound("No user with id \"\(id)\".") }
            guard user.active else {
                throw GalleryError.badRequest("The user \(id) is deactivated: reactivate them (isActive: true) before resetting their password.")
            }
            state.auditEvents.append(
                AuditEvent(
                    id: state.newID(at: now), entity: "User", entityId: id, userId: curator, timestamp: now,
                    event: "PasswordReset", oldValues: "", newValues: "{\"email\":\"\(user.email)\"}"))
        }
        return context.json(.object(JSONObject()))
    }

    /// `GET /v3/users/{userId}/assets?assetType=All|Workflow|Schedule|Collection` (Curators): what the user owns.
    static func userAssets(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "list a user's assets")
        let id = context.parameter("userId")
        let assetType = context.query.nonEmpty("assetType") ?? "All"
        let types = ["All", "Workflow", "Schedule", "Collection"]
        guard let type = types.first(where: { $0.caseInsensitiveCompare(assetType) == .orderedSame }) else {
            throw GalleryError.badRequest("assetType must be one of \(types.joined(separator: ", ")), not \"\(assetType)\".")
        }
        let assets = try context.core.store.read { state -> [JSONValue] in
            guard state.user(id) != nil else { throw GalleryError.notFound("No user with id \"\(id)\".") }
            var assets: [JSONValue] = []
            if type == "All" || type == "Workflow" {
                assets += state.workflows.filter { !$0.isDeleted && $0.ownerId == id }.map {
                    ["id": .string($0.id), "type": "Workflow", "name": .string($0.name)]
                }
            }
            if type == "All" || type == "Schedule" {
                assets += state.schedules.filter { $0.ownerId == id }.map { ["id": .string($0.id), "type": "Schedule", "name": .string($0.name)] }
            }
            if type == "All" || type == "Collection" {
                assets += state.collections.filter { $0.ownerId == id }.map { ["id": .string($0.id), "type": "Collection", "name": .string($0.name)] }
            }
            return assets
        }
        return context.json(.array(assets))
    }

    /// `PUT /v3/users/{userId}/assetTransfer` (Curators): `{"ownerId":…,"transferWorkflows":…,
    /// "transferSchedules":…,"transferCollections":…}` (all required) gives what the user owns to another
    /// Artisan or Curator; answers the assets moved.
    static func transferAssets(_ context: RequestContext) throws -> HTTPResponse {
        try requireCurator(context, "transfer a user's assets")
        let id = context.parameter("userId")
        let body = try objectBody(context)
        guard let ownerId = try body.string("ownerId"), !ownerId.isEmpty else {
            throw GalleryError.badRequest("ownerId (the user who receives the assets) is required.")
        }
        var flags: [String: Bool] = [:]
        for key in ["transferWorkflows", "transferSchedules", "transferCollections"] {
            guard let flag = try body.bool(key) else { throw GalleryError.badRequest("\(key) (true or false) is required.") }
            flags[key] = flag
        }
        let moved = try context.core.store.write { state -> [JSONValue] in
            guard state.user(id) != nil else { throw GalleryError.notFound("No user with id \"\(id)\".") }
            let owner = try receivingOwner(ownerId, in: state)
            guard owner.id != id else { throw GalleryError.badRequest("ownerId is the user whose assets are transferred.") }
            var moved: [JSONValue] = []
            if flags["transferWorkflows"] == true {
                for index in state.workflows.indices where !state.workflows[index].isDeleted && state.workflows[index].ownerId == id {
                    state.workflows[index].ownerId = owner.id
                    state.workflows[index].subscriptionId = owner.subscriptionId
                    moved.append(["id": .string(state.workflows[index].id), "type": "Workflow", "name": .string(state.workflows[index].name)])
                }
            }
            if flags["transferSchedules"] == true {
                for index in state.schedules.indices where state.schedules[index].ownerId == id {
                    state.schedules[index].ownerId = owner.id
                    moved.append(["id": .string(state.schedules[index].id), "type": "Schedule", "name": .string(state.schedules[index].name)])
                }
            }
            if flags["transferCollections"] == true {
                for index in state.collections.indices where state.collections[index].ownerId == id {
                    state.collections[index].ownerId = owner.id
                    moved.append(["id": .string(state.collections[index].id), "type": "Collection", "name": .string(state.collections[index].name)])
                }
            }
            return moved
        }
        return context.json(.array(moved))
    }

    /// A role name as v3 takes it (any case): `Viewer`, `Member`, `Artisan`, `Curator`.
    static func userRole(_ name: String) throws -> UserRole {
        let roles: [UserRole] = [.viewer, .member, .artisan, .curator]
        guard let role = roles.first(where: { $0.rawValue.caseInsensitiveCompare(name) == .orderedSame }) else {
            throw GalleryError.badRequest("role must be Viewer, Member, Artisan or Curator, not \"\(name)\".")
        }
        return role
    }

    /// The optional v3 user fields of a create or update body.
    private static func apply(_ body: JSONObjectBody, to user: inout GalleryUser) throws {
        if let name = try body.string("role") { user.role = try userRole(name) }
        if let value = try body.string("defaultWorkerTag") { user.defaultWorkerTag = value }
        if let value = try body.string("defaultCredentialId") { user.defaultCredentialId = value }
        if let value = try body.string("timeZone") { user.timezone = value }
        if let value = try body.string("language") { user.language = value }
        if let value = try body.bool("canScheduleJobs") { user.canSchedule = value }
        if let value = try body.bool("canPrioritizeJobs") { user.canSetPriority = value }
        if let value = try body.bool("canAssignJobs") { user.canSetWorkerAssignment = value }
        if let value = try body.bool("canCreateCollections") { user.canCreateCollections = value }
        if let value = try body.bool("isApiEnabled") { user.isApiEnabled = value }
        if let value = try body.bool("isAccountLocked") { user.isAccountLocked = value }
        if let value = try body.bool("isActive") { user.active = value }
        if let value = try body.bool("isValidated") { user.isValidated = value }
    }

    // MARK: Shared

    static func objectBody(_ context: RequestContext) throws -> JSONObjectBody {
        guard case .object(let object) = try context.jsonBody() else {
            throw GalleryError.badRequest("The body must be a JSON object.")
        }
        return JSONObjectBody(object: object)
    }

    static func v3Workflow(_ context: RequestContext) throws -> Workflow {
        let id = context.parameter("workflowId")
        let caller = context.caller
        let isCurator = role(context) == .curator
        let workflow = context.core.store.read { state -> Workflow? in
            guard let workflow = state.workflow(id), isCurator || state.canUse(workflow, caller) else { return nil }
            return workflow
        }
        guard let workflow else { throw GalleryError.notFound("No workflow with id \"\(id)\" is available to this key.") }
        return workflow
    }
}

/// A v3 schedule's `iteration`: `Daily` or `Weekly` at a time of day (the emulator's two frequencies).
enum ScheduleIteration {
    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static func frequency(_ value: JSONValue) throws -> ScheduleFrequency {
        guard case .object(let object) = value else { throw GalleryError.badRequest("iteration must be an object.") }
        let body = JSONObjectBody(object: object)
        let type = try body.string("iterationType") ?? ""
        let start = try body.string("startTime") ?? ""
        let time: (hour: Int, minute: Int)
        if let date = GalleryDate.parse(start), start.count > 5 {
            let parts = GalleryDate.parts(of: date)
            time = (parts.hour, parts.minute)
        } else {
            let pieces = start.split(separator: ":").compactMap { Int($0) }
            guard pieces.count == 2, (0...23).contains(pieces[0]), (0...59).contains(pieces[1]) else {
                throw GalleryError.badRequest("iteration.startTime must be a time such as 06:00 or a date-time, not \"\(start)\".")
            }
            time = (pieces[0], pieces[1])
        }
        switch type.lowercased() {
        case "daily":
            return .daily(hour: time.hour, minute: time.minute)
        case "weekly":
            guard case .array(let days)? = object["daysOfWeek"], days.count == 1, let name = days[0].stringValue,
                let weekday = dayNames.firstIndex(where: { $0.caseInsensitiveCompare(name) == .orderedSame })
            else {
                throw GalleryError.badRequest("A Weekly iteration needs daysOfWeek with one day name, such as [\"Monday\"].")
            }
            return .weekly(weekday: weekday, hour: time.hour, minute: time.minute)
        default:
            throw GalleryError.badRequest("iteration.iterationType must be Daily or Weekly (the emulator's frequencies), not \"\(type)\".")
        }
    }
}

/// Typed members of a JSON request body; a member of the wrong type is a 400 naming it.
struct JSONObjectBody {
    let object: JSONObject

    /// The string member `key`, trimmed; nil when absent or null.
    func string(_ key: String) throws -> String? {
        switch object[key] ?? .null {
        case .null: return nil
        case .string(let text): return text.trimmingCharacters(in: .whitespaces)
        default: throw GalleryError.badRequest("\(key) must be a string.")
        }
    }

    /// The Boolean member `key`; nil when absent or null.
    func bool(_ key: String) throws -> Bool? {
        switch object[key] ?? .null {
        case .null: return nil
        case .bool(let value): return value
        default: throw GalleryError.badRequest("\(key) must be true or false.")
        }
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
        // A deleted or deactivated user's keys stop working at once: no new token for them.
        if let userId = credential.userId, context.core.store.read({ $0.user(userId)?.active }) != true {
            return error(
                context, status: 401, "invalid_client",
                "The user this client id belongs to has been deleted or deactivated: a Curator reactivates them (isActive: true).")
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
