class Tree {
  constructor(v, ...kids) { this.v = v; this.kids = kids }
  *[Symbol.iterator]() { yield this.v; for (const k of this.kids) yield* k }
  static *range(n) { for (let i = 0; i < n; i++) yield i }
}
const t = new Tree(1, new Tree(2, new Tree(3)), new Tree(4))
console.log([...t], [...Tree.range(3)])
const obj = { *items() { yield 'obj method' }, *[Symbol.iterator]() { yield* this.items() } }
console.log([...obj], [...obj.items()])
