/// %GeneratorPrototype%, %GeneratorFunction.prototype% and %AsyncFunction.prototype% (ECMA-262 §27.3–27.5, §27.7).
enum GeneratorBuiltins {
    static func makeGeneratorPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.iteratorPrototype)
        for (name, mode) in [("next", ResumeMode.next), ("return", .return), ("throw", .throw)] {
            prototype.addMethod(realm, name, length: 1) { rt, this, arguments throws(JSException) in
                let object = try rt.thisObject(this, kind: .generator, method: "[Generator].prototype.\(name)")
                return try rt.resumeGenerator(unsafeDowncast(object, to: JSGenerator.self), mode: mode, value: arguments[0])
            }
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(JSString("Generator")), flags: [.configurable])
        return prototype
    }

    static func makeGeneratorFunctionPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.functionPrototype)
        prototype.defineNew(rt.names.prototype, .object(realm.generatorPrototype), flags: [.configurable])
        realm.generatorPrototype.defineNew(rt.names.constructor, .object(prototype), flags: [.configurable])
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(JSString("GeneratorFunction")), flags: [.configurable])
        let constructor = realm.nativeConstructor(
            "GeneratorFunction", length: 1, prototype: nil,
            call: { rt, _, arguments throws(JSException) in try rt.createDynamicFunction(arguments, kind: "function*") },
            construct: { rt, arguments, _ throws(JSException) in try rt.createDynamicFunction(arguments, kind: "function*") })
        constructor.prototype = realm.functionConstructor
        constructor.addNew(rt.names.prototype, .object(prototype), flags: [])
        prototype.defineNew(rt.names.constructor, .object(constructor), flags: [.configurable])
        return prototype
    }

    /// %AsyncGeneratorFunction.prototype% (ECMA-262 §27.4.3).
    static func makeAsyncGeneratorFunctionPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.functionPrototype)
        prototype.defineNew(rt.names.prototype, .object(realm.asyncGeneratorPrototype), flags: [.configurable])
        realm.asyncGeneratorPrototype.defineNew(rt.names.constructor, .object(prototype), flags: [.configurable])
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(JSString("AsyncGeneratorFunction")), flags: [.configurable])
        let constructor = realm.nativeConstructor(
            "AsyncGeneratorFunction", length: 1, prototype: nil,
            call: { rt, _, arguments throws(JSException) in try rt.createDynamicFunction(arguments, kind: "async function*") },
            construct: { rt, arguments, _ throws(JSException) in try rt.createDynamicFunction(arguments, kind: "async function*") })
        constructor.prototype = realm.functionConstructor
        constructor.addNew(rt.names.prototype, .object(prototype), flags: [])
        prototype.defineNew(rt.names.constructor, .object(constructor), flags: [.configurable])
        return prototype
    }

    static func makeAsyncFunctionPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.functionPrototype)
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(JSString("AsyncFunction")), flags: [.configurable])
        let constructor = realm.nativeConstructor(
            "AsyncFunction", length: 1, prototype: nil,
            call: { rt, _, arguments throws(JSException) in try rt.createDynamicFunction(arguments, kind: "async function") },
            construct: { rt, arguments, _ throws(JSException) in try rt.createDynamicFunction(arguments, kind: "async function") })
        constructor.prototype = realm.functionConstructor
        constructor.addNew(rt.names.prototype, .object(prototype), flags: [])
        prototype.defineNew(rt.names.constructor, .object(constructor), flags: [.configurable])
        return prototype
    }
}
