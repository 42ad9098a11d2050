const arr = Object.freeze([1, 2, 3])
const attempts = [() => arr.push(4), () => arr.pop(), () => { arr.length = 0 }, () => arr.sort((a, b) => b - a), () => { arr[0] = 9 }]
for (const a of attempts) {
  try { a(); console.log('no error', arr) } catch (e) { console.log(e.name + ': ' + e.message) }
}
console.log(arr.map(x => x * 2), arr.slice(1))
