const data = { user: { name: 'Ann', address: { city: 'Oslo', zip: undefined } }, tags: ['a', 'b'] }
const { user: { name, address: { city, zip = '0000' } }, tags: [firstTag] } = data
console.log(name, city, zip, firstTag)
const { missing: { deep = 'fallback' } = {} } = data
console.log(deep)
try {
  const { missing: { deep2 } } = data
} catch (e) { console.log(e.name + ': ' + e.message) }
