// Uncaught: the stderr line shows the subclass name set in the constructor.
class ValidationError extends Error {
  constructor(message) { super(message); this.name = 'ValidationError' }
}
console.log('validating')
throw new ValidationError('field "email" is required')
