/// `RegExp` (ECMA-262 §22.2). (Initial subset; completed separately.)
public final class JSRegExpObject: JSObject {
    public let program: RegExpProgram
    public let source: JSString
    public let flags: JSString

    init(_ rt: ScriptRuntime, program: RegExpProgram, source: JSString, flags: JSString, prototype: JSObject?) {
        self.program = program
        self.source = source
        self.flags = flags
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .regExp)
        defineNew(rt.names.lastIndex, .number(0), flags: [.writable])
    }
}

enum RegExpBuiltins {
    static func makePrototype(_ realm: Realm) -> JSObject {
        JSObject(realm.runtime, prototype: realm.objectPrototype)
    }

    static func makeConstructor(_ realm: Realm) -> JSObject {
        realm.nativeConstructor(
            "RegExp", length: 2, prototype: realm.regExpPrototype,
            call: { rt, _, _ throws(JSException) in throw rt.makeException(.typeError, "RegExp is not complete yet") },
            construct: { rt, _, _ throws(JSException) in throw rt.makeException(.typeError, "RegExp is not complete yet") })
    }

    static func makeStringIteratorPrototype(_ realm: Realm) -> JSObject {
        JSObject(realm.runtime, prototype: realm.iteratorPrototype)
    }
}

extension ScriptRuntime {
    /// A RegExp object for a literal (ECMA-262 §13.2.7.3).
    func makeRegExp(from literal: RegExpLiteral) throws(JSException) -> JSObject {
        JSRegExpObject(self, program: literal.program, source: literal.source, flags: literal.flags, prototype: realm.regExpPrototype)
    }
}
