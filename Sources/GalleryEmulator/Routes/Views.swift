import Foundation
import PostieJSON

/// The JSON shapes the Gallery answers with, one function per model (names as in its Swagger models).
enum Views {
    static func date(_ date: Date) -> JSONValue { .string(GalleryDate.format(date)) }

    static func optionalString(_ text: String) -> JSONValue { text.isEmpty ? .null : .string(text) }

    /// `Workflow`: the Subscription API's and Admin V1's shape.
    static func workflow(_ workflow: Workflow) -> JSONValue {
        [
            "id": .string(workflow.id),
            "subscriptionId": .string(workflow.subscriptionId),
            "public": .bool(workflow.isPublic),
            "runDisabled": .bool(workflow.runDisabled),
            "packageType": .string(workflow.packageType.rawValue),
            "uploadDate": date(workflow.uploadDate),
            "fileName": .string(workflow.fileName),
            "metaInfo": [
                "name": .string(workflow.name),
                "description": .string(workflow.description),
                "author": .string(workflow.author),
                "copyright": .string("© \(GalleryDate.parts(of: workflow.uploadDate).year) Postie Demo Ltd"),
                "url": "",
                "urlText": "",
                "outputMessage": .string(workflow.outputMessage),
                "noOutputFilesMessage": .string(workflow.noOutputFilesMessage),
            ],
            "isChained": .bool(workflow.isChained),
            "version": .number(Double(workflow.version)),
            "runCount": .number(Double(workflow.runCount)),
            "workerTag": .string(workflow.workerTag),
            "isE2": .bool(workflow.isE2),
        ]
    }

    /// `workflow(_:)` written straight into `json`: the same bytes, without the tree (the Subscription
    /// API's list is the commonest signed answer).
    static func writeWorkflow(_ workflow: Workflow, into json: inout DirectJSON) {
        json.beginObject()
        json.member("id", workflow.id)
        json.member("subscriptionId", workflow.subscriptionId)
        json.member("public", workflow.isPublic)
        json.member("runDisabled", workflow.runDisabled)
        json.member("packageType", workflow.packageType.rawValue)
        json.member("uploadDate", GalleryDate.format(workflow.uploadDate))
        json.member("fileName", workflow.fileName)
        json.key("metaInfo")
        json.beginObject()
        json.member("name", workflow.name)
        json.member("description", workflow.description)
        json.member("author", workflow.author)
        json.member("copyright", "© \(GalleryDate.parts(of: workflow.uploadDate).year) Postie Demo Ltd")
        json.member("url", "")
        json.member("urlText", "")
        json.member("outputMessage", workflow.outputMessage)
        json.member("noOutputFilesMessage", workflow.noOutputFilesMessage)
        json.endObject()
        json.member("isChained", workflow.isChained)
        json.key("version")
        json.integer(workflow.version)
        json.key("runCount")
        json.integer(workflow.runCount)
        json.member("workerTag", workflow.workerTag)
        json.member("isE2", workflow.isE2)
        json.endObject()
    }

    /// A JSON array of `workflow(_:)` views, written straight into bytes.
    static func workflowList(_ workflows: [Workflow]) -> [UInt8] {
        var json = DirectJSON(capacity: 64 + workflows.count * 640)
        json.beginArray()
        for workflow in workflows { writeWorkflow(workflow, into: &json) }
        json.endArray()
        return json.bytes
    }

    /// `Question`.
    static func question(_ question: Question) -> JSONValue {
        [
            "name": .string(question.name),
            "type": .string(question.type),
            "description": .string(question.description),
            "value": .string(question.value),
            "items": .array(question.items.map { ["key": .string($0.key), "value": .string($0.value)] }),
            "multiple": .string(question.multiple ? "True" : "False"),
        ]
    }

    /// v3 question: as the older APIs write it, but `multiple` a Boolean (they write `"False"`).
    static func v3Question(_ question: Question) -> JSONValue {
        guard case .object(var object) = self.question(question) else { return self.question(question) }
        object["multiple"] = .bool(question.multiple)
        return .object(object)
    }

