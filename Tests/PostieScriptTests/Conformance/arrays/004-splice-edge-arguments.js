const mk = () => [1, 2, 3, 4]
let a = mk(); console.log(a.splice(10, 1, 'end'), a)
a = mk(); console.log(a.splice(1, -5, 'neg'), a)
a = mk(); console.log(a.splice(-10, 2), a)
a = mk(); console.log(a.splice(1.7, 1.9), a)
a = mk(); console.log(a.splice('1', '2'), a)
a = mk(); console.log(a.splice(2, Infinity), a)
a = mk(); console.log(a.splice(0, undefined), a)
