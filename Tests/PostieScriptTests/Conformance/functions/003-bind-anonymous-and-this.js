const anon = (function () { return this.v }).bind({ v: 'bound this' })
console.log(JSON.stringify(anon.name), anon())
const rebound = anon.bind({ v: 'ignored' })
console.log(rebound(), rebound.name)
const arrow = (() => typeof this).bind({})
console.log(arrow())
const o = { m() { return 'm' } }
console.log(o.m.bind(o).name)
