const s = 'price: 10 USD, 20 EUR'
const out = s.replace(/(\d+) (?<cur>[A-Z]+)/g, function (match, amount, cur, offset, string, groups) {
  console.log(JSON.stringify([match, amount, cur, offset, string.length, groups]))
  return amount * 2 + ' ' + groups.cur.toLowerCase()
})
console.log(out)
console.log('aaa'.replace('a', (m, off, str) => `[${m}${off}${str}]`))
console.log('a-b'.replace(/-/, () => '$&'))
