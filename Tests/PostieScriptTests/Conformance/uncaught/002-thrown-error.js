// Uncaught: an Error thrown by user code and never caught.
console.log('step 1')
function validate(x) {
  if (x < 0) throw new Error('negative input: ' + x)
  return x
}
console.log(validate(1))
validate(-5)
