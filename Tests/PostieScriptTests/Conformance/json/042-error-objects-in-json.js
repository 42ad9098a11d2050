const e = new Error('boom')
console.log(JSON.stringify(e), Object.keys(e))
e.code = 'E_BOOM'
console.log(JSON.stringify(e))
console.log(JSON.stringify({ name: e.name, message: e.message }))
class HttpError extends Error { constructor(status) { super('http ' + status); this.status = status } }
console.log(JSON.stringify(new HttpError(404)))
