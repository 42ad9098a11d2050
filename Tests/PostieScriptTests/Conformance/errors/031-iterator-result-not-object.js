const badIter = { [Symbol.iterator]() { return { next() { return 5 } } } }
try { for (const x of badIter) {} } catch (e) { console.log(e.name + ': ' + e.message) }
const noNext = { [Symbol.iterator]() { return {} } }
try { [...noNext] } catch (e) { console.log(e.name + ': ' + e.message) }
const notObj = { [Symbol.iterator]() { return 1 } }
try { [...notObj] } catch (e) { console.log(e.name + ': ' + e.message) }
