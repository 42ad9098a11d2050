var name = 'module-level var'
const obj = { name: 'obj', get() { return this === undefined ? 'undefined' : this.name } }
const detached = obj.get
console.log(obj.get(), detached())
const strictObj = { get() { 'use strict'; return this === undefined ? 'undefined' : 'defined' } }
const d2 = strictObj.get
console.log(d2())
