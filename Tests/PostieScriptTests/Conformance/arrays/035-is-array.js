console.log(Array.isArray([]), Array.isArray(new Array()), Array.isArray(Array.prototype))
console.log(Array.isArray({ length: 0 }), Array.isArray('abc'), Array.isArray(null))
class MyArr extends Array {}
console.log(Array.isArray(new MyArr()), Array.isArray(Object.create(Array.prototype)))
console.log(Array.isArray((function () { return arguments })()))
