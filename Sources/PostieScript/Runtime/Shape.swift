/// The layout of an object's named properties: which key lives in which slot, with which attributes.
///
/// Objects that gain the same keys in the same order share one shape (a "hidden class"), reached by
/// transitions from the runtime's root shape; the interpreter's inline caches compare shapes by
/// identity. An object that changes one property's attributes moves to a shared shape too (while it
/// has at most `Shape.maximumFlagChangeCount` properties: a lazily defined member redefined on first
/// read keeps its object cacheable). An object that deletes a property, changes attributes of a larger
/// object or grows past `Shape.maximumSharedCount` properties gets a dictionary shape of its own,
/// changed in place and never cached.
public final class Shape {
    public private(set) var keys: ContiguousArray<PropertyKey>
    public private(set) var flags: ContiguousArray<PropertyFlags>
    /// The shape is owned by one object and mutated in place.
    public let isDictionary: Bool
    private var table: [PropertyKey: Int]?
    private var transitionKey: PropertyKey?
    private var transitionFlags = PropertyFlags.none
    private var transitionTarget: Shape?
    private var moreTransitions: [Transition: Shape]?
    private var flagChanges: [FlagChange: Shape]?

    /// Objects with more named properties than this use dictionary shapes.
    static let maximumSharedCount = 96
    /// Objects with more named properties than this change attributes in a dictionary shape (each
    /// change of a shared shape copies its keys).
    static let maximumFlagChangeCount = 32
    private static let linearSearchLimit = 8

    private struct Transition: Hashable {
        let key: PropertyKey
        let flags: UInt8
    }

    private struct FlagChange: Hashable {
        let slot: Int
        let flags: UInt8
    }

    /// The empty root shape (each runtime has one).
    init() {
        keys = []
        flags = []
        isDictionary = false
    }

    private init(keys: ContiguousArray<PropertyKey>, flags: ContiguousArray<PropertyFlags>, isDictionary: Bool) {
        self.keys = keys
        self.flags = flags
        self.isDictionary = isDictionary
        if keys.count > Shape.linearSearchLimit { buildTable() }
    }

    @inline(__always) public var count: Int { keys.count }

    /// The slot of `key`, if the shape has it.
    @inline(__always)
    public func slot(of key: PropertyKey) -> Int? {
        if let table { return table[key] }
        var index = 0
        let count = keys.count
        while index < count {
            if keys[index] == key { return index }
            index += 1
        }
        return nil
    }

    private func buildTable() {
        var built = [PropertyKey: Int](minimumCapacity: keys.count)
        for (index, key) in keys.enumerated() { built[key] = index }
        table = built
    }

    /// The shape with `key` added in the next slot (shared through a transition unless dictionary).
    func adding(_ key: PropertyKey, flags newFlags: PropertyFlags) -> Shape {
        precondition(!isDictionary)
        if let transitionKey, transitionKey == key, transitionFlags == newFlags, let transitionTarget {
            return transitionTarget
        }
        let transition = Transition(key: key, flags: newFlags.rawValue)
        if let found = moreTransitions?[transition] { return found }
        var newKeys = keys
        newKeys.append(key)
        var newFlagList = flags
        newFlagList.append(newFlags)
        let shape = Shape(keys: newKeys, flags: newFlagList, isDictionary: keys.count + 1 > Shape.maximumSharedCount)
        if shape.isDictionary { return shape }
        if transitionTarget == nil {
            transitionKey = key
            transitionFlags = newFlags
            transitionTarget = shape
        } else {
            if moreTransitions == nil { moreTransitions = [:] }
            moreTransitions?[transition] = shape
        }
        return shape
    }

    /// The shared shape with the same keys and `newFlags` at `slot`, or nil when the object should
    /// change attributes in a dictionary shape instead.
    func changingFlags(at slot: Int, to newFlags: PropertyFlags) -> Shape? {
        precondition(!isDictionary)
        guard keys.count <= Shape.maximumFlagChangeCount else { return nil }
        let change = FlagChange(slot: slot, flags: newFlags.rawValue)
        if let found = flagChanges?[change] { return found }
        var newFlagList = flags
        newFlagList[slot] = newFlags
        let shape = Shape(keys: keys, flags: newFlagList, isDictionary: false)
        if flagChanges == nil { flagChanges = [:] }
        flagChanges?[change] = shape
        return shape
    }

    /// A private dictionary copy of this shape, for an object about to change it in place.
    func dictionaryCopy() -> Shape {
        Shape(keys: keys, flags: flags, isDictionary: true)
    }

    // MARK: Dictionary-mode mutation (only on shapes owned by one object)

    func appendInPlace(_ key: PropertyKey, flags newFlags: PropertyFlags) {
        precondition(isDictionary)
        keys.append(key)
        flags.append(newFlags)
        if table != nil { table?[key] = keys.count - 1 } else if keys.count > Shape.linearSearchLimit { buildTable() }
    }

    func setFlagsInPlace(_ newFlags: PropertyFlags, at slot: Int) {
        precondition(isDictionary)
        flags[slot] = newFlags
    }

    func removeInPlace(at slot: Int) {
        precondition(isDictionary)
        keys.remove(at: slot)
        flags.remove(at: slot)
        if keys.count > Shape.linearSearchLimit { buildTable() } else { table = nil }
    }
}
