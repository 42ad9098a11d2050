const bad = ['{"a":}', '', '[1,]', "{'a':1}", 'undefined', '{"a":1}x', '01', '"\t"', 'NaN', '{"a" 1}', '{"a":', '[1 2]', 'tru', '"abc']
for (const s of bad) {
  try { JSON.parse(s) } catch (e) { console.log(e.name + ': ' + e.message) }
}
try { JSON.parse('{"a":1,}') } catch (e) { console.log(e.name + ': ' + e.message) }
try { JSON.parse('[1, 2') } catch (e) { console.log(e.name + ': ' + e.message) }
