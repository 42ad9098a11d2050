// Node tree → bytecode for the backtracking matcher. The instructions follow the matchers of
// ECMA-262 §22.2.2 (CompilePattern, CompileSubpattern, RepeatMatcher, BackreferenceMatcher …):
// lookbehind bodies are compiled with direction backward, quantified atoms reset their captures per
// iteration and refuse empty iterations once the minimum is reached.

/// One instruction: an opcode and up to three operands.
struct RegExpInstruction: Sendable {
    var opcode: RegExpOpcode
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = 0
}

/// The matcher's instructions. "Forward" reads the character at the position and advances; the
/// `…Backward` forms (lookbehind) read the character before the position and move left.
enum RegExpOpcode: UInt8, Sendable {
    /// Success: the whole match ends at the position.
    case match
    /// One code unit equal to `a`.
    case unit, unitBackward
    /// One code unit equal to `a` or `b`.
    case unit2, unit2Backward
    /// The code units `literals[a ..< a + b]`.
    case literal, literalBackward
    /// One character (a code point with u) in set `a`.
    case set, setBackward
    /// Any one character (a code point with u).
    case any, anyBackward
    /// `^` without m: at the input start.
    case assertStart
    /// `^` with m: at the input start or after a line terminator.
    case assertLineStart
    /// `$` without m.
    case assertEnd
    /// `$` with m.
    case assertLineEnd
    /// `\b`; `a` = 1 when the u+i word characters apply.
    case wordBoundary
    /// `\B`.
    case notWordBoundary
    /// Continue at `a`.
    case jump
    /// Try the next instruction; on failure resume at `a`.
    case split
    /// Try `a`; on failure resume at the next instruction.
    case splitJump
    /// Slot `a` = position (undone on backtracking).
    case savePosition
    /// Close capture group `a` whose start position is in slot `b`; `c` = 1 in a lookbehind.
    case captureClose
    /// Reset capture groups `a ..< b` to undefined.
    case resetCaptures
    /// Backreference to group `a`; `b` bit 0: backward, bit 1: ignore case.
    case backreference
    /// Counter slot `a` = 0.
    case loopInit
    /// Enter iteration of counted loop `b` (counter slot `a`): decides between the body and the exit.
    case loopHead
    /// End of an iteration of counted loop `b`: empty check against slot `c` (if ≥ 0), count, repeat.
    case loopTail
    /// Fail when the position equals slot `a` (an empty iteration of a `*` or `?` loop).
    case emptyCheck
    /// Start of a lookaround: slot `a` = stack height, exit at `b`, `c` = 1 when negative.
    case lookStart
    /// End of a lookaround body started with the same slot `a`; `c` = 1 when negative.
    case lookEnd
    /// Greedy loop over one character test: `simpleLoops[a]`.
    case greedy
    /// Lazy loop over one character test: `simpleLoops[a]`.
    case lazy
    /// Guard of an alternative: when the next code unit is not in set `a`, jump to `b` (fail if -1);
    /// `c` = 1 when the alternative may be entered without a backtrack point for the later ones.
    case alternativeGuard
}

/// A single-character test, shared by the loops over one character.
struct RegExpCharacterTest: Sendable {
    enum Kind: UInt8, Sendable { case unit, unit2, set, any }
    var kind: Kind
    var a: Int32
    var b: Int32
}

/// `X{min,max}` where X is one character and contains no capture.
struct RegExpSimpleLoop: Sendable {
    var test: RegExpCharacterTest
    var min: Int32
    var max: Int32
    /// What the continuation needs to read next (forward) or before (backward), when `hasHint`.
    var hint = RegExpCharacterTest(kind: .any, a: 0, b: 0)
    var hasHint = false
    /// The hint never accepts a character the loop accepts: only the longest run can continue, so the
    /// loop needs no backtrack entry.
    var hintExcludesLoop = false
    var backward: Bool
}

/// `X{min,max}` in general.
struct RegExpCountedLoop: Sendable {
    var min: Int32
    var max: Int32
    var greedy: Bool
    /// First instruction of the body and the instruction after the loop.
    var body: Int32
    var exit: Int32
    /// The `loopHead` instruction.
    var head: Int32
}

