// Uncaught: assigning to a const binding at run time.
const limit = 3
console.log('limit is', limit)
limit = 4
console.log('not reached')
