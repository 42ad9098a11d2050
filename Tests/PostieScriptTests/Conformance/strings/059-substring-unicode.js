const s = 'naïve café 😀!'
console.log(s.length, s.substring(0, 5), s.substring(6, 10))
console.log(s.substring(11, 13) === '😀', s.substring(11, 12).length)
console.log(s.slice(-3), [...s].slice(-2).join(''))
console.log(s.substring(12), s.substring(12).length, s.substring(12).charCodeAt(0).toString(16))
