/// The abstract syntax tree the parser builds and the compiler reads (ECMAScript 2020, sloppy mode).
///
/// Every node carries `start`, the UTF-16 offset of its first code unit in the source; `SourceText`
/// turns an offset into a line and column. Identifier references carry a unique `id` within their
/// script so the compiler's scope analysis can annotate them in side tables.

/// A position in a script: the UTF-16 offset of a code unit.
public typealias SourceOffset = Int32

/// A name as written (after escapes are decoded), with its place and a per-script unique id.
public struct Identifier: Sendable, Hashable {
    public var name: String
    public var start: SourceOffset
    /// Unique within one parsed script (`ScriptNode.identifierCount` bounds it).
    public var id: Int32

    public init(name: String, start: SourceOffset, id: Int32) {
        self.name = name
        self.start = start
        self.id = id
    }
}

// MARK: - Expressions

/// An expression and where it starts.
public struct Expression: Sendable {
    public var kind: ExpressionKind
    public var start: SourceOffset

    public init(_ kind: ExpressionKind, start: SourceOffset) {
        self.kind = kind
        self.start = start
    }
}

public indirect enum ExpressionKind: Sendable {
    case identifier(Identifier)
    case number(Double)
    /// A string literal's value as UTF-16 code units (lone surrogates allowed).
    case string([UInt16])
    case boolean(Bool)
    case null
    /// `/pattern/flags`: the pattern's source text and the flags as written.
    case regExp(pattern: [UInt16], flags: String)
    /// `` `a${b}c` ``: `quasis.count == expressions.count + 1`.
    case template(TemplateLiteral)
    /// ``tag`a${b}` ``.
    case taggedTemplate(tag: Expression, quasi: TemplateLiteral)
    case this
    /// `super.name` / `super[expr]` as a member object, or `super(...)` as a callee.
    case `super`
    /// `new.target`.
    case newTarget
    case array([ArrayElement])
    case object([ObjectMember])
    /// A function expression (also the value of an arrow function: `FunctionNode.kind == .arrow`).
    case function(FunctionNode)
    case `class`(ClassNode)
    case unary(UnaryOperator, Expression)
    /// `++x`, `x--`: `prefix` tells which.
    case update(UpdateOperator, prefix: Bool, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `&&`, `||`, `??`.
    case logical(LogicalOperator, Expression, Expression)
    /// `target = value`, `target += value`…; `target` is a pattern only for plain `=`.
    case assignment(AssignmentOperator, target: Pattern, value: Expression)
    case conditional(test: Expression, consequent: Expression, alternate: Expression)
    /// `callee(args)`; `optional` for `callee?.(args)`.
    case call(callee: Expression, arguments: [Argument], optional: Bool)
    case new(callee: Expression, arguments: [Argument])
    /// `object.name` (`object?.name` when `optional`); `name` may be a reserved word.
    case member(object: Expression, name: String, optional: Bool)
    /// `object[property]` (`object?.[property]` when `optional`).
    case index(object: Expression, property: Expression, optional: Bool)
    /// The whole of an optional chain `a?.b.c()`: where a short-circuit lands (evaluates to undefined).
    case optionalChain(Expression)
    /// `a, b, c` (at least two).
    case sequence([Expression])
    /// `yield`, `yield x`, `yield* x`.
    case yield(Expression?, delegate: Bool)
    case await(Expression)
    /// `( expr )`: kept so `(a.b)()` and `(0, a.b)()` differ and `delete (x)` is checked as written.
    case parenthesized(Expression)
}

public struct TemplateLiteral: Sendable {
    /// Cooked strings; nil where an escape is invalid (allowed only in tagged templates).
    public var cooked: [[UInt16]?]
    /// Raw source text of each part, line terminators normalised to LF as the spec says.
    public var raw: [[UInt16]]
    public var expressions: [Expression]
    /// Unique per template site in the script (tagged templates cache their strings array per site).
    public var siteID: Int32

    public init(cooked: [[UInt16]?], raw: [[UInt16]], expressions: [Expression], siteID: Int32) {
        self.cooked = cooked
        self.raw = raw
        self.expressions = expressions
        self.siteID = siteID
    }
}

public enum ArrayElement: Sendable {
    case expression(Expression)
    case spread(Expression)
    /// An elision: `[1, , 3]`.
    case hole
}

public enum Argument: Sendable {
    case expression(Expression)
    case spread(Expression)
}

/// A property name in an object literal, class body or object pattern.
public indirect enum PropertyName: Sendable {
    /// `name` or `"name"` or a numeric literal, as the key string (numbers already turned into their
    /// canonical string, e.g. `1.0` → `"1"`, `0x10` → `"16"`).
    case literal([UInt16])
    /// `[expression]`.
    case computed(Expression)
}

public enum ObjectMember: Sendable {
    /// `key: value`.
    case property(PropertyName, Expression)
    /// `name` (shorthand).
    case shorthand(Identifier)
    /// `key() {}`, `get key() {}`, `set key(v) {}`, `async key() {}`, `*key() {}`.
    case method(PropertyName, FunctionNode, MethodKind)
    /// `...expression`.
    case spread(Expression)
    /// `__proto__: value` (literal, non-computed, non-shorthand): sets the prototype.
    case protoSetter(Expression)
}

public enum MethodKind: Sendable {
    case method, getter, setter
}

public enum UnaryOperator: String, Sendable {
    case minus = "-", plus = "+", not = "!", bitwiseNot = "~", typeof, void, delete
}

public enum UpdateOperator: String, Sendable {
    case increment = "++", decrement = "--"
}

public enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%", exponent = "**"
    case leftShift = "<<", signedRightShift = ">>", unsignedRightShift = ">>>"
    case bitwiseAnd = "&", bitwiseOr = "|", bitwiseXor = "^"
    case equal = "==", notEqual = "!=", strictEqual = "===", strictNotEqual = "!=="
    case less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    case `instanceof`, `in`
}

