function parse(s) {
  try {
    return JSON.parse(s)
  } catch (e) {
    if (s === '') return 'empty'
    throw new Error('wrapped: ' + e.name, { cause: e })
  }
}
console.log(parse('[1]'), parse(''))
try { parse('{') } catch (e) { console.log(e.message, e.cause instanceof SyntaxError) }
