/// Expressions (ECMA-262 §13).
extension ScriptParser {
    /// Expression: AssignmentExpressions separated by commas (§13.16).
    mutating func parseExpression(allowIn: Bool) throws(ParseError) -> Expression {
        let first = try parseAssignment(allowIn: allowIn)
        guard token.kind == .comma else { return first }
        var expressions = [first]
        while token.kind == .comma {
            try advance()
            expressions.append(try parseAssignment(allowIn: allowIn))
        }
        return Expression(.sequence(expressions), start: first.start)
    }

    /// An arrow function that has just been parsed as an operand: nothing may follow it but what
    /// may follow an AssignmentExpression.
    @inline(__always)
    func isBareArrow(_ expression: Expression) -> Bool {
        if case .function(let function) = expression.kind, case .arrow = function.kind { return true }
        return false
    }

    /// AssignmentExpression (§13.15), including arrow functions and yield.
    ///
    /// `allowCover`: the result may still be reinterpreted as a destructuring pattern by the caller
    /// (an element of an array literal, a property value, a parenthesized expression that may be an
    /// arrow's parameters), so cover-grammar errors such as `{a = 1}` stay pending.
    mutating func parseAssignment(allowIn: Bool, allowCover: Bool = false) throws(ParseError) -> Expression {
        let savedDepth = try enterNesting()
        if context.isGenerator && atContextual(.yield) {
            let result = try parseYield(allowIn: allowIn)
            try leaveNesting(savedDepth)
            return result
        }
        let savedAssignmentStart = assignmentStart
        assignmentStart = token.start
        let savedPending = pendingCoverError
        pendingCoverError = nil
        var result = try parseConditional(allowIn: allowIn)
        assignmentStart = savedAssignmentStart
        if token.kind == .arrow && !isBareArrow(result) {
            if token.newlineBefore { throw unexpected() }
            throw error("Malformed arrow function parameter list", at: result.start)
        }
        if let operation = token.kind.assignmentOperator, !isBareArrow(result) {
            let target: Pattern
            switch result.kind {
            case .array where operation == .assign, .object where operation == .assign:
                target = try toPattern(result, binding: false)
                pendingCoverError = nil
            default:
                target = try simpleAssignmentTarget(result, message: "Invalid left-hand side in assignment")
            }
            try advance()
            let value = try parseAssignment(allowIn: allowIn)
            result = Expression(.assignment(operation, target: target, value: value), start: result.start)
        }
        if let pending = pendingCoverError {
            var isLiteral = false
            switch result.kind {
            case .array, .object: isLiteral = true
            default: break
            }
            guard allowCover && isLiteral else { throw error(pending.message, at: pending.offset) }
            pendingCoverError = savedPending ?? pending
        } else {
            pendingCoverError = savedPending
        }
        try leaveNesting(savedDepth)
        return result
    }

    /// `yield`, `yield expr`, `yield* expr` (§15.5).
    private mutating func parseYield(allowIn: Bool) throws(ParseError) -> Expression {
        let start = token.start
        if context.inParameters { throw error("Yield expression not allowed in formal parameter", at: start) }
        try advance()
        if token.newlineBefore {
            return Expression(.yield(nil, delegate: false), start: start)
        }
        if token.kind == .star {
            try advance()
            let argument = try parseAssignment(allowIn: allowIn)
            return Expression(.yield(argument, delegate: true), start: start)
        }
        guard canStartExpression(token.kind) else {
            return Expression(.yield(nil, delegate: false), start: start)
        }
        let argument = try parseAssignment(allowIn: allowIn)
        return Expression(.yield(argument, delegate: false), start: start)
    }

    /// Whether a token can begin an AssignmentExpression (decides whether `yield` has an operand).
    private func canStartExpression(_ kind: TokenKind) -> Bool {
        switch kind {
        case .identifier, .escapedKeyword, .number, .string, .noSubstitutionTemplate, .templateHead,
            .leftParen, .leftBracket, .leftBrace, .plus, .minus, .bang, .tilde, .plusPlus, .minusMinus,
            .slash, .slashAssign, .kwThis, .kwNull, .kwTrue, .kwFalse, .kwFunction, .kwClass, .kwNew,
            .kwSuper, .kwTypeof, .kwVoid, .kwDelete, .kwImport, .privateName:
            return true
        default:
            return false
        }
    }