    /// `Job`. `asQueued` gives the queue endpoint's variant: the create date with .NET's seven fraction
    /// digits and the worker tag as a string, as in the answer GALLERY-API.md quotes; later reads give
    /// whole seconds and a null worker tag when there is none, as in the seed article's.
    static func job(_ job: Job, at now: Date, includeMessages: Bool, asQueued: Bool = false) -> JSONValue {
        let status = asQueued ? .queued : job.status(at: now)
        let result = status == .completed ? job.result : nil
        return [
            "id": .string(job.id),
            // The Gallery answers `appId: null` here (both answers in the seed article); v3 gives the id.
            "appId": nil,
            "createDate": .string(GalleryDate.format(job.createDate, fractionDigits: asQueued ? 7 : 0)),
            "status": .string(status.rawValue),
            "disposition": .string((result?.disposition ?? .none).rawValue),
            "outputs": .array(
                (result?.outputs ?? []).map { output in
                    [
                        "id": .string(output.id),
                        "formats": .array(OutputFormat.allCases.map { .string($0.rawValue) }),
                        "name": .string(output.name),
                    ]
                }),
            "messages": .array(includeMessages ? (result?.messages ?? []).map(message) : []),
            "priority": job.priority.echoed,
            "workerTag": asQueued ? .string(job.workerTag) : optionalString(job.workerTag),
            "runWithE2": false,
        ]
    }

    static func message(_ message: EngineMessage) -> JSONValue {
        ["status": .number(Double(message.status)), "text": .string(message.text), "toolId": .number(Double(message.toolId))]
    }

    /// `JobList` entry.
    static func jobListEntry(_ job: Job, at now: Date) -> JSONValue {
        let status = job.status(at: now)
        return [
            "id": .string(job.id),
            "createDate": date(job.createDate),
            "status": .string(status.rawValue),
            "disposition": .string(((status == .completed ? job.result?.disposition : nil) ?? .none).rawValue),
            "priority": job.priority.echoed,
            "workerTag": .string(job.workerTag),
            "runWithE2": false,
        ]
    }

    /// A job's status as v3 writes it: `Queued`, `Initializing` (the first quarter of a run, at most half a
    /// second), `Running`, `Complete`.
    static func v3Status(_ job: Job, at now: Date) -> String {
        switch job.status(at: now) {
        case .queued: return "Queued"
        case .completed: return "Complete"
        case .running:
            guard let started = job.startedAt else { return "Running" }
            return now.timeIntervalSince(started) < min(0.5, job.duration / 4) ? "Initializing" : "Running"
        }
    }

    /// A priority as v3 names it (`Default`, `Low`, `Medium`, `High`, `Critical`), numbers included.
    static func v3Priority(_ priority: JobPriority) -> JSONValue {
        if case .string(let name) = priority.echoed, name == "Default" { return "Default" }
        return .string(JobPriority.names[max(0, min(3, priority.rank))])
    }

    /// v3 job (`GET /webapi/v3/jobs/{id}`).
    static func v3Job(_ job: Job, at now: Date, includeMessages: Bool) -> JSONValue {
        let result = job.status(at: now) == .completed ? job.result : nil
        var object: JSONObject = JSONObject([
            (key: "id", value: .string(job.id)),
            (key: "appId", value: .string(job.appId)),
            (key: "createDateTime", value: .string(GalleryDate.format(job.createDate, fractionDigits: 3))),
            (key: "status", value: .string(v3Status(job, at: now))),
            (key: "disposition", value: .string((result?.disposition ?? .none).rawValue)),
            (
                key: "outputs",
                value: .array(
                    (result?.outputs ?? []).map { output in
                        [
                            "id": .string(output.id),
                            "availableFormats": .array(OutputFormat.allCases.map { .string($0.rawValue) }),
                            "fileName": .string(output.name),
                        ]
                    })
            ),
        ])
        if includeMessages { object["messages"] = .array((result?.messages ?? []).map(message)) }
        object["priority"] = v3Priority(job.priority)
        object["workerTag"] = .string(job.workerTag)
        object["runWithE2"] = false
        return .object(object)
    }

