import PostieJSON

/// Converting between JavaScript values and `PostieJSON` values (what collections and bodies parse into).
extension ScriptRuntime {
    /// A JavaScript value for a JSON value: objects and arrays become fresh objects of the current realm.
    public func value(from json: JSONValue) -> JSValue {
        switch json {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .number(number)
        case .string(let text): return .string(Self.jsString(text))
        case .array(let elements):
            return .object(realm.newArray(ContiguousArray(elements.map { value(from: $0) })))
        case .object(let object):
            let made = realm.newObject()
            for (key, member) in object.members {
                _ = try? made.createDataProperty(propertyKey(Self.jsString(key)), value(from: member), self)
            }
            return .object(made)
        }
    }

    /// A JSON value for a JavaScript value, as `JSON.stringify` would keep it: functions, symbols and
    /// `undefined` members are left out (null in arrays), non-finite numbers become null, cycles and
    /// depth past `maximumDepth` become null.
    public func json(from value: JSValue, maximumDepth: Int = 256) -> JSONValue? {
        var visiting = Set<ObjectIdentifier>()
        var keyNames: [ObjectIdentifier: String] = [:]
        return json(from: value, depth: 0, maximumDepth: maximumDepth, visiting: &visiting, keyNames: &keyNames)
    }

    /// `keyNames`: the member names met so far as Swift strings (objects of one kind repeat them).
    private func json(
        from value: JSValue, depth: Int, maximumDepth: Int, visiting: inout Set<ObjectIdentifier>, keyNames: inout [ObjectIdentifier: String]
    ) -> JSONValue? {
        switch value {
        case .undefined, .empty, .symbol: return nil
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return number.isFinite ? .number(number) : .null
        case .string(let string): return .string(Self.swiftString(string))
        case .object(let object):
            if object.isCallable { return nil }
            if let wrapper = object as? JSPrimitiveObject {
                return json(from: wrapper.primitive, depth: depth, maximumDepth: maximumDepth, visiting: &visiting, keyNames: &keyNames)
            }
            if depth >= maximumDepth || visiting.contains(ObjectIdentifier(object)) { return .null }
            visiting.insert(ObjectIdentifier(object))
            defer { visiting.remove(ObjectIdentifier(object)) }
            if object.kind == .array {
                let length = (try? lengthOfArrayLike(object)) ?? 0
                var elements: [JSONValue] = []
                for index in 0..<min(length, limits.maximumArrayLength) {
                    let element = (try? object.get(.index(UInt32(index)), self)) ?? .undefined
                    elements.append(
                        json(from: element, depth: depth + 1, maximumDepth: maximumDepth, visiting: &visiting, keyNames: &keyNames) ?? .null)
                }
                return .array(elements)
            }
            var members = JSONObject()
            for key in object.ownKeys(self) where !key.isSymbol {
                guard let property = object.getOwnProperty(key, self), property.flags.contains(.enumerable) else { continue }
                // An ordinary object's data property is read from the property found; a getter (or an
                // exotic object) needs [[Get]].
                let member = property.accessor == nil && object.kind == .ordinary ? property.value : ((try? object.get(key, self)) ?? .undefined)
                if let converted = json(from: member, depth: depth + 1, maximumDepth: maximumDepth, visiting: &visiting, keyNames: &keyNames) {
                    members[Self.name(of: key, cache: &keyNames)] = converted
                }
            }
            return .object(members)
        }
    }

    /// A member name as a Swift string, converted once per atom.
    private static func name(of key: PropertyKey, cache: inout [ObjectIdentifier: String]) -> String {
        guard case .string(let atom) = key else { return key.displayName }
        if let known = cache[ObjectIdentifier(atom)] { return known }
        let made = swiftString(atom)
        cache[ObjectIdentifier(atom)] = made
        return made
    }

    /// `text` as a JavaScript string; ASCII text (most bodies and names) is widened byte by byte rather
    /// than transcoded.
    static func jsString(_ text: String) -> JSString {
        var text = text
        let ascii: [UInt16]? = text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count, bytes[index] < 0x80 { index += 1 }
            guard index == bytes.count else { return nil }
            return [UInt16](unsafeUninitializedCapacity: bytes.count) { units, count in
                for position in 0..<bytes.count { units[position] = UInt16(bytes[position]) }
                count = bytes.count
            }
        }
        return JSString(units: ascii ?? Array(text.utf16))
    }

    /// `string` as a Swift string (lone surrogates become U+FFFD); ASCII text is narrowed unit by unit
    /// rather than transcoded.
    static func swiftString(_ string: JSString) -> String {
        let units = string.units
        var index = 0
        while index < units.count, units[index] < 0x80 { index += 1 }
        guard index == units.count else { return string.string }
        return String(unsafeUninitializedCapacity: units.count) { bytes in
            for position in 0..<units.count { bytes[position] = UInt8(truncatingIfNeeded: units[position]) }
            return units.count
        }
    }
}
