const scopes = {
  global: { host: 'global.example', version: 'v0', user: 'anon' },
  collection: { host: 'collection.example', version: 'v1' },
  environment: { host: 'env.example' },
  data: {},
  local: {}
}
const order = ['local', 'data', 'environment', 'collection', 'global']
function resolve(name) {
  for (const s of order) if (Object.prototype.hasOwnProperty.call(scopes[s], name)) return { value: scopes[s][name], from: s }
  return undefined
}
function replaceIn(template, depth = 0) {
  if (depth > 5) return template
  const out = template.replace(/\{\{([\w.-]+)\}\}/g, (m, k) => (resolve(k) ? String(resolve(k).value) : m))
  return out !== template && /\{\{[\w.-]+\}\}/.test(out) ? replaceIn(out, depth + 1) : out
}
console.log(replaceIn('https://{{host}}/{{version}}/users/{{user}}?x={{missing}}'))
scopes.local.version = 'v9'
scopes.data.user = 'row-user'
console.log(replaceIn('https://{{host}}/{{version}}/users/{{user}}'))
scopes.environment.base = 'https://{{host}}/{{version}}'
scopes.collection.loop = '{{loop}}'
console.log(replaceIn('{{base}}/nested'), replaceIn('{{loop}}'))
console.log(['host', 'version', 'user', 'nothing'].map(k => `${k}<-${resolve(k) ? resolve(k).from : 'unresolved'}`).join(', '))
