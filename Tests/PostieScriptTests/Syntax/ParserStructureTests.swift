import PostieScript
import Testing

/// Every function node in a script, in source order of their starts.
func allFunctions(in script: ScriptNode) -> [FunctionNode] {
    var collector = NodeCollector()
    for statement in script.body { collector.visit(statement) }
    return collector.functions.sorted { $0.start < $1.start }
}

/// Walks a tree collecting functions, classes, identifiers and template sites (for the tests).
struct NodeCollector {
    var functions: [FunctionNode] = []
    var classes: [ClassNode] = []
    var identifierIDs: [Int32] = []
    var siteIDs: [Int32] = []

    mutating func visit(_ statement: Statement) {
        switch statement.kind {
        case .expression(let expression), .throw(let expression): visit(expression)
        case .variable(let declaration): visit(declaration)
        case .function(let function): visit(function)
        case .class(let node): visit(node)
        case .return(let argument): if let argument { visit(argument) }
        case .if(let test, let consequent, let alternate):
            visit(test)
            visit(consequent)
            if let alternate { visit(alternate) }
        case .block(let body): body.forEach { visit($0) }
        case .for(let initializer, let test, let update, let body):
            switch initializer {
            case .declaration(let declaration): visit(declaration)
            case .expression(let expression): visit(expression)
            case .none: break
            }
            if let test { visit(test) }
            if let update { visit(update) }
            visit(body)
        case .forIn(let binding, let right, let body), .forOf(let binding, let right, let body, _):
            switch binding {
            case .declaration(let declaration): visit(declaration)
            case .pattern(let pattern): visit(pattern)
            }
            visit(right)
            visit(body)
        case .while(let test, let body), .doWhile(let body, let test):
            visit(test)
            visit(body)
        case .try(let block, let handler, let finalizer):
            block.forEach { visit($0) }
            if let handler {
                if let parameter = handler.parameter { visit(parameter) }
                handler.body.forEach { visit($0) }
            }
            finalizer?.forEach { visit($0) }
        case .switch(let discriminant, let cases):
            visit(discriminant)
            for clause in cases {
                if let test = clause.test { visit(test) }
                clause.body.forEach { visit($0) }
            }
        case .labeled(_, let body): visit(body)
        case .break, .continue, .empty, .debugger: break
        }
    }

    mutating func visit(_ declaration: VariableDeclaration) {
        for declarator in declaration.declarations {
            visit(declarator.target)
            if let initializer = declarator.initializer { visit(initializer) }
        }
    }

    mutating func visit(_ function: FunctionNode) {
        functions.append(function)
        if let name = function.name { identifierIDs.append(name.id) }
        function.parameters.forEach { visit($0) }
        if let rest = function.rest { visit(rest) }
        function.body.forEach { visit($0) }
    }

    mutating func visit(_ node: ClassNode) {
        classes.append(node)
        if let name = node.name { identifierIDs.append(name.id) }
        if let superClass = node.superClass { visit(superClass) }
        if let constructor = node.constructor { visit(constructor) }
        for member in node.members {
            visit(member.key)
            if let function = member.function { visit(function) }
            if let value = member.value { visit(value) }
        }
    }

    mutating func visit(_ key: PropertyName) {
        if case .computed(let expression) = key { visit(expression) }
    }

    mutating func visit(_ pattern: Pattern) {
        switch pattern {
        case .identifier(let identifier): identifierIDs.append(identifier.id)
        case .object(let properties, let rest, _):
            for property in properties {
                visit(property.key)
                visit(property.value)
            }
            if let rest { visit(rest) }
        case .array(let elements, let rest, _):
            for case let element? in elements { visit(element) }
            if let rest { visit(rest) }
        case .withDefault(let target, let value):
            visit(target)
            visit(value)
        case .expression(let expression): visit(expression)
        }
    }

    mutating func visit(_ literal: TemplateLiteral) {
        siteIDs.append(literal.siteID)
        literal.expressions.forEach { visit($0) }
    }

    mutating func visit(_ arguments: [Argument]) {
        for argument in arguments {
            switch argument {
            case .expression(let expression), .spread(let expression): visit(expression)
            }
        }
    }

