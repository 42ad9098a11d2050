/// Statements and declarations (ECMA-262 §14).
extension ScriptParser {
    /// A script or function body: a directive prologue (§11.2.1) then statements up to `terminator`.
    /// Returns the statements and whether the code is strict.
    mutating func parseBody(terminator: TokenKind, simpleParameters: Bool = true) throws(ParseError)
        -> ([Statement], Bool)
    {
        var statements: [Statement] = []
        var inPrologue = true
        var octalInPrologue: DeferredTokenError?
        while token.kind != terminator {
            if token.kind == .endOfInput { throw unexpected() }
            guard inPrologue, token.kind == .string else {
                inPrologue = false
                statements.append(try parseStatement(.list))
                continue
            }
            let directive = token
            let statement = try parseStatement(.list)
            statements.append(statement)
            guard case .expression(let expression) = statement.kind, case .string = expression.kind,
                expression.start == directive.start
            else {
                inPrologue = false
                continue
            }
            if isUseStrict(directive) {
                if !simpleParameters {
                    throw error(
                        "Illegal 'use strict' directive in function with non-simple parameter list",
                        at: directive.start)
                }
                if !context.isStrict {
                    context.isStrict = true
                    if let octal = octalInPrologue { throw error(octal.message, at: octal.offset) }
                }
            } else if octalInPrologue == nil, let problem = directive.strictError {
                octalInPrologue = problem
            }
        }
        return (statements, context.isStrict)
    }

    /// The directive is exactly `"use strict"` or `'use strict'`, without escapes (§11.2.1).
    private func isUseStrict(_ directive: Token) -> Bool {
        guard directive.end - directive.start == 12, !directive.escaped else { return false }
        let expected: [UInt16] = Array("use strict".utf16)
        return directive.units == expected
    }

    mutating func parseStatement(_ position: StatementPosition) throws(ParseError) -> Statement {
        let saved = try enterNesting()
        let labelSet = pendingLabelSetStart
        pendingLabelSetStart = nil
        let statement = try parseStatementKind(position, labelSet: labelSet)
        try leaveNesting(saved)
        return statement
    }

