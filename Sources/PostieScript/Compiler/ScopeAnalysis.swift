/// Scope analysis, the compiler's first pass: which declaration every identifier refers to, which
/// bindings closures capture (those live in heap scopes; the rest in registers), and where direct
/// `eval` forces every binding onto the heap and free names to be looked up at run time.

/// What declared a binding.
enum BindingKind {
    case `var`, `let`, `const`, function, parameter, `class`, catchParameter
    /// A named function expression's own name (read-only).
    case functionName
    /// The implicit `arguments` object.
    case arguments

    var isLexical: Bool {
        switch self {
        case .let, .const, .class: return true
        default: return false
        }
    }

    var isConstant: Bool {
        switch self {
        case .const, .functionName: return true
        default: return false
        }
    }
}

/// Where a binding's value lives at run time.
enum BindingStorage {
    case unassigned
    case register(Register)
    case heap(slot: UInt16)
}

final class Binding {
    let name: String
    let kind: BindingKind
    unowned let scope: ScopeInfo
    /// Referenced from a function other than the one that declares it.
    var isCaptured = false
    var storage = BindingStorage.unassigned
    /// The end of the declaration (reads after it in the same function need no TDZ check).
    var initializedAfter: SourceOffset = .max
    /// Assigned after its declaration (const-ness checks, and whether a register binding is stable).
    var isReassigned = false
    /// Some reference may run before the declaration: the binding starts in its temporal dead zone.
    var needsTDZ = false

    init(name: String, kind: BindingKind, scope: ScopeInfo) {
        self.name = name
        self.kind = kind
        self.scope = scope
    }

    /// Must live in a heap scope.
    var isHeap: Bool { isCaptured || scope.function.isDynamic }
}

enum ScopeKind {
    case function
    case block
    /// `for (let …;;)` / `for (let … of …)`: per-iteration bindings.
    case loopHead
    case catchClause
    case switchBlock
    /// A class's own name, visible inside its body.
    case classBody
}

/// One scope of the source: a function's top scope or a block.
final class ScopeInfo {
    let kind: ScopeKind
    let parent: ScopeInfo?
    unowned let function: FunctionInfo
    private(set) var bindings: [String: Binding] = [:]
    private(set) var ordered: [Binding] = []

    init(kind: ScopeKind, parent: ScopeInfo?, function: FunctionInfo) {
        self.kind = kind
        self.parent = parent
        self.function = function
    }

    func lookupLocal(_ name: String) -> Binding? { bindings[name] }

    var orderedNames: [String] { ordered.map(\.name) }
    var orderedBindings: [Binding] { ordered }

    @discardableResult
    func declare(_ name: String, kind: BindingKind) -> Binding {
        if let existing = bindings[name] { return existing }
        let binding = Binding(name: name, kind: kind, scope: self)
        bindings[name] = binding
        ordered.append(binding)
        return binding
    }

    /// Whether any binding here lives on the heap, so the scope exists at run time.
    var needsHeapScope: Bool { ordered.contains { $0.isHeap } }
}

/// What a FunctionInfo compiles.
enum FunctionSource {
    case script
    case function(FunctionNode)
    /// The synthetic method that initialises a class's instance (or static) fields.
    case fieldInitializer(ClassNode, isStatic: Bool)
}

/// One function (or the script) being compiled.
final class FunctionInfo {
    let source: FunctionSource
    let parent: FunctionInfo?
    /// Strict code (a directive, a class body, or strict surrounding code).
    let isStrict: Bool
    var scope: ScopeInfo!
    /// The function contains a direct `eval(…)` call (not inside a nested non-arrow function).
    var containsDirectEval = false
    /// A direct eval here or in a nested function can see this function's bindings: all go on the heap.
    var isDynamic = false
    /// This function is, or is nested inside, one that calls direct eval: free names are looked up
    /// at run time (eval may have declared them).
    var hasDynamicNames = false
    var usesThis = false
    var usesArguments = false
    var argumentsBinding: Binding?
    var selfNameBinding: Binding?
    /// The body's own scope for `var`s and functions, when parameters have expressions
    /// (ECMA-262 §10.2.11 step 28: closures in defaults do not see the body's declarations).
    var bodyScope: ScopeInfo?
    /// Sloppy code with simple parameters using `arguments`: its indices alias the parameters
    /// (ECMA-262 §10.4.4.7 CreateMappedArgumentsObject), so the parameters live on the heap.
    var hasMappedArguments = false

