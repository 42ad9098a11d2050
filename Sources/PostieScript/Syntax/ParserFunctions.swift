/// Functions, arrow functions, methods and classes (ECMA-262 §15).
extension ScriptParser {
    /// `function name(…) {…}` as a declaration; the current token is `function` (§15.2).
    mutating func parseFunctionDeclaration(start: Int32, isAsync: Bool) throws(ParseError) -> FunctionNode {
        try advance()
        var isGenerator = false
        if token.kind == .star {
            isGenerator = true
            try advance()
        }
        if token.kind == .leftParen { throw error("Function statements require a function name", at: token.start) }
        guard token.kind == .identifier else { throw unexpected() }
        let name = try parseBindingIdentifier(lexical: false)
        try declareFunction(name, declarationStart: start)
        return try parseFunctionRest(
            name: name, kind: .normal, isAsync: isAsync, isGenerator: isGenerator, start: start,
            superProperty: false, superCall: false, forceStrict: false, accessor: nil)
    }

    /// A function expression; the current token is `function`. Its name is checked in the
    /// function's own context (`function* yield(){}` is an error).
    mutating func parseFunctionExpression(start: Int32, isAsync: Bool) throws(ParseError) -> FunctionNode {
        try advance()
        var isGenerator = false
        if token.kind == .star {
            isGenerator = true
            try advance()
        }
        var name: Identifier?
        if token.kind == .identifier || token.kind == .escapedKeyword {
            let outer = context
            context.isAsync = isAsync
            context.isGenerator = isGenerator
            name = try parseBindingIdentifier(lexical: false)
            context = outer
        }
        return try parseFunctionRest(
            name: name, kind: .normal, isAsync: isAsync, isGenerator: isGenerator, start: start,
            superProperty: false, superCall: false, forceStrict: false, accessor: nil)
    }

    /// An object-literal or class method, getter, setter or constructor; the current token is `(`.
    mutating func parseMethod(
        start: Int32, kind: MethodKind, isAsync: Bool, isGenerator: Bool, isClassMember: Bool,
        constructorOf derived: Bool?
    ) throws(ParseError) -> FunctionNode {
        let functionKind: FunctionKind
        if let derived {
            functionKind = .classConstructor(derived: derived)
        } else {
            switch kind {
            case .method: functionKind = .method
            case .getter: functionKind = .getter
            case .setter: functionKind = .setter
            }
        }
        return try parseFunctionRest(
            name: nil, kind: functionKind, isAsync: isAsync, isGenerator: isGenerator, start: start,
            superProperty: true, superCall: derived == true, forceStrict: isClassMember,
            accessor: kind == .method ? nil : kind)
    }

    /// Parameters and body of a non-arrow function, from its `(` to its `}`.
    private mutating func parseFunctionRest(
        name: Identifier?, kind: FunctionKind, isAsync: Bool, isGenerator: Bool, start: Int32,
        superProperty: Bool, superCall: Bool, forceStrict: Bool, accessor: MethodKind?
    ) throws(ParseError) -> FunctionNode {
        let savedDepth = try enterNesting()
        let outer = context
        context = FunctionContext(
            isStrict: outer.isStrict || forceStrict, isAsync: isAsync, isGenerator: isGenerator, isScriptTop: false,
            allowReturn: true, allowSuperProperty: superProperty, allowSuperCall: superCall, allowNewTarget: true,
            inClassFieldInitializer: false)
        pushScope(function: true)
        let parametersStart = token.start
        guard token.kind == .leftParen else { throw unexpected() }
        try advance()
        context.inParameters = true
        var parameters: [Pattern] = []
        var rest: Pattern?
        var isSimple = true
        let parametersEnd = dynamicParametersEnd
        dynamicParametersEnd = nil
        while token.kind != .rightParen {
            if token.kind == .ellipsis {
                try advance()
                rest = try parseBindingTarget(lexical: false)
                isSimple = false
                if token.kind != .rightParen && (parametersEnd == nil || token.start < parametersEnd!) {
                    throw error("Rest parameter must be last formal parameter", at: token.start)
                }
                try checkDynamicParametersEnd(parametersEnd)
                break
            }
            let parameter = try parseBindingElement(lexical: false)
            if case .identifier = parameter {} else { isSimple = false }
            parameters.append(parameter)
            if token.kind != .comma { try checkDynamicParametersEnd(parametersEnd) }
            if token.kind == .rightParen { break }
            try expect(.comma)
        }
        if parameters.isEmpty && rest == nil { try checkDynamicParametersEnd(parametersEnd) }
        try advance()
        context.inParameters = false
        if accessor == .getter && (!parameters.isEmpty || rest != nil) {
            throw error("Getter must not have any formal parameters.", at: parametersStart)
        }
        if accessor == .setter {
            if rest != nil { throw error("Setter function argument must not be a rest parameter", at: parametersStart) }
            if parameters.count != 1 { throw error("Setter must have exactly one formal parameter.", at: parametersStart) }
        }
        var names: [Identifier] = []
        for parameter in parameters { collectBoundNames(parameter, into: &names) }
        if let rest { collectBoundNames(rest, into: &names) }
        for parameterName in names { declareParameter(parameterName) }
        guard token.kind == .leftBrace else { throw unexpected() }
        try advance()
        let (body, isStrict) = try parseBody(terminator: .rightBrace, simpleParameters: isSimple)
        let end = token.end
        var requiresUniqueNames = isStrict || !isSimple
        if case .normal = kind {} else { requiresUniqueNames = true }
        try validateParameterNames(names, unique: requiresUniqueNames, isAsyncArrow: false)
        if isStrict, let name, !outer.isStrict {
            try validateStrictBindingName(name)
        }
        popScope()
        context = outer
        try advance()
        try leaveNesting(savedDepth)
        return FunctionNode(
            name: name, kind: kind, isAsync: isAsync, isGenerator: isGenerator, parameters: parameters, rest: rest,
            body: body, hasExpressionBody: false, isStrict: isStrict, start: start, end: end)
    }

