const base = { get whoami() { return this.name } }
const child = Object.create(base)
child.name = 'child'
console.log(child.whoami)
const grand = Object.create(child, { name: { value: 'grand' } })
console.log(grand.whoami)
console.log(Object.keys(grand), 'whoami' in grand)
