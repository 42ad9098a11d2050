console.log([1, 2, 3].some(x => x > 2), [1, 2, 3].every(x => x > 0))
console.log([].some(() => true), [].every(() => false))
const visits = []
;[1, 2, 3, 4].some(v => { visits.push(v); return v === 2 })
;[1, 2, 3, 4].every(v => { visits.push('e' + v); return v < 2 })
console.log(visits)
console.log([, , ].every(() => false), [1, , 3].some(v => v === undefined))
