import Foundation
import PostieJSON

/// `--export-environment FILE`: the environment at the end of the run, as a Postman environment file.
///
/// - Name and id come from the input environment when there was one, else `postie export` and a new id.
/// - The input's entries keep their order and type; enabled ones take their final value (an entry removed
///   during the run is left out); disabled ones are kept as they were. Variables set during the run
///   (captures) follow, in the order they were set.
/// - Secrets (`type: "secret"` entries, values equal to a registered secret, and values under a name
///   that says "secret", "password", "token"…, whether typed `default` in the input or captured during
///   the run: one rule for both) depend on `Secrets`: written as `[redacted]`
///   with `type: "secret"` (JSON has no comments: the type says why), registered secrets inside other
///   values replaced; over the file the environment came from, with the value that file held, so the
///   file still runs; or as they are (`--export-secrets`).
/// - The file is written atomically and never over one of the run's input files unless allowed.
public struct EnvironmentExporter: Sendable {
    /// What becomes of secret values in the export.
    public enum Secrets: Sendable, Equatable {
        /// `[redacted]`: the default for a new file.
        case redacted
        /// The value the input environment held, where redaction would change an entry it has (an export
        /// over the file it came from); `[redacted]` for secrets it did not hold.
        case keptFromInput
        /// Every value as it is (`--export-secrets`).
        case written
    }

    private let redactor: SecretRedactor
    private let secrets: Secrets

    public init(redactor: SecretRedactor, secrets: Secrets = .redacted) {
        self.redactor = redactor
        self.secrets = secrets
    }

    /// The exported entries.
    public func values(final: VariableScope, input: EnvironmentFile?) -> [EnvironmentValue] {
        var exported: [EnvironmentValue] = []
        var written: Set<String> = []
        for entry in input?.values ?? [] {
            guard entry.enabled else {
                exported.append(secrets == .written ? entry : safe(entry, setDuringRun: false, original: entry))
                continue
            }
            guard let value = final[entry.key], !written.contains(entry.key) else { continue }
            written.insert(entry.key)
            var updated = entry
            updated.value = value.value
            if value.isSecret { updated.type = "secret" }
            if secrets == .written {
                exported.append(updated)
            } else {
                exported.append(safe(updated, setDuringRun: value.value != entry.value, original: entry))
            }
        }
        for (key, value) in final.entries where !written.contains(key) {
            written.insert(key)
            let entry = EnvironmentValue(key: key, value: value.value, type: value.isSecret ? "secret" : "default")
            exported.append(secrets == .written ? entry : redacted(entry, setDuringRun: true))
        }
        return exported
    }

    /// `entry` redacted; with `.keptFromInput`, the input's `original` entry instead wherever redaction
    /// would change the value, so that the file keeps what it held.
    private func safe(_ entry: EnvironmentValue, setDuringRun: Bool, original: EnvironmentValue) -> EnvironmentValue {
        let shown = redacted(entry, setDuringRun: setDuringRun)
        if secrets == .keptFromInput, shown.value != entry.value { return original }
        return shown
    }

    /// The exported file as JSON, with Postman's `_postman_exported_at` and `_postman_exported_using`.
    public func document(final: VariableScope, input: EnvironmentFile?, exportedAt: Date = Date()) -> JSONValue {
        var file = input ?? EnvironmentFile(name: "postie export", values: [])
        if file.id == nil { file.id = UUID().uuidString.lowercased() }
        var object = file.jsonDocument(values: values(final: final, input: input)).objectValue ?? JSONObject()
        object["_postman_exported_at"] = .string(ReportText.timestamp(exportedAt))
        object["_postman_exported_using"] = "postie"
        return .object(object)
    }

    /// Writes the export to `path` atomically.
    ///
    /// - Parameters:
    ///   - protectedPaths: the run's input files (collection, environment, globals, data, flow); `path`
    ///     naming one of them — by any spelling, symbolic or hard link — is refused…
    ///   - allowOverwrite: …unless this is set (the CLI sets it when that exact path was given on purpose).
    public func write(
        final: VariableScope, input: EnvironmentFile?, to path: String, protectedPaths: [String],
        allowOverwrite: Bool = false, exportedAt: Date = Date()
    ) throws {
        if !allowOverwrite, let input = protectedPaths.first(where: { Self.sameFile(path, $0) }) {
            throw ReportError.wouldOverwriteInput(path: path, input: input, what: "the exported environment")
        }
        let data = JSONWriter.prettyData(document(final: final, input: input, exportedAt: exportedAt))
        try writeFileAtomically(data, to: path)
    }

    /// Whether two paths name the same file: the same resolved path, or the same device and inode.
    static func sameFile(_ first: String, _ second: String) -> Bool {
        let resolvedFirst = URL(fileURLWithPath: first).standardizedFileURL.resolvingSymlinksInPath().path
        let resolvedSecond = URL(fileURLWithPath: second).standardizedFileURL.resolvingSymlinksInPath().path
        if resolvedFirst == resolvedSecond { return true }
        var firstStatus = stat()
        var secondStatus = stat()
        guard stat(first, &firstStatus) == 0, stat(second, &secondStatus) == 0 else { return false }
        return firstStatus.st_dev == secondStatus.st_dev && firstStatus.st_ino == secondStatus.st_ino
    }

    private func redacted(_ entry: EnvironmentValue, setDuringRun: Bool) -> EnvironmentValue {
        var entry = entry
        guard !entry.value.isEmpty else { return entry }
        if entry.isSecret || redactor.isSecret(entry.value)
            || SecretRedactor.nameLooksSecret(entry.key)
        {
            entry.value = SecretRedactor.placeholder
            entry.type = "secret"
        } else {
            entry.value = redactor.redact(entry.value)
        }
        return entry
    }
}
