const e = new Error('original')
e.message = 'changed'
console.log(String(e), e.message)
e.name = 'Renamed'
console.log(String(e))
const t = new TypeError('x')
delete t.message
console.log(JSON.stringify(t.message), String(t))
Object.defineProperty(t, 'name', { value: 'Defined' })
console.log(String(t))
