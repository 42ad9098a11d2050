/// Binding patterns (ECMA-262 §14.3.3) and the reinterpretation of array and object literals as
/// destructuring assignment targets or arrow parameters (§13.15.5, §15.3 cover grammars).
extension ScriptParser {
    // MARK: - Binding identifiers and patterns

    /// A BindingIdentifier (§13.1): the current token, checked and consumed.
    mutating func parseBindingIdentifier(lexical: Bool) throws(ParseError) -> Identifier {
        guard token.kind == .identifier else { throw unexpected() }
        let name = token.name
        let start = token.start
        if token.contextual == .none {
            try advance()
            return makeIdentifier(name, start: start)
        }
        if lexical && name == "let" {
            throw error("let is disallowed as a lexically bound name", at: start)
        }
        if context.isStrict {
            if name == "eval" || name == "arguments" {
                throw error("Unexpected eval or arguments in strict mode", at: start)
            }
            if isStrictModeReservedWord(name) {
                throw error("Unexpected strict mode reserved word", at: start)
            }
        }
        if name == "yield" && context.isGenerator { throw unexpected() }
        if name == "await" && context.isAsync && !token.escaped {
            throw error("Unexpected reserved word", at: start)
        }
        try advance()
        return makeIdentifier(name, start: start)
    }

    /// An identifier, array pattern or object pattern.
    mutating func parseBindingTarget(lexical: Bool, inPattern: Bool = false) throws(ParseError) -> Pattern {
        switch token.kind {
        case .leftBracket: return try parseArrayBindingPattern(lexical: lexical)
        case .leftBrace: return try parseObjectBindingPattern(lexical: lexical)
        case .identifier, .escapedKeyword, .endOfInput:
            let start = token.start
            let identifier = try parseBindingIdentifier(lexical: lexical)
            if inPattern && (token.kind == .dot || token.kind == .leftBracket) {
                throw error("Illegal property in declaration context", at: start)
            }
            return .identifier(identifier)
        default:
            if inPattern && !token.kind.isKeyword && !token.kind.isAssignmentOperator && token.kind != .comma {
                throw error("Invalid destructuring assignment target", at: token.start)
            }
            throw unexpected()
        }
    }

    /// A binding target with an optional `= default`.
    mutating func parseBindingElement(lexical: Bool, inPattern: Bool = false) throws(ParseError) -> Pattern {
        let target = try parseBindingTarget(lexical: lexical, inPattern: inPattern)
        guard token.kind == .assign else { return target }
        try advance()
        return .withDefault(target, try parseAssignment(allowIn: true))
    }

    private mutating func parseArrayBindingPattern(lexical: Bool) throws(ParseError) -> Pattern {
        let start = token.start
        let saved = try enterNesting()
        try advance()
        var elements: [Pattern?] = []
        var rest: Pattern?
        while token.kind != .rightBracket {
            if token.kind == .comma {
                elements.append(nil)
                try advance()
                continue
            }
            if token.kind == .ellipsis {
                let restStart = token.start
                try advance()
                rest = try parseBindingTarget(lexical: lexical, inPattern: true)
                if token.kind != .rightBracket { throw error("Rest element must be last element", at: restStart) }
                break
            }
            elements.append(try parseBindingElement(lexical: lexical, inPattern: true))
            if token.kind == .rightBracket { break }
            try expect(.comma)
        }
        try advance()
        try leaveNesting(saved)
        return .array(elements, rest: rest, start: start)
    }

