const o = Object.defineProperties({}, {
  a: { value: 1, enumerable: true },
  b: { get() { return this.a + 1 }, enumerable: true },
  c: { value: 3 }
})
console.log(o, o.b, o.c, Object.keys(o))
try { Object.defineProperties({}, { x: 5 }) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Object.defineProperty({}, 'x', 1) } catch (e) { console.log(e.name + ': ' + e.message) }
