const paren = (function () {})
let assigned
assigned = function () {}
const obj = {}
obj.member = function () {}
const [destructured = function () {}] = []
const { fromDefault = () => {} } = {}
console.log(paren.name, assigned.name, JSON.stringify(obj.member.name))
console.log(destructured.name, fromDefault.name)
const cls = class {}
console.log(cls.name, (class {}).name === '')