    mutating func visit(_ expression: Expression) {
        switch expression.kind {
        case .identifier(let identifier): identifierIDs.append(identifier.id)
        case .number, .string, .boolean, .null, .regExp, .this, .super, .newTarget: break
        case .template(let literal): visit(literal)
        case .taggedTemplate(let tag, let quasi):
            visit(tag)
            visit(quasi)
        case .array(let elements):
            for element in elements {
                switch element {
                case .expression(let item), .spread(let item): visit(item)
                case .hole: break
                }
            }
        case .object(let members):
            for member in members {
                switch member {
                case .property(let key, let value):
                    visit(key)
                    visit(value)
                case .shorthand(let identifier): identifierIDs.append(identifier.id)
                case .method(let key, let function, _):
                    visit(key)
                    visit(function)
                case .spread(let value), .protoSetter(let value): visit(value)
                }
            }
        case .function(let function): visit(function)
        case .class(let node): visit(node)
        case .unary(_, let operand), .update(_, _, let operand), .await(let operand), .optionalChain(let operand),
            .parenthesized(let operand):
            visit(operand)
        case .binary(_, let left, let right), .logical(_, let left, let right):
            visit(left)
            visit(right)
        case .assignment(_, let target, let value):
            visit(target)
            visit(value)
        case .conditional(let test, let consequent, let alternate):
            visit(test)
            visit(consequent)
            visit(alternate)
        case .call(let callee, let arguments, _), .new(let callee, let arguments):
            visit(callee)
            visit(arguments)
        case .member(let object, _, _): visit(object)
        case .index(let object, let property, _):
            visit(object)
            visit(property)
        case .sequence(let items): items.forEach { visit($0) }
        case .yield(let argument, _): if let argument { visit(argument) }
        }
    }
}

func parseScript(_ source: String, goal: ScriptGoal = .eval) throws -> ScriptNode {
    try Parser.parse(SourceText(name: "x.js", text: source), goal: goal)
}

func sourceSlice(_ script: ScriptNode, _ start: Int32, _ end: Int32) -> String {
    String(decoding: script.source.slice(from: start, to: end), as: UTF16.self)
}

@Suite("Parser: positions, ids and flags")
struct ParserStructureTests {
    /// `Function.prototype.toString()` of each function in Node 20, in source order.
    static let sourceRanges: [(String, [String])] = [
        (
            "o = { get a(){ return 1 }, set a(v){}, m(){}, async am(){}, *g(){}, async *ag(){}, ['c' + 1](){}, 'str'(){}, 5(){} }",
            [
                "get a(){ return 1 }", "set a(v){}", "m(){}", "async am(){}", "*g(){}", "async *ag(){}",
                "['c' + 1](){}", "'str'(){}", "5(){}",
            ]
        ),
        (
            "class A extends Object { constructor(){ super() } static s(){} static get sg(){return 1} static async sa(){} m(){} static *sg2(){} }",
            [
                "constructor(){ super() }", "s(){}", "get sg(){return 1}", "async sa(){}", "m(){}", "*sg2(){}",
            ]
        ),
        (
            "f1 = async x => x+1, f2 = async (a, b) => { return a }, f3 = (a) => a  , f4 = function  named ( ) { } , f5 = async   function(){}",
            ["async x => x+1", "async (a, b) => { return a }", "(a) => a", "function  named ( ) { }", "async   function(){}"]
        ),
        ("function f() { return () => 1 } async function* g() {}", ["function f() { return () => 1 }", "() => 1", "async function* g() {}"]),
    ]

    @Test(arguments: sourceRanges)
    func functionSourceRange(_ source: String, _ expected: [String]) throws {
        let script = try parseScript(source)
        let texts = allFunctions(in: script).map { sourceSlice(script, $0.start, $0.end) }
        #expect(texts == expected)
    }

