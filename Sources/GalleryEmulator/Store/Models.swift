import Foundation
import PostieJSON

/// What kind of package a workflow is, as the Gallery's `packageType` says it.
enum PackageType: String, Sendable, CaseIterable {
    case app = "App"
    case module = "Module"
    case macro = "Macro"

    /// Parses a `packageType` query value: a name (any case) or its index in the documented enum
    /// (`0` App, `1` Module, `2` Macro — the order of `['App' or 'Module' or 'Macro']`).
    init?(queryValue: String) {
        let text = queryValue.trimmingCharacters(in: .whitespaces)
        if let index = Int(text), PackageType.allCases.indices.contains(index) {
            self = PackageType.allCases[index]
            return
        }
        guard let match = PackageType.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
            return nil
        }
        self = match
    }
}

/// A subscription (a "studio"): owns workflows and users.
struct Subscription: Sendable, Equatable {
    var id: String
    var name: String
    var active = true
    var defaultWorkerTag = ""
    var expirationDate: Date
    var memberPassesPurchased: Int
    var memberPassesUsed: Int
    var company: String
    var contactName: String
    var contactEmail: String
    var city: String
    var country: String
    /// v3 `canShareSchedules`: whether its members may share schedules.
    var canShareSchedules = true
    /// v3 `credentialId`: the credential its workflows run with by default ("" for none).
    var defaultCredentialId = ""
    /// The key pair `POST /v3/subscriptions` made (the seeded studio's pair comes from the configuration).
    var apiKey = ""
    var apiSecret = ""
    var dateUpdated: Date?
}

/// A Gallery role; only curators may use the Admin APIs.
enum UserRole: String, Sendable {
    case viewer = "Viewer"
    case member = "Member"
    case artisan = "Artisan"
    case curator = "Curator"
}

/// A Gallery user.
struct GalleryUser: Sendable, Equatable {
    var id: String
    var firstName: String
    var lastName: String
    var email: String
    var role: UserRole
    var subscriptionId: String
    var dateAdded: Date
    var lastLogin: Date
    var timezone = "UTC"
    var active = true
    var canSchedule = true
    var canSetPriority = true
    var canSetWorkerAssignment = false
    var canCreateCollections = true
    var credentialIds: [String] = []
    var dataConnectionIds: [String] = []
    /// v3 fields (`isApiEnabled`, `defaultWorkerTag`, `language`, …).
    var isApiEnabled = true
    var defaultWorkerTag = ""
    var defaultCredentialId = ""
    var language = "en-us"
    var isAccountLocked = false
    var isValidated = true

    var isCurator: Bool { role == .curator }
}

/// One entry of a question's list of choices.
struct QuestionItem: Sendable, Equatable {
    var key: String
    var value: String
}

/// An app question (an interface tool in the workflow).
struct Question: Sendable, Equatable {
    var name: String
    /// `QuestionDropDown`, `QuestionNumericUpDown`, `QuestionFileBrowse`, `QuestionTextBox`, …
    var type: String
    var description: String
    /// The default answer.
    var value: String
    var items: [QuestionItem] = []
    var multiple = false
}

/// What running a seeded workflow produces.
enum WorkflowBehavior: Sendable, Equatable {
    /// One output of the 32 euro reference rates.
    case ecbReferenceRates
    /// Converts an amount (or a file of amounts) from euros into the chosen currency.
    case currencyConverter
    /// Reads customer addresses and fails on bad postal codes: disposition `Error`.
    case addressValidation
    /// Twelve monthly sales totals, slowly.
    case salesRollup
    /// A small regional summary (the second subscription's workflow).
    case regionalSummary
    /// A workflow published through the Admin API: echoes its name in one record.
    case published
    /// A macro: cannot be run on its own.
    case macro

    /// What a package the emulator hands out says in `<PostieEmulatedBehavior>`, so that the package,
    /// published on another server (a promotion), runs there as it ran here.
    var marker: String {
        switch self {
        case .ecbReferenceRates: return "ecb-reference-rates"
        case .currencyConverter: return "currency-converter"
        case .addressValidation: return "address-validation"
        case .salesRollup: return "sales-rollup"
        case .regionalSummary: return "regional-summary"
        case .published: return "published"
        case .macro: return "macro"
        }
    }

    /// The behaviour a published package names (its stored, uncompressed `.yxmd` holds the marker);
    /// `.published` for any other package.
    static func of(package: Data) -> WorkflowBehavior {
        let all: [WorkflowBehavior] = [
            .ecbReferenceRates, .currencyConverter, .addressValidation, .salesRollup, .regionalSummary, .macro,
        ]
        for behavior in all where package.range(of: Data("<PostieEmulatedBehavior>\(behavior.marker)<".utf8)) != nil {
            return behavior
        }
        return .published
    }
}

