console.log(Object.keys('ab'), Object.keys(5), Object.keys(true), Object.keys(Symbol()))
for (const v of [null, undefined]) {
  try { Object.keys(v) } catch (e) { console.log(e.name + ': ' + e.message) }
}
try { Object.entries(null) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(Object.getOwnPropertyNames(5), Object.getOwnPropertySymbols('s'))
