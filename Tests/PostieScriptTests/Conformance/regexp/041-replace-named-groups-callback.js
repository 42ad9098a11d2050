const s = 'John Smith, Jane Doe'
const r = s.replace(/(?<first>\w+) (?<last>\w+)/g, (...args) => {
  const groups = args[args.length - 1]
  return `${groups.last.toUpperCase()} ${groups.first[0]}.`
})
console.log(r)
console.log('a-b'.replace(/(?<x>-)/, (m, p1, offset, str, groups) => typeof groups + offset))
console.log('a-b'.replace(/(-)/, (m, p1, offset, str, groups) => typeof groups))
