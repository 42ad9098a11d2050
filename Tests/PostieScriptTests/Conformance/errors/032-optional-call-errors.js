const a = { b: undefined, c: 5 }
try { a.b() } catch (e) { console.log(e.name + ': ' + e.message) }
try { a?.b() } catch (e) { console.log(e.name + ': ' + e.message) }
try { a.c?.() } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(a.b?.(), a?.missing?.deep.call())