    /// v3 job list entry (`GET /webapi/v3/jobs`, `GET /webapi/v3/workflows/{id}/jobs`).
    static func v3JobSummary(_ job: Job, at now: Date) -> JSONValue {
        let result = job.status(at: now) == .completed ? job.result : nil
        return [
            "id": .string(job.id),
            "appId": .string(job.appId),
            "createDateTime": .string(GalleryDate.format(job.createDate, fractionDigits: 3)),
            "status": .string(v3Status(job, at: now)),
            "disposition": .string((result?.disposition ?? .none).rawValue),
            "priority": v3Priority(job.priority),
            "workerTag": .string(job.workerTag),
            "runWithE2": false,
        ]
    }

    /// v3 schedule (`GET /webapi/v3/schedules/{id}`); `iteration` says when it runs.
    static func v3Schedule(_ schedule: Schedule, state: GalleryState, now: Date) -> JSONValue {
        let workflow = state.workflows.first { $0.id == schedule.appId }
        let next = schedule.frequency.occurrences(from: now, to: now.addingTimeInterval(8 * 86_400)).first
        let iteration: JSONValue
        switch schedule.frequency {
        case .daily(let hour, let minute):
            iteration = ["iterationType": "Daily", "startTime": .string(String(format: "%02d:%02d", hour, minute)), "daysOfWeek": []]
        case .weekly(let weekday, let hour, let minute):
            iteration = [
                "iterationType": "Weekly", "startTime": .string(String(format: "%02d:%02d", hour, minute)),
                "daysOfWeek": [.string(ScheduleIteration.dayNames[weekday])],
            ]
        }
        return [
            "id": .string(schedule.id),
            "name": .string(schedule.name),
            "workflowId": .string(schedule.appId),
            "versionId": .string(workflow.map { $0.revisionId($0.version) } ?? ""),
            "ownerId": .string(schedule.ownerId),
            "runDateTime": next.map(date) ?? .null,
            "comment": .string(schedule.comment),
            "enabled": .bool(schedule.enabled),
            "priority": .string(schedule.priority),
            "workerTag": .string(schedule.workerTag),
            "status": .string(schedule.enabled ? "Active" : "Disabled"),
            "credentialId": .string(schedule.credentialId),
            "creationTime": date(schedule.creationTime),
            "lastRunTime": date(schedule.lastRunTime),
            "state": .string(schedule.enabled ? "Active" : "Disabled"),
            "runCount": .number(Double(schedule.runCount)),
            "frequency": .string(schedule.frequency.name),
            "lastError": "",
            "canEdit": true,
            "iteration": iteration,
            "timeZone": "UTC",
        ]
    }

    /// v3 credential (`GET /webapi/v3/credentials/{id}`): never its password.
    static func v3Credential(_ credential: StoredCredential) -> JSONValue {
        [
            "id": .string(credential.id),
            "username": .string(credential.userName),
            "userPermissions": .array(credential.sharedWithUserIds.map { ["userId": .string($0)] }),
            "userGroupPermissions": .array(credential.sharedWithGroupIds.map { ["userGroupId": .string($0)] }),
        ]
    }

    /// v3 server data connection (`GET /webapi/v3/serverDataConnections/{id}`).
    static func v3DataConnection(_ connection: DataConnection) -> JSONValue {
        [
            "id": .string(connection.id),
            "name": .string(connection.name),
            "connectionString": .string(connection.connectionString),
            "userPermissions": .array(connection.sharedWithUserIds.map { ["userId": .string($0)] }),
            "userGroupPermissions": .array(connection.sharedWithGroupIds.map { ["userGroupId": .string($0)] }),
        ]
    }

    /// v3 collection list entry (`GET /webapi/v3/collections`).
    static func v3CollectionSummary(_ collection: GalleryCollection) -> JSONValue {
        [
            "id": .string(collection.id),
            "name": .string(collection.name),
            "ownerId": .string(collection.ownerId),
            "dateAdded": date(collection.dateAdded),
        ]
    }

