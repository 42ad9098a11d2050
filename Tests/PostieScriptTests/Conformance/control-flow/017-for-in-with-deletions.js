const o = { a: 1, b: 2, c: 3, d: 4 }
const visited = []
for (const k in o) {
  visited.push(k)
  if (k === 'a') delete o.c
}
console.log(visited, o)
const o2 = { x: 1, y: 2 }
const seen2 = []
for (const k in o2) { delete o2[k]; seen2.push(k) }
console.log(seen2, o2)
