const re = /x/gimsuy
console.log(re.global, re.ignoreCase, re.multiline, re.dotAll, re.unicode, re.sticky)
const plain = /x/
console.log(plain.global, plain.ignoreCase, plain.multiline, plain.dotAll, plain.unicode, plain.sticky)
console.log(Object.keys(re), Object.getOwnPropertyNames(re))
console.log(typeof Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get)
