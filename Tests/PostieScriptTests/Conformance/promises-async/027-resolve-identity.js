const p = Promise.resolve(1)
console.log(Promise.resolve(p) === p, new Promise(r => r(p)) === p)
const thenable = { then(r) { r('t') } }
console.log(Promise.resolve(thenable) === thenable, Promise.resolve(thenable) instanceof Promise)
const rejected = Promise.reject(p)
rejected.catch(reason => console.log('reject does not unwrap:', reason === p))
console.log(rejected === p)
