/// Property keys the engine uses often, interned once per runtime.
public struct CommonNames {
    public let length: PropertyKey
    public let exports: PropertyKey
    public let prototype: PropertyKey
    public let constructor: PropertyKey
    public let name: PropertyKey
    public let message: PropertyKey
    public let stack: PropertyKey
    public let cause: PropertyKey
    public let value: PropertyKey
    public let done: PropertyKey
    public let next: PropertyKey
    public let return_: PropertyKey
    public let throw_: PropertyKey
    public let get_: PropertyKey
    public let set_: PropertyKey
    public let writable: PropertyKey
    public let enumerable: PropertyKey
    public let configurable: PropertyKey
    public let toString: PropertyKey
    public let valueOf: PropertyKey
    public let toJSON: PropertyKey
    public let then: PropertyKey
    public let callee: PropertyKey
    public let caller: PropertyKey
    public let arguments: PropertyKey
    public let lastIndex: PropertyKey
    public let index: PropertyKey
    public let input: PropertyKey
    public let groups: PropertyKey
    public let source: PropertyKey
    public let flags: PropertyKey
    public let global: PropertyKey
    public let ignoreCase: PropertyKey
    public let multiline: PropertyKey
    public let dotAll: PropertyKey
    public let unicode: PropertyKey
    public let sticky: PropertyKey
    public let hasIndices: PropertyKey
    public let raw: PropertyKey
    public let join: PropertyKey
    public let errors: PropertyKey
    public let size: PropertyKey
    public let add: PropertyKey
    public let has: PropertyKey
    public let delete_: PropertyKey
    public let keys: PropertyKey
    public let values: PropertyKey
    public let entries: PropertyKey
    public let proto: PropertyKey
    public let exec: PropertyKey
    public let undefined: PropertyKey
    public let nan: PropertyKey
    public let infinity: PropertyKey
    public let globalThis: PropertyKey
    public let eval: PropertyKey
    public let object: PropertyKey
    public let array: PropertyKey
    public let function: PropertyKey
    public let string: PropertyKey
    public let number: PropertyKey
    public let boolean: PropertyKey
    public let symbol: PropertyKey
    public let error: PropertyKey
    public let typeError: PropertyKey
    public let rangeError: PropertyKey
    public let syntaxError: PropertyKey
    public let referenceError: PropertyKey
    public let evalError: PropertyKey
    public let uRIError: PropertyKey
    public let aggregateError: PropertyKey
    public let promise: PropertyKey
    public let map: PropertyKey
    public let set: PropertyKey
    public let weakMap: PropertyKey
    public let weakSet: PropertyKey
    public let regExp: PropertyKey
    public let date: PropertyKey
    public let json: PropertyKey
    public let math: PropertyKey
    public let reason: PropertyKey
    public let status: PropertyKey
    public let fulfilled: PropertyKey
    public let rejected: PropertyKey
    public let anonymous: PropertyKey
    public let default_: PropertyKey
    public let description: PropertyKey
    public let apply: PropertyKey
    public let call: PropertyKey
    public let bind: PropertyKey
    public let indices: PropertyKey
    public let resolve: PropertyKey
    public let reject: PropertyKey
    public let catch_: PropertyKey
    public let finally_: PropertyKey

