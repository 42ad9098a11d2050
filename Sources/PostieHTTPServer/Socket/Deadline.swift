import Glibc
import Foundation

/// A point on the monotonic clock by which an operation must finish; wall-clock changes do not move it.
struct Deadline: Sendable, Comparable {
    /// Nanoseconds on `CLOCK_MONOTONIC`.
    let nanoseconds: UInt64

    /// A deadline that never passes.
    static let never = Deadline(nanoseconds: .max)

    /// The current instant.
    static var now: Deadline {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Deadline(nanoseconds: UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec))
    }

    /// `seconds` from now; a negative interval has already passed, an infinite or huge one never does.
    static func after(_ seconds: TimeInterval) -> Deadline {
        guard seconds.isFinite, seconds < 1e9 else { return .never }
        let delta = UInt64(max(0, seconds) * 1e9)
        let (sum, overflow) = now.nanoseconds.addingReportingOverflow(delta)
        return overflow ? .never : Deadline(nanoseconds: sum)
    }

    /// Whether the deadline is behind us.
    var hasPassed: Bool { self != .never && Deadline.now >= self }

    /// Milliseconds left as `poll(2)` wants them: -1 for never, rounded up so that a wait does not wake
    /// just before the deadline and spin.
    var pollTimeout: Int32 {
        if self == .never { return -1 }
        let current = Deadline.now.nanoseconds
        guard nanoseconds > current else { return 0 }
        let milliseconds = (nanoseconds - current + 999_999) / 1_000_000
        return Int32(clamping: milliseconds)
    }

    /// The earlier of two deadlines.
    func earliest(_ other: Deadline) -> Deadline { Swift.min(self, other) }

    static func < (lhs: Deadline, rhs: Deadline) -> Bool { lhs.nanoseconds < rhs.nanoseconds }
}
