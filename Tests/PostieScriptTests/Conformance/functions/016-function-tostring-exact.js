function   spaced ( a,b )  {
  // comment kept
  return a /* inline */ + b
}
console.log(spaced.toString())
const arrow = (x) =>   x * 2
console.log(String(arrow))
const o = { method(a) { return a }, get g() { return 1 } }
console.log(o.method.toString())
console.log(Object.getOwnPropertyDescriptor(o, 'g').get.toString())
