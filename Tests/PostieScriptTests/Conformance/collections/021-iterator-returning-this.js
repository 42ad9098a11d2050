const once = {
  items: ['a', 'b'],
  index: 0,
  [Symbol.iterator]() { return this },
  next() { return this.index < this.items.length ? { value: this.items[this.index++], done: false } : { done: true } }
}
console.log([...once])
console.log([...once], once.index)
once.index = 1
console.log(Array.from(once))
