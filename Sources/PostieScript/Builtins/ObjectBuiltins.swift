/// `Object` and `Object.prototype` (ECMA-262 §20.1).
enum ObjectBuiltins {
    static func installPrototype(on prototype: JSObject, realm: Realm) {
        prototype.addMethod(realm, "hasOwnProperty", length: 1) { rt, this, arguments throws(JSException) in
            let key = try rt.toPropertyKey(arguments[0])
            return .bool(try rt.toObject(this).hasOwnProperty(key, rt))
        }
        prototype.addMethod(realm, "isPrototypeOf", length: 1) { rt, this, arguments throws(JSException) in
            guard case .object(let value) = arguments[0] else { return .false }
            let object = try rt.toObject(this)
            var current = value.prototype
            while let candidate = current {
                if candidate === object { return .true }
                current = candidate.prototype
            }
            return .false
        }
        prototype.addMethod(realm, "propertyIsEnumerable", length: 1) { rt, this, arguments throws(JSException) in
            let key = try rt.toPropertyKey(arguments[0])
            let object = try rt.toObject(this)
            return .bool(object.getOwnProperty(key, rt)?.flags.contains(.enumerable) ?? false)
        }
        realm.objectToStringFunction = prototype.addMethod(realm, "toString", length: 0) { rt, this, _ throws(JSException) in
            .string(JSString(try rt.objectToStringTag(this)))
        }
        prototype.addMethod(realm, "toLocaleString", length: 0) { rt, this, _ throws(JSException) in
            let method = try rt.getProperty(this, rt.names.toString)
            return try rt.call(method, this: this, arguments: [])
        }
        prototype.addMethod(realm, "valueOf", length: 0) { rt, this, _ throws(JSException) in
            .object(try rt.toObject(this))
        }
        prototype.addMethod(realm, "__defineGetter__", length: 2) { rt, this, arguments throws(JSException) in
            let object = try rt.toObject(this)
            let getter = try rt.requireCallable(arguments[1])
            _ = try object.defineOwnProperty(try rt.toPropertyKey(arguments[0]), PropertyDescriptor(getter: getter, enumerable: true, configurable: true), rt)
            return .undefined
        }
        prototype.addMethod(realm, "__defineSetter__", length: 2) { rt, this, arguments throws(JSException) in
            let object = try rt.toObject(this)
            let setter = try rt.requireCallable(arguments[1])
            _ = try object.defineOwnProperty(try rt.toPropertyKey(arguments[0]), PropertyDescriptor(setter: setter, enumerable: true, configurable: true), rt)
            return .undefined
        }
        prototype.addMethod(realm, "__lookupGetter__", length: 1) { rt, this, arguments throws(JSException) in
            let key = try rt.toPropertyKey(arguments[0])
            var current: JSObject? = try rt.toObject(this)
            while let object = current {
                if let property = object.getOwnProperty(key, rt) {
                    return property.accessor?.getter.map { .object($0) } ?? .undefined
                }
                current = object.prototype
            }
            return .undefined
        }
        prototype.addMethod(realm, "__lookupSetter__", length: 1) { rt, this, arguments throws(JSException) in
            let key = try rt.toPropertyKey(arguments[0])
            var current: JSObject? = try rt.toObject(this)
            while let object = current {
                if let property = object.getOwnProperty(key, rt) {
                    return property.accessor?.setter.map { .object($0) } ?? .undefined
                }
                current = object.prototype
            }
            return .undefined
        }
        prototype.addGetter(realm, "__proto__", { rt, this, _ throws(JSException) in
            let object = try rt.toObject(this)
            return object.prototype.map { .object($0) } ?? .null
        }, setter: { rt, this, arguments throws(JSException) in
            if this.isNullish { throw rt.makeException(.typeError, "Object.prototype.__proto__ called on null or undefined") }
            guard case .object(let object) = this else { return .undefined }
            switch arguments[0] {
            case .object(let prototype):
                if !object.setPrototype(prototype, rt) { throw rt.setPrototypeFailure(object) }
            case .null:
                _ = object.setPrototype(nil, rt)
            default:
                break
            }
            return .undefined
        })
    }

    static func makeConstructor(_ realm: Realm) -> JSObject {
        let constructor = realm.nativeConstructor(
            "Object", length: 1, prototype: realm.objectPrototype,
            call: { rt, _, arguments throws(JSException) in
                let value = arguments[0]
                if value.isNullish { return .object(rt.realm.newObject()) }
                return .object(try rt.toObject(value))
            },
            construct: { rt, arguments, newTarget throws(JSException) in
                if newTarget !== rt.realm.objectConstructor {
                    return .object(JSObject(rt, prototype: try rt.prototypeForConstruction(newTarget, fallback: rt.realm.objectPrototype)))
                }
                let value = arguments[0]
                if value.isNullish { return .object(rt.realm.newObject()) }
                return .object(try rt.toObject(value))
            })
        // Every realm has `Object` (it is `({}).constructor`); its static methods are made when first used.
        constructor.pendingMembers = .objectStatics
        return constructor
    }