    private mutating func parseObjectBindingPattern(lexical: Bool) throws(ParseError) -> Pattern {
        let start = token.start
        let saved = try enterNesting()
        try advance()
        var properties: [PatternProperty] = []
        var rest: Pattern?
        while token.kind != .rightBrace {
            if token.kind == .ellipsis {
                try advance()
                let restStart = token.start
                guard token.kind == .identifier else {
                    throw error("`...` must be followed by an identifier in declaration contexts", at: restStart)
                }
                rest = .identifier(try parseBindingIdentifier(lexical: lexical))
                if token.kind != .rightBrace { throw error("Rest element must be last element", at: restStart) }
                break
            }
            let keyToken = token
            let key = try parsePropertyName()
            if token.kind == .colon {
                try advance()
                properties.append(
                    PatternProperty(
                        key: key, value: try parseBindingElement(lexical: lexical, inPattern: true), shorthand: false))
            } else {
                guard keyToken.kind == .identifier else {
                    throw unexpected(keyToken.kind.isKeyword || keyToken.kind == .escapedKeyword ? keyToken : token)
                }
                let identifier = try shorthandBinding(keyToken, lexical: lexical)
                var value = Pattern.identifier(identifier)
                if token.kind == .assign {
                    try advance()
                    value = .withDefault(value, try parseAssignment(allowIn: true))
                }
                properties.append(PatternProperty(key: key, value: value, shorthand: true))
            }
            if token.kind == .rightBrace { break }
            try expect(.comma)
        }
        try advance()
        try leaveNesting(saved)
        return .object(properties, rest: rest, start: start)
    }

    /// The (already consumed) shorthand name `{ a }` of a binding pattern, checked as a binding.
    private mutating func shorthandBinding(_ nameToken: Token, lexical: Bool) throws(ParseError) -> Identifier {
        let name = nameToken.name
        let start = nameToken.start
        if lexical && name == "let" { throw error("let is disallowed as a lexically bound name", at: start) }
        if context.isStrict {
            if name == "eval" || name == "arguments" {
                throw error("Unexpected eval or arguments in strict mode", at: start)
            }
            if isStrictModeReservedWord(name) { throw error("Unexpected strict mode reserved word", at: start) }
        }
        if name == "yield" && context.isGenerator { throw unexpected(nameToken) }
        if name == "await" && context.isAsync && !nameToken.escaped {
            throw error("Unexpected reserved word", at: start)
        }
        return makeIdentifier(name, start: start)
    }

    // MARK: - Cover grammar: literals reinterpreted as patterns

    func invalidTarget(_ expression: Expression) -> ParseError {
        error("Invalid destructuring assignment target", at: expression.start)
    }

    /// An arrow parameter from the expression that covered it: `a`, `a = 1`, `[a]`, `{a} = {}`.
    mutating func toParameter(_ expression: Expression) throws(ParseError) -> Pattern {
        if case .assignment(.assign, let target, let value) = expression.kind {
            try validateBindingPattern(target)
            return .withDefault(target, value)
        }
        return try toPattern(expression, binding: true)
    }

