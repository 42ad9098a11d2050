import Foundation
import PostieCrypto
import PostieJSON

/// Renders a JSON report document (as `JSONReporter` writes it) as one self-contained HTML page.
///
/// The page reads nothing but the document, so it shows nothing the JSON report does not hold (the
/// values in it are already redacted) and can be made from a JSON report later (`postie report`).
///
/// - Self-contained: no script at all, one `<style>` element whose SHA-256 the page's
///   `Content-Security-Policy` lists (`default-src 'none'`), no external URL in any `src`, `href` or
///   `url()`; the links it has are anchors within the page.
/// - Without script: requests are `<details>` (failed ones open), the failures-only filter is a
///   checkbox that CSS reads (`:checked ~ main`), the timeline is inline SVG whose bars link to their
///   request.
/// - Small: each body is cut to a share of a fixed budget (`bodyBudget` over the number of bodies, between
///   `minimumBodyLimit` and `maximumBodyLimit` bytes), and says so.
/// - Light and dark (`prefers-color-scheme`), one column on a phone.
public struct HTMLRenderer: Sendable {
    /// Bytes of body text the whole page may show.
    public var bodyBudget: Int
    public var minimumBodyLimit: Int
    public var maximumBodyLimit: Int

    public init(bodyBudget: Int = 64 * 1024, minimumBodyLimit: Int = 256, maximumBodyLimit: Int = 16 * 1024) {
        self.bodyBudget = bodyBudget
        self.minimumBodyLimit = minimumBodyLimit
        self.maximumBodyLimit = maximumBodyLimit
    }

    /// The style sheet, and the CSP source that allows it and nothing else.
    static let styleSheet = HTMLStyle.css
    public static var styleHash: String {
        var hasher = SHA256()
        hasher.update(Data(styleSheet.utf8))
        return "sha256-" + Data(hasher.finalize()).base64EncodedString()
    }
    public static var contentSecurityPolicy: String {
        "default-src 'none'; style-src '\(styleHash)'; img-src data:; base-uri 'none'; form-action 'none'"
    }

    /// The size the page aims to stay under: past it, bodies are cut shorter (to 64 bytes at least).
    public var sizeTarget = 180 * 1024

    /// The page for `document`.
    public func render(_ document: JSONValue) -> String {
        let report = ReportView(document)
        let bodyLimit = min(maximumBodyLimit, max(minimumBodyLimit, bodyBudget / max(1, report.bodyCount)))
        let page = render(report, bodyLimit: bodyLimit, detailPassed: true)
        let excess = page.utf8.count - sizeTarget
        guard excess > 0, report.bodyCount > 0 else { return page }
        let shorter = render(report, bodyLimit: max(64, bodyLimit - excess / report.bodyCount - 32), detailPassed: true)
        guard shorter.utf8.count > sizeTarget else { return shorter }
        // Still too big: the requests that passed keep their summary, checks and captures; those that
        // failed keep everything.
        return render(report, bodyLimit: bodyLimit, detailPassed: false)
    }

