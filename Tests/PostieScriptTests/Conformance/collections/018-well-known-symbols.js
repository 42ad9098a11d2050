const names = ['iterator', 'asyncIterator', 'hasInstance', 'toPrimitive', 'toStringTag', 'isConcatSpreadable', 'species', 'match', 'replace', 'search', 'split', 'unscopables', 'matchAll']
console.log(names.map(n => typeof Symbol[n]).every(t => t === 'symbol'))
console.log(Symbol.iterator.toString(), Symbol.iterator.description, Symbol.asyncIterator.description)
console.log(Symbol.keyFor(Symbol.iterator), Symbol.iterator === Symbol.for('Symbol.iterator'))
console.log(Object.getOwnPropertyDescriptor(Symbol, 'iterator'))