/// A workflow (an "app") in a subscription.
struct Workflow: Sendable, Equatable {
    var id: String
    var subscriptionId: String
    var ownerId: String
    var name: String
    var description: String
    var author: String
    var fileName: String
    var packageType: PackageType
    var uploadDate: Date
    var isPublic: Bool
    var runDisabled = false
    var isChained = false
    var version = 1
    var runCount = 0
    var workerTag = ""
    var isE2 = false
    var outputMessage = ""
    var noOutputFilesMessage = ""
    var questions: [Question] = []
    var behavior: WorkflowBehavior
    /// How many job times one run takes.
    var durationFactor = 1.0
    var isReadyForMigration = false
    var canDownload = true
    var sourceId = ""
    var comments = ""
    var executionMode = "Safe"
    /// The package bytes a client published, when the workflow came through the Admin API.
    var uploadedPackage: Data?
    /// One entry per published version, oldest first.
    var versionDates: [Date] = []
    /// The package a client uploaded for each version (by number), when one was.
    var versionPackages: [Int: Data] = [:]
    var isDeleted = false

    /// The id of version `number` (1-based), derived from the workflow id.
    func revisionId(_ number: Int) -> String {
        String(id.prefix(18)) + ObjectIDGenerator.hex(UInt32(0xA0_0000 + number), digits: 6)
    }
}

/// A stored credential a job can run as (User V2 › Credentials).
struct StoredCredential: Sendable, Equatable {
    var id: String
    var userName: String
    var sharedWithUserIds: [String]
    /// The user groups it is shared with (`POST /v3/credentials/{id}/userGroups`).
    var sharedWithGroupIds: [String] = []
}

/// What a member of a collection may do there (v3 `collectionPermissions`).
struct CollectionPermissions: Sendable, Equatable {
    var isAdmin = false
    var canAddAssets = false
    var canUpdateAssets = false
    var canRemoveAssets = false
    var canAddUsers = false
    var canRemoveUsers = false
    /// When the membership ends (nil: never).
    var expirationDate: Date?
}

/// A collection: workflows, schedules and insights shared with users, user groups and subscriptions.
struct GalleryCollection: Sendable, Equatable {
    var id: String
    var name: String
    var ownerId: String
    var dateAdded: Date
    var appIds: [String]
    var scheduleIds: [String]
    var insightIds: [String]
    var userIds: [String]
    var subscriptionIds: [String]
    var userGroupIds: [String] = []
    /// The permissions of each member user or user group, by id (absent: none beyond seeing the assets).
    var permissions: [String: CollectionPermissions] = [:]
}

/// A v3 user group: users, and Active Directory groups by SID, who share a role and what is shared with
/// the group (collections, credentials, data connections).
struct UserGroup: Sendable, Equatable {
    var id: String
    var name: String
    var role: UserRole
    var userIds: [String] = []
    var activeDirectoryGroupSids: [String] = []
    var dateAdded: Date
    var dateUpdated: Date
}

/// When a schedule runs.
enum ScheduleFrequency: Sendable, Equatable {
    case daily(hour: Int, minute: Int)
    /// `weekday`: 0 = Sunday … 6 = Saturday.
    case weekly(weekday: Int, hour: Int, minute: Int)

    var name: String {
        switch self {
        case .daily: return "Daily"
        case .weekly: return "Weekly"
        }
    }

    /// The run times in `[start, end)`, in order.
    func occurrences(from start: Date, to end: Date) -> [Date] {
        var dates: [Date] = []
        var parts = GalleryDate.parts(of: start)
        var day = GalleryDate.date(parts.year, parts.month, parts.day)
        while day < end, dates.count < 1000 {
            parts = GalleryDate.parts(of: day)
            let run: Date?
            switch self {
            case .daily(let hour, let minute):
                run = GalleryDate.date(parts.year, parts.month, parts.day, hour, minute)
            case .weekly(let weekday, let hour, let minute):
                run = parts.weekday == weekday ? GalleryDate.date(parts.year, parts.month, parts.day, hour, minute) : nil
            }
            if let run, run >= start, run < end { dates.append(run) }
            day = day.addingTimeInterval(86_400)
        }
        return dates
    }
}

/// A schedule that runs a workflow.
struct Schedule: Sendable, Equatable {
    var id: String
    var name: String
    var appId: String
    var ownerId: String
    var comment: String
    var enabled: Bool
    var priority: String
    var workerTag = ""
    var credentialId: String
    var creationTime: Date
    var lastRunTime: Date
    var frequency: ScheduleFrequency
    var runCount: Int
    /// The typical run time, in seconds, for the forecast.
    var estimatedSeconds: Int
}

/// An insight (a dashboard).
struct Insight: Sendable, Equatable {
    var id: String
    var name: String
    var ownerId: String
    var lastUpdated: Date
    var iconId: String
}

