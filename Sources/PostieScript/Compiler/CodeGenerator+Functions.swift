/// Functions, scopes and variable access.
extension CodeGenerator {
    static let maximumFunctionNesting = 400

    func compileScript(_ script: ScriptNode) throws(CompileError) -> FunctionCode {
        let info = analysis.script!
        builder = FunctionBuilder(info: info, generator: self, parameterCount: 0)
        runtimeScopes = outerScopeInfos
        var isDirectEval = false
        if case .directEval = mode { isDirectEval = true }
        // Direct eval's own top scope holds only its lexical declarations: its `var`s go to the
        // caller's function scope, so it is not marked as a function scope.
        let hasScope = enterScope(info.scope, isFunctionTop: !isDirectEval)
        var isEval = false
        switch mode {
        case .directEval:
            isEval = true
            for name in analysis.escapingVarNames {
                if resolveName(name, from: info.scope) == nil { builder.emit(.declareDynamicVar(atom: builder.atom(name))) }
            }
        case .global:
            isEval = true
            for name in analysis.escapingVarNames { builder.emit(.declareGlobalVar(atom: builder.atom(name))) }
        case .functionBody:
            break
        }
        if isEval {
            let completion = builder.allocate()
            builder.emit(.loadUndefined(completion))
            builder.completionRegister = completion
        }
        try hoistFunctionDeclarations(script.body, scope: info.scope, functionLevel: true)
        try compileStatements(script.body)
        if let completion = builder.completionRegister {
            builder.emit(.return(completion))
        } else {
            builder.emit(.returnUndefined)
        }
        var flags: FunctionFlags = [.script, .usesThis]
        if info.isStrict { flags.insert(.strict) }
        if script.hasTopLevelAwait, case .functionBody = mode { flags.insert(.async) }
        return builder.finish(
            name: JSString.empty, flags: flags, expectedArgumentCount: 0, start: 0, end: SourceOffset(source.units.count),
            hasFunctionScope: hasScope)
    }

