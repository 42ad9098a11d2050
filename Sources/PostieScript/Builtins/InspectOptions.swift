/// How `ValueInspector` lays entries out (Node's `compact` option).
public enum InspectCompactMode: Sendable, Equatable {
    /// `compact: false`: every entry on its own line.
    case never
    /// `compact: true`: entries fill lines up to `breakLength`, braces stay on the first and last line.
    case always
    /// `compact: n` (Node's default is 3): the innermost `n` levels are joined onto one line when they fit.
    case innermost(Int)
}

/// Whether `ValueInspector` calls getters to show their values (Node's `getters` option).
public enum InspectGetterMode: Sendable, Equatable {
    /// `[Getter]`, `[Setter]`, `[Getter/Setter]` only.
    case off
    /// `getters: true`: call every getter.
    case all
    /// `getters: 'get'`: call getters that have no setter.
    case getOnly
    /// `getters: 'set'`: call getters that have a setter.
    case setOnly
}

/// Options of `ValueInspector`, with the defaults of Node 20's `util.inspect` and `console.log`.
public struct InspectOptions: Sendable, Equatable {
    /// Levels of nesting shown before `[Object]` / `[Array]` (nil: no limit; Node's `depth`).
    public var depth: Int? = 2
    /// Also show non-enumerable properties (as `[key]`) and prototype accessors (Node's `showHidden`).
    public var showHidden = false
    /// Line layout (Node's `compact`).
    public var compact = InspectCompactMode.innermost(3)
    /// The line width entries are joined up to (Node's `breakLength`; `Int.max` for Infinity).
    public var breakLength = 80
    /// Array, Set and Map entries shown before `... n more items` (Node's `maxArrayLength`).
    public var maxArrayLength = 100
    /// String code units shown before `... n more characters` (Node's `maxStringLength`).
    public var maxStringLength = 10_000
    /// Sort object keys and Map/Set entries (Node's `sorted: true`).
    public var sorted = false
    /// Call getters (Node's `getters`).
    public var getters = InspectGetterMode.off
    /// Call `[Symbol.for('nodejs.util.inspect.custom')]` methods (Node's `customInspect`).
    public var customInspect = true

    /// Node 20's defaults.
    public init() {}
}

extension InspectOptions {
    /// Options read from a script's options object (`console.dir(x, { depth: 0 })`) over `base`;
    /// unknown keys are ignored.
    public init(_ rt: ScriptRuntime, reading value: JSValue, base: InspectOptions = InspectOptions()) throws(JSException) {
        self = base
        guard case .object(let object) = value else { return }
        func read(_ name: String) throws(JSException) -> JSValue? {
            let key = rt.propertyKey(name)
            guard object.hasProperty(key, rt) else { return nil }
            let found = try object.get(key, rt)
            return found.isUndefined ? nil : found
        }
        if let depth = try read("depth") {
            if depth.isNull {
                self.depth = nil
            } else {
                let number = try rt.toNumber(depth)
                // `recurseTimes > depth` is never true for NaN or Infinity: no limit.
                self.depth = number.isNaN || number >= Double(Int32.max) ? nil : max(-1, Int(number.rounded(.down)))
            }
        }
        if let showHidden = try read("showHidden") { self.showHidden = showHidden.toBoolean }
        if let compact = try read("compact") {
            if case .bool(let flag) = compact {
                self.compact = flag ? .always : .never
            } else if case .number(let number) = compact {
                self.compact = .innermost(number.isNaN ? 0 : Int(max(0, min(number, 1000)).rounded(.down)))
            }
        }
        if let breakLength = try read("breakLength") {
            self.breakLength = InspectOptions.clampedCount(try rt.toNumber(breakLength), fallback: base.breakLength)
        }
        if let maxArrayLength = try read("maxArrayLength") {
            self.maxArrayLength = maxArrayLength.isNull ? Int.max : InspectOptions.clampedCount(try rt.toNumber(maxArrayLength), fallback: 0)
        }
        if let maxStringLength = try read("maxStringLength") {
            self.maxStringLength = maxStringLength.isNull ? Int.max : InspectOptions.clampedCount(try rt.toNumber(maxStringLength), fallback: 0)
        }
        if let sorted = try read("sorted") { self.sorted = sorted.toBoolean }
        if let getters = try read("getters") {
            if case .string(let mode) = getters {
                switch mode.string {
                case "get": self.getters = .getOnly
                case "set": self.getters = .setOnly
                default: self.getters = .all
                }
            } else {
                self.getters = getters.toBoolean ? .all : .off
            }
        }
        if let customInspect = try read("customInspect") { self.customInspect = customInspect.toBoolean }
    }

    /// A non-negative count from a script number (Infinity: `Int.max`).
    private static func clampedCount(_ number: Double, fallback: Int) -> Int {
        if number.isNaN { return fallback }
        if number >= Double(Int.max / 4) { return Int.max }
        return max(0, Int(number.rounded(.down)))
    }
}
