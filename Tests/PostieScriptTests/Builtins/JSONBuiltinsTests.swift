import Testing
import PostieScript

/// `JSON.parse` and `JSON.stringify` against Node 20 (expected outputs recorded with `node`), and
/// round trips of random values checked against an independent writer.
@Suite("JSONBuiltins")
struct JSONBuiltinsTests {
    static let cases: [BuiltinScriptCase] = [
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: 1, b: 'x', c: true, d: null }))"##,
                          "{\"a\":1,\"b\":\"x\",\"c\":true,\"d\":null}"),
        BuiltinScriptCase(##"console.log(JSON.stringify([1, 'two', false, null, [], {}]))"##,
                          "[1,\"two\",false,null,[],{}]"),
        BuiltinScriptCase(##"console.log(JSON.stringify('s'), JSON.stringify(1), JSON.stringify(true), JSON.stringify(null), JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(Symbol()))"##,
                          "\"s\" 1 true null undefined undefined undefined"),
        BuiltinScriptCase(##"console.log(JSON.stringify(-0), JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-Infinity), JSON.stringify([NaN, -0, 1e21, 1e-7]))"##,
                          "0 null null null [null,0,1e+21,1e-7]"),
        BuiltinScriptCase(##"console.log(JSON.stringify([0.1, 1.5, -2.25, 123456789, 2 ** 53, 2 ** 64, 1e300, 5e-324, 0.000001]))"##,
                          "[0.1,1.5,-2.25,123456789,9007199254740992,18446744073709552000,1e+300,5e-324,0.000001]"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol('x'), n: null }), JSON.stringify([undefined, function () {}, Symbol('x')]))"##,
                          "{\"n\":null} [null,null,null]"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ [Symbol('k')]: 1, a: 2 }))"##,
                          "{\"a\":2}"),
        BuiltinScriptCase(##"console.log(JSON.stringify('"\\/\b\f\n\r\t'), JSON.stringify('\u0000\u0001\u001f\u007f\u0080'))"##,
                          "\"\\\"\\\\/\\b\\f\\n\\r\\t\" \"\\u0000\\u0001\\u001f\u{7f}\""),
        BuiltinScriptCase(##"console.log(JSON.stringify('\u2028\u2029').length, JSON.stringify('é😀漢'))"##,
                          "4 \"é😀漢\""),
        BuiltinScriptCase(##"console.log(JSON.stringify('\ud800'), JSON.stringify('\udfff'), JSON.stringify('\ud83d\ude00'), JSON.stringify('a\ud800b'), JSON.stringify('\ude00\ud83d'))"##,
                          "\"\\ud800\" \"\\udfff\" \"😀\" \"a\\ud800b\" \"\\ude00\\ud83d\""),
        BuiltinScriptCase(##"console.log(JSON.stringify({ ['\ud800']: 1 }), JSON.stringify('\ud800\ud800'), JSON.stringify('\udc00\udc00x'))"##,
                          "{\"\\ud800\":1} \"\\ud800\\ud800\" \"\\udc00\\udc00x\""),
        BuiltinScriptCase(##"console.log(JSON.stringify({ 'a"b': 1, 'line\nbreak': 2, '\u0000': 3, '': 4 }))"##,
                          "{\"a\\\"b\":1,\"line\\nbreak\":2,\"\\u0000\":3,\"\":4}"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ b: 2, a: 1, 1: 'one', 0: 'zero', '-1': 'neg', '01': 'lead' }))"##,
                          "{\"0\":\"zero\",\"1\":\"one\",\"b\":2,\"a\":1,\"-1\":\"neg\",\"01\":\"lead\"}"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, 2))"##,
                          "{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ]\n}"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: 1, b: [1, 2] }, null, '\t'))"##,
                          "{\n\t\"a\": 1,\n\t\"b\": [\n\t\t1,\n\t\t2\n\t]\n}"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: 1 }, null, 20) === JSON.stringify({ a: 1 }, null, 10), JSON.stringify({ a: 1 }, null, 3))"##,
                          "true {\n   \"a\": 1\n}"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'))"##,
                          "{\nabcdefghij\"a\": 1\n}"),
        BuiltinScriptCase(##"console.log(JSON.stringify([1], null, 0), JSON.stringify([1], null, -5), JSON.stringify([1], null, 1.9), JSON.stringify([1], null, ''))"##,
                          "[1] [1] [\n 1\n] [1]"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: { b: 1 } }, null, new Number(2)), JSON.stringify([1], null, new String('--')))"##,
                          "{\n  \"a\": {\n    \"b\": 1\n  }\n} [\n--1\n]"),
        BuiltinScriptCase(##"console.log(JSON.stringify([1], null, true), JSON.stringify([1], null, {}), JSON.stringify([1], null, [4]))"##,
                          "[1] [1] [1]"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ e: {}, a: [] }, null, 2), JSON.stringify([[], {}], null, 1))"##,
                          "{\n  \"e\": {},\n  \"a\": []\n} [\n [],\n {}\n]"),
        BuiltinScriptCase(##"console.log(JSON.stringify([undefined, { a: undefined }], null, 2))"##,
                          "[\n  null,\n  {}\n]"),
        BuiltinScriptCase(##"const log = []; JSON.stringify({ a: 1, b: { c: 2 }, d: [3] }, function (k, v) { log.push(JSON.stringify(k) + ':' + typeof v + ':' + (Array.isArray(this) ? 'array' : typeof this)); return v }); console.log(log.join(' '))"##,
                          "\"\":object:object \"a\":number:object \"b\":object:object \"c\":number:object \"d\":object:object \"0\":number:array"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: 1, b: 'x', c: [1, 2] }, (k, v) => (typeof v === 'number' ? v * 10 : v)))"##,
                          "{\"a\":10,\"b\":\"x\",\"c\":[10,20]}"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: 1, b: 2 }, (k, v) => (k === 'a' ? undefined : v)))"##,
                          "{\"b\":2}"),
        BuiltinScriptCase(##"console.log(JSON.stringify([1, 2], (k, v) => (k === '0' ? function () {} : v)), JSON.stringify({ a: 1, b: 2 }, (k, v) => (k === 'b' ? [v, undefined] : v)))"##,
                          "[null,2] {\"a\":1,\"b\":[2,null]}"),
        BuiltinScriptCase(##"console.log(JSON.stringify(5, (k, v) => v + 1), JSON.stringify({}, () => 'replaced'), JSON.stringify(1, () => undefined))"##,
                          "6 \"replaced\" undefined"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: 1 }, function (k, v) { return k === '' ? { wrapped: this[''] } : v }))"##,
                          "{\"wrapped\":{\"a\":1}}"),
        BuiltinScriptCase(##"const data = { b: 2, a: 1, c: { a: 'nested', z: 26 }, 1: 'one' }; console.log(JSON.stringify(data, ['a', 'c']), JSON.stringify(data, ['c', 'a', 'a', 'b']))"##,
                          "{\"a\":1,\"c\":{\"a\":\"nested\"}} {\"c\":{\"a\":\"nested\"},\"a\":1,\"b\":2}"),
        BuiltinScriptCase(##"const data = { b: 2, a: 1, 1: 'one' }; console.log(JSON.stringify(data, [1, 'b']), JSON.stringify(data, [new String('b'), new Number(1), {}, true, null]))"##,
                          "{\"1\":\"one\",\"b\":2} {\"b\":2,\"1\":\"one\"}"),
        BuiltinScriptCase(##"console.log(JSON.stringify([{ a: 1, b: 2 }], ['b']), JSON.stringify({ a: 1 }, []), JSON.stringify({ a: 1 }, 'notfn'), JSON.stringify({ a: 1 }, {}))"##,
                          "[{\"b\":2}] {} {\"a\":1} {\"a\":1}"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: 1, b: 2, c: 3 }, ['c', 'a'], '\t'))"##,
                          "{\n\t\"c\": 3,\n\t\"a\": 1\n}"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: [{ b: 1, c: 2 }] }, ['a', 'b'], 1))"##,
                          "{\n \"a\": [\n  {\n   \"b\": 1\n  }\n ]\n}"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ x: 1, y: 2 }, ['y', 'missing', 'x']))"##,
                          "{\"y\":2,\"x\":1}"),
        BuiltinScriptCase(##"const o = { toJSON(key) { return 'toJSON(' + key + ')' } }; console.log(JSON.stringify(o), JSON.stringify({ nested: o, arr: [o] }))"##,
                          "\"toJSON()\" {\"nested\":\"toJSON(nested)\",\"arr\":[\"toJSON(0)\"]}"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: { toJSON() { return undefined } }, b: 1 }), JSON.stringify({ toJSON: 'not a function', x: 1 }))"##,
                          "{\"b\":1} {\"toJSON\":\"not a function\",\"x\":1}"),
        BuiltinScriptCase(##"const inherited = Object.create({ toJSON() { return 'from proto' } }); console.log(JSON.stringify(inherited))"##,
                          "\"from proto\""),
        BuiltinScriptCase(##"const o = { toJSON() { return { inner: { toJSON() { return 42 } } } } }; console.log(JSON.stringify(o))"##,
                          "{\"inner\":42}"),
        BuiltinScriptCase(##"const o = { v: 1, toJSON() { return this.v + 1 } }; console.log(JSON.stringify([o, o]), JSON.stringify(o, (k, v) => (typeof v === 'number' ? v * 100 : v)))"##,
                          "[2,2] 200"),
        BuiltinScriptCase(##"console.log(JSON.stringify([new Boolean(false), new String('s'), new Number(7), Object(Symbol('x'))]))"##,
                          "[false,\"s\",7,{}]"),
        BuiltinScriptCase(##"const n = new Number(3); n.valueOf = () => 99; const s = new String('a'); s.toString = () => 'b'; console.log(JSON.stringify([n, s]))"##,
                          "[99,\"b\"]"),
        BuiltinScriptCase(##"console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Math), JSON.stringify(new Error('msg')))"##,
                          "{} {} {} {}"),
        BuiltinScriptCase(##"const e = new Error('boom'); e.code = 'E'; console.log(JSON.stringify(e))"##,
                          "{\"code\":\"E\"}"),
        BuiltinScriptCase(##"const a = [1, , 3]; a.extra = 'ignored'; console.log(JSON.stringify(a), JSON.stringify(Array(3)), JSON.stringify([, ]))"##,
                          "[1,null,3] [null,null,null] [null]"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ length: 2, 0: 'a', 1: 'b' }), JSON.stringify((function () { return arguments })(1, 2)))"##,
                          "{\"0\":\"a\",\"1\":\"b\",\"length\":2} {\"0\":1,\"1\":2}"),
        BuiltinScriptCase(##"const o = Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }); const c = Object.create({ inherited: 1 }); c.own = 2; console.log(JSON.stringify(o), JSON.stringify(c))"##,
                          "{\"a\":1} {\"own\":2}"),
        BuiltinScriptCase(##"const o = { get g() { return 'got' }, a: 1 }; console.log(JSON.stringify(o))"##,
                          "{\"g\":\"got\",\"a\":1}"),
        BuiltinScriptCase(##"class P { constructor() { this.a = 1 } get b() { return 2 } } console.log(JSON.stringify(new P()))"##,
                          "{\"a\":1}"),
        BuiltinScriptCase(##"const o = { a: 1, b: { c: 2 } }; const s = JSON.stringify(o, (k, v) => { if (k === 'a') delete o.b; return v }); console.log(s)"##,
                          "{\"a\":1}"),
        BuiltinScriptCase(##"const o = { a: 1, b: 2, c: 3 }; console.log(JSON.stringify(o, (k, v) => { if (k === 'a') o.c = 'changed'; return v }))"##,
                          "{\"a\":1,\"b\":2,\"c\":\"changed\"}"),
        BuiltinScriptCase(##"const o = { a: 1, b: 2 }; console.log(JSON.stringify(o, (k, v) => { if (k === 'a') o.z = 'added'; return v }))"##,
                          "{\"a\":1,\"b\":2}"),
        BuiltinScriptCase(##"const arr = [1, 2, 3]; console.log(JSON.stringify(arr, (k, v) => { if (k === '0') arr.length = 2; return v }))"##,
                          "[1,2,null]"),
        BuiltinScriptCase(##"const o = { ok: 1, get bad() { throw new RangeError('getter exploded') } }; try { JSON.stringify(o) } catch (e) { console.log(e.name + ': ' + e.message) }"##,
                          "RangeError: getter exploded"),
        BuiltinScriptCase(##"try { JSON.stringify([{ toJSON() { throw new Error('toJSON exploded') } }]) } catch (e) { console.log(e.message) } try { JSON.stringify({ a: 1 }, () => { throw new TypeError('replacer exploded') }) } catch (e) { console.log(e.message) }"##,
                          "toJSON exploded\nreplacer exploded"),
        BuiltinScriptCase(##"const a = {}; a.a = a; try { JSON.stringify(a) } catch (e) { console.log(e.name); console.log(e.message) }"##,
                          "TypeError\nConverting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'a' closes the circle"),
        BuiltinScriptCase(##"const b = { x: { y: {} } }; b.x.y.back = b; try { JSON.stringify(b) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'x' -> object with constructor 'Object'\n    |     property 'y' -> object with constructor 'Object'\n    --- property 'back' closes the circle"),
        BuiltinScriptCase(##"const a = { p1: { p2: { p3: { p4: { p5: { p6: {} } } } } } }; a.p1.p2.p3.p4.p5.p6.back = a; try { JSON.stringify(a) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'p1' -> object with constructor 'Object'\n    |     property 'p2' -> object with constructor 'Object'\n    |     ...\n    |     property 'p6' -> object with constructor 'Object'\n    --- property 'back' closes the circle"),
        BuiltinScriptCase(##"const c = { p1: { p2: { p3: { p4: {} } } } }; c.p1.p2.p3.p4.back = c; try { JSON.stringify(c) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'p1' -> object with constructor 'Object'\n    |     property 'p2' -> object with constructor 'Object'\n    |     ...\n    |     property 'p4' -> object with constructor 'Object'\n    --- property 'back' closes the circle"),
        BuiltinScriptCase(##"const arr = []; arr.push(arr); try { JSON.stringify(arr) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Array'\n    --- index 0 closes the circle"),
        BuiltinScriptCase(##"const list = [{ items: [] }]; list[0].items.push(list[0]); try { JSON.stringify(list) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'items' -> object with constructor 'Array'\n    --- index 0 closes the circle"),
        BuiltinScriptCase(##"class Foo { constructor() { this.me = this } } try { JSON.stringify(new Foo()) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Foo'\n    --- property 'me' closes the circle"),
        BuiltinScriptCase(##"class Bar { constructor() { this.list = [1, { owner: this }] } } try { JSON.stringify({ x: new Bar() }) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Bar'\n    |     property 'list' -> object with constructor 'Array'\n    |     index 1 -> object with constructor 'Object'\n    --- property 'owner' closes the circle"),
        BuiltinScriptCase(##"const n = Object.create(null); n.self = n; try { JSON.stringify(n) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'self' closes the circle"),
        BuiltinScriptCase(##"const ec = {}; ec[''] = ec; try { JSON.stringify(ec) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- <anonymous> closes the circle"),
        BuiltinScriptCase(##"const o2 = { 5: {} }; o2[5].x = o2; try { JSON.stringify(o2) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property '5' -> object with constructor 'Object'\n    --- property 'x' closes the circle"),
        BuiltinScriptCase(##"const w = { 'a b': {} }; w['a b']["q'q"] = w; try { JSON.stringify(w, null, 2) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'a b' -> object with constructor 'Object'\n    --- property 'q'q' closes the circle"),
        BuiltinScriptCase(##"const viaRep = { a: {} }; try { JSON.stringify(viaRep, (k, v) => (k === 'a' ? viaRep : v)) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'a' closes the circle"),
        BuiltinScriptCase(##"const m = new Map(); m.self = m; try { JSON.stringify(m) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Map'\n    --- property 'self' closes the circle"),
        BuiltinScriptCase(##"const shared = { v: 1 }; console.log(JSON.stringify({ a: shared, b: shared, c: [shared, shared] }))"##,
                          "{\"a\":{\"v\":1},\"b\":{\"v\":1},\"c\":[{\"v\":1},{\"v\":1}]}"),
        BuiltinScriptCase(##"const tagged = { [Symbol.toStringTag]: 'Tagged' }; tagged.s = tagged; try { JSON.stringify(tagged) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Tagged'\n    --- property 's' closes the circle"),
        BuiltinScriptCase(##"function Named() { this.s = this } try { JSON.stringify(new Named()) } catch (e) { console.log(e.message) }"##,
                          "Converting circular structure to JSON\n    --> starting at object with constructor 'Named'\n    --- property 's' closes the circle"),
        BuiltinScriptCase(##"console.log(JSON.stringify(new Date(0)), JSON.stringify({ toISOString() { return 'x' } }))"##,
                          "\"1970-01-01T00:00:00.000Z\" {}"),
        BuiltinScriptCase(##"console.log(JSON.parse('{"a":1,"b":[1,2,{"c":null}],"d":"x","e":true,"f":false}').b[2].c, JSON.parse('[1,"2",[3]]')[2][0])"##,
                          "null 3"),
        BuiltinScriptCase(##"console.log(JSON.parse('true'), JSON.parse('false'), JSON.parse('null'), JSON.parse('"s"'), JSON.parse(' 5 '), typeof JSON.parse('1'), typeof JSON.parse('"1"'))"##,
                          "true false null s 5 number string"),
        BuiltinScriptCase(##"console.log(JSON.parse(1), JSON.parse(true), JSON.parse(null), JSON.parse(['[2]'])[0], JSON.parse(new String('"w"')))"##,
                          "1 true null 2 w"),
        BuiltinScriptCase(##"const bad = ['{"a":}', '', ' ', '{', '[', '[1,', '{"a"', '{"a":1', '{"a":1,', '{"a":1 "b"', 'tru', 'true false', '"abc', '"\\x"', '"\\u12"', '"\\u12g4"', 'undefined']; for (const s of bad) { try { JSON.parse(s) } catch (e) { console.log(e.name + ': ' + e.message) } }"##,
                          "SyntaxError: Unexpected token '}', \"{\"a\":}\" is not valid JSON\nSyntaxError: Unexpected end of JSON input\nSyntaxError: Unexpected end of JSON input\nSyntaxError: Expected property name or '}' in JSON at position 1\nSyntaxError: Unexpected end of JSON input\nSyntaxError: Unexpected end of JSON input\nSyntaxError: Expected ':' after property name in JSON at position 4\nSyntaxError: Expected ',' or '}' after property value in JSON at position 6\nSyntaxError: Expected double-quoted property name in JSON at position 7\nSyntaxError: Expected ',' or '}' after property value in JSON at position 7\nSyntaxError: Unexpected end of JSON input\nSyntaxError: Unexpected non-whitespace character after JSON at position 5\nSyntaxError: Unterminated string in JSON at position 4\nSyntaxError: Bad escaped character in JSON at position 2\nSyntaxError: Bad Unicode escape in JSON at position 5\nSyntaxError: Bad Unicode escape in JSON at position 5\nSyntaxError: \"undefined\" is not valid JSON"),
        BuiltinScriptCase(##"const bad = ['{a:1}', '{,}', '[1,]', '{"a":1,}', '01', '-', '1.', '1e', '1e+', '.5', 'nul', 'NaN', '[1 2]', "'a'", '"\\', '"\\u', '{"a" 1}', '[,]', '1 2', ']', '}', ':']; for (const s of bad) { try { JSON.parse(s) } catch (e) { console.log(e.message) } }"##,
                          "Expected property name or '}' in JSON at position 1\nExpected property name or '}' in JSON at position 1\nUnexpected token ']', \"[1,]\" is not valid JSON\nExpected double-quoted property name in JSON at position 7\nUnexpected number in JSON at position 1\nNo number after minus sign in JSON at position 1\nUnterminated fractional number in JSON at position 2\nExponent part is missing a number in JSON at position 2\nExponent part is missing a number in JSON at position 3\nUnexpected token '.', \".5\" is not valid JSON\nUnexpected end of JSON input\n\"NaN\" is not valid JSON\nExpected ',' or ']' after array element in JSON at position 3\nUnexpected token ''', \"'a'\" is not valid JSON\nUnexpected end of JSON input\nBad Unicode escape in JSON at position 3\nExpected ':' after property name in JSON at position 5\nUnexpected token ',', \"[,]\" is not valid JSON\nUnexpected non-whitespace character after JSON at position 2\nUnexpected token ']', \"]\" is not valid JSON\nUnexpected token '}', \"}\" is not valid JSON\nUnexpected token ':', \":\" is not valid JSON"),
        BuiltinScriptCase(##"const bad = ['Infinity', '-Infinity', ' undefined', 'undefined ', '[object Object]', 'nan', 'trux', 'tr1e', 't"', 'tr ue', '{"a":1 t}', '{"a" "b"}', '{1:2}', '[1,2', '[1 ', '{"a":[}', '{"a":1]', '[1}']; for (const s of bad) { try { JSON.parse(s) } catch (e) { console.log(e.message) } }"##,
                          "\"Infinity\" is not valid JSON\nNo number after minus sign in JSON at position 1\nUnexpected token 'u', \" undefined\" is not valid JSON\nUnexpected token 'u', \"undefined \" is not valid JSON\n\"[object Object]\" is not valid JSON\nUnexpected token 'a', \"nan\" is not valid JSON\nUnexpected token 'x', \"trux\" is not valid JSON\nUnexpected number in JSON at position 2\nUnexpected string in JSON at position 1\nUnexpected token ' ', \"tr ue\" is not valid JSON\nExpected ',' or '}' after property value in JSON at position 7\nExpected ':' after property name in JSON at position 5\nExpected property name or '}' in JSON at position 1\nExpected ',' or ']' after array element in JSON at position 4\nExpected ',' or ']' after array element in JSON at position 3\nUnexpected token '}', \"{\"a\":[}\" is not valid JSON\nExpected ',' or '}' after property value in JSON at position 6\nExpected ',' or ']' after array element in JSON at position 2"),
        BuiltinScriptCase(##"const bad = ['-x', '--1', '1.5.5', '1e5e5', '1ee', '0.0e', '-0.', '2.', '[01]', '[-01]', '[1.e1]', '"\\a"', 'a', 'null x', '{"a":"b"}}', '[]]', '"\\u0000\\uZZZZ"', 'nulll', 'fals', 'truex', '-a', '-01', '1.e5', '1.5e', '1e+x']; for (const s of bad) { try { JSON.parse(s) } catch (e) { console.log(e.message) } }"##,
                          "No number after minus sign in JSON at position 1\nNo number after minus sign in JSON at position 1\nUnexpected non-whitespace character after JSON at position 3\nUnexpected non-whitespace character after JSON at position 3\nExponent part is missing a number in JSON at position 2\nExponent part is missing a number in JSON at position 4\nUnterminated fractional number in JSON at position 3\nUnterminated fractional number in JSON at position 2\nUnexpected number in JSON at position 2\nUnexpected number in JSON at position 3\nUnterminated fractional number in JSON at position 3\nBad escaped character in JSON at position 2\nUnexpected token 'a', \"a\" is not valid JSON\nUnexpected non-whitespace character after JSON at position 5\nUnexpected non-whitespace character after JSON at position 9\nUnexpected non-whitespace character after JSON at position 2\nBad Unicode escape in JSON at position 9\nUnexpected non-whitespace character after JSON at position 4\nUnexpected end of JSON input\nUnexpected non-whitespace character after JSON at position 4\nNo number after minus sign in JSON at position 1\nUnexpected number in JSON at position 2\nUnterminated fractional number in JSON at position 2\nExponent part is missing a number in JSON at position 4\nExponent part is missing a number in JSON at position 3"),
        BuiltinScriptCase(##"const bad = ['"a\u0001b"', '"\t"', '"a\nb"', '\t\r\n 7 x', '\u00a0 1', '\ufeff1', '\u0000', '1\u0000', '[1,2,3     ', '{"a":1}x']; for (const s of bad) { try { JSON.parse(s) } catch (e) { console.log(JSON.stringify(e.message)) } }"##,
                          "\"Bad control character in string literal in JSON at position 2\"\n\"Bad control character in string literal in JSON at position 1\"\n\"Bad control character in string literal in JSON at position 2\"\n\"Unexpected non-whitespace character after JSON at position 6\"\n\"Unexpected token '\u{a0}', \\\"\u{a0} 1\\\" is not valid JSON\"\n\"Unexpected token '\u{feff}', \\\"\u{feff}1\\\" is not valid JSON\"\n\"Unexpected token '\\u0000', \\\"\\u0000\\\" is not valid JSON\"\n\"Unexpected non-whitespace character after JSON at position 1\"\n\"Expected ',' or ']' after array element in JSON at position 11\"\n\"Unexpected non-whitespace character after JSON at position 7\""),
        BuiltinScriptCase(##"let x = ''; for (let i = 0; i < 100; i++) x += 'x'; try { JSON.parse(x) } catch (e) { console.log(e.message) }"##,
                          "Unexpected token 'x', \"xxxxxxxxxx\"... is not valid JSON"),
        BuiltinScriptCase(##"for (const s of ['{"abcdefghijklmnopqrstuvwxyz":1, "b": x}', '[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,x]', 'abcdefghijklmnopqrstuvwxyz']) { try { JSON.parse(s) } catch (e) { console.log(e.message) } }"##,
                          "Unexpected token 'x', ...\"\":1, \"b\": x}\" is not valid JSON\nUnexpected token 'x', ...\"1,1,1,1,1,x]\" is not valid JSON\nUnexpected token 'a', \"abcdefghij\"... is not valid JSON"),
        BuiltinScriptCase(##"for (const s of ['[1,2,3,4,5,6,7,8,x]', '[1,2,3,4,5,6,7,8,9,x]', '[1,2,3,4,5,6,7,8,9x]', '[1,2,3,4,x,5,6,7,8,9,10]', '[1,2,3,4,5,x,6,7,8,9,10,11]', '[1,2,3,4,5,6,x,7,8,9,10,11]']) { try { JSON.parse(s) } catch (e) { console.log(e.message) } }"##,
                          "Unexpected token 'x', \"[1,2,3,4,5,6,7,8,x]\" is not valid JSON\nUnexpected token 'x', ...\"5,6,7,8,9,x]\" is not valid JSON\nExpected ',' or ']' after array element in JSON at position 18\nUnexpected token 'x', \"[1,2,3,4,x,5,6,7,8,\"... is not valid JSON\nUnexpected token 'x', ...\"1,2,3,4,5,x,6,7,8,9,\"... is not valid JSON\nUnexpected token 'x', ...\"2,3,4,5,6,x,7,8,9,10\"... is not valid JSON"),
        BuiltinScriptCase(##"for (const s of ['[1,2,3,4,5,6,7,8,9,10,11,12,13,14,x,16,17,18,19,20,21,22]', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,x]', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,x,]', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,1x,]', '{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":x}']) { try { JSON.parse(s) } catch (e) { console.log(e.message) } }"##,
                          "Unexpected token 'x', ...\",12,13,14,x,16,17,18\"... is not valid JSON\nUnexpected token 'x', ...\",13,14,15,x]\" is not valid JSON\nUnexpected token 'x', ...\",13,14,15,x,]\" is not valid JSON\nExpected ',' or ']' after array element in JSON at position 38\nUnexpected token 'x', ...\"\"f\":6,\"g\":x}\" is not valid JSON"),
        BuiltinScriptCase(##"for (const s of ['[1,2,3,4,x,5,6,7,8,9,10,11,12]', '[1,2,3,4,5,6,7,8,9,10,11,x,1234567890]', '[1,2,3,4,5,6,7,8,9,10,11,x,123456789]', '[\n1,\n2,\nx]']) { try { JSON.parse(s) } catch (e) { console.log(JSON.stringify(e.message)) } }"##,
                          "\"Unexpected token 'x', \\\"[1,2,3,4,x,5,6,7,8,\\\"... is not valid JSON\"\n\"Unexpected token 'x', ...\\\"8,9,10,11,x,12345678\\\"... is not valid JSON\"\n\"Unexpected token 'x', ...\\\"8,9,10,11,x,12345678\\\"... is not valid JSON\"\n\"Unexpected token 'x', \\\"[\\n1,\\n2,\\nx]\\\" is not valid JSON\""),
        BuiltinScriptCase(##"try { JSON.parse('[1,2,3,4,5,6,7,8,9,10,11,' + '\ud83d\ude00' + ']') } catch (e) { console.log(e.message) }"##,
                          "Unexpected token '�', ...\"8,9,10,11,😀]\" is not valid JSON"),
        BuiltinScriptCase(##"try { JSON.parse(undefined) } catch (e) { console.log(e.name + ': ' + e.message) } try { JSON.parse({}) } catch (e) { console.log(e.name + ': ' + e.message) } try { JSON.parse() } catch (e) { console.log(e.message) }"##,
                          "SyntaxError: \"undefined\" is not valid JSON\nSyntaxError: \"[object Object]\" is not valid JSON\n\"undefined\" is not valid JSON"),
        BuiltinScriptCase(##"for (const s of ['-1.5e+3', '1E2', '0', '1.5e-2', '1e-0', '123e2', '0.5E1', '1e400', '-1e400', '1e-400', '4.9e-324', '2.5e-324']) console.log(s, JSON.parse(s))"##,
                          "-1.5e+3 -1500\n1E2 100\n0 0\n1.5e-2 0.015\n1e-0 1\n123e2 12300\n0.5E1 5\n1e400 Infinity\n-1e400 -Infinity\n1e-400 0\n4.9e-324 5e-324\n2.5e-324 5e-324"),
        BuiltinScriptCase(##"console.log(Object.is(JSON.parse('-0'), -0), Object.is(JSON.parse('-0.0'), -0), Object.is(JSON.parse('[-0]')[0], -0), Object.is(JSON.parse('0'), 0))"##,
                          "true true true true"),
        BuiltinScriptCase(##"for (const s of ['0.1', '0.30000000000000004', '9007199254740993', '123456789012345678901234567890', '1.7976931348623157e308', '1.7976931348623159e308', '2.2250738585072014e-308', '0.000000000000000000000000000001234', '3.141592653589793238462643383279']) console.log(JSON.parse(s))"##,
                          "0.1\n0.30000000000000004\n9007199254740992\n1.2345678901234568e+29\n1.7976931348623157e+308\nInfinity\n2.2250738585072014e-308\n1.234e-30\n3.141592653589793"),
        BuiltinScriptCase(##"for (const s of ['12345678901234567890', '1234567890123456.7', '0.1234567890123456789', '100000000000000000000000', '8.5e-11', '7e22', '7e23', '1e23', '9.999999999999999e22']) console.log(JSON.parse(s))"##,
                          "12345678901234567000\n1234567890123456.8\n0.12345678901234568\n1e+23\n8.5e-11\n7e+22\n7e+23\n1e+23\n1e+23"),
        BuiltinScriptCase(##"const p = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'); console.log(Object.keys(p).join(), p.polluted, Object.getPrototypeOf(p) === Object.prototype, p.__proto__.polluted, ({}).polluted)"##,
                          "__proto__,a undefined true true undefined"),
        BuiltinScriptCase(##"const r = JSON.parse('{"a":1,"b":2,"a":3}'); console.log(JSON.stringify(r), Object.keys(r).join())"##,
                          "{\"a\":3,\"b\":2} a,b"),
        BuiltinScriptCase(##"console.log(JSON.stringify(JSON.parse('{"x":{"y":1},"x":{"z":2}}')), JSON.stringify(JSON.parse('{"1":"a","0":"b","1":"c"}')), JSON.stringify(JSON.parse('{"__proto__":1,"__proto__":2}')))"##,
                          "{\"x\":{\"z\":2}} {\"0\":\"b\",\"1\":\"c\"} {\"__proto__\":2}"),
        BuiltinScriptCase(##"const o = JSON.parse('{"b":1,"2":2,"a":3,"1":4,"-1":5,"4294967295":6,"4294967294":7}'); console.log(Object.keys(o).join())"##,
                          "1,2,4294967294,b,a,-1,4294967295"),
        BuiltinScriptCase(##"console.log(JSON.parse(' \t\n\r[ 1 , 2 ] \n')[1], JSON.parse('{ "a" : { "b" : [ ] } }').a.b.length)"##,
                          "2 0"),
        BuiltinScriptCase(##"console.log(JSON.parse('"\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\ud83d\\ude00"') === '"\\/\b\f\n\r\tAé😀', JSON.parse('"\\uD800"').length, JSON.parse('"\\ud83d\\ude00"') === '😀')"##,
                          "true 1 true"),
        BuiltinScriptCase(##"console.log(JSON.parse('{"\\u0061":1}').a, JSON.parse('{"":{"":2}}')[''][''], JSON.parse('{"a\\nb":3}')['a\nb'])"##,
                          "1 2 3"),
        BuiltinScriptCase(##"console.log(JSON.parse('"\u2028\u2029"').length, JSON.parse('"\ud800"').length, JSON.parse('"é"'))"##,
                          "2 1 é"),
        BuiltinScriptCase(##"const log = []; const r = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]},"e":5}', function (k, v) { log.push(k === '' ? '(root)' : k); return v }); console.log(log.join(), JSON.stringify(r))"##,
                          "a,c,0,1,d,b,e,(root) {\"a\":1,\"b\":{\"c\":2,\"d\":[3,4]},\"e\":5}"),
        BuiltinScriptCase(##"const r = JSON.parse('{"a":1,"b":2,"n":{"keep":5,"drop":6}}', (k, v) => (k === 'drop' || k === 'a' ? undefined : typeof v === 'number' ? v * 10 : v)); console.log(JSON.stringify(r))"##,
                          "{\"b\":20,\"n\":{\"keep\":50}}"),
        BuiltinScriptCase(##"const r = JSON.parse('[1,[2,3],4]', (k, v) => (typeof v === 'number' ? v + 10 : v)); console.log(JSON.stringify(r))"##,
                          "[11,[12,13],14]"),
        BuiltinScriptCase(##"const keys = []; JSON.parse('[1,[2,3]]', function (k, v) { keys.push(typeof k + ' ' + k); return v }); console.log(keys.join('|'))"##,
                          "string 0|string 0|string 1|string 1|string "),
        BuiltinScriptCase(##"const r = JSON.parse('[1,2,3]', (k, v) => (k === '1' ? undefined : v)); console.log(r.length, 1 in r, JSON.stringify(r))"##,
                          "3 false [1,null,3]"),
        BuiltinScriptCase(##"console.log(JSON.parse('{"a":1}', () => undefined), JSON.parse('[1,2]', (k, v) => (k === '' ? 'root replaced' : v)), JSON.stringify(JSON.parse('5', (k, v) => [k, v])))"##,
                          "undefined root replaced [\"\",5]"),
        BuiltinScriptCase(##"console.log(JSON.stringify(JSON.parse('{"a":1}', 'not a function')), JSON.parse('null', (k, v) => (v === null ? 'was null' : v)), JSON.parse('"x"', function (k, v) { return this[''] === v }))"##,
                          "{\"a\":1} was null true"),
        BuiltinScriptCase(##"const r = JSON.parse('{"a":{"b":1}}', function (k, v) { if (k === 'b') this.extra = 'added'; return v }); console.log(JSON.stringify(r))"##,
                          "{\"a\":{\"b\":1,\"extra\":\"added\"}}"),
        BuiltinScriptCase(##"const r = JSON.parse('{"a":1,"b":2}', function (k, v) { if (k === 'a') delete this.b; return v }); console.log(JSON.stringify(r), 'b' in r)"##,
                          "{\"a\":1} false"),
        BuiltinScriptCase(##"const r = JSON.parse('[1,2,3]', function (k, v) { if (k === '0') this.length = 1; return v }); console.log(JSON.stringify(r))"##,
                          "[1]"),
        BuiltinScriptCase(##"try { JSON.parse('[1]', () => { throw new Error('reviver boom') }) } catch (e) { console.log(e.message) }"##,
                          "reviver boom"),
        BuiltinScriptCase(##"const r = JSON.parse('{"d":"2024-03-10T07:30:00.000Z","n":1}', (k, v) => (k === 'd' ? 'date:' + v : v)); console.log(r.d, r.n)"##,
                          "date:2024-03-10T07:30:00.000Z 1"),
        BuiltinScriptCase(##"const text = JSON.stringify({ s: 'tab\there "quoted" \\ / é 😀', n: [0, -1.5, 1e300], b: [true, false, null], nested: { e: {}, a: [] } }); console.log(text, JSON.stringify(JSON.parse(text)) === text)"##,
                          "{\"s\":\"tab\\there \\\"quoted\\\" \\\\ / é 😀\",\"n\":[0,-1.5,1e+300],\"b\":[true,false,null],\"nested\":{\"e\":{},\"a\":[]}} true"),
        BuiltinScriptCase(##"const inner = JSON.stringify({ msg: 'hi "there"' }); const outer = JSON.stringify({ payload: inner }); console.log(inner, outer, JSON.parse(JSON.parse(outer).payload).msg)"##,
                          "{\"msg\":\"hi \\\"there\\\"\"} {\"payload\":\"{\\\"msg\\\":\\\"hi \\\\\\\"there\\\\\\\"\\\"}\"} hi \"there\""),
        BuiltinScriptCase(##"let s = '['; for (let i = 0; i < 500; i++) s += (i ? ',' : '') + i; s += ']'; const big = JSON.parse(s); let sum = 0; for (const v of big) sum += v; console.log(big.length, big[499], sum, JSON.stringify(big) === s)"##,
                          "500 499 124750 true"),
        BuiltinScriptCase(##"let deep = {}; let cur = deep; for (let i = 0; i < 50; i++) { cur.next = { level: i }; cur = cur.next } const s = JSON.stringify(deep); console.log(s.length, JSON.parse(s).next.next.next.level)"##,
                          "991 2"),
        BuiltinScriptCase(##"let s = ''; for (let i = 0; i < 1000; i++) s += '['; for (let i = 0; i < 1000; i++) s += ']'; const p = JSON.parse(s); let d = 0, c = p; while (Array.isArray(c) && c.length) { c = c[0]; d++ } console.log(d, JSON.stringify(p).length)"##,
                          "999 2000"),
        BuiltinScriptCase(##"let s = ''; for (let i = 0; i < 100000; i++) s += '['; for (let i = 0; i < 100000; i++) s += ']'; const p = JSON.parse(s); try { JSON.stringify(p) } catch (e) { console.log(e.name + ': ' + e.message) } try { JSON.parse(s, (k, v) => v) } catch (e) { console.log(e.name + ': ' + e.message) }"##,
                          "RangeError: Maximum call stack size exceeded\nRangeError: Maximum call stack size exceeded"),
        BuiltinScriptCase(##"let s = ''; for (let i = 0; i < 4000; i++) s += '['; for (let i = 0; i < 4000; i++) s += ']'; console.log(JSON.stringify(JSON.parse(s)).length); for (let i = 0; i < 1000; i++) s = '[' + s + ']'; try { JSON.stringify(JSON.parse(s)) } catch (e) { console.log(e.name, e.message) }"##,
                          "8000\nRangeError Maximum call stack size exceeded"),
        BuiltinScriptCase(##"let s = ''; for (let i = 0; i < 4000; i++) s += '{"a":'; s += '1'; for (let i = 0; i < 4000; i++) s += '}'; console.log(JSON.stringify(JSON.parse(s), null, 1).length); for (let i = 0; i < 1000; i++) s = '{"a":' + s + '}'; try { JSON.stringify(JSON.parse(s)) } catch (e) { console.log(e.name, e.message) }"##,
                          "16036001\nRangeError Maximum call stack size exceeded"),
        BuiltinScriptCase(##"let s = ''; for (let i = 0; i < 2500; i++) s += '['; for (let i = 0; i < 2500; i++) s += ']'; console.log(JSON.stringify(JSON.parse(s, (k, v) => v)).length); for (let i = 0; i < 1000; i++) s = '[' + s + ']'; try { JSON.parse(s, (k, v) => v) } catch (e) { console.log(e.name, e.message) }"##,
                          "5000\nRangeError Maximum call stack size exceeded"),
        BuiltinScriptCase(##"let s = ''; for (let i = 0; i < 2500; i++) s += '{"a":'; s += '1'; for (let i = 0; i < 2500; i++) s += '}'; console.log(JSON.stringify(JSON.parse(s, (k, v) => v)).length); for (let i = 0; i < 1000; i++) s = '{"a":' + s + '}'; try { JSON.parse(s, (k, v) => v) } catch (e) { console.log(e.name, e.message) }"##,
                          "15001\nRangeError Maximum call stack size exceeded"),
        BuiltinScriptCase(##"let s = ''; for (let i = 0; i < 100000; i++) s += '{"a":'; s += '1'; for (let i = 0; i < 100000; i++) s += '}'; let o = JSON.parse(s); let d = 0; while (typeof o === 'object') { o = o.a; d++ } console.log(d, o)"##,
                          "100000 1"),
        BuiltinScriptCase(##"const o = {}; let c = o; for (let i = 0; i < 10000; i++) { c.n = {}; c = c.n } try { JSON.stringify(o) } catch (e) { console.log(e.name, e.message) }"##,
                          "RangeError Maximum call stack size exceeded"),
        BuiltinScriptCase(##"console.log(Object.prototype.toString.call(JSON), JSON[Symbol.toStringTag], typeof JSON, Object.keys(JSON).length)"##,
                          "[object JSON] JSON object 0"),
        BuiltinScriptCase(##"console.log(JSON.stringify.length, JSON.parse.length, JSON.stringify.name, JSON.parse.name, Object.getOwnPropertyNames(JSON).join())"##,
                          "3 2 stringify parse parse,stringify"),
        BuiltinScriptCase(##"try { new JSON() } catch (e) { console.log(e.name + ': ' + e.message) } console.log(Object.getPrototypeOf(JSON) === Object.prototype, Object.isExtensible(JSON))"##,
                          "TypeError: JSON is not a constructor\ntrue true"),
        BuiltinScriptCase(##"const d = Object.getOwnPropertyDescriptor(JSON, 'stringify'); const t = Object.getOwnPropertyDescriptor(JSON, Symbol.toStringTag); console.log(d.writable, d.enumerable, d.configurable, t.writable, t.enumerable, t.configurable)"##,
                          "true false true false false true"),
        BuiltinScriptCase(##"const rows = []; for (let i = 0; i < 3; i++) rows.push({ id: i, vals: [i, i * i], flag: i % 2 === 0 }); const text = JSON.stringify({ rows }, null, 2); console.log(text); console.log(JSON.stringify(JSON.parse(text)) === JSON.stringify({ rows }))"##,
                          "{\n  \"rows\": [\n    {\n      \"id\": 0,\n      \"vals\": [\n        0,\n        0\n      ],\n      \"flag\": true\n    },\n    {\n      \"id\": 1,\n      \"vals\": [\n        1,\n        1\n      ],\n      \"flag\": false\n    },\n    {\n      \"id\": 2,\n      \"vals\": [\n        2,\n        4\n      ],\n      \"flag\": true\n    }\n  ]\n}\ntrue"),
        BuiltinScriptCase(##"const o = {}; for (let i = 0; i < 150; i++) o['k' + i] = i; const s = JSON.stringify(o); const back = JSON.parse(s); console.log(s.length, back.k149, Object.keys(back).length, JSON.stringify(back) === s)"##,
                          "1431 149 150 true"),
        BuiltinScriptCase(##"const o = { a: 1, b: 2, c: 3 }; delete o.b; o.d = 4; console.log(JSON.stringify(o))"##,
                          "{\"a\":1,\"c\":3,\"d\":4}"),
        BuiltinScriptCase(##"const o = {}; for (let i = 0; i < 120; i++) o['p' + i] = i; for (let i = 0; i < 120; i += 3) delete o['p' + i]; const s = JSON.stringify(o); console.log(s.length, Object.keys(JSON.parse(s)).length)"##,
                          "737 80"),
        BuiltinScriptCase(##"const a = []; a[5] = 'x'; a[1000] = 'y'; const s = JSON.stringify(a); console.log(s.length, JSON.parse(s)[1000])"##,
                          "5004 y"),
        BuiltinScriptCase(##"const o = { 100: 'a', 2: 'b', x: 'c', 1e10: 'd' }; console.log(JSON.stringify(o))"##,
                          "{\"2\":\"b\",\"100\":\"a\",\"x\":\"c\",\"10000000000\":\"d\"}"),
        BuiltinScriptCase(##"const frozen = Object.freeze({ a: [1, 2], b: 'x' }); console.log(JSON.stringify(frozen))"##,
                          "{\"a\":[1,2],\"b\":\"x\"}"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: 'x' }, null, '  \u2028 '), JSON.stringify([1, [2]], null, 'ab'))"##,
                          "{\n  \u{2028} \"a\": \"x\"\n} [\nab1,\nab[\nabab2\nab]\n]"),
        BuiltinScriptCase(##"console.log(JSON.stringify('\u00a0\u200b\ufeff').length, JSON.stringify('\t\u000b\u000c'), JSON.stringify('\u001b[31m'))"##,
                          "5 \"\\t\\u000b\\f\" \"\\u001b[31m\""),
        BuiltinScriptCase(##"const o = { a: 1 }; Object.defineProperty(o, 'b', { get() { return 'g' }, enumerable: true }); console.log(JSON.stringify(o))"##,
                          "{\"a\":1,\"b\":\"g\"}"),
        BuiltinScriptCase(##"const proto = { inherited: 1 }; const o = Object.create(proto, { own: { value: 2, enumerable: true } }); console.log(JSON.stringify(o))"##,
                          "{\"own\":2}"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ a: [{ b: [{ c: [] }] }] }, null, 1))"##,
                          "{\n \"a\": [\n  {\n   \"b\": [\n    {\n     \"c\": []\n    }\n   ]\n  }\n ]\n}"),
        BuiltinScriptCase(##"const big = []; for (let i = 0; i < 1000; i++) big.push({ id: i, name: 'item' + i, tags: ['a', 'b'], ok: i % 2 === 0, v: i / 4 }); const s = JSON.stringify(big); const back = JSON.parse(s); console.log(s.length, back[999].name, back[3].v, JSON.stringify(back) === s)"##,
                          "64841 item999 0.75 true"),
        BuiltinScriptCase(##"console.log(JSON.stringify({ date: new Date(0), re: /x/, fn: Math.max }))"##,
                          "{\"date\":\"1970-01-01T00:00:00.000Z\",\"re\":{}}"),
        BuiltinScriptCase(##"console.log(JSON.stringify([new String(''), new Number(-0), new Number(NaN), new Boolean(true)]))"##,
                          "[\"\",0,null,true]"),
        BuiltinScriptCase(##"const a = [{ x: 1 }, { y: 2 }]; a[0].toJSON = function () { Object.prototype.toJSON = function () { return 'P' }; return 'first' }; const s = JSON.stringify(a); delete Object.prototype.toJSON; console.log(s)"##,
                          "[\"first\",\"P\"]"),
        BuiltinScriptCase(##"const o = { a: { toJSON() { o.b = 'changed'; o.c = 'new'; return 1 } }, b: 'orig' }; console.log(JSON.stringify(o))"##,
                          "{\"a\":1,\"b\":\"changed\"}"),
        BuiltinScriptCase(##"const o = { a: 1, b: 2, c: 3 }; console.log(JSON.stringify(o, function (k, v) { if (k === 'a') { this.b = 20; delete this.c } return v }))"##,
                          "{\"a\":1,\"b\":20}"),
        BuiltinScriptCase(##"Object.defineProperty(Object.prototype, 'toJSON', { get() { return () => 'from getter' }, configurable: true }); const s = JSON.stringify({ a: 1 }); delete Object.prototype.toJSON; console.log(s, JSON.stringify({ a: 1 }))"##,
                          "\"from getter\" {\"a\":1}"),
        BuiltinScriptCase(##"const rows = []; for (let i = 0; i < 5; i++) rows.push({ id: i, name: 'n' + i }); rows[2].toJSON = () => 'two'; console.log(JSON.stringify(rows), JSON.stringify(rows, null, 1).length)"##,
                          "[{\"id\":0,\"name\":\"n0\"},{\"id\":1,\"name\":\"n1\"},\"two\",{\"id\":3,\"name\":\"n3\"},{\"id\":4,\"name\":\"n4\"}] 142"),
        BuiltinScriptCase(##"Array.prototype.toJSON = function () { return 'array!' }; const s = JSON.stringify({ list: [1, 2], nested: [[1]] }); delete Array.prototype.toJSON; console.log(s)"##,
                          "{\"list\":\"array!\",\"nested\":\"array!\"}"),
        BuiltinScriptCase(##"const o = { b: 1 }; const p = { a: o, b: o }; o.b = { get x() { p.b = 'swapped'; return 'X' } }; console.log(JSON.stringify(p))"##,
                          "{\"a\":{\"b\":{\"x\":\"X\"}},\"b\":\"swapped\"}"),
    ]

    @Test(arguments: cases)
    func matchesNode(_ scriptCase: BuiltinScriptCase) {
        #expect(JSTestRunner.run(scriptCase.source) == scriptCase.expected)
    }

    /// Random values built in Swift: stringified by the engine exactly as the reference writer
    /// (V8's format) writes them, parsed back to the same structure, and stable on a second pass.
    @Test(arguments: 1...40)
    func randomRoundTrip(seed: UInt64) {
        var generator = BuiltinsSeededGenerator(seed: seed)
        let value = RandomJSON.make(&generator, depth: 0)
        let indent: [UInt16] = seed % 3 == 0 ? [] : seed % 3 == 1 ? [0x20, 0x20] : [0x09]
        var expected: [UInt16] = []
        RandomJSON.write(value, indent: indent, level: 0, into: &expected)
        JSTestRunner.thread.perform {
            let runtime = ScriptRuntime()
            let realm = runtime.makeRealm()
            runtime.enter(realm)
            defer { realm.tearDown() }
            do throws(JSException) {
                let built = RandomJSON.build(value, runtime)
                let space: JSValue = indent.isEmpty ? .undefined : .string(JSString(units: indent))
                guard let text = try runtime.jsonStringify(built, space: space) else {
                    Issue.record("stringify gave undefined")
                    return
                }
                #expect(text.units == expected, "seed \(seed)")
                let parsed = try runtime.jsonParse(text)
                #expect(RandomJSON.matches(parsed, value, runtime), "seed \(seed): parsed value differs")
                let again = try runtime.jsonStringify(parsed, space: space)
                #expect(again?.units == expected, "seed \(seed): second stringify differs")
            } catch {
                Issue.record("seed \(seed) threw \(runtime.describeForError(error.value))")
            }
        }
    }

    /// A megabyte document goes through parse and stringify unchanged.
    @Test func megabyteDocumentRoundTrip() {
        let source = """
            const rows = []
            for (let i = 0; i < 12000; i++) rows.push({ id: i, name: 'row ' + i, score: i / 8, tags: ['a', 'b\\n', 'é'], ok: i % 3 === 0, none: null })
            const text = JSON.stringify({ rows })
            const back = JSON.parse(text)
            console.log(text.length > 1000000, back.rows.length, back.rows[11999].score, JSON.stringify(back) === text)
            console.log(JSON.stringify(back, null, 2).length > text.length)
            """
        #expect(JSTestRunner.run(source) == "true 12000 1499.875 true\ntrue")
    }

    @Test func parseErrorsAreSyntaxErrorsWithoutCrashing() {
        let sources = ["[", "{\"a\":", "\"\\u", "-", "[1,]", String(repeating: "[", count: 200_000), String(repeating: "{\"a\":", count: 50_000)]
        for text in sources {
            let output = JSTestRunner.run("try { JSON.parse(\(jsLiteral(text))) } catch (e) { console.log(e.name) }")
            #expect(output == "SyntaxError", "\(text.prefix(20))")
        }
    }

    private func jsLiteral(_ text: String) -> String {
        var result = "'"
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            default: result.append(character)
            }
        }
        return result + "'"
    }
}

/// Random JSON-shaped values and a reference writer in V8's format.
private indirect enum RandomJSON {
    case null
    case bool(Bool)
    /// A number and the text Number::toString gives it.
    case number(Double, String)
    case string([UInt16])
    case array([RandomJSON])
    case object([([UInt16], RandomJSON)])

    static let numbers: [(Double, String)] = [
        (0, "0"), (-0.0, "0"), (1, "1"), (-1, "-1"), (0.5, "0.5"), (-12.25, "-12.25"), (0.1, "0.1"), (123.456, "123.456"),
        (1e21, "1e+21"), (1.5e-7, "1.5e-7"), (Double.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
        (9_007_199_254_740_991, "9007199254740991"), (1e20, "100000000000000000000"), (0.000001, "0.000001"), (2.5e-5, "0.000025"),
    ]

    static func make(_ generator: inout BuiltinsSeededGenerator, depth: Int) -> RandomJSON {
        let roll = generator.next() % (depth > 4 ? 6 : 9)
        switch roll {
        case 0: return .null
        case 1: return .bool(generator.next() % 2 == 0)
        case 2, 3:
            if generator.next() % 2 == 0 {
                let integer = Int64(bitPattern: generator.next()) % 1_000_000_000_000_000
                return .number(Double(integer), String(integer))
            }
            let pick = numbers[Int(generator.next() % UInt64(numbers.count))]
            return .number(pick.0, pick.1)
        case 4, 5: return .string(randomUnits(&generator))
        case 6, 7:
            return .array((0..<Int(generator.next() % 6)).map { _ in make(&generator, depth: depth + 1) })
        default:
            var members: [([UInt16], RandomJSON)] = []
            for index in 0..<Int(generator.next() % 6) {
                // Not array indices (those are ordered first) and unique: a letter, a serial, noise.
                let key: [UInt16] = [0x6B] + Array(String(index).utf16) + randomUnits(&generator)
                members.append((key, make(&generator, depth: depth + 1)))
            }
            return .object(members)
        }
    }

    static func randomUnits(_ generator: inout BuiltinsSeededGenerator) -> [UInt16] {
        let pool: [UInt16] = [0x61, 0x7A, 0x20, 0x22, 0x5C, 0x2F, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x00, 0x1F, 0x7F, 0xE9, 0x2028, 0x6F22, 0xFEFF, 0xD800, 0xDFFF]
        var units: [UInt16] = []
        for _ in 0..<Int(generator.next() % 12) {
            if generator.next() % 7 == 0 {
                units.append(contentsOf: [0xD83D, 0xDE00])
            } else {
                units.append(pool[Int(generator.next() % UInt64(pool.count))])
            }
        }
        return units
    }

    static func write(_ value: RandomJSON, indent: [UInt16], level: Int, into out: inout [UInt16]) {
        func newline(_ level: Int) {
            out.append(0x0A)
            for _ in 0..<level { out.append(contentsOf: indent) }
        }
        switch value {
        case .null: out.append(contentsOf: "null".utf16)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf16)
        case .number(_, let text): out.append(contentsOf: text.utf16)
        case .string(let units): quote(units, into: &out)
        case .array(let elements):
            out.append(0x5B)
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(0x2C) }
                if !indent.isEmpty { newline(level + 1) }
                write(element, indent: indent, level: level + 1, into: &out)
            }
            if !elements.isEmpty && !indent.isEmpty { newline(level) }
            out.append(0x5D)
        case .object(let members):
            out.append(0x7B)
            for (index, (key, member)) in members.enumerated() {
                if index > 0 { out.append(0x2C) }
                if !indent.isEmpty { newline(level + 1) }
                quote(key, into: &out)
                out.append(0x3A)
                if !indent.isEmpty { out.append(0x20) }
                write(member, indent: indent, level: level + 1, into: &out)
            }
            if !members.isEmpty && !indent.isEmpty { newline(level) }
            out.append(0x7D)
        }
    }

    /// ECMA-262 QuoteJSONString, written independently of the engine's.
    static func quote(_ units: [UInt16], into out: inout [UInt16]) {
        func escape(_ text: String) { out.append(contentsOf: text.utf16) }
        func hex(_ unit: UInt16) {
            let digits = String(unit, radix: 16)
            escape("\\u" + String(repeating: "0", count: 4 - digits.count) + digits)
        }
        out.append(0x22)
        var index = 0
        while index < units.count {
            let unit = units[index]
            switch unit {
            case 0x22: escape("\\\"")
            case 0x5C: escape("\\\\")
            case 0x08: escape("\\b")
            case 0x09: escape("\\t")
            case 0x0A: escape("\\n")
            case 0x0C: escape("\\f")
            case 0x0D: escape("\\r")
            case 0..<0x20: hex(unit)
            case 0xD800...0xDBFF where index + 1 < units.count && (0xDC00...0xDFFF).contains(units[index + 1]):
                out.append(unit)
                out.append(units[index + 1])
                index += 1
            case 0xD800...0xDFFF: hex(unit)
            default: out.append(unit)
            }
            index += 1
        }
        out.append(0x22)
    }

    static func build(_ value: RandomJSON, _ runtime: ScriptRuntime) -> JSValue {
        switch value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number, _): return .number(number)
        case .string(let units): return .string(JSString(units: units))
        case .array(let elements): return .object(runtime.realm.newArray(elements.map { build($0, runtime) }))
        case .object(let members):
            let object = runtime.realm.newObject()
            for (key, member) in members {
                _ = try? object.createDataProperty(runtime.propertyKey(JSString(units: key)), build(member, runtime), runtime)
            }
            return .object(object)
        }
    }

    static func matches(_ value: JSValue, _ expected: RandomJSON, _ runtime: ScriptRuntime) -> Bool {
        switch (value, expected) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b, _)): return a == b
        case (.string(let a), .string(let b)): return a.units == b
        case (.object(let array), .array(let elements)):
            guard let array = array as? JSArray, Int(array.length) == elements.count else { return false }
            for (index, element) in elements.enumerated() {
                guard let member = try? array.get(.index(UInt32(index)), runtime), matches(member, element, runtime) else { return false }
            }
            return true
        case (.object(let object), .object(let members)):
            let keys = object.ownKeys(runtime)
            guard keys.count == members.count else { return false }
            for (key, (name, member)) in zip(keys, members) {
                guard key == runtime.propertyKey(JSString(units: name)), let found = try? object.get(key, runtime),
                    matches(found, member, runtime)
                else { return false }
            }
            return true
        default: return false
        }
    }
}
