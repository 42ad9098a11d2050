import Foundation

/// One member of a run of several collections or flows (`postie run A B C`), for the closing summary.
public struct RunSetMember: Sendable {
    /// The file as given on the command line.
    public var file: String
    /// Its run, read back from its report; nil when it did not run (an earlier one bailed, an interrupt) or
    /// stopped with an error before it had a report.
    public var result: RunResult?
    /// Why it has no result, when it has none.
    public var note: String?
    /// It started but ended with an error (input, report) before its report was written.
    public var stoppedWithError: Bool

    public init(file: String, result: RunResult?, note: String? = nil, stoppedWithError: Bool = false) {
        self.file = file
        self.result = result
        self.note = note
        self.stoppedWithError = stoppedWithError
    }
}

extension TerminalReporter {
    /// The lines that close a run of several collections: how many failed, then one line per member with
    /// its verdict, in command-line order.
    ///
    /// ```
    /// postie ran 3 collections: 1 failed
    ///   smoke.json · Gallery smoke
    ///       ✓ all passed: 4 requests, 7 assertions (1.2 s)
    ///   jobs.json · Jobs
    ///       ✗ failed: 1 of 3 assertions failed (3 requests, 0.8 s)
    ///   admin.json
    ///       ○ not run: an earlier one stopped the set (--bail)
    /// ```
    public func runSetSummaryLines(_ members: [RunSetMember]) -> [String] {
        let failed = members.filter { $0.result?.failed ?? $0.stoppedWithError }.count
        let notRun = members.filter { $0.result == nil && !$0.stoppedWithError }.count
        var headline = "postie ran \(Self.counted(members.count - notRun, "collection"))"
        if notRun > 0 { headline += " of \(members.count)" }
        headline += failed == 0 ? ": all passed" : ": \(failed) failed"
        var lines = [style.paint(headline, .bold)]
        for member in members {
            guard let result = member.result else {
                lines.append("  \(member.file)")
                let mark = member.stoppedWithError ? style.paint(style.failMark, .red, .bold) : style.paint(style.skipMark, .dim)
                lines.append("      \(mark) \(member.note ?? "not run")")
                continue
            }
            lines.append("  \(member.file)\(style.separator)\(style.paint(result.collectionName, .bold))")
            lines.append("      \(verdict(result))")
        }
        return lines
    }
}
