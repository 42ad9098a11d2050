const names = ['Object', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'Date', 'RegExp', 'Error', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'JSON', 'Math', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'encodeURI', 'decodeURI', 'escape', 'eval', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'TextEncoder', 'TextDecoder', 'console', 'globalThis', 'AggregateError']
for (const n of names) console.log(n.padEnd(16), typeof globalThis[n])
console.log(typeof globalThis.undefined, typeof globalThis.NaN, typeof globalThis.Infinity)
console.log(typeof globalThis.require, typeof globalThis.window, typeof globalThis.document)
console.log(names.filter(n => typeof globalThis[n] === 'undefined').length)
