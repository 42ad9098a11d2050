const arr = [1, 2, 3]
Object.defineProperty(arr, 'length', { writable: false })
arr[5] = 'ignored'
console.log(arr, arr.length)
try { arr.push(4) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Object.defineProperty(arr, 'length', { value: 1 }) } catch (e) { console.log(e.name + ': ' + e.message) }
arr[0] = 'replaced'
console.log(arr)
