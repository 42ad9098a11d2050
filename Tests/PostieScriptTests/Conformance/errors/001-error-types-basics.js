const types = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]
for (const T of types) {
  const e = new T('msg')
  console.log(e.name, e.message, String(e), e instanceof Error, e instanceof T, T.prototype.name, T.length)
}
const agg = new AggregateError([new Error('a')], 'many')
console.log(agg.name, agg.message, String(agg), agg.errors.length)
