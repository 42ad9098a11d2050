import Testing

@testable import PostieCore

@Suite("Flow durations")
struct FlowDurationTests {
    @Test(arguments: [
        ("500ms", 500.0), ("1s", 1000), ("1.5s", 1500), ("5m", 300_000), ("1h", 3_600_000), ("1m30s", 90_000),
        ("1h2m3s4ms", 3_723_004), ("0.5h", 1_800_000), ("500", 500), ("0", 0), ("2.5", 2.5), (" 2s ", 2000),
        ("0ms", 0),
    ])
    func readsDurations(text: String, milliseconds: Double) throws {
        #expect(try FlowDuration(text).milliseconds == milliseconds)
    }

    @Test(arguments: [
        "", " ", "5 minutes", "1x", "s", "ms", "-1s", "-5", "+5", "1s1m", "1s1s", "1ms1s", "1..5s", ".5s", "1.s",
        "5sec", "1e3s", "1 s", "1h 30m", "inf", "nan", "0x10",
    ])
    func rejectsAnythingElseNamingTheText(text: String) {
        do {
            _ = try FlowDuration(text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(
                "\(error)"
                    == "invalid duration \"\(text)\": write a number and a unit, such as 500ms, 1s, 1.5s, 5m, 1h or 1m30s "
                    + "(a bare number means milliseconds)")
        }
    }

    @Test(arguments: [
        (0.0, "0ms"), (500, "500ms"), (999.5, "999.5ms"), (1000, "1s"), (1500, "1.5s"), (60_000, "1m"),
        (90_000, "1m30s"),
        (300_000, "5m"), (3_600_000, "1h"), (3_723_004, "1h2m3.004s"), (7_200_000, "2h"),
    ])
    func printsTheShortestSpelling(milliseconds: Double, text: String) throws {
        let duration = FlowDuration(milliseconds: milliseconds)
        #expect(duration.description == text)
        #expect(try FlowDuration(text) == duration)
    }

    @Test func convertsToSecondsAndDuration() {
        let duration = FlowDuration.seconds(1.5)
        #expect(duration.milliseconds == 1500)
        #expect(duration.timeInterval == 1.5)
        #expect(duration.duration == .milliseconds(1500))
        #expect(FlowDuration(milliseconds: 1) < duration)
        #expect(FlowDuration(milliseconds: 1e300).duration == .nanoseconds(Int64.max))
        #expect(FlowDuration(milliseconds: -5).duration == .zero)
    }
}

@Suite("Poll, retry and save policies")
struct FlowPolicyTests {
    @Test func pollWaitsGrowByTheBackoffUpToMaxEvery() {
        let policy = PollPolicy(
            until: Expectation(), every: .seconds(1), backoff: 2, maxEvery: .seconds(5))
        #expect((1...6).map { policy.delay(beforeAttempt: $0).description } == ["0ms", "1s", "2s", "4s", "5s", "5s"])
        let constant = PollPolicy(until: Expectation(), every: FlowDuration(milliseconds: 250))
        #expect(constant.delay(beforeAttempt: 50) == FlowDuration(milliseconds: 250))
        let unbounded = PollPolicy(until: Expectation(), every: .seconds(1), backoff: 10)
        #expect(unbounded.delay(beforeAttempt: 2_000) == PollPolicy.longestWait)
        #expect(unbounded.delay(beforeAttempt: 4) == .seconds(100))
    }

    @Test(arguments: [
        (503, true), (500, true), (599, true), (404, false), (200, false), (429, false),
    ])
    func retriesTransportErrorsAnd5xxByDefault(status: Int, retried: Bool) {
        let policy = RetryPolicy(count: 3)
        #expect(policy.retries(status: status) == retried)
        #expect(policy.retriesTransportErrors)
    }

    @Test func retriesOnlyWhatItIsToldTo() {
        let policy = RetryPolicy(count: 1, conditions: [.status(429), .statusClass(5)])
        #expect(policy.retries(status: 429))
        #expect(policy.retries(status: 502))
        #expect(!policy.retries(status: 404))
        #expect(!policy.retriesTransportErrors)
        #expect(policy.conditions.map(\.description) == ["429", "5xx"])
    }

    @Test(
        arguments: [
            ("rates.csv", nil),
            ("out/rates.csv", nil),
            ("a..b.csv", nil),
            ("", "the path is empty"),
            ("/etc/passwd", "an absolute path would write outside the output directory; write a relative path"),
            ("~/x.csv", "an absolute path would write outside the output directory; write a relative path"),
            ("C:\\x.csv", "an absolute path would write outside the output directory; write a relative path"),
            ("../x.csv", "'..' would leave the output directory"),
            ("out/../../x.csv", "'..' would leave the output directory"),
            ("out\\..\\x.csv", "'..' would leave the output directory"),
            ("a\u{0}b", "the path contains a NUL character"),
            ("./", "the path names a directory, not a file"),
            ("out/", "the path names a directory, not a file"),
            (".", "the path names no file"),
        ] as [(String, String?)])
    func refusesSavePathsThatWouldEscape(path: String, refusal: String?) {
        #expect(SaveTarget.refusal(forPath: path) == refusal)
    }
}
