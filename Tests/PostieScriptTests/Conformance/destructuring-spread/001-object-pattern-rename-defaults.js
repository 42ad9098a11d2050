const { a, b: renamed, c = 'default', d: alias = 'alias default' } = { a: 1, b: 2, d: undefined }
console.log(a, renamed, c, alias)
const { length } = 'hello'
const { toFixed } = 1
console.log(length, typeof toFixed)
const { ['comp' + 'uted']: comp } = { computed: 'yes' }
console.log(comp)
