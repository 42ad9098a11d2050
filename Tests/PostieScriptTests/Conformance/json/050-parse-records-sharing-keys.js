// Records that repeat their keys, in the same and in other orders, with repeats and index keys.
const text = '[{"a":1,"b":2},{"a":3,"b":4},{"b":5,"a":6},{"a":7},{"a":8,"b":9,"c":10},{"a":1,"a":2},' +
  '{"1":"one","a":2},{"a":3,"b":4},{},{"a":{"a":1,"b":2},"b":[{"a":1,"b":2},{"a":3,"b":4}]}]'
const records = JSON.parse(text)
console.log(JSON.stringify(records) === text, JSON.stringify(records))
console.log(records.map(function (r) { return Object.keys(r).join(',') }).join(' | '))
records[0].c = 'added'
delete records[1].a
console.log(JSON.stringify(records[0]), JSON.stringify(records[1]), JSON.stringify(records[7]))
console.log(Object.keys(records[4]), records[4].c, records[5].a, records[6][1])
