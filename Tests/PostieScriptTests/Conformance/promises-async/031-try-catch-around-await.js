async function fetchValue(fail) {
  await null
  if (fail) throw new Error('fetch failed')
  return 'data'
}
async function main() {
  try {
    console.log(await fetchValue(false))
    console.log(await fetchValue(true))
  } catch (e) {
    console.log('caught', e.message)
  } finally {
    console.log('finally')
  }
  return 'main done'
}
main().then(console.log)
