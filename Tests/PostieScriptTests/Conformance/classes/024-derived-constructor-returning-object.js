class Base { constructor() { this.base = true } }
class ReturnsObj extends Base {
  constructor() { super(); return { replaced: true } }
}
class ReturnsUndefined extends Base {
  constructor() { super(); return undefined }
}
class ReturnsPrimitive extends Base {
  constructor() { super(); return 1 }
}
console.log(new ReturnsObj(), new ReturnsUndefined())
try { new ReturnsPrimitive() } catch (e) { console.log(e.name + ': ' + e.message) }
