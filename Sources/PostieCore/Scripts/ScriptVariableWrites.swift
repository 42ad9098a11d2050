/// The variables a collection's scripts set by a name written in the script, found without running them:
/// `pm.environment.set("jobId", …)`, `pm.collectionVariables.set('token', …)`, `pm.variables.set(…)`,
/// `pm.globals.set(…)`, `pm.iterationData.set(…)` and the legacy `postman.setEnvironmentVariable(…)` and
/// `postman.setGlobalVariable(…)`, the name a string literal (quotes or a template without `${`).
///
/// The preflight counts these as defined: a request that uses `{{jobId}}` after a script sets it is not
/// reported as using an undefined variable (which `--strict` would make an error). A name computed at run
/// time is not found, and a variable such a script sets is still reported.
public enum ScriptVariableWrites {
    /// What comes before the name's opening quote, each ending with `(`.
    static let calls: [[UInt8]] = [
        "environment.set(", "globals.set(", "collectionVariables.set(", "variables.set(", "iterationData.set(",
        "setEnvironmentVariable(", "setGlobalVariable(",
    ].map { Array($0.utf8) }

    /// Every name `sources` set this way.
    public static func names(in sources: [String]) -> Set<String> {
        var names = Set<String>()
        for var source in sources { source.withUTF8 { collect($0, into: &names) } }
        return names
    }

    static func collect(_ bytes: UnsafeBufferPointer<UInt8>, into names: inout Set<String>) {
        var index = 0
        while index < bytes.count {
            // Every call pattern ends with `(`: look only where one stands.
            guard bytes[index] == UInt8(ascii: "(") else {
                index += 1
                continue
            }
            if calls.contains(where: { endsAt(index, $0, in: bytes) }), let name = literal(after: index + 1, in: bytes) {
                names.insert(name)
            }
            index += 1
        }
    }

    /// Whether `pattern` ends at `end` (its `(`) in `bytes`.
    static func endsAt(_ end: Int, _ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = end + 1 - pattern.count
        guard start >= 0 else { return false }
        return bytes[start...end].elementsEqual(pattern)
    }

    /// The string literal starting at `start` after white space, when it is one without escapes or
    /// substitutions (a name with them is left alone).
    static func literal(after start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var index = start
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count, [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`")].contains(bytes[index]) else { return nil }
        let quote = bytes[index]
        var end = index + 1
        while end < bytes.count, bytes[end] != quote {
            if bytes[end] == UInt8(ascii: "\\") || bytes[end] == 0x0A { return nil }
            if quote == UInt8(ascii: "`"), bytes[end] == UInt8(ascii: "$"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "{") {
                return nil
            }
            end += 1
        }
        guard end < bytes.count else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
    }
}