    private mutating func parseStatementKind(_ position: StatementPosition, labelSet: Int?) throws(ParseError)
        -> Statement
    {
        let start = token.start
        switch token.kind {
        case .leftBrace:
            return Statement(.block(try parseBlock()), start: start)
        case .kwVar:
            try advance()
            let declaration = try parseVariableDeclarations(kind: .var, allowIn: true, inForHead: false)
            try consumeSemicolon()
            return Statement(.variable(declaration), start: start)
        case .kwConst:
            guard position == .list else { throw unexpected() }
            try advance()
            let declaration = try parseVariableDeclarations(kind: .const, allowIn: true, inForHead: false)
            try consumeSemicolon()
            return Statement(.variable(declaration), start: start)
        case .identifier:
            if atContextual(.let) {
                let next = try peek()
                if next.kind == .identifier || next.kind == .leftBracket || next.kind == .leftBrace {
                    if position != .list {
                        if next.kind == .leftBracket || !next.newlineBefore {
                            throw error("Lexical declaration cannot appear in a single-statement context", at: start)
                        }
                    } else {
                        try advance()
                        let declaration = try parseVariableDeclarations(kind: .let, allowIn: true, inForHead: false)
                        try consumeSemicolon()
                        return Statement(.variable(declaration), start: start)
                    }
                }
            } else if atContextual(.async) {
                let next = try peek()
                if next.kind == .kwFunction && !next.newlineBefore {
                    guard position == .list else {
                        throw error("Async functions can only be declared at the top level or inside a block.", at: start)
                    }
                    try advance()
                    return Statement(.function(try parseFunctionDeclaration(start: start, isAsync: true)), start: start)
                }
            }
            return try parseExpressionOrLabeledStatement(position, labelSet: labelSet)
        case .kwFunction:
            // (a labelled function is allowed only where a declaration could stand, §14.13.1)
            switch position {
            case .list:
                break
            case .ifBody, .labelBody:
                if context.isStrict {
                    throw error(
                        "In strict mode code, functions can only be declared at top level or inside a block.", at: start)
                }
                // Annex B.3.4: as if the declaration were in a block of its own.
                pushScope()
                let function = try parseFunctionDeclaration(start: start, isAsync: false)
                popScope()
                return Statement(.function(function), start: start)
            case .single:
                throw error(
                    context.isStrict
                        ? "In strict mode code, functions can only be declared at top level or inside a block."
                        : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
                    at: start)
            }
            return Statement(.function(try parseFunctionDeclaration(start: start, isAsync: false)), start: start)
        case .kwClass:
            guard position == .list else { throw unexpected() }
            return Statement(.class(try parseClass(isDeclaration: true)), start: start)
        case .kwIf:
            return try parseIf()
        case .kwFor:
            return try parseFor(labelSet: labelSet)
        case .kwWhile:
            markLoopLabels(labelSet)
            try advance()
            try expect(.leftParen)
            let test = try parseExpression(allowIn: true)
            try expect(.rightParen)
            let body = try parseLoopBody()
            return Statement(.while(test: test, body: body), start: start)
        case .kwDo:
            markLoopLabels(labelSet)
            try advance()
            let body = try parseLoopBody()
            try expect(.kwWhile)
            try expect(.leftParen)
            let test = try parseExpression(allowIn: true)
            try expect(.rightParen)
            // §12.10.1: a semicolon is inserted after a do-while's `)` even on the same line.
            if token.kind == .semicolon { try advance() }
            return Statement(.doWhile(body: body, test: test), start: start)
        case .kwContinue:
            return try parseContinue()
        case .kwBreak:
            return try parseBreak()
        case .kwReturn:
            guard context.allowReturn else { throw error("Illegal return statement", at: start) }
            try advance()
            var argument: Expression?
            if !(token.kind == .semicolon || token.kind == .rightBrace || token.kind == .endOfInput
                || token.newlineBefore)
            {
                argument = try parseExpression(allowIn: true)
            }
            try consumeSemicolon()
            return Statement(.return(argument), start: start)
        case .kwWith:
            if context.isStrict { throw error("Strict mode code may not include a with statement", at: start) }
            throw error("PostieScript does not support the 'with' statement", at: start)
        case .kwSwitch:
            return try parseSwitch()
        case .kwThrow:
            try advance()
            if token.newlineBefore { throw error("Illegal newline after throw", at: start) }
            let argument = try parseExpression(allowIn: true)
            try consumeSemicolon()
            return Statement(.throw(argument), start: start)
        case .kwTry:
            return try parseTry()
        case .kwDebugger:
            try advance()
            try consumeSemicolon()
            return Statement(.debugger, start: start)
        case .semicolon:
            try advance()
            return Statement(.empty, start: start)
        case .kwImport:
            let next = try peek()
            if next.kind != .leftParen && next.kind != .dot {
                throw error("Cannot use import statement outside a module", at: start)
            }
            return try parseExpressionOrLabeledStatement(position, labelSet: labelSet)
        case .kwExport, .kwEnum:
            throw unexpected()
        default:
            return try parseExpressionOrLabeledStatement(position, labelSet: labelSet)
        }
    }

    private mutating func parseExpressionOrLabeledStatement(_ position: StatementPosition, labelSet: Int?)
        throws(ParseError) -> Statement
    {
        let start = token.start
        let startsWithIdentifier = token.kind == .identifier
        let expression = try parseExpression(allowIn: true)
        if startsWithIdentifier, token.kind == .colon, case .identifier(let label) = expression.kind {
            let bodyPosition: StatementPosition = position == .list || position == .labelBody ? .labelBody : .single
            return try parseLabeledStatement(label, labelSet: labelSet, bodyPosition: bodyPosition)
        }
        try consumeSemicolon()
        return Statement(.expression(expression), start: start)
    }

    private mutating func parseLabeledStatement(_ label: Identifier, labelSet: Int?, bodyPosition: StatementPosition)
        throws(ParseError) -> Statement
    {
        try advance()
        if context.labels.contains(where: { $0.name == label.name }) {
            throw error("Label '\(label.name)' has already been declared", at: label.start)
        }
        let setStart = labelSet ?? context.labels.count
        context.labels.append(LabelEntry(name: label.name, isLoop: false))
        if token.kind == .kwFor || token.kind == .kwWhile || token.kind == .kwDo {
            markLoopLabels(setStart)
        }
        pendingLabelSetStart = setStart
        let body = try parseStatement(bodyPosition)
        pendingLabelSetStart = nil
        context.labels.removeLast()
        return Statement(.labeled(label.name, body), start: label.start)
    }

