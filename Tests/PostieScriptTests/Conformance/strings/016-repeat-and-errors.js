console.log('ab'.repeat(3), JSON.stringify('ab'.repeat(0)), 'x'.repeat(2.9), JSON.stringify(''.repeat(100)))
console.log('-'.repeat('3'), 'z'.repeat(null).length)
for (const n of [-1, Infinity, -Infinity]) {
  try { 'a'.repeat(n) } catch (e) { console.log(e.name + ': ' + e.message) }
}
console.log(JSON.stringify('a'.repeat(NaN)))
try { 'abc'.repeat(2 ** 30) } catch (e) { console.log(e.name + ': ' + e.message) }
