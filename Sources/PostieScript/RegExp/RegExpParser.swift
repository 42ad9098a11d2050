// Pattern → node tree, with the early errors of ECMA-262 §22.2.1 and the Annex B §B.1.2 leniencies
// of the non-u grammar, reported with V8's messages.

/// One node of a parsed pattern; children are indices into `RegExpTree.nodes`.
enum RegExpNode: Sendable {
    /// Matches the empty string.
    case empty
    /// One character: a code unit without u, a code point with u.
    case character(UInt32)
    /// A class or class escape: the listed set, or its complement when `inverted`.
    case characterClass(RegExpCodePointSet, inverted: Bool)
    /// `.`: any character but line terminators (any at all with s).
    case dot
    /// Terms matched one after another.
    case sequence([Int])
    /// Alternatives tried in order.
    case alternation([Int])
    /// A capturing group with its 1-based index.
    case capture(index: Int, body: Int)
    /// `(?=…)`, `(?!…)`, `(?<=…)`, `(?<!…)`.
    case lookaround(behind: Bool, negative: Bool, body: Int)
    /// A quantified atom; the captures with indices in `captures` are reset at each iteration.
    case quantified(body: Int, min: Int, max: Int, greedy: Bool, captures: Range<Int>)
    /// `\1`…: a backreference by group index.
    case backreference(Int)
    /// `^`, `$`, `\b`, `\B`.
    case assertion(RegExpAssertion)
}

/// The zero-width assertions that are not lookarounds.
enum RegExpAssertion: Sendable {
    case start, end, wordBoundary, notWordBoundary
}

/// The reasons of V8's regular expression syntax errors, worded exactly as V8 words them.
enum RegExpSyntaxReason: String, Sendable {
    case duplicateGroupName = "Duplicate capture group name"
    case escapeAtEndOfPattern = "\\ at end of pattern"
    case incompleteQuantifier = "Incomplete quantifier"
    case invalidCharacterClass = "Invalid character class"
    case invalidClassEscape = "Invalid class escape"
    case invalidDecimalEscape = "Invalid decimal escape"
    case invalidEscape = "Invalid escape"
    case invalidGroup = "Invalid group"
    case invalidGroupName = "Invalid capture group name"
    case invalidNamedCaptureReferenced = "Invalid named capture referenced"
    case invalidNamedReference = "Invalid named reference"
    case invalidPropertyName = "Invalid property name"
    case invalidPropertyNameInClass = "Invalid property name in character class"
    case invalidQuantifier = "Invalid quantifier"
    case invalidUnicodeEscape = "Invalid Unicode escape"
    case loneQuantifierBrackets = "Lone quantifier brackets"
    case nothingToRepeat = "Nothing to repeat"
    case quantifierOutOfOrder = "numbers out of order in {} quantifier"
    case rangeOutOfOrder = "Range out of order in character class"
    case tooLarge = "Regular expression too large"
    case tooManyCaptures = "Too many captures"
    case unmatchedParenthesis = "Unmatched ')'"
    case unterminatedCharacterClass = "Unterminated character class"
    case unterminatedGroup = "Unterminated group"
}

/// A parsed pattern.
struct RegExpTree: Sendable {
    var nodes: [RegExpNode]
    var root: Int
    var captureCount: Int
    var groupNames: [(name: [UInt16], index: Int)]
}

/// Parser for ECMA-262 §22.2.1 Pattern, with the Annex B grammar when u is absent.
///
/// Groups are tracked on an explicit stack and every later pass walks the node array, so no Swift
/// recursion grows with the pattern; nesting is still limited to `maximumNestingDepth` groups.
struct RegExpParser {
    /// Deepest nesting of groups and lookarounds accepted.
    static let maximumNestingDepth = 10_000
    /// Most capture groups accepted (V8's limit).
    static let maximumCaptureCount = 65535

    private let pattern: [UInt16]
    private let unicode: Bool
    private let ignoreCase: Bool
    private let displayFlags: String
    private var index = 0
    private var nodes: [RegExpNode] = []
    private var captureCount = 0
    private var groupNames: [(name: [UInt16], index: Int)] = []
    /// Named references seen, resolved once the whole pattern is known: node index and name.
    private var namedReferences: [(node: Int, name: [UInt16])] = []
    /// Whether the pattern contains a named group (the [+N] grammar parameter).
    private let namedGroupsEnabled: Bool
    /// Capture groups in the whole pattern, for deciding whether `\N` is a backreference (Annex B).
    private let totalCaptureCount: Int

