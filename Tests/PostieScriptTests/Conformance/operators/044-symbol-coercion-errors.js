const s = Symbol('k')
try { s + '' } catch (e) { console.log(e.name + ': ' + e.message) }
try { +s } catch (e) { console.log(e.name + ': ' + e.message) }
try { s * 2 } catch (e) { console.log(e.name + ': ' + e.message) }
try { s < 1 } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(String(s), s.toString(), s.description, !s, s == s, Object(s) == s)
console.log(typeof Object(s), [s].length)
