import Foundation

/// Replaces `{{name}}` references in text as Postman does.
///
/// Each pass replaces every reference it can; references whose values hold references are resolved by
/// the next pass, up to 19 passes (postman-collection's limit). A reference nothing defines stays in
/// the text as written and is reported. `{{$name}}` is a dynamic variable unless a scope defines `$name`.
///
/// Passes alone do not bound the result (`a = "{{a}}{{a}}"` doubles with each one), so resolution also
/// stops at `ResolutionLimits`: the resolved text may not grow beyond `maximumBytes`, nor take more than
/// `maximumSubstitutions` replacements; the variable that would cross the line is named.
public struct VariableResolver: Sendable {
    /// Postman's bound on nested resolution.
    public static let maximumPasses = 19

    public var context: VariableContext
    public var dynamicVariables: DynamicVariables
    public var limits: ResolutionLimits

    public init(
        context: VariableContext, dynamicVariables: DynamicVariables = DynamicVariables(),
        limits: ResolutionLimits = ResolutionLimits()
    ) {
        self.context = context
        self.dynamicVariables = dynamicVariables
        self.limits = limits
    }

    /// A limit resolution reached, and the variable whose value would have crossed it.
    public struct LimitReached: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// The resolved text would exceed `maximumBytes`.
            case size
            /// More than `maximumSubstitutions` references would be replaced.
            case substitutions
        }
        public var kind: Kind
        public var variable: String
        public var limit: Int
    }

    /// The outcome of resolving one piece of text.
    public struct Resolution: Sendable, Equatable {
        public var text: String
        /// Names referenced that no scope defines, in order of first appearance.
        public var unresolved: [String] = []
        /// `$names` that are neither defined nor a known dynamic variable.
        public var unknownDynamic: [String] = []
        /// Whether the value of a secret variable went into the text.
        public var usedSecret = false
        /// Whether references were still being expanded after the last pass (a cycle, most likely).
        public var hitPassLimit = false
        /// The size or substitution limit reached; the text is then the last one within it.
        public var limitReached: LimitReached?
    }

    /// Resolves every reference in `text`.
    public func resolve(_ text: String) -> Resolution {
        var resolution = Resolution(text: text)
        guard Self.mayHoldReference(text) else { return resolution }
        var current = text
        var substitutions = 0
        for pass in 1...Self.maximumPasses {
            // A text whose values brought no `{{` in is done: no further pass copies it.
            if pass > 1, !Self.mayHoldReference(current) { break }
            var replacedAny = false
            // The length the text would have with the replacements made so far in this pass.
            var length = current.utf8.count
            let next = Self.replaceReferences(in: current) { name in
                guard resolution.limitReached == nil else { return nil }
                let value: String
                if let defined = context.lookup(name) {
                    value = defined.value
                    if defined.isSecret { resolution.usedSecret = true }
                } else if name.hasPrefix("$"), let generated = dynamicVariables.value(for: name) {
                    value = generated
                } else {
                    return nil
                }
                let grown = length + value.utf8.count - (name.utf8.count + 4)
                if grown > limits.maximumBytes {
                    resolution.limitReached = LimitReached(kind: .size, variable: name, limit: limits.maximumBytes)
                    return nil
                }
                if substitutions >= limits.maximumSubstitutions {
                    resolution.limitReached = LimitReached(
                        kind: .substitutions, variable: name, limit: limits.maximumSubstitutions)
                    return nil
                }
                substitutions += 1
                length = grown
                replacedAny = true
                return value
            }
            if resolution.limitReached != nil { break }
            current = next
            if !replacedAny { break }
            if pass == Self.maximumPasses, Self.references(in: current).contains(where: { isResolvable($0) }) {
                resolution.hitPassLimit = true
            }
        }
        resolution.text = current
        for name in Self.references(in: current) where !isResolvable(name) {
            if name.hasPrefix("$"), !resolution.unknownDynamic.contains(name) {
                resolution.unknownDynamic.append(name)
            } else if !name.hasPrefix("$"), !resolution.unresolved.contains(name) {
                resolution.unresolved.append(name)
            }
        }
        return resolution
    }

    func isResolvable(_ name: String) -> Bool {
        context.lookup(name) != nil || (name.hasPrefix("$") && DynamicVariables.isKnown(name))
    }

    /// Whether `text` has a `{{` anywhere: a scan of its UTF-8 bytes, no Foundation search.
    static func mayHoldReference(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count >= 2 else { return false }
            // memchr finds each `{`; the byte after it says.
            var index = 0
            while index < bytes.count - 1 {
                guard let found = memchr(base + index, Int32(UInt8(ascii: "{")), bytes.count - 1 - index) else { return false }
                index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if bytes[index + 1] == UInt8(ascii: "{") { return true }
                index += 1
            }
            return false
        }
    }

    /// The names referenced in `text`, in order, repeats included.
    public static func references(in text: String) -> [String] {
        guard mayHoldReference(text) else { return [] }
        var names: [String] = []
        _ = replaceReferences(in: text) { name in
            names.append(name)
            return nil
        }
        return names
    }

    /// Calls `replacement` for each `{{name}}` (name without `{` or `}`, as postman-collection's
    /// `/\{\{([^{}]*?)}}/g`) and splices in what it returns; nil keeps the reference as written.
    @inline(__always)
    static func replaceReferences(in text: String, _ replacement: (String) -> String?) -> String {
        var text = text
        var output: [UInt8] = []
        var changed = false
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            let count = utf8.count
            // Bytes before `copied` are in `output` (once something was replaced); the rest is copied in runs.
            var copied = 0
            var index = 0
            while index + 1 < count {
                guard let brace = memchr(base + index, Int32(UInt8(ascii: "{")), count - 1 - index) else { break }
                index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(brace))
                guard utf8[index + 1] == UInt8(ascii: "{") else {
                    index += 1
                    continue
                }
                // Find the name: no braces until "}}".
                var end = index + 2
                var valid = true
                while end < count {
                    let byte = utf8[end]
                    if byte == UInt8(ascii: "}") { break }
                    if byte == UInt8(ascii: "{") {
                        valid = false
                        break
                    }
                    end += 1
                }
                guard valid, end + 1 < count, utf8[end + 1] == UInt8(ascii: "}") else {
                    // "{{" that does not open a reference: look again from the next brace.
                    index += 1
                    continue
                }
                let name = String(decoding: UnsafeBufferPointer(rebasing: utf8[(index + 2)..<end]), as: UTF8.self)
                if let value = replacement(name) {
                    if !changed { output.reserveCapacity(count + value.utf8.count) }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                    output.append(contentsOf: value.utf8)
                    copied = end + 2
                    changed = true
                }
                index = end + 2
            }
            if changed { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<count])) }
        }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }
}

