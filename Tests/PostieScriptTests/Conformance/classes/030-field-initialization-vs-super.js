class Base {
  constructor() { this.fromBase = this.describe() }
  describe() { return 'base' }
}
class Derived extends Base {
  label = 'derived field'
  describe() { return 'derived sees label=' + this.label }
}
const d = new Derived()
console.log(d.fromBase)
console.log(d.describe())