/// A character set prepared for matching: ASCII bitmap plus ranges of the non-ASCII part in `setBounds`.
struct RegExpCompiledSet: Sendable {
    var asciiLow: UInt64
    var asciiHigh: UInt64
    var boundsStart: Int32
    var rangeCount: Int32
}

/// A compiled program.
struct RegExpBytecode: Sendable {
    var instructions: [RegExpInstruction] = []
    var sets: [RegExpCompiledSet] = []
    var setBounds: [UInt32] = []
    var literals: [UInt16] = []
    var simpleLoops: [RegExpSimpleLoop] = []
    var countedLoops: [RegExpCountedLoop] = []
    /// Capture slots (2 per group, group 0 included) followed by registers.
    var slotCount = 0
    var captureCount = 0
    var unicode = false
    var ignoreCase = false
    /// Set of code units that can start a match (nil: any position may match).
    var firstUnits: Int32 = -1
    /// Leading literal code units of every match (used to find candidates quickly), possibly empty.
    var prefix: [UInt16] = []
    /// The pattern starts with `^` (without m) in every alternative.
    var anchoredAtStart = false
    /// A greedy loop with no maximum that every match runs first (only capture starts precede it), in a
    /// program without backreferences; -1 if none. When an attempt at p fails after that loop ran over
    /// [p, q), attempts at p+1 … q can only retry continuations already tried at the same positions with
    /// the same (unset) captures, so the search resumes at q + 1.
    var leadingLoop: Int32 = -1
}

/// Tree → bytecode.
///
/// The analyses run bottom-up over the node array (children always precede their parents) and emission
/// uses an explicit task stack, so no Swift recursion grows with the pattern.
struct RegExpCompiler {
    private let tree: RegExpTree
    private let unicode: Bool
    private let ignoreCase: Bool
    private let multiline: Bool
    private let dotAll: Bool
    private var code = RegExpBytecode()
    private var registerCount = 0
    private var setIndexByBounds: [[UInt32]: Int32] = [:]
    /// The sets behind `code.sets`, by index.
    private var setSources: [RegExpCodePointSet] = []

    /// Per node: the least number of code units it matches.
    private var minimumLengths: [Int] = []
    /// Per node: the code units a forward match can start with (nil: anything) and whether it can be empty.
    private var firsts: [(units: RegExpCodePointSet?, nullable: Bool)] = []
    /// Per node: the characters it matches when it always matches exactly one character and captures
    /// nothing (a character, class or dot, or an alternation of those, whose order cannot matter).
    private var characterSets: [RegExpCodePointSet?] = []
    /// Per node: every match starts with `^` (without m).
    private var startsAtInputStart: [Bool] = []
    /// Per node: a rough size of its code, to bound the unrolling of quantifiers.
    private var codeSizes: [Int] = []

    /// Quantifiers with a small minimum and body have their required iterations emitted one after
    /// another (`X{2,}` as `XXX*`), which needs no counter and lets a leading loop be found.
    private static let unrollLimit = 64

    /// Jump instructions to patch at the end of each alternation being emitted (innermost last).
    private var pendingJumps: [[Int]] = []
    /// For each alternation being emitted (innermost last): per alternative, whether it gets a guard and
    /// whether it may be entered without a backtrack point for the later alternatives.
    private var alternationPlans: [[(guarded: Bool, exclusive: Bool)]] = []

    /// Instruction indices and slot numbers share an Int32 with a 3-bit tag in backtrack entries.
    static let maximumProgramSize = 1 << 27

    /// Compiles `tree`; nil when the program would be too large for the matcher's encodings.
    static func compile(_ tree: RegExpTree, flags: RegExpFlags) -> RegExpBytecode? {
        var compiler = RegExpCompiler(tree: tree, flags: flags)
        compiler.run()
        let code = compiler.code
        if code.instructions.count >= maximumProgramSize || code.slotCount >= maximumProgramSize { return nil }
        return code
    }

    private init(tree: RegExpTree, flags: RegExpFlags) {
        self.tree = tree
        self.unicode = flags.contains(.unicode)
        self.ignoreCase = flags.contains(.ignoreCase)
        self.multiline = flags.contains(.multiline)
        self.dotAll = flags.contains(.dotAll)
        code.unicode = unicode
        code.ignoreCase = ignoreCase
        code.captureCount = tree.captureCount
    }

