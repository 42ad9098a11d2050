const sources = ['1 = 2', 'a + b = c', 'f() = 1', '++5', 'x++ = 1', '({}) = 1', '[a, b] += 1', 'this = 1']
for (const src of sources) {
  try { eval(src) } catch (e) { console.log(JSON.stringify(src), '->', e.name + ': ' + e.message) }
}
try { eval('for (1 of []) {}') } catch (e) { console.log(e.name + ': ' + e.message) }
try { eval('--x--') } catch (e) { console.log(e.name + ': ' + e.message) }