    /// `Object.keys`, `Object.assign`… (ECMA-262 §20.1.2), in the spec's order.
    static func installStatics(on constructor: JSFunction, realm: Realm) {
        constructor.addMethod(realm, "keys", length: 1) { rt, _, arguments throws(JSException) in
            let object = try rt.toObject(arguments[0])
            return .object(rt.makeArray(try rt.enumerableOwnKeys(object).map { $0.value }))
        }
        constructor.addMethod(realm, "values", length: 1) { rt, _, arguments throws(JSException) in
            let object = try rt.toObject(arguments[0])
            var values: [JSValue] = []
            for key in object.ownKeys(rt) where !key.isSymbol {
                guard let property = object.getOwnProperty(key, rt), property.flags.contains(.enumerable) else { continue }
                values.append(try object.get(key, rt))
            }
            return .object(rt.makeArray(values))
        }
        constructor.addMethod(realm, "entries", length: 1) { rt, _, arguments throws(JSException) in
            let object = try rt.toObject(arguments[0])
            var entries: [JSValue] = []
            for key in object.ownKeys(rt) where !key.isSymbol {
                guard let property = object.getOwnProperty(key, rt), property.flags.contains(.enumerable) else { continue }
                entries.append(.object(rt.makeArray([key.value, try object.get(key, rt)])))
            }
            return .object(rt.makeArray(entries))
        }
        constructor.addMethod(realm, "assign", length: 2) { rt, _, arguments throws(JSException) in
            let target = try rt.toObject(arguments[0])
            for index in 1..<max(1, arguments.count) {
                let source = arguments[index]
                if source.isNullish { continue }
                let from = try rt.toObject(source)
                for key in from.ownKeys(rt) {
                    guard let property = from.getOwnProperty(key, rt), property.flags.contains(.enumerable) else { continue }
                    let value = try from.get(key, rt)
                    if !(try target.set(key, value, rt)) { throw rt.setFailure(target, key) }
                }
            }
            return .object(target)
        }
        constructor.addMethod(realm, "freeze", length: 1) { rt, _, arguments throws(JSException) in
            if case .object(let object) = arguments[0] { object.setIntegrity(frozen: true, rt) }
            return arguments[0]
        }
        constructor.addMethod(realm, "isFrozen", length: 1) { rt, _, arguments throws(JSException) in
            guard case .object(let object) = arguments[0] else { return .true }
            return .bool(object.testIntegrity(frozen: true, rt))
        }
        constructor.addMethod(realm, "seal", length: 1) { rt, _, arguments throws(JSException) in
            if case .object(let object) = arguments[0] { object.setIntegrity(frozen: false, rt) }
            return arguments[0]
        }
        constructor.addMethod(realm, "isSealed", length: 1) { rt, _, arguments throws(JSException) in
            guard case .object(let object) = arguments[0] else { return .true }
            return .bool(object.testIntegrity(frozen: false, rt))
        }
        constructor.addMethod(realm, "preventExtensions", length: 1) { rt, _, arguments throws(JSException) in
            if case .object(let object) = arguments[0] { _ = object.preventExtensions(rt) }
            return arguments[0]
        }
        constructor.addMethod(realm, "isExtensible", length: 1) { _, _, arguments throws(JSException) in
            guard case .object(let object) = arguments[0] else { return .false }
            return .bool(object.extensible)
        }
        constructor.addMethod(realm, "defineProperty", length: 3) { rt, _, arguments throws(JSException) in
            guard case .object(let object) = arguments[0] else {
                throw rt.makeException(.typeError, "Object.defineProperty called on non-object")
            }
            let key = try rt.toPropertyKey(arguments[1])
            let descriptor = try rt.toPropertyDescriptor(arguments[2])
            if !(try object.defineOwnProperty(key, descriptor, rt)) { throw rt.definePropertyFailure(object, key) }
            return arguments[0]
        }
        constructor.addMethod(realm, "defineProperties", length: 2) { rt, _, arguments throws(JSException) in
            guard case .object(let object) = arguments[0] else {
                throw rt.makeException(.typeError, "Object.defineProperties called on non-object")
            }
            try rt.defineProperties(object, arguments[1])
            return arguments[0]
        }
        constructor.addMethod(realm, "getOwnPropertyNames", length: 1) { rt, _, arguments throws(JSException) in
            let object = try rt.toObject(arguments[0])
            return .object(rt.makeArray(object.ownKeys(rt).filter { !$0.isSymbol }.map { $0.value }))
        }
        constructor.addMethod(realm, "getOwnPropertySymbols", length: 1) { rt, _, arguments throws(JSException) in
            let object = try rt.toObject(arguments[0])
            return .object(rt.makeArray(object.ownKeys(rt).filter { $0.isSymbol }.map { $0.value }))
        }
        constructor.addMethod(realm, "getOwnPropertyDescriptor", length: 2) { rt, _, arguments throws(JSException) in
            let object = try rt.toObject(arguments[0])
            let key = try rt.toPropertyKey(arguments[1])
            guard let property = object.getOwnProperty(key, rt) else { return .undefined }
            return .object(rt.fromPropertyDescriptor(property.descriptor))
        }
        constructor.addMethod(realm, "getOwnPropertyDescriptors", length: 1) { rt, _, arguments throws(JSException) in
            let object = try rt.toObject(arguments[0])
            let result = rt.realm.newObject()
            for key in object.ownKeys(rt) {
                guard let property = object.getOwnProperty(key, rt) else { continue }
                _ = try result.createDataProperty(key, .object(rt.fromPropertyDescriptor(property.descriptor)), rt)
            }
            return .object(result)
        }
        constructor.addMethod(realm, "getPrototypeOf", length: 1) { rt, _, arguments throws(JSException) in
            let object = try rt.toObject(arguments[0])
            return object.prototype.map { .object($0) } ?? .null
        }
        constructor.addMethod(realm, "setPrototypeOf", length: 2) { rt, _, arguments throws(JSException) in
            if arguments[0].isNullish { throw rt.makeException(.typeError, "Object.setPrototypeOf called on null or undefined") }
            let prototype: JSObject?
            switch arguments[1] {
            case .object(let object): prototype = object
            case .null: prototype = nil
            default: throw rt.makeException(.typeError, "Object prototype may only be an Object or null: \(rt.describeForError(arguments[1], quotingStrings: false))")
            }
            guard case .object(let object) = arguments[0] else { return arguments[0] }
            if !object.setPrototype(prototype, rt) { throw rt.setPrototypeFailure(object) }
            return arguments[0]
        }
        constructor.addMethod(realm, "create", length: 2) { rt, _, arguments throws(JSException) in
            let prototype: JSObject?
            switch arguments[0] {
            case .object(let object): prototype = object
            case .null: prototype = nil
            default: throw rt.makeException(.typeError, "Object prototype may only be an Object or null: \(rt.describeForError(arguments[0], quotingStrings: false))")
            }
            let object = JSObject(rt, prototype: prototype)
            if !arguments[1].isUndefined { try rt.defineProperties(object, arguments[1]) }
            return .object(object)
        }
        constructor.addMethod(realm, "fromEntries", length: 1) { rt, _, arguments throws(JSException) in
            if arguments[0].isNullish { throw rt.makeException(.typeError, "\(rt.describeForError(arguments[0])) is not iterable") }
            let object = rt.realm.newObject()
            for entry in try rt.iterateToArray(arguments[0]) {
                guard case .object(let pair) = entry else {
                    throw rt.makeException(.typeError, "Iterator value \(rt.describeForError(entry)) is not an entry object")
                }
                let key = try rt.toPropertyKey(try pair.get(.index(0), rt))
                _ = try object.createDataProperty(key, try pair.get(.index(1), rt), rt)
            }
            return .object(object)
        }
        constructor.addMethod(realm, "is", length: 2) { _, _, arguments throws(JSException) in
            .bool(sameValue(arguments[0], arguments[1]))
        }
        constructor.addMethod(realm, "hasOwn", length: 2) { rt, _, arguments throws(JSException) in
            let object = try rt.toObject(arguments[0])
            return .bool(object.hasOwnProperty(try rt.toPropertyKey(arguments[1]), rt))
        }
    }
}