    private var domainMaximum: UInt32 { unicode ? RegExpCodePointSet.unicodeMaximum : RegExpCodePointSet.unitMaximum }

    private mutating func run() {
        analyse()
        emitPattern()
        append(RegExpInstruction(opcode: .match))
        code.slotCount = 2 * (tree.captureCount + 1) + registerCount
        addLoopHints()
        let first = firsts[tree.root]
        if !first.nullable, let units = first.units, units.elementCount < 0xFFFF {
            code.firstUnits = setIndex(units)
        }
        code.prefix = literalPrefix()
        code.anchoredAtStart = startsAtInputStart[tree.root]
        code.leadingLoop = findLeadingLoop()
        // No table stays empty, so the matcher can take every table's base address.
        if code.sets.isEmpty { _ = setIndex(RegExpCodePointSet()) }
        if code.setBounds.isEmpty { code.setBounds = [0, 0] }
        if code.literals.isEmpty { code.literals = [0] }
        if code.simpleLoops.isEmpty {
            code.simpleLoops = [RegExpSimpleLoop(
                test: RegExpCharacterTest(kind: .any, a: 0, b: 0), min: 0, max: 0, backward: false)]
        }
        if code.countedLoops.isEmpty {
            code.countedLoops = [RegExpCountedLoop(min: 0, max: 0, greedy: true, body: 0, exit: 0, head: 0)]
        }
    }

    // MARK: - Analysis

    private mutating func analyse() {
        let count = tree.nodes.count
        minimumLengths.reserveCapacity(count)
        firsts.reserveCapacity(count)
        characterSets.reserveCapacity(count)
        startsAtInputStart.reserveCapacity(count)
        for node in 0..<count {
            let set = computeCharacterSet(node)
            characterSets.append(set)
            minimumLengths.append(computeMinimumLength(node))
            firsts.append(computeFirst(node, characterSet: set))
            startsAtInputStart.append(computeStartsAtInputStart(node))
            codeSizes.append(computeCodeSize(node))
        }
    }

    private func computeCharacterSet(_ node: Int) -> RegExpCodePointSet? {
        switch tree.nodes[node] {
        case .character(let value):
            var set = RegExpCodePointSet()
            if ignoreCase, let equivalents = RegExpCaseEquivalence.table(unicode: unicode).equivalents(of: value) {
                for member in equivalents { set.insert(member) }
            } else {
                set.insert(value)
            }
            set.normalize()
            return set
        case .characterClass(let set, let inverted):
            return finalSet(set, inverted: inverted)
        case .dot:
            return dotAll ? RegExpCodePointSet(ranges: [(0, domainMaximum)]) : dotSet
        case .alternation(let alternatives):
            var union = RegExpCodePointSet()
            for alternative in alternatives {
                guard let set = characterSets[alternative] else { return nil }
                union.insert(contentsOf: set)
            }
            union.normalize()
            return union
        default:
            return nil
        }
    }

    private func computeMinimumLength(_ node: Int) -> Int {
        let limit = Int(Int32.max)
        switch tree.nodes[node] {
        case .empty, .assertion, .lookaround, .backreference: return 0
        case .character(let value): return value > 0xFFFF ? 2 : 1
        case .characterClass, .dot: return 1
        case .sequence(let children):
            var total = 0
            for child in children { total = min(total + minimumLengths[child], limit) }
            return total
        case .alternation(let alternatives):
            return alternatives.map { minimumLengths[$0] }.min() ?? 0
        case .capture(_, let body): return minimumLengths[body]
        case .quantified(let body, let minimum, _, _, _):
            let product = minimumLengths[body].multipliedReportingOverflow(by: minimum)
            return product.overflow ? limit : min(product.partialValue, limit)
        }
    }