    /// A target of `+=`, `++` and the like: an identifier or a property reference (§13.15.1
    /// AssignmentTargetType simple), through parentheses. A call is accepted too, as V8 does for web
    /// compatibility: assigning to it throws a ReferenceError at run time.
    mutating func simpleAssignmentTarget(_ expression: Expression, message: String) throws(ParseError) -> Pattern {
        var inner = expression
        while case .parenthesized(let contained) = inner.kind { inner = contained }
        switch inner.kind {
        case .identifier(let identifier):
            try checkAssignable(identifier)
            return .identifier(identifier)
        case .member, .index, .call:
            return .expression(inner)
        default:
            throw error(message, at: expression.start)
        }
    }

    /// `eval` and `arguments` cannot be assigned in strict code (§13.15.1).
    func checkAssignable(_ identifier: Identifier) throws(ParseError) {
        if context.isStrict && (identifier.name == "eval" || identifier.name == "arguments") {
            throw error("Unexpected eval or arguments in strict mode", at: identifier.start)
        }
    }

    /// ConditionalExpression (§13.14).
    private mutating func parseConditional(allowIn: Bool) throws(ParseError) -> Expression {
        let test = try parseBinary(minimumPrecedence: 0, allowIn: allowIn)
        guard token.kind == .question, !isBareArrow(test) else { return test }
        try advance()
        let consequent = try parseAssignment(allowIn: true)
        try expect(.colon)
        let alternate = try parseAssignment(allowIn: allowIn)
        return Expression(.conditional(test: test, consequent: consequent, alternate: alternate), start: test.start)
    }

    func binaryPrecedence(_ kind: TokenKind, allowIn: Bool) -> Int {
        switch kind {
        case .questionQuestion: return 1
        case .barBar: return 2
        case .ampersandAmpersand: return 3
        case .bar: return 4
        case .caret: return 5
        case .ampersand: return 6
        case .equal, .notEqual, .strictEqual, .strictNotEqual: return 7
        case .less, .greater, .lessEqual, .greaterEqual, .kwInstanceof: return 8
        case .kwIn: return allowIn ? 8 : 0
        case .leftShift, .signedRightShift, .unsignedRightShift: return 9
        case .plus, .minus: return 10
        case .star, .slash, .percent: return 11
        case .starStar: return 12
        default: return 0
        }
    }

    /// The binary operators by precedence climbing (§13.6–§13.13); `**` is right-associative.
    private mutating func parseBinary(minimumPrecedence: Int, allowIn: Bool) throws(ParseError) -> Expression {
        var left = try parseUnary()
        if isBareArrow(left) { return left }
        while true {
            let kind = token.kind
            let precedence = binaryPrecedence(kind, allowIn: allowIn)
            if precedence <= minimumPrecedence { break }
            if kind == .starStar {
                switch left.kind {
                case .unary, .await:
                    throw error(
                        "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence",
                        at: left.start)
                default: break
                }
            }
            if kind == .questionQuestion, case .logical(let operation, _, _) = left.kind, operation != .nullish {
                throw unexpected()
            }
            if (kind == .barBar || kind == .ampersandAmpersand) && minimumPrecedence == 1 {
                // The right operand of `??` cannot be an unparenthesized `||` or `&&` (§13.13).
                throw unexpected()
            }
            try advance()
            let leftDepth = treeDepth
            treeDepth = 0
            let right: Expression
            if kind == .starStar {
                // Right-associative, so this recursion is as deep as the chain: count it.
                let saved = try enterNesting()
                right = try parseBinary(minimumPrecedence: precedence - 1, allowIn: allowIn)
                try leaveNesting(saved)
            } else {
                right = try parseBinary(minimumPrecedence: precedence, allowIn: allowIn)
            }
            treeDepth = max(leftDepth, treeDepth)
            try deepenTree()
            left = makeBinary(kind, left, right)
        }
        return left
    }

