const o = { ok: 1, get bad() { throw new RangeError('getter exploded') } }
try { JSON.stringify(o) } catch (e) { console.log(e.name + ': ' + e.message) }
const t = { toJSON() { throw new Error('toJSON exploded') } }
try { JSON.stringify([t]) } catch (e) { console.log(e.message) }
try { JSON.stringify({ a: 1 }, () => { throw new TypeError('replacer exploded') }) } catch (e) { console.log(e.message) }
