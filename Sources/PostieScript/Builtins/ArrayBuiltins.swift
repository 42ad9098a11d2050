/// `Array` and `Array.prototype` (ECMA-262 §23.1). (Initial subset; completed separately.)
enum ArrayBuiltins {
    static func makePrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSArray(rt, prototype: realm.objectPrototype)
        realm.cachedArrayPrototype = prototype
        prototype.addMethod(realm, "push", length: 1) { rt, this, arguments throws(JSException) in
            let object = try rt.toObject(this)
            if object.kind == .array {
                let array = unsafeDowncast(object, to: JSArray.self)
                for index in 0..<arguments.count { array.append(arguments[index], rt) }
                return .number(Double(array.length))
            }
            var length = try rt.lengthOfArrayLike(object)
            for index in 0..<arguments.count {
                _ = try object.set(.index(UInt32(length)), arguments[index], rt)
                length += 1
            }
            _ = try object.set(rt.names.length, .number(Double(length)), rt)
            return .number(Double(length))
        }
        prototype.addMethod(realm, "join", length: 1) { rt, this, arguments throws(JSException) in
            let object = try rt.toObject(this)
            let length = try rt.lengthOfArrayLike(object)
            let separator = arguments[0].isUndefined ? [0x2C] : try rt.toJSString(arguments[0]).units
            var units: [UInt16] = []
            for index in 0..<length {
                if index > 0 { units.append(contentsOf: separator) }
                let element = try object.get(.index(UInt32(index)), rt)
                if !element.isNullish { units.append(contentsOf: try rt.toJSString(element).units) }
            }
            return .string(JSString(units: units))
        }
        prototype.addMethod(realm, "toString", length: 0) { rt, this, _ throws(JSException) in
            let join = try rt.getProperty(this, rt.names.join)
            return try rt.call(join, this: this, arguments: [])
        }
        let values = prototype.addMethod(realm, "values", length: 0) { rt, this, _ throws(JSException) in
            .object(JSArrayIterator(rt, target: try rt.toObject(this), kind: .values, prototype: rt.realm.arrayIteratorPrototype))
        }
        prototype.defineNew(.symbol(rt.symbols.iterator), .object(values), flags: .hidden)
        realm.cachedArrayValues = values
        prototype.addMethod(realm, "keys", length: 0) { rt, this, _ throws(JSException) in
            .object(JSArrayIterator(rt, target: try rt.toObject(this), kind: .keys, prototype: rt.realm.arrayIteratorPrototype))
        }
        prototype.addMethod(realm, "entries", length: 0) { rt, this, _ throws(JSException) in
            .object(JSArrayIterator(rt, target: try rt.toObject(this), kind: .entries, prototype: rt.realm.arrayIteratorPrototype))
        }
        return prototype
    }

    static func makeConstructor(_ realm: Realm) -> JSObject {
        let constructor = realm.nativeConstructor(
            "Array", length: 1, prototype: realm.arrayPrototype,
            call: { rt, _, arguments throws(JSException) in .object(try rt.constructArray(arguments, prototype: rt.realm.arrayPrototype)) },
            construct: { rt, arguments, newTarget throws(JSException) in
                .object(try rt.constructArray(arguments, prototype: try rt.prototypeForConstruction(newTarget, fallback: rt.realm.arrayPrototype)))
            })
        constructor.addMethod(realm, "isArray", length: 1) { _, _, arguments throws(JSException) in
            .bool(arguments[0].asObject?.kind == .array)
        }
        return constructor
    }
}

extension ScriptRuntime {
    /// ECMA-262 §23.1.1.1 Array(...values).
    func constructArray(_ arguments: Arguments, prototype: JSObject) throws(JSException) -> JSArray {
        let array = JSArray(self, prototype: prototype)
        if arguments.count == 1, case .number(let number) = arguments[0] {
            let length = NumberConversion.toUint32(number)
            guard Double(length) == number else { throw makeException(.rangeError, "Invalid array length") }
            array.length = length
            return array
        }
        for index in 0..<arguments.count { array.append(arguments[index], self) }
        return array
    }
}
