const a = [3, 1, 2]
console.log(a.push(4), a.unshift(0), a.pop(), a.shift())
console.log(a.fill(7, 2) === a, a.copyWithin(0, 2) === a, a.sort() === a, a.reverse() === a)
console.log(a.splice(0, 1), Array.isArray(a.splice(0, 0)))
console.log(a.forEach(x => x), typeof a.entries(), a.concat() === a, a.slice() === a)
console.log(a)
