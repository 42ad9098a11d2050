const { f = function () {}, g = () => {}, h = class {} } = {}
console.log(f.name, g.name, h.name)
const [arr1 = function () {}] = []
console.log(arr1.name)
let assigned
;({ assigned = () => {} } = {})
console.log(assigned.name)
