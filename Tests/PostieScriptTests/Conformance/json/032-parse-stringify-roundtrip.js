const original = { s: 'tab\there "quoted" \\ / é 😀', n: [0, -1.5, 1e300], b: [true, false, null], nested: { e: {}, a: [] } }
const text = JSON.stringify(original)
console.log(text)
const back = JSON.parse(text)
console.log(JSON.stringify(back) === text, back.s === original.s, back.n[2])
