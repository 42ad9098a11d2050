/// Parses PostieScript source text into a `ScriptNode` (ECMA-262 §16.1 Scripts, sloppy mode unless
/// a `"use strict"` directive says otherwise).
public enum Parser {
    /// Parses `source` as a script body for `goal`, throwing the first syntax error V8 would report.
    public static func parse(_ source: SourceText, goal: ScriptGoal) throws(ParseError) -> ScriptNode {
        try parse(source, goal: goal, limits: ParseLimits())
    }

    /// Parses `source` with explicit nesting limits. For the source `Function(…)` builds,
    /// `dynamicParametersEnd` is where its first function's parameter text must end (the `)`).
    public static func parse(
        _ source: SourceText, goal: ScriptGoal, limits: ParseLimits, dynamicParametersEnd: Int32? = nil
    ) throws(ParseError) -> ScriptNode {
        let result: Result<ScriptNode, ParseError> = source.units.withUnsafeBufferPointer { buffer in
            var parser = ScriptParser(source: source, text: buffer, goal: goal, limits: limits)
            parser.dynamicParametersEnd = dynamicParametersEnd
            do throws(ParseError) {
                let script = try parser.parseScript()
                if dynamicParametersEnd != nil, !isSingleFunctionLiteral(script) {
                    // A body that closes the function early (`}), (function(){`) is refused.
                    throw parser.error("Single function literal required", at: 0)
                }
                return .success(script)
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let script):
            return script
        case .failure(let error):
            throw ParseError(message: error.message, offset: error.offset, source: source)
        }
    }

    /// Whether `script` is one parenthesised function expression (what `Function(…)` builds).
    private static func isSingleFunctionLiteral(_ script: ScriptNode) -> Bool {
        guard script.body.count == 1, case .expression(let expression) = script.body[0].kind,
            case .parenthesized(let inner) = expression.kind, case .function = inner.kind
        else { return false }
        return true
    }
}

/// How deeply a script may nest: the parser is recursive descent, and the compiler and the
/// deallocation of the tree recurse over it too.
public struct ParseLimits: Sendable {
    /// Nested brackets, statements, functions and prefix operators.
    public var maximumNesting: Int
    /// The depth of the tree, counting the left-nested chains (`a+b+c…`, `a.b.c…`) built by loops.
    public var maximumTreeDepth: Int

    public init(maximumNesting: Int = 1500, maximumTreeDepth: Int = 10_000) {
        self.maximumNesting = maximumNesting
        self.maximumTreeDepth = maximumTreeDepth
    }
}

/// What the parser knows about the function (or script top level) it is inside.
struct FunctionContext {
    var isStrict: Bool
    /// `await` is an operator (async functions, and the top level of the function-body goal).
    var isAsync: Bool
    /// `yield` is an operator.
    var isGenerator: Bool
    /// The script's own top level (not inside any function, arrow or class field).
    var isScriptTop: Bool
    var allowReturn: Bool
    var allowSuperProperty: Bool
    var allowSuperCall: Bool
    var allowNewTarget: Bool
    /// Inside a class field initializer, where `arguments` is forbidden.
    var inClassFieldInitializer: Bool
    /// Parsing formal parameters, where `await`/`yield` expressions are forbidden.
    var inParameters = false
    var labels: [LabelEntry] = []
    /// Loops and switches around the current statement (for `break`).
    var breakableDepth = 0
    /// Loops around the current statement (for `continue`).
    var iterationDepth = 0
}

struct LabelEntry {
    var name: String
    var isLoop: Bool
}

/// Where a statement appears, which decides whether declarations may appear there.
enum StatementPosition {
    /// A statement list (script, block, function body, case clause): declarations allowed.
    case list
    /// The body of `if`/`else` (a sloppy-mode function declaration is allowed, Annex B.3.4).
    case ifBody
    /// The body of a labelled statement (a sloppy-mode function declaration is allowed, B.3.2).
    case labelBody
    /// Any other single-statement position (loop bodies, `with`).
    case single
}

