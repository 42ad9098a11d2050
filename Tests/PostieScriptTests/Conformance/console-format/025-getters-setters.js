const o = {
  get g() { return 1 },
  set s(v) {},
  get gs() { return 2 },
  set gs(v) {},
  plain: 3
}
console.log(o)
class C { get proto() { return 1 } }
console.log(new C())
console.log(Object.defineProperty({}, 'hidden', { get() { return 1 }, enumerable: false }))
