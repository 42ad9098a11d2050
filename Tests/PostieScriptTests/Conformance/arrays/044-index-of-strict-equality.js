const obj = { id: 1 }
const a = [1, '1', obj, [2], null, undefined, true]
console.log(a.indexOf('1'), a.indexOf(obj), a.indexOf({ id: 1 }), a.indexOf([2]))
console.log(a.indexOf(null), a.indexOf(undefined), a.indexOf(true), a.indexOf(1 === 1))
console.log(a.indexOf(), a.includes(), a.lastIndexOf())
