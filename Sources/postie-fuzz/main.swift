import Foundation
import PostieFuzzing
import PostieScript
import PostieYAML

func say(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }

let arguments = CommandLine.arguments

if arguments.count > 1, arguments[1] == "inputs" {
    // postie-fuzz inputs [COUNT] [SEED] [KIND,…]: mutated collections, environments, flows, CSV and JSON
    // data through the `postie` binary beside this one, against a loopback catch-all. Exit 1 when a
    // case crashed, hung, ended with exit 70 or printed a bad-input error without a position.
    let count = arguments.count > 2 ? Int(arguments[2]) ?? 5_000 : 5_000
    let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1
    let kinds =
        arguments.count > 4
        ? arguments[4].split(separator: ",").compactMap { FuzzInputKind(rawValue: String($0)) } : FuzzInputKind.allCases
    let postie = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent().appendingPathComponent("postie")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-fuzz-inputs-\(getpid())")
    let campaign: InputFuzzCampaign
    do {
        campaign = try InputFuzzCampaign(executable: postie, directory: directory)
    } catch {
        say("cannot start the catch-all server: \(error)")
        exit(70)
    }
    say("fuzzing \(count) mutants of each of \(kinds.map(\.rawValue).joined(separator: ", ")) with \(postie.path), seed \(seed)")
    var failed = false
    for kind in kinds {
        let summary = campaign.run(kind, count: count, seed: seed) { say("  " + $0.line) }
        say(summary.line)
        for finding in summary.findings.prefix(20) { say("  " + finding.description) }
        if !summary.findings.isEmpty { failed = true }
    }
    say(failed ? "findings kept under \(directory.path)/findings" : "done: no crash, no hang, no exit 70, every message has a position")
    if !failed { try? FileManager.default.removeItem(at: directory) }
    exit(failed ? 1 : 0)
}

// postie-fuzz [COUNT] [SEED] [CORPUS-DIR]: a long fuzz campaign of PostieScript (parser, compiler,
// interpreter) over mutants of the conformance corpus. A crash or a hang is the finding; the last
// progress line's seed narrows down the case.
// postie-fuzz yaml [COUNT] [SEED]: mutated YAML documents through PostieYAML (parser, core schema,
// writer), seeded with the vendored yaml-test-suite inputs and the v3 collections of this checkout.
if arguments.count > 1, arguments[1] == "yaml" {
    let count = arguments.count > 2 ? Int(arguments[2]) ?? 100_000 : 100_000
    let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1
    let seeds = YAMLFuzzCampaign.loadSeeds(
        suiteFile: "Tests/PostieYAMLTests/Fixtures/yaml-test-suite.json",
        directories: ["collections/v3", "Tests/PostieCoreTests/Fixtures/v3"])
    say("fuzzing \(count) mutants of \(seeds.count) YAML seed documents, seed \(seed)")
    let started = Date()
    let tracePath = ProcessInfo.processInfo.environment["POSTIE_FUZZ_TRACE"]
    let summary = YAMLFuzzCampaign(seeds: seeds).run(
        count: count, seed: seed,
        trace: tracePath.map { path in { caseSeed, text in try? "# case seed \(caseSeed)\n\(text)".write(toFile: path, atomically: false, encoding: .utf8) } }
    ) { summary, caseSeed in
        say("\(summary.documents) documents: \(summary.parsed) parsed, \(summary.syntaxErrors) syntax errors, \(summary.limits) limits (last case seed \(caseSeed))")
    }
    let seconds = Date().timeIntervalSince(started)
    say(
        "done: \(summary.documents) documents in \(String(format: "%.1f", seconds)) s; \(summary.parsed) parsed, \(summary.syntaxErrors) syntax errors, "
            + "\(summary.limits) limits, \(summary.writerMismatches) writer mismatches, slowest \(String(format: "%.1f", summary.slowestMilliseconds)) ms; no crash, no hang")
    if let mismatch = summary.firstMismatch { say("first writer mismatch, from this document:\n\(mismatch)") }
    exit(summary.writerMismatches == 0 ? 0 : 1)
}
let count = arguments.count > 1 ? Int(arguments[1]) ?? 100_000 : 100_000
let seed = arguments.count > 2 ? UInt64(arguments[2]) ?? 1 : 1
let corpus = arguments.count > 3 ? arguments[3] : "Tests/PostieScriptTests/Conformance"
let seeds = FuzzCampaign.loadSeeds(from: corpus)
say("fuzzing \(count) mutants of \(seeds.count) seed programs from \(corpus), seed \(seed)")
let started = Date()
// POSTIE_FUZZ_TRACE=FILE writes each program to FILE before it runs (the last one is the crash).
let tracePath = ProcessInfo.processInfo.environment["POSTIE_FUZZ_TRACE"]
let trace: ((UInt64, String) -> Void)? = tracePath.map { path in
    { caseSeed, program in try? "// case seed \(caseSeed)\n\(program)\n".write(toFile: path, atomically: false, encoding: .utf8) }
}
let summary = FuzzCampaign(seeds: seeds).run(count: count, seed: seed, on: ScriptThread(), trace: trace) { summary, caseSeed in
    say("\(summary.programs) programs: \(summary.completed) ran, \(summary.syntaxErrors) syntax errors, \(summary.runtimeErrors) runtime errors, \(summary.limits) limits (last case seed \(caseSeed))")
}
let seconds = Date().timeIntervalSince(started)
say("done: \(summary.programs) programs in \(String(format: "%.1f", seconds)) s; \(summary.completed) ran, \(summary.syntaxErrors) syntax errors, \(summary.runtimeErrors) runtime errors, \(summary.limits) limits; no crash, no hang")
