console.log(String([1, [2, [3, [4]]]]))
console.log([1, 2] + '', [] + '', [null] + '', [[], []] + '')
console.log([{ toString() { return 'custom' } }, Symbol.iterator.description].toString())
const arr = [1, 2]
arr.join = () => 'overridden join'
console.log(arr.toString(), String(arr))
arr.join = 42
console.log(arr.toString())
