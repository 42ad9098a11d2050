import Foundation

/// What `postie validate` finds in a collection's scripts without running them: syntax errors (with
/// the script and its line and column) and sandbox features postie does not offer.
public struct ScriptCheck: Sendable {
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public var request: String
        public var script: String
        public var message: String
        public var isError: Bool

        public var description: String { "\(request), \(script): \(message)" }
    }

    /// Sandbox features a script may use that postie lacks, with how they show in source.
    static let unsupported: [(pattern: String, feature: String)] = [
        ("pm.vault", "pm.vault (Postman's vault)"),
        ("pm.require(", "pm.require (Postman package library)"),
        ("pm.execution.runRequest", "pm.execution.runRequest"),
        ("Backbone.", "the Backbone library"),
        ("new Proxy", "Proxy"),
        ("Reflect.", "Reflect"),
        // The sandbox's WebCrypto has SHA digests and HMAC, with Uint8Array and ArrayBuffer stand-ins.
        ("subtle.encrypt", "crypto.subtle.encrypt (postie's crypto.subtle has SHA digests and HMAC only)"),
        ("subtle.decrypt", "crypto.subtle.decrypt (postie's crypto.subtle has SHA digests and HMAC only)"),
        ("subtle.derive", "crypto.subtle key derivation (postie's crypto.subtle has SHA digests and HMAC only)"),
        ("subtle.wrapKey", "crypto.subtle.wrapKey (postie's crypto.subtle has SHA digests and HMAC only)"),
        ("subtle.unwrapKey", "crypto.subtle.unwrapKey (postie's crypto.subtle has SHA digests and HMAC only)"),
        ("DataView", "DataView"),
        ("Int8Array", "typed arrays other than Uint8Array"),
        ("Uint8ClampedArray", "typed arrays other than Uint8Array"),
        ("16Array", "typed arrays other than Uint8Array"),
        ("32Array", "typed arrays other than Uint8Array"),
        ("64Array", "typed arrays other than Uint8Array"),
        ("BigInt", "BigInt"),
        ("Intl.", "Intl"),
    ]

    /// Checks every script of `requests` (each script once, however many requests share it; a source
    /// that compiled once is not compiled again under another request's name).
    public static func findings(in requests: [CollectionRequest], host: any ScriptHost) -> [Finding] {
        var findings: [Finding] = []
        var seen: Set<String> = []
        var compiles: Set<String> = []
        for request in requests {
            for script in request.scripts where !script.isEmpty {
                let source = ScriptSource(level: script.level, ownerName: script.ownerName.isEmpty ? request.name : script.ownerName, source: script.source)
                let kind = ScriptEventKind(rawValue: script.listen) ?? .test
                let name = source.displayName(for: kind)
                guard seen.insert(name + "\u{0}" + script.source).inserted else { continue }
                if !compiles.contains(script.source) {
                    if let problem = host.syntaxError(in: script.source, name: name) {
                        findings.append(Finding(request: request.displayName, script: name, message: problem.description, isError: true))
                    } else {
                        compiles.insert(script.source)
                    }
                }
                var reported: Set<String> = []
                for (pattern, feature) in unsupported
                where contains(script.source, pattern) && reported.insert(feature).inserted {
                    findings.append(
                        Finding(request: request.displayName, script: name, message: "uses \(feature), which postie does not offer", isError: false))
                }
            }
        }
        return findings
    }

    /// Whether the UTF-8 bytes of `pattern` stand anywhere in those of `text` (no Foundation search).
    static func contains(_ text: String, _ pattern: String) -> Bool {
        TextDecoding.contains(utf8: Array(pattern.utf8), in: text)
    }
}
