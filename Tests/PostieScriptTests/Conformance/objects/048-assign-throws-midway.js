const target = Object.defineProperty({}, 'locked', { value: 'L', writable: false, enumerable: true })
const src = { first: 1, locked: 'change', last: 3 }
try { Object.assign(target, src) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(target, 'last' in target)
const partial = {}
try { Object.assign(partial, { a: 1 }, { get b() { throw new Error('getter failed') } }, { c: 3 }) } catch (e) { console.log(e.message) }
console.log(partial)