public enum LogicalOperator: String, Sendable {
    case and = "&&", or = "||", nullish = "??"
}

public enum AssignmentOperator: String, Sendable {
    case assign = "="
    case add = "+=", subtract = "-=", multiply = "*=", divide = "/=", remainder = "%=", exponent = "**="
    case leftShift = "<<=", signedRightShift = ">>=", unsignedRightShift = ">>>="
    case bitwiseAnd = "&=", bitwiseOr = "|=", bitwiseXor = "^="
    /// ES2021 logical assignment, accepted because scripts written today use them.
    case and = "&&=", or = "||=", nullish = "??="

    /// The binary operator a compound assignment applies (nil for `=` and the logical forms).
    public var binaryOperator: BinaryOperator? {
        switch self {
        case .add: return .add
        case .subtract: return .subtract
        case .multiply: return .multiply
        case .divide: return .divide
        case .remainder: return .remainder
        case .exponent: return .exponent
        case .leftShift: return .leftShift
        case .signedRightShift: return .signedRightShift
        case .unsignedRightShift: return .unsignedRightShift
        case .bitwiseAnd: return .bitwiseAnd
        case .bitwiseOr: return .bitwiseOr
        case .bitwiseXor: return .bitwiseXor
        case .assign, .and, .or, .nullish: return nil
        }
    }
}

// MARK: - Patterns (binding and assignment targets)

/// What a declaration binds or an assignment writes to.
public indirect enum Pattern: Sendable {
    case identifier(Identifier)
    /// `{ a, b: c, [k]: d = 1, ...rest }`.
    case object([PatternProperty], rest: Pattern?, start: SourceOffset)
    /// `[a, , b = 1, ...rest]`: nil elements are elisions.
    case array([Pattern?], rest: Pattern?, start: SourceOffset)
    /// `target = defaultValue` inside a pattern, or a parameter with a default.
    case withDefault(Pattern, Expression)
    /// A member expression as an assignment target (`a.b = 1`, `[a.b] = [1]`); never in declarations.
    case expression(Expression)
}

