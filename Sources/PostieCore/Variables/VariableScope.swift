import PostieJSON

/// Where a variable's value comes from. Cases are listed from the highest precedence to the lowest,
/// Postman's order: values set during the run, iteration data, environment, collection, globals.
public enum VariableScopeKind: String, Sendable, CaseIterable, Comparable {
    case run
    case iterationData = "iteration data"
    case environment
    case collection
    case globals

    public static func < (lhs: VariableScopeKind, rhs: VariableScopeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A variable's value and whether it must be kept out of output.
public struct VariableValue: Sendable, Equatable {
    /// The text `{{name}}` resolves to.
    public var value: String
    public var isSecret: Bool
    /// The value as a script set it when it is not a string (`pm.environment.set("n", 5)`): scripts get it
    /// back with its type; `value` holds its text.
    public var typed: JSONValue?

    public init(_ value: String, isSecret: Bool = false, typed: JSONValue? = nil) {
        self.value = value
        self.isSecret = isSecret
        self.typed = typed
    }
}

/// The variables of one scope, in the order they were first set.
public struct VariableScope: Sendable, Equatable {
    public let kind: VariableScopeKind
    public private(set) var keys: [String] = []
    private var storage: [String: VariableValue] = [:]

    public init(_ kind: VariableScopeKind) { self.kind = kind }

    public init(_ kind: VariableScopeKind, values: [(String, VariableValue)]) {
        self.kind = kind
        for (key, value) in values { set(key, value) }
    }

    public subscript(key: String) -> VariableValue? { storage[key] }

    /// Sets `key`; a later value for the same key replaces the earlier one (last wins, as in Postman).
    public mutating func set(_ key: String, _ value: VariableValue) {
        if storage[key] == nil { keys.append(key) }
        storage[key] = value
    }

    public mutating func set(_ key: String, _ value: String, isSecret: Bool = false) {
        set(key, VariableValue(value, isSecret: isSecret))
    }

    public mutating func remove(_ key: String) {
        storage[key] = nil
        keys.removeAll { $0 == key }
    }

    public var isEmpty: Bool { keys.isEmpty }

    /// The entries in first-set order.
    public var entries: [(key: String, value: VariableValue)] { keys.map { ($0, storage[$0]!) } }
}

/// Every scope a request's text can draw on, looked up in precedence order.
public struct VariableContext: Sendable, Equatable {
    public var run = VariableScope(.run)
    public var iterationData = VariableScope(.iterationData)
    public var environment = VariableScope(.environment)
    public var collection = VariableScope(.collection)
    public var globals = VariableScope(.globals)
    /// Names that count as undefined whatever the scopes hold: in a flow, the variables whose capture
    /// failed in this iteration (so a collection's placeholder value is not sent in their place).
    public var unset: Set<String> = []

    public init() {}

    /// The scopes from the highest precedence to the lowest.
    public var scopes: [VariableScope] { [run, iterationData, environment, collection, globals] }

    /// The value of `name` from the highest scope that defines it.
    public func lookup(_ name: String) -> VariableValue? {
        // Most scopes are empty in most runs: those are passed over without hashing the name.
        if !unset.isEmpty, unset.contains(name) { return nil }
        if !run.isEmpty, let value = run[name] { return value }
        if !iterationData.isEmpty, let value = iterationData[name] { return value }
        if !environment.isEmpty, let value = environment[name] { return value }
        if !collection.isEmpty, let value = collection[name] { return value }
        return globals.isEmpty ? nil : globals[name]
    }

    /// The value of `name` and the scope it came from.
    public func lookupWithScope(_ name: String) -> (VariableValue, VariableScopeKind)? {
        if unset.contains(name) { return nil }
        for scope in scopes { if let value = scope[name] { return (value, scope.kind) } }
        return nil
    }

    /// Every secret value in any scope, for redaction.
    public var secretValues: [String] {
        scopes.flatMap { $0.entries.filter { $0.value.isSecret }.map(\.value.value) }
    }
}
