import PostieScript
import Testing

/// The single expression of a one-statement script.
func onlyExpression(_ source: String, goal: ScriptGoal = .eval) throws -> Expression {
    let script = try Parser.parse(SourceText(name: "x.js", text: source), goal: goal)
    guard script.body.count == 1, case .expression(let expression) = script.body[0].kind else {
        throw LiteralTestError.notAnExpressionStatement
    }
    return expression
}

enum LiteralTestError: Error { case notAnExpressionStatement, unexpectedShape }

struct TemplateCase: CustomTestStringConvertible, Sendable {
    let source: String
    let cooked: [[UInt16]?]
    let raw: [[UInt16]]
    init(_ source: String, cooked: [[UInt16]?], raw: [[UInt16]]) {
        self.source = source
        self.cooked = cooked
        self.raw = raw
    }
    var testDescription: String { source }
}

@Suite("Lexer: literal values")
struct LiteralTests {
    /// Bit patterns of the doubles Node 20 gives (`new Float64Array([eval(src)])`).
    static let numbers: [(String, UInt64)] = [
        ("0", 0x0000000000000000),  // 0
        ("1", 0x3ff0000000000000),  // 1
        ("1.5", 0x3ff8000000000000),  // 1.5
        (".5", 0x3fe0000000000000),  // 0.5
        ("5.", 0x4014000000000000),  // 5
        ("1e3", 0x408f400000000000),  // 1000
        ("1E-3", 0x3f50624dd2f1a9fc),  // 0.001
        ("1.5e+10", 0x420bf08eb0000000),  // 15000000000
        ("0x1F", 0x403f000000000000),  // 31
        ("0XfF", 0x406fe00000000000),  // 255
        ("0o17", 0x402e000000000000),  // 15
        ("0O777", 0x407ff00000000000),  // 511
        ("0b101", 0x4014000000000000),  // 5
        ("0B11", 0x4008000000000000),  // 3
        ("017", 0x402e000000000000),  // 15
        ("0777", 0x407ff00000000000),  // 511
        ("08", 0x4020000000000000),  // 8
        ("09", 0x4022000000000000),  // 9
        ("019", 0x4033000000000000),  // 19
        ("08.5", 0x4021000000000000),  // 8.5
        ("09.5e1", 0x4057c00000000000),  // 95
        ("1_000_000", 0x412e848000000000),  // 1000000
        ("0xF_F", 0x406fe00000000000),  // 255
        ("0b1_0", 0x4000000000000000),  // 2
        ("1_0.2_5e1_0", 0x4237dd79e1000000),  // 102500000000
        ("0.1", 0x3fb999999999999a),  // 0.1
        ("0.2", 0x3fc999999999999a),  // 0.2
        ("0.30000000000000004", 0x3fd3333333333334),  // 0.30000000000000004
        ("123456789012345678901234567890", 0x45f8ee90ff6c373e),  // 1.2345678901234568e+29
        ("1e308", 0x7fe1ccf385ebc8a0),  // 1e+308
        ("1e309", 0x7ff0000000000000),  // Infinity
        ("2e-324", 0x0000000000000000),  // 0
        ("5e-324", 0x0000000000000001),  // 5e-324
        ("4.9406564584124654e-324", 0x0000000000000001),  // 5e-324
        ("2.2250738585072011e-308", 0x000fffffffffffff),  // 2.225073858507201e-308
        ("9007199254740993", 0x4340000000000000),  // 9007199254740992
        ("0x20000000000001", 0x4340000000000000),  // 9007199254740992
        ("0x1fffffffffffff", 0x433fffffffffffff),  // 9007199254740991
        ("0x3ffffffffffffff", 0x4390000000000000),  // 288230376151711740
        ("0xffffffffffffffffffffffffffffffff", 0x47f0000000000000),  // 3.402823669209385e+38
        ("0o7777777777777777777777", 0x4410000000000000),  // 73786976294838210000
        ("0b11111111111111111111111111111111111111111111111111111", 0x433fffffffffffff),  // 9007199254740991
        ("0b111111111111111111111111111111111111111111111111111111", 0x4350000000000000),  // 18014398509481984
        ("0.000001", 0x3eb0c6f7a0b5ed8d),  // 0.000001
        ("1e-7", 0x3e7ad7f29abcaf48),  // 1e-7
        ("123.456e-5", 0x3f543a1eb4cbfa14),  // 0.00123456
        ("00", 0x0000000000000000),  // 0
        ("0.0", 0x0000000000000000),  // 0
        ("1.7976931348623157e308", 0x7fefffffffffffff),  // 1.7976931348623157e+308
        ("1.7976931348623158e308", 0x7fefffffffffffff),  // 1.7976931348623157e+308
        ("0x8000000000000800", 0x43e0000000000001),  // 9223372036854778000
        ("0x8000000000000801", 0x43e0000000000001),  // 9223372036854778000
        ("0x80000000000008000", 0x4420000000000001),  // 147573952589676450000

    ]

