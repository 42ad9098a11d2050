let calls = 0
console.log([1, , , 4].every(v => { calls++; return v > 0 }), calls)
console.log(Array(5).every(() => false), Array(5).some(() => true))
console.log([0, , 2].some((v, i) => i === 1))
let touched = 0
;[, , ].forEach(() => touched++)
console.log(touched)