    /// The labels directly in front of a loop may be targets of `continue`.
    private mutating func markLoopLabels(_ setStart: Int?) {
        guard let setStart else { return }
        for index in setStart..<context.labels.count { context.labels[index].isLoop = true }
    }

    mutating func parseBlock() throws(ParseError) -> [Statement] {
        try expect(.leftBrace)
        pushScope()
        var statements: [Statement] = []
        while token.kind != .rightBrace {
            if token.kind == .endOfInput { throw unexpected() }
            statements.append(try parseStatement(.list))
        }
        popScope()
        try advance()
        return statements
    }

    private mutating func parseLoopBody() throws(ParseError) -> Statement {
        context.iterationDepth += 1
        context.breakableDepth += 1
        let body = try parseStatement(.single)
        context.iterationDepth -= 1
        context.breakableDepth -= 1
        return body
    }

    private mutating func parseIf() throws(ParseError) -> Statement {
        let start = token.start
        try advance()
        try expect(.leftParen)
        let test = try parseExpression(allowIn: true)
        try expect(.rightParen)
        let consequent = try parseStatement(.ifBody)
        var alternate: Statement?
        if token.kind == .kwElse {
            try advance()
            alternate = try parseStatement(.ifBody)
        }
        return Statement(.if(test: test, consequent: consequent, alternate: alternate), start: start)
    }

    private mutating func parseContinue() throws(ParseError) -> Statement {
        let start = token.start
        try advance()
        var label: String?
        if token.kind == .identifier && !token.newlineBefore {
            let name = token.name
            guard let entry = context.labels.last(where: { $0.name == name }) else {
                throw error("Undefined label '\(name)'", at: token.start)
            }
            if !entry.isLoop {
                throw error(
                    "Illegal continue statement: '\(name)' does not denote an iteration statement", at: token.start)
            }
            label = name
            try advance()
        } else if context.iterationDepth == 0 {
            throw error("Illegal continue statement: no surrounding iteration statement", at: start)
        }
        try consumeSemicolon()
        return Statement(.continue(label: label), start: start)
    }

    private mutating func parseBreak() throws(ParseError) -> Statement {
        let start = token.start
        try advance()
        var label: String?
        if token.kind == .identifier && !token.newlineBefore {
            let name = token.name
            guard context.labels.contains(where: { $0.name == name }) else {
                throw error("Undefined label '\(name)'", at: token.start)
            }
            label = name
            try advance()
        } else if context.breakableDepth == 0 {
            throw error("Illegal break statement", at: start)
        }
        try consumeSemicolon()
        return Statement(.break(label: label), start: start)
    }

    private mutating func parseSwitch() throws(ParseError) -> Statement {
        let start = token.start
        try advance()
        try expect(.leftParen)
        let discriminant = try parseExpression(allowIn: true)
        try expect(.rightParen)
        try expect(.leftBrace)
        pushScope()
        context.breakableDepth += 1
        var cases: [SwitchCase] = []
        var sawDefault = false
        while token.kind != .rightBrace {
            let caseStart = token.start
            var test: Expression?
            if token.kind == .kwCase {
                try advance()
                test = try parseExpression(allowIn: true)
            } else if token.kind == .kwDefault {
                if sawDefault { throw error("More than one default clause in switch statement", at: caseStart) }
                sawDefault = true
                try advance()
            } else {
                throw unexpected()
            }
            try expect(.colon)
            var body: [Statement] = []
            while token.kind != .kwCase && token.kind != .kwDefault && token.kind != .rightBrace {
                if token.kind == .endOfInput { throw unexpected() }
                body.append(try parseStatement(.list))
            }
            cases.append(SwitchCase(test: test, body: body, start: caseStart))
        }
        context.breakableDepth -= 1
        popScope()
        try advance()
        return Statement(.switch(discriminant, cases), start: start)
    }

