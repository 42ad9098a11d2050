import Foundation
import PostieFuzzing
import Testing

/// A bounded sample of `postie-fuzz inputs` (issue 15): mutated collections, environments, flows, CSV
/// and JSON data through the real binary against a loopback catch-all; every case ends, within the
/// limit, with a documented status, never a crash, a hang or exit 70, and every bad-input message
/// says where.
@Suite("Input fuzzing sample")
struct InputFuzzSampleTests {
    @Test("mutants of every input kind end cleanly, each bad-input message with a position", arguments: FuzzInputKind.allCases)
    func sample(kind: FuzzInputKind) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-fuzz-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let campaign = try InputFuzzCampaign(
            executable: PostieProcess.executable, directory: directory, perCaseSeconds: 30, parallelism: 1)
        let summary = campaign.run(kind, count: 40, seed: 2026)
        #expect(summary.cases == 40)
        #expect(summary.findings.isEmpty, "\(summary.line)\n\(summary.findings.map(\.description).joined(separator: "\n"))")
        // The mutants reach past the parsers: some runs send requests.
        #expect((summary.exits[0] ?? 0) + (summary.exits[1] ?? 0) > 0, "\(summary.line)")
    }
}
