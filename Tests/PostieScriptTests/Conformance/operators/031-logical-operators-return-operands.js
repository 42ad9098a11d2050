console.log(0 || 'a', 'a' || 0, '' || null, null || '', 1 && 2, 0 && 2, NaN && 'x')
console.log('' && 'x', [] && 'truthy array', {} || 'no')
const log = []
function t(v) { log.push(v); return v }
t(0) || t('') || t('last')
t(1) && t(null) && t('unreached')
console.log(log)
console.log(true || false && false, (true || false) && false)
console.log(null ?? (0 || 'mixed'))
