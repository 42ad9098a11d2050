console.log(typeof globalThis, globalThis.globalThis === globalThis)
console.log(globalThis.Math === Math, globalThis.JSON === JSON, globalThis.Array === Array)
globalThis.customGlobal = 'set on globalThis'
console.log(customGlobal, typeof customGlobal)
function setImplicit() { implicitOne = 1 }
setImplicit()
console.log(globalThis.implicitOne, 'implicitOne' in globalThis)
console.log(Object.getOwnPropertyDescriptor(globalThis, 'globalThis').enumerable)