    init(source: FunctionSource, parent: FunctionInfo?, isStrict: Bool) {
        self.source = source
        self.parent = parent
        self.isStrict = isStrict
    }

    var node: FunctionNode? {
        if case .function(let node) = source { return node }
        return nil
    }

    var isArrow: Bool {
        if let node, case .arrow = node.kind { return true }
        return false
    }

    var isScript: Bool {
        if case .script = source { return true }
        return false
    }
}

/// Identifies a scope-creating construct so the code generator finds the scope the analysis made.
struct ScopeKey: Hashable {
    let start: SourceOffset
    let tag: UInt8
}

/// The result of scope analysis for one script.
final class ScopeAnalysis {
    var resolutions: [Binding?]
    var scopes: [ScopeKey: ScopeInfo] = [:]
    var functions: [ObjectIdentifier: FunctionInfo] = [:]
    /// Field initializers by class: (instance, static).
    var fieldInitializers: [ObjectIdentifier: (instance: FunctionInfo?, static: FunctionInfo?)] = [:]
    var script: FunctionInfo!
    /// Identifier ids that are direct `eval` calls' callees.
    var directEvalCallees: Set<Int32> = []
    /// Direct eval: the caller's scopes, innermost last.
    var outerScopes: [ScopeInfo] = []
    /// Sloppy eval and global code: top-level `var` names that belong to the caller's function scope
    /// (or the global object) rather than to the code itself.
    var escapingVarNames: [String] = []
    /// Owns the pseudo function of direct eval's outer scopes.
    var outerFunction: FunctionInfo?

    init(identifierCount: Int) {
        resolutions = Array(repeating: nil, count: identifierCount)
    }
}

/// A scope chain known from outside the script: direct eval compiles against the caller's scopes.
struct OuterScope {
    let layout: ScopeLayout
}

/// Walks a script, declaring and resolving every name.
struct ScopeAnalyzer {
    private let analysis: ScopeAnalysis
    private var recordResolutions = true
    private var scope: ScopeInfo!
    private var function: FunctionInfo!
    /// Direct eval code: free names may be the caller's, so they are dynamic.
    private let isEvalCode: Bool
    private var depth = 0

    static func analyze(_ script: ScriptNode, mode: CompileMode, outer: [ScopeLayout], strictCaller: Bool) -> ScopeAnalysis {
        var isEval = false
        if case .directEval = mode { isEval = true }
        var analyzer = ScopeAnalyzer(script: script, isEvalCode: isEval)
        analyzer.run(script, mode: mode, outer: outer, strictCaller: strictCaller)
        return analyzer.analysis
    }

    private init(script: ScriptNode, isEvalCode: Bool) {
        analysis = ScopeAnalysis(identifierCount: Int(script.identifierCount))
        self.isEvalCode = isEvalCode
    }