    /// v3 collection (`GET /webapi/v3/collections/{id}`): members with their permissions, and assets.
    static func v3Collection(_ collection: GalleryCollection) -> JSONValue {
        func permissions(_ key: String, _ id: String) -> JSONValue {
            let granted = collection.permissions[id] ?? CollectionPermissions()
            return [
                key: .string(id),
                "isAdmin": .bool(granted.isAdmin),
                "canAddAssets": .bool(granted.canAddAssets),
                "canUpdateAssets": .bool(granted.canUpdateAssets),
                "canRemoveAssets": .bool(granted.canRemoveAssets),
                "canAddUsers": .bool(granted.canAddUsers),
                "canRemoveUsers": .bool(granted.canRemoveUsers),
                "expirationDate": granted.expirationDate.map(date) ?? .null,
            ]
        }
        return [
            "id": .string(collection.id),
            "name": .string(collection.name),
            "ownerId": .string(collection.ownerId),
            "dateAdded": date(collection.dateAdded),
            "userPermissions": .array(collection.userIds.map { permissions("userId", $0) }),
            "userGroupPermissions": .array(collection.userGroupIds.map { permissions("userGroupId", $0) }),
            "workflowIds": .array(collection.appIds.map { .string($0) }),
            "scheduleIds": .array(collection.scheduleIds.map { .string($0) }),
            "insightIds": .array(collection.insightIds.map { .string($0) }),
        ]
    }

    /// v3 user group list entry (`GET /webapi/v3/usergroups`).
    static func v3UserGroupSummary(_ group: UserGroup) -> JSONValue {
        [
            "id": .string(group.id),
            "name": .string(group.name),
            "role": .string(group.role.rawValue),
            "dateAdded": date(group.dateAdded),
        ]
    }

    /// v3 user group (`GET /webapi/v3/usergroups/{id}`): its members and Active Directory groups.
    static func v3UserGroup(_ group: UserGroup, state: GalleryState) -> JSONValue {
        let members: [JSONValue] = group.userIds.compactMap { state.user($0) }.map { user in
            [
                "id": .string(user.id),
                "firstName": .string(user.firstName),
                "lastName": .string(user.lastName),
                "email": .string(user.email),
                "role": .string(user.role.rawValue),
                "isActive": .bool(user.active),
            ]
        }
        return [
            "id": .string(group.id),
            "name": .string(group.name),
            "role": .string(group.role.rawValue),
            "dateAdded": date(group.dateAdded),
            "dateUpdated": date(group.dateUpdated),
            "members": .array(members),
            "activeDirectoryGroups": .array(group.activeDirectoryGroupSids.map { ["sid": .string($0)] }),
        ]
    }

    /// v3 user list entry (`GET /webapi/v3/users`).
    static func v3UserSummary(_ user: GalleryUser) -> JSONValue {
        [
            "id": .string(user.id),
            "firstName": .string(user.firstName),
            "lastName": .string(user.lastName),
            "email": .string(user.email),
            "role": .string(user.role.rawValue),
            "dateCreated": date(user.dateAdded),
            "isActive": .bool(user.active),
        ]
    }

    /// v3 user (`GET /webapi/v3/users/{id}`).
    static func v3User(_ user: GalleryUser) -> JSONValue {
        [
            "id": .string(user.id),
            "firstName": .string(user.firstName),
            "lastName": .string(user.lastName),
            "email": .string(user.email),
            "role": .string(user.role.rawValue),
            "defaultWorkerTag": .string(user.defaultWorkerTag),
            "canScheduleJobs": .bool(user.canSchedule),
            "canPrioritizeJobs": .bool(user.canSetPriority),
            "canAssignJobs": .bool(user.canSetWorkerAssignment),
            "canCreateCollections": .bool(user.canCreateCollections),
            "isApiEnabled": .bool(user.isApiEnabled),
            "defaultCredentialId": .string(user.defaultCredentialId),
            "isAccountLocked": .bool(user.isAccountLocked),
            "isActive": .bool(user.active),
            "isValidated": .bool(user.isValidated),
            "timeZone": .string(user.timezone),
            "language": .string(user.language),
            "dateCreated": date(user.dateAdded),
        ]
    }