    init(_ intern: (String) -> PropertyKey) {
        length = intern("length")
        exports = intern("exports")
        prototype = intern("prototype")
        constructor = intern("constructor")
        name = intern("name")
        message = intern("message")
        stack = intern("stack")
        cause = intern("cause")
        value = intern("value")
        done = intern("done")
        next = intern("next")
        return_ = intern("return")
        throw_ = intern("throw")
        get_ = intern("get")
        set_ = intern("set")
        writable = intern("writable")
        enumerable = intern("enumerable")
        configurable = intern("configurable")
        toString = intern("toString")
        valueOf = intern("valueOf")
        toJSON = intern("toJSON")
        then = intern("then")
        callee = intern("callee")
        caller = intern("caller")
        arguments = intern("arguments")
        lastIndex = intern("lastIndex")
        index = intern("index")
        input = intern("input")
        groups = intern("groups")
        source = intern("source")
        flags = intern("flags")
        global = intern("global")
        ignoreCase = intern("ignoreCase")
        multiline = intern("multiline")
        dotAll = intern("dotAll")
        unicode = intern("unicode")
        sticky = intern("sticky")
        hasIndices = intern("hasIndices")
        raw = intern("raw")
        join = intern("join")
        errors = intern("errors")
        size = intern("size")
        add = intern("add")
        has = intern("has")
        delete_ = intern("delete")
        keys = intern("keys")
        values = intern("values")
        entries = intern("entries")
        proto = intern("__proto__")
        exec = intern("exec")
        undefined = intern("undefined")
        nan = intern("NaN")
        infinity = intern("Infinity")
        globalThis = intern("globalThis")
        eval = intern("eval")
        object = intern("Object")
        array = intern("Array")
        function = intern("Function")
        string = intern("String")
        number = intern("Number")
        boolean = intern("Boolean")
        symbol = intern("Symbol")
        error = intern("Error")
        typeError = intern("TypeError")
        rangeError = intern("RangeError")
        syntaxError = intern("SyntaxError")
        referenceError = intern("ReferenceError")
        evalError = intern("EvalError")
        uRIError = intern("URIError")
        aggregateError = intern("AggregateError")
        promise = intern("Promise")
        map = intern("Map")
        set = intern("Set")
        weakMap = intern("WeakMap")
        weakSet = intern("WeakSet")
        regExp = intern("RegExp")
        date = intern("Date")
        json = intern("JSON")
        math = intern("Math")
        reason = intern("reason")
        status = intern("status")
        fulfilled = intern("fulfilled")
        rejected = intern("rejected")
        anonymous = intern("anonymous")
        default_ = intern("default")
        description = intern("description")
        apply = intern("apply")
        call = intern("call")
        bind = intern("bind")
        indices = intern("indices")
        resolve = intern("resolve")
        reject = intern("reject")
        catch_ = intern("catch")
        finally_ = intern("finally")
    }
}

/// The well-known symbols (ECMA-262 §6.1.5.1), shared by every realm of a runtime.
public struct WellKnownSymbols {
    public let iterator = JSSymbol(description: JSString("Symbol.iterator"))
    public let asyncIterator = JSSymbol(description: JSString("Symbol.asyncIterator"))
    public let hasInstance = JSSymbol(description: JSString("Symbol.hasInstance"))
    public let toPrimitive = JSSymbol(description: JSString("Symbol.toPrimitive"))
    public let toStringTag = JSSymbol(description: JSString("Symbol.toStringTag"))
    public let isConcatSpreadable = JSSymbol(description: JSString("Symbol.isConcatSpreadable"))
    public let species = JSSymbol(description: JSString("Symbol.species"))
    public let unscopables = JSSymbol(description: JSString("Symbol.unscopables"))
    public let match = JSSymbol(description: JSString("Symbol.match"))
    public let matchAll = JSSymbol(description: JSString("Symbol.matchAll"))
    public let replace = JSSymbol(description: JSString("Symbol.replace"))
    public let search = JSSymbol(description: JSString("Symbol.search"))
    public let split = JSSymbol(description: JSString("Symbol.split"))
    /// Not a well-known symbol: the key under which a class's field initializer keeps the field
    /// names computed when the class was defined (scripts never reach the initializer function).
    let classFieldKeys = JSSymbol(description: JSString("classFieldKeys"))

    /// Every well-known symbol with its name, for the `Symbol` constructor's properties.
    public var all: [(String, JSSymbol)] {
        [("iterator", iterator), ("asyncIterator", asyncIterator), ("hasInstance", hasInstance), ("toPrimitive", toPrimitive), ("toStringTag", toStringTag), ("isConcatSpreadable", isConcatSpreadable), ("species", species), ("unscopables", unscopables), ("match", match), ("matchAll", matchAll), ("replace", replace), ("search", search), ("split", split)]
    }
}
