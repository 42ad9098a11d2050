const s = 'start\nmiddle\nend'
console.log(s.match(/^.*$/), s.match(/^.*$/s)[0].length, s.match(/^.*$/m)[0])
console.log(s.match(/^.*$/gms))
console.log(s.match(/^m.*$/sm)[0].length)
console.log(/^end$/m.test(s), /^end$/.test(s), /start.middle/s.test(s), /start.middle/.test(s))