    /// v3 workflow summary (`GET /webapi/v3/workflows`).
    static func v3WorkflowSummary(_ workflow: Workflow) -> JSONValue {
        [
            "id": .string(workflow.id),
            "sourceAppId": .string(workflow.sourceId),
            "name": .string(workflow.name),
            "ownerId": .string(workflow.ownerId),
            "dateCreated": date(workflow.uploadDate),
            "publishedVersionNumber": .number(Double(workflow.version)),
            "isAmp": .bool(workflow.isE2),
            "executionMode": .string(workflow.executionMode),
        ]
    }

    /// v3 workflow details (`GET /webapi/v3/workflows/{id}`).
    static func v3Workflow(_ workflow: Workflow) -> JSONValue {
        let versions: [JSONValue] = workflow.versionDates.enumerated().map { index, uploaded in
            [
                "versionId": .string(workflow.revisionId(index + 1)),
                "versionNumber": .number(Double(index + 1)),
                "dateCreated": date(uploaded),
                "uploadSource": "Server",
                "uploadDate": date(uploaded),
                "packageWorkflowType": .string(workflow.packageType.rawValue),
                "published": .bool(index + 1 == workflow.version),
                "comments": .string(workflow.comments),
                "runDisabled": .bool(workflow.runDisabled),
                "executionMode": .string(workflow.executionMode),
                "hasPrivateDataExemption": false,
                "othersCanExecute": true,
                "othersMayDownload": .bool(workflow.canDownload),
                "isAmp": .bool(workflow.isE2),
                "details": [
                    "isChained": .bool(workflow.isChained),
                    "packageType": .string(workflow.packageType.rawValue),
                    "fileName": .string(workflow.fileName),
                    "author": .string(workflow.author),
                    "description": .string(workflow.description),
                    "name": .string(workflow.name),
                    "noOutputFilesMessage": .string(workflow.noOutputFilesMessage),
                    "outputMessage": .string(workflow.outputMessage),
                ],
            ]
        }
        return [
            "id": .string(workflow.id),
            "sourceAppId": .string(workflow.sourceId),
            "name": .string(workflow.name),
            "ownerId": .string(workflow.ownerId),
            "dateCreated": date(workflow.uploadDate),
            "publishedVersionNumber": .number(Double(workflow.version)),
            "publishedVersionId": .string(workflow.revisionId(workflow.version)),
            "isAmp": .bool(workflow.isE2),
            "executionMode": .string(workflow.executionMode),
            "runCount": .number(Double(workflow.runCount)),
            "workerTag": .string(workflow.workerTag),
            "districtTags": [],
            "comments": .string(workflow.comments),
            "isPublic": .bool(workflow.isPublic),
            "isReadyForMigration": .bool(workflow.isReadyForMigration),
            "othersMayDownload": .bool(workflow.canDownload),
            "othersCanExecute": true,
            "hasPrivateDataExemption": false,
            "questions": .array(workflow.questions.map(v3Question)),
            "versions": .array(versions),
        ]
    }

    /// `DeprecatedAdminApiUserView` (Admin V1 users); `AdminApiUserView` (V2) adds `role` and drops `curator`.
    static func user(_ user: GalleryUser, version: Int) -> JSONValue {
        var object = JSONObject([
            (key: "id", value: .string(user.id)),
            (key: "accountLocked", value: false),
            (key: "accountLockedAt", value: nil),
            (key: "active", value: .bool(user.active)),
            (key: "anonymous", value: false),
            (key: "canSchedule", value: .bool(user.canSchedule)),
            (key: "canSetPriority", value: .bool(user.canSetPriority)),
            (key: "canSetWorkerAssignment", value: .bool(user.canSetWorkerAssignment)),
        ])
        if version == 1 { object["curator"] = .bool(user.isCurator) }
        object["dateAdded"] = date(user.dateAdded)
        object["dateUpdated"] = date(user.dateAdded)
        object["email"] = .string(user.email)
        object["expirationDate"] = .null
        object["firstName"] = .string(user.firstName)
        object["lastName"] = .string(user.lastName)
        object["numFailedLogins"] = 0
        object["pending"] = false
        object["subscriptionId"] = .string(user.subscriptionId)
        object["updateLastLoginDate"] = date(user.lastLogin)
        object["userProfile"] = ["picture": [], "iconId": nil]
        object["validated"] = true
        object["timezone"] = .string(user.timezone)
        if version == 2 { object["role"] = .string(user.role.rawValue) }
        return .object(object)
    }

