import Testing
import PostieScript

/// A script and the exact output Node 20 prints for it.
struct BuiltinScriptCase: CustomTestStringConvertible, Sendable {
    let source: String
    let expected: String

    init(_ source: String, _ expected: String) {
        self.source = source
        self.expected = expected
    }

    var testDescription: String { String(source.prefix(90)) }
}

/// `Map`, `Set`, `WeakMap`, `WeakSet` against Node 20 (expected outputs recorded by running each
/// source with `node`).
@Suite("CollectionBuiltins")
struct CollectionBuiltinsTests {
    static let cases: [BuiltinScriptCase] = [
        BuiltinScriptCase(##"const m = new Map(); m.set('a', 1).set('b', 2); console.log(m.size, m.get('a'), m.get('b'), m.get('c'))"##,
                   "2 1 2 undefined"),
        BuiltinScriptCase(##"const m = new Map([[1, 'one'], [2, 'two']]); console.log(m.size, m.get(1), m.has(2), m.has(3))"##,
                   "2 one true false"),
        BuiltinScriptCase(##"const m = new Map([['z', 1], ['a', 2], [10, 3], [2, 4]]); m.set('z', 'again'); console.log([...m.keys()].join(), [...m.values()].join())"##,
                   "z,a,10,2 again,2,3,4"),
        BuiltinScriptCase(##"const m = new Map([['a', 1], ['b', 2], ['c', 3]]); m.delete('a'); m.set('a', 4); console.log([...m.keys()].join())"##,
                   "b,c,a"),
        BuiltinScriptCase(##"const m = new Map(); m.set(NaN, 'nan'); console.log(m.get(NaN), m.has(NaN), m.size); m.set(NaN, 'again'); console.log(m.size, m.get(0 / 0))"##,
                   "nan true 1\n1 again"),
        BuiltinScriptCase(##"const m = new Map(); m.set(-0, 'zero'); console.log(m.get(0), m.get(-0), Object.is([...m.keys()][0], -0), 1 / [...m.keys()][0])"##,
                   "zero zero false Infinity"),
        BuiltinScriptCase(##"const m = new Map(); m.set(0, 'a'); m.set(-0, 'b'); console.log(m.size, m.get(0))"##,
                   "1 b"),
        BuiltinScriptCase(##"const m = new Map(); m.set('1', 's'); m.set(1, 'n'); console.log(m.size, m.get('1'), m.get(1))"##,
                   "2 s n"),
        BuiltinScriptCase(##"const m = new Map(); m.set(true, 't'); m.set('true', 's'); m.set(null, 'n'); m.set(undefined, 'u'); console.log(m.size, m.get(true), m.get(null), m.get(undefined), m.get(), m.has(false))"##,
                   "4 t n u u false"),
        BuiltinScriptCase(##"const k1 = {}, k2 = {}; const m = new Map([[k1, 1], [k2, 2]]); console.log(m.get(k1), m.get(k2), m.get({}), m.size)"##,
                   "1 2 undefined 2"),
        BuiltinScriptCase(##"const s1 = Symbol('a'), s2 = Symbol('a'); const m = new Map([[s1, 1]]); console.log(m.get(s1), m.get(s2), m.has(s1))"##,
                   "1 undefined true"),
        BuiltinScriptCase(##"const a = 'ab', b = 'a' + 'b'; const m = new Map([[a, 1]]); console.log(m.get(b), m.has('ab'))"##,
                   "1 true"),
        BuiltinScriptCase(##"const m = new Map([[1, 1]]); console.log(m.delete(1), m.delete(1), m.size, m.has(1))"##,
                   "true false 0 false"),
        BuiltinScriptCase(##"const m = new Map([[1, 1], [2, 2]]); console.log(m.clear(), m.size, m.get(1))"##,
                   "undefined 0 undefined"),
        BuiltinScriptCase(##"const m = new Map([['a', 1], ['b', 2]]); const out = []; m.forEach(function (v, k, map) { out.push(k + '=' + v + ':' + (map === m) + ':' + this.t) }, { t: 'T' }); console.log(out.join())"##,
                   "a=1:true:T,b=2:true:T"),
        BuiltinScriptCase(##"const m = new Map([['a', 1], ['b', 2], ['c', 3]]); const seen = []; for (const [k] of m) { seen.push(k); if (k === 'a') { m.delete('b'); m.set('d', 4) } if (k === 'c') { m.delete('a'); m.set('a', 'x') } } console.log(seen.join(), [...m.keys()].join())"##,
                   "a,c,d,a c,d,a"),
        BuiltinScriptCase(##"const m = new Map([[1, 1]]); let n = 0; for (const [k] of m) { if (k < 5) m.set(k + 1, 1); n++ } console.log(n, m.size)"##,
                   "5 5"),
        BuiltinScriptCase(##"const m = new Map([[1, 1], [2, 2], [3, 3]]); const it = m.entries(); console.log(JSON.stringify(it.next())); m.delete(2); console.log(JSON.stringify(it.next())); m.delete(1); m.set(1, 'x'); console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()))"##,
                   "{\"value\":[1,1],\"done\":false}\n{\"value\":[3,3],\"done\":false}\n{\"value\":[1,\"x\"],\"done\":false} {\"done\":true} {\"done\":true}"),
        BuiltinScriptCase(##"const m = new Map([[1, 'a']]); const it = m.keys(); console.log(JSON.stringify(it.next()), JSON.stringify(it.next())); m.set(2, 'b'); console.log(JSON.stringify(it.next()))"##,
                   "{\"value\":1,\"done\":false} {\"done\":true}\n{\"done\":true}"),
        BuiltinScriptCase(##"const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]); const it = m.values(); it.next(); m.clear(); m.set(9, 'z'); console.log(JSON.stringify(it.next()), JSON.stringify(it.next()))"##,
                   "{\"value\":\"z\",\"done\":false} {\"done\":true}"),
        BuiltinScriptCase(##"const m = new Map(); for (let i = 0; i < 200; i++) m.set(i, i); const it = m.keys(); for (let i = 0; i < 100; i++) it.next(); for (let i = 0; i < 190; i++) m.delete(i); const rest = []; for (const k of it) rest.push(k); console.log(rest.join(), m.size)"##,
                   "190,191,192,193,194,195,196,197,198,199 10"),
        BuiltinScriptCase(##"const m = new Map(); for (let i = 0; i < 100; i++) m.set('k' + i, i); for (let i = 0; i < 100; i += 2) m.delete('k' + i); let sum = 0; for (const v of m.values()) sum += v; console.log(m.size, sum, m.get('k99'), m.get('k98'))"##,
                   "50 2500 99 undefined"),
        BuiltinScriptCase(##"const m = new Map(); for (let i = 0; i < 1000; i++) { m.set(i, i); if (i >= 10) m.delete(i - 10) } console.log(m.size, [...m.keys()].join())"##,
                   "10 990,991,992,993,994,995,996,997,998,999"),
        BuiltinScriptCase(##"const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]); const out = []; m.forEach((v, k) => { out.push(k); if (k === 1) { m.delete(2); m.delete(3); for (let i = 10; i < 40; i++) { m.set(i, i); m.delete(i) } m.set(4, 'd') } }); console.log(out.join())"##,
                   "1,4"),
        BuiltinScriptCase(##"const s = new Set([1, 2, 3]); const out = []; s.forEach((v, k, set) => { out.push(v + ':' + k + ':' + (set === s)); if (v === 1) { s.clear(); s.add(7) } }); console.log(out.join())"##,
                   "1:1:true,7:7:true"),
        BuiltinScriptCase(##"console.log(Map.prototype.entries === Map.prototype[Symbol.iterator], Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values)"##,
                   "true true true"),
        BuiltinScriptCase(##"console.log(Map.name, Map.length, Set.length, WeakMap.length, WeakSet.length)"##,
                   "Map 0 0 0 0"),
        BuiltinScriptCase(##"console.log(Map.prototype.set.length, Map.prototype.get.length, Map.prototype.forEach.length, Map.prototype.clear.length, Map.prototype.keys.length, Set.prototype.add.length, WeakMap.prototype.set.length)"##,
                   "2 1 1 0 0 1 2"),
        BuiltinScriptCase(##"console.log(Object.getOwnPropertyNames(Map.prototype).join())"##,
                   "constructor,get,set,has,delete,clear,entries,forEach,keys,size,values"),
        BuiltinScriptCase(##"console.log(Object.getOwnPropertyNames(Set.prototype).join())"##,
                   "constructor,has,add,delete,clear,entries,forEach,size,values,keys"),
        BuiltinScriptCase(##"console.log(Object.getOwnPropertyNames(WeakMap.prototype).join(), Object.getOwnPropertyNames(WeakSet.prototype).join())"##,
                   "constructor,delete,get,set,has constructor,delete,has,add"),
        BuiltinScriptCase(##"console.log(Object.getOwnPropertySymbols(Map.prototype).length, String(Object.getOwnPropertySymbols(Map.prototype)[0]), String(Object.getOwnPropertySymbols(Set.prototype)[1]))"##,
                   "2 Symbol(Symbol.toStringTag) Symbol(Symbol.iterator)"),
        BuiltinScriptCase(##"console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(new Set()), Object.prototype.toString.call(new WeakMap()), Object.prototype.toString.call(new WeakSet()))"##,
                   "[object Map] [object Set] [object WeakMap] [object WeakSet]"),
        BuiltinScriptCase(##"console.log(Object.prototype.toString.call(new Map().keys()), Object.prototype.toString.call(new Set().entries()), String(new Map()))"##,
                   "[object Map Iterator] [object Set Iterator] [object Map]"),
        BuiltinScriptCase(##"const p = Object.getPrototypeOf(new Map().keys()); console.log(Object.getOwnPropertyNames(p).join(), p[Symbol.toStringTag], p.next.length, p.next.name)"##,
                   "next Map Iterator 0 next"),
        BuiltinScriptCase(##"const p = Object.getPrototypeOf(new Set().values()); console.log(p[Symbol.toStringTag], Object.getPrototypeOf(p) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())))"##,
                   "Set Iterator true"),
        BuiltinScriptCase(##"const it = new Map().keys(); console.log(it[Symbol.iterator]() === it)"##,
                   "true"),
        BuiltinScriptCase(##"const d = Object.getOwnPropertyDescriptor(Map.prototype, 'size'); console.log(typeof d.get, d.set, d.enumerable, d.configurable, d.get.name)"##,
                   "function undefined false true get size"),
        BuiltinScriptCase(##"const d = Object.getOwnPropertyDescriptor(Map.prototype, Symbol.toStringTag); console.log(d.value, d.writable, d.enumerable, d.configurable)"##,
                   "Map false false true"),
        BuiltinScriptCase(##"console.log(Map[Symbol.species] === Map, Set[Symbol.species] === Set, Object.getOwnPropertyDescriptor(Map, Symbol.species).get.name)"##,
                   "true true get [Symbol.species]"),
        BuiltinScriptCase(##"console.log(typeof Map.groupBy, typeof Set.prototype.union)"##,
                   "undefined undefined"),
        BuiltinScriptCase(##"const d = Object.getOwnPropertyDescriptor(Map.prototype, 'get'); console.log(d.writable, d.enumerable, d.configurable)"##,
                   "true false true"),
        BuiltinScriptCase(##"try { Map() } catch (e) { console.log(e.name + ': ' + e.message) }"##,
                   "TypeError: Constructor Map requires 'new'"),
        BuiltinScriptCase(##"try { Set([]) } catch (e) { console.log(e.name + ': ' + e.message) }"##,
                   "TypeError: Constructor Set requires 'new'"),
        BuiltinScriptCase(##"try { WeakMap() } catch (e) { console.log(e.message) } try { WeakSet() } catch (e) { console.log(e.message) }"##,
                   "Constructor WeakMap requires 'new'\nConstructor WeakSet requires 'new'"),
        BuiltinScriptCase(##"try { new Map([1, 2]) } catch (e) { console.log(e.name + ': ' + e.message) }"##,
                   "TypeError: Iterator value 1 is not an entry object"),
        BuiltinScriptCase(##"try { new Map({}) } catch (e) { console.log(e.name + ': ' + e.message) }"##,
                   "TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))"),
        BuiltinScriptCase(##"try { new Set(1) } catch (e) { console.log(e.name + ': ' + e.message) }"##,
                   "TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))"),
        BuiltinScriptCase(##"try { new Set(true) } catch (e) { console.log(e.message) } try { new Set(Symbol()) } catch (e) { console.log(e.message) }"##,
                   "boolean true is not iterable (cannot read property Symbol(Symbol.iterator))\nsymbol is not iterable (cannot read property Symbol(Symbol.iterator))"),
        BuiltinScriptCase(##"try { new Map(function f() {}) } catch (e) { console.log(e.message) } try { new Set(1.5) } catch (e) { console.log(e.message) }"##,
                   "function is not iterable (cannot read property Symbol(Symbol.iterator))\nnumber 1.5 is not iterable (cannot read property Symbol(Symbol.iterator))"),
        BuiltinScriptCase(##"try { new Map(['ab']) } catch (e) { console.log(e.message) } try { new Map([null]) } catch (e) { console.log(e.message) }"##,
                   "Iterator value ab is not an entry object\nIterator value null is not an entry object"),
        BuiltinScriptCase(##"try { new Map([Symbol('x')]) } catch (e) { console.log(e.message) }"##,
                   "Iterator value Symbol(x) is not an entry object"),
        BuiltinScriptCase(##"try { new Map({ [Symbol.iterator]: 1 }) } catch (e) { console.log(e.message) }"##,
                   "object is not iterable (cannot read property Symbol(Symbol.iterator))"),
        BuiltinScriptCase(##"try { new Map({ [Symbol.iterator]() { return 1 } }) } catch (e) { console.log(e.message) }"##,
                   "Result of the Symbol.iterator method is not an object"),
        BuiltinScriptCase(##"try { new Set({ [Symbol.iterator]() { return {} } }) } catch (e) { console.log(e.message) }"##,
                   "undefined is not a function"),
        BuiltinScriptCase(##"try { new Set({ [Symbol.iterator]() { return { next() { return 1 } } } }) } catch (e) { console.log(e.message) }"##,
                   "Iterator result 1 is not an object"),
        BuiltinScriptCase(##"console.log(new Map([[1]]).get(1), new Map([[1, 2, 3]]).get(1), new Map([new String('ab')]).get('a'))"##,
                   "undefined 2 b"),
        BuiltinScriptCase(##"console.log(new Map(null).size, new Map(undefined).size, new Set(null).size, new Set().size)"##,
                   "0 0 0 0"),
        BuiltinScriptCase(##"console.log(new Set('hello').size, [...new Set('hello')].join(''))"##,
                   "4 helo"),
        BuiltinScriptCase(##"const m = new Map([['a', 1]]); const copy = new Map(m); copy.set('b', 2); console.log(m.size, copy.size, copy.get('a'))"##,
                   "1 2 1"),
        BuiltinScriptCase(##"const s = new Set([1, 2]); const m = new Map([[s, 'set']]); console.log(m.get(s))"##,
                   "set"),
        BuiltinScriptCase(##"let closed = 0; const iterable = { [Symbol.iterator]() { let i = 0; return { next() { i++; return i === 1 ? { value: [1, 1], done: false } : { value: 5, done: false } }, return() { closed++; return {} } } } }; try { new Map(iterable) } catch (e) { console.log(e.message, closed) }"##,
                   "Iterator value 5 is not an entry object 1"),
        BuiltinScriptCase(##"let closed = 0; const iterable = { [Symbol.iterator]() { return { next() { return { value: 1, done: false } }, return() { closed++; return {} } } } }; const old = Set.prototype.add; Set.prototype.add = function () { throw new Error('boom') }; try { new Set(iterable) } catch (e) { console.log(e.message, closed) } Set.prototype.add = old"##,
                   "boom 1"),
        BuiltinScriptCase(##"const calls = []; const old = Map.prototype.set; Map.prototype.set = function (k, v) { calls.push(k + '=' + v); return old.call(this, k, v) }; const m = new Map([[1, 2], [3, 4]]); Map.prototype.set = old; console.log(calls.join(), m.size)"##,
                   "1=2,3=4 2"),
        BuiltinScriptCase(##"const old = Set.prototype.add; let count = 0; Set.prototype.add = function (v) { count++; return old.call(this, v * 2) }; const s = new Set([1, 2, 3]); Set.prototype.add = old; console.log(count, [...s].join())"##,
                   "3 2,4,6"),
        BuiltinScriptCase(##"const old = Map.prototype.set; Map.prototype.set = 5; try { new Map([[1, 2]]) } catch (e) { console.log(e.message) } try { new Map(); console.log('empty ok') } catch (e) { console.log(e.message) } Map.prototype.set = old"##,
                   "'5' returned for property 'set' of object '#<Map>' is not a function\nempty ok"),
        BuiltinScriptCase(##"const old = Set.prototype.add; Set.prototype.add = undefined; try { new Set([1]) } catch (e) { console.log(e.message) } Set.prototype.add = old"##,
                   "'undefined' returned for property 'add' of object '#<Set>' is not a function"),
        BuiltinScriptCase(##"void Object; const old = Map.prototype.set; Map.prototype.set = {}; try { new Map([]) } catch (e) { console.log(e.message) } Map.prototype.set = old"##,
                   "'#<Object>' returned for property 'set' of object '#<Map>' is not a function"),
        BuiltinScriptCase(##"class MyMap extends Map { constructor(x) { super(x); this.extra = 1 } } const m = new MyMap([[1, 2]]); console.log(m.get(1), m instanceof Map, m instanceof MyMap, m.extra, Object.prototype.toString.call(m))"##,
                   "2 true true 1 [object Map]"),
        BuiltinScriptCase(##"class MySet extends Set { add(v) { return Set.prototype.add.call(this, v + 1) } } const s = new MySet([1, 2]); console.log([...s].join(), s.has(2), s.size)"##,
                   "2,3 true 2"),
        BuiltinScriptCase(##"class MyMap extends Map {} const old = Map.prototype.set; Map.prototype.set = 1; try { new MyMap([]) } catch (e) { console.log(e.message) } Map.prototype.set = old"##,
                   "'1' returned for property 'set' of object '#<MyMap>' is not a function"),
        BuiltinScriptCase(##"void Object; for (const r of [{}, 1, undefined, 'str', new Set()]) { try { Map.prototype.get.call(r, 1) } catch (e) { console.log(e.message) } }"##,
                   "Method Map.prototype.get called on incompatible receiver #<Object>\nMethod Map.prototype.get called on incompatible receiver 1\nMethod Map.prototype.get called on incompatible receiver undefined\nMethod Map.prototype.get called on incompatible receiver str\nMethod Map.prototype.get called on incompatible receiver #<Set>"),
        BuiltinScriptCase(##"void Object; for (const r of [{}, new Map()]) { try { Set.prototype.add.call(r, 1) } catch (e) { console.log(e.message) } }"##,
                   "Method Set.prototype.add called on incompatible receiver #<Object>\nMethod Set.prototype.add called on incompatible receiver #<Map>"),
        BuiltinScriptCase(##"try { Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call({}) } catch (e) { console.log(e.message) }"##,
                   "Method get Map.prototype.size called on incompatible receiver #<Object>"),
        BuiltinScriptCase(##"try { Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call(new Map()) } catch (e) { console.log(e.message) }"##,
                   "Method get Set.prototype.size called on incompatible receiver #<Map>"),
        BuiltinScriptCase(##"void Object; try { new Map().values().next.call({}) } catch (e) { console.log(e.message) } try { new Set().values().next.call(new Map().keys()) } catch (e) { console.log(e.message) }"##,
                   "Method Map Iterator.prototype.next called on incompatible receiver #<Object>\nMethod Set Iterator.prototype.next called on incompatible receiver #<Object>"),
        BuiltinScriptCase(##"for (const f of [1, {}, undefined, null, 'abc', true, Symbol('s')]) { try { new Map().forEach(f) } catch (e) { console.log(e.message) } }"##,
                   "number 1 is not a function\nobject is not a function\nundefined is not a function\nobject null is not a function\nstring \"abc\" is not a function\nboolean true is not a function\nsymbol is not a function"),
        BuiltinScriptCase(##"try { new Set().forEach([]) } catch (e) { console.log(e.message) } try { new Set().forEach(-0) } catch (e) { console.log(e.message) }"##,
                   "object is not a function\nnumber 0 is not a function"),
        BuiltinScriptCase(##"for (const m of ['get', 'set', 'has', 'delete']) { try { WeakMap.prototype[m].call(new Map(), {}) } catch (e) { console.log(e.message) } }"##,
                   "Method WeakMap.prototype.get called on incompatible receiver #<Map>\nMethod WeakMap.prototype.set called on incompatible receiver #<Map>\nMethod WeakMap.prototype.has called on incompatible receiver #<Map>\nMethod WeakMap.prototype.delete called on incompatible receiver #<Map>"),
        BuiltinScriptCase(##"void Object; for (const m of ['add', 'has', 'delete']) { try { WeakSet.prototype[m].call({}, {}) } catch (e) { console.log(e.message) } }"##,
                   "Method WeakSet.prototype.add called on incompatible receiver #<Object>\nMethod WeakSet.prototype.has called on incompatible receiver #<Object>\nMethod WeakSet.prototype.delete called on incompatible receiver #<Object>"),
        BuiltinScriptCase(##"const s = new Set(); console.log(s.add(1) === s, s.add(1).size, new Set([1]).delete(1), new Set().delete(1), new Set([1]).clear())"##,
                   "true 1 true false undefined"),
        BuiltinScriptCase(##"const s = new Set([NaN, NaN, 0, -0, '0', 0]); const out = []; for (const v of s) out.push(Object.is(v, -0) ? '-0' : typeof v + ':' + v); console.log(s.size, out.join())"##,
                   "3 number:NaN,number:0,string:0"),
        BuiltinScriptCase(##"const s = new Set([1, 2, 3]); const e = []; for (const [a, b] of s.entries()) e.push(a + '/' + b); console.log(e.join(), [...s.keys()].join(), [...s.values()].join())"##,
                   "1/1,2/2,3/3 1,2,3 1,2,3"),
        BuiltinScriptCase(##"const s = new Set([1, 2, 3, 4, 5]); const seen = []; for (const v of s) { seen.push(v); if (v === 1) s.delete(2); if (v === 3) s.add(6) } console.log(seen.join())"##,
                   "1,3,4,5,6"),
        BuiltinScriptCase(##"const s = new Set(['a']); let n = 0; for (const v of s) { n++; if (n < 3) { s.delete(v); s.add(v) } } console.log(n, s.size)"##,
                   "3 1"),
        BuiltinScriptCase(##"const s = new Set([1]); const it = s.values(); console.log(JSON.stringify(it.next()), JSON.stringify(it.next())); s.add(2); console.log(JSON.stringify(it.next()))"##,
                   "{\"value\":1,\"done\":false} {\"done\":true}\n{\"done\":true}"),
        BuiltinScriptCase(##"const s = new Set(); for (let i = 0; i < 100; i++) s.add(i); const it = s.values(); for (let i = 0; i < 50; i++) it.next(); for (let i = 0; i < 90; i++) s.delete(i); console.log(JSON.stringify(it.next()), [...it].join())"##,
                   "{\"value\":90,\"done\":false} 91,92,93,94,95,96,97,98,99"),
        BuiltinScriptCase(##"const a = {}, b = {}; const s = new Set([a, b, a]); console.log(s.size, s.has(a), s.has({}))"##,
                   "2 true false"),
        BuiltinScriptCase(##"const s = new Set([1, 2, 3]); const t = new Set([2, 3, 4]); const inter = []; for (const v of s) if (t.has(v)) inter.push(v); const uni = new Set([...s, ...t]); console.log(inter.join(), [...uni].join())"##,
                   "2,3 1,2,3,4"),
        BuiltinScriptCase(##"const s = new Set(); s.add('x'); s.delete('x'); s.add('y'); s.add('x'); console.log([...s].join())"##,
                   "y,x"),
        BuiltinScriptCase(##"const wm = new WeakMap(); const k = {}; console.log(wm.set(k, 1) === wm, wm.get(k), wm.has(k), wm.has({}), wm.delete(k), wm.has(k), wm.delete(k))"##,
                   "true 1 true false true false false"),
        BuiltinScriptCase(##"const wm = new WeakMap(); for (const v of [1, 'a', null, undefined, Symbol(), Symbol.for('reg'), true]) { try { wm.set(v, 1) } catch (e) { console.log(e.name + ': ' + e.message) } }"##,
                   "TypeError: Invalid value used as weak map key\nTypeError: Invalid value used as weak map key\nTypeError: Invalid value used as weak map key\nTypeError: Invalid value used as weak map key\nTypeError: Invalid value used as weak map key\nTypeError: Invalid value used as weak map key"),
        BuiltinScriptCase(##"const ws = new WeakSet(); for (const v of [1, 'a', null]) { try { ws.add(v) } catch (e) { console.log(e.name + ': ' + e.message) } }"##,
                   "TypeError: Invalid value used in weak set\nTypeError: Invalid value used in weak set\nTypeError: Invalid value used in weak set"),
        BuiltinScriptCase(##"console.log(new WeakMap().get(1), new WeakMap().has(1), new WeakMap().delete(1), new WeakSet().has(1), new WeakSet().delete('x'))"##,
                   "undefined false false false false"),
        BuiltinScriptCase(##"const a = {}, b = function () {}; const wm = new WeakMap([[a, 1], [b, 2]]); console.log(wm.get(a), wm.get(b))"##,
                   "1 2"),
        BuiltinScriptCase(##"try { new WeakMap([[1, 2]]) } catch (e) { console.log(e.message) } try { new WeakSet([1]) } catch (e) { console.log(e.message) }"##,
                   "Invalid value used as weak map key\nInvalid value used in weak set"),
        BuiltinScriptCase(##"const a = {}; const ws = new WeakSet([a]); console.log(ws.has(a), ws.add(a) === ws, ws.delete(a), ws.has(a))"##,
                   "true true true false"),
        BuiltinScriptCase(##"const wm = new WeakMap(); const k = {}; wm.set(k, 'v1'); wm.set(k, 'v2'); console.log(wm.get(k))"##,
                   "v2"),
        BuiltinScriptCase(##"const priv = new WeakMap(); class Counter { constructor() { priv.set(this, { n: 0 }) } inc() { priv.get(this).n++; return this } get value() { return priv.get(this).n } } const c = new Counter(); c.inc().inc(); console.log(c.value, JSON.stringify(c))"##,
                   "2 {}"),
        BuiltinScriptCase(##"const old = WeakMap.prototype.set; WeakMap.prototype.set = 'x'; try { new WeakMap([]) } catch (e) { console.log(e.message) } WeakMap.prototype.set = old"##,
                   "'x' returned for property 'set' of object '#<WeakMap>' is not a function"),
        BuiltinScriptCase(##"console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify([...new Map([['a', 1], ['b', 2]])]))"##,
                   "{} {} [[\"a\",1],[\"b\",2]]"),
        BuiltinScriptCase(##"const m = new Map([['a', 1]]); m.x = 5; console.log(JSON.stringify(m), Object.keys(m).join())"##,
                   "{\"x\":5} x"),
        BuiltinScriptCase(##"const m = new Map(Object.entries({ a: 1, b: 2 })); console.log(m.get('a'), m.get('b'), m.size)"##,
                   "1 2 2"),
        BuiltinScriptCase(##"const m = new Map([['a', 1], ['b', 2]]); const o = Object.fromEntries ? 'has' : 'none'; let s = ''; for (const [k, v] of m) s += k + v; console.log(s)"##,
                   "a1b2"),
        BuiltinScriptCase(##"const m = new Map([[1, 'a']]); const [[k, v]] = m; console.log(k, v)"##,
                   "1 a"),
        BuiltinScriptCase(##"const m = new Map([['x', 1], ['y', 2]]); const e = m.entries(); const first = e.next().value; console.log(Array.isArray(first), first.length, first[0], first[1])"##,
                   "true 2 x 1"),
        BuiltinScriptCase(##"const m = new Map(); const keys = [1, '1', 1.5, -1, Infinity, -Infinity, NaN, true, false, null, undefined, '', ' ']; for (const k of keys) m.set(k, typeof k); console.log(m.size); let out = []; for (const k of keys) out.push(m.get(k)); console.log(out.join())"##,
                   "13\nnumber,string,number,number,number,number,number,boolean,boolean,object,undefined,string,string"),
        BuiltinScriptCase(##"const m = new Map(); for (let i = 0; i < 10000; i++) m.set('key' + i, i); let ok = true; for (let i = 0; i < 10000; i++) if (m.get('key' + i) !== i) ok = false; console.log(m.size, ok)"##,
                   "10000 true"),
        BuiltinScriptCase(##"const m = new Map(); for (let i = 0; i < 5000; i++) m.set(i * 0.5, i); console.log(m.get(2499.5), m.get(1), m.has(0.25))"##,
                   "4999 2 false"),
        BuiltinScriptCase(##"const objs = []; const m = new Map(); for (let i = 0; i < 1000; i++) { const o = { i }; objs.push(o); m.set(o, i) } let sum = 0; for (const o of objs) sum += m.get(o); console.log(sum, m.size)"##,
                   "499500 1000"),
        BuiltinScriptCase(##"const s = new Set(); for (let i = 0; i < 3000; i++) s.add(i % 1000); console.log(s.size)"##,
                   "1000"),
        BuiltinScriptCase(##"const m = new Map([[1, 1]]); const it = m[Symbol.iterator](); m.delete(1); console.log(JSON.stringify(it.next()))"##,
                   "{\"done\":true}"),
        BuiltinScriptCase(##"const s = new Set([1, 2]); const it1 = s.values(), it2 = s.values(); it1.next(); s.delete(1); console.log(it1.next().value, it2.next().value)"##,
                   "2 2"),
        BuiltinScriptCase(##"const m = new Map([[1, 'a']]); const it = m.keys(); it.next(); it.next(); m.set(2, 'b'); console.log(JSON.stringify(it.next()))"##,
                   "{\"done\":true}"),
        BuiltinScriptCase(##"const m = new Map(); m.set('a', 1); const r = m.set('b', 2); console.log(r === m, typeof m.delete, m.forEach(() => 1))"##,
                   "true function undefined"),
        BuiltinScriptCase(##"const calls = []; new Map([[1, 'a'], [2, 'b']]).forEach(function () { calls.push(arguments.length) }); console.log(calls.join())"##,
                   "3,3"),
        BuiltinScriptCase(##"const m = new Map([[1, 1]]); m.forEach(function () { console.log(typeof this) })"##,
                   "object"),
        BuiltinScriptCase(##"const m = new Map([['k', 'v']]); for (const e of m.entries()) console.log(e.join('->'))"##,
                   "k->v"),
        BuiltinScriptCase(##"const s = new Set(['a', 'b']); const out = []; s.forEach(function (v) { out.push(this + v) }, '>'); console.log(out.join())"##,
                   ">a,>b"),
        BuiltinScriptCase(##"let count = 0; const m = new Map([[1, 1], [2, 2]]); try { m.forEach(() => { count++; throw new Error('stop') }) } catch (e) { console.log(e.message, count) }"##,
                   "stop 1"),
        BuiltinScriptCase(##"console.log(Map.prototype.constructor === Map, Set.prototype.constructor === Set, Object.getPrototypeOf(Map.prototype) === Object.prototype, typeof Map.prototype)"##,
                   "true true true object"),
        BuiltinScriptCase(##"const m = new Map(); Object.freeze(m); m.set(1, 2); console.log(m.get(1), Object.isFrozen(m))"##,
                   "2 true"),
        BuiltinScriptCase(##"const m = new Map([[1, 2]]); console.log(m.toString(), String(m.keys()), m + '')"##,
                   "[object Map] [object Map Iterator] [object Map]"),
        BuiltinScriptCase(##"const gen = function* () { yield [1, 'a']; yield [2, 'b'] }; const m = new Map(gen()); console.log(m.size, m.get(2))"##,
                   "2 b"),
        BuiltinScriptCase(##"const s = new Set((function* () { yield 1; yield 2; yield 1 })()); console.log(s.size)"##,
                   "2"),
        BuiltinScriptCase(##"const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]); const out = []; for (const [k] of m) { out.push(k); m.clear() } console.log(out.join(), m.size)"##,
                   "1 0"),
        BuiltinScriptCase(##"const m = new Map(); m.set('x', 1); m.clear(); m.set('y', 2); console.log([...m.keys()].join(), m.size)"##,
                   "y 1"),
        BuiltinScriptCase(##"const s = new Set(); const it = s.values(); s.add(1); console.log(JSON.stringify(it.next()))"##,
                   "{\"value\":1,\"done\":false}"),
        BuiltinScriptCase(##"const m = new Map([[1, 1], [2, 2], [3, 3], [4, 4]]); for (const [k] of m) { if (k === 1) { m.delete(1); m.delete(2); m.delete(3) } } console.log([...m.keys()].join())"##,
                   "4"),
        BuiltinScriptCase(##"const s = Symbol('k'); const wm = new WeakMap([[s, 1]]); const ws = new WeakSet([s]); console.log(wm.get(s), wm.has(s), ws.has(s), wm.has(Symbol('k')))"##,
                   "1 true true false"),
        BuiltinScriptCase(##"try { new WeakSet().add(Symbol.for('x')) } catch (e) { console.log(e.message) } console.log(new WeakMap().has(Symbol.for('x')))"##,
                   "Invalid value used in weak set\nfalse"),
    ]

