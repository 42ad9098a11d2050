async function af() { await 1 }
const ae = async (x) => x
class C { static s() { return 'static' } m() {} }
console.log(af.toString())
console.log(ae.toString())
console.log(C.s.toString())
console.log(C.prototype.m.toString())
console.log(af.bind(null).toString())
console.log([].map.toString(), Math.max.toString())
