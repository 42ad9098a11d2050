import Foundation
import PostieHTTPServer

/// SplitMix64 (Steele, Lea, Flood 2014): a small, seedable generator whose sequence is the same on every
/// platform, so a seed reproduces a run of faults.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A double in [0, 1) from the top 53 bits.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// The faults to apply to one API request.
struct FaultDecision: Sendable, Equatable {
    /// Answer 503 instead of handling the request.
    var failsWith503: Bool
    /// Cut the answer off mid-body.
    var dropsConnection: Bool
    /// Wait this long before answering.
    var latencyMilliseconds: Int
}

/// Decides, request by request, which faults to inject. Every API request draws two numbers from the
/// seeded generator (one for the error rate, one for the drop rate), whatever the rates, so the n-th
/// request of a run meets the same faults for the same seed.
///
/// Faults apply to every request under `/gallery/api/` and `/webapi/` (the token endpoint included), and
/// to nothing else: the emulator's landing page at `/` stays reliable for readiness probes.
final class FaultInjector: Sendable {
    private let generator: Locked<SeededGenerator>
    let errorRate: Double
    let dropRate: Double
    let latencyMilliseconds: Int

    init(seed: UInt64, errorRate: Double, dropRate: Double, latencyMilliseconds: Int) {
        generator = Locked(SeededGenerator(seed: seed))
        self.errorRate = min(max(errorRate, 0), 1)
        self.dropRate = min(max(dropRate, 0), 1)
        self.latencyMilliseconds = max(0, latencyMilliseconds)
    }

    /// Whether any fault is configured.
    var isActive: Bool { errorRate > 0 || dropRate > 0 || latencyMilliseconds > 0 }

    /// The faults for the next API request.
    func decide() -> FaultDecision {
        let (errorRoll, dropRoll) = generator.withLock { generator in (generator.nextUnit(), generator.nextUnit()) }
        return FaultDecision(
            failsWith503: errorRoll < errorRate, dropsConnection: dropRoll < dropRate,
            latencyMilliseconds: latencyMilliseconds)
    }

    /// Where to cut a response: half-way through its body. The head is counted as PostieHTTPServer writes
    /// it (status line, the emulator's fields, `Content-Length`, `Date`, the blank line); a `Connection`
    /// field the server may add moves the cut a little earlier, never past the body.
    static func cutPoint(status: Int, headers: [(name: String, value: String)], bodyLength: Int) -> Int {
        var head = "HTTP/1.1 \(status) \(HTTPResponse.reasonPhrase(for: status))\r\n".utf8.count
        for field in headers { head += field.name.utf8.count + 2 + field.value.utf8.count + 2 }
        head += "Content-Length: \(bodyLength)\r\n".utf8.count
        head += "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n".utf8.count  // IMF-fixdate: always 29 characters
        head += 2
        return bodyLength > 0 ? head + bodyLength / 2 : max(1, head / 2)
    }
}
