const s = 'JavaScript'
console.log(s.substr(4), s.substr(0, 4), s.substr(-6, 3), s.substr(-100, 2))
console.log(JSON.stringify(s.substr(2, 0)), JSON.stringify(s.substr(2, -1)), s.substr(8, 100))
console.log(s.substr(NaN, 2), s.substr(1, NaN) === '', s.substr('3', '2'))
console.log(s.substr(-3), s.substr(0, Infinity), JSON.stringify(s.substr(10)))
