import PostieScript

/// Renders a parsed script as compact S-expressions, so tests can compare whole trees in one line.
enum ASTPrinter {
    static func print(_ script: ScriptNode) -> String {
        script.body.map(statement).joined(separator: " ")
    }

    static func statements(_ list: [Statement]) -> String {
        list.map(statement).joined(separator: " ")
    }

    static func statement(_ statement: Statement) -> String {
        switch statement.kind {
        case .expression(let value): return expression(value)
        case .variable(let declaration): return variable(declaration)
        case .function(let function): return self.function(function)
        case .class(let node): return classNode(node)
        case .return(let argument): return argument.map { "(return \(expression($0)))" } ?? "(return)"
        case .if(let test, let consequent, let alternate):
            let tail = alternate.map { " " + self.statement($0) } ?? ""
            return "(if \(expression(test)) \(self.statement(consequent))\(tail))"
        case .block(let body): return body.isEmpty ? "(block)" : "(block \(statements(body)))"
        case .for(let initializer, let test, let update, let body):
            let initText: String
            switch initializer {
            case .none: initText = "_"
            case .declaration(let declaration): initText = variable(declaration)
            case .expression(let expression): initText = self.expression(expression)
            }
            return "(for \(initText) \(test.map(expression) ?? "_") \(update.map(expression) ?? "_") \(self.statement(body)))"
        case .forIn(let binding, let right, let body):
            return "(for-in \(forBinding(binding)) \(expression(right)) \(self.statement(body)))"
        case .forOf(let binding, let right, let body, let isAwait):
            return "(\(isAwait ? "for-await-of" : "for-of") \(forBinding(binding)) \(expression(right)) \(self.statement(body)))"
        case .while(let test, let body): return "(while \(expression(test)) \(self.statement(body)))"
        case .doWhile(let body, let test): return "(do \(self.statement(body)) \(expression(test)))"
        case .break(let label): return label.map { "(break \($0))" } ?? "(break)"
        case .continue(let label): return label.map { "(continue \($0))" } ?? "(continue)"
        case .throw(let argument): return "(throw \(expression(argument)))"
        case .try(let block, let handler, let finalizer):
            var text = "(try (block\(block.isEmpty ? "" : " " + statements(block)))"
            if let handler {
                let parameter = handler.parameter.map(pattern) ?? "_"
                text += " (catch \(parameter)\(handler.body.isEmpty ? "" : " " + statements(handler.body)))"
            }
            if let finalizer {
                text += " (finally\(finalizer.isEmpty ? "" : " " + statements(finalizer)))"
            }
            return text + ")"
        case .switch(let discriminant, let cases):
            let caseTexts = cases.map { clause -> String in
                let head = clause.test.map { "(case \(expression($0))" } ?? "(default"
                return head + (clause.body.isEmpty ? "" : " " + statements(clause.body)) + ")"
            }
            return "(switch \(expression(discriminant))\(caseTexts.isEmpty ? "" : " " + caseTexts.joined(separator: " ")))"
        case .labeled(let label, let body): return "(label \(label) \(self.statement(body)))"
        case .empty: return "(empty)"
        case .debugger: return "(debugger)"
        }
    }

    static func variable(_ declaration: VariableDeclaration) -> String {
        let declarators = declaration.declarations.map { declarator -> String in
            let target = pattern(declarator.target)
            return declarator.initializer.map { "\(target)=\(expression($0))" } ?? target
        }
        return "(\(declaration.kind.rawValue) \(declarators.joined(separator: " ")))"
    }

    static func forBinding(_ binding: ForBinding) -> String {
        switch binding {
        case .declaration(let declaration): return variable(declaration)
        case .pattern(let target): return pattern(target)
        }
    }

    static func expression(_ expression: Expression) -> String {
        switch expression.kind {
        case .identifier(let identifier): return identifier.name
        case .number(let value): return number(value)
        case .string(let units): return string(units)
        case .boolean(let value): return value ? "true" : "false"
        case .null: return "null"
        case .regExp(let pattern, let flags): return "/\(String(decoding: pattern, as: UTF16.self))/\(flags)"
        case .template(let literal): return template(literal)
        case .taggedTemplate(let tag, let quasi): return "(tagged \(self.expression(tag)) \(template(quasi)))"
        case .this: return "this"
        case .super: return "super"
        case .newTarget: return "new.target"
        case .array(let elements):
            let items = elements.map { element -> String in
                switch element {
                case .expression(let item): return self.expression(item)
                case .spread(let item): return "(... \(self.expression(item)))"
                case .hole: return "_"
                }
            }
            return "(array\(items.isEmpty ? "" : " " + items.joined(separator: " ")))"
        case .object(let members):
            let items = members.map { member -> String in
                switch member {
                case .property(let key, let value): return "(\(propertyName(key)) \(self.expression(value)))"
                case .shorthand(let identifier): return "(\(identifier.name))"
                case .method(let key, let function, let kind):
                    let prefix = kind == .getter ? "get " : kind == .setter ? "set " : ""
                    return "(\(prefix)\(propertyName(key)) \(self.function(function)))"
                case .spread(let item): return "(... \(self.expression(item)))"
                case .protoSetter(let value): return "(__proto__! \(self.expression(value)))"
                }
            }
            return "(object\(items.isEmpty ? "" : " " + items.joined(separator: " ")))"
        case .function(let function): return self.function(function)
        case .class(let node): return classNode(node)
        case .unary(let operation, let operand): return "(\(operation.rawValue) \(self.expression(operand)))"
        case .update(let operation, let prefix, let operand):
            return prefix ? "(\(operation.rawValue)pre \(self.expression(operand)))" : "(post\(operation.rawValue) \(self.expression(operand)))"
        case .binary(let operation, let left, let right):
            return "(\(operation.rawValue) \(self.expression(left)) \(self.expression(right)))"
        case .logical(let operation, let left, let right):
            return "(\(operation.rawValue) \(self.expression(left)) \(self.expression(right)))"
        case .assignment(let operation, let target, let value):
            return "(\(operation.rawValue) \(pattern(target)) \(self.expression(value)))"
        case .conditional(let test, let consequent, let alternate):
            return "(? \(self.expression(test)) \(self.expression(consequent)) \(self.expression(alternate)))"
        case .call(let callee, let arguments, let optional):
            return "(\(optional ? "call?." : "call") \(self.expression(callee))\(argumentList(arguments)))"
        case .new(let callee, let arguments): return "(new \(self.expression(callee))\(argumentList(arguments)))"
        case .member(let object, let name, let optional): return "(\(optional ? "?." : ".") \(self.expression(object)) \(name))"
        case .index(let object, let property, let optional):
            return "(\(optional ? "?.[]" : "[]") \(self.expression(object)) \(self.expression(property)))"
        case .optionalChain(let inner): return "(chain \(self.expression(inner)))"
        case .sequence(let items): return "(, \(items.map(self.expression).joined(separator: " ")))"
        case .yield(let argument, let delegate):
            let head = delegate ? "yield*" : "yield"
            return argument.map { "(\(head) \(self.expression($0)))" } ?? "(\(head))"
        case .await(let argument): return "(await \(self.expression(argument)))"
        case .parenthesized(let inner): return "(paren \(self.expression(inner)))"
        }
    }

