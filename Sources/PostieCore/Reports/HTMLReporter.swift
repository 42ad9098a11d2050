import Foundation
import PostieJSON

/// The `html` reporter: the run's JSON report (the same document, the same redaction) rendered as one
/// self-contained page by `HTMLRenderer`, written atomically when the run ends.
///
/// The JSON report is streamed as the run goes into a temporary file, as `-r json` streams its own, and
/// read back to render the page at the end: the run keeps no execution, though the page, which lists
/// every request, is made whole.
public final class HTMLReporter: RunReporter, @unchecked Sendable {
    /// Where the page goes (`--reporter-html-export`).
    public let path: String
    private let json: JSONReporter
    private let renderer: HTMLRenderer

    public init(
        path: String, redactor: SecretRedactor, options: JSONReporter.Options = JSONReporter.Options(),
        renderer: HTMLRenderer = HTMLRenderer()
    ) {
        self.path = path
        let temporary = (NSTemporaryDirectory() as NSString).appendingPathComponent("postie-html-\(UUID().uuidString).json")
        self.json = JSONReporter(path: temporary, redactor: redactor, options: options)
        self.renderer = renderer
    }

    public func runStarted(_ start: RunStart) { json.runStarted(start) }

    public func executionFinished(_ execution: RequestExecution) { json.executionFinished(execution) }

    /// The page of `result`.
    public func document(for result: RunResult) -> String { renderer.render(json.document(for: result)) }

    public func runFinished(_ result: RunResult) throws {
        defer { try? FileManager.default.removeItem(atPath: json.path) }
        try json.runFinished(result)
        let report: JSONValue
        do {
            report = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: json.path)))
        } catch {
            throw ReportError.cannotWrite(path: path, reason: "its JSON report could not be read back: \(error)")
        }
        try writeFileAtomically(Data(renderer.render(report).utf8), to: path)
    }
}
