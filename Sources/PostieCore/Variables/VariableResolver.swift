/// Replaces `{{name}}` references in text as Postman does.
///
/// Each pass replaces every reference it can; references whose values hold references are resolved by
/// the next pass, up to 19 passes (postman-collection's limit). A reference nothing defines stays in
/// the text as written and is reported. `{{$name}}` is a dynamic variable unless a scope defines `$name`.
public struct VariableResolver: Sendable {
    /// Postman's bound on nested resolution.
    public static let maximumPasses = 19

    public var context: VariableContext
    public var dynamicVariables: DynamicVariables

    public init(context: VariableContext, dynamicVariables: DynamicVariables = DynamicVariables()) {
        self.context = context
        self.dynamicVariables = dynamicVariables
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
    }

    /// Resolves every reference in `text`.
    public func resolve(_ text: String) -> Resolution {
        var resolution = Resolution(text: text)
        guard text.contains("{{") else { return resolution }
        var current = text
        for pass in 1...Self.maximumPasses {
            var replacedAny = false
            current = Self.replaceReferences(in: current) { name in
                if let value = context.lookup(name) {
                    replacedAny = true
                    if value.isSecret { resolution.usedSecret = true }
                    return value.value
                }
                if name.hasPrefix("$"), let generated = dynamicVariables.value(for: name) {
                    replacedAny = true
                    return generated
                }
                return nil
            }
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

    /// The names referenced in `text`, in order, repeats included.
    public static func references(in text: String) -> [String] {
        var names: [String] = []
        _ = replaceReferences(in: text) { name in
            names.append(name)
            return nil
        }
        return names
    }

    /// Calls `replacement` for each `{{name}}` (name without `{` or `}`, as postman-collection's
    /// `/\{\{([^{}]*?)}}/g`) and splices in what it returns; nil keeps the reference as written.
    static func replaceReferences(in text: String, _ replacement: (String) -> String?) -> String {
        let utf8 = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var index = 0
        var changed = false
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "{"), index + 1 < utf8.count, utf8[index + 1] == UInt8(ascii: "{") {
                // Find the name: no braces until "}}".
                var end = index + 2
                var valid = true
                while end < utf8.count {
                    let byte = utf8[end]
                    if byte == UInt8(ascii: "}") { break }
                    if byte == UInt8(ascii: "{") {
                        valid = false
                        break
                    }
                    end += 1
                }
                if valid, end + 1 < utf8.count, utf8[end + 1] == UInt8(ascii: "}") {
                    let name = String(decoding: utf8[(index + 2)..<end], as: UTF8.self)
                    if let value = replacement(name) {
                        output.append(contentsOf: Array(value.utf8))
                        changed = true
                    } else {
                        output.append(contentsOf: utf8[index...(end + 1)])
                    }
                    index = end + 2
                    continue
                }
                // "{{" that does not open a reference: keep one brace and look again from the next.
                output.append(utf8[index])
                index += 1
                continue
            }
            output.append(utf8[index])
            index += 1
        }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }
}
