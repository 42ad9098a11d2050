import Foundation
import PostieJSON

extension GalleryEmulator {
    /// The ids of the seeded content: fixed, so collections, flows and tests can name them.
    public enum SeedIDs {
        /// The studio key's subscription.
        public static let subscription = "60c1f0a1c05c2320e8d88f01"
        /// The artisan's subscription.
        public static let artisanSubscription = "60c1f0a1c05c2320e8d88f02"
        /// The curator (owner of the user key pair).
        public static let curator = "60c1f0b2c05c2320e8d88f11"
        /// The artisan (owner of the non-curator key pair).
        public static let artisan = "60c1f0b2c05c2320e8d88f12"
        /// A viewer without keys.
        public static let viewer = "60c1f0b2c05c2320e8d88f13"
        /// A user whose API access is turned off (its key answers 401 everywhere).
        public static let noAccess = "60c1f0b2c05c2320e8d88f14"
        /// "ECB euro reference rates": the public collection's `appId`; one output of 32 records.
        public static let ecbWorkflow = "60c2886ec05c2320e8d88fd0"
        /// "Euro currency converter": an app whose questions (`Currency`, `Amount`, `AmountsFile`) change the output.
        public static let converterWorkflow = "60c2887ac05c2320e8d88fd1"
        /// "Customer address validation": always ends with disposition `Error`.
        public static let failingWorkflow = "60c28893c05c2320e8d88fd2"
        /// "Monthly sales rollup": takes five job times.
        public static let slowWorkflow = "60c288a0c05c2320e8d88fd3"
        /// "Clean postal codes": a macro, which cannot be run.
        public static let macroWorkflow = "60c288b5c05c2320e8d88fd4"
        /// "Regional sales summary", in the artisan's subscription.
        public static let regionalWorkflow = "60c288c1c05c2320e8d88fd5"
        /// The public collection's `jobId`: a completed run of the ECB workflow.
        public static let historicalJob = "61031c712c4200001d00301a"
        /// The public collection's `outputId`: that job's `output.yxdb`.
        public static let historicalOutput = "61031f4e2c4200001d003025"
        /// A completed run of the failing workflow.
        public static let historicalFailedJob = "61031d0a2c4200001d00301b"
        /// A stored credential shared with both users.
        public static let sharedCredential = "60c1f0c3c05c2320e8d88f21"
        /// A stored credential shared with the curator only.
        public static let curatorCredential = "60c1f0c3c05c2320e8d88f22"
        /// The "Finance" collection (the curator's): the ECB and converter workflows, shared with the artisan.
        public static let financeCollection = "60c1f0d4c05c2320e8d88f31"
        /// The "Regional reporting" collection (the artisan's), shared with the Analysts group.
        public static let regionalCollection = "60c1f0d4c05c2320e8d88f33"
        /// The "Analysts" user group (Artisan role): the artisan is its one member; one Active Directory
        /// group (`analystsDirectoryGroup`); the shared credential and the "Customer master" connection
        /// are shared with it.
        public static let analystsGroup = "60c1f129c05c2320e8d88f81"
        /// The Active Directory group (a SID) in the Analysts group.
        public static let analystsDirectoryGroup = "S-1-5-21-3623811015-3361044348-30300820-1013"
        /// The "Customer master" server data connection.
        public static let customerMaster = "60c1f107c05c2320e8d88f62"
        /// The curator's DCM connection "Sales warehouse (DCM)", shared for execution with the Analysts group.
        public static let curatorDCMConnection = "d8cc5fca-86cc-4e7e-93a3-d500cca9a3f3"
        /// The id workflows reference the curator's DCM connection by.
        public static let curatorDCMConnectionRef = "5b1a3c1e-0f4e-4d8e-9a52-6c7d8e9f0a11"
        /// The artisan's DCM connection "Regional Snowflake", shared with no one.
        public static let artisanDCMConnection = "7e2f4a90-3b5c-4c1d-8e6f-90a1b2c3d4e5"
    }
}

