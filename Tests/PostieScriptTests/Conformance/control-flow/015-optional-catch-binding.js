let reached = false
try { JSON.parse('{bad') } catch { reached = true }
console.log(reached)
function safe(fn) { try { return fn() } catch { return 'fallback' } }
console.log(safe(() => 1), safe(() => null.x))
