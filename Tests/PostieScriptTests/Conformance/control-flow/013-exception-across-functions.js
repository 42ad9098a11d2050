const log = []
function level3() { log.push('l3'); throw new RangeError('deep') }
function level2() { try { level3() } finally { log.push('l2 finally') } }
function level1() { try { level2(); log.push('unreached') } finally { log.push('l1 finally') } }
try { level1() } catch (e) { log.push('caught ' + e.name) }
console.log(log)