    private func computeFirst(_ node: Int, characterSet: RegExpCodePointSet?) -> (units: RegExpCodePointSet?, nullable: Bool) {
        switch tree.nodes[node] {
        case .empty, .assertion, .lookaround:
            return (RegExpCodePointSet(), true)
        case .backreference:
            return (nil, true)
        case .character, .characterClass, .dot:
            if case .dot = tree.nodes[node], dotAll { return (nil, false) }
            guard let set = characterSet else { return (nil, true) }
            return (unicode ? set.leadingCodeUnits() : set, false)
        case .sequence(let children):
            var result = RegExpCodePointSet()
            for child in children {
                let first = firsts[child]
                guard let units = first.units else { return (nil, true) }
                result.insert(contentsOf: units)
                if !first.nullable {
                    result.normalize()
                    return (result, false)
                }
            }
            result.normalize()
            return (result, true)
        case .alternation(let alternatives):
            var result = RegExpCodePointSet()
            var nullable = false
            for alternative in alternatives {
                let first = firsts[alternative]
                guard let units = first.units else { return (nil, true) }
                result.insert(contentsOf: units)
                nullable = nullable || first.nullable
            }
            result.normalize()
            return (result, nullable)
        case .capture(_, let body):
            return firsts[body]
        case .quantified(let body, let minimum, let maximum, _, _):
            if maximum == 0 { return (RegExpCodePointSet(), true) }
            let first = firsts[body]
            return (first.units, first.nullable || minimum == 0)
        }
    }

    private func computeCodeSize(_ node: Int) -> Int {
        let limit = 1 << 40
        switch tree.nodes[node] {
        case .empty, .assertion, .backreference, .character, .characterClass, .dot: return 1
        case .sequence(let children): return min(children.reduce(0) { $0 + codeSizes[$1] }, limit)
        case .alternation(let alternatives): return min(alternatives.reduce(alternatives.count) { $0 + codeSizes[$1] } * 2, limit)
        case .capture(_, let body), .lookaround(_, _, let body): return min(codeSizes[body] + 2, limit)
        case .quantified(let body, let minimum, _, _, _):
            return min((Swift.min(minimum, 8) + 1) * codeSizes[body] + 4, limit)
        }
    }

    private func computeStartsAtInputStart(_ node: Int) -> Bool {
        if multiline { return false }
        switch tree.nodes[node] {
        case .assertion(.start): return true
        case .sequence(let children): return children.first.map { startsAtInputStart[$0] } ?? false
        case .alternation(let alternatives): return alternatives.allSatisfy { startsAtInputStart[$0] }
        case .capture(_, let body): return startsAtInputStart[body]
        default: return false
        }
    }

    // MARK: - Emission helpers

    @discardableResult
    private mutating func append(_ instruction: RegExpInstruction) -> Int {
        code.instructions.append(instruction)
        return code.instructions.count - 1
    }

    private var here: Int32 { Int32(code.instructions.count) }

    private mutating func newRegister() -> Int32 {
        registerCount += 1
        return Int32(2 * (tree.captureCount + 1) + registerCount - 1)
    }

    /// Index of a set (deduplicated).
    private mutating func setIndex(_ set: RegExpCodePointSet) -> Int32 {
        if let existing = setIndexByBounds[set.bounds] { return existing }
        var low: UInt64 = 0
        var high: UInt64 = 0
        let start = Int32(code.setBounds.count)
        var count: Int32 = 0
        for index in 0..<set.rangeCount {
            let (first, last) = set.range(at: index)
            if first < 128 {
                for value in first...min(last, 127) {
                    if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
                }
            }
            if last >= 128 {
                code.setBounds.append(max(first, 128))
                code.setBounds.append(last)
                count += 1
            }
        }
        code.sets.append(RegExpCompiledSet(asciiLow: low, asciiHigh: high, boundsStart: start, rangeCount: count))
        setSources.append(set)
        let index = Int32(code.sets.count - 1)
        setIndexByBounds[set.bounds] = index
        return index
    }

    /// The final set of a class: closed under case equivalence with i, then complemented if inverted
    /// (ECMA-262 §22.2.2.7.2 CharacterSetMatcher compares canonical forms, and inversion applies to the
    /// whole comparison).
    private func finalSet(_ set: RegExpCodePointSet, inverted: Bool) -> RegExpCodePointSet {
        var result = set.clamped(maximum: domainMaximum)
        if ignoreCase { result = RegExpCaseEquivalence.table(unicode: unicode).closure(of: result) }
        if inverted { result = result.complement(maximum: domainMaximum) }
        return result
    }

    private var dotSet: RegExpCodePointSet {
        RegExpStandardSets.lineTerminators.complement(maximum: domainMaximum)
    }