    private mutating func parseTry() throws(ParseError) -> Statement {
        let start = token.start
        try advance()
        let block = try parseBlock()
        var handler: CatchClause?
        var finalizer: [Statement]?
        if token.kind == .kwCatch {
            try advance()
            pushScope()
            var parameter: Pattern?
            if token.kind == .leftParen {
                try advance()
                let target = try parseBindingTarget(lexical: true)
                var names: [Identifier] = []
                collectBoundNames(target, into: &names)
                let kind: DeclaredBindingKind
                if case .identifier = target { kind = .simpleCatchParameter } else { kind = .catchParameter }
                for name in names { try declareLexical(name, kind: kind) }
                parameter = target
                try expect(.rightParen)
            }
            // The catch block shares the parameter's scope for the redeclaration rules (§14.15.1).
            guard token.kind == .leftBrace else { throw unexpected() }
            try advance()
            var body: [Statement] = []
            while token.kind != .rightBrace {
                if token.kind == .endOfInput { throw unexpected() }
                body.append(try parseStatement(.list))
            }
            popScope()
            try advance()
            handler = CatchClause(parameter: parameter, body: body)
        }
        if token.kind == .kwFinally {
            try advance()
            finalizer = try parseBlock()
        }
        if handler == nil && finalizer == nil {
            throw error("Missing catch or finally after try", at: token.start)
        }
        return Statement(.try(block: block, handler: handler, finalizer: finalizer), start: start)
    }

    // MARK: - for, for-in, for-of (§14.7.4, §14.7.5)

    private mutating func parseFor(labelSet: Int?) throws(ParseError) -> Statement {
        let start = token.start
        markLoopLabels(labelSet)
        try advance()
        var isAwait = false
        if atContextual(.await) {
            guard context.isAsync else { throw error("Unexpected reserved word", at: token.start) }
            if context.inParameters {
                throw error("Illegal await-expression in formal parameters of async function", at: token.start)
            }
            isAwait = true
            if context.isScriptTop { hasTopLevelAwait = true }
            try advance()
        }
        try expect(.leftParen)
        pushScope()
        defer { popScope() }
        var initializer: ForInitializer?
        if token.kind == .semicolon {
            if isAwait { throw unexpected() }
        } else if let kind = try declarationKindAtForHead() {
            try advance()
            let declaration = try parseVariableDeclarations(kind: kind, allowIn: false, inForHead: true)
            let isOf = atContextual(.of)
            if isOf || token.kind == .kwIn {
                if isAwait && !isOf { throw unexpected() }
                return try parseForInOfRest(
                    .declaration(try checkForInOfDeclaration(declaration, isOf: isOf)), isOf: isOf, isAwait: isAwait,
                    start: start)
            }
            if isAwait { throw unexpected() }
            try checkInitializers(declaration)
            initializer = .declaration(declaration)
        } else {
            let startsWithLet = atContextual(.let)
            let startsWithAsync = atContextual(.async)
            let expressionStart = token.start
            let savedPending = pendingCoverError
            pendingCoverError = nil
            let first = try parseAssignment(allowIn: false, allowCover: true)
            let isOf = atContextual(.of) && !startsWithLet
            if isOf || token.kind == .kwIn {
                if isAwait && !isOf { throw unexpected() }
                if isOf && startsWithAsync, case .identifier = first.kind, first.start == expressionStart {
                    throw error("The left-hand side of a for-of loop may not be 'async'.", at: expressionStart)
                }
                let target: Pattern
                switch first.kind {
                case .array, .object:
                    target = try toPattern(first, binding: false)
                default:
                    target = try simpleAssignmentTarget(first, message: "Invalid left-hand side in for-loop")
                }
                pendingCoverError = savedPending
                return try parseForInOfRest(.pattern(target), isOf: isOf, isAwait: isAwait, start: start)
            }
            if isAwait { throw unexpected() }
            if let pending = pendingCoverError { throw error(pending.message, at: pending.offset) }
            pendingCoverError = savedPending
            var expression = first
            if token.kind == .comma {
                var expressions = [first]
                while token.kind == .comma {
                    try advance()
                    expressions.append(try parseAssignment(allowIn: false))
                }
                expression = Expression(.sequence(expressions), start: first.start)
            }
            initializer = .expression(expression)
        }
        try expect(.semicolon)
        let test = token.kind == .semicolon ? nil : try parseExpression(allowIn: true)
        try expect(.semicolon)
        let update = token.kind == .rightParen ? nil : try parseExpression(allowIn: true)
        try expect(.rightParen)
        let body = try parseLoopBody()
        return Statement(.for(initializer: initializer, test: test, update: update, body: body), start: start)
    }

