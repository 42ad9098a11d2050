/// The kinds of token the lexer produces (ECMA-262 §12 ECMAScript Language: Lexical Grammar).
///
/// Contextual keywords (`let`, `static`, `async`, `of`, `get`, `set`, `yield`, `await`…) are
/// `.identifier`; the parser looks at their names. A reserved word spelled with `\u` escapes is
/// `.escapedKeyword`: usable as a property name, never as a keyword or a binding.
enum TokenKind: UInt8, Sendable {
    case endOfInput
    case identifier
    case escapedKeyword
    case privateName
    case number
    case string
    /// `` `…` `` with no substitutions.
    case noSubstitutionTemplate
    /// `` `…${ ``.
    case templateHead
    /// `}…${` (only from a rescan at a substitution's closing brace).
    case templateMiddle
    /// `` }…` `` (only from a rescan).
    case templateTail
    /// `/…/flags` (only from a rescan where an expression may start).
    case regExp

    // Punctuators (ECMA-262 §12.8).
    case leftBrace, rightBrace, leftParen, rightParen, leftBracket, rightBracket
    case dot, ellipsis, semicolon, comma, colon, question, questionDot, arrow
    case less, greater, lessEqual, greaterEqual
    case equal, notEqual, strictEqual, strictNotEqual
    case plus, minus, star, slash, percent, starStar
    case plusPlus, minusMinus
    case leftShift, signedRightShift, unsignedRightShift
    case ampersand, bar, caret, bang, tilde
    case ampersandAmpersand, barBar, questionQuestion
    case assign, plusAssign, minusAssign, starAssign, slashAssign, percentAssign, starStarAssign
    case leftShiftAssign, signedRightShiftAssign, unsignedRightShiftAssign
    case ampersandAssign, barAssign, caretAssign
    case ampersandAmpersandAssign, barBarAssign, questionQuestionAssign

    // Reserved words (ECMA-262 §12.6.2), plus the literals `null`, `true`, `false`.
    case kwBreak, kwCase, kwCatch, kwClass, kwConst, kwContinue, kwDebugger, kwDefault, kwDelete
    case kwDo, kwElse, kwEnum, kwExport, kwExtends, kwFalse, kwFinally, kwFor, kwFunction, kwIf
    case kwImport, kwIn, kwInstanceof, kwNew, kwNull, kwReturn, kwSuper, kwSwitch, kwThis
    case kwThrow, kwTrue, kwTry, kwTypeof, kwVar, kwVoid, kwWhile, kwWith

    var isKeyword: Bool { rawValue >= TokenKind.kwBreak.rawValue }

    /// Whether this token is an IdentifierName (identifiers and all reserved words).
    var isIdentifierName: Bool { self == .identifier || self == .escapedKeyword || isKeyword }

    var isAssignmentOperator: Bool {
        rawValue >= TokenKind.assign.rawValue && rawValue <= TokenKind.questionQuestionAssign.rawValue
    }

    var assignmentOperator: AssignmentOperator? {
        switch self {
        case .assign: return .assign
        case .plusAssign: return .add
        case .minusAssign: return .subtract
        case .starAssign: return .multiply
        case .slashAssign: return .divide
        case .percentAssign: return .remainder
        case .starStarAssign: return .exponent
        case .leftShiftAssign: return .leftShift
        case .signedRightShiftAssign: return .signedRightShift
        case .unsignedRightShiftAssign: return .unsignedRightShift
        case .ampersandAssign: return .bitwiseAnd
        case .barAssign: return .bitwiseOr
        case .caretAssign: return .bitwiseXor
        case .ampersandAmpersandAssign: return .and
        case .barBarAssign: return .or
        case .questionQuestionAssign: return .nullish
        default: return nil
        }
    }
}

/// The reserved words by spelling.
let reservedWords: [String: TokenKind] = [
    "break": .kwBreak, "case": .kwCase, "catch": .kwCatch, "class": .kwClass, "const": .kwConst,
    "continue": .kwContinue, "debugger": .kwDebugger, "default": .kwDefault, "delete": .kwDelete,
    "do": .kwDo, "else": .kwElse, "enum": .kwEnum, "export": .kwExport, "extends": .kwExtends,
    "false": .kwFalse, "finally": .kwFinally, "for": .kwFor, "function": .kwFunction, "if": .kwIf,
    "import": .kwImport, "in": .kwIn, "instanceof": .kwInstanceof, "new": .kwNew, "null": .kwNull,
    "return": .kwReturn, "super": .kwSuper, "switch": .kwSwitch, "this": .kwThis, "throw": .kwThrow,
    "true": .kwTrue, "try": .kwTry, "typeof": .kwTypeof, "var": .kwVar, "void": .kwVoid,
    "while": .kwWhile, "with": .kwWith,
]

/// Identifiers the parser gives a meaning in some places, recognised once by the lexer so the
/// parser compares a byte instead of a string.
enum ContextualKeyword: UInt8, Sendable {
    case none
    case `let`, `static`, yield, await, async, of, get, set, target, arguments, eval
    case implements, interface, package, `private`, protected, `public`
}

let contextualKeywords: [String: ContextualKeyword] = [
    "let": .let, "static": .static, "yield": .yield, "await": .await, "async": .async, "of": .of, "get": .get,
    "set": .set, "target": .target, "arguments": .arguments, "eval": .eval, "implements": .implements,
    "interface": .interface, "package": .package, "private": .private, "protected": .protected, "public": .public,
]

/// Reserved and contextual words in one table, so the lexer hashes an identifier once.
let wordTable: [String: (kind: TokenKind, contextual: ContextualKeyword)] = {
    var table: [String: (kind: TokenKind, contextual: ContextualKeyword)] = [:]
    for (name, kind) in reservedWords { table[name] = (kind, .none) }
    for (name, contextual) in contextualKeywords { table[name] = (.identifier, contextual) }
    return table
}()

/// Identifiers reserved only in strict mode code (ECMA-262 §12.6.2, §13.1.1).
func isStrictModeReservedWord(_ name: String) -> Bool {
    switch name {
    case "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield":
        return true
    default:
        return false
    }
}

/// An error that applies only if the token turns out to be in strict code (legacy octal) or in an
/// untagged template (invalid escapes).
struct DeferredTokenError: Sendable {
    var message: String
    var offset: Int32
}

/// One token: its kind, place, and decoded value.
struct Token: Sendable {
    var kind: TokenKind = .endOfInput
    var start: Int32 = 0
    var end: Int32 = 0
    /// A line terminator (or a comment containing one) comes between the previous token and this one.
    var newlineBefore = false
    /// The identifier contained `\u` escapes (so it cannot act as a contextual keyword).
    var escaped = false
    /// Which contextual keyword an identifier spells (escaped or not).
    var contextual: ContextualKeyword = .none
    var number: Double = 0
    /// An identifier's decoded name, a keyword's spelling, a regular expression's flags.
    var name: String = ""
    /// A string literal's value, a template part's cooked value, a regular expression's pattern.
    var units: [UInt16] = []
    /// A template part's raw value.
    var raw: [UInt16] = []
    /// A template part whose cooked value is undefined, with why (an error unless tagged).
    var templateError: DeferredTokenError?
    /// A legacy octal literal or escape: an error in strict code.
    var strictError: DeferredTokenError?
}
