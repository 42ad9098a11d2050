import Foundation
import PostieCore
import PostieCrypto
import PostieJSON
import PostieScript

/// `__postieHost`: the native functions a script's sandbox calls (libraries, `pm.sendRequest`,
/// digests for crypto-js, the cookie jar), for one script run in one realm.
final class SandboxHost {
    unowned let engine: SandboxEngine
    let sandboxRealm: SandboxRealm
    var realm: Realm { sandboxRealm.realm }
    let event: ScriptEventInput
    let variables: VariableContext
    private var runtime: ScriptRuntime { engine.runtime }

    init(engine: SandboxEngine, realm: SandboxRealm, event: ScriptEventInput, variables: VariableContext) {
        self.engine = engine
        self.sandboxRealm = realm
        self.event = event
        self.variables = variables
    }

    /// The realm's `__postieHost`: natives that reach the host of the script running in the realm now
    /// (libraries load once per realm and keep them across scripts).
    static func makeHostObject(for sandboxRealm: SandboxRealm) -> JSObject {
        let realm = sandboxRealm.realm
        let host = realm.newObject()
        host.addMethod(realm, "loadLibrary", length: 1) { [weak sandboxRealm] rt, _, arguments throws(JSException) in
            try SandboxHost.active(in: sandboxRealm, rt).require(try rt.toSwiftString(arguments[0]))
        }
        host.addMethod(realm, "sendRequest", length: 2) { [weak sandboxRealm] rt, _, arguments throws(JSException) in
            try SandboxHost.active(in: sandboxRealm, rt).sendRequest(rt.json(from: arguments[0]) ?? .null, callback: arguments[1])
            return .undefined
        }
        // The bootstrap's `pm` for a script: a copy of a template, own properties and all, in one step.
        host.addMethod(realm, "copyObject", length: 1) { rt, _, arguments throws(JSException) in
            guard case .object(let template) = arguments[0], template.kind == .ordinary else {
                throw rt.makeException(.typeError, "copyObject needs an ordinary object")
            }
            return .object(SandboxHost.copy(of: template, rt))
        }
        host.addMethod(realm, "digest", length: 3) { rt, _, arguments throws(JSException) in
            let algorithm = try rt.toSwiftString(arguments[0])
            let data = try SandboxHost.bytes(of: arguments[1], encoding: arguments[2], rt)
            guard let digest = Digests.digest(algorithm, data) else {
                throw rt.makeException(.error, "unsupported digest algorithm \(algorithm)")
            }
            return .string(JSString(Hex.encode(digest)))
        }
        host.addMethod(realm, "hmac", length: 5) { rt, _, arguments throws(JSException) in
            let algorithm = try rt.toSwiftString(arguments[0])
            let key = try SandboxHost.bytes(of: arguments[1], encoding: arguments[2], rt)
            let data = try SandboxHost.bytes(of: arguments[3], encoding: arguments[4], rt)
            guard let code = Digests.hmac(algorithm, key: key, data: data) else {
                throw rt.makeException(.error, "unsupported HMAC algorithm \(algorithm)")
            }
            return .string(JSString(Hex.encode(code)))
        }
        host.addMethod(realm, "randomBytes", length: 1) { rt, _, arguments throws(JSException) in
            let count = max(0, min(1 << 20, Int(try rt.toIntegerOrInfinity(arguments[0]))))
            var generator = SystemRandomNumberGenerator()
            return .string(JSString(Hex.encode((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })))
        }
        // sdk.js's uuid4 in one call: a version 4 UUID written as the Postman-Token header's is.
        host.addMethod(realm, "uuid4", length: 0) { _, _, _ throws(JSException) in
            var generator = SystemRandomNumberGenerator()
            var bytes: (UInt64, UInt64) = (generator.next(), generator.next())
            return .string(JSString(withUnsafeMutableBytes(of: &bytes, UUIDText.version4)))
        }
        host.addMethod(realm, "cookieJar", length: 6) { [weak sandboxRealm] rt, _, arguments throws(JSException) in
            let active = try SandboxHost.active(in: sandboxRealm, rt)
            let operation = try rt.toSwiftString(arguments[0])
            let url = try rt.toSwiftString(arguments[1])
            let outcome = active.engine.cookieJar.perform(
                operation, url: url, name: rt.json(from: arguments[2]) ?? .null, value: rt.json(from: arguments[3]) ?? .null)
            let callback = arguments[5]
            guard callback.isCallable else { return .undefined }
            rt.enqueueHostJob { () throws(JSException) in
                switch outcome {
                case .success(let value):
                    _ = try rt.call(callback, this: .undefined, arguments: [.null, rt.value(from: value)])
                case .failure(let error):
                    _ = try rt.call(callback, this: .undefined, arguments: [rt.makeErrorValue(.error, error.message)])
                }
            }
            return .undefined
        }
        return host
    }

    /// A new ordinary object with `template`'s prototype and own named properties (values, attributes,
    /// accessors; each accessor pair its own), in the same order.
    static func copy(of template: JSObject, _ rt: ScriptRuntime) -> JSObject {
        let shape = template.shape
        let copy: JSObject
        if shape.isDictionary {
            copy = JSObject(rt, prototype: template.prototype)
            for (slot, key) in shape.keys.enumerated() { copy.defineNew(key, template.slots[slot], flags: shape.flags[slot]) }
        } else {
            // A shared shape describes the copy as well.
            copy = JSObject(rt, shape: shape, prototype: template.prototype)
            copy.slots = template.slots
        }
        if let accessors = template.accessors {
            copy.accessors = accessors.mapValues { AccessorPair(getter: $0.getter, setter: $0.setter) }
        }
        copy.extensible = template.extensible
        return copy
    }

