const iso = '2024-03-10T09:05'
const re = /(?<y>\d{4})-(?<mo>\d\d)-(?<d>\d\d)T(?<h>\d\d):(?<mi>\d\d)/
console.log(iso.replace(re, '$<mo>/$<d>/$<y> $<h>h$<mi>'))
console.log(iso.replace(re, (...args) => JSON.stringify(args[args.length - 1])))
console.log(iso.replace(re, '$<y>$<y>').length)