    /// `var`, `const`, or a `let` that starts a declaration in a for head.
    private mutating func declarationKindAtForHead() throws(ParseError) -> DeclarationKind? {
        switch token.kind {
        case .kwVar: return .var
        case .kwConst: return .const
        case .identifier where atContextual(.let):
            let next = try peek()
            if next.kind == .identifier || next.kind == .leftBracket || next.kind == .leftBrace { return .let }
            return nil
        default: return nil
        }
    }

    private func checkForInOfDeclaration(_ declaration: VariableDeclaration, isOf: Bool) throws(ParseError)
        -> VariableDeclaration
    {
        let loop = isOf ? "for-of" : "for-in"
        guard declaration.declarations.count == 1, let declarator = declaration.declarations.first else {
            throw error(
                "Invalid left-hand side in \(loop) loop: Must have a single binding.",
                at: patternStart(declaration.declarations[1].target))
        }
        if declarator.initializer != nil {
            var allowed = false
            if !isOf && !context.isStrict && declaration.kind == .var, case .identifier = declarator.target {
                allowed = true  // Annex B.3.6: for (var x = 1 in o)
            }
            if !allowed {
                throw error(
                    "\(loop) loop variable declaration may not have an initializer.",
                    at: patternStart(declarator.target))
            }
        }
        return declaration
    }

    private mutating func parseForInOfRest(_ binding: ForBinding, isOf: Bool, isAwait: Bool, start: Int32)
        throws(ParseError) -> Statement
    {
        try advance()
        let right = isOf ? try parseAssignment(allowIn: true) : try parseExpression(allowIn: true)
        try expect(.rightParen)
        let body = try parseLoopBody()
        if isOf {
            return Statement(.forOf(binding, right, body: body, isAwait: isAwait), start: start)
        }
        return Statement(.forIn(binding, right, body: body), start: start)
    }

    // MARK: - Variable declarations (§14.3)

    mutating func parseVariableDeclarations(kind: DeclarationKind, allowIn: Bool, inForHead: Bool)
        throws(ParseError) -> VariableDeclaration
    {
        var declarators: [VariableDeclarator] = []
        while true {
            let target = try parseBindingTarget(lexical: kind != .var)
            try declare(target, as: kind)
            var initializer: Expression?
            if token.kind == .assign {
                try advance()
                initializer = try parseAssignment(allowIn: allowIn)
            } else if !inForHead {
                try checkMissingInitializer(target, kind: kind)
            }
            declarators.append(VariableDeclarator(target: target, initializer: initializer))
            guard token.kind == .comma else { break }
            try advance()
        }
        return VariableDeclaration(kind: kind, declarations: declarators)
    }

    private func checkMissingInitializer(_ target: Pattern, kind: DeclarationKind) throws(ParseError) {
        if case .identifier = target {
            if kind == .const {
                throw error("Missing initializer in const declaration", at: patternStart(target))
            }
        } else {
            throw error("Missing initializer in destructuring declaration", at: patternStart(target))
        }
    }

    /// A plain `for (;;)` head's declarations need their initializers.
    private func checkInitializers(_ declaration: VariableDeclaration) throws(ParseError) {
        for declarator in declaration.declarations where declarator.initializer == nil {
            try checkMissingInitializer(declarator.target, kind: declaration.kind)
        }
    }
}

/// Where a pattern starts in the source.
func patternStart(_ pattern: Pattern) -> Int32 {
    switch pattern {
    case .identifier(let identifier): return identifier.start
    case .object(_, _, let start), .array(_, _, let start): return start
    case .withDefault(let target, _): return patternStart(target)
    case .expression(let expression): return expression.start
    }
}
