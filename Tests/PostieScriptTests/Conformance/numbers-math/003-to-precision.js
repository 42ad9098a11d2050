console.log((123.456).toPrecision(4), (123.456).toPrecision(2), (123.456).toPrecision(1), (0.00012345).toPrecision(2))
console.log((123456).toPrecision(2), (1e21).toPrecision(3), (1e-7).toPrecision(2), (0.000001234).toPrecision(2))
console.log((5).toPrecision(3), (-0).toPrecision(2), (123.456).toPrecision(), (1.5).toPrecision(1), (2.5).toPrecision(1))
console.log((99.99).toPrecision(3), (999.9).toPrecision(3), (1e100).toPrecision(1))
for (const p of [0, 101]) {
  try { (1).toPrecision(p) } catch (e) { console.log(e.name + ': ' + e.message) }
}
