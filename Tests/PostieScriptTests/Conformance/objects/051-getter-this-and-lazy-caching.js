const o = {
  get lazy() {
    const value = 'computed once'
    Object.defineProperty(this, 'lazy', { value, enumerable: true })
    return value + ' (first)'
  }
}
console.log(o.lazy)
console.log(o.lazy, Object.getOwnPropertyDescriptor(o, 'lazy').writable)
