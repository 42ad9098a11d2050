class A {
  a = 1
  ['b'] = 2
}
try {
  new A()
  console.log('constructed')
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
class B {
  a = 1;
  ['b'] = 2
}
console.log(Object.keys(new B()))
