const s = Symbol('desc')
try { s() } catch (e) { console.log(e.name + ': ' + e.message) }
try { null[s] } catch (e) { console.log(e.name + ': ' + e.message) }
try { `${s}` } catch (e) { console.log(e.name + ': ' + e.message) }
try { s + 1 } catch (e) { console.log(e.name + ': ' + e.message) }
try { Symbol.prototype.toString.call('x') } catch (e) { console.log(e.name + ': ' + e.message) }
