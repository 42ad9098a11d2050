console.log((255).toString(16), (255).toString(2), (255).toString(36), (255).toString(8))
console.log((-255).toString(16), (0).toString(2), (-0).toString(2), (35).toString(36))
console.log((0.5).toString(2), (0.75).toString(16), (255.5).toString(16), (-255.5).toString(16))
console.log((2 ** 53).toString(36), (Number.MAX_SAFE_INTEGER).toString(16), (1e21).toString(10))
console.log(NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36))
for (const r of [1, 37, 0]) {
  try { (10).toString(r) } catch (e) { console.log(e.name + ': ' + e.message) }
}
console.log((10).toString(undefined), (10).toString('16'))