    @Test(arguments: numbers)
    func number(_ source: String, _ bits: UInt64) throws {
        guard case .number(let value) = try onlyExpression(source).kind else {
            Issue.record("not a number")
            return
        }
        #expect(value.bitPattern == bits, "\(value)")
    }

    /// `Object.keys({ key: 1 })[0]` in Node 20.
    static let numericKeys: [(String, String)] = [
        ("1.0", "1"), ("0x10", "16"), ("1e21", "1e+21"), ("1e20", "100000000000000000000"), (".5", "0.5"),
        ("0.000001", "0.000001"), ("1e-7", "1e-7"), ("123456789012345678901", "123456789012345680000"),
        ("1.5e300", "1.5e+300"), ("0b11", "3"), ("017", "15"), ("5e-324", "5e-324"), ("1_000", "1000"),
        ("0.1", "0.1"), ("100", "100"), ("1e400", "Infinity"), ("123e-20", "1.23e-18"), ("0", "0"),
    ]

    @Test(arguments: numericKeys)
    func numericPropertyKey(_ key: String, _ expected: String) throws {
        guard case .object(let members) = try onlyExpression("({\(key): 1})").kind.unparenthesized,
            case .property(.literal(let name), _) = members.first
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(String(decoding: name, as: UTF16.self) == expected)
    }

    /// UTF-16 code units of `eval(src)` in Node 20.
    static let strings: [(String, [UInt16])] = [
        ("\"a\\nb\\tc\"", [97,10,98,9,99]),
        ("\"\\b\\f\\v\\0\\r\"", [8,12,11,0,13]),
        ("\"\\x41\\x7e\"", [65,126]),
        ("\"\\u0041\\u{1F600}\\u{41}\"", [65,55357,56832,65]),
        ("\"\\101\\7\\08\\377\\400\"", [65,7,0,56,255,32,48]),
        ("\"\\8\\9\"", [56,57]),
        ("\"\\q\\'\\\"\\\\\"", [113,39,34,92]),
        ("\"a\\\nb\"", [97,98]),
        ("\"a\\\r\nb\"", [97,98]),
        ("\"a\u{2028}b\u{2029}c\"", [97,8232,98,8233,99]),
        ("\"\\uD800\"", [55296]),
        ("'\\uDC00\\uD800'", [56320,55296]),
        ("\"\\u{10FFFF}\"", [56319,57343]),
        ("\"\\u00e9\"", [233]),
        ("\"\u{e9}\u{1f600}\"", [233,55357,56832]),
        ("'\\u{0000000041}'", [65]),
    ]

    @Test(arguments: strings)
    func string(_ source: String, _ units: [UInt16]) throws {
        guard case .string(let value) = try onlyExpression(source).kind else {
            Issue.record("not a string")
            return
        }
        #expect(value == units)
    }

