const errs = [new Error('one'), new TypeError('two'), 'three']
const ag = new AggregateError(errs, 'several failed')
console.log(ag.message, ag.errors.length, ag.errors[2], ag.errors === errs)
console.log(ag instanceof Error, Object.getPrototypeOf(AggregateError) === Error)
console.log(new AggregateError(new Set([1, 2])).errors, JSON.stringify(new AggregateError([]).message))
try { new AggregateError(5) } catch (e) { console.log(e.name + ': ' + e.message) }
