/// Statements and control flow.
extension CodeGenerator {
    func compileStatements(_ statements: [Statement]) throws(CompileError) {
        for statement in statements { try compileStatement(statement) }
    }

    func compileStatement(_ statement: Statement) throws(CompileError) {
        builder.mark(statement.start)
        let labels = builder.pendingLabels
        builder.pendingLabels = []
        if let completion = builder.completionRegister {
            // Eval's completion value: these statements complete with undefined when their body
            // leaves it empty (ECMA-262 UpdateEmpty(…, undefined) in §14.6.2, §14.7, §14.12.4, §14.15.3).
            switch statement.kind {
            case .if, .for, .forIn, .forOf, .while, .doWhile, .switch, .try:
                builder.emit(.loadUndefined(completion))
            default:
                break
            }
        }
        switch statement.kind {
        case .expression(let expression):
            let mark = builder.registerMark
            let target = builder.completionRegister ?? builder.allocate()
            try compileExpression(expression, into: target)
            builder.release(to: mark)
        case .variable(let declaration):
            try compileVariableDeclaration(declaration)
        case .function(let node):
            try compileFunctionDeclarationStatement(node)
        case .class(let node):
            let mark = builder.registerMark
            let register = builder.allocate()
            try compileClass(node, into: register, inferredName: nil)
            if let name = node.name {
                storeIdentifier(name, from: register, initializing: true)
            }
            builder.release(to: mark)
        case .return(let value):
            let mark = builder.registerMark
            let register = builder.allocate()
            if let value {
                try compileExpression(value, into: register)
            } else {
                builder.emit(.loadUndefined(register))
            }
            emitReturn(register, from: builder.contexts.count - 1)
            builder.release(to: mark)
        case .if(let test, let consequent, let alternate):
            let elseLabel = JumpLabel()
            try compileCondition(test, jumpIfFalseTo: elseLabel)
            try compileNested(consequent)
            if let alternate {
                let end = JumpLabel()
                builder.jump(to: end)
                builder.bind(elseLabel)
                try compileNested(alternate)
                builder.bind(end)
            } else {
                builder.bind(elseLabel)
            }
        case .block(let body):
            if labels.isEmpty {
                try compileBlock(body, key: ScopeKey(start: statement.start, tag: 1))
            } else {
                let breakLabel = JumpLabel()
                builder.contexts.append(.breakable(labels: labels, breakLabel: breakLabel, continueLabel: nil, isLoop: false, scopeDepth: builder.runtimeScopeDepth))
                try compileBlock(body, key: ScopeKey(start: statement.start, tag: 1))
                builder.contexts.removeLast()
                builder.bind(breakLabel)
            }
        case .for(let initializer, let test, let update, let body):
            try compileFor(statement, labels: labels, initializer: initializer, test: test, update: update, body: body)
        case .forIn(let binding, let object, let body):
            try compileForIn(statement, labels: labels, binding: binding, object: object, body: body)
        case .forOf(let binding, let iterable, let body, let isAwait):
            try compileForOf(statement, labels: labels, binding: binding, iterable: iterable, body: body, isAwait: isAwait)
        case .while(let test, let body):
            let start = JumpLabel()
            let end = JumpLabel()
            builder.bind(start)
            try compileCondition(test, jumpIfFalseTo: end)
            try compileLoopBody(body, labels: labels, breakLabel: end, continueLabel: start)
            builder.jump(to: start)
            builder.bind(end)
        case .doWhile(let body, let test):
            let start = JumpLabel()
            let next = JumpLabel()
            let end = JumpLabel()
            builder.bind(start)
            try compileLoopBody(body, labels: labels, breakLabel: end, continueLabel: next)
            builder.bind(next)
            try compileCondition(test, jumpIfFalseTo: end)
            builder.jump(to: start)
            builder.bind(end)
        case .break(let label):
            try compileBreak(label: label, at: statement.start)
        case .continue(let label):
            try compileContinue(label: label, at: statement.start)
        case .throw(let value):
            let mark = builder.registerMark
            let register = builder.allocate()
            try compileExpression(value, into: register)
            builder.mark(statement.start)
            builder.emit(.throw(register))
            builder.release(to: mark)
        case .try(let block, let handler, let finalizer):
            try compileTry(statement, block: block, handler: handler, finalizer: finalizer)
        case .switch(let discriminant, let cases):
            try compileSwitch(statement, labels: labels, discriminant: discriminant, cases: cases)
        case .labeled(let label, let body):
            switch body.kind {
            case .for, .forIn, .forOf, .while, .doWhile, .labeled:
                builder.pendingLabels = labels + [label]
                try compileStatement(body)
            default:
                let breakLabel = JumpLabel()
                builder.contexts.append(.breakable(labels: labels + [label], breakLabel: breakLabel, continueLabel: nil, isLoop: false, scopeDepth: builder.runtimeScopeDepth))
                try compileNested(body)
                builder.contexts.removeLast()
                builder.bind(breakLabel)
            }
        case .empty, .debugger:
            break
        }
    }