    /// Parses `pattern` (the source as UTF-16 code units) under the given flags.
    static func parse(pattern: [UInt16], flags: RegExpFlags) throws(RegExpSyntaxError) -> RegExpTree {
        var parser = RegExpParser(pattern: pattern, flags: flags)
        return try parser.parsePattern()
    }

    private init(pattern: [UInt16], flags: RegExpFlags) {
        self.pattern = pattern
        self.unicode = flags.contains(.unicode)
        self.ignoreCase = flags.contains(.ignoreCase)
        self.displayFlags = flags.description
        let scan = Self.scanCaptures(pattern)
        self.totalCaptureCount = scan.count
        self.namedGroupsEnabled = unicode || scan.hasNamedGroups
    }

    // MARK: - Errors

    private func error(_ reason: RegExpSyntaxReason) -> RegExpSyntaxError {
        RegExpSyntaxError(pattern: pattern, flags: displayFlags, reason: reason.rawValue)
    }

    // MARK: - Reading

    /// The code unit at `index + offset`, or nil past the end.
    private func unit(_ offset: Int = 0) -> UInt16? {
        let position = index + offset
        return position < pattern.count ? pattern[position] : nil
    }

    private func unitIs(_ offset: Int, _ scalar: Unicode.Scalar) -> Bool {
        unit(offset) == UInt16(scalar.value)
    }

    /// Reads one source character: a code point with u (surrogate pairs joined), a code unit without.
    private mutating func readCharacter() -> UInt32 {
        let first = pattern[index]
        index += 1
        if unicode, RegExpUTF16.isLead(first), index < pattern.count, RegExpUTF16.isTrail(pattern[index]) {
            let second = pattern[index]
            index += 1
            return RegExpUTF16.combine(first, second)
        }
        return UInt32(first)
    }

    private mutating func append(_ node: RegExpNode) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    // MARK: - Pre-scan

    /// Counts capture groups and notes named groups before parsing (as V8's ScanForCaptures does), since
    /// both decide how earlier escapes are read.
    private static func scanCaptures(_ pattern: [UInt16]) -> (count: Int, hasNamedGroups: Bool) {
        var count = 0
        var named = false
        var position = 0
        let length = pattern.count
        while position < length {
            let unit = pattern[position]
            if unit == 0x5C {  // '\'
                position += 2
                continue
            }
            if unit == 0x5B {  // '['
                position += 1
                while position < length {
                    let inner = pattern[position]
                    position += 1
                    if inner == 0x5C {
                        position += 1
                    } else if inner == 0x5D {
                        break
                    }
                }
                continue
            }
            if unit == 0x28 {  // '('
                if position + 1 < length, pattern[position + 1] == 0x3F {  // '?'
                    if position + 3 < length, pattern[position + 2] == 0x3C,
                       pattern[position + 3] != 0x3D, pattern[position + 3] != 0x21
                    {
                        count += 1
                        named = true
                    }
                } else {
                    count += 1
                }
            }
            position += 1
        }
        return (count, named)
    }

    // MARK: - Structure

    /// What opened a group that is still being parsed.
    private enum GroupOpening {
        case root
        case nonCapturing
        case capture(Int)
        case lookaround(behind: Bool, negative: Bool)
    }

    /// A group whose `)` has not been read yet.
    private struct OpenGroup {
        var opening: GroupOpening
        var alternatives: [Int] = []
        var terms: [Int] = []
        /// Captures opened before this group (the first one a quantifier on the group resets is the next).
        var capturesBefore: Int
    }

