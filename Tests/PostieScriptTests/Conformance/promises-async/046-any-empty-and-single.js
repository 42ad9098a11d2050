Promise.any([]).catch(e => console.log(e instanceof AggregateError, e.message, e.errors.length))
Promise.any([Promise.reject(1)]).catch(e => console.log(e.errors, e.message))
Promise.any([Promise.reject(1), 'plain']).then(v => console.log('any resolved', v))
console.log(typeof AggregateError, new AggregateError([1, 2], 'msg').errors)
try { throw new AggregateError([new Error('inner')]) } catch (e) { console.log(JSON.stringify(e.message), e.errors[0].message) }
