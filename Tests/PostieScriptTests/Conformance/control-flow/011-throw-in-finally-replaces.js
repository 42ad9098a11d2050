try {
  try {
    throw new Error('first')
  } finally {
    throw new Error('second')
  }
} catch (e) {
  console.log(e.message)
}
try {
  try { throw 1 } catch (e) { throw e + 1 } finally { console.log('inner finally') }
} catch (e) { console.log('outer caught', e) }
