const a = {}
a.a = a
try { JSON.stringify(a) } catch (e) { console.log(e.name); console.log(e.message) }
const b = { x: { y: {} } }
b.x.y.back = b
try { JSON.stringify(b) } catch (e) { console.log(e.message) }