    private mutating func run(_ script: ScriptNode, mode: CompileMode, outer: [ScopeLayout], strictCaller: Bool) {
        let strict = script.isStrict || strictCaller
        // The caller's scopes of direct eval, as pre-assigned heap bindings of a pseudo function.
        var parentScope: ScopeInfo?
        if !outer.isEmpty {
            let outerFunction = FunctionInfo(source: .script, parent: nil, isStrict: strictCaller)
            outerFunction.isDynamic = true
            for layout in outer {
                let outerScope = ScopeInfo(kind: layout.isFunctionScope ? .function : .block, parent: parentScope, function: outerFunction)
                for (slot, name) in layout.names.enumerated() {
                    let kind: BindingKind = layout.isConstant[slot] ? .const : (layout.isLexical[slot] ? .let : .var)
                    let binding = outerScope.declare(name.string, kind: kind)
                    binding.storage = .heap(slot: UInt16(slot))
                    binding.isCaptured = true
                }
                analysis.outerScopes.append(outerScope)
                parentScope = outerScope
            }
            if outerFunction.scope == nil { outerFunction.scope = analysis.outerScopes.first }
            analysis.outerFunction = outerFunction
        }
        let info = FunctionInfo(source: .script, parent: nil, isStrict: strict)
        info.hasDynamicNames = isEvalCode
        let top = ScopeInfo(kind: .function, parent: parentScope, function: info)
        info.scope = top
        analysis.script = info
        function = info
        scope = top
        var varsEscape = false
        switch mode {
        case .functionBody: varsEscape = false
        case .directEval: varsEscape = !strict
        case .global: varsEscape = true
        }
        if varsEscape {
            let collector = ScopeInfo(kind: .function, parent: nil, function: info)
            recordResolutions = false
            hoistVarDeclarations(script.body, into: collector)
            recordResolutions = true
            analysis.escapingVarNames = collector.orderedNames
        } else {
            hoistVarDeclarations(script.body, into: top)
        }
        declareLexical(script.body, in: top, functionLevel: true)
        visitStatements(script.body)
        finish()
    }


    /// Marks functions dynamic along eval paths.
    private func finish() {
        for info in analysis.functions.values where info.containsDirectEval {
            var current: FunctionInfo? = info
            while let function = current {
                function.isDynamic = true
                current = function.parent
            }
        }
        if analysis.script.containsDirectEval { analysis.script.isDynamic = true }
        // Names are dynamic in eval-calling functions and everything nested in them.
        func propagate(_ info: FunctionInfo) -> Bool {
            if info.hasDynamicNames { return true }
            if info.containsDirectEval { info.hasDynamicNames = true; return true }
            if let parent = info.parent, propagate(parent) {
                info.hasDynamicNames = true
                return true
            }
            return false
        }
        for info in analysis.functions.values { _ = propagate(info) }
        _ = propagate(analysis.script)
    }

    // MARK: Declarations

    /// Declares every `var` and top-level function of a function body (not entering nested functions).
    private func hoistVarDeclarations(_ statements: [Statement], into target: ScopeInfo) {
        for statement in statements { hoistVar(statement, into: target, topLevel: true) }
    }

    private func hoistVar(_ statement: Statement, into target: ScopeInfo, topLevel: Bool) {
        switch statement.kind {
        case .variable(let declaration) where declaration.kind == .var:
            for declarator in declaration.declarations { declarePatternNames(declarator.target, kind: .var, in: target) }
        case .function(let node):
            if topLevel, let name = node.name {
                target.declare(name.name, kind: .function)
            } else if !topLevel, let name = node.name, !target.function.isStrict, !node.isAsync, !node.isGenerator {
                // Annex B.3.3: a function in a block also gets a var binding in sloppy code.
                if target.lookupLocal(name.name) == nil { target.declare(name.name, kind: .var) }
            }
        case .if(_, let consequent, let alternate):
            hoistVar(consequent, into: target, topLevel: false)
            if let alternate { hoistVar(alternate, into: target, topLevel: false) }
        case .block(let body):
            for inner in body { hoistVar(inner, into: target, topLevel: false) }
        case .for(let initializer, _, _, let body):
            if case .declaration(let declaration) = initializer, declaration.kind == .var {
                for declarator in declaration.declarations { declarePatternNames(declarator.target, kind: .var, in: target) }
            }
            hoistVar(body, into: target, topLevel: false)
        case .forIn(let binding, _, let body), .forOf(let binding, _, let body, _):
            if case .declaration(let declaration) = binding, declaration.kind == .var {
                for declarator in declaration.declarations { declarePatternNames(declarator.target, kind: .var, in: target) }
            }
            hoistVar(body, into: target, topLevel: false)
        case .while(_, let body), .doWhile(let body, _), .labeled(_, let body):
            hoistVar(body, into: target, topLevel: false)
        case .try(let block, let handler, let finalizer):
            for inner in block { hoistVar(inner, into: target, topLevel: false) }
            if let handler { for inner in handler.body { hoistVar(inner, into: target, topLevel: false) } }
            if let finalizer { for inner in finalizer { hoistVar(inner, into: target, topLevel: false) } }
        case .switch(_, let cases):
            for switchCase in cases { for inner in switchCase.body { hoistVar(inner, into: target, topLevel: false) } }
        default:
            break
        }
    }

