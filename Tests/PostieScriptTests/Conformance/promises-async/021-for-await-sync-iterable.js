async function main() {
  const out = []
  for await (const ch of 'ab') out.push(ch)
  for await (const v of new Set([1, Promise.resolve(2)])) out.push(v)
  for await (const [k, v] of new Map([['k', 'v']])) out.push(k + v)
  console.log(out)
}
main()
console.log('sync first')
