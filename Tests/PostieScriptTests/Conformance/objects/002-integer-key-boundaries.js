const o = {}
for (const k of ['4294967296', '4294967295', '4294967294', '9007199254740991', '1e3', '01', '-1', '0', '1.0', '3'])
  o[k] = true
console.log(Object.keys(o))
const arr = []
arr[4294967294] = 'last index'
arr[4294967295] = 'not an index'
console.log(arr.length, Object.keys(arr))
