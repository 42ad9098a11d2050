/// `TextEncoder` and `TextDecoder` (WHATWG Encoding Standard §8), UTF-8 only, as Node 20 has them.
///
/// The engine has no typed arrays: `encode` returns an ordinary Array of byte values and `decode`
/// accepts any array-like of numbers (each taken modulo 256, as a Uint8Array would store it).
enum TextCodingBuiltins {
    /// The globals this file adds, to merge into `GlobalBindings.builders`.
    static let globalBuilders: [String: GlobalBindings.Builder] = [
        "TextEncoder": { (.object($0.textEncoderConstructor), .hidden) },
        "TextDecoder": { (.object($0.textDecoderConstructor), .hidden) },
    ]

    /// The labels of UTF-8 (WHATWG Encoding Standard §4.2), after trimming and lowercasing.
    static let utf8Labels: Set<String> = ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]

    /// Methods and accessors Node defines enumerable on these prototypes.
    private static let enumerableMethod: PropertyFlags = [.writable, .enumerable, .configurable]

    // MARK: TextEncoder (WHATWG Encoding §8.2)

    static func makeTextEncoderConstructor(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.objectPrototype)
        let constructor = realm.nativeConstructor(
            "TextEncoder", length: 0, prototype: prototype,
            call: { rt, _, _ throws(JSException) in
                throw rt.makeException(.typeError, "Class constructor TextEncoder cannot be invoked without 'new'")
            },
            construct: { rt, _, newTarget throws(JSException) in
                .object(JSTextEncoderObject(rt, prototype: try rt.prototypeForConstruction(newTarget, fallback: prototype)))
            })
        addAccessor(realm, prototype, "encoding") { rt, this, _ throws(JSException) in
            _ = try encoder(rt, this)
            return .string(rt.intern("utf-8"))
        }
        addMethod(realm, prototype, "encode", length: 0) { rt, this, arguments throws(JSException) in
            _ = try encoder(rt, this)
            let text = arguments[0].isUndefined ? JSString.empty : try rt.toJSString(arguments[0])
            let bytes = utf8Bytes(text.units)
            var values = ContiguousArray<JSValue>()
            values.reserveCapacity(bytes.count)
            for byte in bytes { values.append(.number(Double(byte))) }
            return .object(rt.realm.newArray(values))
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(rt.intern("TextEncoder")), flags: [.configurable])
        return constructor
    }

    // MARK: TextDecoder (WHATWG Encoding §8.1)

    static func makeTextDecoderConstructor(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.objectPrototype)
        let constructor = realm.nativeConstructor(
            "TextDecoder", length: 0, prototype: prototype,
            call: { rt, _, _ throws(JSException) in
                throw rt.makeException(.typeError, "Class constructor TextDecoder cannot be invoked without 'new'")
            },
            construct: { rt, arguments, newTarget throws(JSException) in
                let label = arguments[0].isUndefined ? "utf-8" : try rt.toSwiftString(arguments[0])
                guard utf8Labels.contains(normalizedLabel(label)) else {
                    throw nodeError(rt, .rangeError, "ERR_ENCODING_NOT_SUPPORTED", "The \"\(label)\" encoding is not supported")
                }
                let options = try optionsObject(rt, arguments[1])
                let fatal = try options?.get(rt.propertyKey("fatal"), rt).toBoolean ?? false
                let ignoreBOM = try options?.get(rt.propertyKey("ignoreBOM"), rt).toBoolean ?? false
                let decoder = JSTextDecoderObject(rt, prototype: try rt.prototypeForConstruction(newTarget, fallback: prototype))
                decoder.state = UTF8DecoderState(fatal: fatal, ignoreBOM: ignoreBOM)
                return .object(decoder)
            })
        addMethod(realm, prototype, "decode", length: 0) { rt, this, arguments throws(JSException) in
            let decoder = try textDecoder(rt, this)
            let bytes = try byteList(rt, arguments[0])
            // Node reads `options?.stream` here without checking the type.
            let stream = arguments[1].isNullish ? false : try rt.getProperty(arguments[1], rt.propertyKey("stream")).toBoolean
            guard let units = decoder.state.decode(bytes, stream: stream) else {
                throw nodeError(rt, .typeError, "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8")
            }
            return .string(JSString(units: units))
        }
        addAccessor(realm, prototype, "encoding") { rt, this, _ throws(JSException) in
            _ = try textDecoder(rt, this)
            return .string(rt.intern("utf-8"))
        }
        addAccessor(realm, prototype, "fatal") { rt, this, _ throws(JSException) in
            .bool(try textDecoder(rt, this).state.fatal)
        }
        addAccessor(realm, prototype, "ignoreBOM") { rt, this, _ throws(JSException) in
            .bool(try textDecoder(rt, this).state.ignoreBOM)
        }
        prototype.defineNew(.symbol(rt.symbols.toStringTag), .string(rt.intern("TextDecoder")), flags: [.configurable])
        return constructor
    }

    // MARK: Helpers

    private static func addMethod(_ realm: Realm, _ object: JSObject, _ name: String, length: Int, _ body: @escaping NativeFunction) {
        object.defineNew(realm.runtime.propertyKey(name), .object(realm.nativeFunction(name, length: length, body)), flags: enumerableMethod)
    }

    private static func addAccessor(_ realm: Realm, _ object: JSObject, _ name: String, _ getter: @escaping NativeFunction) {
        let function = realm.nativeFunction("get " + name, length: 0, getter)
        _ = object.ordinaryDefineOwnProperty(
            realm.runtime.propertyKey(name),
            PropertyDescriptor(getter: .object(function), setter: .undefined, enumerable: true, configurable: true), realm.runtime)
    }

    private static func encoder(_ rt: ScriptRuntime, _ this: JSValue) throws(JSException) -> JSTextEncoderObject {
        guard case .object(let object) = this, let encoder = object as? JSTextEncoderObject else {
            throw nodeError(rt, .typeError, "ERR_INVALID_THIS", "Value of \"this\" must be of type TextEncoder")
        }
        return encoder
    }

    private static func textDecoder(_ rt: ScriptRuntime, _ this: JSValue) throws(JSException) -> JSTextDecoderObject {
        guard case .object(let object) = this, let decoder = object as? JSTextDecoderObject else {
            throw nodeError(rt, .typeError, "ERR_INVALID_THIS", "Value of \"this\" must be of type TextDecoder")
        }
        return decoder
    }

    /// An error as Node's internal errors are: the message plus an enumerable `code`.
    private static func nodeError(_ rt: ScriptRuntime, _ kind: ErrorKind, _ code: String, _ message: String) -> JSException {
        let exception = rt.makeException(kind, message)
        if case .object(let error) = exception.value {
            error.defineNew(rt.propertyKey("code"), .string(JSString(code)), flags: .default)
        }
        return exception
    }

    /// The options argument: nil for undefined or null, TypeError for other primitives (Node's message).
    private static func optionsObject(_ rt: ScriptRuntime, _ value: JSValue) throws(JSException) -> JSObject? {
        switch value {
        case .undefined, .null, .empty: return nil
        case .object(let object): return object
        case .number(let number):
            throw invalidOptions(rt, "number (\(rt.numberToJSString(number).string))")
        case .bool(let flag):
            throw invalidOptions(rt, "boolean (\(flag))")
        case .string(let string):
            var text = string.string
            if text.count > 28 { text = String(text.prefix(25)) + "..." }
            throw invalidOptions(rt, "string ('\(text)')")
        case .symbol(let symbol):
            throw invalidOptions(rt, "symbol (\(symbol.descriptiveString))")
        }
    }

    private static func invalidOptions(_ rt: ScriptRuntime, _ received: String) -> JSException {
        nodeError(rt, .typeError, "ERR_INVALID_ARG_TYPE", "The \"options\" argument must be of type object. Received type \(received)")
    }

    /// The bytes of `decode`'s input: undefined is empty; objects are read as array-likes of bytes.
    private static func byteList(_ rt: ScriptRuntime, _ value: JSValue) throws(JSException) -> [UInt8] {
        if value.isUndefined { return [] }
        guard case .object(let object) = value else {
            throw nodeError(
                rt, .typeError, "ERR_INVALID_ARG_TYPE",
                "The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.")
        }
        let length = try rt.lengthOfArrayLike(object)
        if length > rt.limits.maximumArrayLength { throw rt.makeException(.rangeError, "Invalid array length") }
        var bytes = [UInt8]()
        bytes.reserveCapacity(length)
        for index in 0..<length {
            let element: JSValue
            if object.sparseElements == nil, index < object.elements.count, !object.elements[index].isEmpty {
                element = object.elements[index]
            } else {
                element = try object.get(.index(UInt32(truncatingIfNeeded: index)), rt)
            }
            if case .number(let number) = element, number >= 0, number < 256, number == number.rounded(.towardZero) {
                bytes.append(UInt8(number))
            } else {
                bytes.append(UInt8(truncatingIfNeeded: try rt.toInt32(element)))
            }
        }
        return bytes
    }

    /// A label with ASCII whitespace trimmed and ASCII letters lowercased (WHATWG Encoding §4.2 get an encoding).
    static func normalizedLabel(_ label: String) -> String {
        let whitespace: Set<Unicode.Scalar> = ["\t", "\n", "\u{0C}", "\r", " "]
        var scalars = Substring(label).unicodeScalars[...]
        while let first = scalars.first, whitespace.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, whitespace.contains(last) { scalars.removeLast() }
        var result = ""
        for scalar in scalars {
            if scalar.value >= 0x41 && scalar.value <= 0x5A {
                result.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// UTF-8 encode (WHATWG Encoding §9.1.2): lone surrogates become U+FFFD.
    static func utf8Bytes(_ units: [UInt16]) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            var scalar = UInt32(units[index])
            index += 1
            if scalar >= 0xD800 && scalar <= 0xDFFF {
                if scalar <= 0xDBFF, index < units.count, units[index] >= 0xDC00, units[index] <= 0xDFFF {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                    index += 1
                } else {
                    scalar = 0xFFFD
                }
            }
            switch scalar {
            case 0..<0x80:
                bytes.append(UInt8(scalar))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | scalar >> 6))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | scalar >> 12))
                bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | scalar >> 18))
                bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            }
        }
        return bytes
    }
}