    /// The single-character test of a node (see `characterSets`).
    private mutating func characterTest(_ node: Int) -> RegExpCharacterTest? {
        guard let set = characterSets[node] else { return nil }
        if set.rangeCount == 1, set.range(at: 0) == (0, domainMaximum) {
            return RegExpCharacterTest(kind: .any, a: 0, b: 0)
        }
        // A set of one or two code units that are whole characters compares units directly.
        if set.elementCount <= 2 {
            var members: [UInt32] = []
            for index in 0..<set.rangeCount {
                let (low, high) = set.range(at: index)
                for value in low...high { members.append(value) }
            }
            if members.allSatisfy({ $0 <= 0xFFFF && !(unicode && RegExpUTF16.isSurrogate($0)) }) {
                if members.count == 1 { return RegExpCharacterTest(kind: .unit, a: Int32(members[0]), b: 0) }
                if members.count == 2 {
                    return RegExpCharacterTest(kind: .unit2, a: Int32(members[0]), b: Int32(members[1]))
                }
            }
        }
        return RegExpCharacterTest(kind: .set, a: setIndex(set), b: 0)
    }

    private mutating func emitTest(_ test: RegExpCharacterTest, backward: Bool) {
        switch test.kind {
        case .unit: append(RegExpInstruction(opcode: backward ? .unitBackward : .unit, a: test.a))
        case .unit2: append(RegExpInstruction(opcode: backward ? .unit2Backward : .unit2, a: test.a, b: test.b))
        case .set: append(RegExpInstruction(opcode: backward ? .setBackward : .set, a: test.a))
        case .any: append(RegExpInstruction(opcode: backward ? .anyBackward : .any))
        }
    }

    /// The code units of a character node that compiles to a plain literal (case-sensitive, and not a
    /// lone surrogate with u); nil otherwise.
    private func literalUnits(_ node: Int) -> [UInt16]? {
        guard case .character(let value) = tree.nodes[node] else { return nil }
        if ignoreCase, RegExpCaseEquivalence.table(unicode: unicode).equivalents(of: value) != nil { return nil }
        if unicode, RegExpUTF16.isSurrogate(value) { return nil }
        return RegExpUTF16.units(of: value)
    }

    private mutating func emitLiteral(_ units: [UInt16], backward: Bool) {
        if units.count == 1 {
            append(RegExpInstruction(opcode: backward ? .unitBackward : .unit, a: Int32(units[0])))
            return
        }
        let offset = Int32(code.literals.count)
        code.literals.append(contentsOf: units)
        append(RegExpInstruction(opcode: backward ? .literalBackward : .literal, a: offset, b: Int32(units.count)))
    }

    // MARK: - Emission

    /// Deferred emission work, run from a stack (last pushed runs first).
    private enum EmitTask {
        /// Emit a node.
        case node(Int, backward: Bool)
        /// Append an instruction.
        case instruction(RegExpInstruction)
        /// Append a literal.
        case literal([UInt16], backward: Bool)
        /// Set operand `a` (or `b`) of an instruction to the current end of the code.
        case patchA(Int)
        case patchB(Int)
        /// Start alternative `position` of an alternation.
        case alternative([Int], position: Int, backward: Bool)
        /// Finish alternative `position`: its guard and split, if any, are at the given instructions.
        case endAlternative([Int], position: Int, backward: Bool, guardIndex: Int?, splitIndex: Int?)
        /// Finish counted loop `loop`.
        case finishCountedLoop(loop: Int, head: Int, body: Int32)
        /// Reset the captures of a quantified atom.
        case reset(Range<Int>)
        /// Emit `body{0,max}` after unrolled iterations.
        case optionalIterations(body: Int, max: Int, greedy: Bool, captures: Range<Int>, backward: Bool)
    }

