const t = (name, message) => Error.prototype.toString.call({ name, message })
console.log(JSON.stringify([t('N', 'M'), t('', 'M'), t('N', ''), t('', ''), t(undefined, 'M'), t('N', undefined), t(undefined, undefined)]))
const e = new Error('m')
e.name = 'Custom'
console.log(String(e))
e.name = ''
console.log(String(e))
try { Error.prototype.toString.call(1) } catch (err) { console.log(err.name + ': ' + err.message) }
