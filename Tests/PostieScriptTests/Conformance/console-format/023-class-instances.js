class Point { constructor() { this.x = 1; this.y = 2 } }
class Empty {}
class Sub extends Point { constructor() { super(); this.z = 3 } }
console.log(new Point(), new Empty(), new Sub())
console.log([new Point()], { p: new Empty() })
class Tagged { get [Symbol.toStringTag]() { return 'TagName' } }
console.log(new Tagged())
const anonInstance = new (class {})()
console.log(anonInstance)
