function classify(v) {
  if (v === null) return 'null'
  else if (Array.isArray(v)) return 'array'
  else if (typeof v === 'object') return 'object'
  else if (v) return 'truthy ' + typeof v
  else return 'falsy ' + typeof v
}
console.log([null, [], {}, 1, 'a', 0, '', undefined, NaN].map(classify))