    private func declarePatternNames(_ pattern: Pattern, kind: BindingKind, in target: ScopeInfo) {
        let record = recordResolutions
        forEachBoundIdentifier(pattern) { identifier in
            let binding = target.declare(identifier.name, kind: kind)
            if record { analysis.resolutions[Int(identifier.id)] = binding }
        }
    }

    /// Declares the lexical declarations directly in `statements` (and, at function level, nothing else).
    private func declareLexical(_ statements: [Statement], in target: ScopeInfo, functionLevel: Bool) {
        for statement in statements {
            switch statement.kind {
            case .variable(let declaration) where declaration.kind != .var:
                let kind: BindingKind = declaration.kind == .let ? .let : .const
                for declarator in declaration.declarations { declarePatternNames(declarator.target, kind: kind, in: target) }
            case .class(let node):
                if let name = node.name {
                    let binding = target.declare(name.name, kind: .class)
                    analysis.resolutions[Int(name.id)] = binding
                }
            case .function(let node) where !functionLevel:
                if let name = node.name {
                    let binding = target.declare(name.name, kind: .let)
                    analysis.resolutions[Int(name.id)] = binding
                }
            case .function(let node) where functionLevel:
                if let name = node.name, let binding = target.lookupLocal(name.name) {
                    analysis.resolutions[Int(name.id)] = binding
                }
            default:
                break
            }
        }
    }

    // MARK: References

    private mutating func resolve(_ identifier: Identifier, assigning: Bool = false) {
        // `arguments` is the nearest non-arrow function's own, unless that function (or a scope
        // inside it) declares the name: an outer function's `arguments` is never visible.
        let owner = identifier.name == "arguments" ? argumentsOwner() : nil
        if let binding = owner.map({ lookup("arguments", within: $0) }) ?? lookup(identifier.name) {
            analysis.resolutions[Int(identifier.id)] = binding
            if binding.scope.function !== function { binding.isCaptured = true }
            if assigning { binding.isReassigned = true }
            if binding.kind.isLexical && (binding.scope.function !== function || identifier.start < binding.initializedAfter) {
                binding.needsTDZ = true
            }
        } else if let owner {
            let binding = owner.argumentsBinding ?? {
                let made = owner.scope.declare("arguments", kind: .arguments)
                owner.argumentsBinding = made
                owner.usesArguments = true
                return made
            }()
            analysis.resolutions[Int(identifier.id)] = binding
            if owner !== function { binding.isCaptured = true }
        }
    }

    /// A `var` declaration's initializer assigns to the name as resolved where it stands (a catch
    /// parameter of the same name, Annex B.3.5), and var targets of eval and global code were not
    /// declared locally: resolve them like references.
    private mutating func resolveUnresolved(_ pattern: Pattern) {
        var pending: [Identifier] = []
        forEachBoundIdentifier(pattern) { identifier in pending.append(identifier) }
        for identifier in pending { resolve(identifier, assigning: true) }
    }

    /// `name` declared in `owner` or in a scope nested in it; nil past `owner`'s outermost scope.
    private func lookup(_ name: String, within owner: FunctionInfo) -> Binding? {
        var current: ScopeInfo? = scope
        while let candidate = current {
            if let binding = candidate.lookupLocal(name) { return binding }
            if candidate.function === owner, candidate.parent?.function !== owner { return nil }
            current = candidate.parent
        }
        return nil
    }

    private func lookup(_ name: String) -> Binding? {
        var current: ScopeInfo? = scope
        while let candidate = current {
            if let binding = candidate.lookupLocal(name) { return binding }
            current = candidate.parent
        }
        return nil
    }

    /// The nearest non-arrow function (whose `arguments` an arrow sees); nil at script level.
    private func argumentsOwner() -> FunctionInfo? {
        var current: FunctionInfo? = function
        while let info = current {
            guard info.node != nil else { return nil }
            if !info.isArrow { return info }
            current = info.parent
        }
        return nil
    }

    // MARK: Walking

