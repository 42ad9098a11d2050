const original = new TypeError('keep me')
let caught
try {
  try { throw original } catch (e) { throw e }
} catch (e) { caught = e }
console.log(caught === original, caught.message)
function wrap() { try { throw original } finally { } }
try { wrap() } catch (e) { console.log(e === original) }
