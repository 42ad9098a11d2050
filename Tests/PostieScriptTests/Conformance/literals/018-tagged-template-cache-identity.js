function id(strings) { return strings }
const sites = []
for (let i = 0; i < 2; i++) sites.push(id`same`)
console.log(sites[0] === sites[1])
const a = id`same`
const b = id`same`
console.log(a === b, a === sites[0])
function reuse() { return id`x${1}y` }
console.log(reuse() === reuse())
