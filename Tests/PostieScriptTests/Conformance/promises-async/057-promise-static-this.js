const { resolve } = Promise
try { resolve(1) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(Promise.resolve.call(Promise, 2) instanceof Promise)
class MyPromise extends Promise {}
const mp = MyPromise.resolve(3)
console.log(mp instanceof MyPromise, mp.then(x => x) instanceof MyPromise)
mp.then(v => console.log('subclass value', v))