extension Realm {
    /// The `TextEncoder` constructor.
    var textEncoderConstructor: JSObject {
        intrinsic(.textEncoderConstructor) { TextCodingBuiltins.makeTextEncoderConstructor($0) }
    }

    /// The `TextDecoder` constructor.
    var textDecoderConstructor: JSObject {
        intrinsic(.textDecoderConstructor) { TextCodingBuiltins.makeTextDecoderConstructor($0) }
    }
}

/// A `TextEncoder` instance.
final class JSTextEncoderObject: JSObject {
    init(_ rt: ScriptRuntime, prototype: JSObject?) {
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .ordinary)
    }
}

/// A `TextDecoder` instance and its streaming state.
final class JSTextDecoderObject: JSObject {
    var state = UTF8DecoderState(fatal: false, ignoreBOM: false)

    init(_ rt: ScriptRuntime, prototype: JSObject?) {
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .ordinary)
    }
}

/// The UTF-8 decoder of WHATWG Encoding §9.1.1, kept between `decode(…, { stream: true })` calls.
struct UTF8DecoderState {
    let fatal: Bool
    let ignoreBOM: Bool
    private var codePoint: UInt32 = 0
    private var bytesSeen = 0
    private var bytesNeeded = 0
    private var lowerBoundary: UInt8 = 0x80
    private var upperBoundary: UInt8 = 0xBF
    /// Whether the stream's first code point has been written (or dropped as a BOM).
    private var bomHandled = false

