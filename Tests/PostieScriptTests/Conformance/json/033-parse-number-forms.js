for (const s of ['-1.5e+3', '1E2', '0', '-0.0', '.5', '+1', '1.', '00', '1e', '0x10', '-', '1.5e-2', 'Infinity']) {
  try { console.log(s, '->', JSON.parse(s)) } catch (e) { console.log(s, '->', e.name) }
}
console.log(JSON.parse('1e-0'), JSON.parse('-0e+0'), JSON.parse('123e2'), JSON.parse('0.5E1'))
console.log(Object.is(JSON.parse('-0.0'), -0), JSON.parse('[-0]')[0] === 0)
