import Foundation
import PostieJSON

/// The `html` reporter: the run's JSON report (the same document, the same redaction) rendered as one
/// self-contained page by `HTMLRenderer`, written atomically when the run ends.
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
        self.json = JSONReporter(path: path, redactor: redactor, options: options)
        self.renderer = renderer
    }

    public func runStarted(_ start: RunStart) { json.runStarted(start) }

    /// The page of `result`.
    public func document(for result: RunResult) -> String { renderer.render(json.document(for: result)) }

    public func runFinished(_ result: RunResult) throws {
        try writeFileAtomically(Data(document(for: result).utf8), to: path)
    }
}