    init(fatal: Bool, ignoreBOM: Bool) {
        self.fatal = fatal
        self.ignoreBOM = ignoreBOM
    }

    /// Decodes `bytes` (continuing the stream); nil on malformed input in fatal mode.
    mutating func decode(_ bytes: [UInt8], stream: Bool) -> [UInt16]? {
        var output = [UInt16]()
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if bytesNeeded == 0 {
                index += 1
                switch byte {
                case 0x00...0x7F:
                    emit(UInt32(byte), into: &output)
                case 0xC2...0xDF:
                    bytesNeeded = 1
                    codePoint = UInt32(byte & 0x1F)
                case 0xE0...0xEF:
                    if byte == 0xE0 { lowerBoundary = 0xA0 }
                    if byte == 0xED { upperBoundary = 0x9F }
                    bytesNeeded = 2
                    codePoint = UInt32(byte & 0x0F)
                case 0xF0...0xF4:
                    if byte == 0xF0 { lowerBoundary = 0x90 }
                    if byte == 0xF4 { upperBoundary = 0x8F }
                    bytesNeeded = 3
                    codePoint = UInt32(byte & 0x07)
                default:
                    if fatal { return failed() }
                    emit(0xFFFD, into: &output)
                }
                continue
            }
            guard byte >= lowerBoundary && byte <= upperBoundary else {
                // The byte starts over (it is not consumed).
                resetSequence()
                if fatal { return failed() }
                emit(0xFFFD, into: &output)
                continue
            }
            index += 1
            lowerBoundary = 0x80
            upperBoundary = 0xBF
            codePoint = codePoint << 6 | UInt32(byte & 0x3F)
            bytesSeen += 1
            if bytesSeen == bytesNeeded {
                let finished = codePoint
                resetSequence()
                emit(finished, into: &output)
            }
        }
        if !stream {
            if bytesNeeded != 0 {
                resetSequence()
                if fatal { return failed() }
                emit(0xFFFD, into: &output)
            }
            bomHandled = false
        }
        return output
    }

    private mutating func resetSequence() {
        codePoint = 0
        bytesSeen = 0
        bytesNeeded = 0
        lowerBoundary = 0x80
        upperBoundary = 0xBF
    }

    private mutating func failed() -> [UInt16]? {
        resetSequence()
        bomHandled = false
        return nil
    }

    private mutating func emit(_ scalar: UInt32, into output: inout [UInt16]) {
        if !bomHandled {
            bomHandled = true
            if scalar == 0xFEFF && !ignoreBOM { return }
        }
        if scalar < 0x10000 {
            output.append(UInt16(scalar))
        } else {
            let offset = scalar - 0x10000
            output.append(UInt16(0xD800 + (offset >> 10)))
            output.append(UInt16(0xDC00 + (offset & 0x3FF)))
        }
    }
}
