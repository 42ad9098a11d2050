const cases = [() => new Array(-1), () => new Array(2 ** 32), () => new Array(1.5), () => { const a = []; a.length = -1 }, () => { [].length = 2 ** 32 }, () => Array(NaN)]
for (const c of cases) {
  try { c() } catch (e) { console.log(e.name + ': ' + e.message) }
}
console.log(new Array('-1'), Array(2 ** 32 - 1).length)
