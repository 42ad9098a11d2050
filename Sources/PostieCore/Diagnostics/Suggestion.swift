/// "Did you mean" for misspelt keys, operators, options and names.
public enum Suggestion {
    /// The candidate closest to `word` when it is close enough to be a likely typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let limit = max(1, min(3, lowered.count / 3))
        var best: (candidate: String, distance: Int)?
        let length = lowered.unicodeScalars.count
        for candidate in candidates {
            // The distance is at least the difference in length: a 3 MB name is compared with nothing.
            guard abs(candidate.unicodeScalars.count - length) <= limit else { continue }
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    public static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left.unicodeScalars)
        let b = Array(right.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    /// Words longer than this get no suggestion.
    public static let maximumWordLength = 1_000

    /// `text` as a message quotes what the user wrote: at most 120 characters, then `…`.
    public static func quoted(_ text: String) -> String {
        text.count <= 120 ? text : String(text.prefix(120)) + "… (\(text.utf8.count) bytes)"
    }

    /// Up to `count` candidates near `word` (at most `limit` edits away), nearest first; a candidate path also matches on its last
    /// `/` component (so `Queue Jobs` finds `Subscription/Queue Job`).
    public static func nearest(to word: String, among candidates: [String], count: Int = 3, limit: Int? = nil) -> [String] {
        // Nothing a person typed is this long; comparing it would take seconds for nothing.
        guard word.utf8.count <= maximumWordLength else { return [] }
        let lowered = word.lowercased()
        let limit = limit ?? max(3, lowered.count / 3)
        let scored = candidates.map { candidate -> (String, Int) in
            let full = candidate.lowercased()
            let last = full.split(separator: "/").last.map(String.init) ?? full
            return (candidate, min(editDistance(lowered, full), editDistance(lowered, last) + 1))
        }
        return scored.filter { $0.1 <= limit }.sorted { $0.1 < $1.1 }.prefix(count).map(\.0)
    }
}
