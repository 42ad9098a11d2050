import PostieJSON

/// Why a flow file cannot be used. Descriptions are `FILE:LINE:COLUMN: message`, lower-case and actionable.
public enum FlowError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The flow file could not be read from disk.
    case unreadable(file: String, reason: String)
    /// The flow file is not JSON; the error says where.
    case syntax(file: String, error: JSONParseError)
    /// The flow file is JSON but not a valid flow: an unknown or missing key, a value of the wrong type,
    /// a bad duration, JSONPath, operator, operand or regex. `location` is nil only when the place
    /// could not be found again in the file.
    case invalid(file: String, location: JSONSourceLocation?, problem: DefinitionProblem)
    /// Several of the above, in the order they appear in the file.
    case several([FlowError])

    /// Every single error, `several` flattened.
    public var errors: [FlowError] {
        if case .several(let errors) = self { return errors.flatMap(\.errors) }
        return [self]
    }

    /// Where the (first) error is, when known.
    public var location: JSONSourceLocation? {
        switch self {
        case .unreadable: return nil
        case .syntax(_, let error): return error.location
        case .invalid(_, let location, _): return location
        case .several(let errors): return errors.first?.location
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read the flow file: \(reason)"
        case .syntax(let file, let error):
            return "\(file):\(error.location): \(error.message) (the flow file is not valid JSON)"
        case .invalid(let file, let location, let problem):
            return location.map { "\(file):\($0): \(problem)" } ?? "\(file): \(problem)"
        case .several(let errors):
            return errors.map(\.description).joined(separator: "\n")
        }
    }
}
