// The backtracking virtual machine that runs RegExp bytecode. Backtracking uses an explicit stack of
// entries (no Swift recursion); every change to a capture or register pushes an undo entry so that
// failure restores the state of the matching choice point, as the continuation-passing matchers of
// ECMA-262 §22.2.2 imply.

/// One backtrack stack entry: `tag` = payload << 3 | kind.
struct RegExpBacktrackEntry {
    var tag: Int32
    var a: Int32
    var b: Int32
}

/// Kinds of backtrack entries.
private enum EntryKind {
    /// Resume at instruction `payload` at position `a`.
    static let choice: Int32 = 0
    /// Restore slot `payload` to `a`.
    static let undoSlot: Int32 = 1
    /// Restore capture group `payload` to (`a`, `b`).
    static let undoPair: Int32 = 2
    /// Greedy loop at instruction `payload`: shortest end `a`, current end `b`.
    static let greedy: Int32 = 3
    /// Lazy loop at instruction `payload`: current end `a`, count `b`.
    static let lazy: Int32 = 4
    /// Positive lookaround started at position `a`.
    static let positiveLook: Int32 = 5
    /// Negative lookaround started at position `a`, continuing at instruction `payload` when its body fails.
    static let negativeLook: Int32 = 6
}

enum RegExpMatcher {
    /// Runs `code` over `input` (see `RegExpProgram.exec`).
    static func exec(
        _ code: RegExpBytecode, input: UnsafeBufferPointer<UInt16>, from start: Int, anchored: Bool,
        budget: inout Int
    ) -> RegExpResult {
        if input.count >= Int(Int32.max) - 2 { return .budgetExhausted }
        guard input.baseAddress != nil else {
            let placeholder: [UInt16] = [0]
            return placeholder.withUnsafeBufferPointer { buffer in
                exec(code, input: UnsafeBufferPointer(rebasing: buffer[0..<0]), from: start, anchored: anchored,
                     budget: &budget)
            }
        }
        return code.instructions.withUnsafeBufferPointer { instructions in
            code.sets.withUnsafeBufferPointer { sets in
                code.setBounds.withUnsafeBufferPointer { setBounds in
                    code.literals.withUnsafeBufferPointer { literals in
                        code.simpleLoops.withUnsafeBufferPointer { simpleLoops in
                            code.countedLoops.withUnsafeBufferPointer { countedLoops in
                                // The compiler never leaves a table empty, so every base address exists.
                                guard let instructions = instructions.baseAddress, let sets = sets.baseAddress,
                                      let setBounds = setBounds.baseAddress, let literals = literals.baseAddress,
                                      let simpleLoops = simpleLoops.baseAddress,
                                      let countedLoops = countedLoops.baseAddress, let base = input.baseAddress
                                else { return .noMatch }
                                // Small programs keep their slots and first backtrack entries on the stack.
                                return withUnsafeTemporaryAllocation(
                                    of: Int32.self, capacity: max(code.slotCount, 2)
                                ) { slots in
                                    withUnsafeTemporaryAllocation(
                                        of: RegExpBacktrackEntry.self, capacity: RegExpMachine.initialStackCapacity
                                    ) { initialStack in
                                        guard let slots = slots.baseAddress, let initialStack = initialStack.baseAddress
                                        else { return RegExpResult.noMatch }
                                        var machine = RegExpMachine(
                                            code: code, instructions: instructions, sets: sets, setBounds: setBounds,
                                            literals: literals, simpleLoops: simpleLoops, countedLoops: countedLoops,
                                            input: base, count: input.count, slots: slots, stack: initialStack,
                                            budget: budget)
                                        defer { machine.release() }
                                        let result = machine.search(from: start, anchored: anchored, code: code)
                                        budget = machine.budget
                                        return result
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The state of one exec: tables, input, capture slots and the backtrack stack.
private struct RegExpMachine {
    let instructions: UnsafePointer<RegExpInstruction>
    let sets: UnsafePointer<RegExpCompiledSet>
    let setBounds: UnsafePointer<UInt32>
    let literals: UnsafePointer<UInt16>
    let simpleLoops: UnsafePointer<RegExpSimpleLoop>
    let countedLoops: UnsafePointer<RegExpCountedLoop>
    let input: UnsafePointer<UInt16>
    let end: Int
    let unicode: Bool
    let captureSlotCount: Int
    let slotCount: Int
    let slots: UnsafeMutablePointer<Int32>
    var stack: UnsafeMutablePointer<RegExpBacktrackEntry>
    var capacity: Int
    var top = 0
    var budget: Int
    /// The caller-owned first stack buffer.
    let initialStack: UnsafeMutablePointer<RegExpBacktrackEntry>
    static let initialStackCapacity = 64
    /// The greedy loop every match starts with (-1 if none), and where its scan ended in this attempt.
    let leadingLoop: Int
    var leadingLoopEnd = -1
    /// Canonical code units without u (for case-insensitive backreferences).
    let canonicalUnits: [UInt16]
    let caseTable: RegExpCaseEquivalence?

    init(
        code: RegExpBytecode, instructions: UnsafePointer<RegExpInstruction>,
        sets: UnsafePointer<RegExpCompiledSet>, setBounds: UnsafePointer<UInt32>,
        literals: UnsafePointer<UInt16>, simpleLoops: UnsafePointer<RegExpSimpleLoop>,
        countedLoops: UnsafePointer<RegExpCountedLoop>, input: UnsafePointer<UInt16>, count: Int,
        slots: UnsafeMutablePointer<Int32>, stack: UnsafeMutablePointer<RegExpBacktrackEntry>, budget: Int
    ) {
        self.instructions = instructions
        self.sets = sets
        self.setBounds = setBounds
        self.literals = literals
        self.simpleLoops = simpleLoops
        self.countedLoops = countedLoops
        self.input = input
        self.end = count
        self.unicode = code.unicode
        self.captureSlotCount = 2 * (code.captureCount + 1)
        self.slotCount = code.slotCount
        self.slots = slots
        self.capacity = Self.initialStackCapacity
        self.stack = stack
        self.initialStack = stack
        self.leadingLoop = Int(code.leadingLoop)
        self.budget = budget
        if code.ignoreCase, !code.unicode {
            canonicalUnits = RegExpCaseEquivalence.nonUnicode.canonicalUnits
        } else {
            canonicalUnits = []
        }
        caseTable = code.ignoreCase && code.unicode ? RegExpCaseEquivalence.unicode : nil
    }

    /// Frees the backtrack stack if it outgrew the initial (caller-owned) buffer.
    func release() {
        if stack != initialStack { stack.deallocate() }
    }

    // MARK: - Search

    mutating func search(from requestedStart: Int, anchored: Bool, code: RegExpBytecode) -> RegExpResult {
        var position = max(0, requestedStart)
        if position > end { return .noMatch }
        // With u, a start inside a surrogate pair moves to the pair's start (as V8 does).
        if unicode, position > 0, position < end, RegExpUTF16.isTrail(input[position]),
           RegExpUTF16.isLead(input[position - 1])
        {
            position -= 1
        }
        let filter = code.firstUnits
        let prefix = code.prefix
        let onlyOnce = anchored || code.anchoredAtStart
        while position <= end {
            if !onlyOnce {
                if prefix.count >= 2 {
                    guard let found = findPrefix(prefix, from: position) else { return .noMatch }
                    position = found
                } else if filter >= 0 {
                    position = nextCandidate(from: position, filter: filter)
                    if position == end { return .noMatch }
                }
                if unicode, position > 0, position < end, RegExpUTF16.isTrail(input[position]),
                   RegExpUTF16.isLead(input[position - 1])
                {
                    position += 1
                    continue
                }
            }
            switch run(at: position) {
            case .matched:
                var offsets = [Int](repeating: -1, count: captureSlotCount)
                for index in 0..<captureSlotCount {
                    let value = slots[index]
                    offsets[index] = value < 0 ? -1 : Int(value)
                }
                for group in stride(from: 0, to: captureSlotCount, by: 2) where offsets[group] < 0 || offsets[group + 1] < 0 {
                    offsets[group] = -1
                    offsets[group + 1] = -1
                }
                return .match(offsets)
            case .exhausted:
                return .budgetExhausted
            case .failed:
                break
            }
            if onlyOnce { return .noMatch }
            if leadingLoopEnd > position {
                // The leading loop ran over [position, leadingLoopEnd) and every shorter run failed: starts
                // inside that run would try a subset of the same continuations (see `leadingLoop`).
                position = leadingLoopEnd + 1
                continue
            }
            if unicode, position + 1 < end, RegExpUTF16.isLead(input[position]), RegExpUTF16.isTrail(input[position + 1]) {
                position += 2
            } else {
                position += 1
            }
        }
        return .noMatch
    }

    /// The first position at or after `start` whose code unit is in set `filter` (or the end).
    private mutating func nextCandidate(from start: Int, filter: Int32) -> Int {
        let set = sets[Int(filter)]
        let low = set.asciiLow
        let high = set.asciiHigh
        var position = start
        while position < end {
            let unit = input[position]
            if unit < 64 {
                if (low >> UInt64(unit)) & 1 != 0 { return position }
            } else if unit < 128 {
                if (high >> UInt64(unit - 64)) & 1 != 0 { return position }
            } else if setContains(filter, UInt32(unit)) {
                return position
            }
            position += 1
        }
        return end
    }

    private mutating func findPrefix(_ prefix: [UInt16], from start: Int) -> Int? {
        let first = prefix[0]
        let length = prefix.count
        var position = start
        let last = end - length
        while position <= last {
            if input[position] == first {
                var index = 1
                while index < length, input[position + index] == prefix[index] { index += 1 }
                if index == length { return position }
            }
            position += 1
        }
        return nil
    }

    // MARK: - Primitives

    @inline(__always) mutating func setContains(_ index: Int32, _ value: UInt32) -> Bool {
        let set = sets[Int(index)]
        if value < 64 { return (set.asciiLow >> UInt64(value)) & 1 != 0 }
        if value < 128 { return (set.asciiHigh >> UInt64(value - 64)) & 1 != 0 }
        var low = 0
        var high = Int(set.rangeCount) - 1
        let base = Int(set.boundsStart)
        while low <= high {
            let middle = (low + high) >> 1
            if value < setBounds[base + 2 * middle] {
                high = middle - 1
            } else if value > setBounds[base + 2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Matches one character forward at `position`; the new position or -1.
    @inline(__always) mutating func stepForward(_ test: RegExpCharacterTest, _ position: Int) -> Int {
        if position >= end { return -1 }
        let unit = input[position]
        switch test.kind {
        case .unit:
            return Int32(unit) == test.a ? position + 1 : -1
        case .unit2:
            return Int32(unit) == test.a || Int32(unit) == test.b ? position + 1 : -1
        case .set:
            if unicode, RegExpUTF16.isLead(unit), position + 1 < end, RegExpUTF16.isTrail(input[position + 1]) {
                return setContains(test.a, RegExpUTF16.combine(unit, input[position + 1])) ? position + 2 : -1
            }
            return setContains(test.a, UInt32(unit)) ? position + 1 : -1
        case .any:
            if unicode, RegExpUTF16.isLead(unit), position + 1 < end, RegExpUTF16.isTrail(input[position + 1]) {
                return position + 2
            }
            return position + 1
        }
    }

    /// Matches one character backward before `position`; the new position or -1.
    @inline(__always) mutating func stepBackward(_ test: RegExpCharacterTest, _ position: Int) -> Int {
        if position <= 0 { return -1 }
        let unit = input[position - 1]
        switch test.kind {
        case .unit:
            return Int32(unit) == test.a ? position - 1 : -1
        case .unit2:
            return Int32(unit) == test.a || Int32(unit) == test.b ? position - 1 : -1
        case .set:
            if unicode, RegExpUTF16.isTrail(unit), position >= 2, RegExpUTF16.isLead(input[position - 2]) {
                return setContains(test.a, RegExpUTF16.combine(input[position - 2], unit)) ? position - 2 : -1
            }
            return setContains(test.a, UInt32(unit)) ? position - 1 : -1
        case .any:
            if unicode, RegExpUTF16.isTrail(unit), position >= 2, RegExpUTF16.isLead(input[position - 2]) {
                return position - 2
            }
            return position - 1
        }
    }

    @inline(__always) mutating func isWordCharacter(at position: Int, extended: Bool) -> Bool {
        if position < 0 || position >= end { return false }
        let unit = input[position]
        if RegExpStandardSets.isBasicWordCharacter(unit) { return true }
        return extended && (unit == 0x17F || unit == 0x212A)
    }

    /// Pushes an entry; false when the stack limit is reached.
    @inline(__always) mutating func push(_ tag: Int32, _ a: Int32, _ b: Int32) -> Bool {
        if top == capacity {
            if !grow() { return false }
        }
        stack[top] = RegExpBacktrackEntry(tag: tag, a: a, b: b)
        top += 1
        return true
    }

    mutating func grow() -> Bool {
        if capacity >= RegExpProgram.backtrackStackLimit { return false }
        let newCapacity = min(capacity * 2, RegExpProgram.backtrackStackLimit)
        let newStack = UnsafeMutablePointer<RegExpBacktrackEntry>.allocate(capacity: newCapacity)
        newStack.moveInitialize(from: stack, count: top)
        if stack != initialStack { stack.deallocate() }
        stack = newStack
        capacity = newCapacity
        return true
    }

    /// Sets a slot, recording the old value for backtracking; false when the stack limit is reached.
    @inline(__always) mutating func setSlot(_ slot: Int, _ value: Int32) -> Bool {
        let old = slots[slot]
        if old == value { return true }
        if !push(Int32(slot) << 3 | EntryKind.undoSlot, old, 0) { return false }
        slots[slot] = value
        return true
    }

    @inline(__always) mutating func setPair(_ group: Int, _ start: Int32, _ end: Int32) -> Bool {
        let oldStart = slots[2 * group]
        let oldEnd = slots[2 * group + 1]
        if oldStart == start, oldEnd == end { return true }
        if !push(Int32(group) << 3 | EntryKind.undoPair, oldStart, oldEnd) { return false }
        slots[2 * group] = start
        slots[2 * group + 1] = end
        return true
    }

    /// Compares the text of a capture with the input at `position` (before it when backward); the new
    /// position or -1.
    mutating func matchBackreference(start: Int, end captureEnd: Int, at position: Int, backward: Bool, ignoreCase: Bool) -> Int {
        let length = captureEnd - start
        let from = backward ? position - length : position
        if from < 0 || from + length > end { return -1 }
        if !ignoreCase {
            var index = 0
            while index < length {
                if input[start + index] != input[from + index] { return -1 }
                index += 1
            }
        } else if !unicode {
            var index = 0
            while index < length {
                let first = input[start + index]
                let second = input[from + index]
                if first != second, canonicalUnits[Int(first)] != canonicalUnits[Int(second)] { return -1 }
                index += 1
            }
        } else if let caseTable {
            var index = 0
            while index < length {
                let (first, firstWidth) = codePoint(at: start + index, limit: start + length)
                let (second, secondWidth) = codePoint(at: from + index, limit: from + length)
                if firstWidth != secondWidth { return -1 }
                if first != second, caseTable.representative(of: first) != caseTable.representative(of: second) {
                    return -1
                }
                index += firstWidth
            }
        }
        if unicode, length > 0 {
            // The match must not end or start inside a surrogate pair.
            let matchEnd = from + length
            if matchEnd < end, RegExpUTF16.isLead(input[matchEnd - 1]), RegExpUTF16.isTrail(input[matchEnd]) { return -1 }
            if from > 0, RegExpUTF16.isLead(input[from - 1]), RegExpUTF16.isTrail(input[from]) { return -1 }
        }
        return backward ? from : from + length
    }

    @inline(__always) mutating func codePoint(at position: Int, limit: Int) -> (UInt32, Int) {
        let unit = input[position]
        if RegExpUTF16.isLead(unit), position + 1 < limit, RegExpUTF16.isTrail(input[position + 1]) {
            return (RegExpUTF16.combine(unit, input[position + 1]), 2)
        }
        return (UInt32(unit), 1)
    }

    // MARK: - The machine

    enum Outcome { case matched, failed, exhausted }

    /// Runs the program with the match starting at `start`.
    mutating func run(at start: Int) -> Outcome {
        for index in 0..<slotCount { slots[index] = -1 }
        top = 0
        leadingLoopEnd = -1
        var pc = 0
        var position = start
        while true {
            let instruction = instructions[pc]
            execute: switch instruction.opcode {
            case .match:
                slots[0] = Int32(start)
                slots[1] = Int32(position)
                return .matched
            case .unit:
                if position < end, Int32(input[position]) == instruction.a {
                    position += 1
                    pc += 1
                    continue
                }
            case .unitBackward:
                if position > 0, Int32(input[position - 1]) == instruction.a {
                    position -= 1
                    pc += 1
                    continue
                }
            case .unit2:
                if position < end {
                    let unit = Int32(input[position])
                    if unit == instruction.a || unit == instruction.b {
                        position += 1
                        pc += 1
                        continue
                    }
                }
            case .unit2Backward:
                if position > 0 {
                    let unit = Int32(input[position - 1])
                    if unit == instruction.a || unit == instruction.b {
                        position -= 1
                        pc += 1
                        continue
                    }
                }
            case .literal:
                let length = Int(instruction.b)
                if position + length <= end {
                    let offset = Int(instruction.a)
                    var index = 0
                    while index < length, input[position + index] == literals[offset + index] { index += 1 }
                    if index == length {
                        position += length
                        pc += 1
                        continue
                    }
                }
            case .literalBackward:
                let length = Int(instruction.b)
                if position - length >= 0 {
                    let offset = Int(instruction.a)
                    let from = position - length
                    var index = 0
                    while index < length, input[from + index] == literals[offset + index] { index += 1 }
                    if index == length {
                        position = from
                        pc += 1
                        continue
                    }
                }
            case .set:
                if position < end {
                    let unit = input[position]
                    if unicode, RegExpUTF16.isLead(unit), position + 1 < end, RegExpUTF16.isTrail(input[position + 1]) {
                        if setContains(instruction.a, RegExpUTF16.combine(unit, input[position + 1])) {
                            position += 2
                            pc += 1
                            continue
                        }
                    } else if setContains(instruction.a, UInt32(unit)) {
                        position += 1
                        pc += 1
                        continue
                    }
                }
            case .setBackward:
                let next = stepBackward(RegExpCharacterTest(kind: .set, a: instruction.a, b: 0), position)
                if next >= 0 {
                    position = next
                    pc += 1
                    continue
                }
            case .any:
                let next = stepForward(RegExpCharacterTest(kind: .any, a: 0, b: 0), position)
                if next >= 0 {
                    position = next
                    pc += 1
                    continue
                }
            case .anyBackward:
                let next = stepBackward(RegExpCharacterTest(kind: .any, a: 0, b: 0), position)
                if next >= 0 {
                    position = next
                    pc += 1
                    continue
                }
            case .assertStart:
                if position == 0 {
                    pc += 1
                    continue
                }
            case .assertLineStart:
                if position == 0 || RegExpStandardSets.isLineTerminator(input[position - 1]) {
                    pc += 1
                    continue
                }
            case .assertEnd:
                if position == end {
                    pc += 1
                    continue
                }
            case .assertLineEnd:
                if position == end || RegExpStandardSets.isLineTerminator(input[position]) {
                    pc += 1
                    continue
                }
            case .wordBoundary, .notWordBoundary:
                let extended = instruction.a != 0
                let boundary = isWordCharacter(at: position - 1, extended: extended)
                    != isWordCharacter(at: position, extended: extended)
                if boundary == (instruction.opcode == .wordBoundary) {
                    pc += 1
                    continue
                }
            case .jump:
                pc = Int(instruction.a)
                continue
            case .split:
                if !push(instruction.a << 3 | EntryKind.choice, Int32(position), 0) { return .exhausted }
                pc += 1
                continue
            case .splitJump:
                if !push(Int32(pc + 1) << 3 | EntryKind.choice, Int32(position), 0) { return .exhausted }
                pc = Int(instruction.a)
                continue
            case .alternativeGuard:
                if position < end, setContains(instruction.a, UInt32(input[position])) {
                    pc += 1
                    continue
                }
                if instruction.b >= 0 {
                    pc = Int(instruction.b)
                    continue
                }
            case .savePosition:
                if !setSlot(Int(instruction.a), Int32(position)) { return .exhausted }
                pc += 1
                continue
            case .captureClose:
                let opened = slots[Int(instruction.b)]
                let here = Int32(position)
                let ok = instruction.c == 0
                    ? setPair(Int(instruction.a), opened, here) : setPair(Int(instruction.a), here, opened)
                if !ok { return .exhausted }
                pc += 1
                continue
            case .resetCaptures:
                var group = Int(instruction.a)
                let limit = Int(instruction.b)
                while group < limit {
                    if !setPair(group, -1, -1) { return .exhausted }
                    group += 1
                }
                pc += 1
                continue
            case .backreference:
                let group = Int(instruction.a)
                let captureStart = slots[2 * group]
                let captureEnd = slots[2 * group + 1]
                if captureStart < 0 || captureEnd < 0 {
                    pc += 1
                    continue
                }
                let length = Int(captureEnd - captureStart)
                budget -= length >> 4
                if budget <= 0 { return .exhausted }
                let next = matchBackreference(
                    start: Int(captureStart), end: Int(captureEnd), at: position,
                    backward: instruction.b & 1 != 0, ignoreCase: instruction.b & 2 != 0)
                if next >= 0 {
                    position = next
                    pc += 1
                    continue
                }
            case .loopInit:
                if !setSlot(Int(instruction.a), 0) { return .exhausted }
                pc += 1
                continue
            case .loopHead:
                let loop = countedLoops[Int(instruction.b)]
                let count = slots[Int(instruction.a)]
                if count < loop.min {
                    pc += 1
                } else if count >= loop.max {
                    pc = Int(loop.exit)
                } else if loop.greedy {
                    if !push(loop.exit << 3 | EntryKind.choice, Int32(position), 0) { return .exhausted }
                    pc += 1
                } else {
                    if !push(Int32(pc + 1) << 3 | EntryKind.choice, Int32(position), 0) { return .exhausted }
                    pc = Int(loop.exit)
                }
                continue
            case .loopTail:
                let loop = countedLoops[Int(instruction.b)]
                let count = slots[Int(instruction.a)]
                if instruction.c >= 0, count >= loop.min, Int32(position) == slots[Int(instruction.c)] {
                    break execute
                }
                if !setSlot(Int(instruction.a), count + 1) { return .exhausted }
                budget -= 1
                if budget <= 0 { return .exhausted }
                pc = Int(loop.head)
                continue
            case .emptyCheck:
                if Int32(position) != slots[Int(instruction.a)] {
                    pc += 1
                    continue
                }
            case .lookStart:
                slots[Int(instruction.a)] = Int32(top)
                let kind = instruction.c != 0 ? EntryKind.negativeLook : EntryKind.positiveLook
                if !push(instruction.b << 3 | kind, Int32(position), 0) { return .exhausted }
                pc += 1
                continue
            case .lookEnd:
                let base = Int(slots[Int(instruction.a)])
                if instruction.c == 0 {
                    // Positive: keep the body's captures (their undo entries), drop its choice points.
                    position = Int(stack[base].a)
                    var write = base
                    var read = base + 1
                    while read < top {
                        let kind = stack[read].tag & 7
                        if kind == EntryKind.undoSlot || kind == EntryKind.undoPair {
                            stack[write] = stack[read]
                            write += 1
                        }
                        read += 1
                    }
                    top = write
                    pc += 1
                    continue
                }
                // Negative: the body matched, so the lookaround fails; undo the body's effects first.
                while top > base + 1 {
                    top -= 1
                    undo(stack[top])
                }
                top = base
            case .greedy:
                let loop = simpleLoops[Int(instruction.a)]
                let minimum = Int(loop.min)
                let maximum = Int(loop.max)
                var count = 0
                var current = position
                var shortest = position
                if !loop.backward {
                    if !unicode || loop.test.kind == .unit || loop.test.kind == .unit2 {
                        // One code unit per character: a tight scan.
                        let limit = maximum < end - position ? position + maximum : end
                        current = scanForward(loop.test, from: position, limit: limit)
                        count = current - position
                        shortest = position + minimum
                    } else {
                        while count < maximum {
                            if count == minimum { shortest = current }
                            let next = stepForward(loop.test, current)
                            if next < 0 { break }
                            current = next
                            count += 1
                        }
                        if count == minimum { shortest = current }
                    }
                } else {
                    while count < maximum {
                        if count == minimum { shortest = current }
                        let next = stepBackward(loop.test, current)
                        if next < 0 { break }
                        current = next
                        count += 1
                    }
                    if count == minimum { shortest = current }
                }
                if pc == leadingLoop { leadingLoopEnd = current }
                if count < minimum { break execute }
                budget -= count >> 4
                if budget <= 0 { return .exhausted }
                if loop.hintExcludesLoop {
                    // Shorter runs end before a character of the loop, which the continuation refuses.
                    if !hintAllows(loop, current) { break execute }
                } else if count > minimum {
                    if loop.hasHint {
                        // Start from the longest match that the continuation's first character allows.
                        guard let adjusted = adjustGreedy(loop, longest: current, shortest: shortest) else {
                            break execute
                        }
                        current = adjusted
                    }
                    if current != shortest {
                        if !push(Int32(pc) << 3 | EntryKind.greedy, Int32(shortest), Int32(current)) {
                            return .exhausted
                        }
                    }
                }
                position = current
                pc += 1
                continue
            case .lazy:
                let loop = simpleLoops[Int(instruction.a)]
                var count: Int32 = 0
                var current = position
                while count < loop.min {
                    let next = loop.backward ? stepBackward(loop.test, current) : stepForward(loop.test, current)
                    if next < 0 { break execute }
                    current = next
                    count += 1
                }
                guard let (extended, extendedCount) = extendLazy(loop, from: current, count: count) else {
                    break execute
                }
                if extendedCount < loop.max {
                    if !push(Int32(pc) << 3 | EntryKind.lazy, Int32(extended), extendedCount) { return .exhausted }
                }
                position = extended
                pc += 1
                continue
            }

            // Failure: backtrack to the most recent choice point.
            backtrack: while true {
                if top == 0 { return .failed }
                top -= 1
                let entry = stack[top]
                let kind = entry.tag & 7
                let payload = Int(entry.tag >> 3)
                switch kind {
                case EntryKind.undoSlot:
                    slots[payload] = entry.a
                case EntryKind.undoPair:
                    slots[2 * payload] = entry.a
                    slots[2 * payload + 1] = entry.b
                case EntryKind.choice:
                    budget -= 1
                    if budget <= 0 { return .exhausted }
                    pc = payload
                    position = Int(entry.a)
                    break backtrack
                case EntryKind.greedy:
                    budget -= 1
                    if budget <= 0 { return .exhausted }
                    let loop = simpleLoops[Int(instructions[payload].a)]
                    let shortest = Int(entry.a)
                    guard let current = retreatGreedy(loop, current: Int(entry.b), shortest: shortest) else { continue }
                    if current != shortest {
                        stack[top] = RegExpBacktrackEntry(tag: entry.tag, a: entry.a, b: Int32(current))
                        top += 1
                    }
                    pc = payload + 1
                    position = current
                    break backtrack
                case EntryKind.lazy:
                    budget -= 1
                    if budget <= 0 { return .exhausted }
                    let loop = simpleLoops[Int(instructions[payload].a)]
                    let from = Int(entry.a)
                    let next = loop.backward ? stepBackward(loop.test, from) : stepForward(loop.test, from)
                    if next < 0 { continue }
                    guard let (extended, count) = extendLazy(loop, from: next, count: entry.b + 1) else { continue }
                    if count < loop.max {
                        stack[top] = RegExpBacktrackEntry(tag: entry.tag, a: Int32(extended), b: count)
                        top += 1
                    }
                    pc = payload + 1
                    position = extended
                    break backtrack
                case EntryKind.negativeLook:
                    budget -= 1
                    if budget <= 0 { return .exhausted }
                    pc = payload
                    position = Int(entry.a)
                    break backtrack
                default:
                    // A positive lookaround whose body failed: keep failing.
                    continue
                }
            }
        }
    }

    @inline(__always) mutating func undo(_ entry: RegExpBacktrackEntry) {
        let kind = entry.tag & 7
        let payload = Int(entry.tag >> 3)
        if kind == EntryKind.undoSlot {
            slots[payload] = entry.a
        } else if kind == EntryKind.undoPair {
            slots[2 * payload] = entry.a
            slots[2 * payload + 1] = entry.b
        }
    }

    /// Scans forward while `test` (one code unit per character) matches, up to `limit`.
    @inline(__always) mutating func scanForward(_ test: RegExpCharacterTest, from start: Int, limit: Int) -> Int {
        var position = start
        switch test.kind {
        case .unit:
            let unit = UInt16(truncatingIfNeeded: test.a)
            while position < limit, input[position] == unit { position += 1 }
        case .unit2:
            let first = UInt16(truncatingIfNeeded: test.a)
            let second = UInt16(truncatingIfNeeded: test.b)
            while position < limit {
                let unit = input[position]
                if unit != first, unit != second { break }
                position += 1
            }
        case .set:
            let set = sets[Int(test.a)]
            while position < limit {
                let unit = input[position]
                if unit < 64 {
                    if (set.asciiLow >> UInt64(unit)) & 1 == 0 { break }
                } else if unit < 128 {
                    if (set.asciiHigh >> UInt64(unit - 64)) & 1 == 0 { break }
                } else if !setContains(test.a, UInt32(unit)) {
                    break
                }
                position += 1
            }
        case .any:
            position = limit
        }
        return position
    }

    /// The character boundary one character closer to `shortest` from `current` (greedy retreat).
    @inline(__always) mutating func retreatOne(_ loop: RegExpSimpleLoop, _ current: Int, _ shortest: Int) -> Int {
        let codePointWidth = unicode && (loop.test.kind == .set || loop.test.kind == .any)
        if !loop.backward {
            if codePointWidth, current - 2 >= shortest, RegExpUTF16.isTrail(input[current - 1]),
               RegExpUTF16.isLead(input[current - 2])
            {
                return current - 2
            }
            return current - 1
        }
        if codePointWidth, current + 2 <= shortest, RegExpUTF16.isLead(input[current]),
           RegExpUTF16.isTrail(input[current + 1])
        {
            return current + 2
        }
        return current + 1
    }

    /// Whether the continuation's first code unit can match at `position`.
    @inline(__always) mutating func hintAllows(_ loop: RegExpSimpleLoop, _ position: Int) -> Bool {
        if !loop.hasHint { return true }
        return loop.backward ? stepBackward(loop.hint, position) >= 0 : stepForward(loop.hint, position) >= 0
    }

    /// From the longest end of a greedy loop, the first end (moving toward `shortest`) where the hint
    /// allows the continuation; nil when there is none.
    mutating func adjustGreedy(_ loop: RegExpSimpleLoop, longest: Int, shortest: Int) -> Int? {
        var current = longest
        while !hintAllows(loop, current) {
            if current == shortest { return nil }
            current = retreatOne(loop, current, shortest)
        }
        return current
    }

    /// After a failed continuation: the next shorter end of a greedy loop, or nil when exhausted.
    mutating func retreatGreedy(_ loop: RegExpSimpleLoop, current: Int, shortest: Int) -> Int? {
        if current == shortest { return nil }
        let next = retreatOne(loop, current, shortest)
        if !loop.hasHint { return next }
        return adjustGreedy(loop, longest: next, shortest: shortest)
    }

    /// Extends a lazy loop until the hint allows the continuation; nil when the loop cannot get there.
    mutating func extendLazy(_ loop: RegExpSimpleLoop, from start: Int, count: Int32) -> (Int, Int32)? {
        if !loop.hasHint { return (start, count) }
        var current = start
        var count = count
        while !hintAllows(loop, current) {
            if count >= loop.max { return nil }
            let next = loop.backward ? stepBackward(loop.test, current) : stepForward(loop.test, current)
            if next < 0 { return nil }
            current = next
            count += 1
        }
        return (current, count)
    }
}
