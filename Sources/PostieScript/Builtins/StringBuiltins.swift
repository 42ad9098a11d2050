/// `String` and `String.prototype` (ECMA-262 §22.1). (Initial subset; completed separately.)
enum StringBuiltins {
    static func makePrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSPrimitiveObject(rt, primitive: .string(JSString.empty), prototype: realm.objectPrototype, kind: .stringWrapper)
        prototype.addMethod(realm, "toString", length: 0) { rt, this, _ throws(JSException) in
            .string(try rt.thisString(this, "String.prototype.toString"))
        }
        prototype.addMethod(realm, "valueOf", length: 0) { rt, this, _ throws(JSException) in
            .string(try rt.thisString(this, "String.prototype.valueOf"))
        }
        let iterator = prototype.addMethod(realm, symbol: rt.symbols.iterator, name: "[Symbol.iterator]", length: 0) { rt, this, _ throws(JSException) in
            if this.isNullish { throw rt.makeException(.typeError, "String.prototype[Symbol.iterator] called on null or undefined") }
            return .object(JSStringIterator(rt, string: try rt.toJSString(this)))
        }
        realm.cachedStringIterator = iterator
        return prototype
    }

    static func makeConstructor(_ realm: Realm) -> JSObject {
        realm.nativeConstructor(
            "String", length: 1, prototype: realm.stringPrototype,
            call: { rt, _, arguments throws(JSException) in
                if arguments.count == 0 { return .string(JSString.empty) }
                if case .symbol(let symbol) = arguments[0] { return .string(JSString(symbol.descriptiveString)) }
                return .string(try rt.toJSString(arguments[0]))
            },
            construct: { rt, arguments, newTarget throws(JSException) in
                let value = arguments.count == 0 ? JSString.empty : try rt.toJSString(arguments[0])
                let prototype = try rt.prototypeForConstruction(newTarget, fallback: rt.realm.stringPrototype)
                return .object(JSPrimitiveObject(rt, primitive: .string(value), prototype: prototype, kind: .stringWrapper))
            })
    }
}

extension ScriptRuntime {
    /// ECMA-262 thisStringValue.
    func thisString(_ this: JSValue, _ method: String) throws(JSException) -> JSString {
        if case .string(let string) = this { return string }
        if case .object(let object) = this, let wrapper = object as? JSPrimitiveObject, case .string(let string) = wrapper.primitive {
            return string
        }
        throw makeException(.typeError, "\(method) requires that 'this' be a String")
    }
}
