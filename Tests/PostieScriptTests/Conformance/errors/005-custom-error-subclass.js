class AppError extends Error {
  constructor(message, code) {
    super(message)
    this.name = 'AppError'
    this.code = code
  }
}
class NotFound extends AppError {
  constructor(what) { super(what + ' not found', 404); this.name = 'NotFound' }
}
const e = new NotFound('user')
console.log(e.name, e.message, e.code, String(e))
console.log(e instanceof NotFound, e instanceof AppError, e instanceof Error, e.constructor.name)
console.log(Object.keys(e), Object.prototype.toString.call(e))
