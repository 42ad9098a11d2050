async function main() {
  console.log('await number:', await 5)
  console.log('await undefined:', await undefined)
  const thenable = { then(resolve) { console.log('then called'); resolve('from thenable') } }
  console.log('await thenable:', await thenable)
  const rejecting = { then(_, reject) { reject(new Error('thenable rejected')) } }
  try { await rejecting } catch (e) { console.log('caught', e.message) }
  const notThenable = { then: 'string' }
  console.log('plain object with then prop:', (await notThenable).then)
}
main()
console.log('sync after main()')
