const scores = { alice: 90, bob: 72, carol: 85 }
const m = new Map(Object.entries(scores))
const passed = new Map([...m].filter(([, s]) => s >= 80))
console.log(passed, Object.fromEntries(passed))
console.log(Object.entries(m), Object.keys(m), JSON.stringify(m))
const sortedByScore = new Map([...m].sort((a, b) => b[1] - a[1]))
console.log([...sortedByScore.keys()])
