let i = 0
for (;;) {
  if (++i >= 4) break
}
console.log(i)
const out = []
for (let a = 0, b = 5; a < b; a++, b--) out.push(a + ':' + b)
console.log(out)
for (var k = 0; k < 3; k++);
console.log(k)
