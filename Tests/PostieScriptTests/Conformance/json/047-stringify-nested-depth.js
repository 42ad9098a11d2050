let deep = {}
let cur = deep
for (let i = 0; i < 50; i++) { cur.next = { level: i }; cur = cur.next }
const s = JSON.stringify(deep)
console.log(s.length, s.slice(0, 40))
console.log(JSON.parse(s).next.next.next.level)
