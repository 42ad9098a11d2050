// Uncaught: an unhandled rejection ends the run before later timers fire.
console.log('before rejection')
Promise.reject(new TypeError('rejected and never handled'))
setTimeout(() => console.log('not reached: process exits on unhandled rejection'), 50)
console.log('this synchronous line still runs')
