import Foundation
import Synchronization

/// Limits that end a script with a clear error instead of exhausting the process.
public struct ScriptLimits: Sendable {
    /// JavaScript call frames (V8 stops unbounded recursion at about 11,000 simple frames).
    public var maximumCallDepth = 10_000
    /// Total instructions' worth of loop iterations and calls; nil for no budget.
    public var stepBudget: Int?
    /// Wall-clock time from the start of `ScriptRuntime.beginRun`; nil for none.
    public var timeout: Duration?
    /// The longest string in code units (V8's limit is 2²⁹ − 24; this one keeps a string to 512 MiB).
    public var maximumStringLength = (1 << 28) - 16
    /// Live objects, scopes and frames a realm may hold (about 1 GB of objects).
    public var maximumLiveCells = 5_000_000
    /// Elements one array may hold.
    public var maximumArrayLength = 1 << 27

    public init() {}
}

/// One JavaScript engine instance: atoms, shapes, the register stack, the job queue and limits.
///
/// A runtime is used by one thread at a time and hosts any number of realms, one current at a time.
/// Compiled code belongs to the runtime that compiled it.
public final class ScriptRuntime {
    public let rootShape = Shape()
    private var atomTable: [StringContentKey: JSString] = [:]
    /// The keys of built-in names by their Swift text: every realm defines the same few hundred
    /// methods, so each name is turned into an interned key once per runtime, not once per realm.
    private var builtinKeys: [String: PropertyKey] = [:]
    /// A `let`, not an optional: reading `rt.names.x` through an optional copied the whole struct (all
    /// its keys retained and released) wherever the compiler could not project the field in place.
    public let names: CommonNames
    public let symbols = WellKnownSymbols()
    /// The global object's built-in properties by atom (see `GlobalBindings.ordered`).
    private(set) lazy var builtinGlobalIndex: [PropertyKey: Int] = ScriptRuntime.makeBuiltinGlobalIndex { [unowned self] in self.propertyKey($0) }
    /// The shape of a function object's own `length` and `name`.
    private(set) var functionShape: Shape!
    public var limits: ScriptLimits
    /// The realm of the running code.
    public internal(set) var realm: Realm!
    var registry: HeapRegistry?
    let stack: RegisterStack
    let frames: FrameStack
    /// Nested run loops (native → JavaScript → native …).
    var nativeDepth = 0
    var jobs: [PendingJob] = []
    var jobReadIndex = 0
    var timers = TimerQueue()
    /// Steps left until the next deadline/interrupt check.
    var stepsUntilCheck = ScriptRuntime.checkInterval
    var stepsTaken = 0
    var deadline: UInt64?
    /// Lets another thread stop the running script (Ctrl-C, a host's own deadline).
    public let interruptHandle = ScriptInterrupt()
    var singleUnitCache: [JSString?] = Array(repeating: nil, count: 256)
    var smallIntegerCache: [JSString?] = Array(repeating: nil, count: 1024)
    /// `JSON.parse`'s caches of recent property names and short strings, kept from one parse to the
    /// next (a script parses one answer, the next script an answer of the same form).
    var jsonParseCaches = JSONParseCaches()
    /// The time zone `Date` uses (from `TZ`).
    public let timeZone: LocalTimeZone
    /// Where `console` output goes.
    public var console: ConsoleSink = ConsoleSink()
    /// Scripts compiled by `eval` and `Function`, by source text (bounded).
    var evalCache: [StringContentKey: FunctionCode] = [:]
    /// The symbol registry of `Symbol.for`.
    var symbolRegistry: [StringContentKey: JSSymbol] = [:]
    /// How deep the native stack may go before JavaScript calls are refused (bytes left).
    let stackGuard: StackGuard
    /// Rejected promises nobody handled (yet).
    public internal(set) var unhandledRejections: [JSPromise] = []
    /// Errors thrown by jobs and timers that nothing caught.
    public internal(set) var uncaughtErrors: [JSValue] = []
    var cachedTypeofNames: [JSString]?
    /// A limit hit where an error could not be thrown (a growing array): reported at the next check.
    var pendingLimitMessage: String?
    /// Timers wait for their due time in real time (as Node and Postman do) instead of running at once
    /// on the virtual clock. Never longer than the script's timeout.
    public var timersWaitInRealTime = false
    var runStartedAt: UInt64 = 0
    /// On the virtual clock, the date the run's virtual time 0 stands for (taken at the first read):
    /// `Date.now()` is this plus the timers' virtual time, so a timer due 60 ms after the start reads
    /// 60 ms later, however long the machine really took. Deterministic, as fake timers are.
    var virtualDateOrigin: Double?

    static let checkInterval = 10_000

    public init(limits: ScriptLimits = ScriptLimits(), environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.limits = limits
        self.stack = RegisterStack(capacity: 1 << 21)
        self.frames = FrameStack(capacity: max(limits.maximumCallDepth, 16) + 64)
        self.timeZone = LocalTimeZone.current(environment: environment)
        self.stackGuard = StackGuard()
        // The names are interned before `self` is complete, into the table the runtime then keeps.
        var atoms: [StringContentKey: JSString] = [:]
        names = CommonNames { text in ScriptRuntime.propertyKey(JSString(text), atoms: &atoms) }
        atomTable = atoms
        functionShape = rootShape.adding(names.length, flags: [.configurable]).adding(names.name, flags: [.configurable])
    }

    deinit {
        frames.removeAll()
    }

    // MARK: Atoms

