const wm = new WeakMap()
const k1 = {}, k2 = function () {}
wm.set(k1, 'one').set(k2, 'two')
console.log(wm.get(k1), wm.get(k2), wm.has(k1), wm.has({}), wm.get({}))
console.log(wm.delete(k1), wm.delete(k1), wm.has(k1))
for (const bad of [1, 'str', null, undefined, Symbol.for('registered')]) {
  try { wm.set(bad, 1) } catch (e) { console.log(e.name + ': ' + e.message) }
}
console.log(wm.get(1), wm.has('x'), typeof wm.size, typeof wm.forEach)
