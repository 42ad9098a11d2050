const w = new String('boxed')
console.log(w.toString(), w.valueOf(), typeof w.toString(), 'prim'.toString() === 'prim')
try { String.prototype.toString.call({}) } catch (e) { console.log(e.name + ': ' + e.message) }
try { String.prototype.valueOf.call(1) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(String.prototype.toString.call(Object('ok')))