    /// Parses Pattern with an explicit stack of open groups, so nesting costs no Swift stack.
    private mutating func parsePattern() throws(RegExpSyntaxError) -> RegExpTree {
        var open = [OpenGroup(opening: .root, capturesBefore: 0)]
        while let current = unit() {
            switch current {
            case 0x7C:  // |
                index += 1
                finishAlternative(&open[open.count - 1])
            case 0x29:  // )
                if open.count == 1 { throw error(.unmatchedParenthesis) }
                index += 1
                var group = open.removeLast()
                let body = finishDisjunction(&group)
                var atom = body
                var invalidQuantifier = false
                switch group.opening {
                case .root, .nonCapturing:
                    break
                case .capture(let captureIndex):
                    atom = append(.capture(index: captureIndex, body: body))
                case .lookaround(let behind, let negative):
                    atom = append(.lookaround(behind: behind, negative: negative, body: body))
                    // Annex B makes lookaheads quantifiable without u; lookbehinds never are.
                    invalidQuantifier = behind || unicode
                }
                let term = try quantify(atom, capturesBefore: group.capturesBefore, invalidQuantifier: invalidQuantifier)
                open[open.count - 1].terms.append(term)
            case 0x28:  // (
                let capturesBefore = captureCount
                let opening = try parseGroupOpening()
                if open.count > Self.maximumNestingDepth { throw error(.tooLarge) }
                open.append(OpenGroup(opening: opening, capturesBefore: capturesBefore))
            default:
                if let term = try parseTerm() { open[open.count - 1].terms.append(term) }
            }
        }
        if open.count > 1 { throw error(.unterminatedGroup) }
        let root = finishDisjunction(&open[0])
        for reference in namedReferences {
            guard let group = groupNames.first(where: { $0.name == reference.name }) else {
                throw error(.invalidNamedCaptureReferenced)
            }
            nodes[reference.node] = .backreference(group.index)
        }
        return RegExpTree(nodes: nodes, root: root, captureCount: captureCount, groupNames: groupNames)
    }

    /// Ends the current alternative of `group` (at `|`, `)` or the end).
    private mutating func finishAlternative(_ group: inout OpenGroup) {
        switch group.terms.count {
        case 0: group.alternatives.append(append(.empty))
        case 1: group.alternatives.append(group.terms[0])
        default: group.alternatives.append(append(.sequence(group.terms)))
        }
        group.terms.removeAll()
    }

    /// Ends the disjunction of `group`, returning its node.
    private mutating func finishDisjunction(_ group: inout OpenGroup) -> Int {
        finishAlternative(&group)
        if group.alternatives.count == 1 { return group.alternatives[0] }
        return append(.alternation(group.alternatives))
    }

    /// Parses one term that does not open a group (an assertion, or an atom with its quantifier); nil
    /// for a term that needs no node.
    private mutating func parseTerm() throws(RegExpSyntaxError) -> Int? {
        guard let current = unit() else { return nil }
        let capturesBefore = captureCount
        var atom: Int
        switch current {
        case 0x5E:  // ^
            index += 1
            return append(.assertion(.start))
        case 0x24:  // $
            index += 1
            return append(.assertion(.end))
        case 0x5C:  // backslash
            if unitIs(1, "b") || unitIs(1, "B") {
                let negated = unitIs(1, "B")
                index += 2
                return append(.assertion(negated ? .notWordBoundary : .wordBoundary))
            }
            atom = try parseAtomEscape()
        case 0x2A, 0x2B, 0x3F:  // * + ?
            throw error(.nothingToRepeat)
        case 0x7B:  // {
            if quantifierBracesAhead() { throw error(.nothingToRepeat) }
            if unicode { throw error(.loneQuantifierBrackets) }
            index += 1
            atom = append(.character(0x7B))
        case 0x7D, 0x5D:  // } ]
            if unicode { throw error(.loneQuantifierBrackets) }
            index += 1
            atom = append(.character(UInt32(current)))
        case 0x5B:  // [
            atom = try parseClass()
        case 0x2E:  // .
            index += 1
            atom = append(.dot)
        default:
            atom = append(.character(readCharacter()))
        }
        return try quantify(atom, capturesBefore: capturesBefore, invalidQuantifier: false)
    }

    /// Wraps `atom` in the quantifier that follows it, if any.
    private mutating func quantify(
        _ atom: Int, capturesBefore: Int, invalidQuantifier: Bool
    ) throws(RegExpSyntaxError) -> Int {
        guard let quantifier = try parseQuantifier() else { return atom }
        if invalidQuantifier { throw error(.invalidQuantifier) }
        return append(.quantified(
            body: atom, min: quantifier.min, max: quantifier.max, greedy: quantifier.greedy,
            captures: (capturesBefore + 1)..<(captureCount + 1)))
    }

