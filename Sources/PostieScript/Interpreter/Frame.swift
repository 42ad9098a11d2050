/// The register file: one contiguous stack of values that every frame's registers are a window of.
final class RegisterStack {
    let base: UnsafeMutablePointer<JSValue>
    let capacity: Int
    /// Slots below this have been initialised (and are `.undefined` above the live frames).
    private(set) var initialized = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = UnsafeMutablePointer<JSValue>.allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: initialized)
        base.deallocate()
    }

    /// Makes slots up to `end` usable; false when the stack is full.
    @inline(__always)
    func reserve(upTo end: Int) -> Bool {
        if end <= initialized { return true }
        guard end <= capacity else { return false }
        (base + initialized).initialize(repeating: .undefined, count: end - initialized)
        initialized = end
        return true
    }

    /// Resets a frame's registers so they hold no references.
    @inline(__always)
    func clear(from start: Int, count: Int) {
        let pointer = base + start
        for index in 0..<count {
            switch pointer[index] {
            case .string, .symbol, .object:
                pointer[index] = .undefined
            case .undefined:
                break
            default:
                // Nothing to release: overwrite without the outlined destroy of the old value.
                (pointer + index).initialize(to: .undefined)
            }
        }
    }
}

/// How a frame's completion is delivered.
enum FrameCompletion {
    case normal
    /// A base-class or ordinary constructor: a non-object result gives `this`.
    case construct
    /// A derived class constructor (ECMA-262 §10.2.2 [[Construct]] step 10 onwards).
    case derivedConstruct
    /// An async function: its promise settles with the result.
    case asyncFunction(JSPromise)
    /// A generator: the result completes it.
    case generator(JSGenerator)
}

/// One activation of a JavaScript function.
struct Frame {
    /// Borrowed: whoever started the call keeps the function alive until the frame is popped (the
    /// caller's callee register, a native caller's argument, `SuspendedFrame.function` for a resumed
    /// generator or async function, `runGlobalCode`'s local), so a call and its return cost no
    /// reference counting for it.
    unowned(unsafe) var function: JSFunction
    /// Borrowed: `function`'s body owns it (direct eval, whose code is not the function's, keeps its
    /// code alive while the frame runs), so a call costs no reference counting for it.
    unowned(unsafe) var code: FunctionCode
    var pc: Int
    /// Index of `r0` in the register stack.
    var base: Int
    var scope: Scope?
    /// Block scopes pushed beyond the function's own.
    var scopeDepth: Int
    /// Every argument, for functions that use `arguments` or a rest parameter.
    var argumentList: [JSValue]?
    var newTarget: JSValue
    /// The caller's register (relative to its base) that receives the result; -1 for an entry frame.
    var returnRegister: Int
    /// Returning from this frame ends the current run loop.
    var isEntry: Bool
    var completion: FrameCompletion
}

/// A generator's or async function's activation while it waits.
final class SuspendedFrame: HeapCell {
    var frame: Frame?
    /// Keeps the frame's function alive (the frame borrows it) while suspended and, held by the
    /// resuming code, while it runs again.
    var function: JSFunction?
    var registers: ContiguousArray<JSValue>
    var storedResumeRegister = 0
    /// Suspended inside `yield*`: resuming re-runs the delegation step.
    var isDelegating = false

    init(frame: Frame, registers: ContiguousArray<JSValue>, registry: HeapRegistry?) {
        self.frame = frame
        function = frame.function
        self.registers = registers
        super.init(registry: registry)
    }

    override func clearReferences() {
        frame = nil
        function = nil
        registers = []
    }
}

/// A generator object (ECMA-262 §27.5).
public final class JSGenerator: JSObject {
    enum State { case suspendedStart, suspendedYield, executing, completed }
    var state = State.suspendedStart
    var suspended: SuspendedFrame?
    /// For `yield*`: how the delegating generator was resumed.
    var resumeMode = ResumeMode.next
    var resumeValue: JSValue = .undefined
    /// An async generator's requests (nil for a synchronous generator).
    var asyncRequests: AsyncGeneratorRequests?
    /// Set when an async generator's body suspends at `await`: the value the driver waits for.
    var pendingAwait: JSValue?

    init(_ rt: ScriptRuntime, prototype: JSObject?) {
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .generator)
    }

    override func clearReferences() {
        super.clearReferences()
        suspended = nil
        resumeValue = .undefined
        asyncRequests = nil
        pendingAwait = nil
    }
}

/// How a suspended generator or async function is resumed.
enum ResumeMode {
    case next, `throw`, `return`
}

/// A job for the job queue (ECMA-262 §9.5 Jobs).
enum PendingJob {
    /// A promise reaction with its argument (ECMA-262 §27.2.2.1 NewPromiseReactionJob).
    case reaction(PromiseReaction, JSValue)
    /// ECMA-262 §27.2.2.2 NewPromiseResolveThenableJob.
    case resolveThenable(JSPromise, thenable: JSObject, then: JSValue)
    /// `queueMicrotask(callback)`.
    case callback(JSValue)
    /// A job of the host's.
    case host(() throws(JSException) -> Void)
}

/// The call stack: frames in a fixed buffer, accessed in place (no copies, no exclusivity checks
/// of a Swift array in the interpreter's hot path).
final class FrameStack {
    private let storage: UnsafeMutablePointer<Frame>
    let capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        storage = UnsafeMutablePointer<Frame>.allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    @inline(__always) subscript(index: Int) -> Frame {
        unsafeAddress { UnsafePointer(storage + index) }
        unsafeMutableAddress { storage + index }
    }

    /// The topmost frame, if any.
    @inline(__always) var top: UnsafeMutablePointer<Frame>? { count > 0 ? storage + (count - 1) : nil }

    /// The first register index above the top frame's registers.
    @inline(__always) var registerTop: Int {
        guard count > 0 else { return 0 }
        let frame = storage + (count - 1)
        return frame.pointee.base + frame.pointee.code.registerCount
    }

    @inline(__always) func append(_ frame: consuming Frame) {
        precondition(count < capacity, "frame stack overflow")
        (storage + count).initialize(to: consume frame)
        count += 1
    }

    /// Removes the top frame, returning its register window (base, count).
    @inline(__always) func removeLast() -> (base: Int, registers: Int) {
        count -= 1
        let frame = storage + count
        let window = (frame.pointee.base, frame.pointee.code.registerCount)
        // Moved out and dropped here, the frame's references are released by specialised code
        // (`deinitialize` goes through the type's generic value witness).
        _ = frame.move()
        return window
    }

    func removeAll() {
        storage.deinitialize(count: count)
        count = 0
    }
}
