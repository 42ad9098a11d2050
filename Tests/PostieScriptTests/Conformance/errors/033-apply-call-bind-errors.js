try { Function.prototype.apply.call(1) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Function.prototype.call.call({}) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Function.prototype.bind.call('x') } catch (e) { console.log(e.name + ': ' + e.message) }
try { Math.max.apply(null, 1) } catch (e) { console.log(e.name + ': ' + e.message) }
const notFn = {}
try { notFn.call() } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(typeof Function.prototype.call, Function.prototype.apply.length, Function.prototype.bind.length)