    /// Reads `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` or `(?<name>`.
    private mutating func parseGroupOpening() throws(RegExpSyntaxError) -> GroupOpening {
        index += 1  // (
        guard unitIs(0, "?") else { return .capture(try newCaptureIndex()) }
        guard let next = unit(1) else { throw error(.invalidGroup) }
        switch next {
        case 0x3A:  // :
            index += 2
            return .nonCapturing
        case 0x3D, 0x21:  // = !
            index += 2
            return .lookaround(behind: false, negative: next == 0x21)
        case 0x3C:  // <
            if unitIs(2, "=") || unitIs(2, "!") {
                let negative = unitIs(2, "!")
                index += 3
                return .lookaround(behind: true, negative: negative)
            }
            index += 2
            let name = try parseGroupName()
            if groupNames.contains(where: { $0.name == name }) { throw error(.duplicateGroupName) }
            let captureIndex = try newCaptureIndex()
            groupNames.append((name, captureIndex))
            return .capture(captureIndex)
        default:
            throw error(.invalidGroup)
        }
    }

    private mutating func newCaptureIndex() throws(RegExpSyntaxError) -> Int {
        captureCount += 1
        if captureCount > Self.maximumCaptureCount { throw error(.tooManyCaptures) }
        return captureCount
    }

    // MARK: - Quantifiers

    private struct Quantifier {
        var min: Int
        var max: Int
        var greedy: Bool
    }

    /// Quantifier counts are clamped to V8's limit (2^31 - 1, which stands for infinity as a maximum).
    static let infinity = Int(Int32.max)

    private mutating func parseQuantifier() throws(RegExpSyntaxError) -> Quantifier? {
        guard let current = unit() else { return nil }
        var quantifier: Quantifier
        switch current {
        case 0x2A:
            index += 1
            quantifier = Quantifier(min: 0, max: Self.infinity, greedy: true)
        case 0x2B:
            index += 1
            quantifier = Quantifier(min: 1, max: Self.infinity, greedy: true)
        case 0x3F:
            index += 1
            quantifier = Quantifier(min: 0, max: 1, greedy: true)
        case 0x7B:
            guard let braces = readQuantifierBraces() else {
                if unicode { throw error(.incompleteQuantifier) }
                return nil
            }
            if braces.max < braces.min { throw error(.quantifierOutOfOrder) }
            quantifier = Quantifier(min: braces.min, max: braces.max, greedy: true)
        default:
            return nil
        }
        if unitIs(0, "?") {
            index += 1
            quantifier.greedy = false
        }
        return quantifier
    }

    private func quantifierBracesAhead() -> Bool {
        var copy = self
        return copy.readQuantifierBraces() != nil
    }

    /// Reads `{n}`, `{n,}` or `{n,m}` at the current position; nil (position unchanged) otherwise.
    private mutating func readQuantifierBraces() -> (min: Int, max: Int)? {
        let start = index
        index += 1
        guard let minimum = readDecimal() else {
            index = start
            return nil
        }
        var maximum = minimum
        if unitIs(0, ",") {
            index += 1
            if unitIs(0, "}") {
                maximum = Self.infinity
            } else if let value = readDecimal() {
                maximum = value
            } else {
                index = start
                return nil
            }
        }
        guard unitIs(0, "}") else {
            index = start
            return nil
        }
        index += 1
        return (minimum, maximum)
    }

    /// Reads decimal digits, clamping the value to `infinity`.
    private mutating func readDecimal() -> Int? {
        var value = 0
        var any = false
        while let digit = unit(), digit >= 0x30, digit <= 0x39 {
            any = true
            value = min(value * 10 + Int(digit - 0x30), Self.infinity)
            index += 1
        }
        return any ? value : nil
    }

    // MARK: - Escapes outside classes

