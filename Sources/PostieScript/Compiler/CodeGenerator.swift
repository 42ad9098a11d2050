/// The compiler's second pass: AST → register bytecode (`FunctionCode`), using the scope analysis.
///
/// Each function is compiled by a `FunctionBuilder`; nested functions are compiled where their
/// closure is created, so the compile-time chain of heap scopes matches the run-time one.

/// How a script's top level is compiled.
enum CompileMode {
    /// A Postman script or a file for `postie js`: the body of a function (top-level `return`,
    /// `await`); its declarations are locals.
    case functionBody
    /// Code for direct `eval`, compiled against the caller's scope chain (innermost last).
    case directEval(outer: [ScopeLayout], strict: Bool)
    /// Global code (indirect eval): `var` and functions become properties of the global object.
    case global
}

final class JumpLabel {
    var target: Int?
    var pending: [Int] = []
}

/// A statement that `break`/`continue`/`return` may have to leave in an orderly way.
enum ControlContext {
    /// A loop or switch (`continueLabel` nil for switch and labelled blocks).
    case breakable(labels: [String], breakLabel: JumpLabel, continueLabel: JumpLabel?, isLoop: Bool, scopeDepth: Int)
    /// A block scope pushed at run time: leaving it pops the scope.
    case scope
    /// A `for…of` loop's iterator: leaving the loop early closes it.
    case iterator(Register)
    /// A `finally` block: jumps out of its region are routed through it.
    case finally(FinallyRoute)
}

/// The bookkeeping of one `finally` region: its completion registers and the jumps routed through it.
final class FinallyRoute {
    let kindRegister: Register
    let valueRegister: Register
    let entry = JumpLabel()
    /// Jumps that left the region: (completion kind, the context index to continue from, target).
    var routedJumps: [(kind: Int32, contextIndex: Int, jump: RoutedJump)] = []
    var usesReturn = false
    /// The index of this route in the context stack.
    var contextIndex = 0

    init(kindRegister: Register, valueRegister: Register) {
        self.kindRegister = kindRegister
        self.valueRegister = valueRegister
    }
}

/// Where a routed jump finally goes.
enum RoutedJump {
    case breakTo(JumpLabel, contextIndex: Int)
    case continueTo(JumpLabel, contextIndex: Int)
}

/// Compiles one function.
final class FunctionBuilder {
    let info: FunctionInfo
    let generator: CodeGenerator
    var instructions = ContiguousArray<Instruction>()
    var constants = ContiguousArray<JSValue>()
    private var numberConstants: [UInt64: UInt32] = [:]
    private var stringConstants: [ObjectIdentifier: UInt32] = [:]
    var atoms = ContiguousArray<JSString>()
    private var atomIndex: [ObjectIdentifier: UInt32] = [:]
    var functions = ContiguousArray<FunctionCode>()
    var scopeLayouts = ContiguousArray<ScopeLayout>()
    var regExps = ContiguousArray<RegExpLiteral>()
    var templates = ContiguousArray<TemplateSite>()
    var handlers = ContiguousArray<ExceptionHandler>()
    var positions = ContiguousArray<(pc: Int32, offset: SourceOffset)>()
    var caches: [PropertyCache] = []
    var nextRegister: Int
    var maxRegister: Int
    var contexts: [ControlContext] = []
    /// Block scopes pushed at run time in this function (beyond the function's own scope).
    var runtimeScopeDepth = 0
    /// Labels waiting for the loop they precede.
    var pendingLabels: [String] = []
    /// Where an optional chain's short-circuit jumps.
    var optionalChainExits: [JumpLabel] = []
    /// Eval code's completion value.
    var completionRegister: Register?
    var lastPosition: SourceOffset = -1
    /// The callee's source text at call instructions, for "… is not a function".
    var callSites: [Int32: String] = [:]
    var mappedArgumentSlots: [UInt16]?
    /// Parameters not yet initialised while a parameter's default is compiled (reads throw).
    var uninitializedParameters: Set<ObjectIdentifier> = []
    var parameterCount = 0