    private mutating func withScope(_ kind: ScopeKind, key: ScopeKey, _ body: (inout ScopeAnalyzer, ScopeInfo) -> Void) {
        let saved = scope
        let inner = ScopeInfo(kind: kind, parent: scope, function: function)
        analysis.scopes[key] = inner
        scope = inner
        body(&self, inner)
        scope = saved
    }

    private mutating func visitStatements(_ statements: [Statement]) {
        for (index, statement) in statements.enumerated() {
            let next = index + 1 < statements.count ? statements[index + 1].start : SourceOffset.max
            visit(statement, endsBefore: next)
        }
    }

    private mutating func visit(_ statement: Statement, endsBefore next: SourceOffset = .max) {
        switch statement.kind {
        case .expression(let expression):
            visit(expression)
        case .variable(let declaration):
            for declarator in declaration.declarations {
                if declaration.kind == .var { resolveUnresolved(declarator.target) }
                visitPatternDefaults(declarator.target)
                if let initializer = declarator.initializer { visit(initializer) }
            }
            if scope.kind != .switchBlock {
                for declarator in declaration.declarations { markInitialized(declarator.target, at: next) }
            }
        case .function(let node):
            visitFunction(node, isDeclaration: true)
        case .class(let node):
            visitClass(node)
            if let name = node.name, let binding = analysis.resolutions[Int(name.id)], scope.kind != .switchBlock {
                binding.initializedAfter = next
            }
        case .return(let value):
            if let value { visit(value) }
        case .if(let test, let consequent, let alternate):
            visit(test)
            visitNested(consequent)
            if let alternate { visitNested(alternate) }
        case .block(let body):
            visitBlock(body, start: statement.start)
        case .for(let initializer, let test, let update, let body):
            let lexical: Bool
            if case .declaration(let declaration) = initializer, declaration.kind != .var { lexical = true } else { lexical = false }
            if lexical {
                withScope(.loopHead, key: ScopeKey(start: statement.start, tag: 2)) { analyzer, inner in
                    if case .declaration(let declaration) = initializer {
                        let kind: BindingKind = declaration.kind == .let ? .let : .const
                        for declarator in declaration.declarations { analyzer.declarePatternNames(declarator.target, kind: kind, in: inner) }
                    }
                    analyzer.visitForParts(initializer, test, update, body)
                }
            } else {
                visitForParts(initializer, test, update, body)
            }
        case .forIn(let binding, let object, let body), .forOf(let binding, let object, let body, _):
            if case .declaration(let declaration) = binding, declaration.kind != .var {
                withScope(.loopHead, key: ScopeKey(start: statement.start, tag: 2)) { analyzer, inner in
                    let kind: BindingKind = declaration.kind == .let ? .let : .const
                    // The iterated expression sees the loop's bindings in their TDZ.
                    for declarator in declaration.declarations { analyzer.declarePatternNames(declarator.target, kind: kind, in: inner) }
                    analyzer.visit(object)
                    for declarator in declaration.declarations {
                        analyzer.visitPatternDefaults(declarator.target)
                        analyzer.markInitialized(declarator.target, at: body.start)
                    }
                    analyzer.visitNested(body)
                }
            } else {
                visit(object)
                switch binding {
                case .declaration(let declaration):
                    for declarator in declaration.declarations {
                        resolveUnresolved(declarator.target)
                        visitPatternDefaults(declarator.target)
                        if let initializer = declarator.initializer { visit(initializer) }
                    }
                case .pattern(let pattern):
                    visitAssignmentTarget(pattern)
                }
                visitNested(body)
            }
        case .while(let test, let body):
            visit(test)
            visitNested(body)
        case .doWhile(let body, let test):
            visitNested(body)
            visit(test)
        case .break, .continue, .empty, .debugger:
            break
        case .throw(let value):
            visit(value)
        case .try(let block, let handler, let finalizer):
            visitBlock(block, start: statement.start)
            if let handler {
                withScope(.catchClause, key: ScopeKey(start: statement.start, tag: 3)) { analyzer, inner in
                    if let parameter = handler.parameter {
                        analyzer.declarePatternNames(parameter, kind: .catchParameter, in: inner)
                        analyzer.visitPatternDefaults(parameter)
                    }
                    analyzer.visitBlock(handler.body, start: statement.start, tag: 4)
                }
            }
            if let finalizer { visitBlock(finalizer, start: statement.start, tag: 5) }
        case .switch(let discriminant, let cases):
            visit(discriminant)
            withScope(.switchBlock, key: ScopeKey(start: statement.start, tag: 6)) { analyzer, inner in
                for switchCase in cases { analyzer.declareLexical(switchCase.body, in: inner, functionLevel: false) }
                for switchCase in cases {
                    if let test = switchCase.test { analyzer.visit(test) }
                    analyzer.visitStatements(switchCase.body)
                }
            }
        case .labeled(_, let body):
            visitNested(body)
        }
    }