    /// A statement in a single-statement position: a function declaration there has its own scope.
    func compileNested(_ statement: Statement) throws(CompileError) {
        if case .function = statement.kind {
            try compileBlock([statement], key: ScopeKey(start: statement.start, tag: 7))
        } else {
            try compileStatement(statement)
        }
    }

    func compileBlock(_ body: [Statement], key: ScopeKey) throws(CompileError) {
        guard let scope = analysis.scopes[key] else {
            try compileStatements(body)
            return
        }
        let mark = builder.registerMark
        let pushed = enterScope(scope, isFunctionTop: false)
        try hoistFunctionDeclarations(body, scope: scope, functionLevel: false)
        try compileStatements(body)
        leaveScope(scope, pushed: pushed)
        builder.release(to: mark)
    }

    func compileFunctionDeclarationStatement(_ node: FunctionNode) throws(CompileError) {
        // Hoisted where its scope began. Annex B.3.3: in sloppy code, evaluating a block-level
        // declaration copies it to the function-level var of the same name.
        guard let name = node.name, !builder.info.isStrict, let blockBinding = analysis.resolutions[Int(name.id)],
            blockBinding.scope !== builder.info.scope, blockBinding.scope.kind != .function,
            let varBinding = builder.info.scope.lookupLocal(name.name), varBinding.kind == .var || varBinding.kind == .function
                || varBinding.kind == .parameter
        else { return }
        let mark = builder.registerMark
        let register = builder.allocate()
        loadBinding(blockBinding, into: register, checked: false)
        storeBinding(varBinding, from: register, initializing: true)
        builder.release(to: mark)
    }

    func compileVariableDeclaration(_ declaration: VariableDeclaration) throws(CompileError) {
        for declarator in declaration.declarations {
            let mark = builder.registerMark
            switch declarator.target {
            case .identifier(let identifier):
                if let initializer = declarator.initializer {
                    // Compile straight into a register binding when that is safe.
                    if let binding = analysis.resolutions[Int(identifier.id)], case .register(let target) = binding.storage,
                        !writesDestinationEarly(initializer)
                    {
                        try compileExpression(initializer, into: target, inferredName: identifier.name)
                    } else {
                        let register = builder.allocate()
                        try compileExpression(initializer, into: register, inferredName: identifier.name)
                        storeIdentifier(identifier, from: register, initializing: true)
                    }
                } else if declaration.kind != .var {
                    let register = builder.allocate()
                    builder.emit(.loadUndefined(register))
                    storeIdentifier(identifier, from: register, initializing: true)
                }
            default:
                let register = builder.allocate()
                if let initializer = declarator.initializer {
                    try compileExpression(initializer, into: register)
                } else {
                    builder.emit(.loadUndefined(register))
                }
                let origin: PatternSource = .expression(declarator.initializer.map { calleeText($0) } ?? "undefined", declaration: true)
                try bindPattern(declarator.target, from: register, kind: .initialize, origin: origin)
            }
            builder.release(to: mark)
        }
    }

    // MARK: Loops