    /// Parses `\…` outside a class (not `\b`/`\B`), ECMA-262 §22.2.1 AtomEscape with Annex B.
    private mutating func parseAtomEscape() throws(RegExpSyntaxError) -> Int {
        index += 1  // backslash
        guard let current = unit() else { throw error(.escapeAtEndOfPattern) }
        switch current {
        case 0x31...0x39:  // 1-9
            let start = index
            let value = readDecimal() ?? 0
            if value <= totalCaptureCount { return append(.backreference(value)) }
            if unicode { throw error(.invalidEscape) }
            index = start
            if current >= 0x38 {  // \8 \9: identity escapes
                index += 1
                return append(.character(UInt32(current)))
            }
            return append(.character(readLegacyOctal()))
        case 0x30:  // 0
            index += 1
            if let next = unit(), next >= 0x30, next <= 0x39 {
                if unicode { throw error(.invalidDecimalEscape) }
                index -= 1
                return append(.character(readLegacyOctal()))
            }
            return append(.character(0))
        case 0x6B:  // k
            if namedGroupsEnabled {
                index += 1
                guard unitIs(0, "<") else { throw error(.invalidNamedReference) }
                index += 1
                let name = try parseGroupName()
                let node = append(.empty)
                namedReferences.append((node, name))
                return node
            }
            index += 1
            return append(.character(0x6B))
        case 0x64, 0x44, 0x73, 0x53, 0x77, 0x57:  // d D s S w W
            index += 1
            // A class escape is a set: \D \S \W are complements before any case closure.
            let (set, inverted) = classEscapeSet(current)
            return append(.characterClass(inverted ? set.complement(maximum: domainMaximum) : set, inverted: false))
        case 0x70, 0x50:  // p P
            if unicode {
                index += 1
                let set = try parsePropertyEscape(inClass: false)
                let members = current == 0x50 ? set.complement(maximum: RegExpCodePointSet.unicodeMaximum) : set
                return append(.characterClass(members, inverted: false))
            }
            index += 1
            return append(.character(UInt32(current)))
        default:
            return append(.character(try parseCharacterEscape(inClass: false)))
        }
    }

    /// Reads a legacy octal escape (Annex B LegacyOctalEscapeSequence) at the current position, which
    /// holds an octal digit: up to three digits, value at most 0o377.
    private mutating func readLegacyOctal() -> UInt32 {
        guard let first = unit(), first >= 0x30, first <= 0x37 else { return 0 }
        index += 1
        var value = UInt32(first - 0x30)
        if let second = unit(), second >= 0x30, second <= 0x37 {
            index += 1
            value = value * 8 + UInt32(second - 0x30)
            if first <= 0x33, let third = unit(), third >= 0x30, third <= 0x37 {
                index += 1
                value = value * 8 + UInt32(third - 0x30)
            }
        }
        return value
    }

    /// The set of a class escape letter (d D s S w W) and whether it is the complement.
    private func classEscapeSet(_ letter: UInt16) -> (RegExpCodePointSet, Bool) {
        switch letter {
        case 0x64: return (RegExpStandardSets.digits, false)
        case 0x44: return (RegExpStandardSets.digits, true)
        case 0x73: return (RegExpStandardSets.whiteSpace, false)
        case 0x53: return (RegExpStandardSets.whiteSpace, true)
        case 0x77: return (wordCharacters, false)
        default: return (wordCharacters, true)
        }
    }

    private var domainMaximum: UInt32 { unicode ? RegExpCodePointSet.unicodeMaximum : RegExpCodePointSet.unitMaximum }

    private var wordCharacters: RegExpCodePointSet {
        unicode && ignoreCase
            ? RegExpStandardSets.unicodeIgnoreCaseWordCharacters : RegExpStandardSets.basicWordCharacters
    }

    /// Parses CharacterEscape (ECMA-262 §22.2.1 with Annex B) after the backslash; the current unit exists.
    private mutating func parseCharacterEscape(inClass: Bool) throws(RegExpSyntaxError) -> UInt32 {
        let current = pattern[index]
        switch current {
        case 0x66: index += 1; return 0x0C  // f
        case 0x6E: index += 1; return 0x0A  // n
        case 0x72: index += 1; return 0x0D  // r
        case 0x74: index += 1; return 0x09  // t
        case 0x76: index += 1; return 0x0B  // v
        case 0x63:  // c
            if let letter = unit(1), (letter | 0x20) >= 0x61, (letter | 0x20) <= 0x7A {
                index += 2
                return UInt32(letter % 32)
            }
            if inClass, !unicode, let other = unit(1), (other >= 0x30 && other <= 0x39) || other == 0x5F {
                index += 2
                return UInt32(other % 32)
            }
            if unicode { throw error(.invalidUnicodeEscape) }
            // Annex B: "\c" not followed by a control letter is a literal backslash; the c is read next.
            return 0x5C
        case 0x78:  // x
            index += 1
            if let high = unit().flatMap(Self.hexValue), let low = unit(1).flatMap(Self.hexValue) {
                index += 2
                return UInt32(high * 16 + low)
            }
            if unicode { throw error(.invalidEscape) }
            return 0x78
        case 0x75:  // u
            index += 1
            if let value = try readUnicodeEscapeBody(unicodeMode: unicode) { return value }
            if unicode { throw error(.invalidUnicodeEscape) }
            return 0x75
        case 0x30 where inClass:  // \0 inside a class
            index += 1
            if let next = unit(), next >= 0x30, next <= 0x39 {
                if unicode { throw error(.invalidClassEscape) }
                index -= 1
                return readLegacyOctal()
            }
            return 0
        case 0x31...0x39 where inClass:
            if unicode { throw error(current >= 0x38 ? .invalidEscape : .invalidClassEscape) }
            if current >= 0x38 {
                index += 1
                return UInt32(current)
            }
            return readLegacyOctal()
        default:
            if unicode {
                // IdentityEscape[+U]: SyntaxCharacter or '/', and '-' inside a class.
                if Self.isSyntaxCharacter(current) || current == 0x2F || (inClass && current == 0x2D) {
                    index += 1
                    return UInt32(current)
                }
                throw error(.invalidEscape)
            }
            if current == 0x6B, namedGroupsEnabled {
                // [+N] SourceCharacterIdentityEscape excludes k.
                throw error(.invalidEscape)
            }
            return readCharacter()
        }
    }

