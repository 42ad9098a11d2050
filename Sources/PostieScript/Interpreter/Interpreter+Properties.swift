/// Property access from the interpreter, with inline caches (ECMA-262 §13.3.2 property accessors,
/// §6.2.5 the Reference Record's GetValue/PutValue).
extension ScriptRuntime {
    // MARK: Named access with caches

    @inline(__always)
    func getCachedProperty(_ base: JSValue, _ cache: UnsafeMutablePointer<PropertyCache>) throws(JSException) -> JSValue {
        if case .object(let object) = base {
            if object.shape === cache.pointee.shape {
                var holder: JSObject?
                switch cache.pointee.depth {
                case 0:
                    holder = object
                case 1:
                    if let candidate = object.prototype, candidate.shape === cache.pointee.prototypeShape { holder = candidate }
                case 2:
                    if let middle = object.prototype, middle.shape === cache.pointee.prototypeShape, let candidate = middle.prototype,
                        candidate.shape === cache.pointee.grandPrototypeShape
                    {
                        holder = candidate
                    }
                default:
                    break
                }
                if let holder {
                    if !cache.pointee.isAccessor { return holder.slots[Int(cache.pointee.slot)] }
                    // Objects of one shape each have their own accessor pair: read the holder's.
                    guard let getter = holder.accessors?[cache.pointee.key]?.getter else { return .undefined }
                    if let function = getter as? JSFunction { return try callFunction(function, this: base, arguments: .none) }
                    return try call(.object(getter), this: base, arguments: [])
                }
            }
            return try getPropertyFilling(object, receiver: base, cache)
        }
        return try getProperty(base, cache.pointee.key)
    }

    /// The slow path: an ordinary lookup that fills the cache when the result is cacheable.
    private func getPropertyFilling(_ object: JSObject, receiver: JSValue, _ cache: UnsafeMutablePointer<PropertyCache>) throws(JSException) -> JSValue {
        let shape = object.shape
        if shape === cache.pointee.ownDataShapes.0 { return object.slots[Int(cache.pointee.ownDataSlots.0)] }
        if shape === cache.pointee.ownDataShapes.1 { return object.slots[Int(cache.pointee.ownDataSlots.1)] }
        if shape === cache.pointee.ownDataShapes.2 { return object.slots[Int(cache.pointee.ownDataSlots.2)] }
        let key = cache.pointee.key
        // Only plain data properties of objects whose shapes say everything are cached.
        if !object.shape.isDictionary, isCacheableReceiver(object, key) {
            if let slot = object.shape.slot(of: key) {
                return try fill(cache, holder: object, slot: slot, depth: 0, receiverShape: object.shape, receiver: receiver)
            } else if let middle = object.prototype, !middle.shape.isDictionary, isCacheableReceiver(middle, key) {
                if let slot = middle.shape.slot(of: key) {
                    cache.pointee.prototypeShape = middle.shape
                    return try fill(cache, holder: middle, slot: slot, depth: 1, receiverShape: object.shape, receiver: receiver)
                } else if let holder = middle.prototype, !holder.shape.isDictionary, isCacheableReceiver(holder, key),
                    let slot = holder.shape.slot(of: key)
                {
                    cache.pointee.prototypeShape = middle.shape
                    cache.pointee.grandPrototypeShape = holder.shape
                    return try fill(cache, holder: holder, slot: slot, depth: 2, receiverShape: object.shape, receiver: receiver)
                }
            }
        }
        return try object.get(key, receiver: receiver, self)
    }

    /// Fills `cache` for a property found at `slot` of `holder` and reads it.
    private func fill(
        _ cache: UnsafeMutablePointer<PropertyCache>, holder: JSObject, slot: Int, depth: UInt8, receiverShape: Shape, receiver: JSValue
    ) throws(JSException) -> JSValue {
        let key = cache.pointee.key
        let flags = holder.shape.flags[slot]
        // The entry being replaced, when it was an own data property, moves to the polymorphic entries.
        if let previous = cache.pointee.shape, previous !== receiverShape, cache.pointee.depth == 0, !cache.pointee.isAccessor,
            cache.pointee.transitionShape == nil
        {
            cache.pointee.ownDataShapes = (previous, cache.pointee.ownDataShapes.0, cache.pointee.ownDataShapes.1)
            cache.pointee.ownDataSlots = (cache.pointee.slot, cache.pointee.ownDataSlots.0, cache.pointee.ownDataSlots.1)
        }
        cache.pointee.shape = receiverShape
        cache.pointee.depth = depth
        cache.pointee.slot = Int32(slot)
        cache.pointee.transitionShape = nil
        if flags.contains(.accessor) {
            let pair = holder.accessors?[key]
            cache.pointee.isAccessor = true
            guard let getter = pair?.getter else { return .undefined }
            return try call(.object(getter), this: receiver, arguments: [])
        }
        cache.pointee.isAccessor = false
        return holder.slots[slot]
    }

