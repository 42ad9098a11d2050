/// Destructuring: binding patterns in declarations and parameters, and assignment patterns.
extension CodeGenerator {
    enum BindingMode {
        /// A declaration or parameter: the binding is being created.
        case initialize
        /// An assignment expression: targets are existing references.
        case assign
    }

    /// Where a pattern's value comes from, which decides V8's wording of destructuring errors.
    enum PatternSource {
        /// No source text (parameters, loop heads).
        case unknown
        /// A declaration's initializer (`declaration`) or an assignment's right side, as V8 prints it.
        case expression(String, declaration: Bool)
        /// A nested pattern's value, read from a property or an element of the outer value.
        case nested
    }

    /// Binds `pattern` to the value in `source`.
    func bindPattern(
        _ pattern: Pattern, from source: Register, kind: BindingMode, origin: PatternSource = .unknown
    ) throws(CompileError) {
        switch pattern {
        case .identifier(let identifier):
            storeIdentifier(identifier, from: source, initializing: kind == .initialize)
        case .withDefault(let target, let value):
            let mark = builder.registerMark
            let register = builder.allocate()
            builder.emit(.move(register, source))
            let skip = JumpLabel()
            builder.emitJump(to: skip) { .jumpIfNotUndefined(register, $0) }
            try compileExpression(value, into: register, inferredName: boundName(of: target))
            builder.bind(skip)
            // The value is the default only when the original was undefined; V8 names the default.
            let defaultOrigin: PatternSource
            if case .nested = origin { defaultOrigin = .expression(calleeText(value), declaration: false) } else { defaultOrigin = origin }
            try bindPattern(target, from: register, kind: kind, origin: defaultOrigin)
            builder.release(to: mark)
        case .expression(let expression):
            try assignToTarget(expression, from: source)
        case .object(let properties, let rest, let start):
            try bindObjectPattern(properties, rest: rest, start: start, from: source, kind: kind, origin: origin)
        case .array(let elements, let rest, let start):
            try bindArrayPattern(elements, rest: rest, start: start, from: source, kind: kind, origin: origin)
        }
    }

    /// Writes `source` to a member expression or parenthesised name (assignment patterns).
    func assignToTarget(_ expression: Expression, from source: Register) throws(CompileError) {
        let mark = builder.registerMark
        defer { builder.release(to: mark) }
        switch expression.kind {
        case .identifier(let identifier):
            storeIdentifier(identifier, from: source, initializing: false)
        case .parenthesized(let inner):
            try assignToTarget(inner, from: source)
        case .member(let object, let name, _):
            if case .super = object.kind {
                let key = builder.allocate()
                builder.emit(.loadConstant(key, builder.constant(name)))
                builder.emit(.setSuperElement(key: key, value: source))
                return
            }
            let objectRegister = try operand(object)
            builder.mark(expression.start)
            builder.emit(.setProperty(object: objectRegister, cache: builder.cache(named: name), value: source))
        case .index(let object, let property, _):
            let objectRegister = try operand(object, safeAgainst: property)
            let key = try operand(property)
            builder.mark(expression.start)
            builder.emit(.setElement(object: objectRegister, key: key, value: source))
        default:
            throw error("Invalid destructuring assignment target", at: expression.start)
        }
    }

    private func bindObjectPattern(
        _ properties: [PatternProperty], rest: Pattern?, start: SourceOffset, from source: Register, kind: BindingMode,
        origin: PatternSource
    ) throws(CompileError) {
        let mark = builder.registerMark
        defer { builder.release(to: mark) }
        builder.mark(start)
        let firstName: String? = properties.first.flatMap { property in
            if case .literal(let units) = property.key { return String(decoding: units, as: UTF16.self) }
            return nil
        }
        var site = ""
        var nested = false
        switch origin {
        case .unknown: break
        case .expression(let text, _): site = text
        case .nested: nested = true
        }
        builder.emit(
            .requireObjectCoercible(
                source, property: builder.constant(firstName ?? ""), site: builder.constant(site), nested: nested))
        var excluded: Register?
        if rest != nil {
            let list = builder.allocate()
            builder.emit(.newArray(list, capacity: UInt16(min(properties.count, 1000))))
            excluded = list
        }
        let value = builder.allocate()
        let key = builder.allocate()
        for property in properties {
            switch property.key {
            case .literal(let units):
                if let index = JSString.parseArrayIndex(units), index < 2_147_483_647 {
                    builder.emit(.loadInt(key, Int32(index)))
                    builder.emit(.getElement(value, object: source, key: key))
                } else {
                    builder.emit(.getProperty(value, object: source, cache: builder.cache(units: units)))
                    if excluded != nil { builder.emit(.loadConstant(key, builder.constant(JSString(units: units)))) }
                }
            case .computed(let expression):
                try compileExpression(expression, into: key)
                builder.emit(.toPropertyKey(key, key))
                builder.emit(.getElement(value, object: source, key: key))
            }
            if let excluded { builder.emit(.arrayAppend(array: excluded, value: key)) }
            try bindPattern(property.value, from: value, kind: kind, origin: .nested)
        }
        if let rest, let excluded {
            let object = builder.allocate()
            builder.emit(.newObject(object, capacity: 0))
            builder.emit(.copyDataProperties(target: object, source: source, excluded: excluded))
            try bindPattern(rest, from: object, kind: kind)
        }
    }

    private func bindArrayPattern(
        _ elements: [Pattern?], rest: Pattern?, start: SourceOffset, from source: Register, kind: BindingMode,
        origin: PatternSource
    ) throws(CompileError) {
        let mark = builder.registerMark
        defer { builder.release(to: mark) }
        builder.mark(start)
        let iterator = builder.allocate(3)
        // V8 names the iterable only for a declaration's own initializer; otherwise it words the
        // error as its built-ins do.
        if case .expression(let text, declaration: true) = origin { builder.recordCallSite(text) }
        builder.emit(.getIterator(iterator, iterable: source))
        let value = builder.allocate(2)
        for element in elements {
            builder.emit(.iteratorStepValue(value, iterator: iterator))
            if let element { try bindPattern(element, from: value, kind: kind, origin: .nested) }
        }
        if let rest {
            let array = builder.allocate()
            builder.emit(.newArray(array, capacity: 0))
            let loop = JumpLabel()
            let done = JumpLabel()
            builder.bind(loop)
            builder.emitJump(to: done) { .iteratorStep(value, iterator: iterator, done: $0) }
            builder.emit(.arrayAppend(array: array, value: value))
            builder.jump(to: loop)
            builder.bind(done)
            try bindPattern(rest, from: array, kind: kind)
        } else {
            builder.emit(.iteratorClose(iterator: iterator))
        }
    }
}