    @Test(arguments: cases)
    func matchesNode(_ scriptCase: BuiltinScriptCase) {
        #expect(JSTestRunner.run(scriptCase.source) == scriptCase.expected)
    }

    /// The inspect worker's view of a Map and a Set: entries in iteration order.
    @Test func orderedEntriesAndValues() {
        JSTestRunner.thread.perform {
            let runtime = ScriptRuntime()
            let realm = runtime.makeRealm()
            defer { realm.tearDown() }
            let source = """
                const m = new Map([['a', 1], ['b', 2], ['c', 3]]); m.delete('b'); m.set('d', 4); m.set(-0, 'zero')
                const s = new Set([3, 1, 2]); s.delete(1); s.add(1)
                return [m, s]
                """
            guard let script = try? runtime.compile(source, name: "entries.js"), let result = try? runtime.run(script, in: realm),
                case .object(let pair) = result, pair.elements.count == 2,
                let map = pair.elements[0].asObject as? JSMapObject, let set = pair.elements[1].asObject as? JSSetObject
            else {
                Issue.record("script did not return a Map and a Set")
                return
            }
            #expect(map.kind == .map && set.kind == .set)
            let entries = map.orderedEntries()
            #expect(entries.prefix(3).map { $0.key.asString?.string } == ["a", "c", "d"])
            #expect(entries.count == 4 && entries[3].key.asNumber == 0 && entries[3].key.asNumber?.sign == .plus)
            #expect(entries.map { $0.value.asNumber ?? -1 } == [1, 3, 4, -1])
            #expect(set.orderedValues().compactMap { $0.asNumber } == [3, 2, 1])
            #expect(map.count == 4 && set.count == 3)
        }
    }

