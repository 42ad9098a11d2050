function* gen() {}
try { new gen() } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(gen.prototype !== undefined, 'constructor' in gen.prototype, gen.prototype.constructor === gen)
const obj = { *m() {} }
try { new obj.m() } catch (e) { console.log(e.name + ': ' + e.message) }