public struct PatternProperty: Sendable {
    public var key: PropertyName
    /// The target; for shorthand `{ a }` it is `.identifier(a)` (possibly `.withDefault`).
    public var value: Pattern
    public var shorthand: Bool

    public init(key: PropertyName, value: Pattern, shorthand: Bool) {
        self.key = key
        self.value = value
        self.shorthand = shorthand
    }
}

// MARK: - Statements

public struct Statement: Sendable {
    public var kind: StatementKind
    public var start: SourceOffset

    public init(_ kind: StatementKind, start: SourceOffset) {
        self.kind = kind
        self.start = start
    }
}

public enum DeclarationKind: String, Sendable {
    case `var`, `let`, `const`
}

public struct VariableDeclaration: Sendable {
    public var kind: DeclarationKind
    public var declarations: [VariableDeclarator]

    public init(kind: DeclarationKind, declarations: [VariableDeclarator]) {
        self.kind = kind
        self.declarations = declarations
    }
}

public struct VariableDeclarator: Sendable {
    public var target: Pattern
    public var initializer: Expression?

    public init(target: Pattern, initializer: Expression?) {
        self.target = target
        self.initializer = initializer
    }
}

/// The left side of `for (… in/of …)`.
public enum ForBinding: Sendable {
    /// `for (var x …)`, `for (let [a, b] …)`: exactly one declarator, no initializer
    /// (except the legacy `for (var x = 1 in o)`, which keeps it).
    case declaration(VariableDeclaration)
    /// `for (x …)`, `for (a.b …)`, `for ([a, b] …)`.
    case pattern(Pattern)
}

public enum ForInitializer: Sendable {
    case declaration(VariableDeclaration)
    case expression(Expression)
}

public struct SwitchCase: Sendable {
    /// nil for `default:`.
    public var test: Expression?
    public var body: [Statement]
    public var start: SourceOffset

    public init(test: Expression?, body: [Statement], start: SourceOffset) {
        self.test = test
        self.body = body
        self.start = start
    }
}

public struct CatchClause: Sendable {
    /// nil for `catch { … }` (optional catch binding).
    public var parameter: Pattern?
    public var body: [Statement]

    public init(parameter: Pattern?, body: [Statement]) {
        self.parameter = parameter
        self.body = body
    }
}

public indirect enum StatementKind: Sendable {
    case expression(Expression)
    case variable(VariableDeclaration)
    case function(FunctionNode)
    case `class`(ClassNode)
    case `return`(Expression?)
    case `if`(test: Expression, consequent: Statement, alternate: Statement?)
    case block([Statement])
    case `for`(initializer: ForInitializer?, test: Expression?, update: Expression?, body: Statement)
    case forIn(ForBinding, Expression, body: Statement)
    /// `for (x of y)`; `isAwait` for `for await (x of y)`.
    case forOf(ForBinding, Expression, body: Statement, isAwait: Bool)
    case `while`(test: Expression, body: Statement)
    case doWhile(body: Statement, test: Expression)
    case `break`(label: String?)
    case `continue`(label: String?)
    case `throw`(Expression)
    case `try`(block: [Statement], handler: CatchClause?, finalizer: [Statement]?)
    case `switch`(Expression, [SwitchCase])
    case labeled(String, Statement)
    case empty
    case debugger
}

// MARK: - Functions and classes

public enum FunctionKind: Sendable {
    /// `function f() {}` declarations and expressions.
    case normal
    case arrow
    /// Object literal and class methods (no `prototype`, not constructors; may use `super`).
    case method
    case getter
    case setter
    /// A class's constructor; `derived` when the class `extends` something.
    case classConstructor(derived: Bool)
}

