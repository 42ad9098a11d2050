class A {}
try {
  A()
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
const B = class {}
try { B.call({}) } catch (e) { console.log(e.name + ': ' + e.message) }
try { [1].map(A) } catch (e) { console.log(e.name + ': ' + e.message) }