    init(info: FunctionInfo, generator: CodeGenerator, parameterCount: Int) {
        self.info = info
        self.generator = generator
        self.parameterCount = parameterCount
        nextRegister = 1 + parameterCount
        maxRegister = nextRegister
    }

    // MARK: Emitting

    @discardableResult
    func emit(_ instruction: Instruction) -> Int {
        instructions.append(instruction)
        return instructions.count - 1
    }

    var here: Int { instructions.count }

    func mark(_ offset: SourceOffset) {
        guard offset != lastPosition else { return }
        lastPosition = offset
        if let last = positions.last, Int(last.pc) == instructions.count {
            positions[positions.count - 1] = (Int32(instructions.count), offset)
        } else {
            positions.append((Int32(instructions.count), offset))
        }
    }

    func bind(_ label: JumpLabel) {
        let target = here
        label.target = target
        for index in label.pending { patch(index, to: target) }
        label.pending = []
    }

    /// Emits a jump-like instruction to `label` (patched when the label is bound).
    func emitJump(to label: JumpLabel, _ make: (Int32) -> Instruction) {
        if let target = label.target {
            emit(make(Int32(target)))
        } else {
            let index = emit(make(-1))
            label.pending.append(index)
        }
    }

    func jump(to label: JumpLabel) { emitJump(to: label) { .jump($0) } }

    private func patch(_ index: Int, to target: Int) {
        let t = Int32(target)
        switch instructions[index] {
        case .jump: instructions[index] = .jump(t)
        case .jumpIfTrue(let r, _): instructions[index] = .jumpIfTrue(r, t)
        case .jumpIfFalse(let r, _): instructions[index] = .jumpIfFalse(r, t)
        case .jumpIfNullish(let r, _): instructions[index] = .jumpIfNullish(r, t)
        case .jumpIfNotNullish(let r, _): instructions[index] = .jumpIfNotNullish(r, t)
        case .jumpIfUndefined(let r, _): instructions[index] = .jumpIfUndefined(r, t)
        case .jumpIfNotUndefined(let r, _): instructions[index] = .jumpIfNotUndefined(r, t)
        case .jumpIfInt(let r, let value, _): instructions[index] = .jumpIfInt(r, value: value, t)
        case .jumpIfNotLess(let a, let b, _): instructions[index] = .jumpIfNotLess(a, b, t)
        case .jumpIfNotLessOrEqual(let a, let b, _): instructions[index] = .jumpIfNotLessOrEqual(a, b, t)
        case .jumpIfNotGreater(let a, let b, _): instructions[index] = .jumpIfNotGreater(a, b, t)
        case .jumpIfNotGreaterOrEqual(let a, let b, _): instructions[index] = .jumpIfNotGreaterOrEqual(a, b, t)
        case .jumpIfNotStrictEqual(let a, let b, _): instructions[index] = .jumpIfNotStrictEqual(a, b, t)
        case .jumpIfStrictEqual(let a, let b, _): instructions[index] = .jumpIfStrictEqual(a, b, t)
        case .iteratorStep(let r, let iterator, _): instructions[index] = .iteratorStep(r, iterator: iterator, done: t)
        case .iteratorResultValue(let r, let result, _): instructions[index] = .iteratorResultValue(r, result: result, done: t)
        case .forInNext(let r, let iterator, _): instructions[index] = .forInNext(r, iterator: iterator, done: t)
        default: preconditionFailure("patching a non-jump instruction")
        }
    }

    // MARK: Registers

    func allocate() -> Register {
        let register = nextRegister
        nextRegister += 1
        if nextRegister > maxRegister { maxRegister = nextRegister }
        return Register(truncatingIfNeeded: register)
    }

    /// `count` consecutive registers; returns the first.
    func allocate(_ count: Int) -> Register {
        let first = nextRegister
        nextRegister += count
        if nextRegister > maxRegister { maxRegister = nextRegister }
        return Register(truncatingIfNeeded: first)
    }

    var registerMark: Int { nextRegister }
    func release(to mark: Int) { nextRegister = mark }

    // MARK: Tables

    func constant(_ number: Double) -> UInt32 {
        let bits = number.bitPattern
        if let index = numberConstants[bits] { return index }
        let index = UInt32(constants.count)
        constants.append(.number(number))
        numberConstants[bits] = index
        return index
    }