/// Built-in members a function object makes on first use (`JSFunction.pendingMembers`).
enum PendingBuiltinMembers {
    case objectStatics

    func install(on function: JSFunction, realm: Realm) {
        let previous = realm.runtime.realm
        realm.runtime.enter(realm)
        defer { if let previous, previous !== realm { realm.runtime.enter(previous) } }
        switch self {
        case .objectStatics: ObjectBuiltins.installStatics(on: function, realm: realm)
        }
    }
}

extension ScriptRuntime {
    /// `Object.prototype.toString` (ECMA-262 §20.1.3.6): `[object Tag]`.
    func objectToStringTag(_ value: JSValue) throws(JSException) -> String {
        switch value {
        case .undefined, .empty: return "[object Undefined]"
        case .null: return "[object Null]"
        default: break
        }
        let object = try toObject(value)
        let builtin: String
        if object.kind == .function || object.isCallable {
            builtin = "Function"
        } else {
            builtin = object.builtinTag
        }
        let tag = try object.get(.symbol(symbols.toStringTag), self)
        if case .string(let string) = tag { return "[object \(string.string)]" }
        return "[object \(builtin)]"
    }

    /// Own enumerable string keys in order (ECMA-262 §7.3.23 EnumerableOwnProperties, keys).
    public func enumerableOwnKeys(_ object: JSObject) throws(JSException) -> [PropertyKey] {
        var keys: [PropertyKey] = []
        for key in object.ownKeys(self) where !key.isSymbol {
            if let property = object.getOwnProperty(key, self), property.flags.contains(.enumerable) { keys.append(key) }
        }
        return keys
    }