    /// Whether the shape alone decides `key` for this object (no exotic own properties for it).
    @inline(__always)
    private func isCacheableReceiver(_ object: JSObject, _ key: PropertyKey) -> Bool {
        switch object.kind {
        case .ordinary, .error, .date, .regExp, .map, .set, .weakMap, .weakSet, .promise, .arrayIterator, .mapIterator,
            .setIterator, .stringIterator, .regExpStringIterator, .generator, .host, .booleanWrapper, .numberWrapper,
            .symbolWrapper, .arguments, .asyncFromSyncIterator, .forInIterator:
            return true
        case .array, .stringWrapper:
            return key != names.length
        case .function:
            return key != names.prototype && unsafeDowncast(object, to: JSFunction.self).pendingMembers == nil
        case .global:
            return false
        }
    }

    @inline(__always)
    func setCachedProperty(_ base: JSValue, _ cache: UnsafeMutablePointer<PropertyCache>, _ value: JSValue, strict: Bool) throws(JSException) {
        if case .object(let object) = base {
            let shape = object.shape
            if shape === cache.pointee.shape {
                if let next = cache.pointee.transitionShape {
                    if object.extensible, prototypeChainAllowsAdding(object, cache.pointee.key) {
                        object.shape = next
                        object.slots.append(value)
                        return
                    }
                } else {
                    object.slots[Int(cache.pointee.slot)] = value
                    return
                }
            }
            try setPropertyFilling(object, cache, value, strict: strict)
            return
        }
        try setProperty(base, cache.pointee.key, value, strict: strict)
    }

    private func setPropertyFilling(_ object: JSObject, _ cache: UnsafeMutablePointer<PropertyCache>, _ value: JSValue, strict: Bool) throws(JSException) {
        let key = cache.pointee.key
        let before = object.shape
        if !before.isDictionary, isCacheableReceiver(object, key), object.kind != .array || key != names.length {
            if let slot = before.slot(of: key) {
                let flags = before.flags[slot]
                if flags.contains(.writable) && !flags.contains(.accessor) {
                    object.slots[slot] = value
                    cache.pointee.shape = before
                    cache.pointee.transitionShape = nil
                    cache.pointee.isAccessor = false
                    cache.pointee.slot = Int32(slot)
                    return
                }
            } else if object.extensible, prototypeChainAllowsAdding(object, key) {
                object.addNew(key, value, flags: .default)
                if !object.shape.isDictionary {
                    cache.pointee.shape = before
                    cache.pointee.transitionShape = object.shape
                }
                return
            }
        }
        let done = try object.set(key, value, receiver: .object(object), self)
        if !done && strict { throw setFailure(object, key) }
    }

    /// No prototype has a setter or a read-only property for `key` (so assignment adds an own property).
    @inline(__always)
    private func prototypeChainAllowsAdding(_ object: JSObject, _ key: PropertyKey) -> Bool {
        var current = object.prototype
        while let prototype = current {
            if prototype.kind == .global || prototype.shape.isDictionary && prototype.kind != .ordinary {
                if let property = prototype.getOwnProperty(key, self) {
                    return !property.isAccessor && property.flags.contains(.writable)
                }
            } else if let slot = prototype.shape.slot(of: key) {
                let flags = prototype.shape.flags[slot]
                return !flags.contains(.accessor) && flags.contains(.writable)
            }
            current = prototype.prototype
        }
        return true
    }

    /// `CreateDataProperty` with a literal key (object literals, class fields).
    @inline(__always)
    func defineFieldCached(_ object: JSObject, _ cache: UnsafeMutablePointer<PropertyCache>, _ value: JSValue) throws(JSException) {
        if object.shape === cache.pointee.shape, let next = cache.pointee.transitionShape {
            object.shape = next
            object.slots.append(value)
            return
        }
        let key = cache.pointee.key
        let before = object.shape
        if !before.isDictionary, object.kind == .ordinary, object.extensible, before.slot(of: key) == nil, !key.isIndex {
            object.addNew(key, value, flags: .default)
            if !object.shape.isDictionary {
                cache.pointee.shape = before
                cache.pointee.transitionShape = object.shape
            }
            return
        }
        _ = try object.createDataProperty(key, value, self)
    }