/// The deterministic content the emulator starts with.
enum SeedData {
    typealias IDs = GalleryEmulator.SeedIDs

    /// The instant an ObjectId was made (its first four bytes).
    static func date(of objectID: String) -> Date {
        Date(timeIntervalSince1970: TimeInterval(UInt32(objectID.prefix(8), radix: 16) ?? 0))
    }

    /// The key pairs the configuration gives, bound to the seeded subscription and users.
    static func credentials(_ configuration: GalleryEmulator.Configuration) -> [APICredential] {
        [
            APICredential(
                key: configuration.studioKey, secret: configuration.studioSecret, kind: .studio,
                subscriptionId: IDs.subscription, userId: nil, isCurator: false, label: "studio"),
            APICredential(
                key: configuration.artisanKey, secret: configuration.artisanSecret, kind: .user,
                subscriptionId: IDs.artisanSubscription, userId: IDs.artisan, isCurator: false, label: "artisan"),
            APICredential(
                key: configuration.userKey, secret: configuration.userSecret, kind: .user,
                subscriptionId: IDs.subscription, userId: IDs.curator, isCurator: true, label: "curator"),
            APICredential(
                key: configuration.viewerKey, secret: configuration.viewerSecret, kind: .user,
                subscriptionId: IDs.subscription, userId: IDs.viewer, isCurator: false, label: "viewer"),
            APICredential(
                key: configuration.noAccessKey, secret: configuration.noAccessSecret, kind: .user,
                subscriptionId: IDs.subscription, userId: IDs.noAccess, isCurator: false, label: "no-access"),
        ]
            + configuration.extraUsers.enumerated().map { index, extra in
                APICredential(
                    key: extra.key, secret: extra.secret, kind: .user, subscriptionId: IDs.subscription,
                    userId: GalleryEmulator.ExtraUser.userId(index), isCurator: extra.role == .curator, label: extra.label(index))
            }
    }

