import Foundation
import PostieScript

/// Runs mutated programs through the parser, compiler and interpreter under tight limits. Every
/// program must end with a result or a JavaScript error; a crash or a hang stops the process, which
/// is what a campaign is there to find (the seed in the log replays it).
public struct FuzzCampaign {
    public struct Summary: Sendable {
        public var programs = 0
        public var completed = 0
        public var syntaxErrors = 0
        public var runtimeErrors = 0
        public var limits = 0
    }

    public let seeds: [String]
    public var limits: ScriptLimits

    public init(seeds: [String]) {
        self.seeds = seeds.isEmpty ? ["let x = 1; console.log(x + 1)"] : seeds
        var limits = ScriptLimits()
        limits.stepBudget = 200_000
        limits.timeout = .milliseconds(500)
        limits.maximumCallDepth = 2_000
        limits.maximumLiveCells = 500_000
        limits.maximumArrayLength = 1 << 20
        limits.maximumStringLength = 1 << 24
        self.limits = limits
    }

    /// Runs `count` mutants starting from `seed`; `progress` is called every 1,000 programs.
    public func run(
        count: Int, seed: UInt64, on thread: ScriptThread, trace: ((UInt64, String) -> Void)? = nil,
        progress: ((Summary, UInt64) -> Void)? = nil
    ) -> Summary {
        let mutator = ProgramMutator()
        var summary = Summary()
        var random = ProgramMutator.Random(seed: seed)
        let limits = self.limits
        thread.perform {
            var runtime = ScriptRuntime(limits: limits, environment: ["TZ": "UTC"])
            runtime.console = ConsoleSink { _, _ in }
            for index in 0..<count {
                let caseSeed = random.next()
                var caseRandom = ProgramMutator.Random(seed: caseSeed)
                let base = seeds[caseRandom.below(seeds.count)]
                let program = mutator.mutate(base, random: &caseRandom)
                trace?(caseSeed, program)
                summary.programs += 1
                let realm = runtime.makeRealm()
                do throws(ScriptFailure) {
                    let script = try runtime.compile(program, name: "fuzz-\(caseSeed).js")
                    try runtime.run(script, in: realm)
                    summary.completed += 1
                } catch {
                    if error.isSyntaxError { summary.syntaxErrors += 1 } else if error.isLimit { summary.limits += 1 } else { summary.runtimeErrors += 1 }
                }
                realm.tearDown()
                // A fresh runtime now and then keeps the atom table from growing without bound.
                if index % 2_000 == 1_999 {
                    runtime = ScriptRuntime(limits: limits, environment: ["TZ": "UTC"])
                    runtime.console = ConsoleSink { _, _ in }
                }
                if index % 1_000 == 999 { progress?(summary, caseSeed) }
            }
        }
        return summary
    }

    /// The corpus programs under `directory` (recursively), as seeds.
    public static func loadSeeds(from directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var seeds: [String] = []
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".js"), let text = try? String(contentsOfFile: directory + "/" + path, encoding: .utf8) else { continue }
            seeds.append(text)
        }
        return seeds.sorted()
    }
}
