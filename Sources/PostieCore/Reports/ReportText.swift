import Foundation
import PostieHTTP

/// How reports spell sizes, durations, statuses and failures, so that every report says the same thing.
public enum ReportText {
    /// `812 B`, `2.1 KB`, `3.4 MB`, `1.2 GB` (1 KB = 1,024 bytes).
    public static func byteCount(_ bytes: Int) -> String {
        let units = ["KB", "MB", "GB", "TB"]
        guard bytes >= 1024 else { return "\(bytes) B" }
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return String(format: "%.1f %@", value, units[unit])
    }

    /// `0 ms`, `812 ms`, `1.2 s`, `2 min 3 s`.
    public static func duration(milliseconds: Double) -> String {
        let milliseconds = max(0, milliseconds.isFinite ? milliseconds : 0)
        if milliseconds < 1000 { return "\(Int(milliseconds.rounded())) ms" }
        if milliseconds < 60_000 { return String(format: "%.1f s", milliseconds / 1000) }
        let seconds = Int((milliseconds / 1000).rounded())
        return "\(seconds / 60) min \(seconds % 60) s"
    }

    /// Whole milliseconds, as Newman's reports count them.
    static func wholeMilliseconds(_ milliseconds: Double) -> Int {
        milliseconds.isFinite ? Int(milliseconds.rounded()) : 0
    }

    /// Milliseconds since 1970, as Newman writes `started`/`completed`.
    static func epochMilliseconds(_ date: Date) -> Double {
        (date.timeIntervalSince1970 * 1000).rounded()
    }

    /// `2024-05-01T12:00:00.123Z`: ISO 8601 in UTC, to the nearest millisecond, as `ISO8601DateFormatter`
    /// with fractional seconds writes it — written from the date's fields, not by an ICU formatter (one
    /// per call cost a JUnit report 230 µs a request).
    static func timestamp(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970 * 1000
        guard interval.isFinite, abs(interval) < 2.5e14 else { return fallbackTimestamp(date) }
        let milliseconds = Int64(interval.rounded())
        var days = milliseconds / 86_400_000
        var time = milliseconds % 86_400_000
        if time < 0 {
            time += 86_400_000
            days -= 1
        }
        let (year, month, day) = civilDate(daysSince1970: days)
        // Before 1600 ICU counts in the Julian calendar.
        guard (1600...9999).contains(year) else { return fallbackTimestamp(date) }
        var text: [UInt8] = []
        text.reserveCapacity(24)
        func append(_ value: Int64, digits: Int) {
            var divisor: Int64 = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 {
                text.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        append(year, digits: 4)
        text.append(UInt8(ascii: "-"))
        append(month, digits: 2)
        text.append(UInt8(ascii: "-"))
        append(day, digits: 2)
        text.append(UInt8(ascii: "T"))
        append(time / 3_600_000, digits: 2)
        text.append(UInt8(ascii: ":"))
        append(time / 60_000 % 60, digits: 2)
        text.append(UInt8(ascii: ":"))
        append(time / 1000 % 60, digits: 2)
        text.append(UInt8(ascii: "."))
        append(time % 1000, digits: 3)
        text.append(UInt8(ascii: "Z"))
        return String(decoding: text, as: UTF8.self)
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`,
    /// https://howardhinnant.github.io/date_algorithms.html).
    static func civilDate(daysSince1970 days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Dates before 1600 or after 9999: ICU's formatter, made once.
    private static func fallbackTimestamp(_ date: Date) -> String {
        fallbackFormatter.withLock { $0.string(from: date) }
    }

    private static let fallbackFormatter: LockedFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return LockedFormatter(formatter)
    }()

    /// A formatter used by one thread at a time.
    final class LockedFormatter: @unchecked Sendable {
        private let lock = NSLock()
        private let formatter: ISO8601DateFormatter
        init(_ formatter: ISO8601DateFormatter) { self.formatter = formatter }
        func withLock<T>(_ body: (ISO8601DateFormatter) -> T) -> T { lock.withLock { body(formatter) } }
    }

    /// The reason phrase of a status code (RFC 9110 §15), empty for codes it does not name.
    public static func reasonPhrase(_ status: Int) -> String {
        HTTPStatus.reasonPhrase(for: status) ?? ""
    }

    /// `200 OK`, or the bare code when it has no well-known phrase.
    public static func statusLine(_ status: Int) -> String {
        let phrase = reasonPhrase(status)
        return phrase.isEmpty ? "\(status)" : "\(status) \(phrase)"
    }

    /// A failed check in one line: `NAME: expected X, got Y`, keeping a message that says more.
    public static func failureDescription(_ assertion: AssertionOutcome) -> String {
        let comparison = assertion.expected.flatMap { expected in
            assertion.actual.map { "expected \(expected), got \($0)" }
        }
        var message = assertion.message?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        // A test that failed with an error other than an assertion says which (TypeError: …).
        if assertion.source == .test, let name = assertion.errorName, name != "AssertionError", !message.hasPrefix(name) {
            message = "\(name): \(message)"
        }
        if !message.isEmpty, message != assertion.name {
            var text = message.hasPrefix(assertion.name) ? message : "\(assertion.name): \(message)"
            if let comparison, !message.contains(comparison) { text += " (\(comparison))" }
            return text
        }
        if let comparison { return "\(assertion.name): \(comparison)" }
        return "\(assertion.name): failed"
    }

    /// The part of a check's name the user wrote as a name: `$.password` of `$.password eq "…"`, `header
    /// X-Key` of `header X-Key eq "…"`; the whole name when it has no operator (`capture jobId`).
    public static func checkSubject(_ name: String) -> String { StepRunner.subject(of: name) }

    /// A check's name as reports show it: its subject as written, its operand (a value) redacted.
    static func checkName(_ name: String, redactor: SecretRedactor) -> String {
        redactor.redact(name, keeping: [checkSubject(name)])
    }

    /// Collapses line breaks so that a value fits on one report line.
    static func singleLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }

    /// `text` cut to `limit` characters with `…` (or `...`) when longer.
    static func abbreviated(_ text: String, limit: Int, unicode: Bool = true) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(max(0, limit - 1))) + (unicode ? "…" : "...")
    }
}