    /// The owner embedded in insights. API keys and secrets are never shown (the real models have
    /// `apiKey`/`apiSecret`/`securityInfo` members; the emulator leaves them null).
    static func insightOwner(_ user: GalleryUser?, version: Int) -> JSONValue {
        guard let user else { return nil }
        var object = JSONObject([(key: "id", value: .string(user.id))])
        if version == 1 {
            object["curator"] = .bool(user.isCurator)
        } else {
            object["role"] = .string(user.role.rawValue)
        }
        object["anonymous"] = false
        object["email"] = .string(user.email)
        object["firstName"] = .string(user.firstName)
        object["lastName"] = .string(user.lastName)
        object["dateAdded"] = date(user.dateAdded)
        object["active"] = .bool(user.active)
        object["apiEnabled"] = .bool(user.isApiEnabled)
        object["apiKey"] = .null
        object["apiSecret"] = .null
        object["securityInfo"] = .null
        object["subscriptionId"] = .string(user.subscriptionId)
        object["canSchedule"] = .bool(user.canSchedule)
        object["canSetPriority"] = .bool(user.canSetPriority)
        object["canSetWorkerAssignment"] = .bool(user.canSetWorkerAssignment)
        object["timezone"] = .string(user.timezone)
        object["canCreateCollections"] = .bool(user.canCreateCollections)
        return .object(object)
    }

    static func insight(_ insight: Insight, owner: GalleryUser?, version: Int) -> JSONValue {
        [
            "id": .string(insight.id),
            "insightId": .string(insight.id),
            "name": .string(insight.name),
            "lastUpdated": date(insight.lastUpdated),
            "ownerId": .string(insight.ownerId),
            "iconId": .string(insight.iconId),
            "owner": insightOwner(owner, version: version),
        ]
    }

    /// `DeprecatedAdminApiSubscriptionView` (V1) or `AdminApiSubscriptionView` (V2).
    static func subscription(_ subscription: Subscription, version: Int) -> JSONValue {
        var object = JSONObject([
            (key: "id", value: .string(subscription.id)),
            (key: "active", value: .bool(subscription.active)),
            (key: "defaultWorkerTag", value: .string(subscription.defaultWorkerTag)),
            (key: "expirationDate", value: date(subscription.expirationDate)),
        ])
        if version == 1 {
            object["memberPassesPurchased"] = .number(Double(subscription.memberPassesPurchased))
            object["memberPassesUsed"] = .number(Double(subscription.memberPassesUsed))
        }
        object["name"] = .string(subscription.name)
        if version == 1 {
            object["primaryContactInfo"] = [
                "name": .string(subscription.contactName),
                "email": .string(subscription.contactEmail),
                "company": .string(subscription.company),
                "address": [
                    "country": .string(subscription.country), "addressLine1": "", "addressLine2": "",
                    "city": .string(subscription.city), "state": "", "postalCode": "",
                ],
            ]
        }
        return .object(object)
    }

