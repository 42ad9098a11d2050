/// A register of the current frame: `r0` is `this`, `r1…rN` the parameters, then locals and temporaries.
public typealias Register = UInt16

/// One instruction of the register machine `Interpreter.run` executes.
///
/// Jump targets are absolute instruction indices. Calls take a `base` register: `r[base]` is the
/// callee, `r[base + 1]` the `this` value, `r[base + 2]…` the arguments. Property instructions take
/// an index into the function's `PropertyCache` table, which also holds the property's key.
public enum Instruction {
    // Constants and moves
    case loadUndefined(Register)
    case loadNull(Register)
    case loadBool(Register, Bool)
    case loadInt(Register, Int32)
    /// `r = constants[index]` (numbers and strings).
    case loadConstant(Register, UInt32)
    /// The temporal-dead-zone marker.
    case loadEmpty(Register)
    case move(Register, Register)
    /// Throws `ReferenceError: Cannot access 'name' before initialization` if `r` is empty.
    case checkInitialized(Register, nameAtom: UInt32)

    // Variables in heap scopes (captured by closures)
    case loadScoped(Register, depth: UInt16, slot: UInt16)
    /// As `loadScoped`, with the temporal-dead-zone check.
    case loadScopedChecked(Register, depth: UInt16, slot: UInt16)
    case storeScoped(depth: UInt16, slot: UInt16, Register)
    /// Stores into a `let`/`class` binding that must already be initialised (assignment, not declaration).
    case storeScopedChecked(depth: UInt16, slot: UInt16, Register)
    /// Pushes a new heap scope described by `scopeLayouts[layout]`.
    case pushScope(layout: UInt32)
    case popScope
    /// Replaces the current scope with a fresh copy (per-iteration `let` bindings, ECMA-262 §14.7.4.4).
    case copyScope

    // Globals and names resolved at run time
    /// A free name: the global object's property, or `ReferenceError: name is not defined`.
    case getGlobal(Register, atom: UInt32)
    /// A free name under `typeof`: undefined when missing.
    case getGlobalOrUndefined(Register, atom: UInt32)
    /// Assignment to a free name (creates a global in sloppy code; ReferenceError in strict code).
    case setGlobal(atom: UInt32, Register)
    /// A name that direct eval may have declared: the scopes' eval-declared variables, then globals.
    case getDynamic(Register, atom: UInt32)
    case getDynamicOrUndefined(Register, atom: UInt32)
    case setDynamic(atom: UInt32, Register)
    /// `delete name` for a free name.
    case deleteGlobal(Register, atom: UInt32)
    /// Declares `var name` in the nearest function scope's eval-declared variables (eval code).
    case declareDynamicVar(atom: UInt32)
    /// Declares a global `var` or function of global code (indirect eval, `Function`): undefined if new.
    case declareGlobalVar(atom: UInt32)

    // Properties
    case getProperty(Register, object: Register, cache: UInt32)
    case setProperty(object: Register, cache: UInt32, value: Register)
    case getElement(Register, object: Register, key: Register)
    case setElement(object: Register, key: Register, value: Register)
    case getLength(Register, object: Register)
    case deleteProperty(Register, object: Register, cache: UInt32)
    case deleteElement(Register, object: Register, key: Register)
    /// `super.key` / `super[key]`: looked up on the home object's prototype with `this` as receiver.
    case getSuperElement(Register, key: Register)
    case setSuperElement(key: Register, value: Register)

    // Literals
    /// A plain object with room for `capacity` properties (an object literal's count).
    case newObject(Register, capacity: UInt16)
    case newArray(Register, capacity: UInt16)
    /// Appends to an array literal.
    case arrayAppend(array: Register, value: Register)
    case arrayAppendHole(array: Register)
    /// Appends every value of an iterable (spread in an array literal, or in an argument list when
    /// `isArgument`); the iterable's source text, for errors, is recorded as the call site.
    case arrayAppendSpread(array: Register, iterable: Register, isArgument: Bool)
    /// `CreateDataProperty(object, key, value)` with a literal key.
    case defineField(object: Register, cache: UInt32, value: Register)
    /// `CreateDataProperty(object, ToPropertyKey(key), value)`.
    case defineElement(object: Register, key: Register, value: Register)
    /// Defines a method, getter or setter (`kind`: 0 method, 1 getter, 2 setter); `enumerable` for
    /// object literals, not for classes. Sets the function's home object and its name.
    case defineMethod(object: Register, key: Register, function: Register, kind: UInt8, enumerable: Bool)
    /// `{ ...source }`; `excluded` lists keys already taken by an object pattern (`r[excluded]` is an
    /// array of keys, or undefined for none).
    case copyDataProperties(target: Register, source: Register, excluded: Register)
    /// `__proto__: value` in a literal.
    case setPrototypeLiteral(object: Register, value: Register)
    /// `r = RegExp from regExps[index]`.
    case newRegExp(Register, UInt32)
    /// The frozen strings array of a tagged template site (`templates[index]`), cached per realm.
    case getTemplateObject(Register, UInt32)

