import Foundation

/// Remembers the nonces each consumer key has used, for as long as their timestamps could still be
/// accepted, so that a replayed request is refused (RFC 5849 §3.3).
///
/// Expiries sit in a min-heap beside the map, so each insert forgets what has expired by then, oldest
/// first, in O(log n) per nonce: the store never holds more than one window's worth of nonces, and no
/// insert walks the whole map.
final class NonceStore: Sendable {
    /// A remembered nonce, ordered by when it may be forgotten.
    private struct Entry: Comparable {
        var forgetAt: Date
        var consumerKey: String
        var nonce: String

        static func < (lhs: Entry, rhs: Entry) -> Bool { lhs.forgetAt < rhs.forgetAt }
    }

    private struct State {
        /// consumer key → nonce → when it may be forgotten.
        var seen: [String: [String: Date]] = [:]
        /// Every remembered nonce, earliest `forgetAt` at the root.
        var expiries = MinHeap<Entry>()
    }

    private let state = Locked(State())
    private let window: TimeInterval

    init(window: TimeInterval) {
        self.window = window
    }

    /// Records `nonce` for `consumerKey`; false when it was already used and is still remembered.
    func consume(_ nonce: String, consumerKey: String, timestamp: Date, now: Date) -> Bool {
        state.withLock { state in
            while let oldest = state.expiries.first, oldest.forgetAt <= now {
                state.expiries.removeFirst()
                // A nonce used again after it was forgotten has a later expiry of its own: keep that one.
                if state.seen[oldest.consumerKey]?[oldest.nonce] == oldest.forgetAt {
                    state.seen[oldest.consumerKey]?[oldest.nonce] = nil
                    if state.seen[oldest.consumerKey]?.isEmpty == true { state.seen[oldest.consumerKey] = nil }
                }
            }
            if let forgetAt = state.seen[consumerKey]?[nonce], forgetAt > now { return false }
            // A timestamp is accepted while it is within the window of the clock, so the nonce must be
            // kept until the later of the two plus the window.
            let forgetAt = max(timestamp, now).addingTimeInterval(window)
            state.seen[consumerKey, default: [:]][nonce] = forgetAt
            state.expiries.insert(Entry(forgetAt: forgetAt, consumerKey: consumerKey, nonce: nonce))
            return true
        }
    }

    /// How many nonces are remembered (for tests).
    var count: Int { state.withLock { $0.seen.values.reduce(0) { $0 + $1.count } } }
}

/// A binary min-heap.
struct MinHeap<Element: Comparable> {
    private var elements: [Element] = []

    /// The least element, or nil when empty.
    var first: Element? { elements.first }

    var count: Int { elements.count }

    mutating func insert(_ element: Element) {
        elements.append(element)
        var child = elements.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard elements[child] < elements[parent] else { break }
            elements.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes the least element; the heap must not be empty.
    mutating func removeFirst() {
        elements.swapAt(0, elements.count - 1)
        elements.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var least = parent
            if left < elements.count, elements[left] < elements[least] { least = left }
            if right < elements.count, elements[right] < elements[least] { least = right }
            guard least != parent else { return }
            elements.swapAt(parent, least)
            parent = least
        }
    }
}
