for (const src of ['syntax error here', 'throw new RangeError("thrown inside eval")', 'undefinedInEval', 'return 1', 'break']) {
  try { eval(src) } catch (e) { console.log(e.name + ': ' + e.message, e instanceof Error) }
}
console.log(typeof eval, eval.name, eval.length)
const e = (() => { try { eval('}') } catch (err) { return err } })()
console.log(e instanceof SyntaxError, e.constructor === SyntaxError)
