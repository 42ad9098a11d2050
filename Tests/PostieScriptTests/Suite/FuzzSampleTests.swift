import Foundation
import PostieFuzzing
import Testing

@testable import PostieScript

/// A bounded sample of the fuzz campaign `postie-fuzz` runs at length: mutants of the corpus all end
/// with a result or a JavaScript error (reaching the end of this test is the assertion that nothing
/// crashed or hung; the counts show the mutants exercised every stage).
@Suite("Fuzzing sample")
struct FuzzSampleTests {
    @Test func mutantsOfTheCorpusNeverCrashOrHang() {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Conformance").path
        let seeds = FuzzCampaign.loadSeeds(from: directory)
        #expect(seeds.count > 100)
        let summary = FuzzCampaign(seeds: seeds).run(count: 3_000, seed: 2026, on: JSTestRunner.thread)
        #expect(summary.programs == 3_000)
        #expect(summary.syntaxErrors > 0)
        #expect(summary.completed + summary.runtimeErrors > 300)
    }

    /// Several rounds of mutation may delete every token of a short program; the next round must
    /// still have something to work on (this stopped a 100,000-program campaign at its 10,000th).
    @Test func mutatingATinyProgramManyTimesNeverRunsOutOfTokens() {
        var lengths = 0
        for seed in 0..<20_000 {
            var random = ProgramMutator.Random(seed: UInt64(seed))
            lengths += ProgramMutator().mutate("x", random: &random).count
        }
        #expect(lengths > 20_000)
    }
}
