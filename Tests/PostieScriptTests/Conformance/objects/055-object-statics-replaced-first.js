// A script that replaces or deletes a static of Object before reading any.
Object.keys = function () { return ['mine']; };
console.log(Object.keys({ a: 1 }).join(','));
delete Object.values;
console.log(typeof Object.values, typeof Object.entries);
Object.defineProperty(Object, 'assign', { value: 42, enumerable: true });
console.log(Object.assign, Object.propertyIsEnumerable('assign'));
for (var k in Object) console.log('enumerable:', k);
console.log(Object.getOwnPropertyNames(Object).length);