/// One failure of a run, in the order reports list them: each failed check, each request that could
/// not be built, signed or sent, and each unchecked answer that was an HTTP error.
struct ReportedFailure {
    enum Kind {
        case assertion(index: Int, AssertionOutcome)
        case requestError(String)
        case httpError(String)
    }

    var execution: RequestExecution
    /// The execution's position in the run.
    var position: Int
    var kind: Kind

    /// The reason in one line (not yet redacted).
    var reason: String {
        switch kind {
        case .assertion(_, let assertion): return ReportText.failureDescription(assertion)
        case .requestError(let message): return "\(execution.request == nil ? "not sent" : "no response"): \(message)"
        case .httpError(let message): return message
        }
    }

    /// The user's own names the reason may quote: the request's, and the check's subject.
    var names: [String] {
        if case .assertion(_, let assertion) = kind { return [ReportText.checkSubject(assertion.name)] + execution.names }
        return execution.names
    }

    static func all(in executions: [RequestExecution]) -> [ReportedFailure] {
        executions.enumerated().flatMap { position, execution in of(execution, position: position) }
    }

    /// The failures of one execution, at `position` in the run: its request error, HTTP error, failed checks.
    static func of(_ execution: RequestExecution, position: Int) -> [ReportedFailure] {
        var failures: [ReportedFailure] = []
        if let error = execution.error {
            failures.append(ReportedFailure(execution: execution, position: position, kind: .requestError(error)))
        }
        if let httpError = execution.httpError {
            failures.append(ReportedFailure(execution: execution, position: position, kind: .httpError(httpError)))
        }
        for (index, assertion) in execution.assertions.enumerated() where !assertion.passed {
            failures.append(ReportedFailure(execution: execution, position: position, kind: .assertion(index: index, assertion)))
        }
        return failures
    }
}

/// A request or response body as a report shows it: text when the bytes read as text, else base64;
/// secrets removed; cut to a limit, with the full size kept.
struct ReportBody: Equatable {
    enum Encoding: String {
        case utf8
        case base64
    }

    /// The text, or the base64 of the bytes.
    var content: String
    var encoding: Encoding
    /// Whether `content` holds less than the whole body.
    var truncated: Bool
    /// The whole body's size in bytes.
    var size: Int

    var isBinary: Bool { encoding == .base64 }

    init(content: String, encoding: Encoding, truncated: Bool, size: Int) {
        self.content = content
        self.encoding = encoding
        self.truncated = truncated
        self.size = size
    }

    /// A body read back from a JSON report, shown as it was.
    init(reported: ReportedBody) {
        self.init(
            content: reported.content, encoding: reported.isBase64 ? .base64 : .utf8, truncated: reported.truncated,
            size: reported.size)
    }

    /// Extra bytes decoded past the limit so that a secret straddling the cut is still found whole.
    private static let redactionSlack = 1024

