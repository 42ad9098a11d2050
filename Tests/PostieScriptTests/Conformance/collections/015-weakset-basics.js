const ws = new WeakSet()
const o = {}
console.log(ws.add(o) === ws, ws.has(o), ws.has({}))
console.log(ws.delete(o), ws.has(o), ws.delete(o))
try { ws.add(1) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(ws.has(1), new WeakSet([o]).has(o))
try { new WeakSet([1]) } catch (e) { console.log(e.name + ': ' + e.message) }
