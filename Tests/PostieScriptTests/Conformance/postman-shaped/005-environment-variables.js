function makeScope(name, initial = {}) {
  const values = new Map(Object.entries(initial))
  return {
    get: key => values.get(key),
    set: (key, value) => { values.set(key, value) },
    unset: key => { values.delete(key) },
    has: key => values.has(key),
    toObject: () => Object.fromEntries(values),
    replaceIn: template => template.replace(/\{\{([^{}]+)\}\}/g, (m, k) => (values.has(k) ? String(values.get(k)) : m)),
    name
  }
}
const pm = { environment: makeScope('staging', { baseUrl: 'https://staging.api', retries: 3 }) }
pm.environment.set('token', 'tok_123')
pm.environment.set('count', 5)
pm.environment.set('flags', { beta: true })
console.log(pm.environment.get('token'), typeof pm.environment.get('count'), pm.environment.get('flags').beta)
console.log(pm.environment.replaceIn('{{baseUrl}}/users?limit={{count}}&missing={{nope}}'))
pm.environment.unset('token')
console.log(pm.environment.has('token'), pm.environment.get('token'))
console.log(pm.environment.toObject())
console.log(pm.environment.replaceIn('{{flags}} {{retries}}{{retries}} {{ baseUrl }}'))
