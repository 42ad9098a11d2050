function F() {}
const arrow = () => {}
const method = { m() {} }.m
async function af() {}
console.log(typeof F.prototype, F.prototype.constructor === F, Object.keys(F.prototype))
console.log(arrow.prototype, method.prototype, af.prototype)
console.log(Object.getOwnPropertyNames(F.prototype))
console.log(Object.getOwnPropertyDescriptor(F, 'prototype'))
