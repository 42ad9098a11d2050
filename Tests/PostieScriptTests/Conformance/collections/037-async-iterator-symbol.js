console.log(typeof Symbol.asyncIterator, Symbol.asyncIterator.toString())
const obj = { [Symbol.asyncIterator]() { return { next: () => Promise.resolve({ done: true }) } } }
console.log(typeof obj[Symbol.asyncIterator], Symbol.asyncIterator in obj)
console.log(typeof [][Symbol.asyncIterator], typeof new Map()[Symbol.asyncIterator])
console.log(Object.getOwnPropertySymbols(obj)[0] === Symbol.asyncIterator)