    /// - Parameters:
    ///   - bytes: the body, or its first bytes when `size` is larger (a spooled body's prefix).
    ///   - size: the whole body's size.
    ///   - contentType: the declared media type; images, audio, video and fonts are always binary.
    ///   - limit: the most bytes of content to keep.
    init(bytes: Data, size: Int, contentType: String?, limit: Int, redactor: SecretRedactor) {
        let limit = max(0, limit)
        let window = bytes.prefix(limit + Self.redactionSlack)
        let windowIsPartial = window.count < size
        self.size = size
        if let decoded = Self.text(of: window, isPartial: windowIsPartial, contentType: contentType) {
            let complete = decoded.utf8.count
            let text = redactor.redact(decoded)
            let kept: String
            if text.utf8.count > limit {
                let utf8 = Array(text.utf8)
                var end = limit
                // Back off to a scalar boundary: never cut a UTF-8 sequence in two.
                while end > 0, utf8[end] & 0xC0 == 0x80 { end -= 1 }
                kept = String(decoding: utf8[..<end], as: UTF8.self)
            } else {
                kept = text
            }
            let cut = text.utf8.count > limit
            truncated = cut || windowIsPartial || complete < window.count
            content = truncated ? redactor.hidingTrailingSecretStart(kept) : kept
            encoding = .utf8
        } else {
            let redacted = redactor.redact(bytes: Data(window))
            let kept = redacted.prefix(limit)
            truncated = kept.count < redacted.count || windowIsPartial
            content = kept.base64EncodedString()
            encoding = .base64
        }
    }

    /// A `ResponseBody`: in memory, or the prefix of a spooled file (then truncated when the prefix is short).
    init(response body: ResponseBody, contentType: String?, limit: Int, redactor: SecretRedactor) {
        self.init(bytes: body.inMemoryBytes, size: body.size, contentType: contentType, limit: limit, redactor: redactor)
    }

    /// Text unless the media type says otherwise or the bytes hold NUL, stray control characters, or
    /// invalid UTF-8 (a sequence cut at the end of a partial body is allowed).
    static func looksLikeText(_ bytes: Data, isPartial: Bool, contentType: String?) -> Bool {
        text(of: bytes, isPartial: isPartial, contentType: contentType) != nil
    }

    /// The text of `bytes` (without a sequence cut short at the end) when they look like text, decoded once.
    static func text(of bytes: Data, isPartial: Bool, contentType: String?) -> String? {
        if let contentType, isBinaryMediaType(contentType) { return nil }
        let complete = completeUTF8Length(bytes)
        guard complete == bytes.count || isPartial else { return nil }
        let checked = bytes.prefix(complete)
        let hasControl = checked.withUnsafeBytes { buffer in
            buffer.contains { byte in
                // Tab, line feed, form feed, carriage return and escape occur in text; others do not.
                (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B) || byte == 0x7F
            }
        }
        guard !hasControl else { return nil }
        return String(validating: checked, as: UTF8.self)
    }

    /// Media types whose bodies are bytes, not text: images (but SVG, which is XML), audio, video,
    /// fonts, octet streams, archives and PDF. Compared on the type's bytes, ASCII case folded, after
    /// leading blanks.
    static func isBinaryMediaType(_ contentType: String) -> Bool {
        var contentType = contentType
        return contentType.withUTF8 { bytes in
            var start = 0
            while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == 0x09 { start += 1 }
            let type = UnsafeBufferPointer(rebasing: bytes[start...])
            func hasPrefix(_ prefix: StaticString) -> Bool {
                prefix.withUTF8Buffer { prefix in
                    guard type.count >= prefix.count else { return false }
                    for index in 0..<prefix.count {
                        var byte = type[index]
                        if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte += 0x20 }
                        if byte != prefix[index] { return false }
                    }
                    return true
                }
            }
            if hasPrefix("image/") { return !hasPrefix("image/svg") }
            return hasPrefix("audio/") || hasPrefix("video/") || hasPrefix("font/") || hasPrefix("application/octet-stream")
                || hasPrefix("application/zip") || hasPrefix("application/gzip") || hasPrefix("application/pdf")
        }
    }

    /// The length of `bytes` without a UTF-8 sequence cut short at the end.
    static func completeUTF8Length(_ bytes: Data) -> Int {
        let count = bytes.count
        var back = 0
        var index = bytes.index(bytes.endIndex, offsetBy: -1, limitedBy: bytes.startIndex)
        while let position = index, back < 4 {
            let byte = bytes[position]
            back += 1
            if byte & 0xC0 != 0x80 {
                let length: Int
                switch byte {
                case 0xC0...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF7: length = 4
                default: length = 1
                }
                return length > back ? count - back : count
            }
            index = bytes.index(position, offsetBy: -1, limitedBy: bytes.startIndex)
        }
        return count
    }
}
