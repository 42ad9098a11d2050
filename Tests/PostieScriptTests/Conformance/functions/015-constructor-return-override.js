function ReturnsObject() { this.a = 1; return { b: 2 } }
function ReturnsPrimitive() { this.a = 1; return 42 }
function ReturnsNull() { this.a = 1; return null }
function ReturnsFunction() { return function inner() {} }
console.log(new ReturnsObject(), new ReturnsPrimitive(), new ReturnsNull())
console.log(new ReturnsFunction().name)
console.log(new ReturnsObject() instanceof ReturnsObject)
