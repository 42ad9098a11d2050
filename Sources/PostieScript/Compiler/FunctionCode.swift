/// What the interpreter needs to know about a function's kind.
public struct FunctionFlags: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let strict = FunctionFlags(rawValue: 1 << 0)
    public static let arrow = FunctionFlags(rawValue: 1 << 1)
    public static let async = FunctionFlags(rawValue: 1 << 2)
    public static let generator = FunctionFlags(rawValue: 1 << 3)
    /// Callable with `new` (ordinary functions and classes).
    public static let constructor = FunctionFlags(rawValue: 1 << 4)
    public static let classConstructor = FunctionFlags(rawValue: 1 << 5)
    public static let derivedConstructor = FunctionFlags(rawValue: 1 << 6)
    /// Methods, getters, setters: no `prototype`.
    public static let method = FunctionFlags(rawValue: 1 << 7)
    /// The code of a script or eval (run with the caller's scope, not as a function object).
    public static let script = FunctionFlags(rawValue: 1 << 8)
    /// Reads `this` (sloppy functions that never do skip boxing the receiver).
    public static let usesThis = FunctionFlags(rawValue: 1 << 9)
    /// A class field initializer.
    public static let fieldInitializer = FunctionFlags(rawValue: 1 << 10)
    public static let getter = FunctionFlags(rawValue: 1 << 11)
    public static let setter = FunctionFlags(rawValue: 1 << 12)
    /// Uses `arguments` or a rest parameter: the frame keeps every argument.
    public static let keepsArguments = FunctionFlags(rawValue: 1 << 13)

    /// Functions a call runs in the caller's loop: not class constructors, generators or async functions.
    @inline(__always) var isPlainCallable: Bool {
        rawValue & (FunctionFlags.classConstructor.rawValue | FunctionFlags.generator.rawValue | FunctionFlags.async.rawValue) == 0
    }
}

/// An inline cache for one property access site (ECMA-262 property lookup, memoised by shape).
public struct PropertyCache {
    /// The property name at this site.
    public let key: PropertyKey
    /// The receiver's shape when the cache was filled.
    var shape: Shape?
    /// 0: own property; 1: on the prototype; 2: on the prototype's prototype.
    var depth: UInt8 = 0
    var slot: Int32 = 0
    var prototypeShape: Shape?
    var grandPrototypeShape: Shape?
    /// For an adding store: the shape after the property is added.
    var transitionShape: Shape?
    var isAccessor = false
    /// Loads only: up to three more receiver shapes seen here that hold the key as an own data property,
    /// with its slot (a site that sees several shapes keeps hitting; shared shapes never change).
    var ownDataShapes: (Shape?, Shape?, Shape?) = (nil, nil, nil)
    var ownDataSlots: (Int32, Int32, Int32) = (0, 0, 0)

    init(key: PropertyKey) {
        self.key = key
    }
}

/// A constant a function's code loads.
public enum CodeConstant {
    case number(Double)
    case string(JSString)
}

/// A regular expression literal, compiled once with the code.
public struct RegExpLiteral {
    public let program: RegExpProgram
    public let source: JSString
    public let flags: JSString
}

/// A tagged template site's strings.
public struct TemplateSite {
    public let cooked: [JSValue]
    public let raw: [JSString]
}

