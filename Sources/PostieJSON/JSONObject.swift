/// A JSON object whose members keep document order.
///
/// A key written twice keeps its first position and its last value, as `JSON.parse` does.
public struct JSONObject: Sendable, Equatable, Hashable {
    /// The members in document order.
    public private(set) var members: [(key: String, value: JSONValue)]
    /// Each key's position in `members`, kept only once the object has more than `linearLookupLimit`
    /// members (empty before): most objects are small, and comparing a few keys costs less than hashing one.
    private var positions: [String: Int]

    /// The most members an object looks up by comparing keys in turn.
    static let linearLookupLimit = 8

    /// An empty object.
    public init() {
        members = []
        positions = [:]
    }

    /// An object with these members, in this order.
    public init(_ members: [(key: String, value: JSONValue)]) {
        self.init()
        for member in members { self[member.key] = member.value }
    }

    /// An object of `members`, whose keys are all different, and `positions` as the members' positions
    /// when there are more than `linearLookupLimit` of them (else empty): what the parser has made.
    init(uniqueMembers members: [(key: String, value: JSONValue)], positions: [String: Int]) {
        self.members = members
        self.positions = positions
    }

    /// The keys in document order.
    public var keys: [String] { members.map(\.key) }

    /// The number of members.
    public var count: Int { members.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// Where the member named `key` stands in `members`.
    private func position(of key: String) -> Int? {
        if !positions.isEmpty { return positions[key] }
        return members.firstIndex { $0.key == key }
    }

    /// The value of `key`; setting nil removes the member, setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let position = position(of: key) else { return nil }
            return members[position].value
        }
        set {
            if let position = position(of: key) {
                if let newValue {
                    members[position].value = newValue
                } else {
                    members.remove(at: position)
                    if !positions.isEmpty {
                        positions[key] = nil
                        for index in position..<members.count { positions[members[index].key] = index }
                    }
                }
            } else if let newValue {
                if !positions.isEmpty {
                    positions[key] = members.count
                } else if members.count >= Self.linearLookupLimit {
                    positions.reserveCapacity(members.count + 1)
                    for (index, member) in members.enumerated() { positions[member.key] = index }
                    positions[key] = members.count
                }
                members.append((key: key, value: newValue))
            }
        }
    }

    /// Whether a member named `key` exists (its value may be `null`).
    public func contains(_ key: String) -> Bool { position(of: key) != nil }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        for (key, value) in lhs.members where rhs[key] != value { return false }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent, to agree with `==`.
        var combined = 0
        for (key, value) in members {
            var memberHasher = Hasher()
            memberHasher.combine(key)
            memberHasher.combine(value)
            combined ^= memberHasher.finalize()
        }
        hasher.combine(members.count)
        hasher.combine(combined)
    }
}