    @Test func classSourceRange() throws {
        let script = try parseScript("x = class   {  }; class B extends A { constructor() { super() } m() {} }")
        var collector = NodeCollector()
        script.body.forEach { collector.visit($0) }
        #expect(collector.classes.map { sourceSlice(script, $0.start, $0.end) } == ["class   {  }", "class B extends A { constructor() { super() } m() {} }"])
        let derived = collector.classes[1]
        guard case .classConstructor(let isDerived)? = derived.constructor?.kind else {
            Issue.record("no constructor")
            return
        }
        #expect(isDerived)
        #expect(derived.members.count == 1)
        #expect(collector.classes[0].constructor == nil)
    }

    @Test func identifierIDsAreUniqueAndBounded() throws {
        let script = try parseScript(
            "var a = b, {c, d: [e]} = f; function g(h, ...i) { return h + i + `${j}` } x = (k, l) => k; ({m} = n); o?.p(q)"
        )
        var collector = NodeCollector()
        script.body.forEach { collector.visit($0) }
        let ids = collector.identifierIDs
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0 >= 0 && $0 < script.identifierCount })
        #expect(ids.count == 19)
        #expect(collector.siteIDs == [0])
        #expect(script.templateSiteCount == 1)
    }

    @Test func templateSitesAreNumberedInOrder() throws {
        let script = try parseScript("a`x${b`y`}`; `z`; c`w`")
        var collector = NodeCollector()
        script.body.forEach { collector.visit($0) }
        #expect(Set(collector.siteIDs) == [0, 1, 2, 3])
        #expect(script.templateSiteCount == 4)
    }

    @Test func strictness() throws {
        let script = try parseScript("'use strict'; function f() {}")
        #expect(script.isStrict)
        #expect(allFunctions(in: script).allSatisfy { $0.isStrict })
        let sloppy = try parseScript("function f() { 'use strict' } function g() { class C { m() {} } } h = () => 1")
        #expect(!sloppy.isStrict)
        #expect(allFunctions(in: sloppy).map(\.isStrict) == [true, false, true, false])
        #expect(try !parseScript("'use\\u0020strict'; x").isStrict)
        #expect(try !parseScript("('use strict')").isStrict)
    }

    @Test func topLevelAwait() throws {
        #expect(try parseScript("await x", goal: .functionBody).hasTopLevelAwait)
        #expect(try parseScript("for await (x of y) ;", goal: .functionBody).hasTopLevelAwait)
        #expect(try !parseScript("async function f() { await x }", goal: .functionBody).hasTopLevelAwait)
        #expect(try !parseScript("x = async () => await y", goal: .functionBody).hasTopLevelAwait)
        #expect(try !parseScript("await(x)", goal: .eval).hasTopLevelAwait)
        #expect(renderAST("await(x)") == "(call await x)")
        #expect(renderAST("return await x", goal: .functionBody) == "(return (await x))")
    }

    @Test func expressionBodiedArrow() throws {
        let script = try parseScript("f = (a, b = 1) => a + b")
        let arrow = try #require(allFunctions(in: script).first)
        #expect(arrow.hasExpressionBody)
        #expect(arrow.expectedArgumentCount == 1)
        guard case .return(let value?) = arrow.body.first?.kind, case .binary(.add, _, _) = value.kind else {
            Issue.record("body is not a return of a + b")
            return
        }
    }

    @Test func startOffsets() throws {
        let script = try parseScript("x;  foo.bar(1)  ;\n  if (a) {}")
        #expect(script.body.map(\.start) == [0, 4, 20])
        guard case .expression(let call) = script.body[1].kind, case .call(let callee, _, _) = call.kind else {
            Issue.record("not a call")
            return
        }
        #expect(call.start == 4)
        #expect(callee.start == 4)
    }

    @Test func lineTerminatorsAndColumns() {
        let error = parseError("a\r\nb\u{2028}c\u{2029}  )")
        #expect(error?.line == 4)
        #expect(error?.column == 3)
    }

    @Test func hashbangAndHTMLComments() {
        #expect(renderAST("#!/usr/bin/env node\nx") == "x")
        #expect(renderAST("x = 1 <!-- comment\n--> also a comment\ny") == "(= x 1) y")
        #expect(renderAST("x --> 0") == "(> (post-- x) 0)")
    }
}