    /// Compiles a nested function where its closure is created.
    func compileFunction(_ node: FunctionNode, inferredName: String?) throws(CompileError) -> FunctionCode {
        guard let info = analysis.functions[ObjectIdentifier(node)] else {
            throw error("internal error: function was not analysed", at: node.start)
        }
        nesting += 1
        defer { nesting -= 1 }
        if nesting > CodeGenerator.maximumFunctionNesting {
            throw error("Maximum nesting depth exceeded", at: node.start)
        }
        let savedBuilder = builder
        let savedScopes = runtimeScopes
        defer {
            builder = savedBuilder
            runtimeScopes = savedScopes
        }
        let parameters = node.parameters
        builder = FunctionBuilder(info: info, generator: self, parameterCount: parameters.count)
        // Parameters that are plain names live in their argument register unless captured; of
        // duplicate names (sloppy code) the last one is the binding.
        for (index, parameter) in parameters.enumerated().reversed() {
            var target = parameter
            if case .withDefault(let inner, _) = parameter { target = inner }
            if case .identifier(let identifier) = target, let binding = analysis.resolutions[Int(identifier.id)], !binding.isHeap,
                case .unassigned = binding.storage
            {
                binding.storage = .register(Register(1 + index))
            }
        }
        let hasScope = enterScope(info.scope, isFunctionTop: true)
        if let selfName = info.selfNameBinding {
            let register = builder.allocate()
            builder.emit(.loadCallee(register))
            storeBinding(selfName, from: register, initializing: true)
        }
        if let arguments = info.argumentsBinding, info.usesArguments {
            if info.hasMappedArguments {
                // ECMA-262 §10.4.4.7 step 17: later parameters of a duplicated name win.
                var slots = [UInt16](repeating: .max, count: parameters.count)
                var mappedNames = Set<String>()
                for (index, parameter) in parameters.enumerated().reversed() {
                    guard case .identifier(let identifier) = parameter, !mappedNames.contains(identifier.name),
                        let binding = analysis.resolutions[Int(identifier.id)], case .heap(let slot) = binding.storage,
                        binding.scope === info.scope
                    else { continue }
                    mappedNames.insert(identifier.name)
                    slots[index] = slot
                }
                builder.mappedArgumentSlots = slots
            }
            let register = builder.allocate()
            builder.emit(.createArguments(register))
            storeBinding(arguments, from: register, initializing: true)
        }
        let mark = builder.registerMark
        // With parameter expressions each parameter is in its temporal dead zone until it is bound
        // (ECMA-262 §10.2.11 FunctionDeclarationInstantiation): `storeBinding` and the loop below
        // take the names out.
        if info.bodyScope != nil {
            for parameter in parameters + (node.rest.map { [$0] } ?? []) {
                forEachBoundIdentifier(parameter) { identifier in
                    if let binding = analysis.resolutions[Int(identifier.id)] {
                        builder.uninitializedParameters.insert(ObjectIdentifier(binding))
                    }
                }
            }
        }
        for (index, parameter) in parameters.enumerated() {
            let argument = Register(1 + index)
            defer {
                // A register parameter is bound without a store.
                forEachBoundIdentifier(parameter) { identifier in
                    if let binding = analysis.resolutions[Int(identifier.id)] {
                        builder.uninitializedParameters.remove(ObjectIdentifier(binding))
                    }
                }
            }
            builder.mark(node.start)
            switch parameter {
            case .identifier(let identifier):
                if let binding = analysis.resolutions[Int(identifier.id)], binding.isHeap {
                    storeBinding(binding, from: argument, initializing: true)
                }
            case .withDefault(let target, let value):
                let skip = JumpLabel()
                builder.emitJump(to: skip) { .jumpIfNotUndefined(argument, $0) }
                try compileExpression(value, into: argument, inferredName: boundName(of: target))
                builder.bind(skip)
                try bindPattern(target, from: argument, kind: .initialize)
            default:
                try bindPattern(parameter, from: argument, kind: .initialize)
            }
            builder.release(to: mark)
        }
        if let rest = node.rest {
            let register = builder.allocate()
            builder.emit(.createRest(register, from: UInt16(parameters.count)))
            try bindPattern(rest, from: register, kind: .initialize)
        }
        builder.uninitializedParameters = []
        builder.release(to: mark)
        var bodyScope: ScopeInfo = info.scope
        if let separate = info.bodyScope {
            // ECMA-262 §10.2.11 step 28: the body's vars get a scope of their own, a var named like
            // a parameter starting with the parameter's value.
            bodyScope = separate
            _ = enterScope(separate, isFunctionTop: false)
            let bodyMark = builder.registerMark
            for binding in separate.orderedBindings where binding.kind == .var {
                guard let parameter = info.scope.lookupLocal(binding.name), parameter.kind == .parameter else { continue }
                let register = builder.allocate()
                loadBinding(parameter, into: register, checked: false)
                storeBinding(binding, from: register, initializing: true)
                builder.release(to: bodyMark)
            }
        }
        try hoistFunctionDeclarations(node.body, scope: bodyScope, functionLevel: true)
        if node.isGenerator { builder.emit(.initialYield) }
        if case .classConstructor = node.kind {
            // Field initializers run from the VM after `this` exists.
        }
        try compileStatements(node.body)
        builder.emit(.returnUndefined)
        var flags: FunctionFlags = []
        if info.isStrict { flags.insert(.strict) }
        if node.isAsync { flags.insert(.async) }
        if node.isGenerator { flags.insert(.generator) }
        if info.usesThis || info.containsDirectEval { flags.insert(.usesThis) }
        if info.usesArguments || node.rest != nil { flags.insert(.keepsArguments) }
        switch node.kind {
        case .normal:
            if !node.isAsync && !node.isGenerator { flags.insert(.constructor) }
        case .arrow:
            flags.insert(.arrow)
        case .method:
            flags.insert(.method)
        case .getter:
            flags.formUnion([.method, .getter])
        case .setter:
            flags.formUnion([.method, .setter])
        case .classConstructor(let derived):
            flags.formUnion([.constructor, .classConstructor, .strict])
            if derived { flags.insert(.derivedConstructor) }
        }
        let name = node.name?.name ?? inferredName ?? ""
        return builder.finish(
            name: JSString(name), flags: flags, expectedArgumentCount: node.expectedArgumentCount, start: node.start,
            end: node.end, hasFunctionScope: hasScope)
    }

    // MARK: Scopes

