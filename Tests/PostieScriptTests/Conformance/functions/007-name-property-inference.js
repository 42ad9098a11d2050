function decl() {}
const expr = function () {}
const arrow = () => {}
const named = function realName() {}
const o = { method() {}, prop: function () {}, arrowProp: () => {}, ['comp' + 'uted']() {} }
console.log(decl.name, expr.name, arrow.name, named.name)
console.log(o.method.name, o.prop.name, o.arrowProp.name, o.computed.name)
const sym = Symbol('desc')
const s = { [sym]() {}, [Symbol()]() {} }
console.log(s[sym].name, JSON.stringify(s[Object.getOwnPropertySymbols(s)[1]].name))
