const data = JSON.parse('{"temperature":21.456,"humidity":"48","price":0.1,"qty":3,"total":0.30000000000000004,"rate":1e-7}')
const results = []
const test = (name, fn) => { try { fn(); results.push('PASS ' + name) } catch (e) { results.push('FAIL ' + name + ': ' + e.message) } }
const within = (v, lo, hi) => { if (!(v >= lo && v <= hi)) throw new Error(`${v} not within [${lo}, ${hi}]`) }
const close = (a, b, eps = 1e-9) => { if (Math.abs(a - b) > eps) throw new Error(`${a} != ${b}`) }
test('temperature in range', () => within(data.temperature, 15, 25))
test('temperature one decimal', () => { if (data.temperature.toFixed(1) !== '21.5') throw new Error(data.temperature.toFixed(1)) })
test('humidity is a number', () => { if (typeof data.humidity !== 'number') throw new Error('got ' + typeof data.humidity) })
test('humidity numeric string in range', () => within(Number(data.humidity), 30, 60))
test('total strictly equals price * qty', () => { if (data.total !== 0.3) throw new Error(`${data.total} !== 0.3`) })
test('total close to 0.3', () => close(data.total, 0.3))
test('rate positive and tiny', () => within(data.rate, 0, 1e-6))
test('qty integer', () => { if (!Number.isInteger(data.qty)) throw new Error('fraction') })
console.log(results.join('\n'))
console.log((data.price * data.qty).toFixed(2), Math.round(data.temperature * 100) / 100, String(data.rate))
