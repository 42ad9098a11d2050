/// Expressions.
extension CodeGenerator {
    static let maximumExpressionDepth = 20_000

    /// Evaluates `expression` into `destination`.
    func compileExpression(_ expression: Expression, into destination: Register, inferredName: String? = nil) throws(CompileError) {
        switch expression.kind {
        case .identifier(let identifier):
            loadIdentifier(identifier, into: destination)
        case .number(let value):
            loadNumber(value, into: destination)
        case .string(let units):
            builder.emit(.loadConstant(destination, builder.constant(JSString(units: units))))
        case .boolean(let value):
            builder.emit(.loadBool(destination, value))
        case .null:
            builder.emit(.loadNull(destination))
        case .regExp(let pattern, let flags):
            try compileRegExp(pattern: pattern, flags: flags, at: expression.start, into: destination)
        case .template(let literal):
            try compileTemplate(literal, into: destination, at: expression.start)
        case .taggedTemplate(let tag, let literal):
            try compileTaggedTemplate(tag: tag, literal: literal, into: destination, at: expression.start)
        case .this:
            loadThis(into: destination)
        case .super:
            throw error("'super' keyword unexpected here", at: expression.start)
        case .newTarget:
            builder.emit(.loadNewTarget(destination))
        case .array(let elements):
            try compileArrayLiteral(elements, into: destination)
        case .object(let members):
            try compileObjectLiteral(members, into: destination)
        case .function(let node):
            builder.mark(expression.start)
            try emitClosure(node, into: destination, inferredName: inferredName)
        case .class(let node):
            try compileClass(node, into: destination, inferredName: inferredName)
        case .unary(let op, let operand):
            try compileUnary(op, operand, into: destination, at: expression.start)
        case .update(let op, let prefix, let operand):
            try compileUpdate(op, prefix: prefix, operand, into: destination, at: expression.start)
        case .binary(let op, let left, let right):
            try compileBinary(op, left, right, into: destination, at: expression.start)
        case .logical(let op, let left, let right):
            try compileExpression(left, into: destination)
            let end = JumpLabel()
            switch op {
            case .and: builder.emitJump(to: end) { .jumpIfFalse(destination, $0) }
            case .or: builder.emitJump(to: end) { .jumpIfTrue(destination, $0) }
            case .nullish: builder.emitJump(to: end) { .jumpIfNotNullish(destination, $0) }
            }
            try compileExpression(right, into: destination, inferredName: inferredName)
            builder.bind(end)
        case .assignment(let op, let target, let value):
            try compileAssignment(op, target: target, value: value, into: destination, at: expression.start)
        case .conditional(let test, let consequent, let alternate):
            let elseLabel = JumpLabel()
            let end = JumpLabel()
            try compileCondition(test, jumpIfFalseTo: elseLabel)
            try compileExpression(consequent, into: destination, inferredName: inferredName)
            builder.jump(to: end)
            builder.bind(elseLabel)
            try compileExpression(alternate, into: destination, inferredName: inferredName)
            builder.bind(end)
        case .call(let callee, let arguments, let optional):
            try compileCall(callee: callee, arguments: arguments, optional: optional, into: destination, at: expression.start)
        case .new(let callee, let arguments):
            try compileNew(callee: callee, arguments: arguments, into: destination, at: expression.start)
        case .member(let object, let name, let optional):
            if case .super = object.kind {
                let mark = builder.registerMark
                let key = builder.allocate()
                builder.emit(.loadConstant(key, builder.constant(name)))
                builder.mark(expression.start)
                builder.emit(.getSuperElement(destination, key: key))
                builder.release(to: mark)
                return
            }
            let mark = builder.registerMark
            let objectRegister = try operand(object)
            if optional { emitOptionalCheck(objectRegister) }
            builder.mark(expression.start)
            if name == "length" {
                builder.emit(.getLength(destination, object: objectRegister))
            } else {
                builder.emit(.getProperty(destination, object: objectRegister, cache: builder.cache(named: name)))
            }
            builder.release(to: mark)
        case .index(let object, let property, let optional):
            let mark = builder.registerMark
            if case .super = object.kind {
                let key = builder.allocate()
                try compileExpression(property, into: key)
                builder.mark(expression.start)
                builder.emit(.getSuperElement(destination, key: key))
                builder.release(to: mark)
                return
            }
            let objectRegister = try operand(object, safeAgainst: property)
            if optional { emitOptionalCheck(objectRegister) }
            if case .string(let units) = property.kind, JSString.parseArrayIndex(units) == nil {
                builder.mark(expression.start)
                builder.emit(.getProperty(destination, object: objectRegister, cache: builder.cache(units: units)))
            } else {
                let key = try operand(property)
                builder.mark(expression.start)
                builder.emit(.getElement(destination, object: objectRegister, key: key))
            }
            builder.release(to: mark)
        case .optionalChain(let inner):
            let exit = JumpLabel()
            let end = JumpLabel()
            builder.optionalChainExits.append(exit)
            try compileExpression(inner, into: destination)
            builder.optionalChainExits.removeLast()
            builder.jump(to: end)
            builder.bind(exit)
            builder.emit(.loadUndefined(destination))
            builder.bind(end)
        case .sequence(let parts):
            for (index, part) in parts.enumerated() {
                try compileExpression(part, into: destination, inferredName: index == parts.count - 1 ? inferredName : nil)
            }
        case .yield(let value, let delegate):
            try compileYield(value, delegate: delegate, into: destination, at: expression.start)
        case .await(let value):
            let mark = builder.registerMark
            let operandRegister = builder.allocate()
            try compileExpression(value, into: operandRegister)
            builder.mark(expression.start)
            builder.emit(.await(destination, value: operandRegister))
            builder.release(to: mark)
        case .parenthesized(let inner):
            try compileExpression(inner, into: destination, inferredName: inferredName)
        }
    }

