function kind(v) {
  switch (v) {
    case 1: return 'number 1'
    case '1': return 'string 1'
    case true: return 'true'
    case NaN: return 'NaN'
    case null: return 'null'
    default: return 'default'
  }
}
console.log(kind(1), kind('1'), kind(true), kind(NaN), kind(null), kind(undefined), kind(-0 + 1))