    func constant(_ string: JSString) -> UInt32 {
        let atom = generator.runtime.intern(string)
        if let index = stringConstants[ObjectIdentifier(atom)] { return index }
        let index = UInt32(constants.count)
        constants.append(.string(atom))
        stringConstants[ObjectIdentifier(atom)] = index
        return index
    }

    func constant(_ text: String) -> UInt32 { constant(JSString(text)) }

    func atom(_ name: String) -> UInt32 {
        let atom = generator.runtime.intern(name)
        if let index = atomIndex[ObjectIdentifier(atom)] { return index }
        let index = UInt32(atoms.count)
        atoms.append(atom)
        atomIndex[ObjectIdentifier(atom)] = index
        return index
    }

    /// A new inline cache for one access site (sites never share: a load and a store of the same
    /// name remember different things).
    func cache(_ key: PropertyKey) -> UInt32 {
        let index = UInt32(caches.count)
        caches.append(PropertyCache(key: key))
        return index
    }

    func cache(named name: String) -> UInt32 { cache(generator.runtime.propertyKey(name)) }

    func cache(units: [UInt16]) -> UInt32 { cache(generator.runtime.propertyKey(JSString(units: units))) }

    // MARK: Output

    func finish(name: JSString, flags: FunctionFlags, expectedArgumentCount: Int, start: SourceOffset, end: SourceOffset, hasFunctionScope: Bool) -> FunctionCode {
        let code = FunctionCode(
            name: generator.runtime.intern(name), flags: flags, instructions: instructions, constants: constants, atoms: atoms,
            functions: functions, scopeLayouts: scopeLayouts, regExps: regExps, templates: templates, handlers: handlers,
            positions: positions, caches: caches, registerCount: maxRegister + 1, parameterCount: parameterCount,
            expectedArgumentCount: expectedArgumentCount, source: generator.source, start: start, end: end,
            hasFunctionScope: hasFunctionScope)
        code.callSites = callSites
        code.mappedArgumentSlots = mappedArgumentSlots
        return code
    }

    /// Records the callee text of the call instruction about to be emitted.
    func recordCallSite(_ text: String) {
        callSites[Int32(instructions.count)] = text
    }
}

/// Compiles a parsed script and the functions in it.
final class CodeGenerator {
    let runtime: ScriptRuntime
    let source: SourceText
    let analysis: ScopeAnalysis
    let mode: CompileMode
    /// The heap scopes that exist at run time at the current point of compilation, innermost last,
    /// across function boundaries (the closure of a function is created with this chain).
    var runtimeScopes: [ScopeInfo] = []
    /// Outer scopes of direct eval code, innermost last (they sit below `runtimeScopes`).
    var outerScopeInfos: [ScopeInfo] = []
    var builder: FunctionBuilder!
    /// Depth of nested compilation (functions within functions), bounded.
    var nesting = 0

    init(runtime: ScriptRuntime, source: SourceText, analysis: ScopeAnalysis, mode: CompileMode) {
        self.runtime = runtime
        self.source = source
        self.analysis = analysis
        self.mode = mode
    }

    func error(_ message: String, at offset: SourceOffset) -> CompileError {
        let location = source.location(of: offset)
        return ParseError(message: message, offset: offset, line: location.line, column: location.column, sourceName: source.name)
    }

    /// Compiles the whole script into the code of its top-level function.
    static func compile(_ script: ScriptNode, runtime: ScriptRuntime, mode: CompileMode) throws(CompileError) -> FunctionCode {
        let outer: [ScopeLayout]
        let strictCaller: Bool
        switch mode {
        case .directEval(let layouts, let strict):
            outer = layouts
            strictCaller = strict
        default:
            outer = []
            strictCaller = false
        }
        let analysis = ScopeAnalyzer.analyze(script, mode: mode, outer: outer, strictCaller: strictCaller)
        let generator = CodeGenerator(runtime: runtime, source: script.source, analysis: analysis, mode: mode)
        generator.outerScopeInfos = analysis.outerScopes
        return try generator.compileScript(script)
    }
}
