// Uncaught: reading a property of undefined terminates the script.
console.log('before the error')
const response = undefined
console.log(response.id)
console.log('never printed')
