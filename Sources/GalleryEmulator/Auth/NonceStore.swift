import Foundation

/// Remembers the nonces each consumer key has used, for as long as their timestamps could still be
/// accepted, so that a replayed request is refused (RFC 5849 §3.3).
final class NonceStore: Sendable {
    private struct State {
        /// consumer key → nonce → when it may be forgotten.
        var seen: [String: [String: Date]] = [:]
        var insertsSincePrune = 0
    }

    private let state = Locked(State())
    private let window: TimeInterval

    init(window: TimeInterval) {
        self.window = window
    }

    /// Records `nonce` for `consumerKey`; false when it was already used and is still remembered.
    func consume(_ nonce: String, consumerKey: String, timestamp: Date, now: Date) -> Bool {
        state.withLock { state in
            if let forgetAt = state.seen[consumerKey]?[nonce], forgetAt > now { return false }
            // A timestamp is accepted while it is within the window of the clock, so the nonce must be
            // kept until the later of the two plus the window.
            state.seen[consumerKey, default: [:]][nonce] = max(timestamp, now).addingTimeInterval(window)
            state.insertsSincePrune += 1
            if state.insertsSincePrune >= 1024 {
                state.insertsSincePrune = 0
                for key in state.seen.keys {
                    state.seen[key] = state.seen[key]?.filter { $0.value > now }
                }
            }
            return true
        }
    }

    /// How many nonces are remembered (for tests).
    var count: Int { state.withLock { $0.seen.values.reduce(0) { $0 + $1.count } } }
}