    private mutating func emitPattern() {
        var tasks: [EmitTask] = [.node(tree.root, backward: false)]
        while let task = tasks.popLast() {
            switch task {
            case .node(let node, let backward):
                emitNode(node, backward: backward, tasks: &tasks)
            case .instruction(let instruction):
                append(instruction)
            case .literal(let units, let backward):
                emitLiteral(units, backward: backward)
            case .patchA(let index):
                code.instructions[index].a = here
            case .patchB(let index):
                code.instructions[index].b = here
            case .alternative(let alternatives, let position, let backward):
                startAlternative(alternatives, position: position, backward: backward, tasks: &tasks)
            case .endAlternative(let alternatives, let position, let backward, let guardIndex, let splitIndex):
                let isLast = position == alternatives.count - 1
                if !isLast { pendingJumps[pendingJumps.count - 1].append(append(RegExpInstruction(opcode: .jump))) }
                // A failed guard goes to the next alternative, or fails after the last one.
                if let guardIndex { code.instructions[guardIndex].b = isLast ? -1 : here }
                if let splitIndex { code.instructions[splitIndex].a = here }
                if isLast {
                    for jump in pendingJumps.removeLast() { code.instructions[jump].a = here }
                    alternationPlans.removeLast()
                } else {
                    tasks.append(.alternative(alternatives, position: position + 1, backward: backward))
                }
            case .reset(let captures):
                emitReset(captures)
            case .optionalIterations(let body, let max, let greedy, let captures, let backward):
                emitQuantified(
                    body: body, min: 0, max: max, greedy: greedy, captures: captures, backward: backward, tasks: &tasks)
            case .finishCountedLoop(let loop, let head, let body):
                code.countedLoops[loop].head = Int32(head)
                code.countedLoops[loop].body = body
                code.countedLoops[loop].exit = here
            }
        }
    }

    private mutating func emitNode(_ node: Int, backward: Bool, tasks: inout [EmitTask]) {
        switch tree.nodes[node] {
        case .empty:
            break
        case .character, .characterClass, .dot:
            if let units = literalUnits(node), units.count > 1 {
                emitLiteral(units, backward: backward)
            } else if let test = characterTest(node) {
                emitTest(test, backward: backward)
            }
        case .sequence(let children):
            // Terms in order (reverse order in a lookbehind), with runs of literal characters merged.
            var items: [EmitTask] = []
            var run: [UInt16] = []
            for child in backward ? Array(children.reversed()) : children {
                if let units = literalUnits(child) {
                    if backward { run.insert(contentsOf: units, at: 0) } else { run.append(contentsOf: units) }
                    continue
                }
                if !run.isEmpty {
                    items.append(.literal(run, backward: backward))
                    run.removeAll()
                }
                items.append(.node(child, backward: backward))
            }
            if !run.isEmpty { items.append(.literal(run, backward: backward)) }
            tasks.append(contentsOf: items.reversed())
        case .alternation(let alternatives):
            if let test = characterTest(node) {
                emitTest(test, backward: backward)
                return
            }
            pendingJumps.append([])
            alternationPlans.append(planAlternation(alternatives, backward: backward))
            tasks.append(.alternative(alternatives, position: 0, backward: backward))
        case .capture(let index, let body):
            let register = newRegister()
            append(RegExpInstruction(opcode: .savePosition, a: register))
            tasks.append(.instruction(RegExpInstruction(
                opcode: .captureClose, a: Int32(index), b: register, c: backward ? 1 : 0)))
            tasks.append(.node(body, backward: backward))
        case .lookaround(let behind, let negative, let body):
            let register = newRegister()
            let start = append(RegExpInstruction(opcode: .lookStart, a: register, c: negative ? 1 : 0))
            tasks.append(.patchB(start))
            tasks.append(.instruction(RegExpInstruction(opcode: .lookEnd, a: register, c: negative ? 1 : 0)))
            tasks.append(.node(body, backward: behind))
        case .quantified(let body, let min, let max, let greedy, let captures):
            emitQuantified(
                body: body, min: min, max: max, greedy: greedy, captures: captures, backward: backward, tasks: &tasks)
        case .backreference(let group):
            var options: Int32 = backward ? 1 : 0
            if ignoreCase { options |= 2 }
            append(RegExpInstruction(opcode: .backreference, a: Int32(group), b: options))
        case .assertion(let assertion):
            switch assertion {
            case .start: append(RegExpInstruction(opcode: multiline ? .assertLineStart : .assertStart))
            case .end: append(RegExpInstruction(opcode: multiline ? .assertLineEnd : .assertEnd))
            case .wordBoundary:
                append(RegExpInstruction(opcode: .wordBoundary, a: unicode && ignoreCase ? 1 : 0))
            case .notWordBoundary:
                append(RegExpInstruction(opcode: .notWordBoundary, a: unicode && ignoreCase ? 1 : 0))
            }
        }
    }