    private func makeBinary(_ kind: TokenKind, _ left: Expression, _ right: Expression) -> Expression {
        let start = left.start
        switch kind {
        case .questionQuestion: return Expression(.logical(.nullish, left, right), start: start)
        case .barBar: return Expression(.logical(.or, left, right), start: start)
        case .ampersandAmpersand: return Expression(.logical(.and, left, right), start: start)
        default: break
        }
        let operation: BinaryOperator
        switch kind {
        case .bar: operation = .bitwiseOr
        case .caret: operation = .bitwiseXor
        case .ampersand: operation = .bitwiseAnd
        case .equal: operation = .equal
        case .notEqual: operation = .notEqual
        case .strictEqual: operation = .strictEqual
        case .strictNotEqual: operation = .strictNotEqual
        case .less: operation = .less
        case .greater: operation = .greater
        case .lessEqual: operation = .lessOrEqual
        case .greaterEqual: operation = .greaterOrEqual
        case .kwInstanceof: operation = .instanceof
        case .kwIn: operation = .in
        case .leftShift: operation = .leftShift
        case .signedRightShift: operation = .signedRightShift
        case .unsignedRightShift: operation = .unsignedRightShift
        case .plus: operation = .add
        case .minus: operation = .subtract
        case .star: operation = .multiply
        case .slash: operation = .divide
        case .percent: operation = .remainder
        default: operation = .exponent
        }
        return Expression(.binary(operation, left, right), start: start)
    }

    /// UnaryExpression and prefix UpdateExpression (§13.4, §13.5), and AwaitExpression (§15.8).
    private mutating func parseUnary() throws(ParseError) -> Expression {
        let start = token.start
        let operation: UnaryOperator
        switch token.kind {
        case .kwDelete: operation = .delete
        case .kwVoid: operation = .void
        case .kwTypeof: operation = .typeof
        case .plus: operation = .plus
        case .minus: operation = .minus
        case .tilde: operation = .bitwiseNot
        case .bang: operation = .not
        case .plusPlus, .minusMinus:
            let update: UpdateOperator = token.kind == .plusPlus ? .increment : .decrement
            let saved = try enterNesting()
            try advance()
            let operand = try parseUnary()
            let target = try simpleAssignmentTarget(
                operand, message: "Invalid left-hand side expression in prefix operation")
            _ = target
            try leaveNesting(saved)
            return Expression(.update(update, prefix: true, operand), start: start)
        case .identifier where context.isAsync && atContextual(.await):
            if context.inParameters {
                throw error("Illegal await-expression in formal parameters of async function", at: start)
            }
            let saved = try enterNesting()
            try advance()
            let operand = try parseUnary()
            if context.isScriptTop { hasTopLevelAwait = true }
            try leaveNesting(saved)
            return Expression(.await(operand), start: start)
        default:
            return try parsePostfix()
        }
        let saved = try enterNesting()
        try advance()
        let operand = try parseUnary()
        if operation == .delete && context.isStrict {
            var inner = operand
            while case .parenthesized(let contained) = inner.kind { inner = contained }
            if case .identifier = inner.kind {
                throw error("Delete of an unqualified identifier in strict mode.", at: previousStart)
            }
        }
        try leaveNesting(saved)
        return Expression(.unary(operation, operand), start: start)
    }

    /// Postfix UpdateExpression (§13.4): `x++` with no line terminator before the operator.
    private mutating func parsePostfix() throws(ParseError) -> Expression {
        let operand = try parseLeftHandSide()
        if isBareArrow(operand) { return operand }
        if (token.kind == .plusPlus || token.kind == .minusMinus) && !token.newlineBefore {
            _ = try simpleAssignmentTarget(operand, message: "Invalid left-hand side expression in postfix operation")
            let update: UpdateOperator = token.kind == .plusPlus ? .increment : .decrement
            try advance()
            return Expression(.update(update, prefix: false, operand), start: operand.start)
        }
        return operand
    }

    /// LeftHandSideExpression: `new`, calls, property accesses, tagged templates and optional chains
    /// (§13.3), built by a loop.
    mutating func parseLeftHandSide() throws(ParseError) -> Expression {
        let base = token.kind == .kwNew ? try parseNew() : try parsePrimary()
        if isBareArrow(base) { return base }
        return try parseCallTail(base, allowCalls: true)
    }