    func loadNumber(_ value: Double, into destination: Register) {
        if value == value.rounded(), abs(value) < 2_147_483_647, !(value == 0 && value.sign == .minus) {
            builder.emit(.loadInt(destination, Int32(value)))
        } else {
            builder.emit(.loadConstant(destination, builder.constant(value)))
        }
    }

    func loadThis(into destination: Register) {
        if case .function(let node) = builder.info.source, case .classConstructor(derived: true) = node.kind {
            builder.emit(.checkThisInitialized(0))
        }
        if destination != 0 { builder.emit(.move(destination, 0)) }
    }

    func emitOptionalCheck(_ register: Register) {
        guard let exit = builder.optionalChainExits.last else { return }
        builder.emitJump(to: exit) { .jumpIfNullish(register, $0) }
    }

    /// A register holding the value of `expression`: a register variable itself when reading it
    /// cannot be disturbed by evaluating `later`, else a fresh temporary.
    func operand(_ expression: Expression, safeAgainst later: Expression? = nil) throws(CompileError) -> Register {
        var inner = expression
        while case .parenthesized(let unwrapped) = inner.kind { inner = unwrapped }
        if case .identifier(let identifier) = inner.kind, let register = directRegister(identifier) {
            if let later, mayAssign(later, depth: 0) {
                // fall through to a copy
            } else {
                return register
            }
        }
        if case .this = inner.kind, builder.info.node.map({ if case .classConstructor(derived: true) = $0.kind { return false }; return true }) ?? true {
            return 0
        }
        let register = builder.allocate()
        try compileExpression(expression, into: register)
        return register
    }

    /// Whether evaluating `expression` may assign a variable (conservative).
    func mayAssign(_ expression: Expression, depth: Int) -> Bool {
        if depth > 32 { return true }
        switch expression.kind {
        case .identifier, .number, .string, .boolean, .null, .this, .regExp, .newTarget, .function, .super:
            return false
        case .assignment, .update, .class, .yield, .await:
            return true
        case .member(let object, _, _):
            return mayAssign(object, depth: depth + 1)
        case .index(let object, let property, _):
            return mayAssign(object, depth: depth + 1) || mayAssign(property, depth: depth + 1)
        case .binary(_, let left, let right), .logical(_, let left, let right):
            return mayAssign(left, depth: depth + 1) || mayAssign(right, depth: depth + 1)
        case .unary(_, let operand), .parenthesized(let operand), .optionalChain(let operand):
            return mayAssign(operand, depth: depth + 1)
        case .conditional(let a, let b, let c):
            return mayAssign(a, depth: depth + 1) || mayAssign(b, depth: depth + 1) || mayAssign(c, depth: depth + 1)
        case .call(let callee, let arguments, _), .new(let callee, let arguments):
            if mayAssign(callee, depth: depth + 1) { return true }
            for argument in arguments {
                switch argument {
                case .expression(let value), .spread(let value):
                    if mayAssign(value, depth: depth + 1) { return true }
                }
            }
            return false
        default:
            return true
        }
    }