    /// The part of an arrow function after its parameters; the current token is `=>` (§15.3).
    mutating func parseArrowFunction(start: Int32, parameters: [Pattern], rest: Pattern?, isAsync: Bool)
        throws(ParseError) -> Expression
    {
        let savedDepth = try enterNesting()
        let outer = context
        context = FunctionContext(
            isStrict: outer.isStrict, isAsync: isAsync, isGenerator: false, isScriptTop: false, allowReturn: true,
            allowSuperProperty: outer.allowSuperProperty, allowSuperCall: outer.allowSuperCall,
            allowNewTarget: outer.allowNewTarget, inClassFieldInitializer: outer.inClassFieldInitializer)
        pushScope(function: true)
        var names: [Identifier] = []
        var isSimple = rest == nil
        for parameter in parameters {
            if case .identifier = parameter {} else { isSimple = false }
            collectBoundNames(parameter, into: &names)
        }
        if let rest { collectBoundNames(rest, into: &names) }
        for parameterName in names { declareParameter(parameterName) }
        try advance()
        let function: FunctionNode
        if token.kind == .leftBrace {
            try advance()
            let (body, isStrict) = try parseBody(terminator: .rightBrace, simpleParameters: isSimple)
            let end = token.end
            try validateParameterNames(names, unique: true, isAsyncArrow: isAsync)
            popScope()
            context = outer
            try advance()
            function = FunctionNode(
                name: nil, kind: .arrow, isAsync: isAsync, isGenerator: false, parameters: parameters, rest: rest,
                body: body, hasExpressionBody: false, isStrict: isStrict, start: start, end: end)
        } else {
            let expression = try parseAssignment(allowIn: true)
            try validateParameterNames(names, unique: true, isAsyncArrow: isAsync)
            let isStrict = context.isStrict
            popScope()
            context = outer
            function = FunctionNode(
                name: nil, kind: .arrow, isAsync: isAsync, isGenerator: false, parameters: parameters, rest: rest,
                body: [Statement(.return(expression), start: expression.start)], hasExpressionBody: true,
                isStrict: isStrict, start: start, end: previousEnd)
        }
        try leaveNesting(savedDepth)
        return Expression(.function(function), start: start)
    }

    /// Parameter names once the function's strictness is known (§15.1.1, §15.2.1).
    private func validateParameterNames(_ names: [Identifier], unique: Bool, isAsyncArrow: Bool) throws(ParseError) {
        if context.isStrict {
            for name in names { try validateStrictBindingName(name) }
        }
        if isAsyncArrow, let awaitName = names.first(where: { $0.name == "await" }) {
            throw error("'await' is not a valid identifier name in an async function", at: awaitName.start)
        }
        guard unique, names.count > 1 else { return }
        var seen = Set<String>()
        for name in names where !seen.insert(name.name).inserted {
            throw error("Duplicate parameter name not allowed in this context", at: name.start)
        }
    }

    func validateStrictBindingName(_ name: Identifier) throws(ParseError) {
        if name.name == "eval" || name.name == "arguments" {
            throw error("Unexpected eval or arguments in strict mode", at: name.start)
        }
        if isStrictModeReservedWord(name.name) {
            throw error("Unexpected strict mode reserved word", at: name.start)
        }
    }

    // MARK: - Classes (§15.7)