    /// `ScheduleView`.
    static func schedule(_ schedule: Schedule, state: GalleryState, now: Date) -> JSONValue {
        let workflow = state.workflows.first { $0.id == schedule.appId }
        let owner = state.user(schedule.ownerId)
        let next = schedule.frequency.occurrences(from: now, to: now.addingTimeInterval(8 * 86_400)).first
        let credential = state.credentials.first { $0.id == schedule.credentialId }
        return [
            "id": .string(schedule.id),
            "application": [
                "id": .string(schedule.appId),
                "revisionId": .string(workflow.map { $0.revisionId($0.version) } ?? ""),
                "name": .string(workflow?.name ?? ""),
                "iconId": nil,
                "canExecute": true,
                "amp": .bool(workflow?.isE2 ?? false),
            ],
            "owner": [
                "id": .string(schedule.ownerId),
                "role": .string(owner?.role.rawValue ?? ""),
                "firstName": .string(owner?.firstName ?? ""),
                "lastName": .string(owner?.lastName ?? ""),
                "email": .string(owner?.email ?? ""),
                "sortName": .string("\(owner?.lastName ?? ""), \(owner?.firstName ?? "")"),
                "isActive": .bool(owner?.active ?? false),
                "credentialWorkFlowCount": 0,
            ],
            "name": .string(schedule.name),
            "comment": .string(schedule.comment),
            "enabled": .bool(schedule.enabled),
            "priority": .string(schedule.priority),
            "workerTag": .string(schedule.workerTag),
            "status": .string(schedule.enabled ? "Active" : "Disabled"),
            "credential": [
                "credentialId": .string(schedule.credentialId),
                "username": .string(credential?.userName ?? ""),
                "source": "Shared",
            ],
            "creationTime": date(schedule.creationTime),
            "lastRunTime": date(schedule.lastRunTime),
            "nextRunTime": next.map(date) ?? .null,
            "state": .string(schedule.enabled ? "Active" : "Disabled"),
            "runCount": .number(Double(schedule.runCount)),
            "iteration": ["startTime": date(schedule.creationTime), "endTime": nil],
            "frequency": .string(schedule.frequency.name),
            "timezone": "UTC",
            "lastError": "",
            "cpuName": "",
            "lastModifiedId": .string(schedule.ownerId),
            "lastModifiedDate": date(schedule.creationTime),
            "canEdit": true,
        ]
    }

    /// `Collection`.
    static func collection(_ collection: GalleryCollection) -> JSONValue {
        let permissions: JSONValue = [
            "collection": ["isAdmin": false],
            "applications": ["canAdd": true, "canRemove": false, "canUpdate": false],
            "users": ["canAdd": false, "canRemove": false],
        ]
        let added = date(collection.dateAdded)
        let owner = JSONValue.string(collection.ownerId)
        return [
            "id": .string(collection.id),
            "collectionId": .string(collection.id),
            "name": .string(collection.name),
            "ownerId": owner,
            "dateAdded": added,
            "apps": .array(collection.appIds.map { ["appId": .string($0), "dateAdded": added, "addedById": owner] }),
            "schedules": .array(
                collection.scheduleIds.map { ["scheduleId": .string($0), "dateAdded": added, "addedById": owner] }),
            "insights": .array(
                collection.insightIds.map { ["insightId": .string($0), "dateAdded": added, "addedById": owner] }),
            "users": .array(
                collection.userIds.map {
                    [
                        "userId": .string($0), "dateAdded": added, "addedById": owner, "activeDirectoryObject": nil,
                        "expirationDate": nil, "permissions": permissions,
                    ]
                }),
            "subscriptions": .array(
                collection.subscriptionIds.map {
                    [
                        "subscriptionId": .string($0), "dateAdded": added, "addedById": owner, "expirationDate": nil,
                        "optOutUsers": [], "permissions": permissions,
                    ]
                }),
            "userGroups": [],
        ]
    }

    /// `DataConnectionSearchView`.
    static func dataConnection(_ connection: DataConnection) -> JSONValue {
        [
            "connectionId": .string(connection.id),
            "connectionString": .string(connection.connectionString),
            "connectionName": .string(connection.name),
            "connectionType": .string(connection.type),
            "subscriptionCount": .number(Double(connection.subscriptionCount)),
            "userCount": .number(Double(connection.userCount)),
            "userGroupCount": .number(Double(connection.userGroupCount)),
        ]
    }