    /// Reinterprets `expression` as a destructuring target (§13.15.5.1): as a binding pattern for
    /// arrow parameters (`binding`), or as an assignment pattern.
    mutating func toPattern(_ expression: Expression, binding: Bool) throws(ParseError) -> Pattern {
        switch expression.kind {
        case .identifier(let identifier):
            if !binding && context.isStrict && (identifier.name == "eval" || identifier.name == "arguments") {
                throw invalidTarget(expression)
            }
            return .identifier(identifier)
        case .member, .index:
            if binding { throw invalidTarget(expression) }
            return .expression(expression)
        case .parenthesized:
            if binding { throw invalidTarget(expression) }
            var inner = expression
            while case .parenthesized(let contained) = inner.kind { inner = contained }
            switch inner.kind {
            case .identifier(let identifier):
                try checkAssignable(identifier)
                return .identifier(identifier)
            case .member, .index:
                return .expression(inner)
            default:
                throw invalidTarget(expression)
            }
        case .array(let elements):
            let saved = try enterNesting()
            var patterns: [Pattern?] = []
            var rest: Pattern?
            for (index, element) in elements.enumerated() {
                switch element {
                case .hole:
                    patterns.append(nil)
                case .expression(let item):
                    patterns.append(try toPatternElement(item, binding: binding))
                case .spread(let item):
                    if index != elements.count - 1 || literalsWithCommaAfterSpread.contains(expression.start) {
                        throw error("Rest element must be last element", at: spreadStart(before: item.start))
                    }
                    if case .assignment = item.kind {
                        throw error("Invalid destructuring assignment target", at: spreadStart(before: item.start))
                    }
                    rest = try toPattern(item, binding: binding)
                }
            }
            try leaveNesting(saved)
            return .array(patterns, rest: rest, start: expression.start)
        case .object(let members):
            let saved = try enterNesting()
            var properties: [PatternProperty] = []
            var rest: Pattern?
            for (index, member) in members.enumerated() {
                switch member {
                case .property(let key, let value):
                    if case .assignment(.assign, .identifier(let identifier), let defaultValue) = value.kind,
                        coverInitializedNames.contains(identifier.id)
                    {
                        if !binding { try checkAssignable(identifier) }
                        properties.append(
                            PatternProperty(
                                key: key, value: .withDefault(.identifier(identifier), defaultValue), shorthand: true))
                    } else {
                        properties.append(
                            PatternProperty(key: key, value: try toPatternElement(value, binding: binding), shorthand: false))
                    }
                case .shorthand(let identifier):
                    if !binding { try checkAssignable(identifier) }
                    properties.append(
                        PatternProperty(key: .literal(Array(identifier.name.utf16)), value: .identifier(identifier), shorthand: true))
                case .protoSetter(let value):
                    properties.append(
                        PatternProperty(
                            key: .literal(Array("__proto__".utf16)), value: try toPatternElement(value, binding: binding),
                            shorthand: false))
                case .method(_, let function, _):
                    throw error("Invalid destructuring assignment target", at: function.start)
                case .spread(let item):
                    if index != members.count - 1 || literalsWithCommaAfterSpread.contains(expression.start) {
                        throw error("Rest element must be last element", at: item.start)
                    }
                    rest = try toObjectRest(item, binding: binding)
                }
            }
            try leaveNesting(saved)
            return .object(properties, rest: rest, start: expression.start)
        default:
            throw invalidTarget(expression)
        }
    }

    /// An element or property value: a target with an optional default.
    private mutating func toPatternElement(_ expression: Expression, binding: Bool) throws(ParseError) -> Pattern {
        if case .assignment(.assign, let target, let value) = expression.kind {
            if binding { try validateBindingPattern(target) }
            return .withDefault(target, value)
        }
        return try toPattern(expression, binding: binding)
    }

    /// `...rest` in an object pattern: only an identifier (or, when assigning, a property reference).
    private mutating func toObjectRest(_ expression: Expression, binding: Bool) throws(ParseError) -> Pattern {
        if binding {
            guard case .identifier(let identifier) = expression.kind else {
                throw error("`...` must be followed by an identifier in declaration contexts", at: expression.start)
            }
            return .identifier(identifier)
        }
        switch expression.kind {
        case .identifier, .member, .index, .parenthesized:
            return try toPattern(expression, binding: false)
        default:
            throw error("`...` must be followed by an assignable reference in assignment contexts", at: expression.start)
        }
    }

    /// A pattern built as an assignment target, now used as a binding: no property references.
    private func validateBindingPattern(_ pattern: Pattern) throws(ParseError) {
        switch pattern {
        case .identifier:
            return
        case .expression(let expression):
            throw invalidTarget(expression)
        case .withDefault(let target, _):
            try validateBindingPattern(target)
        case .array(let elements, let rest, _):
            for case let element? in elements { try validateBindingPattern(element) }
            if let rest { try validateBindingPattern(rest) }
        case .object(let properties, let rest, _):
            for property in properties { try validateBindingPattern(property.value) }
            if let rest { try validateBindingPattern(rest) }
        }
    }

    /// Where the `...` before a spread argument starting at `offset` is (V8 points there).
    private func spreadStart(before offset: Int32) -> Int32 {
        let units = source.units
        var index = Int(offset) - 1
        while index >= 0, units[index] == 0x20 || units[index] == 0x09 || SourceCharacter.isLineTerminator(units[index]) {
            index -= 1
        }
        if index >= 2 && units[index] == 0x2E && units[index - 1] == 0x2E && units[index - 2] == 0x2E {
            return Int32(index - 2)
        }
        return offset
    }
}