    /// Guards on the first code unit skip alternatives that cannot start here (forward only); an
    /// alternative needs no backtrack point when no later one can start with the same code unit.
    private func planAlternation(_ alternatives: [Int], backward: Bool) -> [(guarded: Bool, exclusive: Bool)] {
        var plan = [(guarded: Bool, exclusive: Bool)](repeating: (false, false), count: alternatives.count)
        if backward { return plan }
        var laterUnits = RegExpCodePointSet()
        var laterKnown = true
        for position in alternatives.indices.reversed() {
            let first = firsts[alternatives[position]]
            if let units = first.units, !first.nullable {
                let isLast = position == alternatives.count - 1
                plan[position] = (true, isLast || (laterKnown && units.isDisjoint(with: laterUnits)))
                laterUnits.insert(contentsOf: units)
                laterUnits.normalize()
            } else {
                laterKnown = false
            }
        }
        return plan
    }

    private mutating func startAlternative(
        _ alternatives: [Int], position: Int, backward: Bool, tasks: inout [EmitTask]
    ) {
        let isLast = position == alternatives.count - 1
        let step = alternationPlans[alternationPlans.count - 1][position]
        var guardIndex: Int?
        var splitIndex: Int?
        if step.guarded, let units = firsts[alternatives[position]].units {
            guardIndex = append(RegExpInstruction(
                opcode: .alternativeGuard, a: setIndex(units), b: 0, c: step.exclusive ? 1 : 0))
            if !step.exclusive { splitIndex = append(RegExpInstruction(opcode: .split)) }
        } else if !isLast {
            splitIndex = append(RegExpInstruction(opcode: .split))
        }
        tasks.append(.endAlternative(
            alternatives, position: position, backward: backward, guardIndex: guardIndex, splitIndex: splitIndex))
        tasks.append(.node(alternatives[position], backward: backward))
    }

    private mutating func emitQuantified(
        body: Int, min: Int, max: Int, greedy: Bool, captures: Range<Int>, backward: Bool,
        tasks: inout [EmitTask]
    ) {
        if max == 0 { return }
        if captures.isEmpty, let test = characterTest(body) {
            let loop = RegExpSimpleLoop(test: test, min: Int32(min), max: Int32(max), backward: backward)
            code.simpleLoops.append(loop)
            append(RegExpInstruction(opcode: greedy ? .greedy : .lazy, a: Int32(code.simpleLoops.count - 1)))
            return
        }
        if min > 0, min <= 8, min * codeSizes[body] <= Self.unrollLimit {
            // The required iterations one after another (no empty check applies to them), then the rest.
            let rest = max == RegExpParser.infinity ? max : max - min
            if rest > 0 {
                tasks.append(.optionalIterations(
                    body: body, max: rest, greedy: greedy, captures: captures, backward: backward))
            }
            for _ in 0..<min {
                tasks.append(.node(body, backward: backward))
                if !captures.isEmpty { tasks.append(.reset(captures)) }
            }
            return
        }
        let nullable = minimumLengths[body] == 0
        if min == 0, max == 1 || max == RegExpParser.infinity {
            // `?` and `*`: a split before the body, no counter.
            let head = here
            let split = append(RegExpInstruction(opcode: greedy ? .split : .splitJump))
            var positionSlot: Int32 = -1
            if nullable {
                positionSlot = newRegister()
                append(RegExpInstruction(opcode: .savePosition, a: positionSlot))
            }
            emitReset(captures)
            tasks.append(.patchA(split))
            if max != 1 { tasks.append(.instruction(RegExpInstruction(opcode: .jump, a: head))) }
            if nullable { tasks.append(.instruction(RegExpInstruction(opcode: .emptyCheck, a: positionSlot))) }
            tasks.append(.node(body, backward: backward))
            return
        }
        let counter = newRegister()
        let positionSlot: Int32 = nullable ? newRegister() : -1
        append(RegExpInstruction(opcode: .loopInit, a: counter))
        let loopIndex = code.countedLoops.count
        code.countedLoops.append(RegExpCountedLoop(
            min: Int32(min), max: Int32(max), greedy: greedy, body: 0, exit: 0, head: 0))
        let head = append(RegExpInstruction(opcode: .loopHead, a: counter, b: Int32(loopIndex)))
        let bodyStart = here
        if nullable { append(RegExpInstruction(opcode: .savePosition, a: positionSlot)) }
        emitReset(captures)
        tasks.append(.finishCountedLoop(loop: loopIndex, head: head, body: bodyStart))
        tasks.append(.instruction(RegExpInstruction(
            opcode: .loopTail, a: counter, b: Int32(loopIndex), c: positionSlot)))
        tasks.append(.node(body, backward: backward))
    }

