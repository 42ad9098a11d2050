import Foundation
import Testing

@testable import PostieCore

extension ReportsTests {
    @Suite("Report text")
    struct ReportTextTests {
        @Test(
            "sizes",
            arguments: [
                (0, "0 B"), (812, "812 B"), (1023, "1023 B"), (1024, "1.0 KB"), (2150, "2.1 KB"),
                (1_048_576, "1.0 MB"), (20_000_000, "19.1 MB"), (3 * 1_073_741_824, "3.0 GB"),
            ])
        func sizes(bytes: Int, text: String) {
            #expect(ReportText.byteCount(bytes) == text)
        }

        /// Written from the date's fields, as ICU's ISO 8601 formatter writes them (to the nearest millisecond).
        @Test(
            "timestamps read as ISO8601DateFormatter's",
            arguments: [
                0.0, 1.0005, 1.0004999, 1.9995, 1.9999, -1.5, -0.0001, 951_782_400.5, 1_700_000_000.1239,
                1_700_000_000.9996, 4_102_444_799.9994, -62_135_596_800,
            ])
        func timestamps(secondsSince1970: Double) {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            formatter.timeZone = TimeZone(identifier: "UTC")
            let date = Date(timeIntervalSince1970: secondsSince1970)
            #expect(ReportText.timestamp(date) == formatter.string(from: date))
        }

        @Test(
            "durations",
            arguments: [
                (0.0, "0 ms"), (0.4, "0 ms"), (41.6, "42 ms"), (999.4, "999 ms"), (1234, "1.2 s"), (59_900, "59.9 s"),
                (123_000, "2 min 3 s"), (-5, "0 ms"), (.infinity, "0 ms"),
            ])
        func durations(milliseconds: Double, text: String) {
            #expect(ReportText.duration(milliseconds: milliseconds) == text)
        }

        @Test("status lines", arguments: [(200, "200 OK"), (401, "401 Unauthorized"), (503, "503 Service Unavailable"), (299, "299")])
        func statusLines(status: Int, text: String) {
            #expect(ReportText.statusLine(status) == text)
        }

        @Test(
            "a failed check in one line",
            arguments: [
                (AssertionOutcome(name: "status", passed: false, expected: "200", actual: "401"), "status: expected 200, got 401"),
                (
                    AssertionOutcome(
                        name: "status eq 200", passed: false, expected: "200", actual: "401",
                        message: "status eq 200: expected 200, got 401"),
                    "status eq 200: expected 200, got 401"
                ),
                (
                    AssertionOutcome(
                        name: "$.status eq \"Completed\"", passed: false, expected: "\"Completed\"", actual: "\"Running\"",
                        message: "status still Running after 5m, 61 attempts"),
                    "$.status eq \"Completed\": status still Running after 5m, 61 attempts (expected \"Completed\", got \"Running\")"
                ),
                (AssertionOutcome(name: "body contains x", passed: false), "body contains x: failed"),
            ])
        func failureDescriptions(assertion: AssertionOutcome, text: String) {
            #expect(ReportText.failureDescription(assertion) == text)
        }

        @Test(
            "what reads as text",
            arguments: [
                ("plain ascii", nil, true), ("héllo ✓ 🚀", "text/plain", true), ("line\r\n\ttab\u{1B}[0m", nil, true),
                ("nul\u{0}", nil, false), ("bell\u{7}", "text/plain", false), ("<svg/>", "image/svg+xml", true),
                ("looks like text", "image/png", false), ("a,b\n1,2", "application/octet-stream", false),
            ] as [(String, String?, Bool)])
        func textDetection(text: String, contentType: String?, isText: Bool) {
            #expect(ReportBody.looksLikeText(Data(text.utf8), isPartial: false, contentType: contentType) == isText)
        }

