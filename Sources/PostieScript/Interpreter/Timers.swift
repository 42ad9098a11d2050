/// `setTimeout`/`setInterval` on a virtual clock: timers run in order of due time once the script
/// body and its promise jobs are done; time advances to each timer's due time without waiting.
struct TimerQueue {
    struct Timer {
        let id: Int
        var due: Double
        let sequence: Int
        let callback: JSValue
        let arguments: [JSValue]
        let interval: Double?
    }

    private(set) var timers: [Timer] = []
    private var nextID = 1
    private var sequence = 0
    /// Virtual milliseconds since the run began.
    private(set) var now: Double = 0

    var isEmpty: Bool { timers.isEmpty }

    mutating func add(callback: JSValue, delay: Double, arguments: [JSValue], repeating: Bool) -> Int {
        let id = nextID
        nextID += 1
        sequence += 1
        let clamped = delay.isFinite && delay >= 1 ? delay.rounded(.down) : 1
        timers.append(Timer(id: id, due: now + clamped, sequence: sequence, callback: callback, arguments: arguments, interval: repeating ? clamped : nil))
        return id
    }

    mutating func cancel(_ id: Int) {
        timers.removeAll { $0.id == id }
    }

    /// Removes and returns the timer due first (ties by creation order), advancing the clock.
    mutating func popNext() -> Timer? {
        guard !timers.isEmpty else { return nil }
        var best = 0
        for index in 1..<timers.count where timers[index].due < timers[best].due
            || (timers[index].due == timers[best].due && timers[index].sequence < timers[best].sequence)
        {
            best = index
        }
        let timer = timers.remove(at: best)
        if timer.due > now { now = timer.due }
        if let interval = timer.interval {
            sequence += 1
            timers.append(Timer(id: timer.id, due: now + interval, sequence: sequence, callback: timer.callback, arguments: timer.arguments, interval: interval))
        }
        return timer
    }

    mutating func removeAll() {
        timers.removeAll()
    }
}
