class Node { constructor() { this.children = [] } }
const root = new Node()
root.children.push(root)
try { JSON.stringify(root) } catch (e) { console.log(e.message) }
const arr = [1]
arr.push(arr)
try { JSON.stringify(arr) } catch (e) { console.log(e.message) }
const shared = { v: 1 }
console.log(JSON.stringify({ a: shared, b: shared, c: [shared, shared] }))
