/// `Array` and `Array.prototype` (ECMA-262 §23.1), as V8 (Node 20) behaves.
///
/// The methods live in `ArrayBuiltins+*.swift` by theme; this file lays out the objects in V8's
/// property order. Every method follows the spec's generic algorithm (array-likes, holes, species)
/// with fast paths for dense arrays.
enum ArrayBuiltins {
    static func makePrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSArray(rt, prototype: realm.objectPrototype)
        realm.cachedArrayPrototype = prototype
        prototype.addMethod(realm, "at", length: 1, at)
        prototype.addMethod(realm, "concat", length: 1, concat)
        prototype.addMethod(realm, "copyWithin", length: 2, copyWithin)
        prototype.addMethod(realm, "fill", length: 1, fill)
        prototype.addMethod(realm, "find", length: 1) { rt, this, arguments throws(JSException) in
            try find(rt, this, arguments, method: "find", fromEnd: false, wantsIndex: false)
        }
        prototype.addMethod(realm, "findIndex", length: 1) { rt, this, arguments throws(JSException) in
            try find(rt, this, arguments, method: "findIndex", fromEnd: false, wantsIndex: true)
        }
        prototype.addMethod(realm, "findLast", length: 1) { rt, this, arguments throws(JSException) in
            try find(rt, this, arguments, method: "findLast", fromEnd: true, wantsIndex: false)
        }
        prototype.addMethod(realm, "findLastIndex", length: 1) { rt, this, arguments throws(JSException) in
            try find(rt, this, arguments, method: "findLastIndex", fromEnd: true, wantsIndex: true)
        }
        prototype.addMethod(realm, "lastIndexOf", length: 1, lastIndexOf)
        prototype.addMethod(realm, "pop", length: 0, pop)
        prototype.addMethod(realm, "push", length: 1, push)
        prototype.addMethod(realm, "reverse", length: 0, reverse)
        prototype.addMethod(realm, "shift", length: 0, shift)
        prototype.addMethod(realm, "unshift", length: 1, unshift)
        prototype.addMethod(realm, "slice", length: 2, slice)
        prototype.addMethod(realm, "sort", length: 1, sort)
        prototype.addMethod(realm, "splice", length: 2, splice)
        prototype.addMethod(realm, "includes", length: 1, includes)
        prototype.addMethod(realm, "indexOf", length: 1, indexOf)
        prototype.addMethod(realm, "join", length: 1, join)
        prototype.addMethod(realm, "keys", length: 0) { rt, this, _ throws(JSException) in
            .object(JSArrayIterator(rt, target: try rt.toObject(this), kind: .keys, prototype: rt.realm.arrayIteratorPrototype))
        }
        prototype.addMethod(realm, "entries", length: 0) { rt, this, _ throws(JSException) in
            .object(JSArrayIterator(rt, target: try rt.toObject(this), kind: .entries, prototype: rt.realm.arrayIteratorPrototype))
        }
        let values = prototype.addMethod(realm, "values", length: 0) { rt, this, _ throws(JSException) in
            .object(JSArrayIterator(rt, target: try rt.toObject(this), kind: .values, prototype: rt.realm.arrayIteratorPrototype))
        }
        realm.cachedArrayValues = values
        prototype.addMethod(realm, "forEach", length: 1, forEach)
        prototype.addMethod(realm, "filter", length: 1, filter)
        prototype.addMethod(realm, "flat", length: 0, flat)
        prototype.addMethod(realm, "flatMap", length: 1, flatMap)
        prototype.addMethod(realm, "map", length: 1, map)
        prototype.addMethod(realm, "every", length: 1) { rt, this, arguments throws(JSException) in
            try someOrEvery(rt, this, arguments, method: "every", stopWhen: false)
        }
        prototype.addMethod(realm, "some", length: 1) { rt, this, arguments throws(JSException) in
            try someOrEvery(rt, this, arguments, method: "some", stopWhen: true)
        }
        prototype.addMethod(realm, "reduce", length: 1) { rt, this, arguments throws(JSException) in
            try reduce(rt, this, arguments, method: "reduce", fromEnd: false)
        }
        prototype.addMethod(realm, "reduceRight", length: 1) { rt, this, arguments throws(JSException) in
            try reduce(rt, this, arguments, method: "reduceRight", fromEnd: true)
        }
        prototype.addMethod(realm, "toLocaleString", length: 0, toLocaleString)
        prototype.addMethod(realm, "toString", length: 0, toString)
        prototype.addMethod(realm, "toReversed", length: 0, toReversed)
        prototype.addMethod(realm, "toSorted", length: 1, toSorted)
        prototype.addMethod(realm, "toSpliced", length: 2, toSpliced)
        prototype.addMethod(realm, "with", length: 2, with)
        prototype.defineNew(.symbol(rt.symbols.iterator), .object(values), flags: .hidden)
        prototype.defineNew(.symbol(rt.symbols.unscopables), .object(makeUnscopables(realm)), flags: [.configurable])
        return prototype
    }

    /// ECMA-262 §23.1.3.41 Array.prototype[@@unscopables].
    private static func makeUnscopables(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let list = JSObject(rt, prototype: nil)
        for name in [
            "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat", "flatMap", "includes",
            "keys", "values", "toReversed", "toSorted", "toSpliced",
        ] {
            list.defineNew(rt.propertyKey(name), .true, flags: .default)
        }
        return list
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
        constructor.addMethod(realm, "from", length: 1, from)
        constructor.addMethod(realm, "of", length: 0, of)
        constructor.addGetter(realm, symbol: realm.runtime.symbols.species, name: "[Symbol.species]") { _, this, _ throws(JSException) in this }
        return constructor
    }
}

extension ScriptRuntime {
    /// ECMA-262 §23.1.1.1 Array(...values).
    func constructArray(_ arguments: Arguments, prototype: JSObject) throws(JSException) -> JSArray {
        if arguments.count == 1, case .number(let number) = arguments[0] {
            let length = NumberConversion.toUint32(number)
            guard Double(length) == number else { throw makeException(.rangeError, "Invalid array length") }
            let array = JSArray(self, prototype: prototype)
            array.length = length
            return array
        }
        if arguments.count > limits.maximumArrayLength { throw arrayGrowthFailure() }
        var values = ContiguousArray<JSValue>()
        values.reserveCapacity(arguments.count)
        for index in 0..<arguments.count { values.append(arguments[index]) }
        return JSArray(self, prototype: prototype, values: values)
    }
}
