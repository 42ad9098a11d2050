const original = {
  date: new Date(Date.UTC(2024, 0, 1)),
  undef: undefined,
  fn() {},
  nested: { list: [1, undefined, () => 1, NaN], map: new Map([[1, 2]]) },
  str: 'text'
}
const copy = JSON.parse(JSON.stringify(original))
console.log(copy)
console.log(typeof copy.date, 'undef' in copy, 'fn' in copy, copy.nested.list)