    func compileLoopBody(_ body: Statement, labels: [String], breakLabel: JumpLabel, continueLabel: JumpLabel) throws(CompileError) {
        builder.contexts.append(.breakable(labels: labels, breakLabel: breakLabel, continueLabel: continueLabel, isLoop: true, scopeDepth: builder.runtimeScopeDepth))
        try compileNested(body)
        builder.contexts.removeLast()
    }

    func compileFor(
        _ statement: Statement, labels: [String], initializer: ForInitializer?, test: Expression?, update: Expression?,
        body: Statement
    ) throws(CompileError) {
        let mark = builder.registerMark
        var headScope: ScopeInfo?
        var pushed = false
        if case .declaration(let declaration) = initializer, declaration.kind != .var,
            let scope = analysis.scopes[ScopeKey(start: statement.start, tag: 2)]
        {
            headScope = scope
            pushed = enterScope(scope, isFunctionTop: false)
        }
        switch initializer {
        case .declaration(let declaration):
            try compileVariableDeclaration(declaration)
        case .expression(let expression):
            let scratchMark = builder.registerMark
            try compileExpression(expression, into: builder.allocate())
            builder.release(to: scratchMark)
        case nil:
            break
        }
        let start = JumpLabel()
        let next = JumpLabel()
        let end = JumpLabel()
        builder.bind(start)
        if let test { try compileCondition(test, jumpIfFalseTo: end) }
        try compileLoopBody(body, labels: labels, breakLabel: end, continueLabel: next)
        builder.bind(next)
        if pushed { builder.emit(.copyScope) }
        if let update {
            let scratchMark = builder.registerMark
            try compileExpression(update, into: builder.allocate())
            builder.release(to: scratchMark)
        }
        builder.jump(to: start)
        builder.bind(end)
        if let headScope { leaveScope(headScope, pushed: pushed) }
        builder.release(to: mark)
    }

    func compileForIn(_ statement: Statement, labels: [String], binding: ForBinding, object: Expression, body: Statement) throws(CompileError) {
        let mark = builder.registerMark
        let headScope = lexicalHeadScope(binding, statement)
        // The object is evaluated with the loop's lexical names in their TDZ.
        var pushedForObject = false
        if let headScope { pushedForObject = enterScope(headScope, isFunctionTop: false) }
        if case .declaration(let declaration) = binding, let first = declaration.declarations.first, let initializer = first.initializer,
            case .identifier(let identifier) = first.target
        {
            let register = builder.allocate()
            try compileExpression(initializer, into: register, inferredName: identifier.name)
            storeIdentifier(identifier, from: register, initializing: true)
        }
        let objectRegister = builder.allocate()
        try compileExpression(object, into: objectRegister)
        if let headScope { leaveScope(headScope, pushed: pushedForObject) }
        let iterator = builder.allocate()
        builder.emit(.forInStart(iterator, object: objectRegister))
        let start = JumpLabel()
        let end = JumpLabel()
        builder.bind(start)
        let key = builder.allocate()
        builder.emitJump(to: end) { .forInNext(key, iterator: iterator, done: $0) }
        builder.contexts.append(.breakable(labels: labels, breakLabel: end, continueLabel: start, isLoop: true, scopeDepth: builder.runtimeScopeDepth))
        var pushed = false
        if let headScope { pushed = enterScope(headScope, isFunctionTop: false) }
        try bindForTarget(binding, from: key)
        try compileNested(body)
        if let headScope { leaveScope(headScope, pushed: pushed) }
        builder.contexts.removeLast()
        builder.jump(to: start)
        builder.bind(end)
        builder.release(to: mark)
    }

