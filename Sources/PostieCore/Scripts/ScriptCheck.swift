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
        var seen: Set<NamedSource> = []
        var compiles: Set<String> = []
        // The features a source uses depend on the source alone: searched once however many requests share it.
        var featuresBySource: [String: [String]] = [:]
        // Sources that compiled and use nothing postie lacks: under any name they have nothing to report,
        // so a request that repeats one is passed over without making its script's name.
        var quiet: Set<String> = []
        // By index: a loop over the requests would copy each one.
        for position in requests.indices {
            for script in requests[position].scripts where !script.isEmpty {
                // The lines are joined once (`source` joins them each time it is asked).
                let text = script.source
                if quiet.contains(text) { continue }
                let request = requests[position]
                let source = ScriptSource(level: script.level, ownerName: script.ownerName.isEmpty ? request.name : script.ownerName, source: text)
                let kind = ScriptEventKind(rawValue: script.listen) ?? .test
                let name = source.displayName(for: kind)
                guard seen.insert(NamedSource(name: name, source: text)).inserted else { continue }
                if !compiles.contains(text) {
                    if let problem = host.syntaxError(in: text, name: name) {
                        findings.append(Finding(request: request.displayName, script: name, message: problem.description, isError: true))
                    } else {
                        compiles.insert(text)
                    }
                }
                let features: [String]
                if let known = featuresBySource[text] {
                    features = known
                } else {
                    features = unsupportedFeatures(in: text)
                    featuresBySource[text] = features
                }
                if features.isEmpty, compiles.contains(text) { quiet.insert(text) }
                for feature in features {
                    findings.append(
                        Finding(request: request.displayName, script: name, message: "uses \(feature), which postie does not offer", isError: false))
                }
            }
        }
        return findings
    }

    /// A script's name and source: each pair is checked once.
    private struct NamedSource: Hashable {
        var name: String
        var source: String
    }

    /// The `unsupported` patterns as UTF-8, made once.
    private static let unsupportedBytes: [(pattern: [UInt8], feature: String)] = unsupported.map { (Array($0.pattern.utf8), $0.feature) }

    /// The features of `unsupported` that `source` uses, each once, in the table's order.
    static func unsupportedFeatures(in source: String) -> [String] {
        var text = source
        return text.withUTF8 { bytes in
            var features: [String] = []
            for (pattern, feature) in unsupportedBytes
            where !features.contains(feature) && TextDecoding.contains(utf8: pattern, in: UnsafeRawBufferPointer(bytes)) {
                features.append(feature)
            }
            return features
        }
    }
}