    /// A statement in a single-statement position (if/loop body): a function there gets a scope.
    private mutating func visitNested(_ statement: Statement) {
        if case .function = statement.kind {
            visitBlock([statement], start: statement.start, tag: 7)
        } else {
            visit(statement)
        }
    }

    private mutating func visitForParts(_ initializer: ForInitializer?, _ test: Expression?, _ update: Expression?, _ body: Statement) {
        switch initializer {
        case .declaration(let declaration):
            for declarator in declaration.declarations {
                if declaration.kind == .var { resolveUnresolved(declarator.target) }
                visitPatternDefaults(declarator.target)
                if let value = declarator.initializer { visit(value) }
            }
            // Reads in the test, update and body come after the head's declarations.
            let after = test?.start ?? update?.start ?? body.start
            for declarator in declaration.declarations { markInitialized(declarator.target, at: after) }
        case .expression(let expression):
            visit(expression)
        case nil:
            break
        }
        if let test { visit(test) }
        if let update { visit(update) }
        visitNested(body)
    }

    private mutating func visitBlock(_ body: [Statement], start: SourceOffset, tag: UInt8 = 1) {
        withScope(.block, key: ScopeKey(start: start, tag: tag)) { analyzer, inner in
            analyzer.declareLexical(body, in: inner, functionLevel: false)
            analyzer.visitStatements(body)
        }
    }

    private func markInitialized(_ pattern: Pattern, at offset: SourceOffset) {
        forEachBoundIdentifier(pattern) { identifier in
            if let binding = analysis.resolutions[Int(identifier.id)], binding.kind.isLexical {
                binding.initializedAfter = offset
            }
        }
    }

    private mutating func visitPatternDefaults(_ pattern: Pattern) {
        switch pattern {
        case .identifier:
            break
        case .object(let properties, let rest, _):
            for property in properties {
                if case .computed(let key) = property.key { visit(key) }
                visitPatternDefaults(property.value)
            }
            if let rest { visitPatternDefaults(rest) }
        case .array(let elements, let rest, _):
            for element in elements { if let element { visitPatternDefaults(element) } }
            if let rest { visitPatternDefaults(rest) }
        case .withDefault(let inner, let value):
            visitPatternDefaults(inner)
            visit(value)
        case .expression(let expression):
            visit(expression)
        }
    }

    /// An assignment target: identifiers are references that are written.
    private mutating func visitAssignmentTarget(_ pattern: Pattern) {
        switch pattern {
        case .identifier(let identifier):
            resolve(identifier, assigning: true)
        case .object(let properties, let rest, _):
            for property in properties {
                if case .computed(let key) = property.key { visit(key) }
                visitAssignmentTarget(property.value)
            }
            if let rest { visitAssignmentTarget(rest) }
        case .array(let elements, let rest, _):
            for element in elements { if let element { visitAssignmentTarget(element) } }
            if let rest { visitAssignmentTarget(rest) }
        case .withDefault(let inner, let value):
            visitAssignmentTarget(inner)
            visit(value)
        case .expression(let expression):
            visit(expression)
        }
    }

