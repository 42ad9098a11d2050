try {
  let x = 1
  [1, 2].forEach(n => console.log('item', n))
  console.log('not reached')
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
const y = [10, 20, 30]
[1]
console.log(y)
