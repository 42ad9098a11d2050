function f(x) {
  switch (x) {
    case 'a': {
      const msg = 'block a'
      return msg
    }
    case 'b': {
      const msg = 'block b'
      return msg
    }
  }
  return 'none'
}
console.log(f('a'), f('b'), f('c'))
