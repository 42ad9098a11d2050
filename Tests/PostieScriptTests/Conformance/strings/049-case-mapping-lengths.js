const samples = ['ß', 'ﬀ', 'ﬃ', 'ŉ', 'ǰ', 'ΐ', 'İ', 'Ⅻ', 'ǅ']
console.log(samples.map(c => c.toUpperCase()).join(' '))
console.log(samples.map(c => c.toUpperCase().length).join(''))
console.log(samples.map(c => c.toLowerCase().length).join(''))
console.log('ⓐⓑ'.toUpperCase(), 'ＡＢ'.toLowerCase())
