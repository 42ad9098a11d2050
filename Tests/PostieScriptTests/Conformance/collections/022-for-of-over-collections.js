const out = []
for (const [k, v] of new Map([['a', 1]])) out.push(k + v)
for (const v of new Set(['s'])) out.push(v)
for (const c of 'hi😀') out.push(c)
;(function () { for (const a of arguments) out.push(a) })('arg1', 'arg2')
for (const [i, v] of ['x', 'y'].entries()) out.push(i + v)
console.log(out)