    private func render(_ report: ReportView, bodyLimit: Int, detailPassed: Bool) -> String {
        var page = HTMLBuilder()
        page.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        page.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.contentSecurityPolicy)\">\n")
        page.raw("<meta name=\"color-scheme\" content=\"light dark\">\n")
        page.element("title", "\(report.verdict.title) · \(report.collectionName)")
        page.raw("\n<style>\(Self.styleSheet)</style>\n</head>\n<body>\n")
        verdict(report, into: &page)
        page.raw(
            "<input type=\"checkbox\" id=\"only-failures\" class=\"filter\">"
                + "<label for=\"only-failures\" class=\"filter-label\">show failed requests only</label>\n<main>\n")
        failures(report, into: &page)
        timeline(report, into: &page)
        requests(report, bodyLimit: bodyLimit, detailPassed: detailPassed, into: &page)
        runSection(report, into: &page)
        page.raw("</main>\n<footer>written by postie from its JSON report</footer>\n</body>\n</html>\n")
        return page.text
    }

    // MARK: Sections

    private func verdict(_ report: ReportView, into page: inout HTMLBuilder) {
        page.raw("<header class=\"verdict \(report.verdict.cssClass)\" id=\"verdict\">\n")
        page.element("p", report.collectionName, class: "collection")
        page.element("h1", report.verdict.headline)
        var facts: [String] = []
        if let environment = report.environmentName { facts.append("environment \(environment)") }
        if let started = report.started { facts.append(ReportText.timestamp(started)) }
        facts.append(ReportText.duration(milliseconds: report.durationMilliseconds))
        if let shard = report.shard { facts.append("shard \(shard.index)/\(shard.count) by \(shard.by.rawValue)") }
        page.element("p", facts.joined(separator: " · "), class: "facts")
        page.raw("<ul class=\"stats\">")
        for (label, value) in report.statLines { page.raw("<li>"); page.element("b", value); page.text(" \(label)"); page.raw("</li>") }
        page.raw("</ul>\n")
        if let first = report.failures.first {
            page.raw("<div class=\"first-failure\">")
            page.element("h2", "First failure")
            page.raw("<p><a href=\"#\(first.anchor)\">")
            page.text(first.requestName)
            page.raw("</a>: ")
            page.text(first.reason)
            page.raw("</p>")
            if first.expected != nil || first.actual != nil {
                page.raw("<dl class=\"compare\">")
                if let expected = first.expected { page.element("dt", "expected"); page.element("dd", expected, class: "mono") }
                if let actual = first.actual { page.element("dt", "actual"); page.element("dd", actual, class: "mono") }
                page.raw("</dl>")
            }
            page.raw("</div>\n")
        }
        page.raw("</header>\n")
    }

    private func failures(_ report: ReportView, into page: inout HTMLBuilder) {
        guard !report.failures.isEmpty || !report.errors.isEmpty else { return }
        page.raw("<section id=\"failures\">\n")
        page.element("h2", "Failures (\(report.failures.count))")
        for error in report.errors { page.element("p", error, class: "run-error") }
        page.raw("<ol>\n")
        for failure in report.failures {
            page.raw("<li><a href=\"#\(failure.anchor)\">")
            page.text(failure.requestName)
            page.raw("</a>")
            if report.iterationCount > 1 { page.text(" (iteration \(failure.iteration + 1))") }
            page.raw(": ")
            page.element("span", failure.reason, class: "reason")
            page.raw("</li>\n")
        }
        page.raw("</ol>\n</section>\n")
    }

    private func timeline(_ report: ReportView, into page: inout HTMLBuilder) {
        let executions = report.executions
        guard !executions.isEmpty else { return }
        page.raw("<section id=\"timeline\">\n")
        page.element("h2", "Timeline")
        let origin = report.timelineOrigin
        let span = max(1, report.timelineEnd - origin)
        let labelWidth = 300.0
        let barsWidth = 680.0
        let row = 16.0
        var rows: [(y: Double, execution: ExecutionView)] = []
        var separators: [(y: Double, label: String)] = []
        var y = 22.0
        var iteration = -1
        for execution in executions {
            if report.iterationCount > 1, execution.iteration != iteration {
                iteration = execution.iteration
                separators.append((y, "iteration \(iteration + 1)"))
                y += row
            }
            rows.append((y, execution))
            y += row
        }
        let height = y + 4
        page.raw(
            "<svg class=\"timeline\" viewBox=\"0 0 1000 \(Self.number(height))\" width=\"100%\" role=\"img\" "
                + "aria-label=\"timeline of the run\" xmlns=\"http://www.w3.org/2000/svg\">\n")
        // The axis: ticks at round fractions of the run, labelled in time since the start.
        for step in 0...4 {
            let x = labelWidth + barsWidth * Double(step) / 4
            page.raw("<line class=\"tick\" x1=\"\(Self.number(x))\" y1=\"14\" x2=\"\(Self.number(x))\" y2=\"\(Self.number(height))\"/>")
            page.raw("<text class=\"axis\" x=\"\(Self.number(x))\" y=\"10\" text-anchor=\"\(step == 4 ? "end" : step == 0 ? "start" : "middle")\">")
            page.text(ReportText.duration(milliseconds: span * Double(step) / 4))
            page.raw("</text>")
        }
        page.raw("\n")
        for separator in separators {
            page.raw("<line class=\"separator\" x1=\"0\" y1=\"\(Self.number(separator.y + 1))\" x2=\"1000\" y2=\"\(Self.number(separator.y + 1))\"/>")
            page.raw("<text class=\"iteration-label\" x=\"4\" y=\"\(Self.number(separator.y + 12))\">")
            page.text(separator.label)
            page.raw("</text>\n")
        }
        for (y, execution) in rows {
            let start = execution.started.map { $0 - origin } ?? 0
            let x = labelWidth + barsWidth * max(0, start) / span
            let width = max(2, barsWidth * execution.elapsedMilliseconds / span)
            page.raw("<a href=\"#\(execution.anchor)\"><title>")
            page.text("\(execution.displayName): \(execution.outcomeText), \(ReportText.duration(milliseconds: execution.elapsedMilliseconds))")
            page.raw("</title>")
            page.raw("<text class=\"label\" x=\"4\" y=\"\(Self.number(y + 11))\">")
            page.text(ReportText.abbreviated(execution.displayName, limit: 44))
            page.raw("</text>")
            page.raw(
                "<rect class=\"bar \(execution.state)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y + 2))\" "
                    + "width=\"\(Self.number(min(width, labelWidth + barsWidth - x + 2)))\" height=\"11\" rx=\"2\"/>")
            // Every attempt after the first (a poll or a retry) is a mark where it was sent.
            for attempt in execution.attempts.dropFirst() {
                guard let sent = attempt.started else { continue }
                let markX = labelWidth + barsWidth * max(0, sent - origin) / span
                page.raw(
                    "<line class=\"mark\" x1=\"\(Self.number(markX))\" y1=\"\(Self.number(y))\" x2=\"\(Self.number(markX))\" "
                        + "y2=\"\(Self.number(y + 15))\"/>")
            }
            page.raw("</a>\n")
        }
        page.raw("</svg>\n")
        page.element(
            "p",
            "Each bar is a request, from when it started to when its last answer came; marks are poll attempts and retries.",
            class: "note")
        page.raw("</section>\n")
    }

    private func requests(_ report: ReportView, bodyLimit: Int, detailPassed: Bool, into page: inout HTMLBuilder) {
        page.raw("<section id=\"requests\">\n")
        page.element("h2", "Requests (\(report.executions.count))")
        var iteration = -1
        for execution in report.executions {
            if report.iterationCount > 1, execution.iteration != iteration {
                iteration = execution.iteration
                page.element("h3", "Iteration \(iteration + 1) of \(report.iterationCount)", class: "iteration")
            }
            request(execution, bodyLimit: bodyLimit, detailed: detailPassed || execution.failed, into: &page)
        }
        page.raw("</section>\n")
    }

    private func request(_ execution: ExecutionView, bodyLimit: Int, detailed: Bool, into page: inout HTMLBuilder) {
        page.raw("<article class=\"request \(execution.state)\" id=\"\(execution.anchor)\">\n")
        page.raw(execution.failed ? "<details open>" : "<details>")
        page.raw("<summary>")
        page.element("span", execution.icon, class: "icon")
        page.element("span", execution.method ?? "—", class: "method")
        page.element("span", execution.displayName, class: "name")
        page.element("span", execution.statusText, class: "status")
        page.element("span", ReportText.duration(milliseconds: execution.elapsedMilliseconds), class: "time")
        page.raw("<a class=\"anchor\" href=\"#\(execution.anchor)\" title=\"link to this request\">#</a></summary>\n")
        if let url = execution.url { page.element("p", url, class: "url mono") }
        var facts: [String] = []
        if let size = execution.responseSize { facts.append("response \(ReportText.byteCount(size))") }
        if let encoded = execution.encodedSize { facts.append("\(ReportText.byteCount(encoded)) on the wire") }
        if let size = execution.requestSize { facts.append("request body \(ReportText.byteCount(size))") }
        if let redirects = execution.redirects { facts.append("\(redirects) redirect\(redirects == 1 ? "" : "s")") }
        if !execution.path.isEmpty, execution.path.joined(separator: " › ") != execution.displayName {
            facts.append(execution.path.joined(separator: " › "))
        }
        if let started = execution.startedDate { facts.append("started \(ReportText.timestamp(started))") }
        page.element("p", facts.joined(separator: " · "), class: "facts")
        for problem in execution.problems { page.element("p", problem, class: "problem") }
        if let skipped = execution.skipped { page.element("p", "not sent: \(skipped)", class: "skipped-note") }

        if !execution.checks.isEmpty, !execution.checks.contains(where: { $0.state == "failed" }) {
            // Passed (and skipped) checks have nothing to compare: one line each.
            page.raw("<ul class=\"checks\">")
            for check in execution.checks {
                page.element("li", (check.state == "skipped" ? "– skipped: " : "✓ ") + check.name, class: check.state)
            }
            page.raw("</ul>\n")
        } else if !execution.checks.isEmpty {
            page.raw("<table class=\"checks\"><thead><tr><th>check</th><th>result</th><th>expected</th><th>actual</th></tr></thead><tbody>\n")
            for check in execution.checks {
                page.raw("<tr class=\"\(check.state)\">")
                page.raw("<td>"); page.text(check.name)
                if let message = check.message { page.raw("<br>"); page.element("span", message, class: "reason") }
                page.raw("</td>")
                page.element("td", check.state == "failed" ? "✗ failed" : check.state == "skipped" ? "skipped" : "✓ passed")
                page.element("td", check.expected ?? "", class: "mono")
                page.element("td", check.actual ?? "", class: "mono")
                page.raw("</tr>\n")
            }
            page.raw("</tbody></table>\n")
        }
        if execution.attempts.count > 1 {
            page.element("h4", "Attempts (\(execution.attempts.count))")
            page.raw("<ol class=\"attempts\">")
            for attempt in execution.attempts {
                page.raw("<li>")
                page.text("\(attempt.status.map(String.init) ?? "no answer") in \(ReportText.duration(milliseconds: attempt.milliseconds))")
                if let note = attempt.note { page.text(" — \(note)") }
                page.raw("</li>")
            }
            page.raw("</ol>\n")
        }
        if !execution.captures.isEmpty {
            page.element("h4", "Captured")
            keyValues(execution.captures, into: &page)
        }
        if let saved = execution.savedFile { page.element("p", "saved \(saved.path) (\(ReportText.byteCount(saved.bytes)))", class: "saved") }
        if !execution.console.isEmpty {
            page.element("h4", "Console")
            page.raw("<pre class=\"console\">")
            for (level, message) in execution.console {
                page.element("span", level, class: "level-\(level)")
                page.text(" \(message)\n")
            }
            page.raw("</pre>\n")
        }
        if let visualizer = execution.visualizer {
            page.element("h4", "Visualizer data")
            page.element("pre", ReportText.abbreviated(visualizer, limit: bodyLimit), class: "body")
        }
        for warning in execution.warnings { page.element("p", "warning: \(warning)", class: "warning") }
        if !detailed, execution.requestHeaders != nil {
            page.element("p", "headers and bodies left out to keep the page small: the JSON report has them", class: "note")
        } else if let headers = execution.requestHeaders {
            page.raw("<details class=\"part\"><summary>Request headers and body</summary>\n")
            // Postman's own headers (User-Agent, Postman-Token…) in one line, by name.
            keyValues(headers.filter { !$0.system }.map { ($0.name, $0.value) }, into: &page)
            let system = headers.filter(\.system).map(\.name)
            if !system.isEmpty { page.element("p", "system headers: " + system.joined(separator: ", "), class: "note") }
            if let body = execution.requestBody { self.body(body, limit: bodyLimit, into: &page) }
            page.raw("</details>\n")
        }
        if detailed, let headers = execution.responseHeaders {
            page.raw(execution.failed ? "<details class=\"part\" open>" : "<details class=\"part\">")
            page.raw("<summary>Response headers and body</summary>\n")
            keyValues(headers, into: &page)
            if !execution.cookies.isEmpty {
                page.element("h4", "Cookies")
                keyValues(execution.cookies, into: &page)
            }
            if let body = execution.responseBody { self.body(body, limit: bodyLimit, into: &page) }
            page.raw("</details>\n")
        }
        page.raw("</details>\n</article>\n")
    }

    private func keyValues(_ pairs: [(String, String)], into page: inout HTMLBuilder) {
        guard !pairs.isEmpty else { return }
        page.raw("<dl class=\"pairs\">")
        for (key, value) in pairs {
            page.element("dt", key)
            page.element("dd", value)
        }
        page.raw("</dl>\n")
    }

    private func body(_ body: BodyView, limit: Int, into page: inout HTMLBuilder) {
        guard body.size > 0 || !body.content.isEmpty else {
            page.element("p", "empty body", class: "note")
            return
        }
        var shown = body.content
        if body.isBinary {
            page.element("p", "binary body, \(ReportText.byteCount(body.size)), as base64", class: "note")
        } else if !body.reportTruncated, let parsed = try? JSONParser.parse(body.content),
            parsed.objectValue != nil || parsed.arrayValue != nil
        {
            shown = JSONWriter.pretty(parsed, trailingNewline: false)
        }
        var cut = false
        if shown.utf8.count > limit {
            var end = shown.utf8.index(shown.utf8.startIndex, offsetBy: limit)
            while end > shown.utf8.startIndex, !shown.unicodeScalars.indices.contains(end) {
                end = shown.utf8.index(before: end)
            }
            shown = String(shown[..<end])
            cut = true
        }
        page.element("pre", shown, class: "body")
        if cut || body.reportTruncated {
            let whole = ReportText.byteCount(body.size)
            page.element(
                "p",
                cut
                    ? "truncated: \(ReportText.byteCount(limit)) of \(whole) shown"
                        + (body.reportTruncated ? "; the JSON report has more" : "; the JSON report has it all")
                    : "truncated: the JSON report kept the start of \(whole)",
                class: "truncated")
        }
    }

    private func runSection(_ report: ReportView, into page: inout HTMLBuilder) {
        page.raw("<section id=\"run\">\n")
        page.element("h2", "Environment and run options")
        if !report.options.isEmpty {
            page.element("h3", "Options")
            keyValues(report.options, into: &page)
        }
        if let shard = report.shard {
            page.element("h3", "Shard")
            keyValues(
                [("shard", "\(shard.index)/\(shard.count)"), ("by", shard.by.rawValue),
                 ("units", "\(shard.units.count) of \(shard.total): " + shard.units.joined(separator: ", "))],
                into: &page)
        }
        page.element("h3", "Environment" + (report.environmentName.map { " \($0)" } ?? ""))
        if report.environment.isEmpty { page.element("p", "no environment variables", class: "note") }
        keyValues(report.environment, into: &page)
        if !report.globals.isEmpty {
            page.element("h3", "Globals")
            keyValues(report.globals, into: &page)
        }
        if !report.diagnostics.isEmpty {
            page.element("h3", "Warnings")
            page.raw("<ul>")
            for diagnostic in report.diagnostics { page.element("li", diagnostic) }
            page.raw("</ul>\n")
        }
        page.raw("</section>\n")
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Text for an HTML page: everything escaped, controls HTML forbids replaced.
struct HTMLBuilder {
    private(set) var text = ""

    mutating func raw(_ markup: String) { text += markup }

    mutating func text(_ value: String) { text += Self.escape(value) }

    /// `<name class="…">escaped text</name>`.
    mutating func element(_ name: String, _ content: String, class className: String? = nil) {
        text += "<\(name)"
        if let className { text += " class=\"\(className)\"" }
        text += ">" + Self.escape(content) + "</\(name)>"
    }

    /// `&`, `<`, `>` as references (quotes need none outside attributes, and the page writes no attribute
    /// from data); C0 controls other than tab, line feed and carriage return, DEL, C1 controls and
    /// noncharacters as U+FFFD (HTML §13.2.5 treats them as parse errors).
    static func escape(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            case "\r": escaped += "\n"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value)
                    || value & 0xFFFE == 0xFFFE
                {
                    escaped += "\u{FFFD}"
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped
    }
}
