console.log('%j', 'str', '%j', 1)
console.log('%j', [undefined, () => 1, null])
const circular = {}
circular.self = circular
console.log('%j', circular)
console.log('%j', { toJSON() { return 'via toJSON' } })
