function* flatten(arr) { for (const x of arr) Array.isArray(x) ? yield* flatten(x) : yield x }
console.log([...flatten([1, [2, [3, [4, [5]]]], 6])])
function* permutations(items) {
  if (items.length <= 1) { yield items; return }
  for (let i = 0; i < items.length; i++) {
    for (const p of permutations([...items.slice(0, i), ...items.slice(i + 1)])) yield [items[i], ...p]
  }
}
console.log([...permutations(['a', 'b', 'c'])].map(p => p.join('')))
