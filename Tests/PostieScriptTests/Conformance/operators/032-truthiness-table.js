const vals = [0, -0, NaN, '', '0', ' ', 'false', null, undefined, [], {}, [0], function () {}, new Boolean(false), new Number(0), new String(''), Infinity, -1]
console.log(vals.map(v => !!v).map(b => (b ? 'T' : 'F')).join(''))
console.log(!!Symbol(), !!Symbol(''), !!new Date(NaN), !!/(?:)/)
console.log(!'', !'a', !!-0.0, !!'\0', !!0.0000001)
let n = 0
if ([]) n += 1
if ('') n += 10
if (-0) n += 100
console.log(n)