    /// The seeded state.
    static func state(_ configuration: GalleryEmulator.Configuration) -> GalleryState {
        var state = GalleryState()
        state.subscriptions = [
            Subscription(
                id: IDs.subscription, name: "Postie Demo Studio", expirationDate: GalleryDate.date(2031, 12, 31),
                memberPassesPurchased: 10, memberPassesUsed: 2, company: "Postie Demo Ltd",
                contactName: "Cora Curator", contactEmail: configuration.emailAddress, city: "Zurich", country: "CH"),
            Subscription(
                id: IDs.artisanSubscription, name: "Regional Analysts", expirationDate: GalleryDate.date(2031, 12, 31),
                memberPassesPurchased: 5, memberPassesUsed: 1, company: "Postie Demo Ltd",
                contactName: "Arlo Artisan", contactEmail: "artisan@postie.invalid", city: "Lyon", country: "FR"),
        ]
        state.users = [
            GalleryUser(
                id: IDs.curator, firstName: "Cora", lastName: "Curator", email: configuration.emailAddress, role: .curator,
                subscriptionId: IDs.subscription, dateAdded: date(of: IDs.curator),
                lastLogin: GalleryDate.date(2021, 10, 6, 12, 50), canSetWorkerAssignment: true,
                credentialIds: [IDs.sharedCredential, IDs.curatorCredential]),
            GalleryUser(
                id: IDs.artisan, firstName: "Arlo", lastName: "Artisan", email: "artisan@postie.invalid", role: .artisan,
                subscriptionId: IDs.artisanSubscription, dateAdded: date(of: IDs.artisan),
                lastLogin: GalleryDate.date(2021, 10, 5, 9, 15), credentialIds: [IDs.sharedCredential]),
            GalleryUser(
                id: IDs.viewer, firstName: "Vera", lastName: "Viewer", email: "viewer@postie.invalid", role: .viewer,
                subscriptionId: IDs.subscription, dateAdded: date(of: IDs.viewer),
                lastLogin: GalleryDate.date(2021, 9, 30, 16, 5), canSchedule: false, canSetPriority: false,
                canCreateCollections: false),
            GalleryUser(
                id: IDs.noAccess, firstName: "Nico", lastName: "NoAccess", email: "no-access@postie.invalid", role: .artisan,
                subscriptionId: IDs.subscription, dateAdded: date(of: IDs.noAccess),
                lastLogin: GalleryDate.date(2021, 9, 1, 8, 0), isApiEnabled: false),
        ]
        for (index, extra) in configuration.extraUsers.enumerated() {
            let id = GalleryEmulator.ExtraUser.userId(index)
            let role: UserRole =
                switch extra.role {
                case .curator: .curator
                case .artisan, .none: .artisan
                case .viewer: .viewer
                }
            state.users.append(
                GalleryUser(
                    id: id, firstName: extra.role.rawValue.capitalized, lastName: "User \(index + 1)",
                    email: "\(extra.label(index))@postie.invalid", role: role, subscriptionId: IDs.subscription,
                    dateAdded: date(of: id), lastLogin: date(of: id), isApiEnabled: extra.role != .none))
        }
        state.workflows = workflows()
        state.credentials = [
            StoredCredential(
                id: IDs.sharedCredential, userName: "POSTIE\\svc-gallery", sharedWithUserIds: [IDs.curator, IDs.artisan],
                sharedWithGroupIds: [IDs.analystsGroup]),
            StoredCredential(id: IDs.curatorCredential, userName: "POSTIE\\svc-reports", sharedWithUserIds: [IDs.curator]),
        ]
        state.collections = [
            GalleryCollection(
                id: "60c1f0d4c05c2320e8d88f31", name: "Finance", ownerId: IDs.curator,
                dateAdded: date(of: "60c1f0d4c05c2320e8d88f31"), appIds: [IDs.ecbWorkflow, IDs.converterWorkflow],
                scheduleIds: ["60c1f0e5c05c2320e8d88f41"], insightIds: ["60c1f0f6c05c2320e8d88f51"],
                userIds: [IDs.curator, IDs.artisan], subscriptionIds: [IDs.subscription]),
            GalleryCollection(
                id: "60c1f0d4c05c2320e8d88f32", name: "Operations", ownerId: IDs.curator,
                dateAdded: date(of: "60c1f0d4c05c2320e8d88f32"), appIds: [IDs.failingWorkflow, IDs.slowWorkflow],
                scheduleIds: ["60c1f0e5c05c2320e8d88f42"], insightIds: [], userIds: [IDs.curator], subscriptionIds: []),
            GalleryCollection(
                id: "60c1f0d4c05c2320e8d88f33", name: "Regional reporting", ownerId: IDs.artisan,
                dateAdded: date(of: "60c1f0d4c05c2320e8d88f33"), appIds: [IDs.regionalWorkflow], scheduleIds: [],
                insightIds: ["60c1f0f6c05c2320e8d88f52"], userIds: [IDs.artisan],
                subscriptionIds: [IDs.artisanSubscription], userGroupIds: [IDs.analystsGroup]),
        ]
        state.userGroups = [
            UserGroup(
                id: IDs.analystsGroup, name: "Analysts", role: .artisan, userIds: [IDs.artisan],
                activeDirectoryGroupSids: [IDs.analystsDirectoryGroup],
                dateAdded: date(of: IDs.analystsGroup), dateUpdated: date(of: IDs.analystsGroup))
        ]
        state.schedules = [
            Schedule(
                id: "60c1f0e5c05c2320e8d88f41", name: "Daily ECB rates", appId: IDs.ecbWorkflow, ownerId: IDs.curator,
                comment: "Fetch the reference rates every morning", enabled: true, priority: "Default",
                credentialId: IDs.sharedCredential, creationTime: date(of: "60c1f0e5c05c2320e8d88f41"),
                lastRunTime: GalleryDate.date(2021, 10, 6, 6, 0), frequency: .daily(hour: 6, minute: 0), runCount: 118,
                estimatedSeconds: 12),
            Schedule(
                id: "60c1f0e5c05c2320e8d88f42", name: "Weekly sales rollup", appId: IDs.slowWorkflow, ownerId: IDs.curator,
                comment: "Monday morning figures", enabled: true, priority: "High", credentialId: IDs.curatorCredential,
                creationTime: date(of: "60c1f0e5c05c2320e8d88f42"), lastRunTime: GalleryDate.date(2021, 10, 4, 7, 30),
                frequency: .weekly(weekday: 1, hour: 7, minute: 30), runCount: 17, estimatedSeconds: 95),
        ]
        state.insights = [
            Insight(
                id: "60c1f0f6c05c2320e8d88f51", name: "Exchange rate dashboard", ownerId: IDs.curator,
                lastUpdated: GalleryDate.date(2021, 9, 28, 14, 2), iconId: "60c1f0f6c05c2320e8d88f5a"),
            Insight(
                id: "60c1f0f6c05c2320e8d88f52", name: "Regional sales", ownerId: IDs.artisan,
                lastUpdated: GalleryDate.date(2021, 9, 21, 10, 40), iconId: "60c1f0f6c05c2320e8d88f5b"),
        ]
        state.dataConnections = [
            DataConnection(
                id: "60c1f107c05c2320e8d88f61", name: "Sales warehouse", connectionString: "odbc:DSN=SalesDW;Trusted_Connection=yes",
                type: "ODBC", subscriptionCount: 2, userCount: 2, userGroupCount: 0, isSystem: false),
            DataConnection(
                id: "60c1f107c05c2320e8d88f62", name: "Customer master", connectionString: "oci:customers@CRMPROD",
                type: "Oracle", subscriptionCount: 1, userCount: 1, userGroupCount: 1, isSystem: false,
                sharedWithGroupIds: [IDs.analystsGroup]),
            DataConnection(
                id: "60c1f107c05c2320e8d88f63", name: "Reporting database",
                connectionString: "odbc:Driver={ODBC Driver 17 for SQL Server};Server=sql01;Database=Reporting",
                type: "SQL Server", subscriptionCount: 2, userCount: 3, userGroupCount: 1, isSystem: true),
            DataConnection(
                id: "60c1f107c05c2320e8d88f64", name: "Shared inputs", connectionString: "\\\\fileserver\\alteryx\\inputs",
                type: "File", subscriptionCount: 2, userCount: 3, userGroupCount: 0, isSystem: true),
        ]
        state.dcmConnections = dcmConnections()
        state.auditEvents = [
            audit("60c1f118c05c2320e8d88f71", "Subscription", IDs.subscription, "Create", "", "{\"name\":\"Postie Demo Studio\"}"),
            audit("60c1f118c05c2320e8d88f72", "User", IDs.curator, "Create", "", "{\"role\":\"Curator\"}"),
            audit("60c1f118c05c2320e8d88f73", "User", IDs.artisan, "Create", "", "{\"role\":\"Member\"}"),
            audit("60c1f118c05c2320e8d88f74", "User", IDs.artisan, "Update", "{\"role\":\"Member\"}", "{\"role\":\"Artisan\"}"),
            audit("60c1f118c05c2320e8d88f75", "User", IDs.viewer, "Create", "", "{\"role\":\"Viewer\"}"),
            audit("60c2886ec05c2320e8d88f76", "Workflow", IDs.ecbWorkflow, "Create", "", "{\"name\":\"ECB euro reference rates\"}"),
            audit("60c2887ac05c2320e8d88f77", "Workflow", IDs.converterWorkflow, "Update", "{\"isPublic\":false}", "{\"isPublic\":true}"),
            audit("60c1f118c05c2320e8d88f78", "Collection", "60c1f0d4c05c2320e8d88f31", "Create", "", "{\"name\":\"Finance\"}"),
        ]
        // The public collection's historical job and its output, and a failed run.
        var history = Job(
            id: IDs.historicalJob, appId: IDs.ecbWorkflow, userId: IDs.curator, subscriptionId: IDs.subscription,
            createDate: date(of: IDs.historicalJob), priority: JobPriority(rank: 0, echoed: 0), workerTag: "",
            credentialId: "", answers: [], duration: 3)
        history.startedAt = history.createDate
        history.finishAt = history.createDate.addingTimeInterval(3)
        history.result = JobEngine.result(of: history, state: state) { IDs.historicalOutput }
        var failed = Job(
            id: IDs.historicalFailedJob, appId: IDs.failingWorkflow, userId: IDs.curator, subscriptionId: IDs.subscription,
            createDate: date(of: IDs.historicalFailedJob), priority: JobPriority(rank: 0, echoed: 0), workerTag: "",
            credentialId: "", answers: [], duration: 2)
        failed.startedAt = failed.createDate
        failed.finishAt = failed.createDate.addingTimeInterval(2)
        failed.result = JobEngine.result(of: failed, state: state) { "" }
        for job in [history, failed] {
            state.jobs[job.id] = job
            state.jobOrder.append(job.id)
        }
        return state
    }

