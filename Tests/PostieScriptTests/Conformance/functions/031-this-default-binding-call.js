var calls = []
function who() { calls.push(this === globalThis ? 'global' : this === undefined ? 'undefined' : typeof this) }
who.call(null); who.call(undefined); who.call({}); who.apply(); who.bind(null)()
console.log(calls)
const arrowThis = (() => this).call({ replaced: true })
console.log(arrowThis === this)