    /// The `.name`, `[expr]`, `(args)`, template and `?.` links after `expression`. Without
    /// `allowCalls` (a `new` callee) calls and optional chains end or reject the chain.
    private mutating func parseCallTail(_ expression: Expression, allowCalls: Bool) throws(ParseError) -> Expression {
        var expression = expression
        var inOptionalChain = false
        let start = expression.start
        loop: while true {
            switch token.kind {
            case .dot:
                try advance()
                let name = try parseMemberName()
                expression = Expression(.member(object: expression, name: name, optional: false), start: start)
            case .leftBracket:
                try advance()
                let property = try parseExpression(allowIn: true)
                try expect(.rightBracket)
                expression = Expression(.index(object: expression, property: property, optional: false), start: start)
            case .leftParen:
                guard allowCalls else { break loop }
                let arguments = try parseArguments(allowCover: false).arguments
                expression = Expression(.call(callee: expression, arguments: arguments, optional: false), start: start)
            case .noSubstitutionTemplate, .templateHead:
                if inOptionalChain { throw error("Invalid tagged template on optional chain", at: token.start) }
                let quasi = try parseTemplate(tagged: true)
                expression = Expression(.taggedTemplate(tag: expression, quasi: quasi), start: start)
            case .questionDot:
                guard allowCalls else { throw error("Invalid optional chain from new expression", at: token.start) }
                inOptionalChain = true
                try advance()
                switch token.kind {
                case .leftParen:
                    let arguments = try parseArguments(allowCover: false).arguments
                    expression = Expression(.call(callee: expression, arguments: arguments, optional: true), start: start)
                case .leftBracket:
                    try advance()
                    let property = try parseExpression(allowIn: true)
                    try expect(.rightBracket)
                    expression = Expression(.index(object: expression, property: property, optional: true), start: start)
                case .noSubstitutionTemplate, .templateHead:
                    throw error("Invalid tagged template on optional chain", at: token.start)
                default:
                    let name = try parseMemberName()
                    expression = Expression(.member(object: expression, name: name, optional: true), start: start)
                }
            default:
                break loop
            }
            try deepenTree()
        }
        if inOptionalChain {
            expression = Expression(.optionalChain(expression), start: start)
        }
        return expression
    }

    /// An IdentifierName after `.` (reserved words allowed, §13.3).
    private mutating func parseMemberName() throws(ParseError) -> String {
        if token.kind.isIdentifierName {
            let name = token.name
            try advance()
            return name
        }
        if token.kind == .privateName {
            throw error("PostieScript does not support private class members", at: token.start)
        }
        throw unexpected()
    }

    /// `new X`, `new X(args)`, `new.target` (§13.3.5, §13.3.12).
    private mutating func parseNew() throws(ParseError) -> Expression {
        let start = token.start
        let saved = try enterNesting()
        try advance()
        if token.kind == .dot {
            try advance()
            guard atContextual(.target) else { throw unexpected() }
            if !context.allowNewTarget { throw error("new.target expression is not allowed here", at: token.start) }
            try advance()
            try leaveNesting(saved)
            return Expression(.newTarget, start: start)
        }
        if token.kind == .kwImport { throw error("PostieScript does not support import()", at: token.start) }
        let callee = token.kind == .kwNew ? try parseNew() : try parsePrimary()
        if isBareArrow(callee) { throw error("Malformed arrow function parameter list", at: callee.start) }
        let member = try parseCallTail(callee, allowCalls: false)
        var arguments: [Argument] = []
        if token.kind == .leftParen {
            arguments = try parseArguments(allowCover: false).arguments
        }
        try leaveNesting(saved)
        return Expression(.new(callee: member, arguments: arguments), start: start)
    }

