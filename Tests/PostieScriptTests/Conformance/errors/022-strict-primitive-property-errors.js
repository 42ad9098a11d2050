function strict(fn) { 'use strict'; return fn() }
const cases = [
  () => { 'use strict'; 'abc'.x = 1 },
  () => { 'use strict'; (5).y = 2 },
  () => { 'use strict'; true.z = 3 },
  () => { 'use strict'; 'abc'.length = 1 },
  () => { 'use strict'; Symbol('s').desc = 1 }
]
for (const c of cases) {
  try { strict(c) } catch (e) { console.log(e.name + ': ' + e.message) }
}
