for (const d of [-1, 101, Infinity]) {
  try { (1).toFixed(d) } catch (e) { console.log(e.name + ': ' + e.message) }
}
console.log((1).toFixed(100).length, (1.5).toFixed(NaN), (1.5).toFixed('1'))
try { (1).toFixed(-0.5) } catch (e) { console.log('no error for -0.5?', e.name) }
console.log((1.23).toFixed(-0.5), (1.23).toFixed(100.9).length)
