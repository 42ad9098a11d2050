/// `Symbol` (ECMA-262 §20.4).
enum SymbolBuiltins {
    static func makePrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.objectPrototype)
        prototype.addMethod(realm, "toString", length: 0) { rt, this, _ throws(JSException) in
            .string(JSString(try rt.thisSymbol(this, "Symbol.prototype.toString").descriptiveString))
        }
        prototype.addMethod(realm, "valueOf", length: 0) { rt, this, _ throws(JSException) in
            .symbol(try rt.thisSymbol(this, "Symbol.prototype.valueOf"))
        }
        prototype.addGetter(realm, "description") { rt, this, _ throws(JSException) in
            try rt.thisSymbol(this, "Symbol.prototype.description").descriptionString.map { .string($0) } ?? .undefined
        }
        prototype.addMethod(realm, symbol: rt.symbols.toPrimitive, name: "[Symbol.toPrimitive]", length: 1, flags: [.configurable]) { rt, this, _ throws(JSException) in
            .symbol(try rt.thisSymbol(this, "Symbol.prototype [ @@toPrimitive ]"))
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(JSString("Symbol")), flags: [.configurable])
        return prototype
    }

    static func makeConstructor(_ realm: Realm) -> JSObject {
        let constructor = realm.nativeConstructor(
            "Symbol", length: 0, prototype: realm.symbolPrototype,
            call: { rt, _, arguments throws(JSException) in
                let description = arguments[0].isUndefined ? nil : try rt.toJSString(arguments[0])
                return .symbol(JSSymbol(description: description))
            },
            construct: { rt, _, _ throws(JSException) in
                throw rt.makeException(.typeError, "Symbol is not a constructor")
            })
        let rt = realm.runtime
        for (name, symbol) in rt.symbols.all {
            constructor.defineNew(rt.propertyKey(name), .symbol(symbol), flags: [])
        }
        constructor.addMethod(realm, "for", length: 1) { rt, _, arguments throws(JSException) in
            let key = try rt.toJSString(arguments[0])
            let content = StringContentKey(string: key)
            if let existing = rt.symbolRegistry[content] { return .symbol(existing) }
            let symbol = JSSymbol(description: key, registryKey: key)
            rt.symbolRegistry[content] = symbol
            return .symbol(symbol)
        }
        constructor.addMethod(realm, "keyFor", length: 1) { rt, _, arguments throws(JSException) in
            guard case .symbol(let symbol) = arguments[0] else {
                throw rt.makeException(.typeError, "\(rt.describeForError(arguments[0], quotingStrings: false)) is not a symbol")
            }
            return symbol.registryKey.map { .string($0) } ?? .undefined
        }
        return constructor
    }
}

enum BooleanBuiltins {
    static func makePrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSPrimitiveObject(rt, primitive: .bool(false), prototype: realm.objectPrototype, kind: .booleanWrapper)
        prototype.addMethod(realm, "toString", length: 0) { rt, this, _ throws(JSException) in
            .string(rt.intern(try rt.thisBoolean(this, "Boolean.prototype.toString") ? "true" : "false"))
        }
        prototype.addMethod(realm, "valueOf", length: 0) { rt, this, _ throws(JSException) in
            .bool(try rt.thisBoolean(this, "Boolean.prototype.valueOf"))
        }
        return prototype
    }

    static func makeConstructor(_ realm: Realm) -> JSObject {
        realm.nativeConstructor(
            "Boolean", length: 1, prototype: realm.booleanPrototype,
            call: { _, _, arguments throws(JSException) in .bool(arguments[0].toBoolean) },
            construct: { rt, arguments, newTarget throws(JSException) in
                let prototype = try rt.prototypeForConstruction(newTarget, fallback: rt.realm.booleanPrototype)
                return .object(JSPrimitiveObject(rt, primitive: .bool(arguments[0].toBoolean), prototype: prototype, kind: .booleanWrapper))
            })
    }
}

extension ScriptRuntime {
    func thisSymbol(_ this: JSValue, _ method: String) throws(JSException) -> JSSymbol {
        if case .symbol(let symbol) = this { return symbol }
        if case .object(let object) = this, let wrapper = object as? JSPrimitiveObject, case .symbol(let symbol) = wrapper.primitive {
            return symbol
        }
        throw makeException(.typeError, "\(method) requires that 'this' be a Symbol")
    }

    func thisBoolean(_ this: JSValue, _ method: String) throws(JSException) -> Bool {
        if case .bool(let flag) = this { return flag }
        if case .object(let object) = this, let wrapper = object as? JSPrimitiveObject, case .bool(let flag) = wrapper.primitive {
            return flag
        }
        throw makeException(.typeError, "\(method) requires that 'this' be a Boolean")
    }
}