    func compileForOf(
        _ statement: Statement, labels: [String], binding: ForBinding, iterable: Expression, body: Statement, isAwait: Bool
    ) throws(CompileError) {
        let mark = builder.registerMark
        let headScope = lexicalHeadScope(binding, statement)
        var pushedForObject = false
        if let headScope { pushedForObject = enterScope(headScope, isFunctionTop: false) }
        let iterableRegister = builder.allocate()
        try compileExpression(iterable, into: iterableRegister)
        if let headScope { leaveScope(headScope, pushed: pushedForObject) }
        let iterator = builder.allocate(3)
        builder.mark(iterable.start)
        if !isAwait { builder.recordCallSite(calleeText(iterable)) }
        builder.emit(isAwait ? .getAsyncIterator(iterator, iterable: iterableRegister) : .getIterator(iterator, iterable: iterableRegister))
        let start = JumpLabel()
        let exit = JumpLabel()
        let breakLabel = JumpLabel()
        let value = builder.allocate()
        builder.bind(start)
        if isAwait {
            let result = builder.allocate()
            builder.emit(.asyncIteratorNext(result, iterator: iterator))
            builder.emit(.await(result, value: result))
            builder.emitJump(to: exit) { .iteratorResultValue(value, result: result, done: $0) }
        } else {
            builder.emitJump(to: exit) { .iteratorStep(value, iterator: iterator, done: $0) }
        }
        let regionStart = builder.here
        let depthAtStart = builder.runtimeScopeDepth
        builder.contexts.append(.iterator(iterator))
        builder.contexts.append(.breakable(labels: labels, breakLabel: breakLabel, continueLabel: start, isLoop: true, scopeDepth: builder.runtimeScopeDepth))
        var pushed = false
        if let headScope { pushed = enterScope(headScope, isFunctionTop: false) }
        try bindForTarget(binding, from: value)
        try compileNested(body)
        if let headScope { leaveScope(headScope, pushed: pushed) }
        builder.contexts.removeLast()
        builder.contexts.removeLast()
        let regionEnd = builder.here
        builder.jump(to: start)
        builder.bind(breakLabel)
        builder.emit(.iteratorClose(iterator: iterator))
        builder.jump(to: exit)
        let thrown = builder.allocate()
        let handlerTarget = builder.here
        builder.emit(.iteratorCloseQuietly(iterator: iterator))
        builder.emit(.throw(thrown))
        builder.handlers.append(
            ExceptionHandler(
                start: Int32(regionStart), end: Int32(regionEnd), target: Int32(handlerTarget), valueRegister: thrown,
                kindRegister: 0, isFinally: false, scopeDepth: UInt16(depthAtStart)))
        builder.bind(exit)
        builder.release(to: mark)
    }

    private func lexicalHeadScope(_ binding: ForBinding, _ statement: Statement) -> ScopeInfo? {
        guard case .declaration(let declaration) = binding, declaration.kind != .var else { return nil }
        return analysis.scopes[ScopeKey(start: statement.start, tag: 2)]
    }

    private func bindForTarget(_ binding: ForBinding, from register: Register) throws(CompileError) {
        switch binding {
        case .declaration(let declaration):
            guard let declarator = declaration.declarations.first else { return }
            try bindPattern(declarator.target, from: register, kind: .initialize)
        case .pattern(let pattern):
            if case .expression(let target) = pattern,
                try emitCallTargetFailure(target, message: "Invalid left-hand side in for-loop", at: target.start)
            {
                return
            }
            try bindPattern(pattern, from: register, kind: .assign)
        }
    }

    // MARK: Jumps out of statements

    func compileBreak(label: String?, at offset: SourceOffset) throws(CompileError) {
        for index in stride(from: builder.contexts.count - 1, through: 0, by: -1) {
            guard case .breakable(let labels, let breakLabel, _, let isLoop, _) = builder.contexts[index] else { continue }
            let matches = label.map { labels.contains($0) } ?? isLoopOrSwitch(index, isLoop: isLoop)
            if matches {
                emitJumpOut(to: index, jump: .breakTo(breakLabel, contextIndex: index), from: builder.contexts.count - 1)
                return
            }
        }
        throw error(label.map { "Undefined label '\($0)'" } ?? "Illegal break statement", at: offset)
    }

    private func isLoopOrSwitch(_ index: Int, isLoop: Bool) -> Bool {
        if isLoop { return true }
        if case .breakable(let labels, _, nil, false, _) = builder.contexts[index], labels.contains("%switch") { return true }
        return false
    }