    // Functions and calls
    /// A closure over the current scope for `functions[index]`.
    case closure(Register, UInt32)
    case call(Register, base: Register, argumentCount: UInt16)
    /// `r[base]` callee, `r[base + 1]` this, `r[base + 2]` an array of the arguments.
    case callSpread(Register, base: Register)
    /// As `call`, but a direct eval when the callee is the realm's `eval`.
    case callEval(Register, base: Register, argumentCount: UInt16)
    case construct(Register, base: Register, argumentCount: UInt16)
    case constructSpread(Register, base: Register)
    case superCall(Register, base: Register, argumentCount: UInt16)
    case superCallSpread(Register, base: Register)
    case `return`(Register)
    case returnUndefined
    /// Makes a class from the constructor closure in `constructor`, with `superclass` (or
    /// `hasSuperclass` false); leaves the prototype object in `prototype`.
    case makeClass(constructor: Register, superclass: Register, hasSuperclass: Bool, prototype: Register)
    /// Stores the instance-field initializer (a method closure) on a class constructor.
    case setFieldInitializer(constructor: Register, initializer: Register)
    /// Sets `function.name` (for anonymous functions assigned to a name or key).
    case setFunctionName(Register, name: Register)
    /// `new.target`.
    case loadNewTarget(Register)
    /// The current function (for a named function expression's own name).
    case loadCallee(Register)
    /// `this` in a derived constructor: ReferenceError before `super()`.
    case checkThisInitialized(Register)
    case createArguments(Register)
    /// The arguments from parameter position `from` on, as an array.
    case createRest(Register, from: UInt16)

    // Operators
    case add(Register, Register, Register)
    case subtract(Register, Register, Register)
    case multiply(Register, Register, Register)
    case divide(Register, Register, Register)
    case remainder(Register, Register, Register)
    case exponent(Register, Register, Register)
    case leftShift(Register, Register, Register)
    case signedRightShift(Register, Register, Register)
    case unsignedRightShift(Register, Register, Register)
    case bitwiseAnd(Register, Register, Register)
    case bitwiseOr(Register, Register, Register)
    case bitwiseXor(Register, Register, Register)
    case equal(Register, Register, Register)
    case notEqual(Register, Register, Register)
    case strictEqual(Register, Register, Register)
    case strictNotEqual(Register, Register, Register)
    case less(Register, Register, Register)
    case lessOrEqual(Register, Register, Register)
    case greater(Register, Register, Register)
    case greaterOrEqual(Register, Register, Register)
    case instanceOf(Register, Register, Register)
    /// `key in object`.
    case hasProperty(Register, key: Register, object: Register)
    case negate(Register, Register)
    /// Unary `+` (ToNumber).
    case toNumber(Register, Register)
    /// ToNumeric, for the old value of postfix `x++`.
    case toNumeric(Register, Register)
    case not(Register, Register)
    case bitwiseNot(Register, Register)
    case typeOf(Register, Register)
    case increment(Register, Register)
    case decrement(Register, Register)
    /// `r = r + k` on a number register (loop counters); falls back to `add` semantics otherwise.
    case addInt(Register, Register, Int32)
    /// `r = r - k`; falls back to numeric subtraction.
    case subtractInt(Register, Register, Int32)
    case toPropertyKey(Register, Register)
    /// ToString, for template literal substitutions.
    case toStringValue(Register, Register)

    // Control flow
    case jump(Int32)
    case jumpIfTrue(Register, Int32)
    case jumpIfFalse(Register, Int32)
    case jumpIfNullish(Register, Int32)
    case jumpIfNotNullish(Register, Int32)
    case jumpIfUndefined(Register, Int32)
    case jumpIfNotUndefined(Register, Int32)
    /// Jumps when `r` holds the number `value` (completion kinds of `finally`).
    case jumpIfInt(Register, value: Int32, Int32)
    /// Fused compare-and-branch for loops: jumps when `a < b` is false.
    case jumpIfNotLess(Register, Register, Int32)
    case jumpIfNotLessOrEqual(Register, Register, Int32)
    case jumpIfNotGreater(Register, Register, Int32)
    case jumpIfNotGreaterOrEqual(Register, Register, Int32)
    case jumpIfNotStrictEqual(Register, Register, Int32)
    case jumpIfStrictEqual(Register, Register, Int32)
    case `throw`(Register)
    /// Throws a new error of `kind` (0 TypeError, 1 ReferenceError, 2 SyntaxError, 3 RangeError)
    /// with the message in `constants[message]`.
    case throwError(kind: UInt8, message: UInt32)
    case debugger

