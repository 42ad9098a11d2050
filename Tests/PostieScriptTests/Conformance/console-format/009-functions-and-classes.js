function named() {}
const anon = function () {}
const arrow = () => {}
class A {}
class B extends A {}
console.log(named, anon, arrow, A, B)
console.log([named, (function () {}), class {}, async function af() {}, async () => {}])
console.log(named.bind(null), Math.max, [].push, Symbol)
console.log({ method() {}, get g() { return 1 }, [Symbol('s')]: () => {} })