    /// Arguments (§13.3.8), also the cover for an async arrow's parameters.
    mutating func parseArguments(allowCover: Bool) throws(ParseError) -> (arguments: [Argument], commaAfterSpread: Bool) {
        try expect(.leftParen)
        var arguments: [Argument] = []
        var commaAfterSpread = false
        while token.kind != .rightParen {
            let argument: Argument
            if token.kind == .ellipsis {
                try advance()
                argument = .spread(try parseAssignment(allowIn: true, allowCover: allowCover))
            } else {
                argument = .expression(try parseAssignment(allowIn: true, allowCover: allowCover))
            }
            arguments.append(argument)
            if token.kind == .rightParen { break }
            guard token.kind == .comma else {
                throw error("missing ) after argument list", at: previousStart)
            }
            try advance()
            if case .spread = argument, token.kind == .rightParen { commaAfterSpread = true }
        }
        try advance()
        return (arguments, commaAfterSpread)
    }

    // MARK: - Primary expressions (§13.2)

    private mutating func parsePrimary() throws(ParseError) -> Expression {
        let start = token.start
        switch token.kind {
        case .identifier:
            return try parseIdentifierExpression()
        case .kwThis:
            try advance()
            return Expression(.this, start: start)
        case .kwNull:
            try advance()
            return Expression(.null, start: start)
        case .kwTrue:
            try advance()
            return Expression(.boolean(true), start: start)
        case .kwFalse:
            try advance()
            return Expression(.boolean(false), start: start)
        case .number:
            try checkStrictLiteral(token)
            let value = token.number
            try advance()
            return Expression(.number(value), start: start)
        case .string:
            try checkStrictLiteral(token)
            let value = token.units
            try advance()
            return Expression(.string(value), start: start)
        case .noSubstitutionTemplate, .templateHead:
            return Expression(.template(try parseTemplate(tagged: false)), start: start)
        case .slash, .slashAssign:
            peekedToken = nil
            try lexer.rescanRegExp(&token)
            let pattern = token.units
            let flags = token.name
            try advance()
            return Expression(.regExp(pattern: pattern, flags: flags), start: start)
        case .leftBracket:
            return try parseArrayLiteral()
        case .leftBrace:
            return try parseObjectLiteral()
        case .leftParen:
            return try parseParenthesizedOrArrow()
        case .kwFunction:
            return Expression(.function(try parseFunctionExpression(start: start, isAsync: false)), start: start)
        case .kwClass:
            return Expression(.class(try parseClass(isDeclaration: false)), start: start)
        case .kwSuper:
            try advance()
            switch token.kind {
            case .leftParen:
                guard context.allowSuperCall else { throw error("'super' keyword unexpected here", at: start) }
            case .dot, .leftBracket:
                guard context.allowSuperProperty else { throw error("'super' keyword unexpected here", at: start) }
            default:
                throw error("'super' keyword unexpected here", at: start)
            }
            return Expression(.super, start: start)
        case .kwImport:
            let next = try peek()
            if next.kind == .leftParen { throw error("PostieScript does not support import()", at: start) }
            if next.kind == .dot {
                try advance()
                try advance()
                throw error("Cannot use 'import.meta' outside a module", at: token.start)
            }
            throw error("Cannot use import statement outside a module", at: start)
        case .privateName:
            throw error("PostieScript does not support private class members", at: start)
        default:
            throw unexpected()
        }
    }

    /// An identifier reference, or the start of an arrow function or async function.
    private mutating func parseIdentifierExpression() throws(ParseError) -> Expression {
        let start = token.start
        let tokenBefore = previousStart
        let name = token.name
        let escaped = token.escaped
        let contextual = token.contextual
        if contextual == .async && !escaped {
            try advance()
            if token.newlineBefore == false {
                switch token.kind {
                case .kwFunction:
                    return Expression(.function(try parseFunctionExpression(start: start, isAsync: true)), start: start)
                case .identifier:
                    // async x => …
                    let parameterToken = token
                    try advance()
                    guard token.kind == .arrow else { throw unexpected(parameterToken) }
                    if token.newlineBefore { throw unexpected() }
                    if start != assignmentStart { throw error("Malformed arrow function parameter list", at: tokenBefore) }
                    let parameter = makeIdentifier(parameterToken.name, start: parameterToken.start)
                    return try parseArrowFunction(
                        start: start, parameters: [.identifier(parameter)], rest: nil, isAsync: true)
                case .leftParen:
                    return try parseAsyncArrowOrCall(start: start, tokenBefore: tokenBefore)
                default:
                    break
                }
            }
            return try identifierReference(
                name, contextual: contextual, start: start, escaped: escaped, alreadyConsumed: true,
                tokenBefore: tokenBefore)
        }
        return try identifierReference(
            name, contextual: contextual, start: start, escaped: escaped, alreadyConsumed: false,
            tokenBefore: tokenBefore)
    }

