const arrow = () => {}
const obj = { m() {} }
for (const [label, fn] of [['arrow', arrow], ['method', obj.m], ['Math.max', Math.max], ['bound arrow', arrow.bind(null)]]) {
  try {
    new fn()
    console.log(label, 'constructed')
  } catch (e) {
    console.log(label, e.name + ': ' + e.message)
  }
}
try { new obj.m() } catch (e) { console.log(e.message) }