    /// Assigns storage to a scope's bindings; pushes a run-time scope when some live on the heap.
    /// Returns whether a run-time scope was pushed.
    @discardableResult
    func enterScope(_ scope: ScopeInfo, isFunctionTop: Bool) -> Bool {
        let bindings = scope.orderedBindings
        var heap: [Binding] = []
        for binding in bindings where binding.isHeap {
            if case .heap = binding.storage {
                // Direct eval's outer scopes come pre-assigned.
            } else {
                binding.storage = .heap(slot: UInt16(heap.count))
            }
            heap.append(binding)
        }
        var pushed = false
        if !heap.isEmpty || (isFunctionTop && scope.function.containsDirectEval) {
            let layout = ScopeLayout(
                names: heap.map { runtime.intern($0.name) },
                isLexical: heap.map { $0.kind.isLexical && $0.needsTDZ },
                isConstant: heap.map { $0.kind.isConstant },
                isFunctionScope: isFunctionTop)
            let index = UInt32(builder.scopeLayouts.count)
            builder.scopeLayouts.append(layout)
            builder.emit(.pushScope(layout: index))
            runtimeScopes.append(scope)
            if !isFunctionTop {
                builder.runtimeScopeDepth += 1
                builder.contexts.append(.scope)
            }
            pushed = true
        }
        for binding in bindings where !binding.isHeap {
            if case .unassigned = binding.storage {
                binding.storage = .register(builder.allocate())
            }
            if binding.kind.isLexical && binding.needsTDZ, case .register(let register) = binding.storage {
                builder.emit(.loadEmpty(register))
            }
        }
        return pushed
    }

    /// Leaves a block scope entered with `enterScope` (normal completion).
    func leaveScope(_ scope: ScopeInfo, pushed: Bool) {
        if pushed {
            builder.emit(.popScope)
            runtimeScopes.removeLast()
            builder.runtimeScopeDepth -= 1
            if case .scope = builder.contexts.last { builder.contexts.removeLast() }
        }
    }

    /// Compiles `body` inside the analysed block scope for `key`, if any.
    func withBlockScope(_ key: ScopeKey, _ body: () throws(CompileError) -> Void) throws(CompileError) {
        guard let scope = analysis.scopes[key] else {
            try body()
            return
        }
        let mark = builder.registerMark
        let pushed = enterScope(scope, isFunctionTop: false)
        try body()
        leaveScope(scope, pushed: pushed)
        builder.release(to: mark)
    }

    /// Instantiates the function declarations of a function body or block (hoisting).
    func hoistFunctionDeclarations(_ statements: [Statement], scope: ScopeInfo, functionLevel: Bool) throws(CompileError) {
        for statement in statements {
            guard case .function(let node) = statement.kind, let name = node.name else { continue }
            let mark = builder.registerMark
            let register = builder.allocate()
            try emitClosure(node, into: register, inferredName: nil)
            if let binding = analysis.resolutions[Int(name.id)] ?? scope.lookupLocal(name.name) {
                storeBinding(binding, from: register, initializing: true)
            } else if let binding = resolveName(name.name, from: scope) {
                storeBinding(binding, from: register, initializing: false)
            } else {
                storeFreeName(name.name, from: register)
            }
            builder.release(to: mark)
        }
    }

    func emitClosure(_ node: FunctionNode, into register: Register, inferredName: String?) throws(CompileError) {
        let code = try compileFunction(node, inferredName: inferredName)
        let index = UInt32(builder.functions.count)
        builder.functions.append(code)
        builder.emit(.closure(register, index))
    }

    /// Looks a name up through the compile-time scope chain (for names the analysis left unresolved).
    func resolveName(_ name: String, from scope: ScopeInfo) -> Binding? {
        var current: ScopeInfo? = scope
        while let candidate = current {
            if let binding = candidate.lookupLocal(name) { return binding }
            current = candidate.parent
        }
        return nil
    }

    // MARK: Variable access

    /// How many run-time scopes lie between the current point and `scope`'s.
    func scopeDepth(of scope: ScopeInfo) -> UInt16 {
        var depth: UInt16 = 0
        for candidate in runtimeScopes.reversed() {
            if candidate === scope { return depth }
            depth += 1
        }
        return depth
    }

    /// Whether a read of `binding` by the reference at `offset` may see its temporal dead zone.
    func needsCheck(_ binding: Binding, at offset: SourceOffset) -> Bool {
        guard binding.kind.isLexical && binding.needsTDZ else { return false }
        return binding.scope.function !== builder.info || offset < binding.initializedAfter
    }

    /// The register holding a binding, when it is a register binding that needs no check.
    func directRegister(_ identifier: Identifier) -> Register? {
        guard let binding = analysis.resolutions[Int(identifier.id)], case .register(let register) = binding.storage,
            !needsCheck(binding, at: identifier.start), !builder.uninitializedParameters.contains(ObjectIdentifier(binding))
        else { return nil }
        return register
    }