    func compileContinue(label: String?, at offset: SourceOffset) throws(CompileError) {
        for index in stride(from: builder.contexts.count - 1, through: 0, by: -1) {
            guard case .breakable(let labels, _, let continueLabel, let isLoop, _) = builder.contexts[index], isLoop,
                let continueLabel
            else { continue }
            if label == nil || labels.contains(label!) {
                emitJumpOut(to: index, jump: .continueTo(continueLabel, contextIndex: index), from: builder.contexts.count - 1)
                return
            }
        }
        throw error(label.map { "Undefined label '\($0)'" } ?? "Illegal continue statement: no surrounding iteration statement", at: offset)
    }

    /// Leaves the contexts above `target`, closing iterators, popping scopes, and routing through
    /// `finally` blocks, then jumps.
    func emitJumpOut(to target: Int, jump: RoutedJump, from top: Int) {
        var index = top
        while index > target {
            switch builder.contexts[index] {
            case .scope:
                builder.emit(.popScope)
            case .iterator(let iterator):
                builder.emit(.iteratorClose(iterator: iterator))
            case .finally(let route):
                let kind = Int32(3 + route.routedJumps.count)
                route.routedJumps.append((kind, index, jump))
                builder.emit(.loadInt(route.kindRegister, kind))
                builder.jump(to: route.entry)
                return
            case .breakable:
                break
            }
            index -= 1
        }
        switch jump {
        case .breakTo(let label, _), .continueTo(let label, _):
            builder.jump(to: label)
        }
    }

    /// Returns `value`, leaving every context (iterators closed, `finally` blocks run).
    func emitReturn(_ value: Register, from top: Int) {
        var index = top
        while index >= 0 {
            switch builder.contexts[index] {
            case .scope, .breakable:
                break
            case .iterator(let iterator):
                builder.emit(.iteratorClose(iterator: iterator))
            case .finally(let route):
                route.usesReturn = true
                if value != route.valueRegister { builder.emit(.move(route.valueRegister, value)) }
                builder.emit(.loadInt(route.kindRegister, 2))
                builder.jump(to: route.entry)
                return
            }
            index -= 1
        }
        builder.emit(.return(value))
    }

    // MARK: try

