const m = new Map().set('a', 1).set('b', 2).set('c', 3)
console.log(m.size, m.get('c'))
const sizeDesc = Object.getOwnPropertyDescriptor(Map.prototype, 'size')
console.log(typeof sizeDesc.get, sizeDesc.set, sizeDesc.enumerable)
try { Map.prototype.size } catch (e) { console.log(e.name + ': ' + e.message) }
try { Map.prototype.get.call({}, 'a') } catch (e) { console.log(e.name + ': ' + e.message) }
