/// The arguments of a call to a native function: a view of the caller's registers or of an array,
/// valid for the duration of the call. Missing arguments read as `undefined`.
public struct Arguments: @unchecked Sendable {
    @usableFromInline let base: UnsafePointer<JSValue>?
    public let count: Int

    @inlinable public init(base: UnsafePointer<JSValue>?, count: Int) {
        self.base = base
        self.count = count
    }

    public static let none = Arguments(base: nil, count: 0)

    @inlinable public subscript(index: Int) -> JSValue {
        guard index < count, let base else { return .undefined }
        return base[index]
    }

    /// The arguments from `index` on, copied.
    public func suffix(from index: Int) -> [JSValue] {
        guard index < count, let base else { return [] }
        return Array(UnsafeBufferPointer(start: base + index, count: count - index))
    }

    /// All arguments, copied.
    public var array: [JSValue] { suffix(from: 0) }

    /// Whether an argument was passed at `index` (even `undefined`).
    @inlinable public func has(_ index: Int) -> Bool { index < count }
}

/// What a native function receives: the runtime, `this`, the arguments, and for `new` the new target.
public typealias NativeFunction = (_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue

/// A native constructor: called for `new F(…)`, with the constructor `new` was applied to.
public typealias NativeConstructor = (_ rt: ScriptRuntime, _ arguments: Arguments, _ newTarget: JSObject) throws(JSException) -> JSValue

/// A thrown JavaScript value travelling through Swift code.
public struct JSException: Error, @unchecked Sendable {
    public let value: JSValue
    /// The script must end (deadline, step budget, interrupt): `catch` and `finally` do not run.
    public let isTermination: Bool

    public init(_ value: JSValue) {
        self.value = value
        self.isTermination = false
    }

    public init(terminating value: JSValue) {
        self.value = value
        self.isTermination = true
    }
}