/// The recursive-descent parser's state for one script.
struct ScriptParser {
    var lexer: Lexer
    /// The current token.
    var token = Token()
    var peekedToken: Token?
    /// Where the previously consumed token started and ended (V8 points at it for some errors).
    var previousStart: Int32 = 0
    var previousEnd: Int32 = 0
    let source: SourceText
    let goal: ScriptGoal
    let limits: ParseLimits
    var nextIdentifierID: Int32 = 0
    var nextTemplateSiteID: Int32 = 0
    var context: FunctionContext
    var scopes: [DeclarationScope] = []
    /// Current recursion depth (bounded by `limits.maximumNesting`).
    var nesting = 0
    /// The depth of the subtree being built in the current nesting level.
    var treeDepth = 0
    /// Where the AssignmentExpression being parsed starts (an arrow must start there).
    var assignmentStart: Int32 = -1
    /// An error that stands unless the literal it is in becomes a destructuring pattern
    /// (`{a = 1}`, duplicate `__proto__`).
    var pendingCoverError: DeferredTokenError?
    /// Identifier ids of `{a = 1}` shorthand names, so they become shorthand pattern properties.
    var coverInitializedNames: Set<Int32> = []
    /// Start offsets of array and object literals whose spread element is followed by a comma.
    var literalsWithCommaAfterSpread: Set<Int32> = []
    var hasTopLevelAwait = false
    /// Where the label set being parsed starts in `context.labels` (consecutive labels).
    var pendingLabelSetStart: Int?
    /// The end of the last identifier `await` read as a reference (for V8's message on `await x`).
    var lastAwaitIdentifier: (start: Int32, end: Int32)?
    /// `Function(…)` source: where the parameters given as strings end (ECMA-262 §20.2.1.1.1
    /// CreateDynamicFunction parses them on their own); consumed by the first parameter list.
    var dynamicParametersEnd: Int32?

    init(source: SourceText, text: UnsafeBufferPointer<UInt16>, goal: ScriptGoal, limits: ParseLimits) {
        self.lexer = Lexer(text: text)
        self.source = source
        self.goal = goal
        self.limits = limits
        let isFunctionBody = goal == .functionBody
        self.context = FunctionContext(
            isStrict: false, isAsync: isFunctionBody, isGenerator: false, isScriptTop: true,
            allowReturn: isFunctionBody, allowSuperProperty: false, allowSuperCall: false,
            allowNewTarget: isFunctionBody, inClassFieldInitializer: false)
    }

    mutating func parseScript() throws(ParseError) -> ScriptNode {
        try advance()
        scopes.append(DeclarationScope(isFunctionScope: true))
        let (body, isStrict) = try parseBody(terminator: .endOfInput)
        return ScriptNode(
            body: body, source: source, goal: goal, isStrict: isStrict, hasTopLevelAwait: hasTopLevelAwait,
            identifierCount: nextIdentifierID, templateSiteCount: nextTemplateSiteID)
    }

    // MARK: - Tokens

    mutating func advance() throws(ParseError) {
        previousStart = token.start
        previousEnd = token.end
        if let peeked = peekedToken {
            token = peeked
            peekedToken = nil
        } else {
            try lexer.next(into: &token)
        }
    }

    /// The token after the current one.
    mutating func peek() throws(ParseError) -> Token {
        if let peeked = peekedToken { return peeked }
        var next = Token()
        try lexer.next(into: &next)
        peekedToken = next
        return next
    }

    @inline(__always)
    func at(_ kind: TokenKind) -> Bool { token.kind == kind }

    /// The current token is the contextual keyword `name`, written without escapes.
    @inline(__always)
    func atContextual(_ keyword: ContextualKeyword) -> Bool {
        token.kind == .identifier && token.contextual == keyword && !token.escaped
    }