    private mutating func identifierReference(
        _ name: String, contextual: ContextualKeyword, start: Int32, escaped: Bool, alreadyConsumed: Bool,
        tokenBefore: Int32
    ) throws(ParseError) -> Expression {
        if !alreadyConsumed { try advance() }
        if token.kind == .arrow {
            if token.newlineBefore { throw unexpected() }
            if start != assignmentStart { throw error("Malformed arrow function parameter list", at: tokenBefore) }
            let parameter = makeIdentifier(name, start: start)
            return try parseArrowFunction(start: start, parameters: [.identifier(parameter)], rest: nil, isAsync: false)
        }
        guard contextual != .none else {
            return Expression(.identifier(makeIdentifier(name, start: start)), start: start)
        }
        if context.isStrict && isStrictModeReservedWord(name) {
            throw error("Unexpected strict mode reserved word", at: start)
        }
        if contextual == .yield && context.isGenerator && !alreadyConsumed {
            throw error("Unexpected identifier 'yield'", at: start)
        }
        if contextual == .await && !escaped {
            if context.isAsync { throw error("Unexpected reserved word", at: start) }
            lastAwaitIdentifier = (start, start + 5)
        }
        if contextual == .arguments && context.inClassFieldInitializer {
            throw error(
                "'arguments' is not allowed in class field initializer or static initialization block", at: start)
        }
        return Expression(.identifier(makeIdentifier(name, start: start)), start: start)
    }

    /// After `async` and `(` on the same line: an async arrow's parameters or a call of `async`.
    private mutating func parseAsyncArrowOrCall(start: Int32, tokenBefore: Int32) throws(ParseError) -> Expression {
        let callee = Expression(.identifier(makeIdentifier("async", start: start)), start: start)
        let savedPending = pendingCoverError
        pendingCoverError = nil
        let isArrowPosition = start == assignmentStart
        let (arguments, commaAfterSpread) = try parseArguments(allowCover: true)
        if token.kind == .arrow && !token.newlineBefore {
            if !isArrowPosition { throw error("Malformed arrow function parameter list", at: tokenBefore) }
            var parameters: [Pattern] = []
            var rest: Pattern?
            for (index, argument) in arguments.enumerated() {
                switch argument {
                case .expression(let expression):
                    parameters.append(try toParameter(expression))
                case .spread(let expression):
                    if index != arguments.count - 1 || commaAfterSpread {
                        throw error("Rest parameter must be last formal parameter", at: expression.start)
                    }
                    rest = try toPattern(expression, binding: true)
                }
            }
            pendingCoverError = savedPending
            return try parseArrowFunction(start: start, parameters: parameters, rest: rest, isAsync: true)
        }
        if let pending = pendingCoverError { throw error(pending.message, at: pending.offset) }
        pendingCoverError = savedPending
        return Expression(.call(callee: callee, arguments: arguments, optional: false), start: start)
    }

