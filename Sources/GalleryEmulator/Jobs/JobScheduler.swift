import Foundation

/// A bounded pool of workers in simulated time.
///
/// Jobs wait in a queue; a worker takes the highest-priority job queued by the time it is free (the
/// earliest queued among equals) and holds it for the job's duration. Rather than running threads, the
/// scheduler replays these events up to "now" whenever someone looks, so a job's state is a pure
/// function of the clock: deterministic under an injected clock, and exactly real time under the real one.
struct JobScheduler: Sendable {
    /// When each worker is next free.
    private(set) var workerFreeAt: [Date] = []
    /// Queued jobs, in queue order.
    private(set) var pending: [String] = []
    /// Jobs started but not yet materialised as completed.
    private(set) var running: [String] = []

    /// Adds a job to the queue.
    mutating func enqueue(_ jobId: String) {
        pending.append(jobId)
    }

    /// Takes a job out of the queue and off its worker (a cancelled job); answers whether it was there.
    @discardableResult
    mutating func remove(_ jobId: String) -> Bool {
        let before = pending.count + running.count
        pending.removeAll { $0 == jobId }
        running.removeAll { $0 == jobId }
        return pending.count + running.count < before
    }

    /// Starts and finishes jobs up to `now` with `workers` workers; returns the jobs that finished, in the
    /// order they finished (their results are the caller's to write).
    mutating func advance(to now: Date, workers: Int, jobs: inout [String: Job]) -> [String] {
        let workers = max(1, workers)
        if workerFreeAt.count < workers {
            workerFreeAt += Array(repeating: .distantPast, count: workers - workerFreeAt.count)
        } else if workerFreeAt.count > workers {
            workerFreeAt = Array(workerFreeAt.sorted().prefix(workers))
        }
        pending.removeAll { jobs[$0] == nil }
        while !pending.isEmpty {
            guard let slot = workerFreeAt.indices.min(by: { workerFreeAt[$0] < workerFreeAt[$1] }),
                let earliestQueued = pending.compactMap({ jobs[$0]?.createDate }).min()
            else { break }
            let start = max(workerFreeAt[slot], earliestQueued)
            guard start <= now else { break }
            var best: (index: Int, job: Job)?
            for (index, id) in pending.enumerated() {
                guard let job = jobs[id], job.createDate <= start else { continue }
                if let current = best {
                    if job.priority.rank > current.job.priority.rank
                        || (job.priority.rank == current.job.priority.rank && job.createDate < current.job.createDate)
                    {
                        best = (index, job)
                    }
                } else {
                    best = (index, job)
                }
            }
            guard let chosen = best else { break }
            let finish = start.addingTimeInterval(chosen.job.duration)
            jobs[chosen.job.id]?.startedAt = start
            jobs[chosen.job.id]?.finishAt = finish
            workerFreeAt[slot] = finish
            pending.remove(at: chosen.index)
            running.append(chosen.job.id)
        }
        let finished = running.compactMap { id -> (String, Date)? in
            guard let finish = jobs[id]?.finishAt, finish <= now else { return nil }
            return (id, finish)
        }.sorted { $0.1 == $1.1 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.0)
        running.removeAll { finished.contains($0) }
        return finished
    }
}
