// Uncaught: a rejection from an async function nobody awaits.
async function load() {
  await null
  throw new RangeError('async failure after await')
}
console.log('calling load')
load()
console.log('load called')
