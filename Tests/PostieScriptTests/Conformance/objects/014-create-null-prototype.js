const bare = Object.create(null)
bare.key = 'value'
console.log('toString' in bare, typeof bare.hasOwnProperty, Object.keys(bare))
try { String(bare) } catch (e) { console.log(e.name + ': ' + e.message) }
try { bare + '' } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(Object.prototype.hasOwnProperty.call(bare, 'key'), JSON.stringify(bare))
bare.__proto__ = { hacked: true }
console.log(bare.hacked, Object.keys(bare), Object.getPrototypeOf(bare))