    /// `AuditEvent`.
    static func auditEvent(_ event: AuditEvent) -> JSONValue {
        [
            "id": .string(event.id),
            "entity": .string(event.entity),
            "entityId": .string(event.entityId),
            "userId": .string(event.userId),
            "timestamp": date(event.timestamp),
            "event": .string(event.event),
            "oldValues": .string(event.oldValues),
            "newValues": .string(event.newValues),
        ]
    }

    /// `WorkflowAllAdminApiView` (Admin V1 and V2 `workflows/all`).
    static func workflowAll(_ workflow: Workflow, state: GalleryState) -> JSONValue {
        let subscription = state.subscription(workflow.subscriptionId)
        let subscriptionView: JSONValue = [
            "id": .string(workflow.subscriptionId), "name": .string(subscription?.name ?? ""),
        ]
        let owner = state.user(workflow.ownerId)
        let creator: JSONValue = [
            "id": .string(workflow.ownerId),
            "firstName": .string(owner?.firstName ?? ""),
            "lastName": .string(owner?.lastName ?? ""),
            "email": .string(owner?.email ?? ""),
            "subscription": subscriptionView,
        ]
        let revisions: [JSONValue] = workflow.versionDates.enumerated().map { index, uploaded in
            [
                "id": .string(workflow.revisionId(index + 1)),
                "version": .number(Double(index + 1)),
                "author": creator,
                "dateCreated": date(uploaded),
                "executionMode": .string(workflow.executionMode),
                "isChunkedPackage": false,
                "runCount": .number(Double(index + 1 == workflow.version ? workflow.runCount : 0)),
                "downloadCount": 0,
                "packageType": .string(workflow.packageType.rawValue),
                "hasPrivateDataExemption": false,
                "uploadDate": date(uploaded),
                "credentialType": "Default",
                "isE2": .bool(workflow.isE2),
                "canDownload": .bool(workflow.canDownload),
                "allowVersionHistory": true,
                "showVersionHistory": true,
                "applications": [
                    ["name": .string(workflow.name), "filename": .string(workflow.fileName), "nextApp": nil]
                ],
                "comments": .string(workflow.comments),
            ]
        }
        let events: [JSONValue] = state.auditEvents.filter { $0.entityId == workflow.id }.map { event in
            [
                "user": creator, "timestamp": date(event.timestamp), "event": .string(event.event),
                "oldValues": .string(event.oldValues), "newValues": .string(event.newValues),
            ]
        }
        return [
            "id": .string(workflow.id),
            "revisions": .array(revisions),
            "creator": creator,
            "subscription": subscriptionView,
            "events": .array(events),
            "runDisabled": .bool(workflow.runDisabled),
            "isPublic": .bool(workflow.isPublic),
            "dateMadePublic": workflow.isPublic ? date(workflow.uploadDate) : nil,
            "isDeleted": .bool(workflow.isDeleted),
            "runCount": .number(Double(workflow.runCount)),
            "iconId": nil,
            "workerTag": .string(workflow.workerTag),
            "isReadyForMigration": .bool(workflow.isReadyForMigration),
        ]
    }

    /// `ScheduleForecastView`.
    static func forecast(_ schedule: Schedule, at start: Date, state: GalleryState) -> JSONValue {
        let owner = state.user(schedule.ownerId)
        let workflow = state.workflows.first { $0.id == schedule.appId }
        return [
            "id": .string(schedule.id),
            "appEstimatedCompletionTime": .number(Double(schedule.estimatedSeconds)),
            "scheduleName": .string(schedule.name),
            "startTime": date(start),
            "frequency": .string(schedule.frequency.name),
            "workflowName": .string(workflow?.name ?? ""),
            "owner": [
                "id": .string(schedule.ownerId),
                "firstName": .string(owner?.firstName ?? ""),
                "lastName": .string(owner?.lastName ?? ""),
                "email": .string(owner?.email ?? ""),
                "subscriptionId": .string(owner?.subscriptionId ?? ""),
            ],
            "priority": .number(Double(JobPriority.names.firstIndex(of: schedule.priority) ?? 0)),
        ]
    }
}