/// How far one piece of text may grow while its `{{variables}}` are resolved, and how far a value
/// captured from an answer may be: a hostile or careless definition (`a = "{{a}}{{a}}{{a}}"`) or a
/// server's answer captured into a variable must not exhaust memory (`--max-resolved-size`).
public struct ResolutionLimits: Sendable, Equatable {
    /// 1 MiB: far above any real URL, header or templated body, far below harm.
    public static let defaultMaximumBytes = 1 << 20
    /// Replacements in one text, across all passes.
    public static let defaultMaximumSubstitutions = 100_000

    /// The most bytes (UTF-8) a resolved text or a captured value may have.
    public var maximumBytes: Int
    /// The most `{{references}}` one text may have replaced.
    public var maximumSubstitutions: Int

    public init(
        maximumBytes: Int = ResolutionLimits.defaultMaximumBytes,
        maximumSubstitutions: Int = ResolutionLimits.defaultMaximumSubstitutions
    ) {
        self.maximumBytes = maximumBytes
        self.maximumSubstitutions = maximumSubstitutions
    }

    /// `1048576`, `512KiB`, `1MiB`, `2MB` (as MiB), `64k`; nil for anything else or for 0.
    public static func bytes(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = trimmed.prefix { $0.isNumber }
        guard let number = Int(digits), number > 0 else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let scale: Int
        switch unit {
        case "", "b": scale = 1
        case "k", "kb", "kib": scale = 1 << 10
        case "m", "mb", "mib": scale = 1 << 20
        case "g", "gb", "gib": scale = 1 << 30
        default: return nil
        }
        let (product, overflow) = number.multipliedReportingOverflow(by: scale)
        return overflow ? nil : product
    }

    /// `1 MiB`, `512 KiB`, `1000 bytes`, as messages say it.
    public static func describe(_ bytes: Int) -> String {
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
