try { Number.prototype.toString.call('5') } catch (e) { console.log(e.name + ': ' + e.message) }
try { Number.prototype.toFixed.call({}) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(Number.prototype.toString.call(new Number(5), 2), Number.prototype.toFixed.call(Object(1.5), 1))
console.log(Number.prototype.valueOf(), Number.prototype.toString())
try { Number.prototype.toPrecision.call('1', 2) } catch (e) { console.log(e.name + ': ' + e.message) }