    // MARK: Generic access on any value

    /// `base[key]` for any value (ECMA-262 §13.3.2.1 with §7.3.2 GetV).
    func getProperty(_ base: JSValue, _ key: PropertyKey) throws(JSException) -> JSValue {
        switch base {
        case .object(let object):
            return try object.get(key, receiver: base, self)
        case .string(let string):
            if case .index(let index) = key {
                if Int(index) < string.count { return .string(singleUnitString(string[Int(index)])) }
            } else if key == names.length {
                return .number(Double(string.count))
            }
            return try realm.stringPrototype.get(key, receiver: base, self)
        case .number:
            return try realm.numberPrototype.get(key, receiver: base, self)
        case .bool:
            return try realm.booleanPrototype.get(key, receiver: base, self)
        case .symbol:
            return try realm.symbolPrototype.get(key, receiver: base, self)
        case .undefined, .null, .empty:
            throw makeException(.typeError, "Cannot read properties of \(base.isNull ? "null" : "undefined") (reading '\(key.displayName)')")
        }
    }

    func getElement(_ base: JSValue, _ keyValue: JSValue) throws(JSException) -> JSValue {
        if case .string(let string) = base, case .number(let number) = keyValue {
            if let index = elementIndex(number), index < string.count {
                return .string(singleUnitString(string[index]))
            }
        }
        if base.isNullish {
            let key = try toPropertyKey(keyValue)
            throw makeException(.typeError, "Cannot read properties of \(base.isNull ? "null" : "undefined") (reading '\(key.displayName)')")
        }
        return try getProperty(base, try toPropertyKey(keyValue))
    }

    /// `base[key] = value` for any value (ECMA-262 §6.2.5.6 PutValue).
    func setProperty(_ base: JSValue, _ key: PropertyKey, _ value: JSValue, strict: Bool) throws(JSException) {
        switch base {
        case .object(let object):
            let done = try object.set(key, value, receiver: base, self)
            if !done && strict { throw setFailure(object, key) }
        case .undefined, .null, .empty:
            throw makeException(.typeError, "Cannot set properties of \(base.isNull ? "null" : "undefined") (setting '\(key.displayName)')")
        default:
            // A primitive: setters on its prototype run; otherwise nothing happens (strict code throws).
            let prototype = try toObject(base).prototype
            var current = prototype
            while let object = current {
                if let property = object.getOwnProperty(key, self) {
                    if let setter = property.accessor?.setter {
                        _ = try call(.object(setter), this: base, arguments: [value])
                        return
                    }
                    break
                }
                current = object.prototype
            }
            if strict {
                let text = if case .symbol(let symbol) = base { symbol.descriptiveString } else { try toJSString(base).string }
                // A string's indices and `length` are its own read-only properties (ECMA-262 §10.4.3).
                if case .string(let string) = base, key == names.length || (key.indexValue.map { Int($0) < string.count } ?? false) {
                    throw makeException(.typeError, "Cannot assign to read only property '\(key.displayName)' of string '\(text)'")
                }
                throw makeException(.typeError, "Cannot create property '\(key.displayName)' on \(base.typeofName) '\(text)'")
            }
        }
    }

    func setElement(_ base: JSValue, _ keyValue: JSValue, _ value: JSValue, strict: Bool) throws(JSException) {
        if base.isNullish {
            let key = try toPropertyKey(keyValue)
            throw makeException(.typeError, "Cannot set properties of \(base.isNull ? "null" : "undefined") (setting '\(key.displayName)')")
        }
        try setProperty(base, try toPropertyKey(keyValue), value, strict: strict)
    }

    func deleteProperty(_ base: JSValue, _ key: PropertyKey, strict: Bool) throws(JSException) -> Bool {
        switch base {
        case .object(let object):
            let done = object.deleteProperty(key, self)
            if !done && strict {
                throw makeException(.typeError, "Cannot delete property '\(key.displayName)' of \(describeObjectForError(object))")
            }
            return done
        case .undefined, .null:
            throw makeException(.typeError, "Cannot convert undefined or null to object")
        default:
            let object = try toObject(base)
            return object.deleteProperty(key, self)
        }
    }

    // MARK: super

    func getSuper(_ function: JSFunction, this: JSValue, key keyValue: JSValue) throws(JSException) -> JSValue {
        let key = try toPropertyKey(keyValue)
        guard let home = function.homeObject else {
            throw makeException(.syntaxError, "'super' keyword unexpected here")
        }
        guard let parent = home.prototype else { return .undefined }
        return try parent.get(key, receiver: this, self)
    }

