const results = []
;(function () { results.push('classic') })()
;(function () { results.push('crockford') }())
!function () { results.push('bang') }()
void function () { results.push('void') }()
;(() => results.push('arrow'))()
;(async () => {})().then(() => {})
const v = function () { return 'expression position' }()
console.log(results, v)