/// A compiled function: bytecode plus everything its instructions refer to. Realm-independent, so a
/// script compiled once runs in every realm; the inline caches are the only mutable part.
public final class FunctionCode: @unchecked Sendable {
    public let name: JSString
    public let flags: FunctionFlags
    public var instructions: ContiguousArray<Instruction>
    /// The instructions, for the interpreter (a stable copy).
    let instructionPointer: UnsafeMutablePointer<Instruction>
    /// Call sites' callee text, for "x is not a function" (by instruction index).
    public var callSites: [Int32: String] = [:]
    /// Sloppy functions with simple parameters: per parameter position, the heap slot of the
    /// parameter a mapped `arguments` object aliases (`UInt16.max` for none).
    public var mappedArgumentSlots: [UInt16]?
    public var constants: ContiguousArray<JSValue>
    public var atoms: ContiguousArray<JSString>
    public var functions: ContiguousArray<FunctionCode>
    public var scopeLayouts: ContiguousArray<ScopeLayout>
    public var regExps: ContiguousArray<RegExpLiteral>
    public var templates: ContiguousArray<TemplateSite>
    public var handlers: ContiguousArray<ExceptionHandler>
    /// Sorted by instruction index: the source offset of the instructions from there on.
    public var positions: ContiguousArray<(pc: Int32, offset: SourceOffset)>
    /// The inline caches (allocated once; `cacheCount` entries).
    public let caches: UnsafeMutablePointer<PropertyCache>
    public let cacheCount: Int
    /// Registers a frame needs (including `this` and the parameters).
    public let registerCount: Int
    /// Parameter registers r1…rN.
    public let parameterCount: Int
    /// `length`.
    public let expectedArgumentCount: Int
    public let source: SourceText
    public let start: SourceOffset
    public let end: SourceOffset
    /// Whether the function's top scope is a heap scope created by its prologue (so the closure's
    /// own scope is the parent of it).
    public let hasFunctionScope: Bool
    /// A closure's own slots when made (`length`, `name`): shared, copied on a closure's first write.
    let closureSlots: ContiguousArray<JSValue>

    init(
        name: JSString, flags: FunctionFlags, instructions: ContiguousArray<Instruction>,
        constants: ContiguousArray<JSValue>, atoms: ContiguousArray<JSString>, functions: ContiguousArray<FunctionCode>,
        scopeLayouts: ContiguousArray<ScopeLayout>, regExps: ContiguousArray<RegExpLiteral>,
        templates: ContiguousArray<TemplateSite>, handlers: ContiguousArray<ExceptionHandler>,
        positions: ContiguousArray<(pc: Int32, offset: SourceOffset)>, caches: [PropertyCache], registerCount: Int,
        parameterCount: Int, expectedArgumentCount: Int, source: SourceText, start: SourceOffset, end: SourceOffset,
        hasFunctionScope: Bool
    ) {
        self.name = name
        self.flags = flags
        self.instructions = instructions
        self.instructionPointer = UnsafeMutablePointer<Instruction>.allocate(capacity: max(instructions.count, 1))
        self.instructionPointer.initialize(from: Array(instructions), count: instructions.count)
        self.constants = constants
        self.atoms = atoms
        self.functions = functions
        self.scopeLayouts = scopeLayouts
        self.regExps = regExps
        self.templates = templates
        self.handlers = handlers
        self.positions = positions
        self.cacheCount = caches.count
        self.caches = UnsafeMutablePointer<PropertyCache>.allocate(capacity: max(caches.count, 1))
        self.caches.initialize(from: caches, count: caches.count)
        self.registerCount = registerCount
        self.parameterCount = parameterCount
        self.expectedArgumentCount = expectedArgumentCount
        self.source = source
        self.start = start
        self.end = end
        self.hasFunctionScope = hasFunctionScope
        self.closureSlots = [.number(Double(expectedArgumentCount)), .string(name)]
    }

    deinit {
        caches.deinitialize(count: cacheCount)
        caches.deallocate()
        instructionPointer.deinitialize(count: instructions.count)
        instructionPointer.deallocate()
    }

    /// The source offset of instruction `pc`.
    public func sourceOffset(at pc: Int) -> SourceOffset? {
        var low = 0
        var high = positions.count - 1
        var found: SourceOffset?
        while low <= high {
            let middle = (low + high) / 2
            if Int(positions[middle].pc) <= pc {
                found = positions[middle].offset
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }

    /// The function's source text (`Function.prototype.toString`).
    public var sourceText: [UInt16] { source.slice(from: start, to: end) }
}