    func loadIdentifier(_ identifier: Identifier, into register: Register, forTypeof: Bool = false) {
        builder.mark(identifier.start)
        if let binding = analysis.resolutions[Int(identifier.id)] {
            if builder.uninitializedParameters.contains(ObjectIdentifier(binding)) {
                let message = builder.constant("Cannot access '\(identifier.name)' before initialization")
                builder.emit(.throwError(kind: 1, message: message))
                return
            }
            loadBinding(binding, into: register, checked: needsCheck(binding, at: identifier.start))
            return
        }
        loadFreeName(identifier.name, into: register, forTypeof: forTypeof)
    }

    func loadBinding(_ binding: Binding, into register: Register, checked: Bool) {
        switch binding.storage {
        case .register(let source):
            if source != register { builder.emit(.move(register, source)) }
            if checked { builder.emit(.checkInitialized(register, nameAtom: builder.atom(binding.name))) }
        case .heap(let slot):
            let depth = scopeDepth(of: binding.scope)
            builder.emit(checked ? .loadScopedChecked(register, depth: depth, slot: slot) : .loadScoped(register, depth: depth, slot: slot))
        case .unassigned:
            // A binding of a scope not entered yet (cannot happen for well-formed code): read as undefined.
            builder.emit(.loadUndefined(register))
        }
    }

    func loadFreeName(_ name: String, into register: Register, forTypeof: Bool) {
        if !builder.info.hasDynamicNames {
            switch name {
            case "undefined":
                builder.emit(.loadUndefined(register))
                return
            default:
                break
            }
        }
        let atom = builder.atom(name)
        if builder.info.hasDynamicNames {
            builder.emit(forTypeof ? .getDynamicOrUndefined(register, atom: atom) : .getDynamic(register, atom: atom))
        } else {
            builder.emit(forTypeof ? .getGlobalOrUndefined(register, atom: atom) : .getGlobal(register, atom: atom))
        }
    }

    /// Writes `register` into a binding. `initializing`: a declaration (no TDZ or const check).
    func storeBinding(_ binding: Binding, from register: Register, initializing: Bool, at offset: SourceOffset = 0) {
        if initializing && !builder.uninitializedParameters.isEmpty {
            builder.uninitializedParameters.remove(ObjectIdentifier(binding))
        }
        if !initializing {
            if binding.kind == .functionName {
                if builder.info.isStrict {
                    builder.emit(.throwError(kind: 0, message: builder.constant("Assignment to constant variable.")))
                }
                return
            }
            if binding.kind.isConstant {
                if needsCheck(binding, at: offset) { loadBindingForCheck(binding) }
                builder.emit(.throwError(kind: 0, message: builder.constant("Assignment to constant variable.")))
                return
            }
        }
        switch binding.storage {
        case .register(let target):
            if !initializing && needsCheck(binding, at: offset) {
                builder.emit(.checkInitialized(target, nameAtom: builder.atom(binding.name)))
            }
            if target != register { builder.emit(.move(target, register)) }
        case .heap(let slot):
            let depth = scopeDepth(of: binding.scope)
            if !initializing && needsCheck(binding, at: offset) {
                builder.emit(.storeScopedChecked(depth: depth, slot: slot, register))
            } else {
                builder.emit(.storeScoped(depth: depth, slot: slot, register))
            }
        case .unassigned:
            break
        }
    }

    /// Emits a read of a lexical binding purely for its TDZ check.
    private func loadBindingForCheck(_ binding: Binding) {
        let mark = builder.registerMark
        let scratch = builder.allocate()
        loadBinding(binding, into: scratch, checked: true)
        builder.release(to: mark)
    }

    func storeFreeName(_ name: String, from register: Register) {
        let atom = builder.atom(name)
        if builder.info.hasDynamicNames {
            builder.emit(.setDynamic(atom: atom, register))
        } else {
            builder.emit(.setGlobal(atom: atom, register))
        }
    }

    func storeIdentifier(_ identifier: Identifier, from register: Register, initializing: Bool) {
        builder.mark(identifier.start)
        if let binding = analysis.resolutions[Int(identifier.id)] {
            storeBinding(binding, from: register, initializing: initializing, at: identifier.start)
        } else {
            storeFreeName(identifier.name, from: register)
        }
    }

    /// The name an anonymous function gets from the pattern it is assigned to.
    func boundName(of pattern: Pattern) -> String? {
        if case .identifier(let identifier) = pattern { return identifier.name }
        return nil
    }
}
