console.log(/a\/b/.source)
console.log(/[/]/.source, /[/]/.test('/'))
console.log(/x/gimsuy.flags)
console.log(/x/yusmig.flags)
const re = /=/g
console.log('a=b=c'.replace(re, ':'))
console.log(/\//.test('/'), typeof /x/)
