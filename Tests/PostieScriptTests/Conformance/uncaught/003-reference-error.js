// Uncaught: calling an undeclared function.
console.log('start')
function run() { return missingHelper() }
run()
console.log('unreachable')