    /// Random set/delete/clear sequences with live iterators, checked against the spec's model
    /// (an append-only list with empty slots), so compaction and clearing keep iterators right.
    @Test(arguments: 1...12)
    func randomMutationsDuringIterationMatchTheSpecModel(seed: UInt64) {
        var generator = BuiltinsSeededGenerator(seed: seed)
        var model = SpecMapModel()
        var script = "const m = new Map(); const its = [m.keys(), m.keys(), m.keys()]; const out = [];\n"
        var expected: [String] = []
        for _ in 0..<400 {
            let roll = generator.next() % 100
            let key = Int(generator.next() % 40)
            if roll < 45 {
                script += "m.set(\(key), 1);\n"
                model.set(key)
            } else if roll < 80 {
                script += "m.delete(\(key));\n"
                model.delete(key)
            } else if roll < 82 {
                script += "m.clear();\n"
                model.clear()
            } else {
                let which = Int(generator.next() % 3)
                script += "{ const r = its[\(which)].next(); out.push(r.done ? 'done' : String(r.value)); }\n"
                expected.append(model.next(which).map(String.init) ?? "done")
            }
        }
        script += "console.log(out.join(',')); console.log([...m.keys()].join(','), m.size)"
        expected = [expected.joined(separator: ","), model.liveKeys.map(String.init).joined(separator: ",") + " \(model.liveKeys.count)"]
        #expect(JSTestRunner.run(script) == expected.joined(separator: "\n"))
    }
}

/// ECMA-262's Map model: entries are never removed from the list, only emptied.
private struct SpecMapModel {
    private var entries: [Int?] = []
    private var iteratorPositions = [0, 0, 0]
    private var iteratorDone = [false, false, false]

    var liveKeys: [Int] { entries.compactMap { $0 } }

    mutating func set(_ key: Int) {
        if !entries.contains(key) { entries.append(key) }
    }

    mutating func delete(_ key: Int) {
        if let index = entries.firstIndex(of: key) { entries[index] = nil }
    }

    mutating func clear() {
        for index in entries.indices { entries[index] = nil }
    }

    mutating func next(_ iterator: Int) -> Int? {
        if iteratorDone[iterator] { return nil }
        while iteratorPositions[iterator] < entries.count {
            let entry = entries[iteratorPositions[iterator]]
            iteratorPositions[iterator] += 1
            if let entry { return entry }
        }
        iteratorDone[iterator] = true
        return nil
    }
}

/// SplitMix64: deterministic test data.
struct BuiltinsSeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