/// A function of any kind. A class so the compiler can annotate it and share it between closures.
public final class FunctionNode: @unchecked Sendable {
    public var name: Identifier?
    public var kind: FunctionKind
    public var isAsync: Bool
    public var isGenerator: Bool
    /// Parameters in order; defaults appear as `.withDefault`.
    public var parameters: [Pattern]
    /// `...rest`.
    public var rest: Pattern?
    /// The body; an arrow with an expression body has one `.return(expression)` statement and
    /// `hasExpressionBody` set.
    public var body: [Statement]
    public var hasExpressionBody: Bool
    /// The body begins with a `"use strict"` directive (or the function is inside a class or
    /// strict code).
    public var isStrict: Bool
    /// The source range of the whole function text, for `Function.prototype.toString`.
    public var start: SourceOffset
    public var end: SourceOffset
    /// `length`: the number of parameters before the first one with a default or the rest.
    public var expectedArgumentCount: Int {
        var count = 0
        for parameter in parameters {
            if case .withDefault = parameter { break }
            count += 1
        }
        return count
    }

    public init(
        name: Identifier?, kind: FunctionKind, isAsync: Bool, isGenerator: Bool, parameters: [Pattern],
        rest: Pattern?, body: [Statement], hasExpressionBody: Bool, isStrict: Bool,
        start: SourceOffset, end: SourceOffset
    ) {
        self.name = name
        self.kind = kind
        self.isAsync = isAsync
        self.isGenerator = isGenerator
        self.parameters = parameters
        self.rest = rest
        self.body = body
        self.hasExpressionBody = hasExpressionBody
        self.isStrict = isStrict
        self.start = start
        self.end = end
    }
}

public enum ClassMemberKind: Sendable {
    case method, getter, setter
    /// `name = value;` (a public field; `value` nil for `name;`).
    case field
}

public struct ClassMember: Sendable {
    public var key: PropertyName
    public var isStatic: Bool
    public var kind: ClassMemberKind
    /// The method, getter or setter (nil for fields).
    public var function: FunctionNode?
    /// A field's initializer.
    public var value: Expression?
    public var start: SourceOffset

    public init(
        key: PropertyName, isStatic: Bool, kind: ClassMemberKind, function: FunctionNode?,
        value: Expression?, start: SourceOffset
    ) {
        self.key = key
        self.isStatic = isStatic
        self.kind = kind
        self.function = function
        self.value = value
        self.start = start
    }
}

public final class ClassNode: @unchecked Sendable {
    public var name: Identifier?
    public var superClass: Expression?
    /// The explicit constructor, or nil for the default one.
    public var constructor: FunctionNode?
    public var members: [ClassMember]
    public var start: SourceOffset
    public var end: SourceOffset

    public init(
        name: Identifier?, superClass: Expression?, constructor: FunctionNode?, members: [ClassMember],
        start: SourceOffset, end: SourceOffset
    ) {
        self.name = name
        self.superClass = superClass
        self.constructor = constructor
        self.members = members
        self.start = start
        self.end = end
    }
}

// MARK: - Scripts

/// How a source text is parsed.
public enum ScriptGoal: Sendable {
    /// A script run as the body of an async function, as Postman runs one: top-level `return`
    /// and `await` are allowed.
    case functionBody
    /// Code given to `eval` (or a plain script): no top-level `return`; `await` is an identifier.
    case eval
}

/// A parsed script.
public final class ScriptNode: @unchecked Sendable {
    public var body: [Statement]
    public var source: SourceText
    public var goal: ScriptGoal
    /// The body starts with `"use strict"`.
    public var isStrict: Bool
    /// `await` appears at the top level (outside any function).
    public var hasTopLevelAwait: Bool
    /// Every `Identifier.id` in the tree is below this.
    public var identifierCount: Int32
    /// Every `TemplateLiteral.siteID` in the tree is below this.
    public var templateSiteCount: Int32

    public init(
        body: [Statement], source: SourceText, goal: ScriptGoal, isStrict: Bool, hasTopLevelAwait: Bool,
        identifierCount: Int32, templateSiteCount: Int32
    ) {
        self.body = body
        self.source = source
        self.goal = goal
        self.isStrict = isStrict
        self.hasTopLevelAwait = hasTopLevelAwait
        self.identifierCount = identifierCount
        self.templateSiteCount = templateSiteCount
    }
}
