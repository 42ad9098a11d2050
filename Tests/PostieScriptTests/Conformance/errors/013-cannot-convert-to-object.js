const cases = [() => Object.keys(undefined), () => Object.entries(null), () => Object.assign(null, {}), () => Object.getPrototypeOf(undefined), () => Object.values(), () => Object.setPrototypeOf(null, {})]
for (const c of cases) {
  try { c() } catch (e) { console.log(e.name + ': ' + e.message) }
}
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.assign({}, null).constructor === Object)
