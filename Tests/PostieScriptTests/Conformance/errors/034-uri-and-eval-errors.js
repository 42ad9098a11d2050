for (const s of ['%', '%E0%A4%A', '%FF', '%C0%80']) {
  try { decodeURIComponent(s) } catch (e) { console.log(e.name + ': ' + e.message, e instanceof URIError) }
}
try { encodeURIComponent('\ud800') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(typeof EvalError, new EvalError('e').name)
