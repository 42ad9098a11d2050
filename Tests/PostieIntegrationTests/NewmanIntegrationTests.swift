import Foundation
import Testing

/// Newman's own integration collections, run through `postie run` as Newman's harness runs them
/// (`abortOnFailure`: every assertion must pass, no script error, every request sent), against loopback
/// stand-ins for postman-echo.com, expired.badssl.com and Newman's two local servers.
///
/// A collection named in `KNOWN-DIFFERENCES.md` is expected to fail, for the reason given there; it fails
/// this suite when it starts to pass, so the list stays true.
@Suite(
    "Newman integration collections", .serialized,
    .enabled(if: NewmanCorpus.isAvailable, NewmanCorpus.skipMessage))
struct NewmanIntegrationTests {
    /// One harness (four servers) for the whole suite.
    static let harness = Result { try NewmanHarness() }
    static let tally = Tally()

    @Test("collection group runs clean", arguments: NewmanCorpus.groups())
    func collectionGroup(_ group: NewmanCorpus.Group) throws {
        var outcome = try Self.harness.get().run(group)
        // An assertion that compares two reads of the clock fails whenever a millisecond ends between
        // them (under Node too, more rarely: its reads are closer together). Such a failure alone is
        // run again, at most twice, and said so; any other failure counts at once.
        for attempt in 2...3 where !outcome.passed && outcome.failsOnlyOnClockRaces {
            print("newman-integration: \(group.name): a clock-race assertion failed; running it again (attempt \(attempt))")
            outcome = try Self.harness.get().run(group)
        }
        let known = NewmanCorpus.knownDifferences[group.name]
        Self.tally.record(group.name, outcome, expectedToFail: known != nil, total: NewmanCorpus.groups().count)
        if let known {
            #expect(!outcome.passed, "\(group.name) now passes; remove it from KNOWN-DIFFERENCES.md (listed: \(known))")
        } else {
            #expect(outcome.passed, "\(group.name): \(outcome)")
        }
    }

    /// `test/library/folder-variants.test.js`: `--folder` picks requests by name, and a name that matches
    /// nothing stops the run before anything is sent.
    @Test("folder variants", arguments: ["folder-variants-with-info", "folder-variants"])
    func folderVariants(_ name: String) throws {
        guard NewmanCorpus.knownDifferences[name] == nil else {
            let outcome = try Self.harness.get().run(group(name), extra: ["--folder", "R1"])
            #expect(outcome.executions != ["R1"], "\(name) now runs; remove it from KNOWN-DIFFERENCES.md")
            return
        }
        let harness = try Self.harness.get()
        let one = try harness.run(group(name), extra: ["--folder", "R1"])
        #expect(one.status == 0 && one.executions == ["R1"], "--folder R1: \(one.executions) \(one)")
        let two = try harness.run(group(name), extra: ["--folder", "R1", "--folder", "R3"])
        #expect(two.status == 0 && two.executions == ["R1", "R3"], "--folder R1 --folder R3: \(two.executions) \(two)")
        for folders in [["R123"], ["R1", "R123"]] {
            let missing = try harness.run(group(name), extra: folders.flatMap { ["--folder", $0] })
            #expect(missing.status != 0 && missing.executions.isEmpty, "--folder \(folders): \(missing)")
            #expect(missing.errors.contains("R123"), "the error names the missing folder: \(missing.errors)")
        }
    }

    /// `v2-regression-tests` checks `insecure` against expired.badssl.com; its stand-in's certificate has
    /// expired too (and is self-signed), so without `--insecure` that request fails as against the real one.
    @Test func theExpiredCertificateFailsTheRequestWithoutInsecure() throws {
        var group = try #require(NewmanCorpus.groups().first { $0.name == "v2-regression-tests" })
        #expect(group.options.contains("--insecure"))
        group.options.removeAll { $0 == "--insecure" }
        let outcome = try Self.harness.get().run(group)
        #expect(outcome.failures.contains { $0.hasPrefix("Insecurity checks: request failed: TLS failed") }, "\(outcome)")
        #expect(outcome.executions.count == 3, "the other requests still run: \(outcome.executions)")
    }

    func group(_ name: String) -> NewmanCorpus.Group {
        NewmanCorpus.Group(name: name, collection: NewmanCorpus.transcribed(name))
    }

    /// Prints each group's line as it finishes and the totals after the last.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var groups = 0
        private var passedGroups = 0
        private var assertions = 0
        private var passedAssertions = 0

        func record(_ name: String, _ outcome: NewmanHarness.Outcome, expectedToFail: Bool, total: Int) {
            lock.withLock {
                groups += 1
                if outcome.passed { passedGroups += 1 }
                assertions += outcome.assertions
                passedAssertions += outcome.passedAssertions
                let verdict = outcome.passed ? "pass" : (expectedToFail ? "known difference" : "FAIL")
                print("newman-integration: \(name): \(verdict), \(outcome.passedAssertions)/\(outcome.assertions) assertions")
                if !outcome.passed { print("  " + outcome.description.replacingOccurrences(of: "\n", with: "\n  ")) }
                if groups == total {
                    print("newman-integration: \(passedGroups) of \(groups) collection groups pass; \(passedAssertions) of \(assertions) assertions pass")
                }
            }
        }
    }
}