        @Test("invalid UTF-8 is binary, but a sequence cut at the end of a partial body is not")
        func cutSequences() {
            let check = Data("✓✓".utf8).prefix(4)  // the second ✓ cut after its first byte
            #expect(ReportBody.looksLikeText(check, isPartial: true, contentType: nil))
            #expect(!ReportBody.looksLikeText(check, isPartial: false, contentType: nil))
            #expect(!ReportBody.looksLikeText(Data([0x61, 0xFF, 0x62]), isPartial: true, contentType: nil))
            #expect(ReportBody.completeUTF8Length(check) == 3)
            #expect(ReportBody.completeUTF8Length(Data("é✓🚀".utf8)) == 9)
            #expect(ReportBody.completeUTF8Length(Data()) == 0)
        }

        @Test("a body cut at the limit keeps whole characters and says it was cut")
        func bodies() {
            let redactor = SecretRedactor()
            let text = ReportBody(bytes: Data("ab✓cd".utf8), size: 7, contentType: nil, limit: 4, redactor: redactor)
            #expect(text == ReportBody(content: "ab", encoding: .utf8, truncated: true, size: 7))
            let whole = ReportBody(bytes: Data("ab✓cd".utf8), size: 7, contentType: nil, limit: 7, redactor: redactor)
            #expect(whole == ReportBody(content: "ab✓cd", encoding: .utf8, truncated: false, size: 7))
            let binary = ReportBody(bytes: Data([0, 1, 2, 3, 4]), size: 5, contentType: nil, limit: 3, redactor: redactor)
            #expect(binary == ReportBody(content: Data([0, 1, 2]).base64EncodedString(), encoding: .base64, truncated: true, size: 5))
            let prefix = ReportBody(
                response: .file(url: URL(fileURLWithPath: "/nonexistent"), size: 100, prefix: Data("abc".utf8)),
                contentType: "text/plain", limit: 1000, redactor: redactor)
            #expect(prefix == ReportBody(content: "abc", encoding: .utf8, truncated: true, size: 100))
            let empty = ReportBody(bytes: Data(), size: 0, contentType: "application/json", limit: 10, redactor: redactor)
            #expect(empty == ReportBody(content: "", encoding: .utf8, truncated: false, size: 0))
        }

        @Test("the redactor hides a secret's start at the end of cut text, and secrets inside bytes")
        func redactorExtensions() {
            let redactor = SecretRedactor(secrets: ["topsecret-value", "abc"])
            #expect(redactor.redactCut("data: topsec") == "data: [redacted]")
            #expect(redactor.redactCut("data: top") == "data: top")  // 3 characters are not enough to tell
            #expect(redactor.redactCut("a topsecret-value b") == "a [redacted] b")
            let bytes = Data([0x00, 0xFF]) + Data("topsecret-value".utf8) + Data([0x01]) + Data("topsecret-value".utf8)
            #expect(redactor.redact(bytes: bytes) == Data([0x00, 0xFF]) + Data("[redacted]".utf8) + Data([0x01]) + Data("[redacted]".utf8))
            #expect(redactor.redact(bytes: Data("abc abc".utf8)) == Data("abc abc".utf8))  // too short to find inside text
            #expect(redactor.redactNamedValue(name: "jobId", value: "615d") == "615d")
            #expect(redactor.redactNamedValue(name: "jobId", value: "abc") == "[redacted]")
            #expect(redactor.redactNamedValue(name: "access_token", value: "615d") == "[redacted]")
            #expect(redactor.redactNamedValue(name: "token", value: "") == "")
        }

        @Test(
            "names that say they hold a secret",
            arguments: [
                ("password", true), ("clientSecret", true), ("client_secret", true), ("access_token", true),
                ("accessToken", true), ("API-Key", true), ("apiKey", true), ("credentials", true), ("jobId", false),
                ("outputId", false), ("baseUrl", false), ("status", false),
            ])
        func secretNames(name: String, secret: Bool) {
            #expect(SecretRedactor.nameLooksSecret(name) == secret)
        }
    }
}
