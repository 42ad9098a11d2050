function push(item, list = []) { list.push(item); return list }
console.log(push(1), push(2))
let calls = 0
function counter(n = ++calls) { return n }
console.log(counter(), counter(), counter(100), calls)
