const cases = [() => Object.create(1), () => Object.setPrototypeOf({}, 'x'), () => { const o = {}; o.__proto__ = 1; return Object.getPrototypeOf(o) === Object.prototype }]
for (const c of cases) {
  try { console.log(c()) } catch (e) { console.log(e.name + ': ' + e.message) }
}
try { Object.defineProperty(1, 'x', { value: 1 }) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Object.defineProperty({}, 'x', null) } catch (e) { console.log(e.name + ': ' + e.message) }