    /// `class Name extends Base { … }`; the current token is `class`. Class code is strict.
    mutating func parseClass(isDeclaration: Bool) throws(ParseError) -> ClassNode {
        let start = token.start
        let savedDepth = try enterNesting()
        let outerStrict = context.isStrict
        context.isStrict = true
        try advance()
        var name: Identifier?
        if token.kind == .identifier || token.kind == .escapedKeyword {
            let identifier = try parseBindingIdentifier(lexical: true)
            if isDeclaration { try declareLexical(identifier, kind: .lexical, declarationStart: start) }
            name = identifier
        } else if isDeclaration {
            throw unexpected()
        }
        var superClass: Expression?
        if token.kind == .kwExtends {
            try advance()
            superClass = try parseLeftHandSide()
        }
        guard token.kind == .leftBrace else { throw unexpected() }
        try advance()
        var constructor: FunctionNode?
        var members: [ClassMember] = []
        while token.kind != .rightBrace {
            if token.kind == .semicolon {
                try advance()
                continue
            }
            if token.kind == .endOfInput { throw unexpected() }
            if let member = try parseClassMember(derived: superClass != nil, constructor: &constructor) {
                members.append(member)
            }
        }
        let end = token.end
        context.isStrict = outerStrict
        try advance()
        try leaveNesting(savedDepth)
        return ClassNode(
            name: name, superClass: superClass, constructor: constructor, members: members, start: start, end: end)
    }

    /// One class element; returns nil for the constructor, which goes to `constructor`.
    private mutating func parseClassMember(derived: Bool, constructor: inout FunctionNode?) throws(ParseError)
        -> ClassMember?
    {
        let memberStart = token.start
        var isStatic = false
        if atContextual(.static) {
            let next = try peek()
            if !endsPropertyName(next.kind) && next.kind != .rightBrace {
                isStatic = true
                try advance()
            }
        }
        let functionStart = token.start
        var isAsync = false
        var isGenerator = false
        var accessor: MethodKind?
        if atContextual(.async) {
            let next = try peek()
            if !endsPropertyName(next.kind) && !next.newlineBefore {
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
        var literalName: String?
        if keyToken.kind != .leftBracket, case .literal(let units) = key {
            literalName = String(decoding: units, as: UTF16.self)
        }
        if isStatic && literalName == "prototype" {
            throw error("Classes may not have a static property named 'prototype'", at: keyToken.start)
        }
        if token.kind == .leftParen {
            if !isStatic && literalName == "constructor" {
                if accessor != nil { throw error("Class constructor may not be an accessor", at: keyToken.start) }
                if isGenerator { throw error("Class constructor may not be a generator", at: keyToken.start) }
                if isAsync { throw error("Class constructor may not be an async method", at: keyToken.start) }
                if constructor != nil { throw error("A class may only have one constructor", at: keyToken.start) }
                constructor = try parseMethod(
                    start: functionStart, kind: .method, isAsync: false, isGenerator: false, isClassMember: true,
                    constructorOf: derived)
                return nil
            }
            let kind = accessor ?? .method
            let function = try parseMethod(
                start: functionStart, kind: kind, isAsync: isAsync, isGenerator: isGenerator, isClassMember: true,
                constructorOf: nil)
            let memberKind: ClassMemberKind
            switch kind {
            case .method: memberKind = .method
            case .getter: memberKind = .getter
            case .setter: memberKind = .setter
            }
            return ClassMember(
                key: key, isStatic: isStatic, kind: memberKind, function: function, value: nil, start: memberStart)
        }
        if isAsync || isGenerator || accessor != nil { throw unexpected() }
        if literalName == "constructor" {
            throw error("Classes may not have a field named 'constructor'", at: keyToken.start)
        }
        var value: Expression?
        if token.kind == .assign {
            try advance()
            value = try parseFieldInitializer()
        }
        try consumeSemicolon()
        return ClassMember(key: key, isStatic: isStatic, kind: .field, function: nil, value: value, start: memberStart)
    }

    /// A field's initializer: evaluated like a method body (`this`, `super.x`), `arguments` forbidden.
    private mutating func parseFieldInitializer() throws(ParseError) -> Expression {
        let outer = context
        context = FunctionContext(
            isStrict: true, isAsync: false, isGenerator: false, isScriptTop: false, allowReturn: false,
            allowSuperProperty: true, allowSuperCall: false, allowNewTarget: true, inClassFieldInitializer: true)
        pushScope(function: true)
        let value = try parseAssignment(allowIn: true)
        popScope()
        context = outer
        return value
    }

    /// V8's checks that `Function`'s parameter strings hold exactly a parameter list.
    private func checkDynamicParametersEnd(_ end: Int32?) throws(ParseError) {
        guard let end else { return }
        if token.start < end { throw error("Arg string terminates parameters early", at: token.start) }
        if token.start > end { throw error("Unexpected end of arg string", at: end) }
    }
}
