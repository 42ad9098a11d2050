import Foundation
import PostieJSON

/// A request to run a workflow, as the queue endpoints read it from their bodies.
struct JobRequest: Sendable {
    var appId: String
    /// The answers in the order given; questions with an empty name are already dropped.
    var answers: [(name: String, value: String)]
    var priority: JobPriority
    var workerTag: String?
    var credentialId: String
}

/// Queues jobs and moves them through `Queued` → `Running` → `Completed` on a bounded worker pool in
/// the emulator's clock time (see `JobScheduler`).
final class JobEngine: Sendable {
    private let store: GalleryStore
    private let clock: @Sendable () -> Date
    private let jobTime: TimeInterval
    private let workers: Int
    private let retention: TimeInterval
    private let maximumCompleted: Int

    init(
        store: GalleryStore, clock: @escaping @Sendable () -> Date, jobTime: TimeInterval, workers: Int,
        retention: TimeInterval = 3600, maximumCompleted: Int = 10_000
    ) {
        self.store = store
        self.clock = clock
        self.jobTime = max(0, jobTime)
        self.workers = max(1, workers)
        self.retention = max(0, retention)
        self.maximumCompleted = max(1, maximumCompleted)
    }

    /// Queues a job for `principal`; answers the job as it stands when queued (`Queued`, no outputs).
    /// With a job time of 0 the job has completed by the time this returns.
    func queue(_ request: JobRequest, by principal: Principal) throws -> Job {
        try store.write { state in
            let now = clock()
            advance(&state, to: now)
            guard let workflow = state.workflow(request.appId), state.canUse(workflow, principal) else {
                throw GalleryError.notFound(
                    "No workflow with id \"\(request.appId)\" is available to this key (check the appId).")
            }
            if workflow.packageType == .macro {
                throw GalleryError.badRequest(
                    "The workflow \"\(workflow.name)\" (\(workflow.id)) is a Macro: macros cannot be run on their own.")
            }
            if workflow.runDisabled {
                throw GalleryError.badRequest("Running the workflow \"\(workflow.name)\" (\(workflow.id)) is disabled.")
            }
            let answers = try Self.validatedAnswers(request.answers, for: workflow, state: state)
            if !request.credentialId.isEmpty {
                let shared = state.credentials.first { credential in
                    credential.id == request.credentialId
                        && (principal.userId.map { state.isShared(credential, with: $0) } ?? false)
                }
                guard shared != nil else {
                    throw GalleryError.badRequest(
                        "No credential with id \"\(request.credentialId)\" is shared with this user "
                            + "(GET user/v2/credentials/ lists them; send \"\" to run without one).")
                }
            }
            let job = Job(
                id: state.newID(at: now), appId: workflow.id, userId: principal.userId,
                subscriptionId: workflow.subscriptionId, createDate: now, priority: request.priority,
                workerTag: request.workerTag ?? workflow.workerTag, credentialId: request.credentialId,
                answers: answers, duration: jobTime * workflow.durationFactor)
            if let index = state.workflowIndex(workflow.id) { state.workflows[index].runCount += 1 }
            state.jobs[job.id] = job
            state.jobOrder.append(job.id)
            state.queuedJobs.append(job.id)
            state.scheduler.enqueue(job.id)
            advance(&state, to: now)
            return job
        }
    }

    /// Cancels a queued or running job (v3 `DELETE /v3/jobs/{jobId}`): it completes now with disposition
    /// `Cancelled` and no outputs. A completed job cannot be cancelled (400); an unknown one is a 404.
    func cancel(_ jobId: String, visibleTo canSee: (Job, GalleryState) -> Bool) throws -> Job {
        try store.write { state in
            let now = clock()
            advance(&state, to: now)
            guard let job = state.jobs[jobId], canSee(job, state) else {
                throw GalleryError.notFound("No job with id \"\(jobId)\" is visible to this key.")
            }
            guard job.status(at: now) != .completed else {
                throw GalleryError.badRequest("The job \(jobId) has already completed: only a queued or running job can be cancelled.")
            }
            state.scheduler.remove(jobId)
            state.jobs[jobId]?.startedAt = job.startedAt ?? now
            state.jobs[jobId]?.finishAt = now
            state.jobs[jobId]?.result = JobResult(
                disposition: .cancelled,
                messages: [EngineMessage(status: 3, text: "The job was cancelled.", toolId: -1)], outputs: [])
            return state.jobs[jobId] ?? job
        }
    }

