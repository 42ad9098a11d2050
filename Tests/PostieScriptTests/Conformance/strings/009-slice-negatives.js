const s = 'JavaScript'
console.log(s.slice(4), s.slice(0, 4), s.slice(-6), s.slice(-6, -3), s.slice(2, -2))
console.log(JSON.stringify(s.slice(5, 2)), s.slice(-100, 3), s.slice(100), s.slice())
console.log(s.slice(1.9, 3.1), s.slice('2', '4'), s.slice(NaN, 2), s.slice(0, undefined))
console.log(s.slice(-0), s.slice(0, -0) === '', s.slice(-1) + s.slice(0, -1))
