const root = { a: { b: { c: {} } } }
root.a.b.c.loop = root.a
try { JSON.stringify(root) } catch (e) { console.log(e.message) }
const list = [{ items: [] }]
list[0].items.push(list[0])
try { JSON.stringify(list) } catch (e) { console.log(e.message) }
