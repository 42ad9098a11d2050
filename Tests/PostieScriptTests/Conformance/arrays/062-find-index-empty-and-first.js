console.log([].findIndex(() => true), [].find(() => true))
const items = [3, 8, 12, 8]
console.log(items.find(x => x > 5), items.findIndex(x => x > 5), items.indexOf(8), items.lastIndexOf(8))
console.log(items.findIndex(x => x === 12), items.findLastIndex(x => x === 8))
console.log(items.find((x, i) => i === 3), items.findIndex(x => x === '8'))
