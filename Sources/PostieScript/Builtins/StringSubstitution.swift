/// A replacement template of `replace`/`replaceAll` read once into its parts (ECMA-262 §22.1.3.19.1
/// GetSubstitution): `$$`, `$&`, `` $` ``, `$'`, `$1`…`$99` and `$<name>`.
struct ReplacementTemplate {
    enum Part {
        /// Template code units `start..<end`.
        case literal(Int, Int)
        case matched
        case before
        case after
        /// A capture group, 1-based.
        case capture(Int)
        case named([UInt16])
    }

    let units: [UInt16]
    private(set) var parts: [Part] = []
    /// The template has no `$`: the replacement is the template itself.
    let isLiteral: Bool

    /// Parses `template` for a match with `captureCount` groups; `$<` is a reference only when the
    /// match has named groups.
    init(_ template: JSString, captureCount: Int, hasNamedCaptures: Bool) {
        units = template.units
        isLiteral = !units.contains(0x24)
        guard !isLiteral else { return }
        var literalStart = 0
        var index = 0
        let count = units.count
        func flush(_ end: Int) {
            if end > literalStart { parts.append(.literal(literalStart, end)) }
        }
        while index < count {
            guard units[index] == 0x24, index + 1 < count else {
                index += 1
                continue
            }
            let next = units[index + 1]
            switch next {
            case 0x24:
                flush(index)
                parts.append(.literal(index, index + 1))
                index += 2
                literalStart = index
            case 0x26:
                flush(index)
                parts.append(.matched)
                index += 2
                literalStart = index
            case 0x60:
                flush(index)
                parts.append(.before)
                index += 2
                literalStart = index
            case 0x27:
                flush(index)
                parts.append(.after)
                index += 2
                literalStart = index
            case 0x30...0x39:
                var digitCount = index + 2 < count && (0x30...0x39).contains(units[index + 2]) ? 2 : 1
                var value = Int(next - 0x30)
                if digitCount == 2 {
                    let twoDigit = value * 10 + Int(units[index + 2] - 0x30)
                    if twoDigit > captureCount { digitCount = 1 } else { value = twoDigit }
                }
                if value >= 1 && value <= captureCount {
                    flush(index)
                    parts.append(.capture(value))
                    index += 1 + digitCount
                    literalStart = index
                } else {
                    index += 1 + digitCount
                }
            case 0x3C where hasNamedCaptures:
                var close = index + 2
                while close < count && units[close] != 0x3E { close += 1 }
                if close >= count {
                    index += 2
                } else {
                    flush(index)
                    parts.append(.named(Array(units[(index + 2)..<close])))
                    index = close + 1
                    literalStart = index
                }
            default:
                index += 1
            }
        }
        flush(count)
    }

    /// Appends the replacement for a match of a built-in regular expression, whose capture offsets
    /// are `offsets` into `input`.
    func expand(into output: inout [UInt16], input: UnsafeBufferPointer<UInt16>, offsets: [Int], program: RegExpProgram) {
        if isLiteral {
            output.append(contentsOf: units)
            return
        }
        let position = offsets[0]
        let end = offsets[1]
        for part in parts {
            switch part {
            case .literal(let start, let stop): output.append(contentsOf: units[start..<stop])
            case .matched: output.append(contentsOf: input[position..<end])
            case .before: output.append(contentsOf: input[0..<position])
            case .after: if end < input.count { output.append(contentsOf: input[end...]) }
            case .capture(let group):
                let start = offsets[2 * group]
                if start >= 0 { output.append(contentsOf: input[start..<offsets[2 * group + 1]]) }
            case .named(let name):
                // The groups object has exactly the named groups; any other name reads undefined.
                if let group = program.groupNames.first(where: { $0.name == name })?.index {
                    let start = offsets[2 * group]
                    if start >= 0 { output.append(contentsOf: input[start..<offsets[2 * group + 1]]) }
                }
            }
        }
    }

    /// Appends GetSubstitution(matched, str, position, captures, namedCaptures, template) for any
    /// match result: `captures` hold strings or undefined, `namedCaptures` an object or undefined.
    func expand(
        into output: inout [UInt16], _ rt: ScriptRuntime, matched: JSString, input: [UInt16], position: Int,
        captures: [JSValue], namedCaptures: JSValue
    ) throws(JSException) {
        if isLiteral {
            output.append(contentsOf: units)
            return
        }
        let stringLength = input.count
        let tail = min(position + matched.count, stringLength)
        for part in parts {
            switch part {
            case .literal(let start, let stop): output.append(contentsOf: units[start..<stop])
            case .matched: output.append(contentsOf: matched.units)
            case .before: output.append(contentsOf: input[0..<min(position, stringLength)])
            case .after: if tail < stringLength { output.append(contentsOf: input[tail...]) }
            case .capture(let group):
                if group <= captures.count, case .string(let capture) = captures[group - 1] {
                    output.append(contentsOf: capture.units)
                }
            case .named(let name):
                guard case .object(let groups) = namedCaptures else { continue }
                let value = try groups.get(rt.propertyKey(JSString(units: name)), rt)
                if !value.isUndefined { output.append(contentsOf: try rt.toJSString(value).units) }
            }
        }
    }
}