    /// Two DCM connections: the curator's (a SQL Server data source and a user-name credential, shared for
    /// execution with the Analysts group) and the artisan's (a Snowflake data source, no credential).
    static func dcmConnections() -> [DCMConnection] {
        let created = GalleryDate.date(2023, 3, 14, 9, 30)
        return [
            DCMConnection(
                id: IDs.curatorDCMConnection, connectionId: IDs.curatorDCMConnectionRef, name: "Sales warehouse (DCM)",
                schemaName: "database-odbc-mssql-username_password", ownerId: IDs.curator, parameters: JSONObject(),
                dataSource: DCMConnection.Part(
                    id: "1f0e2d3c-4b5a-4697-8877-665544332211", name: "sql01 Sales", schemaName: "database-odbc-mssql",
                    parameters: JSONObject([(key: "server", value: "sql01"), (key: "database", value: "Sales")])),
                credentials: [
                    DCMConnection.RoleCredential(
                        credRole: "main",
                        credential: DCMConnection.Part(
                            id: "2a3b4c5d-6e7f-4081-9203-a4b5c6d7e8f9", name: "svc-sales", schemaName: "username_password",
                            parameters: JSONObject([(key: "username", value: "POSTIE\\svc-sales")]), secretNames: ["password"]))
                ],
                execution: DCMConnection.Sharing(userGroupIds: [IDs.analystsGroup]), dateCreated: created, dateUpdated: created),
            DCMConnection(
                id: IDs.artisanDCMConnection, connectionId: "8f3a5b01-4c6d-4e2f-9a70-b1c2d3e4f5a6", name: "Regional Snowflake",
                schemaName: "snowflake-sso", ownerId: IDs.artisan, parameters: JSONObject(),
                dataSource: DCMConnection.Part(
                    id: "3b4c5d6e-7f80-4192-a3b4-c5d6e7f8091a", name: "Regional account", schemaName: "snowflake",
                    parameters: JSONObject([(key: "account", value: "postie-regional"), (key: "warehouse", value: "REPORTING")])),
                credentials: [], dateCreated: created, dateUpdated: created),
        ]
    }

