// Object's own members, in order, whatever is touched first; freezing functions before their
// prototype or statics were ever read.
var names = Object.getOwnPropertyNames(Object);
console.log(names.length, names.slice(0, 3).join(','), names.slice().sort().join(','));
console.log(typeof Object.keys, Object.keys.name, Object.keys.length, Object.assign.length);
var d = Object.getOwnPropertyDescriptor(Object, 'keys');
console.log(d.writable, d.enumerable, d.configurable);
console.log('entries' in Object, Object.hasOwnProperty('fromEntries'), Object.hasOwn(Object, 'is'));
class Sub extends Object {}
console.log(typeof Sub.keys, Sub.keys === Object.keys, Object.getPrototypeOf(Sub) === Object);
function f() {}
Object.freeze(f);
var p = Object.getOwnPropertyDescriptor(f, 'prototype');
console.log(p.writable, p.configurable, Object.isFrozen(f), Object.getOwnPropertyNames(f).indexOf('prototype') >= 0);
function g() {}
Object.seal(g);
var q = Object.getOwnPropertyDescriptor(g, 'prototype');
console.log(q.writable, q.configurable, Object.isSealed(g));
function h() {}
Object.preventExtensions(h);
console.log(typeof h.prototype, Object.isExtensible(h), Object.getOwnPropertyNames(h).indexOf('prototype') >= 0);
var O = Object;
O.custom = 1;
console.log(Object.getOwnPropertyNames(Object).slice(-1).join(','));
