const results = []
for (let i = 0; i < 3; i++) {
  const re = /a/g
  results.push(re.test('a'), re.lastIndex)
}
console.log(results)
const shared = /a/g
const sharedResults = []
for (let i = 0; i < 3; i++) sharedResults.push(shared.test('a'))
console.log(sharedResults)
function make() { return /x/ }
console.log(make() === make())
