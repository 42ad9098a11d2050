const cases = [() => new (() => 1)(), () => new Math.max(), () => { const n = 5; new n() }, () => new Symbol(), () => new ({ m() {} }).m(), () => new JSON.parse('1'), () => { const o = {}; new o() }]
for (const c of cases) {
  try { c() } catch (e) { console.log(e.name + ': ' + e.message) }
}
class A {}
try { new A.prototype.constructor.name() } catch (e) { console.log(e.name + ': ' + e.message) }
