const a = [0, 1, 2, 3, 4]
console.log(a.slice(1.5), a.slice(-1.5), a.slice(0.9, 2.9), a.slice('2'), a.slice(true), a.slice(null, 2))
console.log(a.slice(-Infinity, Infinity), a.slice(Infinity))
console.log(a.slice(-0), a.slice(undefined, -0), a.slice('x', '3'))
console.log(a.slice(2, 1.5), a.slice(4.9))
