/// How a name is bound in a scope, for the redeclaration early errors (ECMA-262 §14.2.1.1,
/// §15.2.1 and the function-body rules; Annex B.3.3.4 and B.3.5 for sloppy-mode exceptions).
enum DeclaredBindingKind: UInt8 {
    /// `let`, `const`, `class`.
    case lexical
    /// A function declaration directly in a block (lexical; sloppy mode lets two coexist).
    case blockFunction
    case parameter
    /// `catch (e)`: a `var e` in the block is allowed (Annex B.3.5).
    case simpleCatchParameter
    /// `catch ([e])`.
    case catchParameter
}

/// One block, function or catch scope.
struct DeclarationScope {
    let isFunctionScope: Bool
    var lexical: [String: DeclaredBindingKind] = [:]
    /// Names declared by `var` (and top-level functions) in this scope or in blocks inside it.
    var varNames: Set<String> = []

    init(isFunctionScope: Bool) {
        self.isFunctionScope = isFunctionScope
    }
}

extension ScriptParser {
    mutating func pushScope(function: Bool = false) {
        scopes.append(DeclarationScope(isFunctionScope: function))
    }

    mutating func popScope() {
        scopes.removeLast()
    }

    /// V8 points at the name, or at the `function`/`class` keyword of a declaration.
    func redeclared(_ identifier: Identifier, at offset: Int32? = nil) -> ParseError {
        error("Identifier '\(identifier.name)' has already been declared", at: offset ?? identifier.start)
    }

    /// Declares a lexical name (let, const, class, block function, catch parameter) in the
    /// innermost scope.
    mutating func declareLexical(_ identifier: Identifier, kind: DeclaredBindingKind, declarationStart: Int32? = nil)
        throws(ParseError)
    {
        let index = scopes.count - 1
        if let existing = scopes[index].lexical[identifier.name] {
            let sloppyFunctions = existing == .blockFunction && kind == .blockFunction && !context.isStrict
            if !sloppyFunctions { throw redeclared(identifier, at: declarationStart) }
        }
        if scopes[index].varNames.contains(identifier.name) { throw redeclared(identifier, at: declarationStart) }
        scopes[index].lexical[identifier.name] = kind
    }

    mutating func declareParameter(_ identifier: Identifier) {
        scopes[scopes.count - 1].lexical[identifier.name] = .parameter
    }

    /// Declares a `var` name: it must not collide with a lexical name in any scope up to and
    /// including the enclosing function's.
    mutating func declareVar(_ identifier: Identifier) throws(ParseError) {
        var index = scopes.count - 1
        while index >= 0 {
            if let existing = scopes[index].lexical[identifier.name] {
                switch existing {
                case .parameter, .simpleCatchParameter: break
                case .lexical, .blockFunction, .catchParameter: throw redeclared(identifier)
                }
            }
            scopes[index].varNames.insert(identifier.name)
            if scopes[index].isFunctionScope { break }
            index -= 1
        }
    }

    /// Declares a function declaration: var-like at a function's top level, lexical in a block.
    mutating func declareFunction(_ identifier: Identifier, declarationStart: Int32) throws(ParseError) {
        let index = scopes.count - 1
        if scopes[index].isFunctionScope {
            if let existing = scopes[index].lexical[identifier.name], existing != .parameter {
                throw redeclared(identifier, at: declarationStart)
            }
            scopes[index].varNames.insert(identifier.name)
        } else {
            try declareLexical(identifier, kind: .blockFunction, declarationStart: declarationStart)
        }
    }

    /// Declares every name a binding pattern binds.
    mutating func declare(_ pattern: Pattern, as kind: DeclarationKind) throws(ParseError) {
        var names: [Identifier] = []
        collectBoundNames(pattern, into: &names)
        for name in names {
            if kind == .var {
                try declareVar(name)
            } else {
                try declareLexical(name, kind: .lexical)
            }
        }
    }
}

/// The identifiers a binding pattern binds (ECMA-262 §8.2.1 BoundNames), in source order.
func collectBoundNames(_ pattern: Pattern, into names: inout [Identifier]) {
    switch pattern {
    case .identifier(let identifier):
        names.append(identifier)
    case .object(let properties, let rest, _):
        for property in properties { collectBoundNames(property.value, into: &names) }
        if let rest { collectBoundNames(rest, into: &names) }
    case .array(let elements, let rest, _):
        for case let element? in elements { collectBoundNames(element, into: &names) }
        if let rest { collectBoundNames(rest, into: &names) }
    case .withDefault(let target, _):
        collectBoundNames(target, into: &names)
    case .expression:
        break
    }
}
