const o = {
  toString() { return 'from toString' },
  valueOf() { return 'from valueOf' }
}
console.log(`${o}`)
console.log('' + o)
console.log(String(o))
console.log([o] + '')
const noToString = { toString: undefined, valueOf() { return 7 } }
console.log(`${noToString}`)