    mutating func expect(_ kind: TokenKind) throws(ParseError) {
        guard token.kind == kind else { throw unexpected() }
        try advance()
    }

    /// Consumes `;`, or inserts one where ECMA-262 §12.10.1 allows: before `}`, at the end of the
    /// input, or when a line terminator precedes the offending token.
    mutating func consumeSemicolon() throws(ParseError) {
        if token.kind == .semicolon {
            try advance()
            return
        }
        if token.kind == .rightBrace || token.kind == .endOfInput || token.newlineBefore { return }
        if let awaitIdentifier = lastAwaitIdentifier, awaitIdentifier.end == previousEnd {
            throw ParseError(
                message: "await is only valid in async functions and the top level bodies of modules",
                offset: awaitIdentifier.start)
        }
        throw unexpected()
    }

    mutating func makeIdentifier(_ name: String, start: Int32) -> Identifier {
        let id = nextIdentifierID
        nextIdentifierID += 1
        return Identifier(name: name, start: start, id: id)
    }

    // MARK: - Errors

    func error(_ message: String, at offset: Int32) -> ParseError {
        ParseError(message: message, offset: offset)
    }

    /// V8's "Unexpected …" error for the current token.
    func unexpected() -> ParseError { unexpected(token) }

    func unexpected(_ token: Token) -> ParseError {
        let message: String
        switch token.kind {
        case .endOfInput: message = "Unexpected end of input"
        case .number: message = "Unexpected number"
        case .string: message = "Unexpected string"
        case .noSubstitutionTemplate, .templateHead, .templateMiddle, .templateTail:
            message = "Unexpected template string"
        case .identifier:
            if context.isStrict && token.contextual != .none && isStrictModeReservedWord(token.name) {
                message = "Unexpected strict mode reserved word"
            } else if token.contextual == .await && context.isAsync && !token.escaped {
                message = "Unexpected reserved word"
            } else {
                message = "Unexpected identifier '\(token.name)'"
            }
        case .escapedKeyword: message = "Keyword must not contain escaped characters"
        case .kwEnum: message = "Unexpected reserved word"
        case .regExp: message = "Unexpected regular expression"
        case .privateName: message = "Unexpected identifier '\(token.name)'"
        default:
            message = "Unexpected token '\(sourceText(from: token.start, to: token.end))'"
        }
        return ParseError(message: message, offset: token.start)
    }

    func sourceText(from start: Int32, to end: Int32) -> String {
        String(decoding: source.slice(from: start, to: end), as: UTF16.self)
    }

    // MARK: - Nesting limits

    /// Enters one level of recursion; returns the tree depth to restore in `leaveNesting`.
    @inline(__always)
    mutating func enterNesting() throws(ParseError) -> Int {
        nesting += 1
        if nesting > limits.maximumNesting {
            throw error("Maximum nesting depth exceeded", at: token.start)
        }
        let saved = treeDepth
        treeDepth = 0
        return saved
    }

    @inline(__always)
    mutating func leaveNesting(_ saved: Int) throws(ParseError) {
        nesting -= 1
        treeDepth = max(saved, treeDepth + 1)
        if treeDepth > limits.maximumTreeDepth {
            throw error("Maximum nesting depth exceeded", at: token.start)
        }
    }

    /// One more node on top of the subtree being built by a loop (`a.b.c`, `a+b+c`).
    @inline(__always)
    mutating func deepenTree() throws(ParseError) {
        treeDepth += 1
        if treeDepth > limits.maximumTreeDepth {
            throw error("Maximum nesting depth exceeded", at: token.start)
        }
    }

    // MARK: - Strict mode checks

    /// Checks a token about to be consumed as a literal against strict mode (legacy octal).
    @inline(__always)
    func checkStrictLiteral(_ token: Token) throws(ParseError) {
        if context.isStrict, let problem = token.strictError {
            throw error(problem.message, at: problem.offset)
        }
    }
}
