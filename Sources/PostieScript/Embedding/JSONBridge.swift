import PostieJSON

/// Converting between JavaScript values and `PostieJSON` values (what collections and bodies parse into).
extension ScriptRuntime {
    /// A JavaScript value for a JSON value: objects and arrays become fresh objects of the current realm.
    public func value(from json: JSONValue) -> JSValue {
        switch json {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .number(number)
        case .string(let text): return .string(JSString(text))
        case .array(let elements):
            return .object(realm.newArray(ContiguousArray(elements.map { value(from: $0) })))
        case .object(let object):
            let made = realm.newObject()
            for (key, member) in object.members {
                _ = try? made.createDataProperty(propertyKey(key), value(from: member), self)
            }
            return .object(made)
        }
    }

    /// A JSON value for a JavaScript value, as `JSON.stringify` would keep it: functions, symbols and
    /// `undefined` members are left out (null in arrays), non-finite numbers become null, cycles and
    /// depth past `maximumDepth` become null.
    public func json(from value: JSValue, maximumDepth: Int = 256) -> JSONValue? {
        var visiting = Set<ObjectIdentifier>()
        return json(from: value, depth: 0, maximumDepth: maximumDepth, visiting: &visiting)
    }

    private func json(from value: JSValue, depth: Int, maximumDepth: Int, visiting: inout Set<ObjectIdentifier>) -> JSONValue? {
        switch value {
        case .undefined, .empty, .symbol: return nil
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return number.isFinite ? .number(number) : .null
        case .string(let string): return .string(string.string)
        case .object(let object):
            if object.isCallable { return nil }
            if let wrapper = object as? JSPrimitiveObject { return json(from: wrapper.primitive, depth: depth, maximumDepth: maximumDepth, visiting: &visiting) }
            if depth >= maximumDepth || visiting.contains(ObjectIdentifier(object)) { return .null }
            visiting.insert(ObjectIdentifier(object))
            defer { visiting.remove(ObjectIdentifier(object)) }
            if object.kind == .array {
                let length = (try? lengthOfArrayLike(object)) ?? 0
                var elements: [JSONValue] = []
                for index in 0..<min(length, limits.maximumArrayLength) {
                    let element = (try? object.get(.index(UInt32(index)), self)) ?? .undefined
                    elements.append(json(from: element, depth: depth + 1, maximumDepth: maximumDepth, visiting: &visiting) ?? .null)
                }
                return .array(elements)
            }
            var members = JSONObject()
            for key in object.ownKeys(self) where !key.isSymbol {
                guard let property = object.getOwnProperty(key, self), property.flags.contains(.enumerable) else { continue }
                let member = (try? object.get(key, self)) ?? .undefined
                if let converted = json(from: member, depth: depth + 1, maximumDepth: maximumDepth, visiting: &visiting) {
                    members[key.displayName] = converted
                }
            }
            return .object(members)
        }
    }
}
