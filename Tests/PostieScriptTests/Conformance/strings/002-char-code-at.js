const s = 'A😀é'
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2), s.charCodeAt(3))
console.log(s.charCodeAt(4), s.charCodeAt(-1), s.charCodeAt())
console.log('\0'.charCodeAt(0), '\uffff'.charCodeAt(0))
console.log([...'abc'].map(c => c.charCodeAt(0).toString(16)).join(' '))
