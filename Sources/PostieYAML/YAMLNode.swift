/// Where a YAML node or problem stands in its document: 1-based line and column (in characters),
/// 0-based byte offset.
public struct YAMLLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `LINE:COLUMN`.
    public var description: String { "\(line):\(column)" }
}

/// Why a document is not YAML postie reads, and where.
public enum YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text breaks YAML's grammar (an unclosed quote, a bad indentation, a stray `:`…).
    case syntax(message: String, location: YAMLLocation)
    /// The document goes past one of the parser's limits: its size, its nesting depth, or how far its
    /// aliases expand.
    case limit(message: String, location: YAMLLocation)

    /// What is wrong, lower-case.
    public var message: String {
        switch self {
        case .syntax(let message, _), .limit(let message, _): return message
        }
    }

    /// Where it is wrong.
    public var location: YAMLLocation {
        switch self {
        case .syntax(_, let location), .limit(_, let location): return location
        }
    }

    /// `LINE:COLUMN: message`.
    public var description: String { "\(location): \(message)" }
}

/// How a scalar was written: the style decides how the core schema resolves it (only plain scalars
/// can be numbers, Booleans or null).
public enum YAMLScalarStyle: Sendable, Equatable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One node of a YAML document, aliases already replaced by the nodes they name.
public struct YAMLNode: Sendable, Equatable {
    public indirect enum Content: Sendable, Equatable {
        case scalar(String, YAMLScalarStyle)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// The tag as written (`!!str`, `!local`, `!<tag:yaml.org,2002:int>`), when the node has one.
    public var tag: String?
    /// Where the node starts (its properties included).
    public var location: YAMLLocation
    /// Nodes in this subtree (for the alias-expansion budget).
    var size: Int = 1
    /// Levels of nesting below and including this node (for the depth limit, aliases included).
    var height: Int = 1

    public init(content: Content, tag: String? = nil, location: YAMLLocation) {
        self.content = content
        self.tag = tag
        self.location = location
        switch content {
        case .scalar: break
        case .sequence(let items):
            size = items.reduce(1) { min($0 &+ $1.size, Int.max / 4) }
            height = 1 + (items.map(\.height).max() ?? 0)
        case .mapping(let pairs):
            size = pairs.reduce(1) { min($0 &+ $1.key.size &+ $1.value.size, Int.max / 4) }
            height = 1 + (pairs.map { max($0.key.height, $0.value.height) }.max() ?? 0)
        }
    }

    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        lhs.content == rhs.content && lhs.tag == rhs.tag && lhs.location == rhs.location
    }

    /// The mapping's value for the plain-text key `key`, when this is a mapping.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        // Keys are compared as written (a scalar's text), which is what a resolved key's text is too.
        return pairs.last { pair in
            if case .scalar(let text, _) = pair.key.content { return text == key }
            return false
        }?.value
    }

    /// The pairs, when this is a mapping.
    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The items, when this is a sequence.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The text of a scalar as written (after quoting and folding), when this is a scalar.
    public var scalarText: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// "a mapping", "a sequence", "text", "a number"…: for messages.
    public var kindName: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar:
            switch YAMLSchema.resolve(self) {
            case .null: return "nothing (null)"
            case .bool: return "a Boolean"
            case .number: return "a number"
            default: return "text"
            }
        }
    }

    /// The text a mapping key stands for: a scalar's resolved text, other nodes as compact JSON.
    public var keyText: String { YAMLSchema.keyText(of: self) }
}

/// A key and its value in a mapping.
public struct YAMLPair: Sendable, Equatable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