    /// `( … )`: a parenthesized expression or an arrow function's parameters (§13.2.1
    /// CoverParenthesizedExpressionAndArrowParameterList).
    private mutating func parseParenthesizedOrArrow() throws(ParseError) -> Expression {
        let start = token.start
        let tokenBefore = previousStart
        let isArrowPosition = start == assignmentStart
        try advance()
        let savedPending = pendingCoverError
        pendingCoverError = nil
        var items: [Expression] = []
        var rest: Pattern?
        var restToken: Token?
        var trailingComma = false
        while token.kind != .rightParen {
            if token.kind == .ellipsis {
                restToken = token
                try advance()
                let restStart = token.start
                rest = try parseBindingTarget(lexical: false)
                if token.kind != .rightParen {
                    throw error("Rest parameter must be last formal parameter", at: restStart)
                }
                break
            }
            items.append(try parseAssignment(allowIn: true, allowCover: true))
            guard token.kind == .comma else { break }
            try advance()
            if token.kind == .rightParen { trailingComma = true }
        }
        let closeToken = token
        try expect(.rightParen)
        if token.kind == .arrow && !token.newlineBefore {
            if !isArrowPosition { throw error("Malformed arrow function parameter list", at: tokenBefore) }
            var parameters: [Pattern] = []
            for item in items { parameters.append(try toParameter(item)) }
            pendingCoverError = savedPending
            return try parseArrowFunction(start: start, parameters: parameters, rest: rest, isAsync: false)
        }
        if let restToken { throw unexpected(restToken) }
        if items.isEmpty || trailingComma { throw unexpected(closeToken) }
        if let pending = pendingCoverError { throw error(pending.message, at: pending.offset) }
        pendingCoverError = savedPending
        let inner = items.count == 1 ? items[0] : Expression(.sequence(items), start: items[0].start)
        return Expression(.parenthesized(inner), start: start)
    }

    // MARK: - Array and object literals (§13.2.4, §13.2.5)

    private mutating func parseArrayLiteral() throws(ParseError) -> Expression {
        let start = token.start
        try advance()
        var elements: [ArrayElement] = []
        while token.kind != .rightBracket {
            if token.kind == .comma {
                elements.append(.hole)
                try advance()
                continue
            }
            var isSpread = false
            if token.kind == .ellipsis {
                try advance()
                isSpread = true
                elements.append(.spread(try parseAssignment(allowIn: true, allowCover: true)))
            } else {
                elements.append(.expression(try parseAssignment(allowIn: true, allowCover: true)))
            }
            if token.kind == .rightBracket { break }
            guard token.kind == .comma else { throw unexpected() }
            try advance()
            if isSpread && token.kind == .rightBracket { literalsWithCommaAfterSpread.insert(start) }
        }
        try advance()
        return Expression(.array(elements), start: start)
    }

    private mutating func parseObjectLiteral() throws(ParseError) -> Expression {
        let start = token.start
        try advance()
        var members: [ObjectMember] = []
        var sawProto = false
        while token.kind != .rightBrace {
            var isSpread = false
            if token.kind == .ellipsis {
                try advance()
                isSpread = true
                members.append(.spread(try parseAssignment(allowIn: true, allowCover: true)))
            } else {
                members.append(try parseObjectMember(sawProto: &sawProto))
            }
            if token.kind == .rightBrace { break }
            guard token.kind == .comma else { throw unexpected() }
            try advance()
            if isSpread && token.kind == .rightBrace { literalsWithCommaAfterSpread.insert(start) }
        }
        try advance()
        return Expression(.object(members), start: start)
    }

    /// Whether `kind` after `get`/`set`/`async`/`static` makes that word the property name itself.
    func endsPropertyName(_ kind: TokenKind) -> Bool {
        switch kind {
        case .leftParen, .colon, .comma, .rightBrace, .assign, .semicolon, .endOfInput: return true
        default: return false
        }
    }

