// Uncaught: a parse error means no statement runs, so stdout is empty.
console.log('this line is never printed because parsing fails')
const x = {
  a: 1,,
}
