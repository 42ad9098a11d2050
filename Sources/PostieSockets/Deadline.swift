import Glibc
import Foundation

/// A point on the monotonic clock by which an operation must finish; wall-clock changes do not move it.
public struct Deadline: Sendable, Comparable, CustomStringConvertible {
    /// Nanoseconds on `CLOCK_MONOTONIC`.
    public let nanoseconds: UInt64

    /// A deadline at this reading of `CLOCK_MONOTONIC`.
    public init(nanoseconds: UInt64) {
        self.nanoseconds = nanoseconds
    }

    /// A deadline that never passes.
    public static let never = Deadline(nanoseconds: .max)

    /// The current instant.
    public static var now: Deadline {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Deadline(nanoseconds: UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec))
    }

    /// `seconds` from now; a negative interval has already passed, an infinite or huge one never does.
    public static func after(_ seconds: TimeInterval) -> Deadline {
        guard seconds.isFinite, seconds < 1e9 else { return .never }
        return now.adding(nanoseconds: UInt64(max(0, seconds) * 1e9))
    }

    /// `milliseconds` from now, exactly; a negative count has already passed.
    public static func after(milliseconds: Int) -> Deadline {
        let (product, overflow) = UInt64(max(0, milliseconds)).multipliedReportingOverflow(by: 1_000_000)
        return overflow ? .never : now.adding(nanoseconds: product)
    }

    /// This deadline moved `nanoseconds` later; `.never` when that overflows.
    public func adding(nanoseconds delta: UInt64) -> Deadline {
        guard self != .never else { return .never }
        let (sum, overflow) = nanoseconds.addingReportingOverflow(delta)
        return overflow ? .never : Deadline(nanoseconds: sum)
    }

    /// Whether the deadline is behind us.
    public var hasPassed: Bool { self != .never && Deadline.now >= self }

    /// Nanoseconds left, 0 once passed; `UInt64.max` for `.never`.
    public var remainingNanoseconds: UInt64 {
        if self == .never { return .max }
        let current = Deadline.now.nanoseconds
        return nanoseconds > current ? nanoseconds - current : 0
    }

    /// Milliseconds left as `poll(2)` wants them: -1 for never, rounded up so that a wait does not wake
    /// just before the deadline and spin.
    public var pollTimeout: Int32 {
        if self == .never { return -1 }
        let remaining = remainingNanoseconds
        return Int32(clamping: remaining / 1_000_000 + (remaining % 1_000_000 == 0 ? 0 : 1))
    }

    /// The earlier of two deadlines.
    public func earliest(_ other: Deadline) -> Deadline { Swift.min(self, other) }

    /// Milliseconds from `start` to this instant, for durations; 0 when this is earlier.
    public func milliseconds(since start: Deadline) -> Double {
        nanoseconds > start.nanoseconds ? Double(nanoseconds - start.nanoseconds) / 1_000_000 : 0
    }

    /// `never`, or the milliseconds left.
    public var description: String {
        self == .never ? "never" : "in \(remainingNanoseconds / 1_000_000) ms"
    }

    public static func < (lhs: Deadline, rhs: Deadline) -> Bool { lhs.nanoseconds < rhs.nanoseconds }
}
