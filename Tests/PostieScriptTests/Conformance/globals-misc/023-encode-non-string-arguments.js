console.log(encodeURIComponent(true), encodeURIComponent(1.5e-7), encodeURIComponent([1, 'a b']))
console.log(encodeURIComponent({}), encodeURI({ toString() { return 'x y' } }))
console.log(decodeURIComponent(12), decodeURIComponent(null), decodeURI(undefined))
try { encodeURIComponent(Symbol()) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(encodeURI(null), encodeURI(true), decodeURIComponent(encodeURIComponent(-0)))
