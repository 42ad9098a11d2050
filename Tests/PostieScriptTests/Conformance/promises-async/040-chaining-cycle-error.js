const p = new Promise(r => setTimeout(r, 1)).then(() => p)
p.catch(e => console.log(e.name + ': ' + e.message))
let resolveSelf
const self = new Promise(r => { resolveSelf = r })
resolveSelf(self)
self.catch(e => console.log(e.name + ': ' + e.message))