/// A data connection, system-wide (`systemdataconnections`) or on the server (`serverdataconnections`).
struct DataConnection: Sendable, Equatable {
    var id: String
    var name: String
    var connectionString: String
    var type: String
    var subscriptionCount: Int
    var userCount: Int
    var userGroupCount: Int
    var isSystem: Bool
    /// The users it is shared with through v3 (`POST /v3/serverDataConnections/{id}/users`).
    var sharedWithUserIds: [String] = []
    /// The user groups it is shared with (`POST /v3/serverDataConnections/{id}/userGroups`).
    var sharedWithGroupIds: [String] = []
}

/// An audit-log entry.
struct AuditEvent: Sendable, Equatable {
    var id: String
    var entity: String
    var entityId: String
    var userId: String
    var timestamp: Date
    var event: String
    var oldValues: String
    var newValues: String
}

/// A file uploaded through User V2 › Input files, usable as a question answer.
struct InputFile: Sendable, Equatable {
    var id: String
    var fileName: String
    var data: Data
    var uploadedBy: String
    var uploadedAt: Date
}

/// A job's life-cycle state.
enum JobStatus: String, Sendable {
    case queued = "Queued"
    case running = "Running"
    case completed = "Completed"
}

/// How a job ended.
enum JobDisposition: String, Sendable {
    case none = "None"
    case success = "Success"
    case error = "Error"
    case cancelled = "Cancelled"
}

/// An engine message, as the Gallery lists them: `{"status":1,"text":"…","toolId":6}`.
/// Status 1 is information, 2 a warning, 3 an error, 9 a file written, 101 a web request.
struct EngineMessage: Sendable, Equatable {
    var status: Int
    var text: String
    var toolId: Int
}

/// Records, as a workflow writes them.
struct RecordTable: Sendable, Equatable {
    /// A field (column) with an Alteryx type name (`V_WString`, `Double`, `Int32`, `Date`).
    struct Field: Sendable, Equatable {
        var name: String
        var type: String
    }

    var fields: [Field]
    var rows: [[String]]
}

/// One output file of a completed job.
struct JobOutput: Sendable, Equatable {
    var id: String
    var name: String
    var records: RecordTable
}

/// What a finished job produced.
struct JobResult: Sendable, Equatable {
    var disposition: JobDisposition
    var messages: [EngineMessage]
    var outputs: [JobOutput]
}

/// A job's priority: its rank for the queue, and the JSON value to echo back.
struct JobPriority: Sendable, Equatable {
    static let names = ["Low", "Medium", "High", "Critical"]

    /// 0 Low … 3 Critical; `Default` ranks as Low.
    var rank: Int
    /// The value as the client gave it (a number stays a number, a name is spelled canonically).
    var echoed: JSONValue

    /// Parses a `priority` member: a number 0–3, a numeric string, or a name
    /// (`Low`, `Medium`, `High`, `Critical`, `Default`), any case. Nil when it is none of these.
    init?(_ value: JSONValue) {
        switch value {
        case .number(let number):
            guard number.rounded() == number, (0...3).contains(number) else { return nil }
            rank = Int(number)
            echoed = .number(number)
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.lowercased() == "default" {
                rank = 0
                echoed = "Default"
            } else if let number = Int(trimmed), (0...3).contains(number) {
                rank = number
                echoed = .string(trimmed)
            } else if let index = Self.names.firstIndex(where: { $0.lowercased() == trimmed.lowercased() }) {
                rank = index
                echoed = .string(Self.names[index])
            } else {
                return nil
            }
        case .null:
            rank = 0
            echoed = "Default"
        default:
            return nil
        }
    }

    init(rank: Int, echoed: JSONValue) {
        self.rank = rank
        self.echoed = echoed
    }
}

/// A job: a run of a workflow.
struct Job: Sendable, Equatable {
    var id: String
    var appId: String
    /// The user who queued it (nil when a studio key queued it, or for seeded history).
    var userId: String?
    var subscriptionId: String
    var createDate: Date
    var priority: JobPriority
    var workerTag: String
    var credentialId: String
    /// The answers, in the order given, empty names dropped.
    var answers: [(name: String, value: String)]
    /// How long it runs once a worker takes it.
    var duration: TimeInterval
    /// When a worker took it.
    var startedAt: Date?
    /// When it ends (`startedAt + duration`).
    var finishAt: Date?
    /// Set once it completes.
    var result: JobResult?

    static func == (lhs: Job, rhs: Job) -> Bool {
        lhs.id == rhs.id && lhs.createDate == rhs.createDate && lhs.startedAt == rhs.startedAt
            && lhs.finishAt == rhs.finishAt && lhs.result == rhs.result
            && lhs.answers.map(\.name) == rhs.answers.map(\.name) && lhs.answers.map(\.value) == rhs.answers.map(\.value)
    }

    /// The state at `now`.
    func status(at now: Date) -> JobStatus {
        guard let startedAt, startedAt <= now else { return .queued }
        if let finishAt, finishAt <= now, result != nil { return .completed }
        return .running
    }
}
