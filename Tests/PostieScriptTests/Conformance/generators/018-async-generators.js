async function* countdown(n) {
  while (n > 0) { await null; yield n-- }
}
async function main() {
  const out = []
  for await (const v of countdown(3)) out.push(v)
  console.log(out)
  const g = countdown(2)
  console.log(await g.next(), await g.next(), await g.next())
  console.log(Object.prototype.toString.call(g), typeof g[Symbol.asyncIterator])
}
main()
