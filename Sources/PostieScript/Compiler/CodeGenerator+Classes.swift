/// Classes (ECMA-262 §15.7): constructor, prototype methods, static members, fields.
extension CodeGenerator {
    func compileClass(_ node: ClassNode, into destination: Register, inferredName: String?) throws(CompileError) {
        let mark = builder.registerMark
        defer { builder.release(to: mark) }
        let className = node.name?.name ?? inferredName ?? ""
        let scope = analysis.scopes[ScopeKey(start: node.start, tag: 8)]
        var pushed = false
        if let scope { pushed = enterScope(scope, isFunctionTop: false) }
        let superclass = builder.allocate()
        if let superClass = node.superClass {
            try compileExpression(superClass, into: superclass)
        }
        let constructor = builder.allocate()
        let prototype = builder.allocate()
        builder.mark(node.start)
        if let explicit = node.constructor {
            // The class's source text is what `toString` shows for the constructor.
            try emitClassConstructor(explicit, classNode: node, name: className, into: constructor)
        } else {
            let code = defaultConstructor(derived: node.superClass != nil, name: className, classNode: node)
            let index = UInt32(builder.functions.count)
            builder.functions.append(code)
            builder.emit(.closure(constructor, index))
        }
        builder.emit(.makeClass(constructor: constructor, superclass: superclass, hasSuperclass: node.superClass != nil, prototype: prototype))
        let key = builder.allocate()
        let function = builder.allocate()
        // Computed field names are evaluated with the other members, in order (ECMA-262 §15.7.14
        // step 27); the field initializers read them back.
        let instanceKeys = builder.allocate()
        let staticKeys = builder.allocate()
        builder.emit(.newArray(instanceKeys, capacity: 0))
        builder.emit(.newArray(staticKeys, capacity: 0))
        for member in node.members {
            if member.kind == .field {
                guard case .computed = member.key else { continue }
                builder.mark(member.start)
                try loadPropertyName(member.key, into: key)
                builder.emit(.toPropertyKey(key, key))
                builder.emit(.arrayAppend(array: member.isStatic ? staticKeys : instanceKeys, value: key))
                continue
            }
            guard let method = member.function else { continue }
            builder.mark(member.start)
            try loadPropertyName(member.key, into: key)
            try emitClosure(method, into: function, inferredName: literalName(member.key))
            let kind: UInt8 = member.kind == .getter ? 1 : (member.kind == .setter ? 2 : 0)
            builder.emit(.defineMethod(object: member.isStatic ? constructor : prototype, key: key, function: function, kind: kind, enumerable: false))
        }
        let pair = analysis.fieldInitializers[ObjectIdentifier(node)]
        if let instance = pair?.instance {
            let code = try compileFieldInitializer(instance, classNode: node, isStatic: false)
            let index = UInt32(builder.functions.count)
            builder.functions.append(code)
            builder.emit(.closure(function, index))
            builder.emit(.defineField(object: function, cache: builder.cache(.symbol(runtime.symbols.classFieldKeys)), value: instanceKeys))
            builder.emit(.setFieldInitializer(constructor: constructor, initializer: function))
        }
        if let name = node.name, let scope, let inner = scope.lookupLocal(name.name) {
            storeBinding(inner, from: constructor, initializing: true)
        }
        if let staticInfo = pair?.static {
            let code = try compileFieldInitializer(staticInfo, classNode: node, isStatic: true)
            let index = UInt32(builder.functions.count)
            builder.functions.append(code)
            let base = builder.allocate(2)
            builder.emit(.closure(base, index))
            builder.emit(.defineField(object: base, cache: builder.cache(.symbol(runtime.symbols.classFieldKeys)), value: staticKeys))
            builder.emit(.move(base + 1, constructor))
            builder.emit(.call(base, base: base, argumentCount: 0))
        }
        if let scope { leaveScope(scope, pushed: pushed) }
        builder.emit(.move(destination, constructor))
    }

    private func emitClassConstructor(_ node: FunctionNode, classNode: ClassNode, name: String, into register: Register) throws(CompileError) {
        let saveStart = node.start
        let saveEnd = node.end
        node.start = classNode.start
        node.end = classNode.end
        defer {
            node.start = saveStart
            node.end = saveEnd
        }
        let code = try compileFunction(node, inferredName: name)
        let index = UInt32(builder.functions.count)
        builder.functions.append(code)
        builder.emit(.closure(register, index))
    }

    /// `constructor() {}` or `constructor(...args) { super(...args); }`.
    private func defaultConstructor(derived: Bool, name: String, classNode: ClassNode) -> FunctionCode {
        let info = FunctionInfo(source: .script, parent: builder.info, isStrict: true)
        let saved = builder
        defer { builder = saved }
        builder = FunctionBuilder(info: info, generator: self, parameterCount: 0)
        if derived {
            let base = builder.allocate(3)
            builder.emit(.createRest(base + 2, from: 0))
            builder.emit(.superCallSpread(base, base: base))
        }
        builder.emit(.returnUndefined)
        var flags: FunctionFlags = [.strict, .constructor, .classConstructor, .usesThis, .keepsArguments]
        if derived { flags.insert(.derivedConstructor) }
        return builder.finish(
            name: JSString(name), flags: flags, expectedArgumentCount: 0, start: classNode.start, end: classNode.end,
            hasFunctionScope: false)
    }

    /// A method that defines a class's fields on `this` (instance) or on the constructor (static).
    private func compileFieldInitializer(_ info: FunctionInfo, classNode: ClassNode, isStatic: Bool) throws(CompileError) -> FunctionCode {
        let saved = builder
        let savedScopes = runtimeScopes
        defer {
            builder = saved
            runtimeScopes = savedScopes
        }
        builder = FunctionBuilder(info: info, generator: self, parameterCount: 0)
        let hasScope = enterScope(info.scope, isFunctionTop: true)
        let key = builder.allocate()
        let value = builder.allocate()
        let computedKeys = builder.allocate()
        let fields = classNode.members.filter { $0.kind == .field && $0.isStatic == isStatic }
        if fields.contains(where: { if case .computed = $0.key { return true }; return false }) {
            builder.emit(.loadCallee(computedKeys))
            builder.emit(.getProperty(computedKeys, object: computedKeys, cache: builder.cache(.symbol(runtime.symbols.classFieldKeys))))
        }
        var computedIndex: Int32 = 0
        for member in fields {
            builder.mark(member.start)
            if let expression = member.value {
                try compileExpression(expression, into: value, inferredName: literalName(member.key))
            } else {
                builder.emit(.loadUndefined(value))
            }
            switch member.key {
            case .literal(let units):
                builder.emit(.defineField(object: 0, cache: builder.cache(units: units), value: value))
            case .computed:
                builder.emit(.loadInt(key, computedIndex))
                builder.emit(.getElement(key, object: computedKeys, key: key))
                builder.emit(.defineElement(object: 0, key: key, value: value))
                computedIndex += 1
            }
        }
        builder.emit(.returnUndefined)
        return builder.finish(
            name: JSString(""), flags: [.strict, .method, .fieldInitializer, .usesThis], expectedArgumentCount: 0,
            start: classNode.start, end: classNode.end, hasFunctionScope: hasScope)
    }
}
