console.log(String.fromCodePoint(72, 0x1f600, 105), String.fromCodePoint(0x1f600).length)
console.log(String.fromCodePoint(), String.fromCodePoint('65'))
for (const bad of [0x110000, -1, 1.5, NaN, 'x', Infinity]) {
  try { String.fromCodePoint(bad) } catch (e) { console.log(e.name + ': ' + e.message) }
}