    func compileTry(_ statement: Statement, block: [Statement], handler: CatchClause?, finalizer: [Statement]?) throws(CompileError) {
        let mark = builder.registerMark
        let depth = UInt16(builder.runtimeScopeDepth)
        var route: FinallyRoute?
        if finalizer != nil {
            let made = FinallyRoute(kindRegister: builder.allocate(), valueRegister: builder.allocate())
            made.contextIndex = builder.contexts.count
            builder.contexts.append(.finally(made))
            route = made
        }
        let tryStart = builder.here
        try compileBlock(block, key: ScopeKey(start: statement.start, tag: 1))
        let tryEnd = builder.here
        if let handler {
            let afterCatch = JumpLabel()
            builder.jump(to: afterCatch)
            let thrown = builder.allocate()
            let catchTarget = builder.here
            builder.handlers.append(
                ExceptionHandler(
                    start: Int32(tryStart), end: Int32(tryEnd), target: Int32(catchTarget), valueRegister: thrown,
                    kindRegister: 0, isFinally: false, scopeDepth: depth))
            let catchMark = builder.registerMark
            if let scope = analysis.scopes[ScopeKey(start: statement.start, tag: 3)] {
                let pushed = enterScope(scope, isFunctionTop: false)
                if let parameter = handler.parameter { try bindPattern(parameter, from: thrown, kind: .initialize) }
                try compileBlock(handler.body, key: ScopeKey(start: statement.start, tag: 4))
                leaveScope(scope, pushed: pushed)
            } else {
                try compileBlock(handler.body, key: ScopeKey(start: statement.start, tag: 4))
            }
            builder.release(to: catchMark)
            builder.bind(afterCatch)
        }
        guard let route, let finalizer else {
            builder.release(to: mark)
            return
        }
        let regionEnd = builder.here
        builder.contexts.removeLast()
        builder.emit(.loadInt(route.kindRegister, 0))
        builder.bind(route.entry)
        builder.handlers.append(
            ExceptionHandler(
                start: Int32(tryStart), end: Int32(regionEnd), target: Int32(route.entry.target!),
                valueRegister: route.valueRegister, kindRegister: route.kindRegister, isFinally: true, scopeDepth: depth))
        // A normally completing `finally` keeps the completion value of the `try` (§14.15.3).
        var savedCompletion: Register?
        if let completion = builder.completionRegister {
            let saved = builder.allocate()
            builder.emit(.move(saved, completion))
            savedCompletion = saved
        }
        try compileBlock(finalizer, key: ScopeKey(start: statement.start, tag: 5))
        if let savedCompletion, let completion = builder.completionRegister { builder.emit(.move(completion, savedCompletion)) }
        // Continue whatever brought us here.
        let done = JumpLabel()
        builder.emitJump(to: done) { .jumpIfInt(route.kindRegister, value: 0, $0) }
        let rethrow = JumpLabel()
        builder.emitJump(to: rethrow) { .jumpIfInt(route.kindRegister, value: 1, $0) }
        let returning = JumpLabel()
        let mayReturn = route.usesReturn || builder.info.node?.isGenerator == true
        if mayReturn { builder.emitJump(to: returning) { .jumpIfInt(route.kindRegister, value: 2, $0) } }
        var continuations: [(JumpLabel, Int, RoutedJump)] = []
        for routed in route.routedJumps {
            let label = JumpLabel()
            builder.emitJump(to: label) { .jumpIfInt(route.kindRegister, value: routed.kind, $0) }
            continuations.append((label, routed.contextIndex, routed.jump))
        }
        builder.jump(to: done)
        builder.bind(rethrow)
        builder.emit(.throw(route.valueRegister))
        if mayReturn {
            builder.bind(returning)
            emitReturn(route.valueRegister, from: route.contextIndex - 1)
        }
        for (label, contextIndex, jump) in continuations {
            builder.bind(label)
            let target: Int
            switch jump {
            case .breakTo(_, let index), .continueTo(_, let index): target = index
            }
            emitJumpOut(to: target, jump: jump, from: contextIndex - 1)
        }
        builder.bind(done)
        builder.release(to: mark)
    }

    // MARK: switch

    func compileSwitch(_ statement: Statement, labels: [String], discriminant: Expression, cases: [SwitchCase]) throws(CompileError) {
        let mark = builder.registerMark
        let value = builder.allocate()
        try compileExpression(discriminant, into: value)
        var scope: ScopeInfo?
        var pushed = false
        if let found = analysis.scopes[ScopeKey(start: statement.start, tag: 6)] {
            scope = found
            pushed = enterScope(found, isFunctionTop: false)
            try hoistFunctionDeclarations(cases.flatMap(\.body), scope: found, functionLevel: false)
        }
        let end = JumpLabel()
        var caseLabels: [JumpLabel] = []
        var defaultLabel: JumpLabel?
        let test = builder.allocate()
        for switchCase in cases {
            let label = JumpLabel()
            caseLabels.append(label)
            if let caseTest = switchCase.test {
                builder.mark(switchCase.start)
                try compileExpression(caseTest, into: test)
                builder.emitJump(to: label) { .jumpIfStrictEqual(value, test, $0) }
            } else {
                defaultLabel = label
            }
        }
        builder.jump(to: defaultLabel ?? end)
        builder.contexts.append(.breakable(labels: labels + ["%switch"], breakLabel: end, continueLabel: nil, isLoop: false, scopeDepth: builder.runtimeScopeDepth))
        for (index, switchCase) in cases.enumerated() {
            builder.bind(caseLabels[index])
            try compileStatements(switchCase.body)
        }
        builder.contexts.removeLast()
        builder.bind(end)
        if let scope { leaveScope(scope, pushed: pushed) }
        builder.release(to: mark)
    }
}
