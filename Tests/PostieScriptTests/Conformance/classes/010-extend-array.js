class Stack extends Array {
  top() { return this[this.length - 1] }
}
const s = new Stack()
s.push(1, 2, 3)
console.log(s.length, s.top(), Array.isArray(s), s instanceof Stack)
const doubled = s.map(x => x * 2)
console.log(doubled instanceof Stack, doubled.top())
console.log(Stack.from([7, 8]).top(), Stack.of(9) instanceof Stack)
s.length = 1
console.log(s.top(), JSON.stringify(s))