    /// The host of the script running in `sandboxRealm` now.
    static func active(in sandboxRealm: SandboxRealm?, _ rt: ScriptRuntime) throws(JSException) -> SandboxHost {
        guard let host = sandboxRealm?.activeHost else { throw rt.makeException(.error, "no script is running in this realm") }
        return host
    }

    /// `require(name)` in the sandbox: a bundled library's exports, loaded once per realm.
    func require(_ name: String) throws(JSException) -> JSValue {
        if name == "postie:host", let hostObject = sandboxRealm.hostObject { return .object(hostObject) }
        if let exports = sandboxRealm.loaded[name] { return exports }
        if let partial = sandboxRealm.loading[name] { return (try? partial.get(runtime.names.exports, runtime)) ?? .undefined }
        guard let code = engine.libraryCode(name) else {
            throw runtime.makeException(.error, "Cannot find module '\(name)'")
        }
        let rt = runtime
        if !sandboxRealm.builtinsAreUnchanged() { sandboxRealm.isSpoiled = true }
        let module = realm.newObject()
        let exports = realm.newObject()
        module.defineNew(rt.names.exports, .object(exports))
        sandboxRealm.loading[name] = module
        defer { sandboxRealm.loading[name] = nil }
        let sandboxRealm = self.sandboxRealm
        let requireFunction = realm.nativeFunction("require", length: 1) { [weak sandboxRealm] rt, _, arguments throws(JSException) in
            try SandboxHost.active(in: sandboxRealm, rt).require(try rt.toSwiftString(arguments[0]))
        }
        let factory = try rt.evaluate(code)
        _ = try rt.call(factory, this: .object(exports), arguments: [.object(module), .object(exports), .object(requireFunction)])
        let result = try module.get(rt.names.exports, rt)
        sandboxRealm.loaded[name] = result
        // What the library did to the built-in objects is the realm's from now on; what the script did
        // before it spoils the realm.
        sandboxRealm.watchBuiltins()
        return result
    }

    /// Queues a `pm.sendRequest`: sent after the script's synchronous part, then `callback(error, response)`.
    func sendRequest(_ request: JSONValue, callback: JSValue) {
        let rt = runtime
        let sender = event.sender
        let variables = self.variables
        let responder = engine.testResponder
        rt.enqueueHostJob { () throws(JSException) in
            let outcome: Result<JSONValue, ScriptRequestError>
            if let responder {
                outcome = responder(request)
            } else if let sender {
                outcome = sender.sendScriptRequest(request, variables: variables).map { SandboxContext.response($0) }
            } else {
                outcome = .failure(ScriptRequestError("pm.sendRequest is not available here"))
            }
            guard callback.isCallable else { return }
            switch outcome {
            case .success(let response):
                _ = try rt.call(callback, this: .undefined, arguments: [.null, rt.value(from: response)])
            case .failure(let error):
                _ = try rt.call(callback, this: .undefined, arguments: [rt.makeErrorValue(.error, error.message)])
            }
        }
    }

    /// A string argument as bytes: `utf8` (default), `latin1`, `hex` or `base64`.
    static func bytes(of value: JSValue, encoding: JSValue, _ rt: ScriptRuntime) throws(JSException) -> [UInt8] {
        let text = try rt.toJSString(value)
        let name = encoding.isUndefined ? "utf8" : try rt.toSwiftString(encoding).lowercased()
        switch name {
        case "utf8", "utf-8":
            return Array(text.string.utf8)
        case "latin1", "binary":
            return text.units.map { UInt8(truncatingIfNeeded: $0) }
        case "hex":
            guard let bytes = Hex.decode(text.string) else { throw rt.makeException(.typeError, "invalid hex data") }
            return bytes
        case "base64":
            guard let data = Data(base64Encoded: text.string, options: [.ignoreUnknownCharacters]) else {
                throw rt.makeException(.typeError, "invalid base64 data")
            }
            return Array(data)
        default:
            throw rt.makeException(.typeError, "unknown encoding \(name)")
        }
    }
}

/// The digests the sandbox offers, by crypto-js's names.
enum Digests {
    static func digest(_ algorithm: String, _ data: [UInt8]) -> [UInt8]? {
        switch algorithm.lowercased() {
        case "md5": return MD5.hash(data)
        case "sha1": return SHA1.hash(data)
        case "sha224": return SHA224.hash(data)
        case "sha256": return SHA256.hash(data)
        case "sha384": return SHA384.hash(data)
        case "sha512": return SHA512.hash(data)
        default: return nil
        }
    }

    static func hmac(_ algorithm: String, key: [UInt8], data: [UInt8]) -> [UInt8]? {
        switch algorithm.lowercased() {
        case "md5": return HMAC<MD5>.authenticationCode(for: data, key: key)
        case "sha1": return HMAC<SHA1>.authenticationCode(for: data, key: key)
        case "sha224": return HMAC<SHA224>.authenticationCode(for: data, key: key)
        case "sha256": return HMAC<SHA256>.authenticationCode(for: data, key: key)
        case "sha384": return HMAC<SHA384>.authenticationCode(for: data, key: key)
        case "sha512": return HMAC<SHA512>.authenticationCode(for: data, key: key)
        default: return nil
        }
    }
}
