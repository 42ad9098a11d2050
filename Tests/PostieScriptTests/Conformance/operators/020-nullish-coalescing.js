console.log(null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd', NaN ?? 'd')
console.log(undefined ?? null ?? 3)
let evaluated = false
const v = 'value' ?? (evaluated = true)
console.log(v, evaluated)
console.log((null || undefined) ?? 'paren ok')
try {
  eval('null || undefined ?? 1')
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