    static func argumentList(_ arguments: [Argument]) -> String {
        arguments.map { argument -> String in
            switch argument {
            case .expression(let item): return " " + expression(item)
            case .spread(let item): return " (... \(expression(item)))"
            }
        }.joined()
    }

    static func template(_ literal: TemplateLiteral) -> String {
        var parts: [String] = []
        for (index, cooked) in literal.cooked.enumerated() {
            parts.append(cooked.map(string) ?? "nil")
            if index < literal.expressions.count { parts.append(expression(literal.expressions[index])) }
        }
        return "(template \(parts.joined(separator: " ")))"
    }

    static func propertyName(_ name: PropertyName) -> String {
        switch name {
        case .literal(let units): return string(units)
        case .computed(let expression): return "[\(self.expression(expression))]"
        }
    }

    static func pattern(_ pattern: Pattern) -> String {
        switch pattern {
        case .identifier(let identifier): return identifier.name
        case .object(let properties, let rest, _):
            var items = properties.map { property -> String in
                property.shorthand ? "(\(self.pattern(property.value)))" : "(\(propertyName(property.key)) \(self.pattern(property.value)))"
            }
            if let rest { items.append("(... \(self.pattern(rest)))") }
            return "(pobj\(items.isEmpty ? "" : " " + items.joined(separator: " ")))"
        case .array(let elements, let rest, _):
            var items = elements.map { $0.map(self.pattern) ?? "_" }
            if let rest { items.append("(... \(self.pattern(rest)))") }
            return "(parr\(items.isEmpty ? "" : " " + items.joined(separator: " ")))"
        case .withDefault(let target, let value): return "(default \(self.pattern(target)) \(expression(value)))"
        case .expression(let expression): return self.expression(expression)
        }
    }

    static func function(_ function: FunctionNode) -> String {
        var head: String
        switch function.kind {
        case .normal: head = "function"
        case .arrow: head = "arrow"
        case .method: head = "method"
        case .getter: head = "getter"
        case .setter: head = "setter"
        case .classConstructor(let derived): head = derived ? "derived-constructor" : "constructor"
        }
        if function.isAsync { head = "async " + head }
        if function.isGenerator { head += "*" }
        if function.isStrict { head += " strict" }
        if let name = function.name { head += " " + name.name }
        var parameters = function.parameters.map(pattern)
        if let rest = function.rest { parameters.append("(... \(pattern(rest)))") }
        let body: String
        if function.hasExpressionBody, case .return(let value?) = function.body.first?.kind {
            body = " " + expression(value)
        } else {
            body = function.body.isEmpty ? "" : " " + statements(function.body)
        }
        return "(\(head) (\(parameters.joined(separator: " ")))\(body))"
    }

    static func classNode(_ node: ClassNode) -> String {
        var parts = ["class"]
        if let name = node.name { parts.append(name.name) }
        if let superClass = node.superClass { parts.append("(extends \(expression(superClass)))") }
        if let constructor = node.constructor { parts.append(function(constructor)) }
        for member in node.members {
            var head = member.isStatic ? "static " : ""
            switch member.kind {
            case .method: head += ""
            case .getter: head += "get "
            case .setter: head += "set "
            case .field: head += "field "
            }
            let value: String
            if let function = member.function {
                value = " " + self.function(function)
            } else {
                value = member.value.map { " " + expression($0) } ?? ""
            }
            parts.append("(\(head)\(propertyName(member.key))\(value))")
        }
        return "(" + parts.joined(separator: " ") + ")"
    }

    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    static func string(_ units: [UInt16]) -> String {
        var text = "\""
        for unit in units {
            switch unit {
            case 0x22: text += "\\\""
            case 0x5C: text += "\\\\"
            case 0x20...0x7E: text += String(UnicodeScalar(UInt8(unit)))
            default: text += "\\u{\(String(unit, radix: 16))}"
            }
        }
        return text + "\""
    }
}
