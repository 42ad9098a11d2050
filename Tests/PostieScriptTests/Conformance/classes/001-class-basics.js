class Point {
  constructor(x, y) { this.x = x; this.y = y }
  norm() { return Math.hypot(this.x, this.y) }
  toString() { return `(${this.x}, ${this.y})` }
}
const p = new Point(3, 4)
console.log(p.norm(), String(p), p instanceof Point)
console.log(p.constructor === Point, Object.getPrototypeOf(p) === Point.prototype)
console.log(typeof Point, Object.keys(p))