    private mutating func visit(_ expression: Expression) {
        depth += 1
        defer { depth -= 1 }
        switch expression.kind {
        case .identifier(let identifier):
            resolve(identifier)
        case .number, .string, .boolean, .null, .regExp, .newTarget:
            break
        case .this, .super:
            function.usesThis = true
            var current: FunctionInfo? = function
            while let info = current, info.isArrow {
                info.usesThis = true
                current = info.parent
                current?.usesThis = true
            }
        case .template(let literal):
            for part in literal.expressions { visit(part) }
        case .taggedTemplate(let tag, let literal):
            visit(tag)
            for part in literal.expressions { visit(part) }
        case .array(let elements):
            for element in elements {
                switch element {
                case .expression(let value), .spread(let value): visit(value)
                case .hole: break
                }
            }
        case .object(let members):
            for member in members {
                switch member {
                case .property(let key, let value):
                    if case .computed(let keyExpression) = key { visit(keyExpression) }
                    visit(value)
                case .shorthand(let identifier):
                    resolve(identifier)
                case .method(let key, let node, _):
                    if case .computed(let keyExpression) = key { visit(keyExpression) }
                    visitFunction(node, isDeclaration: false)
                case .spread(let value), .protoSetter(let value):
                    visit(value)
                }
            }
        case .function(let node):
            visitFunction(node, isDeclaration: false)
        case .class(let node):
            visitClass(node)
        case .unary(let op, let operand):
            if op == .typeof || op == .delete, case .identifier(let identifier) = operand.kind {
                resolve(identifier)
            } else {
                visit(operand)
            }
        case .update(_, _, let operand):
            if case .identifier(let identifier) = operand.kind {
                resolve(identifier, assigning: true)
            } else {
                visit(operand)
            }
        case .binary(_, let left, let right), .logical(_, let left, let right):
            visit(left)
            visit(right)
        case .assignment(_, let target, let value):
            visitAssignmentTarget(target)
            visit(value)
        case .conditional(let test, let consequent, let alternate):
            visit(test)
            visit(consequent)
            visit(alternate)
        case .call(let callee, let arguments, _):
            if case .identifier(let identifier) = callee.kind, identifier.name == "eval", lookup("eval") == nil {
                analysis.directEvalCallees.insert(identifier.id)
                function.containsDirectEval = true
                function.usesThis = true
                // Eval code may use `arguments` and `this`.
                if let owner = argumentsOwner(), owner.argumentsBinding == nil, owner.scope.lookupLocal("arguments") == nil {
                    let made = owner.scope.declare("arguments", kind: .arguments)
                    owner.argumentsBinding = made
                    owner.usesArguments = true
                }
            }
            visit(callee)
            visitArguments(arguments)
        case .new(let callee, let arguments):
            visit(callee)
            visitArguments(arguments)
        case .member(let object, _, _):
            visit(object)
        case .index(let object, let property, _):
            visit(object)
            visit(property)
        case .optionalChain(let inner), .parenthesized(let inner), .await(let inner):
            visit(inner)
        case .sequence(let parts):
            for part in parts { visit(part) }
        case .yield(let value, _):
            if let value { visit(value) }
        }
    }

    private mutating func visitArguments(_ arguments: [Argument]) {
        for argument in arguments {
            switch argument {
            case .expression(let value), .spread(let value): visit(value)
            }
        }
    }

    private mutating func visitClass(_ node: ClassNode) {
        if let superClass = node.superClass {
            // The heritage is evaluated in the class scope (the name is in its TDZ there).
            withScope(.classBody, key: ScopeKey(start: node.start, tag: 8)) { analyzer, inner in
                if let name = node.name { inner.declare(name.name, kind: .const) }
                analyzer.visit(superClass)
                analyzer.visitClassBody(node)
            }
        } else {
            withScope(.classBody, key: ScopeKey(start: node.start, tag: 8)) { analyzer, inner in
                if let name = node.name { inner.declare(name.name, kind: .const) }
                analyzer.visitClassBody(node)
            }
        }
    }

