import PostieScript
import Testing

@Suite("Lexer: regular expression or division")
struct RegExpOrDivisionTests {
    /// The comment is what Node 20 evaluates the source to (with a=6, b=2, g=3), which shows whether
    /// each `/` divided or began a regular expression.
    static let cases: [(String, String)] = [
        ("{}/b/g", "(block) /b/g"),  // Node: REGEX /b/g
        ("({}/b/g)", "(paren (/ (/ (object) b) g))"),  // Node: NaN
        ("x = {} / b / g", "(= x (/ (/ (object) b) g))"),  // Node: NaN
        ("a / b / g", "(/ (/ a b) g)"),  // Node: 1
        ("a\n/b/g", "(/ (/ a b) g)"),  // Node: 1
        ("if (a) /b/g.source", "(if a (. /b/g source))"),  // Node: b
        ("while (0) /b/g; /c/g", "(while 0 /b/g) /c/g"),  // Node: REGEX /c/g
        ("(a) / b / g", "(/ (/ (paren a) b) g)"),  // Node: 1
        ("(a)\n/b/g", "(/ (/ (paren a) b) g)"),  // Node: 1
        ("a++ / b / g", "(/ (/ (post++ a) b) g)"),  // Node: 1
        ("[a] / b / g", "(/ (/ (array a) b) g)"),  // Node: 1
        ("this / b / g", "(/ (/ this b) g)"),  // Node: NaN
        ("1 / b / g", "(/ (/ 1 b) g)"),  // Node: 0.16666666666666666
        ("'s' / b / g", "(/ (/ \"s\" b) g)"),  // Node: NaN
        ("typeof /b/g", "(typeof /b/g)"),  // Node: object
        ("void /b/g", "(void /b/g)"),  // Node: undefined
        ("x = a ? /b/g : /c/g", "(= x (? a /b/g /c/g))"),  // Node: REGEX /b/g
        ("x = [/b/g, /c/g]", "(= x (array /b/g /c/g))"),  // Node: /b/g,/c/g
        ("f(/b/g)", "(call f /b/g)"),  // Node: REGEX /b/g
        ("x = !/b/g", "(= x (! /b/g))"),  // Node: false
        ("x = a in /b/g", "(= x (in a /b/g))"),  // Node: false
        ("x = `${a}` / b / g", "(= x (/ (/ (template \"\" a \"\") b) g))"),  // Node: 1
        ("x = function(){} / b / g", "(= x (/ (/ (function ()) b) g))"),  // Node: NaN
        ("function h(){} /b/g", "(function h ()) /b/g"),  // Node: REGEX /b/g
        ("class K {} /b/g", "(class K) /b/g"),  // Node: REGEX /b/g
        ("x = class {} / b / g", "(= x (/ (/ (class) b) g))"),  // Node: NaN
        ("do /b/g; while(0)", "(do /b/g 0)"),  // Node: REGEX /b/g
        ("l: /b/g", "(label l /b/g)"),  // Node: REGEX /b/g
        ("x = a => /b/g", "(= x (arrow (a) /b/g))"),  // Node: FUNCTION
        ("x = a => {} \n/b/g", "(= x (arrow (a))) /b/g"),  // Node: REGEX /b/g
        ("x = /=/g", "(= x /=/g)"),  // Node: REGEX /=/g
        ("x = a /= b", "(= x (/= a b))"),  // Node: 3
        ("x = /[/]/g", "(= x /[/]/g)"),  // Node: REGEX /[/]/g
        ("x = /a\\/b/g", "(= x /a\\/b/g)"),  // Node: REGEX /a\/b/g
        ("x = y\n/b/g.source", "(= x (/ (/ y b) (. g source)))"),  // Node: NaN
        ("x = typeof a / b", "(= x (/ (typeof a) b))"),  // Node: NaN
        ("x = a.return / b / g", "(= x (/ (/ (. a return) b) g))"),  // Node: NaN
        ("x = a.if / b / g", "(= x (/ (/ (. a if) b) g))"),  // Node: NaN
        ("x = /b/g.source.length / 2", "(= x (/ (. (. /b/g source) length) 2))"),  // Node: 0.5
        ("for (;;) { break } /b/g", "(for _ _ _ (block (break))) /b/g"),  // Node: REGEX /b/g
    ]

    @Test(arguments: cases)
    func slash(_ source: String, _ expected: String) {
        #expect(renderAST(source) == expected)
    }

    @Test func patternAndFlagsAreKeptRaw() throws {
        let script = try Parser.parse(SourceText(name: "x.js", text: #"x = /[/\]]+(?<n>a)\u{1F600}/dgimsuy"#), goal: .eval)
        guard case .expression(let statement) = script.body[0].kind,
            case .assignment(_, _, let value) = statement.kind,
            case .regExp(let pattern, let flags) = value.kind
        else {
            Issue.record("not a regular expression")
            return
        }
        #expect(String(decoding: pattern, as: UTF16.self) == #"[/\]]+(?<n>a)\u{1F600}"#)
        #expect(flags == "dgimsuy")
    }

    @Test(arguments: ["/a/gg", "/a/x", "/a/G", "/a/\\u0067"])
    func invalidFlags(_ source: String) {
        #expect(parseError(source)?.message == "Invalid regular expression flags")
    }

    @Test(arguments: ["/abc", "x = /a\nb/", "/[/"])
    func unterminated(_ source: String) {
        #expect(parseError(source)?.message == "Invalid regular expression: missing /")
    }
}