    /// Reads what follows `\u`: `XXXX` (joined with a following `\uXXXX` trail surrogate in u mode) or,
    /// in u mode, `{X…}`. Returns nil (position unchanged) when the text is not such an escape.
    private mutating func readUnicodeEscapeBody(unicodeMode: Bool) throws(RegExpSyntaxError) -> UInt32? {
        let start = index
        if unicodeMode, unitIs(0, "{") {
            index += 1
            var value: UInt32 = 0
            var digits = 0
            while let digit = unit().flatMap(Self.hexValue) {
                value = value * 16 + UInt32(digit)
                digits += 1
                index += 1
                if value > 0x10FFFF {
                    index = start
                    return nil
                }
            }
            guard digits > 0, unitIs(0, "}") else {
                index = start
                return nil
            }
            index += 1
            return value
        }
        guard let value = readFourHexDigits() else { return nil }
        if unicodeMode, value & 0xFC00 == 0xD800, unitIs(0, "\\"), unitIs(1, "u") {
            let afterLead = index
            index += 2
            if let trail = readFourHexDigits(), trail & 0xFC00 == 0xDC00 {
                return RegExpUTF16.combine(UInt16(value), UInt16(trail))
            }
            index = afterLead
        }
        return value
    }

    private mutating func readFourHexDigits() -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = unit(offset).flatMap(Self.hexValue) else { return nil }
            value = value * 16 + UInt32(digit)
        }
        index += 4
        return value
    }

    private static func hexValue(_ unit: UInt16) -> Int? {
        switch unit {
        case 0x30...0x39: return Int(unit - 0x30)
        case 0x41...0x46: return Int(unit - 0x41 + 10)
        case 0x61...0x66: return Int(unit - 0x61 + 10)
        default: return nil
        }
    }

    /// ECMA-262 §22.2.1 SyntaxCharacter: `^ $ \ . * + ? ( ) [ ] { } |`.
    private static func isSyntaxCharacter(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x5E, 0x24, 0x5C, 0x2E, 0x2A, 0x2B, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x7C: return true
        default: return false
        }
    }

    // MARK: - Group names

    /// Parses RegExpIdentifierName and the closing `>` (the `<` is already consumed).
    private mutating func parseGroupName() throws(RegExpSyntaxError) -> [UInt16] {
        var name: [UInt16] = []
        var first = true
        while true {
            guard let current = unit() else { throw error(.invalidGroupName) }
            if current == 0x3E {  // >
                index += 1
                break
            }
            var value: UInt32
            if current == 0x5C {  // \u escape, always with the u-mode syntax
                index += 1
                guard unitIs(0, "u") else { throw error(.invalidGroupName) }
                index += 1
                guard let escaped = try readUnicodeEscapeBody(unicodeMode: true) else {
                    throw error(.invalidGroupName)
                }
                value = escaped
            } else {
                index += 1
                value = UInt32(current)
                if RegExpUTF16.isLead(current), let next = unit(), RegExpUTF16.isTrail(next) {
                    index += 1
                    value = RegExpUTF16.combine(current, next)
                }
            }
            guard Self.isIdentifierCharacter(value, first: first) else { throw error(.invalidGroupName) }
            name.append(contentsOf: RegExpUTF16.units(of: value))
            first = false
        }
        if name.isEmpty { throw error(.invalidGroupName) }
        return name
    }

    /// RegExpIdentifierStart / RegExpIdentifierPart: ID_Start or `$ _` (and ID_Continue, ZWNJ, ZWJ after).
    private static func isIdentifierCharacter(_ value: UInt32, first: Bool) -> Bool {
        if value == 0x24 || value == 0x5F { return true }
        if !first, value == 0x200C || value == 0x200D { return true }
        if value < 0x80 {
            let letter = (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
            return first ? letter : letter || (value >= 0x30 && value <= 0x39)
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return first ? scalar.properties.isIDStart : scalar.properties.isIDContinue
    }

    // MARK: - Classes

    /// Parses `[…]`, ECMA-262 §22.2.1 CharacterClass with Annex B ClassAtom rules.
    private mutating func parseClass() throws(RegExpSyntaxError) -> Int {
        index += 1  // [
        var inverted = false
        if unitIs(0, "^") {
            index += 1
            inverted = true
        }
        var set = RegExpCodePointSet()
        while true {
            guard let current = unit() else { throw error(.unterminatedCharacterClass) }
            if current == 0x5D {  // ]
                index += 1
                break
            }
            let first = try parseClassAtom()
            if unitIs(0, "-"), let afterDash = unit(1), afterDash != 0x5D {
                index += 1  // -
                let second = try parseClassAtom()
                switch (first, second) {
                case let (.character(low), .character(high)):
                    if low > high { throw error(.rangeOutOfOrder) }
                    set.insert(low: low, high: high)
                default:
                    if unicode { throw error(.invalidCharacterClass) }
                    add(first, to: &set)
                    set.insert(0x2D)
                    add(second, to: &set)
                }
            } else {
                add(first, to: &set)
            }
        }
        set.normalize()
        return append(.characterClass(set, inverted: inverted))
    }

    private enum ClassAtom {
        case character(UInt32)
        case set(RegExpCodePointSet)
    }

    private func add(_ atom: ClassAtom, to set: inout RegExpCodePointSet) {
        switch atom {
        case .character(let value): set.insert(value)
        case .set(let members): set.insert(contentsOf: members)
        }
    }

    private mutating func parseClassAtom() throws(RegExpSyntaxError) -> ClassAtom {
        let current = pattern[index]
        guard current == 0x5C else { return .character(readCharacter()) }
        index += 1
        guard let escaped = unit() else { throw error(.escapeAtEndOfPattern) }
        switch escaped {
        case 0x62:  // \b is backspace inside a class
            index += 1
            return .character(0x08)
        case 0x2D where unicode:
            index += 1
            return .character(0x2D)
        case 0x64, 0x44, 0x73, 0x53, 0x77, 0x57:
            index += 1
            let (members, inverted) = classEscapeSet(escaped)
            return .set(inverted ? members.complement(maximum: domainMaximum) : members)
        case 0x70 where unicode, 0x50 where unicode:
            index += 1
            let members = try parsePropertyEscape(inClass: true)
            return .set(escaped == 0x50 ? members.complement(maximum: RegExpCodePointSet.unicodeMaximum) : members)
        case 0x6B where !unicode && !namedGroupsEnabled:
            index += 1
            return .character(0x6B)
        default:
            return .character(try parseCharacterEscape(inClass: true))
        }
    }

    // MARK: - Unicode properties

    /// Parses `{Name}` or `{Name=Value}` after `\p` / `\P` (u mode only).
    private mutating func parsePropertyEscape(inClass: Bool) throws(RegExpSyntaxError) -> RegExpCodePointSet {
        let message: RegExpSyntaxReason = inClass ? .invalidPropertyNameInClass : .invalidPropertyName
        guard unitIs(0, "{") else { throw error(message) }
        index += 1
        var name: [UInt16] = []
        var value: [UInt16]?
        while true {
            guard let current = unit() else { throw error(message) }
            index += 1
            if current == 0x7D { break }
            if current == 0x3D, value == nil {
                value = []
                continue
            }
            let isNameCharacter = (current | 0x20 >= 0x61 && current | 0x20 <= 0x7A)
                || (current >= 0x30 && current <= 0x39) || current == 0x5F
            guard isNameCharacter else { throw error(message) }
            if value != nil { value?.append(current) } else { name.append(current) }
        }
        let nameText = String(decoding: name, as: UTF16.self)
        let valueText = value.map { String(decoding: $0, as: UTF16.self) }
        guard let set = RegExpUnicodeProperties.set(name: nameText, value: valueText) else { throw error(message) }
        return set
    }
}
