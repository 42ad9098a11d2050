function risky(n) { if (n % 2) throw new Error('odd ' + n); return n }
const results = []
for (let i = 0; i < 4; i++) {
  try {
    results.push(risky(i))
  } catch (e) {
    try { results.push(risky(i + 1)) } catch (e2) { results.push('double fail') }
  }
}
console.log(results)