    private mutating func visitClassBody(_ node: ClassNode) {
        if let constructor = node.constructor { visitFunction(constructor, isDeclaration: false) }
        for member in node.members {
            if case .computed(let key) = member.key { visit(key) }
            if let function = member.function { visitFunction(function, isDeclaration: false) }
        }
        // Field initializers run as methods of the class: analyse them as synthetic functions.
        let fields = node.members.filter { $0.kind == .field }
        var pair: (instance: FunctionInfo?, static: FunctionInfo?) = (nil, nil)
        for isStatic in [false, true] {
            let group = fields.filter { $0.isStatic == isStatic }
            if group.isEmpty { continue }
            let info = FunctionInfo(source: .fieldInitializer(node, isStatic: isStatic), parent: function, isStrict: true)
            info.usesThis = true
            let savedScope = scope
            let savedFunction = function
            let top = ScopeInfo(kind: .function, parent: scope, function: info)
            info.scope = top
            function = info
            scope = top
            for member in group { if let value = member.value { visit(value) } }
            function = savedFunction
            scope = savedScope
            if isStatic { pair.static = info } else { pair.instance = info }
        }
        analysis.fieldInitializers[ObjectIdentifier(node)] = pair
    }

    private mutating func visitFunction(_ node: FunctionNode, isDeclaration: Bool) {
        let info = FunctionInfo(source: .function(node), parent: function, isStrict: node.isStrict || function.isStrict)
        analysis.functions[ObjectIdentifier(node)] = info
        let savedScope = scope
        let savedFunction = function
        let top = ScopeInfo(kind: .function, parent: scope, function: info)
        info.scope = top
        function = info
        scope = top
        for parameter in node.parameters { declarePatternNames(parameter, kind: .parameter, in: top) }
        if let rest = node.rest { declarePatternNames(rest, kind: .parameter, in: top) }
        var body = top
        if node.parameters.contains(where: patternContainsExpression) || node.rest.map(patternContainsExpression) == true {
            body = ScopeInfo(kind: .block, parent: top, function: info)
            info.bodyScope = body
        }
        hoistVarDeclarations(node.body, into: body)
        declareLexical(node.body, in: body, functionLevel: true)
        // A named function expression sees its own name unless something inside shadows it.
        if let name = node.name, case .normal = node.kind, !isDeclaration, top.lookupLocal(name.name) == nil,
            body.lookupLocal(name.name) == nil
        {
            info.selfNameBinding = top.declare(name.name, kind: .functionName)
        }
        for parameter in node.parameters { visitPatternDefaults(parameter) }
        if let rest = node.rest { visitPatternDefaults(rest) }
        scope = body
        visitStatements(node.body)
        let isSimple = node.rest == nil && node.parameters.allSatisfy { if case .identifier = $0 { return true }; return false }
        if info.usesArguments && !info.isStrict && isSimple && !info.isArrow {
            info.hasMappedArguments = true
            for parameter in node.parameters {
                if case .identifier(let identifier) = parameter { top.lookupLocal(identifier.name)?.isCaptured = true }
            }
        }
        function = savedFunction
        scope = savedScope
    }

    /// ECMA-262 §8.5.1 ContainsExpression: a default value somewhere in the pattern (or a computed key).
    private func patternContainsExpression(_ pattern: Pattern) -> Bool {
        switch pattern {
        case .identifier: return false
        case .withDefault: return true
        case .expression: return true
        case .object(let properties, let rest, _):
            for property in properties {
                if case .computed = property.key { return true }
                if patternContainsExpression(property.value) { return true }
            }
            return rest.map(patternContainsExpression) ?? false
        case .array(let elements, let rest, _):
            for element in elements { if let element, patternContainsExpression(element) { return true } }
            return rest.map(patternContainsExpression) ?? false
        }
    }
}

/// Calls `body` for every identifier a binding pattern declares.
func forEachBoundIdentifier(_ pattern: Pattern, _ body: (Identifier) -> Void) {
    switch pattern {
    case .identifier(let identifier):
        body(identifier)
    case .object(let properties, let rest, _):
        for property in properties { forEachBoundIdentifier(property.value, body) }
        if let rest { forEachBoundIdentifier(rest, body) }
    case .array(let elements, let rest, _):
        for element in elements { if let element { forEachBoundIdentifier(element, body) } }
        if let rest { forEachBoundIdentifier(rest, body) }
    case .withDefault(let inner, _):
        forEachBoundIdentifier(inner, body)
    case .expression:
        break
    }
}