    // Iteration
    /// `r[dst]` = iterator object, `r[dst + 1]` = its `next` method (ECMA-262 §7.4.2 GetIterator).
    /// With a recorded call site (the iterable's source text) errors read as `for…of` gives them.
    case getIterator(Register, iterable: Register)
    /// As `getIterator` with the async hint (`for await`).
    case getAsyncIterator(Register, iterable: Register)
    /// Calls `next`; jumps to `done` when finished, else stores the value.
    case iteratorStep(Register, iterator: Register, done: Int32)
    /// Calls `next` without jumping: `r[dst]` value, `r[dst + 1]` done flag (destructuring).
    case iteratorStepValue(Register, iterator: Register)
    /// Checks an async iterator's `next` result (already awaited) in `r[result]`: jumps when done.
    case iteratorResultValue(Register, result: Register, done: Int32)
    /// Calls `next` of an async iterator; the result (a promise) goes to `r[dst]`, to be awaited.
    case asyncIteratorNext(Register, iterator: Register)
    /// ECMA-262 §7.4.8 IteratorClose on a normal/break exit.
    case iteratorClose(iterator: Register)
    /// IteratorClose during a throw: errors from `return` are ignored.
    case iteratorCloseQuietly(iterator: Register)
    /// A for-in key iterator over `object`.
    case forInStart(Register, object: Register)
    case forInNext(Register, iterator: Register, done: Int32)

    // Generators and async functions
    /// Suspends until `value` settles; resumes with its value in `r` or throws its reason.
    case await(Register, value: Register)
    /// Suspends a generator, giving `value`; resumes with the sent value in `r`.
    case yield(Register, value: Register)
    /// The point where a generator's body starts: the call returns the generator object here.
    case initialYield
    /// `yield*` step: resumes with the delegated result; `r` receives the inner result object.
    case yieldDelegate(Register, iterator: Register, received: Register)

    /// Throws `TypeError: Cannot destructure property 'a' of 'x' as it is undefined.` when `r` is
    /// nullish: `property` is the pattern's first key and `site` the value's source text (empty when
    /// unknown); `nested` patterns read as a property access (`Cannot read properties of undefined`).
    case requireObjectCoercible(Register, property: UInt32, site: UInt32, nested: Bool)
    /// Throws `TypeError` unless `r` is an object (iterator results, `super` return values).
    case requireObject(Register, message: UInt32)
    case nop
}

/// A region of instructions whose exceptions are caught (`catch`) or intercepted (`finally`).
public struct ExceptionHandler: Sendable {
    public var start: Int32
    public var end: Int32
    public var target: Int32
    /// Receives the thrown value.
    public var valueRegister: Register
    /// For `finally` regions: receives the completion kind (1 = throw, 2 = return).
    public var kindRegister: Register
    public var isFinally: Bool
    /// The scope depth (number of pushed block scopes in this frame) at the region's start.
    public var scopeDepth: UInt16
}

/// The variables of one heap scope, for debugging, errors and direct eval.
public final class ScopeLayout: @unchecked Sendable {
    public let names: [JSString]
    /// Per slot: the binding is `let`/`const`/`class` (reads check the temporal dead zone).
    public let isLexical: [Bool]
    public let isConstant: [Bool]
    /// A function's top scope (where eval-declared `var`s go).
    public let isFunctionScope: Bool
    /// Some slot is lexical (starts in the temporal dead zone, `.empty`).
    let hasLexical: Bool

    public init(names: [JSString], isLexical: [Bool], isConstant: [Bool], isFunctionScope: Bool) {
        self.names = names
        self.isLexical = isLexical
        self.isConstant = isConstant
        self.isFunctionScope = isFunctionScope
        self.hasLexical = isLexical.contains(true)
    }
}

/// A scope at run time: the captured variables of one function or block activation.
public final class Scope: HeapCell {
    public var slots: ContiguousArray<JSValue>
    public private(set) var parent: Scope?
    public let layout: ScopeLayout
    /// Variables declared by direct `eval` in this function scope, by atom.
    public var evalVariables: [ObjectIdentifier: (name: JSString, value: JSValue)]?

    init(layout: ScopeLayout, parent: Scope?, registry: HeapRegistry?) {
        self.layout = layout
        self.parent = parent
        // `init(repeating:count:)` is specialised here; the uninitialised-capacity initialiser runs the
        // standard library's generic code, which looks up the storage's metadata on every call.
        var values = ContiguousArray<JSValue>(repeating: .undefined, count: layout.names.count)
        if layout.hasLexical {
            let lexical = layout.isLexical
            for index in 0..<lexical.count where lexical[index] { values[index] = .empty }
        }
        slots = values
        super.init(registry: registry)
    }

    init(copying other: Scope) {
        slots = other.slots
        parent = other.parent
        layout = other.layout
        evalVariables = other.evalVariables
        super.init(registry: other.registry)
    }

    override func clearReferences() {
        slots = []
        parent = nil
        evalVariables = nil
    }
}