    private mutating func emitReset(_ captures: Range<Int>) {
        if captures.isEmpty { return }
        append(RegExpInstruction(opcode: .resetCaptures, a: Int32(captures.lowerBound), b: Int32(captures.upperBound)))
    }

    private func findLeadingLoop() -> Int32 {
        let instructions = code.instructions
        if instructions.contains(where: { $0.opcode == .backreference }) { return -1 }
        for (pc, instruction) in instructions.enumerated() {
            switch instruction.opcode {
            case .savePosition:
                continue
            case .greedy:
                let loop = code.simpleLoops[Int(instruction.a)]
                return !loop.backward && loop.max == Int32(RegExpParser.infinity) ? Int32(pc) : -1
            default:
                return -1
            }
        }
        return -1
    }

    /// The literal code units every match starts with, read from the first instructions.
    private func literalPrefix() -> [UInt16] {
        var prefix: [UInt16] = []
        var pc = 0
        let instructions = code.instructions
        while pc < instructions.count, prefix.count < 16 {
            let instruction = instructions[pc]
            switch instruction.opcode {
            case .unit:
                prefix.append(UInt16(instruction.a))
            case .literal:
                prefix.append(contentsOf: code.literals[Int(instruction.a)..<Int(instruction.a + instruction.b)])
            case .savePosition:
                break
            default:
                return prefix
            }
            pc += 1
        }
        return prefix
    }

    /// Gives each simple loop the test its continuation starts with, when that is one character.
    private mutating func addLoopHints() {
        let instructions = code.instructions
        for (pc, instruction) in instructions.enumerated()
        where instruction.opcode == .greedy || instruction.opcode == .lazy {
            guard pc + 1 < instructions.count else { continue }
            let next = instructions[pc + 1]
            let loopIndex = Int(instruction.a)
            let backward = code.simpleLoops[loopIndex].backward
            var hint: RegExpCharacterTest
            switch (next.opcode, backward) {
            case (.unit, false), (.unitBackward, true):
                hint = RegExpCharacterTest(kind: .unit, a: next.a, b: 0)
            case (.unit2, false), (.unit2Backward, true):
                hint = RegExpCharacterTest(kind: .unit2, a: next.a, b: next.b)
            case (.set, false), (.setBackward, true):
                hint = RegExpCharacterTest(kind: .set, a: next.a, b: 0)
            case (.literal, false):
                hint = RegExpCharacterTest(kind: .unit, a: Int32(code.literals[Int(next.a)]), b: 0)
            case (.literalBackward, true):
                hint = RegExpCharacterTest(kind: .unit, a: Int32(code.literals[Int(next.a + next.b - 1)]), b: 0)
            default:
                continue
            }
            code.simpleLoops[loopIndex].hint = hint
            code.simpleLoops[loopIndex].hasHint = true
            code.simpleLoops[loopIndex].hintExcludesLoop = excludes(hint, code.simpleLoops[loopIndex].test)
        }
    }

    /// Whether no character accepted by `loop` is accepted by `hint`, in the domain the hint reads.
    private func excludes(_ hint: RegExpCharacterTest, _ loop: RegExpCharacterTest) -> Bool {
        guard let hintSet = members(of: hint), var loopSet = members(of: loop) else { return false }
        if unicode, hint.kind != .set {
            // A unit hint reads single code units: compare only when the loop has no astral members.
            if loopSet.clamped(maximum: 0xFFFF) != loopSet { return false }
            loopSet = loopSet.clamped(maximum: 0xFFFF)
        }
        return hintSet.isDisjoint(with: loopSet)
    }

    private func members(of test: RegExpCharacterTest) -> RegExpCodePointSet? {
        switch test.kind {
        case .unit: return RegExpCodePointSet(single: UInt32(test.a))
        case .unit2: return RegExpCodePointSet(ranges: [(UInt32(test.a), UInt32(test.a)), (UInt32(test.b), UInt32(test.b))])
        case .set: return setSources[Int(test.a)]
        case .any: return nil
        }
    }
}