    /// The unique copy of `string` used for property names.
    public func intern(_ string: JSString) -> JSString {
        if string.isAtom { return string }
        if let atom = string.atom { return atom }
        let key = StringContentKey(string: string)
        if let existing = atomTable[key] {
            string.atom = existing
            return existing
        }
        string.isAtom = true
        atomTable[key] = string
        return string
    }

    public func intern(_ text: String) -> JSString { intern(JSString(text)) }

    /// The property key for a string (array indices become `.index`).
    @inline(__always)
    public func propertyKey(_ string: JSString) -> PropertyKey {
        if let index = string.arrayIndex { return .index(index) }
        return .string(intern(string))
    }

    /// `propertyKey` into a table of atoms of its own (for the runtime's common names, made in `init`).
    private static func propertyKey(_ string: JSString, atoms: inout [StringContentKey: JSString]) -> PropertyKey {
        if let index = string.arrayIndex { return .index(index) }
        let key = StringContentKey(string: string)
        if let existing = atoms[key] { return .string(existing) }
        string.isAtom = true
        atoms[key] = string
        return .string(string)
    }

    public func propertyKey(_ text: String) -> PropertyKey { propertyKey(JSString(text)) }

    /// The property key for a built-in's name (a fixed set of names), kept for the runtime's life.
    func builtinKey(_ name: String) -> PropertyKey {
        if let known = builtinKeys[name] { return known }
        let made = propertyKey(name)
        builtinKeys[name] = made
        return made
    }

    /// A built-in function's `name` string, shared by the runtime's realms (strings are immutable).
    func builtinName(_ name: String) -> JSString {
        builtinKey(name).atom ?? JSString(name)
    }

    /// A one-unit string, cached for Latin-1.
    public func singleUnitString(_ unit: UInt16) -> JSString {
        if unit < 256 {
            if let cached = singleUnitCache[Int(unit)] { return cached }
            let made = JSString(units: [unit])
            singleUnitCache[Int(unit)] = made
            return made
        }
        return JSString(units: [unit])
    }

    /// The string of a non-negative integer, cached for small ones.
    public func integerString(_ value: Int) -> JSString {
        if value >= 0 && value < 1024 {
            if let cached = smallIntegerCache[value] { return cached }
            let made = JSString(String(value))
            smallIntegerCache[value] = made
            return made
        }
        return JSString(String(value))
    }

    // MARK: Realms

    /// A new realm with its own global object and built-ins (cheap: built-ins are made on first use).
    public func makeRealm() -> Realm {
        let realm = Realm(runtime: self)
        return realm
    }

    /// Makes `realm` current (objects created from now on belong to it).
    public func enter(_ realm: Realm) {
        self.realm = realm
        self.registry = realm.registry
    }

    /// Requests that the running script stop at the next check.
    public func interrupt() {
        interruptHandle.interrupt()
    }

    /// Starts the limits' clock for a run.
    public func beginRun() {
        runStartedAt = monotonicNanoseconds()
        virtualDateOrigin = nil
        stepsTaken = 0
        stepsUntilCheck = ScriptRuntime.checkInterval
        interruptHandle.reset()
        if let timeout = limits.timeout {
            let nanoseconds = UInt64(max(0, timeout.components.seconds)) &* 1_000_000_000 &+ UInt64(max(0, timeout.components.attoseconds / 1_000_000_000))
            deadline = monotonicNanoseconds() &+ nanoseconds
        } else {
            deadline = nil
        }
    }
}

/// A way to stop a running script from any thread: the interpreter checks it every few thousand steps.
public final class ScriptInterrupt: Sendable {
    private let requested = Atomic<Bool>(false)

    public init() {}

    /// Ends the running script at its next check with "Script execution was interrupted".
    public func interrupt() { requested.store(true, ordering: .relaxed) }

    var isRequested: Bool { requested.load(ordering: .relaxed) }
    func reset() { requested.store(false, ordering: .relaxed) }
}

/// Monotonic clock in nanoseconds.
@inline(__always) func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
}

/// Keeps native recursion (the interpreter re-entered from built-ins, the parser) off the end of the
/// thread's stack: JavaScript gets a RangeError long before the process would crash.
struct StackGuard {
    /// The lowest address the running code may use, with a safety margin.
    let limit: UInt

    init() {
        var attributes = pthread_attr_t()
        var low: UInt = 0
        // pthread_getattr_np is a GNU extension Glibc's module does not export: look it up.
        typealias GetAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np"),
            unsafeBitCast(symbol, to: GetAttributes.self)(pthread_self(), &attributes) == 0
        {
            var address: UnsafeMutableRawPointer?
            var size = 0
            if pthread_attr_getstack(&attributes, &address, &size) == 0, let address {
                let base = UInt(bitPattern: address)
                // Keep 256 KiB (or an eighth of a small stack) in reserve.
                let margin = min(UInt(256 << 10), UInt(size) / 8)
                low = base + margin
            }
            pthread_attr_destroy(&attributes)
        }
        limit = low
    }

    /// Whether the current stack pointer is still above the limit.
    @inline(__always) func hasRoom() -> Bool {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) > limit }
    }
}

/// Where `console` output goes: structured entries for the host, or standard output.
public struct ConsoleSink {
    public enum Level: String, Sendable { case log, info, warn, error, debug }
    public var write: (Level, String) -> Void

    public init(write: @escaping (Level, String) -> Void = { level, text in
        if level == .error || level == .warn {
            FileHandle.standardError.write((text + "\n").data(using: .utf8) ?? Data())
        } else {
            print(text)
        }
    }) {
        self.write = write
    }
}
