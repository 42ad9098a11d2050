import Foundation

/// Everything the emulated Gallery holds. Mutated only under `GalleryStore`'s lock.
struct GalleryState: Sendable {
    var subscriptions: [Subscription] = []
    var users: [GalleryUser] = []
    /// In upload order.
    var workflows: [Workflow] = []
    var credentials: [StoredCredential] = []
    var collections: [GalleryCollection] = []
    var userGroups: [UserGroup] = []
    var schedules: [Schedule] = []
    var insights: [Insight] = []
    var dataConnections: [DataConnection] = []
    var dcmConnections: [DCMConnection] = []
    var auditEvents: [AuditEvent] = []
    var inputFiles: [String: InputFile] = [:]
    var jobs: [String: Job] = [:]
    /// Job ids in queue order.
    var jobOrder: [String] = []
    /// The jobs queued since the emulator started, oldest first: only these are pruned (seeded history stays).
    var queuedJobs: [String] = []
    var scheduler = JobScheduler()
    var ids = ObjectIDGenerator()
    /// The clock reading of the latest request (`JobEngine.refresh`): collection memberships expire against it.
    var now = Date.distantPast

    func workflow(_ id: String) -> Workflow? { workflows.first { $0.id == id && !$0.isDeleted } }

    func workflowIndex(_ id: String) -> Int? { workflows.firstIndex { $0.id == id && !$0.isDeleted } }

    func user(_ id: String?) -> GalleryUser? {
        guard let id else { return nil }
        return users.first { $0.id == id }
    }

    func user(email: String) -> GalleryUser? {
        users.first { $0.email.lowercased() == email.lowercased() }
    }

    func subscription(_ id: String) -> Subscription? { subscriptions.first { $0.id == id } }

    /// Jobs in queue order.
    var orderedJobs: [Job] { jobOrder.compactMap { jobs[$0] } }

    /// Whether `principal` may see and run `workflow` through the Subscription, User V2 and v3 APIs:
    /// a studio key sees its subscription's workflows; a user also sees public workflows and those shared
    /// with them (or their subscription) through a collection.
    func canUse(_ workflow: Workflow, _ principal: Principal) -> Bool {
        if workflow.subscriptionId == principal.subscriptionId { return true }
        guard principal.kind == .user, let userId = principal.userId else { return false }
        if workflow.isPublic { return true }
        let groups = groupIds(of: userId)
        return collections.contains { collection in
            collection.appIds.contains(workflow.id)
                && ((collection.userIds.contains(userId) && isCurrent(userId, in: collection))
                    || collection.subscriptionIds.contains(principal.subscriptionId)
                    || collection.userGroupIds.contains { groups.contains($0) && isCurrent($0, in: collection) })
        }
    }

    /// Whether the membership of `memberId` (a user or a user group) in `collection` has not passed its
    /// `expirationDate` (one without a date never expires).
    func isCurrent(_ memberId: String, in collection: GalleryCollection) -> Bool {
        guard let expiry = collection.permissions[memberId]?.expirationDate else { return true }
        return expiry > now
    }

    /// The ids of the user groups `userId` is a member of.
    func groupIds(of userId: String) -> Set<String> {
        Set(userGroups.filter { $0.userIds.contains(userId) }.map(\.id))
    }

    /// Whether `credential` is shared with `userId`, directly or through one of their user groups.
    func isShared(_ credential: StoredCredential, with userId: String) -> Bool {
        credential.sharedWithUserIds.contains(userId) || credential.sharedWithGroupIds.contains(where: groupIds(of: userId).contains)
    }

    /// Whether `userId` is a member of `collection`, directly or through one of their user groups, with a
    /// membership that has not expired.
    func isMember(_ userId: String, of collection: GalleryCollection) -> Bool {
        let groups = groupIds(of: userId)
        return (collection.userIds.contains(userId) && isCurrent(userId, in: collection))
            || collection.userGroupIds.contains { groups.contains($0) && isCurrent($0, in: collection) }
    }

    /// Whether `principal` may see `job` outside the Admin APIs: jobs of its subscription's workflows,
    /// and jobs the user queued.
    func canSee(_ job: Job, _ principal: Principal) -> Bool {
        if job.subscriptionId == principal.subscriptionId { return true }
        if let userId = principal.userId, job.userId == userId { return true }
        return false
    }

    /// A new id stamped with `date`.
    mutating func newID(at date: Date) -> String { ids.next(at: date) }
}

/// The emulator's data behind one lock: seeded content, published workflows, input files and jobs.
final class GalleryStore: Sendable {
    private let state: Locked<GalleryState>

    init(_ state: GalleryState) {
        self.state = Locked(state)
    }

    /// Reads the state.
    func read<Result>(_ body: (GalleryState) throws -> Result) rethrows -> Result {
        try state.withLock { try body($0) }
    }

    /// Changes the state.
    func write<Result>(_ body: (inout GalleryState) throws -> Result) rethrows -> Result {
        try state.withLock { try body(&$0) }
    }
}
