const s = '\r\n\t text \u2028\u2029\n'
console.log(JSON.stringify(s.trim()), s.trim().length)
console.log(JSON.stringify(s.trimEnd()), JSON.stringify(s.trimStart()))
console.log(JSON.stringify('\u0085x\u0085'.trim()))
console.log(JSON.stringify('\v\fz\v\f'.trim()), JSON.stringify(' \t'.trim()), ''.trim() === '')
