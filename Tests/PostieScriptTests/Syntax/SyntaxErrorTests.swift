import PostieScript
import Testing

struct SyntaxErrorCase: CustomTestStringConvertible, Sendable {
    let source: String
    let message: String
    let line: Int
    let column: Int

    init(_ source: String, _ message: String, _ line: Int, _ column: Int) {
        self.source = source
        self.message = message
        self.line = line
        self.column = column
    }

    var testDescription: String { source }
}

/// Parses `source` and returns the error, or nil if it parsed.
func parseError(_ source: String, goal: ScriptGoal = .eval) -> ParseError? {
    do {
        _ = try Parser.parse(SourceText(name: "x.js", text: source), goal: goal)
        return nil
    } catch {
        return error
    }
}

@Suite("Syntax errors")
struct SyntaxErrorTests {
    /// Message, line and column as Node 20 reports them (`e.message`, and the caret of `e.stack` from
    /// `new vm.Script(source)`); where V8 shows no caret (end of input) the column is the end of the text.
    static let nodeCases: [SyntaxErrorCase] = [
        SyntaxErrorCase("class A { x = () => arguments }", "'arguments' is not allowed in class field initializer or static initialization block", 1, 21),
        SyntaxErrorCase("class A { x = arguments }", "'arguments' is not allowed in class field initializer or static initialization block", 1, 15),
        SyntaxErrorCase("async (await) => 1", "'await' is not a valid identifier name in an async function", 1, 8),
        SyntaxErrorCase("({ m(){ super() } })", "'super' keyword unexpected here", 1, 9),
        SyntaxErrorCase("class A extends B { m() { super() } }", "'super' keyword unexpected here", 1, 27),
        SyntaxErrorCase("class A extends B { x = super() }", "'super' keyword unexpected here", 1, 25),
        SyntaxErrorCase("class A { constructor(){ super() } }", "'super' keyword unexpected here", 1, 26),
        SyntaxErrorCase("function f() { super.x }", "'super' keyword unexpected here", 1, 16),
        SyntaxErrorCase("super.x", "'super' keyword unexpected here", 1, 1),
        SyntaxErrorCase("x = { m: function() { super.y } }", "'super' keyword unexpected here", 1, 23),
        SyntaxErrorCase("class A { constructor(){} constructor(){} }", "A class may only have one constructor", 1, 27),
        SyntaxErrorCase("import.meta", "Cannot use 'import.meta' outside a module", 1, 8),
        SyntaxErrorCase("import x from 'y'", "Cannot use import statement outside a module", 1, 1),
        SyntaxErrorCase("class A { *constructor(){} }", "Class constructor may not be a generator", 1, 12),
        SyntaxErrorCase("class A { get constructor(){} }", "Class constructor may not be an accessor", 1, 15),
        SyntaxErrorCase("class A { async constructor(){} }", "Class constructor may not be an async method", 1, 17),
        SyntaxErrorCase("class A { constructor = 1 }", "Classes may not have a field named 'constructor'", 1, 11),
        SyntaxErrorCase("class A { static prototype = 1 }", "Classes may not have a static property named 'prototype'", 1, 18),
        SyntaxErrorCase("class A { static prototype(){} }", "Classes may not have a static property named 'prototype'", 1, 18),
        SyntaxErrorCase("\"use strict\"; 08", "Decimals with leading zeros are not allowed in strict mode.", 1, 15),
        SyntaxErrorCase("'use strict'; 09", "Decimals with leading zeros are not allowed in strict mode.", 1, 15),
        SyntaxErrorCase("'use strict'; delete ((x))", "Delete of an unqualified identifier in strict mode.", 1, 26),
        SyntaxErrorCase("'use strict'; delete (x)", "Delete of an unqualified identifier in strict mode.", 1, 24),
        SyntaxErrorCase("'use strict'; delete x", "Delete of an unqualified identifier in strict mode.", 1, 22),
        SyntaxErrorCase("({__proto__: 1, __proto__: 2})", "Duplicate __proto__ fields are not allowed in object literals", 1, 17),
        SyntaxErrorCase("(a = 1, a) => 1", "Duplicate parameter name not allowed in this context", 1, 9),
        SyntaxErrorCase("(a,a)=>1", "Duplicate parameter name not allowed in this context", 1, 4),
        SyntaxErrorCase("function f(a,[a]){}", "Duplicate parameter name not allowed in this context", 1, 15),
        SyntaxErrorCase("function f(a,a){'use strict'}", "Duplicate parameter name not allowed in this context", 1, 14),
        SyntaxErrorCase("({ get a(x){} })", "Getter must not have any formal parameters.", 1, 9),
        SyntaxErrorCase("class A {} class A {}", "Identifier 'A' has already been declared", 1, 12),
        SyntaxErrorCase("a => { let a }", "Identifier 'a' has already been declared", 1, 12),
        SyntaxErrorCase("function f(a){ let a }", "Identifier 'a' has already been declared", 1, 20),
        SyntaxErrorCase("let [a, a] = []", "Identifier 'a' has already been declared", 1, 9),
        SyntaxErrorCase("let {a, a} = {}", "Identifier 'a' has already been declared", 1, 9),
        SyntaxErrorCase("switch (1) { case 1: let a; case 2: let a }", "Identifier 'a' has already been declared", 1, 41),
        SyntaxErrorCase("try {} catch([e]) { var e }", "Identifier 'e' has already been declared", 1, 25),
        SyntaxErrorCase("try {} catch(e) { let e }", "Identifier 'e' has already been declared", 1, 23),
        SyntaxErrorCase("'use strict'; { function f(){} function f(){} }", "Identifier 'f' has already been declared", 1, 32),
        SyntaxErrorCase("let f; function f(){}", "Identifier 'f' has already been declared", 1, 8),
        SyntaxErrorCase("for (let i;;) { var i }", "Identifier 'i' has already been declared", 1, 21),
        SyntaxErrorCase("let x; let x;", "Identifier 'x' has already been declared", 1, 12),
        SyntaxErrorCase("let x; var x;", "Identifier 'x' has already been declared", 1, 12),
        SyntaxErrorCase("let x; { var x; }", "Identifier 'x' has already been declared", 1, 14),
        SyntaxErrorCase("var x; let x;", "Identifier 'x' has already been declared", 1, 12),
        SyntaxErrorCase("{ var x; } let x;", "Identifier 'x' has already been declared", 1, 16),
        SyntaxErrorCase("(a = 1) => { 'use strict'; }", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 14),
        SyntaxErrorCase("function f([a]) { 'use strict' }", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 19),
        SyntaxErrorCase("function f(a=1){'use strict'}", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 17),
        SyntaxErrorCase("break", "Illegal break statement", 1, 1),
        SyntaxErrorCase("x: { continue x }", "Illegal continue statement: 'x' does not denote an iteration statement", 1, 15),
        SyntaxErrorCase("continue", "Illegal continue statement: no surrounding iteration statement", 1, 1),
        SyntaxErrorCase("throw\n1", "Illegal newline after throw", 1, 1),
        SyntaxErrorCase("throw\nnew Error()", "Illegal newline after throw", 1, 1),
        SyntaxErrorCase("var [a.b] = x", "Illegal property in declaration context", 1, 6),
        SyntaxErrorCase("return", "Illegal return statement", 1, 1),
        SyntaxErrorCase("return\nx", "Illegal return statement", 1, 1),
        SyntaxErrorCase("return /x/", "Illegal return statement", 1, 1),
        SyntaxErrorCase("while (a) function f(){}", "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.", 1, 11),
        SyntaxErrorCase("while(1) label: function f(){}", "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.", 1, 17),
        SyntaxErrorCase("'use strict'; label: function f(){}", "In strict mode code, functions can only be declared at top level or inside a block.", 1, 22),
        SyntaxErrorCase("'\\u00g0'", "Invalid Unicode escape sequence", 1, 2),
        SyntaxErrorCase("'\\u12'", "Invalid Unicode escape sequence", 1, 2),
        SyntaxErrorCase("'\\u{'", "Invalid Unicode escape sequence", 1, 5),
        SyntaxErrorCase("`\\u{`", "Invalid Unicode escape sequence", 1, 5),
        SyntaxErrorCase("'use strict'; ({ a: eval } = 1)", "Invalid destructuring assignment target", 1, 21),
        SyntaxErrorCase("'use strict'; [eval] = 1", "Invalid destructuring assignment target", 1, 16),
        SyntaxErrorCase("((a)) => 1", "Invalid destructuring assignment target", 1, 2),
        SyntaxErrorCase("(a.b) => 1", "Invalid destructuring assignment target", 1, 2),
        SyntaxErrorCase("({ a: 1 }) => 1", "Invalid destructuring assignment target", 1, 7),
        SyntaxErrorCase("({a: 1} = c)", "Invalid destructuring assignment target", 1, 6),
        SyntaxErrorCase("[...a = 1] = b", "Invalid destructuring assignment target", 1, 2),
        SyntaxErrorCase("[a + 1] = c", "Invalid destructuring assignment target", 1, 2),
        SyntaxErrorCase("var [0] = x", "Invalid destructuring assignment target", 1, 6),
        SyntaxErrorCase("var {a: 0} = x", "Invalid destructuring assignment target", 1, 9),
        SyntaxErrorCase("'\\x1'", "Invalid hexadecimal escape sequence", 1, 2),
        SyntaxErrorCase("'\\xg0'", "Invalid hexadecimal escape sequence", 1, 2),
        SyntaxErrorCase("`\\x`", "Invalid hexadecimal escape sequence", 1, 2),
        SyntaxErrorCase("1++", "Invalid left-hand side expression in postfix operation", 1, 1),
        SyntaxErrorCase("a?.b++", "Invalid left-hand side expression in postfix operation", 1, 1),
        SyntaxErrorCase("++1", "Invalid left-hand side expression in prefix operation", 1, 3),
        SyntaxErrorCase("++a?.b", "Invalid left-hand side expression in prefix operation", 1, 3),
        SyntaxErrorCase("'use strict'; ({ eval }) = 1", "Invalid left-hand side in assignment", 1, 15),
        SyntaxErrorCase("({a}) = 1", "Invalid left-hand side in assignment", 1, 1),
        SyntaxErrorCase("1 = 2", "Invalid left-hand side in assignment", 1, 1),
        SyntaxErrorCase("a++ = 1", "Invalid left-hand side in assignment", 1, 1),
        SyntaxErrorCase("a?.b = 1", "Invalid left-hand side in assignment", 1, 1),
        SyntaxErrorCase("for (a + b of x);", "Invalid left-hand side in for-loop", 1, 6),
        SyntaxErrorCase("new a?.b()", "Invalid optional chain from new expression", 1, 6),
        SyntaxErrorCase("#", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("'abc", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("/* abc", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("01n", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("0b2", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("0o8", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("0x", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("0x_1", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("1.5n", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("1._5", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("1.toString()", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("1e", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("1e+", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("1e_5", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("3in x", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("@", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("\\u0030abc", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("a\\u{1F600}", "Invalid or unexpected token", 1, 1),
        SyntaxErrorCase("var a\\u0020b", "Invalid or unexpected token", 1, 5),
        SyntaxErrorCase("x = 'abc", "Invalid or unexpected token", 1, 5),
        SyntaxErrorCase("x = 'abc\ndef'", "Invalid or unexpected token", 1, 5),
        SyntaxErrorCase("x = \\u0030", "Invalid or unexpected token", 1, 5),
        SyntaxErrorCase("/abc/gg", "Invalid regular expression flags", 1, 1),
        SyntaxErrorCase("/abc/x", "Invalid regular expression flags", 1, 1),
        SyntaxErrorCase("/abc", "Invalid regular expression: missing /", 1, 1),
        SyntaxErrorCase("({a=1}).x", "Invalid shorthand property initializer", 1, 3),
        SyntaxErrorCase("a = {b = 1}", "Invalid shorthand property initializer", 1, 6),
        SyntaxErrorCase("f({a=1})", "Invalid shorthand property initializer", 1, 4),
        SyntaxErrorCase("a?.b`x`", "Invalid tagged template on optional chain", 1, 5),
        SyntaxErrorCase("\\u0069f (1) {}", "Keyword must not contain escaped characters", 1, 1),
        SyntaxErrorCase("var \\u0069f", "Keyword must not contain escaped characters", 1, 5),
        SyntaxErrorCase("x: x: 1", "Label 'x' has already been declared", 1, 4),
        SyntaxErrorCase("if (a) let [x] = 1", "Lexical declaration cannot appear in a single-statement context", 1, 8),
        SyntaxErrorCase("if (a) let x = 1", "Lexical declaration cannot appear in a single-statement context", 1, 8),
        SyntaxErrorCase("!x => x", "Malformed arrow function parameter list", 1, 1),
        SyntaxErrorCase("1 => 2", "Malformed arrow function parameter list", 1, 1),
        SyntaxErrorCase("a + (b) => c", "Malformed arrow function parameter list", 1, 3),
        SyntaxErrorCase("a + b => c", "Malformed arrow function parameter list", 1, 3),
        SyntaxErrorCase("a.b => 1", "Malformed arrow function parameter list", 1, 1),
        SyntaxErrorCase("f(x) => 1", "Malformed arrow function parameter list", 1, 1),
        SyntaxErrorCase("x = async\n() => 1", "Malformed arrow function parameter list", 1, 5),
        SyntaxErrorCase("const x", "Missing initializer in const declaration", 1, 7),
        SyntaxErrorCase("let [a]", "Missing initializer in destructuring declaration", 1, 5),
        SyntaxErrorCase("var {a}", "Missing initializer in destructuring declaration", 1, 5),
        SyntaxErrorCase("0_1", "Numeric separator can not be used after leading 0.", 1, 2),
        SyntaxErrorCase("0x1_", "Numeric separators are not allowed at the end of numeric literals", 1, 5),
        SyntaxErrorCase("1.5_", "Numeric separators are not allowed at the end of numeric literals", 1, 5),
        SyntaxErrorCase("1_", "Numeric separators are not allowed at the end of numeric literals", 1, 3),
        SyntaxErrorCase("1_e5", "Numeric separators are not allowed at the end of numeric literals", 1, 3),
        SyntaxErrorCase("\"use strict\"; '\\01'", "Octal escape sequences are not allowed in strict mode.", 1, 17),
        SyntaxErrorCase("function f(){ '\\01'; 'use strict'; }", "Octal escape sequences are not allowed in strict mode.", 1, 17),
        SyntaxErrorCase("`\\01`", "Octal escape sequences are not allowed in template strings.", 1, 3),
        SyntaxErrorCase("\"use strict\"; 010", "Octal literals are not allowed in strict mode.", 1, 15),
        SyntaxErrorCase("'use strict'; 0123", "Octal literals are not allowed in strict mode.", 1, 15),
        SyntaxErrorCase("1__0", "Only one underscore is allowed as numeric separator", 1, 3),
        SyntaxErrorCase("({...a, b} = c)", "Rest element must be last element", 1, 6),
        SyntaxErrorCase("({...a,} = b)", "Rest element must be last element", 1, 6),
        SyntaxErrorCase("[...a, b] = c", "Rest element must be last element", 1, 2),
        SyntaxErrorCase("[...a,] = b", "Rest element must be last element", 1, 2),
        SyntaxErrorCase("let [a, ...b,] = x", "Rest element must be last element", 1, 9),
        SyntaxErrorCase("(...a, b) => 1", "Rest parameter must be last formal parameter", 1, 5),
        SyntaxErrorCase("(a, ...b,) => 1", "Rest parameter must be last formal parameter", 1, 8),
        SyntaxErrorCase("function f(...a, b) {}", "Rest parameter must be last formal parameter", 1, 16),
        SyntaxErrorCase("function f(...a,) {}", "Rest parameter must be last formal parameter", 1, 16),
        SyntaxErrorCase("({ set a(...x){} })", "Setter function argument must not be a rest parameter", 1, 9),
        SyntaxErrorCase("({ set a(){} })", "Setter must have exactly one formal parameter.", 1, 9),
        SyntaxErrorCase("({ set a(x, y){} })", "Setter must have exactly one formal parameter.", 1, 9),
        SyntaxErrorCase("'use strict'; with (a) {}", "Strict mode code may not include a with statement", 1, 15),
        SyntaxErrorCase("-a ** b", "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", 1, 1),
        SyntaxErrorCase("'\\u{110000'", "Undefined Unicode code-point", 1, 2),
        SyntaxErrorCase("'\\u{110000}'", "Undefined Unicode code-point", 1, 2),
        SyntaxErrorCase("`\\u{110000}`", "Undefined Unicode code-point", 1, 2),
        SyntaxErrorCase("break y", "Undefined label 'y'", 1, 7),
        SyntaxErrorCase("x: while(1) { continue y }", "Undefined label 'y'", 1, 24),
        SyntaxErrorCase("[a", "Unexpected end of input", 1, 3),
        SyntaxErrorCase("`${a`", "Unexpected end of input", 1, 6),
        SyntaxErrorCase("`${a}", "Unexpected end of input", 1, 6),
        SyntaxErrorCase("`${a}b", "Unexpected end of input", 1, 7),
        SyntaxErrorCase("`a", "Unexpected end of input", 1, 3),
        SyntaxErrorCase("a = ", "Unexpected end of input", 1, 5),
        SyntaxErrorCase("a = `${b}\n${c`", "Unexpected end of input", 2, 5),
        SyntaxErrorCase("a ? b", "Unexpected end of input", 1, 6),
        SyntaxErrorCase("a`", "Unexpected end of input", 1, 3),
        SyntaxErrorCase("await /x/", "Unexpected end of input", 1, 10),
        SyntaxErrorCase("for (;;)", "Unexpected end of input", 1, 9),
        SyntaxErrorCase("if (a)\n", "Unexpected end of input", 2, 1),
        SyntaxErrorCase("var x = `abc", "Unexpected end of input", 1, 13),
        SyntaxErrorCase("x = `${`", "Unexpected end of input", 1, 9),
        SyntaxErrorCase("{", "Unexpected end of input", 1, 2),
        SyntaxErrorCase("'use strict'; (eval) => 1", "Unexpected eval or arguments in strict mode", 1, 16),
        SyntaxErrorCase("'use strict'; (function eval() {})", "Unexpected eval or arguments in strict mode", 1, 25),
        SyntaxErrorCase("'use strict'; arguments++", "Unexpected eval or arguments in strict mode", 1, 15),
        SyntaxErrorCase("'use strict'; eval = 1", "Unexpected eval or arguments in strict mode", 1, 15),
        SyntaxErrorCase("'use strict'; eval => 1", "Unexpected eval or arguments in strict mode", 1, 15),
        SyntaxErrorCase("'use strict'; function eval() {}", "Unexpected eval or arguments in strict mode", 1, 24),
        SyntaxErrorCase("'use strict'; var eval", "Unexpected eval or arguments in strict mode", 1, 19),
        SyntaxErrorCase("(eval) => { 'use strict' }", "Unexpected eval or arguments in strict mode", 1, 2),
        SyntaxErrorCase("function eval() { 'use strict' }", "Unexpected eval or arguments in strict mode", 1, 10),
        SyntaxErrorCase("if a", "Unexpected identifier 'a'", 1, 4),
        SyntaxErrorCase("(a b)", "Unexpected identifier 'b'", 1, 4),
        SyntaxErrorCase("({a: 1 b: 2})", "Unexpected identifier 'b'", 1, 8),
        SyntaxErrorCase("[a b]", "Unexpected identifier 'b'", 1, 4),
        SyntaxErrorCase("class A { a = 1 b = 2 }", "Unexpected identifier 'b'", 1, 17),
        SyntaxErrorCase("for (a\nb\nc) d", "Unexpected identifier 'b'", 2, 1),
        SyntaxErrorCase("for (a\nb;;) {}", "Unexpected identifier 'b'", 2, 1),
        SyntaxErrorCase("if (a b) {}", "Unexpected identifier 'b'", 1, 7),
        SyntaxErrorCase("x = {a b}", "Unexpected identifier 'b'", 1, 8),
        SyntaxErrorCase("{ a b }", "Unexpected identifier 'b'", 1, 5),
        SyntaxErrorCase("a ? b c", "Unexpected identifier 'c'", 1, 7),
        SyntaxErrorCase("async x", "Unexpected identifier 'x'", 1, 7),
        SyntaxErrorCase("for (let of x);", "Unexpected identifier 'x'", 1, 13),
        SyntaxErrorCase("x = { async get x(){} }", "Unexpected identifier 'x'", 1, 17),
        SyntaxErrorCase("function *g(){ a + yield }", "Unexpected identifier 'yield'", 1, 20),
        SyntaxErrorCase("function* g() { ({ yield }) }", "Unexpected identifier 'yield'", 1, 20),
        SyntaxErrorCase("function* g() { function yield() {} }", "Unexpected identifier 'yield'", 1, 26),
        SyntaxErrorCase("function* g(){ var yield }", "Unexpected identifier 'yield'", 1, 20),
        SyntaxErrorCase("x = y z", "Unexpected identifier 'z'", 1, 7),
        SyntaxErrorCase("07.5", "Unexpected number", 1, 3),
        SyntaxErrorCase("a.1", "Unexpected number", 1, 2),
        SyntaxErrorCase("async function f(){ var await }", "Unexpected reserved word", 1, 25),
        SyntaxErrorCase("for await (x of y);", "Unexpected reserved word", 1, 5),
        SyntaxErrorCase("var enum", "Unexpected reserved word", 1, 5),
        SyntaxErrorCase("'use strict'; ({ let })", "Unexpected strict mode reserved word", 1, 18),
        SyntaxErrorCase("'use strict'; implements", "Unexpected strict mode reserved word", 1, 15),
        SyntaxErrorCase("'use strict'; var let", "Unexpected strict mode reserved word", 1, 19),
        SyntaxErrorCase("'use strict'; var static", "Unexpected strict mode reserved word", 1, 19),
        SyntaxErrorCase("'use strict'; yield = 1", "Unexpected strict mode reserved word", 1, 15),
        SyntaxErrorCase("a ?? b && c", "Unexpected token '&&'", 1, 8),
        SyntaxErrorCase("()", "Unexpected token ')'", 1, 2),
        SyntaxErrorCase("(a,) ", "Unexpected token ')'", 1, 4),
        SyntaxErrorCase("async function f(){ (await) => 1 }", "Unexpected token ')'", 1, 27),
        SyntaxErrorCase("function* g() { yield\n* 1 }", "Unexpected token '*'", 2, 1),
        SyntaxErrorCase("x = { get *x(){} }", "Unexpected token '*'", 1, 11),
        SyntaxErrorCase("x => {} + 1", "Unexpected token '+'", 1, 9),
        SyntaxErrorCase("._5", "Unexpected token '.'", 1, 1),
        SyntaxErrorCase("a..b", "Unexpected token '.'", 1, 3),
        SyntaxErrorCase("(...a)", "Unexpected token '...'", 1, 2),
        SyntaxErrorCase("{ a: 1, b: 2 }", "Unexpected token ':'", 1, 10),
        SyntaxErrorCase("var a = ;", "Unexpected token ';'", 1, 9),
        SyntaxErrorCase("function *g(){ yield = 1 }", "Unexpected token '='", 1, 22),
        SyntaxErrorCase("(x)\n=> y", "Unexpected token '=>'", 2, 1),
        SyntaxErrorCase("a\n=> 1", "Unexpected token '=>'", 2, 1),
        SyntaxErrorCase("async function f() { await => 1 }", "Unexpected token '=>'", 1, 28),
        SyntaxErrorCase("async x\n=> 1", "Unexpected token '=>'", 2, 1),
        SyntaxErrorCase("function* g() { yield => 1 }", "Unexpected token '=>'", 1, 23),
        SyntaxErrorCase("x\n=>y", "Unexpected token '=>'", 2, 1),
        SyntaxErrorCase("a || b ?? c", "Unexpected token '??'", 1, 8),
        SyntaxErrorCase("if (a) class C {}", "Unexpected token 'class'", 1, 8),
        SyntaxErrorCase("if (a) const x = 1", "Unexpected token 'const'", 1, 8),
        SyntaxErrorCase("if (a) b else c", "Unexpected token 'else'", 1, 10),
        SyntaxErrorCase("export var x", "Unexpected token 'export'", 1, 1),
        SyntaxErrorCase("var if", "Unexpected token 'if'", 1, 5),
        SyntaxErrorCase("x = { if }", "Unexpected token 'if'", 1, 7),
        SyntaxErrorCase("x = { this }", "Unexpected token 'this'", 1, 7),
        SyntaxErrorCase("var a = 1 var b = 2", "Unexpected token 'var'", 1, 11),
        SyntaxErrorCase("var x = 1 /* c */ var y", "Unexpected token 'var'", 1, 19),
        SyntaxErrorCase("a ?? b || c", "Unexpected token '||'", 1, 8),
        SyntaxErrorCase("a = 1 }", "Unexpected token '}'", 1, 7),
        SyntaxErrorCase("}", "Unexpected token '}'", 1, 1),
        SyntaxErrorCase("function* g(a = yield) {}", "Yield expression not allowed in formal parameter", 1, 17),
        SyntaxErrorCase("\"use strict\"; '\\8'", "\\8 and \\9 are not allowed in strict mode.", 1, 16),
        SyntaxErrorCase("`\\8`", "\\8 and \\9 are not allowed in template strings.", 1, 2),
        SyntaxErrorCase("({...{a}} = b)", "`...` must be followed by an assignable reference in assignment contexts", 1, 6),
        SyntaxErrorCase("let {...{a}} = x", "`...` must be followed by an identifier in declaration contexts", 1, 9),
        SyntaxErrorCase("await x", "await is only valid in async functions and the top level bodies of modules", 1, 1),
        SyntaxErrorCase("function f(){ await x }", "await is only valid in async functions and the top level bodies of modules", 1, 15),
        SyntaxErrorCase("'use strict'; for (var x = 1 in y);", "for-in loop variable declaration may not have an initializer.", 1, 24),
        SyntaxErrorCase("for (let x = 1 in y);", "for-in loop variable declaration may not have an initializer.", 1, 10),
        SyntaxErrorCase("for (let x = 1 of y);", "for-of loop variable declaration may not have an initializer.", 1, 10),
        SyntaxErrorCase("let let = 1", "let is disallowed as a lexically bound name", 1, 5),
        SyntaxErrorCase("async (a = await 1) => 1", "missing ) after argument list", 1, 12),
        SyntaxErrorCase("f(a", "missing ) after argument list", 1, 3),
        SyntaxErrorCase("f(a b)", "missing ) after argument list", 1, 3),
        SyntaxErrorCase("f(a, b c)", "missing ) after argument list", 1, 6),
        SyntaxErrorCase("f(a.b c)", "missing ) after argument list", 1, 5),
        SyntaxErrorCase("new A(a b)", "missing ) after argument list", 1, 7),
        SyntaxErrorCase("() => new.target", "new.target expression is not allowed here", 1, 11),
        SyntaxErrorCase("new.target", "new.target expression is not allowed here", 1, 5),
    ]

    @Test(arguments: nodeCases)
    func matchesNode(_ testCase: SyntaxErrorCase) {
        let error = parseError(testCase.source)
        #expect(error?.message == testCase.message)
        #expect(error?.line == testCase.line)
        #expect(error?.column == testCase.column)
    }

    /// Features PostieScript leaves out are reported by name (V8 would accept these).
    static let unsupported: [SyntaxErrorCase] = [
        SyntaxErrorCase("with (a) {}", "PostieScript does not support the 'with' statement", 1, 1),
        SyntaxErrorCase("x = import('m')", "PostieScript does not support import()", 1, 5),
        SyntaxErrorCase("class A { #x = 1 }", "PostieScript does not support private class members", 1, 11),
        SyntaxErrorCase("class A { #m() {} }", "PostieScript does not support private class members", 1, 11),
        SyntaxErrorCase("a.#b", "PostieScript does not support private class members", 1, 3),
        SyntaxErrorCase("x = 10n", "BigInt literals are not supported by PostieScript", 1, 5),
        SyntaxErrorCase("x = 0x1Fn", "BigInt literals are not supported by PostieScript", 1, 5),
    ]

    @Test(arguments: unsupported)
    func unsupportedFeatures(_ testCase: SyntaxErrorCase) {
        let error = parseError(testCase.source)
        #expect(error?.message == testCase.message)
        #expect(error?.line == testCase.line)
        #expect(error?.column == testCase.column)
    }

    @Test func descriptionNamesTheSourceAndPlace() {
        let error = parseError("a\n  )")
        #expect(error?.description == "x.js:2:3: SyntaxError: Unexpected token ')'")
        #expect(error?.offset == 4)
    }

    /// The function-body goal (a Postman script) allows top-level `return` and `await`; eval code does not.
    @Test func goalsDifferOnReturnAndAwait() throws {
        #expect(parseError("return 1", goal: .functionBody) == nil)
        #expect(parseError("await x", goal: .functionBody) == nil)
        #expect(parseError("for await (const x of y) {}", goal: .functionBody) == nil)
        #expect(parseError("return 1")?.message == "Illegal return statement")
        #expect(parseError("await x")?.message == "await is only valid in async functions and the top level bodies of modules")
        #expect(parseError("var await = 1") == nil)
        #expect(parseError("var await = 1", goal: .functionBody)?.message == "Unexpected reserved word")
        #expect(parseError("function f() { return await }") == nil)
        #expect(parseError("function f() { await x }", goal: .functionBody)?.message
            == "await is only valid in async functions and the top level bodies of modules")
    }
}
