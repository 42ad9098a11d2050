const o = { get g() { return 1 } }
Object.defineProperty(o, 'fixed', { value: 1, configurable: false })
function setG() { 'use strict'; o.g = 2 }
function delFixed() { 'use strict'; delete o.fixed }
function delNonExistent() { 'use strict'; return delete o.nothing }
try { setG() } catch (e) { console.log(e.name + ': ' + e.message) }
try { delFixed() } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(delNonExistent())
function delArrLength() { 'use strict'; delete [].length }
try { delArrLength() } catch (e) { console.log(e.name + ': ' + e.message) }