    /// Cooked and raw strings of a tagged template in Node 20 (`(s => s)` and `s.raw`).
    static let templates: [TemplateCase] = [
        TemplateCase("`a\\nb`", cooked: [[97, 10, 98]], raw: [[97, 92, 110, 98]]),
        TemplateCase("`a\nb`", cooked: [[97, 10, 98]], raw: [[97, 10, 98]]),
        TemplateCase("`a\r\nb\rc`", cooked: [[97, 10, 98, 10, 99]], raw: [[97, 10, 98, 10, 99]]),
        TemplateCase("`\\u{41}${1}\\x42`", cooked: [[65], [66]], raw: [[92, 117, 123, 52, 49, 125], [92, 120, 52, 50]]),
        TemplateCase("`a\\\nb`", cooked: [[97, 98]], raw: [[97, 92, 10, 98]]),
        TemplateCase("`$`", cooked: [[36]], raw: [[36]]),
        TemplateCase("`$$`", cooked: [[36, 36]], raw: [[36, 36]]),
        TemplateCase("`\\${x}`", cooked: [[36, 123, 120, 125]], raw: [[92, 36, 123, 120, 125]]),
        TemplateCase("`$\\{x}`", cooked: [[36, 123, 120, 125]], raw: [[36, 92, 123, 120, 125]]),
        TemplateCase("`\\``", cooked: [[96]], raw: [[92, 96]]),
        TemplateCase("`\\unicode`", cooked: [nil], raw: [[92, 117, 110, 105, 99, 111, 100, 101]]),
        TemplateCase("`\\xg`", cooked: [nil], raw: [[92, 120, 103]]),
        TemplateCase("`\\01`", cooked: [nil], raw: [[92, 48, 49]]),
        TemplateCase("`\\u{110000}`", cooked: [nil], raw: [[92, 117, 123, 49, 49, 48, 48, 48, 48, 125]]),
        TemplateCase("`a${1}\\u{`", cooked: [[97], nil], raw: [[97], [92, 117, 123]]),
    ]

    @Test(arguments: templates)
    func template(_ testCase: TemplateCase) throws {
        guard case .taggedTemplate(_, let quasi) = try onlyExpression("tag" + testCase.source).kind else {
            Issue.record("not a tagged template")
            return
        }
        #expect(quasi.cooked == testCase.cooked)
        #expect(quasi.raw == testCase.raw)
    }

    @Test func untaggedTemplateWithInvalidEscapeIsAnError() {
        #expect(parseError("`\\unicode`")?.message == "Invalid Unicode escape sequence")
        #expect(parseError("`\\xg`")?.message == "Invalid hexadecimal escape sequence")
        #expect(parseError("`\\01`")?.message == "Octal escape sequences are not allowed in template strings.")
        #expect(parseError("`\\u{110000}`")?.message == "Undefined Unicode code-point")
    }

    @Test func tenMegabyteStringLiteral() throws {
        let body = String(repeating: "abcdefghij", count: 1_000_000)
        guard case .string(let value) = try onlyExpression("'" + body + "'").kind else {
            Issue.record("not a string")
            return
        }
        #expect(value.count == 10_000_000)
        let escaped = String(repeating: "a\\n", count: 1_000_000)
        guard case .string(let decoded) = try onlyExpression("'" + escaped + "'").kind else {
            Issue.record("not a string")
            return
        }
        #expect(decoded.count == 2_000_000)
    }

    @Test func identifiersDecodeEscapesAndUnicode() throws {
        let script = try Parser.parse(SourceText(name: "x.js", text: "var \\u0061b, \\u{63}, \u{212e}, \u{1fa9}, a\u{200c}b, $_"), goal: .eval)
        guard case .variable(let declaration) = script.body[0].kind else {
            Issue.record("not a declaration")
            return
        }
        let names = declaration.declarations.compactMap { declarator -> String? in
            if case .identifier(let identifier) = declarator.target { return identifier.name }
            return nil
        }
        #expect(names == ["ab", "c", "\u{212e}", "\u{1fa9}", "a\u{200c}b", "$_"])
    }
}

extension ExpressionKind {
    /// The expression inside any parentheses.
    var unparenthesized: ExpressionKind {
        var kind = self
        while case .parenthesized(let inner) = kind { kind = inner.kind }
        return kind
    }
}
