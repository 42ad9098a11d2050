class ValidationError extends Error {
  constructor(field, message) {
    super(message)
    this.name = 'ValidationError'
    this.field = field
  }
}
const e = new ValidationError('email', 'is invalid')
console.log(e.name, e.message, e.field)
console.log(String(e), e instanceof ValidationError, e instanceof Error)
console.log(Object.keys(e), Object.prototype.toString.call(e))
class Plain extends Error {}
console.log(new Plain('x').name, String(new Plain('y')), new Plain().constructor.name)