    private static func audit(
        _ id: String, _ entity: String, _ entityId: String, _ event: String, _ old: String, _ new: String
    ) -> AuditEvent {
        AuditEvent(
            id: id, entity: entity, entityId: entityId, userId: IDs.curator, timestamp: date(of: id), event: event,
            oldValues: old, newValues: new)
    }

    static func workflows() -> [Workflow] {
        [
            Workflow(
                id: IDs.ecbWorkflow, subscriptionId: IDs.subscription, ownerId: IDs.curator,
                name: "ECB euro reference rates",
                description: "Retrieves the latest euro foreign exchange reference rates from the European Central Bank.",
                author: "Cora Curator", fileName: "ECB euro reference rates.yxmd", packageType: .module,
                uploadDate: date(of: IDs.ecbWorkflow), isPublic: true, runCount: 118,
                outputMessage: "The rates are in output.yxdb.", behavior: .ecbReferenceRates,
                versionDates: [date(of: IDs.ecbWorkflow)]),
            Workflow(
                id: IDs.converterWorkflow, subscriptionId: IDs.subscription, ownerId: IDs.curator,
                name: "Euro currency converter",
                description: "Converts an amount in euros (or a file of amounts) into another currency at the reference rate.",
                author: "Cora Curator", fileName: "Euro currency converter.yxwz", packageType: .app,
                uploadDate: date(of: IDs.converterWorkflow), isPublic: true, runCount: 42,
                outputMessage: "The converted amounts are in conversion.yxdb.",
                questions: [
                    Question(
                        name: "Currency", type: "QuestionDropDown", description: "Convert euros into", value: "USD",
                        items: WorkflowRunner.converterCurrencies.map { QuestionItem(key: $0, value: $0) }),
                    Question(
                        name: "Amount", type: "QuestionNumericUpDown", description: "Amount in euros", value: "100"),
                    Question(
                        name: "AmountsFile", type: "QuestionFileBrowse",
                        description: "Optional: an uploaded file of amounts (the id from user/v2/inputfiles/), one per line",
                        value: ""),
                ],
                behavior: .currencyConverter, isReadyForMigration: true, versionDates: [date(of: IDs.converterWorkflow)]),
            Workflow(
                id: IDs.failingWorkflow, subscriptionId: IDs.subscription, ownerId: IDs.curator,
                name: "Customer address validation",
                description: "Validates customer postal codes; the sample data has bad ones, so every run ends in Error.",
                author: "Cora Curator", fileName: "Customer address validation.yxmd", packageType: .module,
                uploadDate: date(of: IDs.failingWorkflow), isPublic: false, runCount: 9,
                noOutputFilesMessage: "No output: the validation failed.", behavior: .addressValidation,
                versionDates: [date(of: IDs.failingWorkflow)]),
            Workflow(
                id: IDs.slowWorkflow, subscriptionId: IDs.subscription, ownerId: IDs.curator, name: "Monthly sales rollup",
                description: "Totals a year of orders by month. Slow: it takes five job times.", author: "Cora Curator",
                fileName: "Monthly sales rollup.yxmd", packageType: .module, uploadDate: date(of: IDs.slowWorkflow),
                isPublic: false, runCount: 17, behavior: .salesRollup, durationFactor: 5,
                versionDates: [date(of: IDs.slowWorkflow)]),
            Workflow(
                id: IDs.macroWorkflow, subscriptionId: IDs.subscription, ownerId: IDs.curator, name: "Clean postal codes",
                description: "A macro used by the address validation workflow.", author: "Cora Curator",
                fileName: "Clean postal codes.yxmc", packageType: .macro, uploadDate: date(of: IDs.macroWorkflow),
                isPublic: false, behavior: .macro, versionDates: [date(of: IDs.macroWorkflow)]),
            Workflow(
                id: IDs.regionalWorkflow, subscriptionId: IDs.artisanSubscription, ownerId: IDs.artisan,
                name: "Regional sales summary", description: "Revenue by region.", author: "Arlo Artisan",
                fileName: "Regional sales summary.yxmd", packageType: .module, uploadDate: date(of: IDs.regionalWorkflow),
                isPublic: false, runCount: 5, behavior: .regionalSummary, versionDates: [date(of: IDs.regionalWorkflow)]),
        ]
    }
}
