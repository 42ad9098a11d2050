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
        ("new Uint8Array", "typed arrays"),
        ("ArrayBuffer", "ArrayBuffer"),
        ("crypto.subtle", "crypto.subtle (WebCrypto)"),
        ("crypto.getRandomValues", "crypto.getRandomValues"),
        ("BigInt", "BigInt"),
        ("Intl.", "Intl"),
    ]

    /// Checks every script of `requests` (each script once, however many requests share it).
    public static func findings(in requests: [CollectionRequest], host: any ScriptHost) -> [Finding] {
        var findings: [Finding] = []
        var seen: Set<String> = []
        for request in requests {
            for script in request.scripts where !script.isEmpty {
                let source = ScriptSource(level: script.level, ownerName: script.ownerName.isEmpty ? request.name : script.ownerName, source: script.source)
                let kind = ScriptEventKind(rawValue: script.listen) ?? .test
                let name = source.displayName(for: kind)
                guard seen.insert(name + "\u{0}" + script.source).inserted else { continue }
                if let problem = host.syntaxError(in: script.source, name: name) {
                    findings.append(Finding(request: request.displayName, script: name, message: problem.description, isError: true))
                }
                var reported: Set<String> = []
                for (pattern, feature) in unsupported where script.source.contains(pattern) && reported.insert(feature).inserted {
                    findings.append(
                        Finding(request: request.displayName, script: name, message: "uses \(feature), which postie does not offer", isError: false))
                }
            }
        }
        return findings
    }
}
