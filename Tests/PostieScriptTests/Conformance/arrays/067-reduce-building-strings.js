const words = ['alpha', 'beta', 'gamma']
console.log(words.reduce((acc, w, i) => acc + (i ? ', ' : '') + w.toUpperCase(), 'List: '))
const counts = [...'mississippi'].reduce((m, c) => ({ ...m, [c]: (m[c] || 0) + 1 }), {})
console.log(counts)
console.log(words.reduceRight((acc, w) => acc + w[0], ''))
