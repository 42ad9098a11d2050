/// A syntax error found while parsing a script, worded and placed as V8 reports it.
public struct ParseError: Error, Sendable, CustomStringConvertible {
    /// The message without the `SyntaxError: ` prefix, e.g. `Unexpected token '}'`.
    public var message: String
    /// The UTF-16 offset V8 would point at.
    public var offset: SourceOffset
    /// 1-based line of `offset`.
    public var line: Int
    /// 1-based column of `offset`, counted in UTF-16 code units.
    public var column: Int
    /// The script's name, as given to `SourceText`.
    public var sourceName: String

    /// `name:line:column: SyntaxError: message`.
    public var description: String {
        "\(sourceName):\(line):\(column): SyntaxError: \(message)"
    }

    /// An error with every field given.
    public init(message: String, offset: SourceOffset, line: Int, column: Int, sourceName: String) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
        self.sourceName = sourceName
    }

    /// An error located in `source`.
    public init(message: String, offset: SourceOffset, source: SourceText) {
        self.message = message
        self.offset = offset
        let location = source.location(of: offset)
        self.line = location.line
        self.column = location.column
        self.sourceName = source.name
    }

    /// An error not yet located; the parser fills in line, column and name before it escapes.
    init(message: String, offset: SourceOffset) {
        self.init(message: message, offset: offset, line: 0, column: 0, sourceName: "")
    }
}