    /// Brings every job up to the clock; returns the time it used.
    @discardableResult
    func refresh() -> Date {
        store.write { state in
            let now = clock()
            state.now = now
            advance(&state, to: now)
            return now
        }
    }

    private func advance(_ state: inout GalleryState, to now: Date) {
        let finished = state.scheduler.advance(to: now, workers: workers, jobs: &state.jobs)
        for id in finished {
            guard let job = state.jobs[id], let finish = job.finishAt else { continue }
            var ids = state.ids
            let result = Self.result(of: job, state: state) { ids.next(at: finish) }
            state.ids = ids
            state.jobs[id]?.result = result
        }
        prune(&state, now: now)
    }

    /// Removes completed jobs (of those queued since start) older than the retention, and the oldest
    /// beyond the most kept: a client
    /// queueing without end must not grow the emulator without end (issue 15).
    private func prune(_ state: inout GalleryState, now: Date) {
        var completed = 0
        var expired: Set<String> = []
        for id in state.queuedJobs.reversed() {
            guard let job = state.jobs[id], job.result != nil, let finish = job.finishAt, finish <= now else { continue }
            completed += 1
            if completed > maximumCompleted || now.timeIntervalSince(finish) > retention { expired.insert(id) }
        }
        guard !expired.isEmpty else { return }
        for id in expired { state.jobs.removeValue(forKey: id) }
        state.jobOrder.removeAll { expired.contains($0) }
        state.queuedJobs.removeAll { expired.contains($0) }
    }

    /// Runs `job`'s workflow; output ids come from `makeID`, in output order.
    static func result(of job: Job, state: GalleryState, makeID: () -> String) -> JobResult {
        guard let workflow = state.workflows.first(where: { $0.id == job.appId }) else {
            return JobResult(
                disposition: .error,
                messages: [EngineMessage(status: 3, text: "Error: the workflow was deleted before the job ran", toolId: 0)],
                outputs: [])
        }
        var answers: [String: String] = [:]
        for question in workflow.questions { answers[question.name] = question.value }
        for answer in job.answers { answers[answer.name] = answer.value }
        let run = WorkflowRunner.run(workflow, answers: answers, inputFiles: state.inputFiles)
        return JobResult(
            disposition: run.disposition, messages: run.messages,
            outputs: run.outputs.map { JobOutput(id: makeID(), name: $0.name, records: $0.records) })
    }

    /// The answers with every name checked against the workflow's questions and every file answer
    /// against the uploaded input files.
    static func validatedAnswers(
        _ answers: [(name: String, value: String)], for workflow: Workflow, state: GalleryState
    ) throws -> [(name: String, value: String)] {
        for answer in answers {
            guard let question = workflow.questions.first(where: { $0.name == answer.name }) else {
                let known =
                    workflow.questions.isEmpty
                    ? "it has no questions (send \"questions\": [])"
                    : "its questions are " + workflow.questions.map { "\"\($0.name)\"" }.joined(separator: ", ")
                throw GalleryError.badRequest(
                    "Unknown question \"\(answer.name)\" for the workflow \"\(workflow.name)\" (\(workflow.id)): \(known).")
            }
            if question.type == "QuestionFileBrowse", !answer.value.isEmpty, state.inputFiles[answer.value] == nil {
                throw GalleryError.badRequest(
                    "The question \"\(question.name)\" takes the id of an uploaded input file, and "
                        + "\"\(answer.value)\" is none (POST user/v2/inputfiles/ answers one).")
            }
        }
        return answers
    }
}
