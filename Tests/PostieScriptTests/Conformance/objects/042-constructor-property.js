console.log(({}).constructor === Object, [].constructor === Array, (1).constructor === Number)
function F() {}
console.log(new F().constructor === F)
F.prototype = { custom: true }
console.log(new F().constructor === Object)
const bare = Object.create(null)
console.log(bare.constructor)
console.log((() => {}).constructor === Function, (async () => {}).constructor.name)
