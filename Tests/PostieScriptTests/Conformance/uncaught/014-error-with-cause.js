// Uncaught: the first stderr line shows only the outer error.
const root = new Error('socket closed')
console.log('wrapping')
throw new Error('request failed', { cause: root })
console.log('not reached')
