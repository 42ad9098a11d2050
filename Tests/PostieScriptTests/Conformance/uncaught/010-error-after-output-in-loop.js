// Uncaught: output produced before the failing iteration is kept.
const items = [{ n: 1 }, { n: 2 }, null, { n: 4 }]
for (const item of items) {
  console.log('processing', item.n)
}
