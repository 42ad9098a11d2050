function Point(x, y) { this.x = x; this.y = y }
Point.prototype.sum = function () { return this.x + this.y }
const YAxis = Point.bind({ ignored: true }, 0)
const p = new YAxis(5)
console.log(p.x, p.y, p.sum(), p instanceof Point, 'ignored' in p)
console.log(YAxis.prototype)