    /// ECMA-262 §6.2.6.5 ToPropertyDescriptor.
    func toPropertyDescriptor(_ value: JSValue) throws(JSException) -> PropertyDescriptor {
        guard case .object(let object) = value else {
            throw makeException(.typeError, "Property description must be an object: \(describeForError(value))")
        }
        var descriptor = PropertyDescriptor()
        if object.hasProperty(names.enumerable, self) { descriptor.enumerable = try object.get(names.enumerable, self).toBoolean }
        if object.hasProperty(names.configurable, self) { descriptor.configurable = try object.get(names.configurable, self).toBoolean }
        if object.hasProperty(names.value, self) { descriptor.value = try object.get(names.value, self) }
        if object.hasProperty(names.writable, self) { descriptor.writable = try object.get(names.writable, self).toBoolean }
        if object.hasProperty(names.get_, self) {
            let getter = try object.get(names.get_, self)
            if !getter.isUndefined && !getter.isCallable {
                throw makeException(.typeError, "Getter must be a function: \(describeForError(getter))")
            }
            descriptor.getter = getter
        }
        if object.hasProperty(names.set_, self) {
            let setter = try object.get(names.set_, self)
            if !setter.isUndefined && !setter.isCallable {
                throw makeException(.typeError, "Setter must be a function: \(describeForError(setter))")
            }
            descriptor.setter = setter
        }
        if (descriptor.getter != nil || descriptor.setter != nil) && (descriptor.value != nil || descriptor.writable != nil) {
            throw makeException(.typeError, "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>")
        }
        return descriptor
    }

    /// ECMA-262 §6.2.6.4 FromPropertyDescriptor.
    func fromPropertyDescriptor(_ descriptor: PropertyDescriptor) -> JSObject {
        let object = realm.newObject()
        if descriptor.isAccessor {
            object.defineNew(names.get_, descriptor.getter ?? .undefined)
            object.defineNew(names.set_, descriptor.setter ?? .undefined)
        } else {
            object.defineNew(names.value, descriptor.value ?? .undefined)
            object.defineNew(names.writable, .bool(descriptor.writable ?? false))
        }
        object.defineNew(names.enumerable, .bool(descriptor.enumerable ?? false))
        object.defineNew(names.configurable, .bool(descriptor.configurable ?? false))
        return object
    }

    /// ECMA-262 §20.1.2.3.1 ObjectDefineProperties.
    func defineProperties(_ object: JSObject, _ properties: JSValue) throws(JSException) {
        let source = try toObject(properties)
        var descriptors: [(PropertyKey, PropertyDescriptor)] = []
        for key in source.ownKeys(self) {
            guard let property = source.getOwnProperty(key, self), property.flags.contains(.enumerable) else { continue }
            descriptors.append((key, try toPropertyDescriptor(try source.get(key, self))))
        }
        for (key, descriptor) in descriptors {
            if !(try object.defineOwnProperty(key, descriptor, self)) { throw definePropertyFailure(object, key) }
        }
    }

    /// The TypeError V8 throws when [[DefineOwnProperty]] refuses: an existing property cannot be
    /// changed so, or a new one cannot be added.
    func definePropertyFailure(_ object: JSObject, _ key: PropertyKey) -> JSException {
        if object.getOwnProperty(key, self) != nil {
            return makeException(.typeError, "Cannot redefine property: \(key.displayName)")
        }
        return makeException(.typeError, "Cannot define property \(key.displayName), object is not extensible")
    }

    /// The TypeError V8 throws when [[SetPrototypeOf]] refuses.
    func setPrototypeFailure(_ object: JSObject) -> JSException {
        if !object.extensible { return makeException(.typeError, "\(describeObjectForError(object)) is not extensible") }
        return makeException(.typeError, "Cyclic __proto__ value")
    }
}
