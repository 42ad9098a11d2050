let settled = false
Promise.race([]).then(() => { settled = true })
setTimeout(() => console.log('race([]) settled?', settled), 5)
Promise.all([Promise.race([]), Promise.reject(new Error('short-circuit'))]).catch(e => console.log(e.message))
Promise.all([]).then(v => console.log('all([]) resolves immediately', v))