    private mutating func parseObjectMember(sawProto: inout Bool) throws(ParseError) -> ObjectMember {
        let memberStart = token.start
        var isAsync = false
        var isGenerator = false
        var accessor: MethodKind?
        if atContextual(.async) {
            let next = try peek()
            if !endsPropertyName(next.kind) {
                if next.newlineBefore { throw unexpected(next) }
                isAsync = true
                try advance()
            }
        } else if atContextual(.get) || atContextual(.set) {
            let next = try peek()
            if !endsPropertyName(next.kind) {
                accessor = token.contextual == .get ? .getter : .setter
                try advance()
            }
        }
        if token.kind == .star {
            if accessor != nil { throw unexpected() }
            isGenerator = true
            try advance()
        }
        let keyToken = token
        let key = try parsePropertyName()
        if isAsync || isGenerator || accessor != nil || token.kind == .leftParen {
            let kind = accessor ?? .method
            let function = try parseMethod(
                start: memberStart, kind: kind, isAsync: isAsync, isGenerator: isGenerator,
                isClassMember: false, constructorOf: nil)
            return .method(key, function, kind)
        }
        if token.kind == .colon {
            try advance()
            let value = try parseAssignment(allowIn: true, allowCover: true)
            if keyToken.kind != .leftBracket, case .literal(let name) = key, name == protoName {
                if sawProto && pendingCoverError == nil {
                    pendingCoverError = DeferredTokenError(
                        message: "Duplicate __proto__ fields are not allowed in object literals", offset: keyToken.start)
                }
                sawProto = true
                return .protoSetter(value)
            }
            return .property(key, value)
        }
        // Shorthand `{ a }` or cover-initialized `{ a = 1 }`.
        guard keyToken.kind == .identifier else {
            if keyToken.kind.isKeyword || keyToken.kind == .escapedKeyword { throw unexpected(keyToken) }
            throw unexpected()
        }
        try checkIdentifierReference(keyToken)
        let identifier = makeIdentifier(keyToken.name, start: keyToken.start)
        if token.kind == .assign {
            try advance()
            let value = try parseAssignment(allowIn: true)
            if pendingCoverError == nil {
                pendingCoverError = DeferredTokenError(
                    message: "Invalid shorthand property initializer", offset: keyToken.start)
            }
            coverInitializedNames.insert(identifier.id)
            let assignment = Expression(
                .assignment(.assign, target: .identifier(identifier), value: value), start: keyToken.start)
            return .property(key, assignment)
        }
        guard token.kind == .comma || token.kind == .rightBrace else { throw unexpected() }
        return .shorthand(identifier)
    }

    /// An identifier token used as a reference in shorthand form.
    private func checkIdentifierReference(_ identifier: Token) throws(ParseError) {
        let name = identifier.name
        if context.isStrict && isStrictModeReservedWord(name) {
            throw error("Unexpected strict mode reserved word", at: identifier.start)
        }
        if name == "yield" && context.isGenerator { throw unexpected(identifier) }
        if name == "await" && context.isAsync && !identifier.escaped {
            throw error("Unexpected reserved word", at: identifier.start)
        }
        if name == "arguments" && context.inClassFieldInitializer {
            throw error(
                "'arguments' is not allowed in class field initializer or static initialization block",
                at: identifier.start)
        }
    }

    /// A property name (§13.2.5 PropertyName): identifier name, string, number or `[computed]`.
    mutating func parsePropertyName() throws(ParseError) -> PropertyName {
        switch token.kind {
        case .string:
            try checkStrictLiteral(token)
            let value = token.units
            try advance()
            return .literal(value)
        case .number:
            try checkStrictLiteral(token)
            let value = token.number
            try advance()
            return .literal(numberToPropertyKey(value))
        case .leftBracket:
            try advance()
            let expression = try parseAssignment(allowIn: true)
            try expect(.rightBracket)
            return .computed(expression)
        case .privateName:
            throw error("PostieScript does not support private class members", at: token.start)
        default:
            guard token.kind.isIdentifierName else { throw unexpected() }
            let name = Array(token.name.utf16)
            try advance()
            return .literal(name)
        }
    }

    // MARK: - Templates (§13.2.8)

    mutating func parseTemplate(tagged: Bool) throws(ParseError) -> TemplateLiteral {
        var cooked: [[UInt16]?] = []
        var raw: [[UInt16]] = []
        var expressions: [Expression] = []
        let saved = try enterNesting()
        while true {
            if let problem = token.templateError {
                if !tagged { throw error(problem.message, at: problem.offset) }
                cooked.append(nil)
            } else {
                cooked.append(token.units)
            }
            raw.append(token.raw)
            if token.kind == .noSubstitutionTemplate || token.kind == .templateTail {
                try advance()
                break
            }
            try advance()
            expressions.append(try parseExpression(allowIn: true))
            guard token.kind == .rightBrace else { throw unexpected() }
            peekedToken = nil
            try lexer.rescanTemplateContinuation(&token)
        }
        try leaveNesting(saved)
        let siteID = nextTemplateSiteID
        nextTemplateSiteID += 1
        return TemplateLiteral(cooked: cooked, raw: raw, expressions: expressions, siteID: siteID)
    }
}

private let protoName: [UInt16] = Array("__proto__".utf16)