    /// Whether compiling `expression` into a variable's register could clobber the variable before
    /// the expression has finished reading it.
    func writesDestinationEarly(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .identifier, .number, .string, .boolean, .null, .this, .regExp, .newTarget, .function, .unary, .binary,
            .call, .new, .member, .index, .await:
            return false
        case .parenthesized(let inner):
            return writesDestinationEarly(inner)
        default:
            return true
        }
    }

    // MARK: Conditions

    func compileCondition(_ expression: Expression, jumpIfFalseTo label: JumpLabel) throws(CompileError) {
        try compileCondition(expression, jumpTo: label, when: false)
    }

    /// Jumps to `label` when the expression's truth is `when`, falls through otherwise.
    func compileCondition(_ expression: Expression, jumpTo label: JumpLabel, when: Bool) throws(CompileError) {
        switch expression.kind {
        case .parenthesized(let inner):
            try compileCondition(inner, jumpTo: label, when: when)
            return
        case .unary(.not, let operand):
            try compileCondition(operand, jumpTo: label, when: !when)
            return
        case .logical(.and, let left, let right):
            if when {
                let skip = JumpLabel()
                try compileCondition(left, jumpTo: skip, when: false)
                try compileCondition(right, jumpTo: label, when: true)
                builder.bind(skip)
            } else {
                try compileCondition(left, jumpTo: label, when: false)
                try compileCondition(right, jumpTo: label, when: false)
            }
            return
        case .logical(.or, let left, let right):
            if when {
                try compileCondition(left, jumpTo: label, when: true)
                try compileCondition(right, jumpTo: label, when: true)
            } else {
                let skip = JumpLabel()
                try compileCondition(left, jumpTo: skip, when: true)
                try compileCondition(right, jumpTo: label, when: false)
                builder.bind(skip)
            }
            return
        case .binary(let op, let left, let right) where !when:
            let fused: ((Register, Register, Int32) -> Instruction)?
            switch op {
            case .less: fused = { .jumpIfNotLess($0, $1, $2) }
            case .lessOrEqual: fused = { .jumpIfNotLessOrEqual($0, $1, $2) }
            case .greater: fused = { .jumpIfNotGreater($0, $1, $2) }
            case .greaterOrEqual: fused = { .jumpIfNotGreaterOrEqual($0, $1, $2) }
            case .strictEqual: fused = { .jumpIfNotStrictEqual($0, $1, $2) }
            case .strictNotEqual: fused = { .jumpIfStrictEqual($0, $1, $2) }
            default: fused = nil
            }
            if let fused {
                let mark = builder.registerMark
                let a = try operand(left, safeAgainst: right)
                let b = try operand(right)
                builder.mark(expression.start)
                builder.emitJump(to: label) { fused(a, b, $0) }
                builder.release(to: mark)
                return
            }
        default:
            break
        }
        let mark = builder.registerMark
        let register = try operand(expression)
        builder.emitJump(to: label) { when ? .jumpIfTrue(register, $0) : .jumpIfFalse(register, $0) }
        builder.release(to: mark)
    }

    // MARK: Operators

    func compileUnary(_ op: UnaryOperator, _ operandExpression: Expression, into destination: Register, at offset: SourceOffset) throws(CompileError) {
        switch op {
        case .minus:
            if case .number(let value) = operandExpression.kind {
                loadNumber(-value, into: destination)
                return
            }
        case .typeof:
            if case .identifier(let identifier) = operandExpression.kind, analysis.resolutions[Int(identifier.id)] == nil {
                loadIdentifier(identifier, into: destination, forTypeof: true)
                builder.emit(.typeOf(destination, destination))
                return
            }
        case .delete:
            try compileDelete(operandExpression, into: destination, at: offset)
            return
        case .void:
            let mark = builder.registerMark
            try compileExpression(operandExpression, into: builder.allocate())
            builder.release(to: mark)
            builder.emit(.loadUndefined(destination))
            return
        default:
            break
        }
        let mark = builder.registerMark
        let value = try operand(operandExpression)
        builder.mark(offset)
        switch op {
        case .minus: builder.emit(.negate(destination, value))
        case .plus: builder.emit(.toNumber(destination, value))
        case .not: builder.emit(.not(destination, value))
        case .bitwiseNot: builder.emit(.bitwiseNot(destination, value))
        case .typeof: builder.emit(.typeOf(destination, value))
        case .void, .delete: break
        }
        builder.release(to: mark)
    }

    func compileDelete(_ target: Expression, into destination: Register, at offset: SourceOffset) throws(CompileError) {
        let mark = builder.registerMark
        defer { builder.release(to: mark) }
        switch target.kind {
        case .member(let object, let name, let optional):
            let objectRegister = try operand(object)
            if optional { emitOptionalCheck(objectRegister) }
            builder.mark(offset)
            builder.emit(.deleteProperty(destination, object: objectRegister, cache: builder.cache(named: name)))
        case .index(let object, let property, let optional):
            let objectRegister = try operand(object, safeAgainst: property)
            if optional { emitOptionalCheck(objectRegister) }
            let key = try operand(property)
            builder.mark(offset)
            builder.emit(.deleteElement(destination, object: objectRegister, key: key))
        case .identifier(let identifier):
            if analysis.resolutions[Int(identifier.id)] != nil {
                builder.emit(.loadBool(destination, false))
            } else {
                builder.emit(.deleteGlobal(destination, atom: builder.atom(identifier.name)))
            }
        case .parenthesized(let inner):
            try compileDelete(inner, into: destination, at: offset)
        case .optionalChain(let inner):
            let exit = JumpLabel()
            let end = JumpLabel()
            builder.optionalChainExits.append(exit)
            try compileDelete(inner, into: destination, at: offset)
            builder.optionalChainExits.removeLast()
            builder.jump(to: end)
            builder.bind(exit)
            builder.emit(.loadBool(destination, true))
            builder.bind(end)
        default:
            try compileExpression(target, into: builder.allocate())
            builder.emit(.loadBool(destination, true))
        }
    }

    func binaryInstruction(_ op: BinaryOperator, _ destination: Register, _ a: Register, _ b: Register) -> Instruction {
        switch op {
        case .add: return .add(destination, a, b)
        case .subtract: return .subtract(destination, a, b)
        case .multiply: return .multiply(destination, a, b)
        case .divide: return .divide(destination, a, b)
        case .remainder: return .remainder(destination, a, b)
        case .exponent: return .exponent(destination, a, b)
        case .leftShift: return .leftShift(destination, a, b)
        case .signedRightShift: return .signedRightShift(destination, a, b)
        case .unsignedRightShift: return .unsignedRightShift(destination, a, b)
        case .bitwiseAnd: return .bitwiseAnd(destination, a, b)
        case .bitwiseOr: return .bitwiseOr(destination, a, b)
        case .bitwiseXor: return .bitwiseXor(destination, a, b)
        case .equal: return .equal(destination, a, b)
        case .notEqual: return .notEqual(destination, a, b)
        case .strictEqual: return .strictEqual(destination, a, b)
        case .strictNotEqual: return .strictNotEqual(destination, a, b)
        case .less: return .less(destination, a, b)
        case .greater: return .greater(destination, a, b)
        case .lessOrEqual: return .lessOrEqual(destination, a, b)
        case .greaterOrEqual: return .greaterOrEqual(destination, a, b)
        case .instanceof: return .instanceOf(destination, a, b)
        case .in: return .hasProperty(destination, key: a, object: b)
        }
    }

    func compileBinary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, into destination: Register, at offset: SourceOffset) throws(CompileError) {
        let mark = builder.registerMark
        // `x + 1` on a number variable: one instruction.
        // (`x - 0` is excluded: for x = -0 it must stay -0, and -0 + 0 would not.)
        if op == .add || op == .subtract, case .number(let constant) = right.kind, constant == constant.rounded(), abs(constant) < 1_000_000,
            !(op == .subtract && constant == 0)
        {
            let a = try operand(left)
            builder.mark(offset)
            builder.emit(op == .add ? .addInt(destination, a, Int32(constant)) : .subtractInt(destination, a, Int32(constant)))
            builder.release(to: mark)
            return
        }
        let a = try operand(left, safeAgainst: right)
        let b = try operand(right)
        builder.mark(offset)
        builder.emit(binaryInstruction(op, destination, a, b))
        builder.release(to: mark)
    }

    func compileUpdate(_ op: UpdateOperator, prefix: Bool, _ target: Expression, into destination: Register, at offset: SourceOffset) throws(CompileError) {
        let mark = builder.registerMark
        defer { builder.release(to: mark) }
        var inner = target
        while case .parenthesized(let unwrapped) = inner.kind { inner = unwrapped }
        let step: (Register, Register) -> Instruction = op == .increment ? { .increment($0, $1) } : { .decrement($0, $1) }
        switch inner.kind {
        case .identifier(let identifier):
            let value = builder.allocate()
            loadIdentifier(identifier, into: value)
            builder.mark(offset)
            if prefix {
                builder.emit(step(value, value))
                storeIdentifier(identifier, from: value, initializing: false)
                builder.emit(.move(destination, value))
            } else {
                let old = builder.allocate()
                builder.emit(.toNumeric(old, value))
                builder.emit(step(value, old))
                storeIdentifier(identifier, from: value, initializing: false)
                builder.emit(.move(destination, old))
            }
        case .member(let object, let name, _):
            let objectRegister = try operand(object)
            let cache = builder.cache(named: name)
            let value = builder.allocate()
            builder.mark(offset)
            builder.emit(.getProperty(value, object: objectRegister, cache: cache))
            let result = builder.allocate()
            if prefix {
                builder.emit(step(value, value))
                builder.emit(.move(result, value))
            } else {
                builder.emit(.toNumeric(result, value))
                builder.emit(step(value, result))
            }
            builder.emit(.setProperty(object: objectRegister, cache: builder.cache(named: name), value: value))
            builder.emit(.move(destination, result))
        case .index(let object, let property, _):
            let objectRegister = try operand(object, safeAgainst: property)
            let key = builder.allocate()
            try compileExpression(property, into: key)
            builder.emit(.toPropertyKey(key, key))
            let value = builder.allocate()
            builder.mark(offset)
            builder.emit(.getElement(value, object: objectRegister, key: key))
            let result = builder.allocate()
            if prefix {
                builder.emit(step(value, value))
                builder.emit(.move(result, value))
            } else {
                builder.emit(.toNumeric(result, value))
                builder.emit(step(value, result))
            }
            builder.emit(.setElement(object: objectRegister, key: key, value: value))
            builder.emit(.move(destination, result))
        default:
            let message = prefix ? "Invalid left-hand side expression in prefix operation" : "Invalid left-hand side expression in postfix operation"
            if try emitCallTargetFailure(inner, message: message, at: offset) { return }
            throw error(message, at: offset)
        }
    }

    /// A call as an assignment target: V8 accepts it (web compatibility), runs the call and then
    /// throws `ReferenceError`. False when `target` is not a call.
    func emitCallTargetFailure(_ target: Expression, message: String, at offset: SourceOffset) throws(CompileError) -> Bool {
        var inner = target
        while case .parenthesized(let unwrapped) = inner.kind { inner = unwrapped }
        guard case .call = inner.kind else { return false }
        let mark = builder.registerMark
        try compileExpression(inner, into: builder.allocate())
        builder.mark(offset)
        builder.emit(.throwError(kind: 1, message: builder.constant(message)))
        builder.release(to: mark)
        return true
    }

    // MARK: Assignment

    func compileAssignment(_ op: AssignmentOperator, target: Pattern, value: Expression, into destination: Register, at offset: SourceOffset) throws(CompileError) {
        let mark = builder.registerMark
        defer { builder.release(to: mark) }
        if op == .assign {
            switch target {
            case .identifier(let identifier):
                try compileExpression(value, into: destination, inferredName: identifier.name)
                storeIdentifier(identifier, from: destination, initializing: false)
            case .expression(let expression):
                try compileAssignToExpression(expression, value: value, into: destination, at: offset)
            default:
                try compileExpression(value, into: destination)
                try bindPattern(target, from: destination, kind: .assign, origin: .expression(calleeText(value), declaration: false))
            }
            return
        }
        // Compound and logical assignment.
        let targetExpression: Expression
        switch target {
        case .identifier(let identifier): targetExpression = Expression(.identifier(identifier), start: identifier.start)
        case .expression(let expression): targetExpression = expression
        default: throw error("Invalid left-hand side in assignment", at: offset)
        }
        var inner = targetExpression
        while case .parenthesized(let unwrapped) = inner.kind { inner = unwrapped }
        // Reads the current value, computes the new one into `result`, writes it back.
        var objectRegister: Register = 0
        var key: Register = 0
        var cache: UInt32 = 0
        var storeCache: UInt32 = 0
        let current = builder.allocate()
        switch inner.kind {
        case .identifier(let identifier):
            loadIdentifier(identifier, into: current)
        case .member(let object, let name, _):
            objectRegister = try operand(object)
            cache = builder.cache(named: name)
            storeCache = builder.cache(named: name)
            builder.mark(offset)
            builder.emit(.getProperty(current, object: objectRegister, cache: cache))
        case .index(let object, let property, _):
            objectRegister = try operand(object, safeAgainst: property)
            key = builder.allocate()
            try compileExpression(property, into: key)
            builder.emit(.toPropertyKey(key, key))
            builder.mark(offset)
            builder.emit(.getElement(current, object: objectRegister, key: key))
        default:
            if try emitCallTargetFailure(inner, message: "Invalid left-hand side in assignment", at: offset) { return }
            throw error("Invalid left-hand side in assignment", at: offset)
        }
        let end = JumpLabel()
        if let binary = op.binaryOperator {
            let right = builder.allocate()
            try compileExpression(value, into: right)
            builder.mark(offset)
            builder.emit(binaryInstruction(binary, current, current, right))
        } else {
            switch op {
            case .and: builder.emitJump(to: end) { .jumpIfFalse(current, $0) }
            case .or: builder.emitJump(to: end) { .jumpIfTrue(current, $0) }
            default: builder.emitJump(to: end) { .jumpIfNotNullish(current, $0) }
            }
            var name: String?
            if case .identifier(let identifier) = inner.kind { name = identifier.name }
            try compileExpression(value, into: current, inferredName: name)
        }
        switch inner.kind {
        case .identifier(let identifier):
            storeIdentifier(identifier, from: current, initializing: false)
        case .member:
            builder.emit(.setProperty(object: objectRegister, cache: storeCache, value: current))
        default:
            builder.emit(.setElement(object: objectRegister, key: key, value: current))
        }
        builder.bind(end)
        builder.emit(.move(destination, current))
    }

    /// `a.b = v`, `a[k] = v`, `super.x = v`, `(x) = v`.
    func compileAssignToExpression(_ target: Expression, value: Expression, into destination: Register, at offset: SourceOffset) throws(CompileError) {
        switch target.kind {
        case .parenthesized(let inner):
            if case .identifier(let identifier) = inner.kind {
                try compileExpression(value, into: destination)
                storeIdentifier(identifier, from: destination, initializing: false)
            } else {
                try compileAssignToExpression(inner, value: value, into: destination, at: offset)
            }
        case .identifier(let identifier):
            try compileExpression(value, into: destination, inferredName: identifier.name)
            storeIdentifier(identifier, from: destination, initializing: false)
        case .member(let object, let name, _):
            if case .super = object.kind {
                let key = builder.allocate()
                builder.emit(.loadConstant(key, builder.constant(name)))
                try compileExpression(value, into: destination)
                builder.emit(.setSuperElement(key: key, value: destination))
                return
            }
            let objectRegister = try operand(object, safeAgainst: value)
            try compileExpression(value, into: destination)
            builder.mark(offset)
            builder.emit(.setProperty(object: objectRegister, cache: builder.cache(named: name), value: destination))
        case .index(let object, let property, _):
            if case .super = object.kind {
                let key = builder.allocate()
                try compileExpression(property, into: key)
                builder.emit(.toPropertyKey(key, key))
                try compileExpression(value, into: destination)
                builder.emit(.setSuperElement(key: key, value: destination))
                return
            }
            let objectRegister = try operand(object, safeAgainst: property)
            if case .string(let units) = property.kind, JSString.parseArrayIndex(units) == nil {
                try compileExpression(value, into: destination)
                builder.mark(offset)
                builder.emit(.setProperty(object: objectRegister, cache: builder.cache(units: units), value: destination))
                return
            }
            let key = builder.allocate()
            try compileExpression(property, into: key)
            if mayAssign(value, depth: 0) { builder.emit(.toPropertyKey(key, key)) }
            try compileExpression(value, into: destination)
            builder.mark(offset)
            builder.emit(.setElement(object: objectRegister, key: key, value: destination))
        default:
            if try emitCallTargetFailure(target, message: "Invalid left-hand side in assignment", at: offset) { return }
            throw error("Invalid left-hand side in assignment", at: offset)
        }
    }

    // MARK: Calls

    func compileCall(callee: Expression, arguments: [Argument], optional: Bool, into destination: Register, at offset: SourceOffset) throws(CompileError) {
        let mark = builder.registerMark
        defer { builder.release(to: mark) }
        let hasSpread = arguments.contains { if case .spread = $0 { return true }; return false }
        // A computed key is kept below the call's registers (callee, this, arguments are contiguous).
        let key = builder.allocate()
        let base = builder.allocate(2)
        var inner = callee
        while case .parenthesized(let unwrapped) = inner.kind { inner = unwrapped }
        // `(a?.b)()` keeps `a` as `this` (ECMA-262 §13.3.6.1: the chain's value is a reference).
        var chainExit: JumpLabel?
        if case .optionalChain(let chain) = inner.kind {
            var member = chain
            while case .parenthesized(let unwrapped) = member.kind { member = unwrapped }
            switch member.kind {
            case .member(let object, _, _), .index(let object, _, _):
                if case .super = object.kind { break }
                let exit = JumpLabel()
                builder.optionalChainExits.append(exit)
                chainExit = exit
                inner = member
            default: break
            }
        }
        var isDirectEval = false
        var isSuperCall = false
        switch inner.kind {
        case .member(let object, let name, let memberOptional):
            if case .super = object.kind {
                loadThis(into: base + 1)
                builder.emit(.loadConstant(key, builder.constant(name)))
                builder.emit(.getSuperElement(base, key: key))
            } else {
                try compileExpression(object, into: base + 1)
                if memberOptional { emitOptionalCheck(base + 1) }
                builder.mark(inner.start)
                builder.emit(.getProperty(base, object: base + 1, cache: builder.cache(named: name)))
            }
        case .index(let object, let property, let memberOptional):
            if case .super = object.kind {
                loadThis(into: base + 1)
                try compileExpression(property, into: key)
                builder.emit(.getSuperElement(base, key: key))
            } else {
                try compileExpression(object, into: base + 1)
                if memberOptional { emitOptionalCheck(base + 1) }
                try compileExpression(property, into: key)
                builder.mark(inner.start)
                builder.emit(.getElement(base, object: base + 1, key: key))
            }
        case .super:
            isSuperCall = true
        case .identifier(let identifier):
            loadIdentifier(identifier, into: base)
            builder.emit(.loadUndefined(base + 1))
            isDirectEval = analysis.directEvalCallees.contains(identifier.id)
        default:
            try compileExpression(callee, into: base)
            builder.emit(.loadUndefined(base + 1))
        }
        if let chainExit {
            builder.optionalChainExits.removeLast()
            let join = JumpLabel()
            builder.jump(to: join)
            builder.bind(chainExit)
            builder.emit(.loadUndefined(base))
            builder.emit(.loadUndefined(base + 1))
            builder.bind(join)
        }
        if optional { emitOptionalCheck(base) }
        let site = calleeText(callee)
        if hasSpread {
            let list = builder.allocate()
            try compileArgumentList(arguments, into: list)
            builder.mark(offset)
            builder.recordCallSite(site)
            builder.emit(isSuperCall ? .superCallSpread(destination, base: base) : .callSpread(destination, base: base))
        } else {
            for argument in arguments {
                guard case .expression(let value) = argument else { continue }
                let register = builder.allocate()
                try compileExpression(value, into: register)
            }
            builder.mark(offset)
            builder.recordCallSite(site)
            let count = UInt16(arguments.count)
            if isSuperCall {
                builder.emit(.superCall(destination, base: base, argumentCount: count))
            } else if isDirectEval {
                builder.emit(.callEval(destination, base: base, argumentCount: count))
            } else {
                builder.emit(.call(destination, base: base, argumentCount: count))
            }
        }
    }

    /// Builds an array of argument values (with spreads) in `register`.
    func compileArgumentList(_ arguments: [Argument], into register: Register) throws(CompileError) {
        builder.emit(.newArray(register, capacity: UInt16(min(arguments.count, 1000))))
        let mark = builder.registerMark
        let value = builder.allocate()
        for argument in arguments {
            switch argument {
            case .expression(let expression):
                try compileExpression(expression, into: value)
                builder.emit(.arrayAppend(array: register, value: value))
            case .spread(let expression):
                try compileExpression(expression, into: value)
                builder.mark(expression.start)
                builder.recordCallSite(calleeText(expression))
                builder.emit(.arrayAppendSpread(array: register, iterable: value, isArgument: true))
            }
        }
        builder.release(to: mark)
    }

    func compileNew(callee: Expression, arguments: [Argument], into destination: Register, at offset: SourceOffset) throws(CompileError) {
        let mark = builder.registerMark
        defer { builder.release(to: mark) }
        let base = builder.allocate(2)
        try compileExpression(callee, into: base)
        let hasSpread = arguments.contains { if case .spread = $0 { return true }; return false }
        let site = calleeText(callee)
        if hasSpread {
            let list = builder.allocate()
            try compileArgumentList(arguments, into: list)
            builder.mark(offset)
            builder.recordCallSite(site)
            builder.emit(.constructSpread(destination, base: base))
        } else {
            for argument in arguments {
                guard case .expression(let value) = argument else { continue }
                let register = builder.allocate()
                try compileExpression(value, into: register)
            }
            builder.mark(offset)
            builder.recordCallSite(site)
            builder.emit(.construct(destination, base: base, argumentCount: UInt16(arguments.count)))
        }
    }

    /// How V8 names a callee in "… is not a function" or an iterable in "… is not iterable" (V8's
    /// `CallPrinter`): `a.b.c`, `a[0]`, `a?.b`, `f(...).g`, `(0 , a.b)`, `{}`, `(intermediate value)`.
    func calleeText(_ expression: Expression, depth: Int = 0) -> String {
        let opaque = "(intermediate value)"
        if depth > 8 { return opaque }
        switch expression.kind {
        case .identifier(let identifier): return identifier.name
        case .this: return "this"
        case .super: return "super"
        case .member(let object, let name, let optional):
            return calleeText(object, depth: depth + 1) + (optional ? "?." : ".") + name
        case .index(let object, let property, let optional):
            let target = calleeText(object, depth: depth + 1)
            // A string key that is not an array index prints as a dot access, as V8 parses it.
            if case .string(let units) = property.kind, JSString.parseArrayIndex(units) == nil {
                return target + (optional ? "?." : ".") + String(decoding: units, as: UTF16.self)
            }
            let key: String
            if case .string(let units) = property.kind, let index = JSString.parseArrayIndex(units) {
                key = String(index)
            } else {
                key = calleeText(property, depth: depth + 1)
            }
            return target + (optional ? "?.[" : "[") + key + "]"
        case .call(let callee, _, _): return calleeText(callee, depth: depth + 1) + "(...)"
        case .parenthesized(let inner): return calleeText(inner, depth: depth + 1)
        case .optionalChain(let inner): return calleeText(inner, depth: depth + 1)
        case .string(let units): return "\"" + String(decoding: units, as: UTF16.self) + "\""
        case .number(let value): return NumberConversion.toString(value)
        case .null: return "null"
        case .boolean(let value): return value ? "true" : "false"
        case .sequence(let expressions):
            return "(" + expressions.map { calleeText($0, depth: depth + 1) }.joined(separator: " , ") + ")"
        case .binary(let op, let left, let right):
            return "(" + calleeText(left, depth: depth + 1) + " " + op.rawValue + " " + calleeText(right, depth: depth + 1) + ")"
        case .logical(let op, let left, let right):
            return "(" + calleeText(left, depth: depth + 1) + " " + op.rawValue + " " + calleeText(right, depth: depth + 1) + ")"
        case .unary(let op, let operand):
            if op == .minus, case .number(let value) = operand.kind { return NumberConversion.toString(-value) }
            let space = op == .typeof || op == .void || op == .delete ? " " : ""
            return "(" + op.rawValue + space + calleeText(operand, depth: depth + 1) + ")"
        case .object(let members):
            // V8 prints each property value of an object literal as an opaque value.
            return "{" + String(repeating: opaque, count: members.count) + "}"
        case .array(let elements):
            let parts = elements.map { element -> String in
                switch element {
                case .expression(let value): return calleeText(value, depth: depth + 1)
                case .spread(let value): return "..." + calleeText(value, depth: depth + 1)
                case .hole: return ""
                }
            }
            return "[" + parts.joined(separator: ",") + "]"
        case .conditional: return opaque + opaque + opaque
        default: return opaque
        }
    }

    // MARK: Literals

    func compileRegExp(pattern: [UInt16], flags: String, at offset: SourceOffset, into destination: Register) throws(CompileError) {
        guard let parsedFlags = RegExpFlags(parsing: flags) else {
            throw error("Invalid regular expression flags", at: offset)
        }
        let program: RegExpProgram
        do throws(RegExpSyntaxError) {
            program = try RegExpProgram(pattern: pattern, flags: parsedFlags)
        } catch {
            throw self.error(error.message, at: offset)
        }
        let index = UInt32(builder.regExps.count)
        builder.regExps.append(RegExpLiteral(program: program, source: JSString(units: pattern), flags: JSString(flags)))
        builder.emit(.newRegExp(destination, index))
    }

    func compileTemplate(_ literal: TemplateLiteral, into destination: Register, at offset: SourceOffset) throws(CompileError) {
        let first = literal.cooked.first.flatMap { $0 } ?? []
        builder.emit(.loadConstant(destination, builder.constant(JSString(units: first))))
        let mark = builder.registerMark
        let part = builder.allocate()
        for (index, expression) in literal.expressions.enumerated() {
            try compileExpression(expression, into: part)
            builder.mark(expression.start)
            builder.emit(.toStringValue(part, part))
            builder.emit(.add(destination, destination, part))
            if index + 1 < literal.cooked.count, let cooked = literal.cooked[index + 1], !cooked.isEmpty {
                builder.emit(.loadConstant(part, builder.constant(JSString(units: cooked))))
                builder.emit(.add(destination, destination, part))
            }
        }
        builder.release(to: mark)
    }

    func compileTaggedTemplate(tag: Expression, literal: TemplateLiteral, into destination: Register, at offset: SourceOffset) throws(CompileError) {
        let mark = builder.registerMark
        defer { builder.release(to: mark) }
        let key = builder.allocate()
        let base = builder.allocate(2)
        var inner = tag
        while case .parenthesized(let unwrapped) = inner.kind { inner = unwrapped }
        switch inner.kind {
        case .member(let object, let name, _) where !isSuper(object):
            try compileExpression(object, into: base + 1)
            builder.emit(.getProperty(base, object: base + 1, cache: builder.cache(named: name)))
        case .index(let object, let property, _) where !isSuper(object):
            try compileExpression(object, into: base + 1)
            try compileExpression(property, into: key)
            builder.emit(.getElement(base, object: base + 1, key: key))
        default:
            try compileExpression(tag, into: base)
            builder.emit(.loadUndefined(base + 1))
        }
        let strings = builder.allocate()
        let site = TemplateSite(
            cooked: literal.cooked.map { $0.map { JSValue.string(JSString(units: $0)) } ?? .undefined },
            raw: literal.raw.map { JSString(units: $0) })
        let index = UInt32(builder.templates.count)
        builder.templates.append(site)
        builder.emit(.getTemplateObject(strings, index))
        for expression in literal.expressions {
            let register = builder.allocate()
            try compileExpression(expression, into: register)
        }
        builder.mark(offset)
        builder.recordCallSite(calleeText(tag))
        builder.emit(.call(destination, base: base, argumentCount: UInt16(literal.expressions.count + 1)))
    }

    private func isSuper(_ expression: Expression) -> Bool {
        if case .super = expression.kind { return true }
        return false
    }

    func compileArrayLiteral(_ elements: [ArrayElement], into destination: Register) throws(CompileError) {
        let mark = builder.registerMark
        let array = destination
        builder.emit(.newArray(array, capacity: UInt16(min(elements.count, 65_000))))
        let value = builder.allocate()
        for element in elements {
            switch element {
            case .expression(let expression):
                try compileExpression(expression, into: value)
                builder.emit(.arrayAppend(array: array, value: value))
            case .spread(let expression):
                try compileExpression(expression, into: value)
                builder.mark(expression.start)
                builder.recordCallSite(calleeText(expression))
                builder.emit(.arrayAppendSpread(array: array, iterable: value, isArgument: false))
            case .hole:
                builder.emit(.arrayAppendHole(array: array))
            }
        }
        builder.release(to: mark)
    }

    func compileObjectLiteral(_ members: [ObjectMember], into destination: Register) throws(CompileError) {
        let mark = builder.registerMark
        let object = destination
        builder.emit(.newObject(object, capacity: UInt16(min(members.count, 64))))
        let value = builder.allocate()
        let key = builder.allocate()
        for member in members {
            switch member {
            case .property(let name, let expression):
                switch name {
                case .literal(let units):
                    try compileExpression(expression, into: value, inferredName: String(decoding: units, as: UTF16.self))
                    builder.emit(.defineField(object: object, cache: builder.cache(units: units), value: value))
                case .computed(let keyExpression):
                    try compileExpression(keyExpression, into: key)
                    builder.emit(.toPropertyKey(key, key))
                    try compileExpression(expression, into: value)
                    if isAnonymousFunction(expression) { builder.emit(.setFunctionName(value, name: key)) }
                    builder.emit(.defineElement(object: object, key: key, value: value))
                }
            case .shorthand(let identifier):
                loadIdentifier(identifier, into: value)
                builder.emit(.defineField(object: object, cache: builder.cache(named: identifier.name), value: value))
            case .method(let name, let node, let kind):
                try loadPropertyName(name, into: key)
                try emitClosure(node, into: value, inferredName: literalName(name))
                let kindCode: UInt8 = kind == .method ? 0 : (kind == .getter ? 1 : 2)
                builder.emit(.defineMethod(object: object, key: key, function: value, kind: kindCode, enumerable: true))
            case .spread(let expression):
                try compileExpression(expression, into: value)
                builder.emit(.loadUndefined(key))
                builder.emit(.copyDataProperties(target: object, source: value, excluded: key))
            case .protoSetter(let expression):
                try compileExpression(expression, into: value)
                builder.emit(.setPrototypeLiteral(object: object, value: value))
            }
        }
        builder.release(to: mark)
    }

    func isAnonymousFunction(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .function(let node): return node.name == nil
        case .class(let node): return node.name == nil
        case .parenthesized(let inner): return isAnonymousFunction(inner)
        default: return false
        }
    }

    func literalName(_ name: PropertyName) -> String? {
        if case .literal(let units) = name { return String(decoding: units, as: UTF16.self) }
        return nil
    }

    func loadPropertyName(_ name: PropertyName, into register: Register) throws(CompileError) {
        switch name {
        case .literal(let units):
            if let index = JSString.parseArrayIndex(units), index < 2_147_483_647 {
                builder.emit(.loadInt(register, Int32(index)))
            } else {
                builder.emit(.loadConstant(register, builder.constant(JSString(units: units))))
            }
        case .computed(let expression):
            try compileExpression(expression, into: register)
            builder.emit(.toPropertyKey(register, register))
        }
    }

    // MARK: Generators

    func compileYield(_ value: Expression?, delegate: Bool, into destination: Register, at offset: SourceOffset) throws(CompileError) {
        let mark = builder.registerMark
        defer { builder.release(to: mark) }
        let operandRegister = builder.allocate()
        if let value {
            try compileExpression(value, into: operandRegister)
        } else {
            builder.emit(.loadUndefined(operandRegister))
        }
        builder.mark(offset)
        if delegate {
            let iterator = builder.allocate(3)
            builder.emit(.getIterator(iterator, iterable: operandRegister))
            let received = builder.allocate()
            builder.emit(.loadUndefined(received))
            builder.emit(.yieldDelegate(destination, iterator: iterator, received: received))
        } else {
            builder.emit(.yield(destination, value: operandRegister))
        }
    }
}
