console.log(`${[1, 2]}|${{}}|${null}|${undefined}|${true}`)
console.log(`${-0}|${1e21}|${[]}|${[null]}|${function f() {}}`.length)
try {
  console.log(`${Symbol('s')}`)
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
console.log(`${String(Symbol('ok'))}`)