    func setSuper(_ function: JSFunction, this: JSValue, key keyValue: JSValue, value: JSValue, strict: Bool) throws(JSException) {
        let key = try toPropertyKey(keyValue)
        guard let home = function.homeObject, let parent = home.prototype else {
            throw makeException(.syntaxError, "'super' keyword unexpected here")
        }
        let done = try parent.set(key, value, receiver: this, self)
        if !done && strict {
            throw makeException(.typeError, "Cannot assign to read only property '\(key.displayName)' of object")
        }
    }

    // MARK: Free names

    func getGlobal(_ atom: JSString, orUndefined: Bool) throws(JSException) -> JSValue {
        let global = realm.globalObject!
        let key = PropertyKey.string(atom)
        var current: JSObject? = global
        while let object = current {
            if let property = object.getOwnProperty(key, self) {
                if let pair = property.accessor {
                    guard let getter = pair.getter else { return .undefined }
                    return try call(.object(getter), this: .object(global), arguments: [])
                }
                return property.value
            }
            current = object.prototype
        }
        if orUndefined { return .undefined }
        throw makeException(.referenceError, "\(atom.string) is not defined")
    }

    func setGlobal(_ atom: JSString, _ value: JSValue, strict: Bool) throws(JSException) {
        let global = realm.globalObject!
        let key = PropertyKey.string(atom)
        if strict && !global.hasProperty(key, self) {
            throw makeException(.referenceError, "\(atom.string) is not defined")
        }
        let done = try global.set(key, value, receiver: .object(global), self)
        if !done && strict {
            throw makeException(.typeError, "Cannot assign to read only property '\(atom.string)' of object '#<Object>'")
        }
    }

    func getDynamic(_ atom: JSString, scope: Scope?, orUndefined: Bool) throws(JSException) -> JSValue {
        let id = ObjectIdentifier(atom)
        var current = scope
        while let found = current {
            if let variable = found.evalVariables?[id] { return variable.value }
            current = found.parent
        }
        return try getGlobal(atom, orUndefined: orUndefined)
    }

    func setDynamic(_ atom: JSString, _ value: JSValue, scope: Scope?, strict: Bool) throws(JSException) {
        let id = ObjectIdentifier(atom)
        var current = scope
        while let found = current {
            if found.evalVariables?[id] != nil {
                found.evalVariables?[id] = (atom, value)
                return
            }
            current = found.parent
        }
        try setGlobal(atom, value, strict: strict)
    }

    /// `var name` declared by sloppy direct eval: in the caller's function scope (ECMA-262 §19.2.1.3).
    func declareEvalVariable(_ atom: JSString, scope: Scope?) {
        var current = scope
        while let found = current {
            if found.layout.isFunctionScope {
                let id = ObjectIdentifier(atom)
                if found.evalVariables == nil { found.evalVariables = [:] }
                if found.evalVariables?[id] == nil { found.evalVariables?[id] = (atom, .undefined) }
                return
            }
            current = found.parent
        }
        let key = PropertyKey.string(atom)
        if realm.globalObject.getOwnProperty(key, self) == nil {
            realm.globalObject.addNew(key, .undefined, flags: .default)
        }
    }

    // MARK: Objects

    /// ECMA-262 §7.3.25 CopyDataProperties (object spread and rest).
    func copyDataProperties(_ targetValue: JSValue, from source: JSValue, excluding excludedValue: JSValue) throws(JSException) {
        guard case .object(let target) = targetValue else { return }
        if source.isNullish { return }
        let from = try toObject(source)
        var excluded: [PropertyKey] = []
        if case .object(let list) = excludedValue {
            for value in list.elements { excluded.append(try toPropertyKey(value)) }
        }
        for key in from.ownKeys(self) {
            if excluded.contains(key) { continue }
            guard let property = from.getOwnProperty(key, self), property.flags.contains(.enumerable) else { continue }
            let value = try from.get(key, receiver: .object(from), self)
            _ = try target.createDataProperty(key, value, self)
        }
    }

    /// `typeof value` as a string (interned).
    func typeofString(_ value: JSValue) -> JSString {
        typeofNames[value.typeofTag]
    }
}

extension JSValue {
    /// Index into the runtime's typeof names.
    var typeofTag: Int {
        switch self {
        case .undefined, .empty: return 0
        case .null: return 1
        case .bool: return 2
        case .number: return 3
        case .string: return 4
        case .symbol: return 5
        case .object(let object): return object.isCallable ? 6 : 1
        }
    }
}
