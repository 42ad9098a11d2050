import Foundation
import PostieCrypto

/// Keeps secrets out of everything postie prints or writes.
///
/// Secrets are registered as they become known (secret-type variables, auth secrets, fetched tokens);
/// every text that leaves postie goes through `redact`, which replaces each registered value — and its
/// percent-encoded form — with `[redacted]`. Header values of `Authorization`, `Proxy-Authorization` and
/// cookies are redacted whole, whatever they hold.
public final class SecretRedactor: @unchecked Sendable {
    /// What a secret is replaced with.
    public static let placeholder = "[redacted]"

    /// Shorter values are redacted only where they stand as a whole field (a header, a variable), not inside
    /// other text, where a secret of `1` or `ab` would shred everything.
    public static let minimumSubstringLength = 4

    private let lock = NSLock()
    private var secrets: Set<String> = []
    private var ordered: [String] = []

    public init(secrets: [String] = []) {
        for secret in secrets { register(secret) }
    }

    /// Adds a value to keep out of output (and its percent-encoded form).
    public func register(_ secret: String) {
        let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        for variant in [secret, trimmed, PercentEncoding.rfc3986(trimmed)] where !secrets.contains(variant) {
            secrets.insert(variant)
            ordered.append(variant)
        }
        // Longest first, so that a secret containing another is replaced whole.
        ordered.sort { $0.count > $1.count }
    }

    public func register(_ secrets: some Sequence<String>) {
        for secret in secrets { register(secret) }
    }

    /// Whether `value` is, as a whole, a registered secret.
    public func isSecret(_ value: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return secrets.contains(value)
    }

    /// `text` with every registered secret replaced by `[redacted]`.
    public func redact(_ text: String) -> String {
        lock.lock()
        let candidates = ordered
        lock.unlock()
        var result = text
        for secret in candidates where secret.count >= Self.minimumSubstringLength || secret == text {
            if result.contains(secret) { result = result.replacingOccurrences(of: secret, with: Self.placeholder) }
        }
        return result
    }

    /// A header value as reports show it: secret headers whole, others with secrets removed.
    public func redactHeader(name: String, value: String) -> String {
        if AuthSecrets.isSecretHeader(name), !value.isEmpty { return Self.placeholder }
        return redact(value)
    }

    /// A variable value as reports and exports show it.
    public func redactValue(_ value: VariableValue) -> String {
        value.isSecret ? Self.placeholder : redact(value.value)
    }
}
