function typeOf(v) {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'number' && Number.isInteger(v)) return 'integer'
  return typeof v
}

function validate(schema, value, path = '$', errors = [], depth = 0) {
  if (depth > 32) { errors.push(`${path}: schema too deep`); return errors }
  if (schema.type) {
    const types = [].concat(schema.type)
    const actual = typeOf(value)
    const ok = types.some(t => t === actual || (t === 'number' && actual === 'integer'))
    if (!ok) { errors.push(`${path}: expected ${types.join('|')}, got ${actual}`); return errors }
  }
  if (schema.enum && !schema.enum.some(e => e === value)) errors.push(`${path}: must be one of ${JSON.stringify(schema.enum)}`)
  if (schema.const !== undefined && schema.const !== value) errors.push(`${path}: must equal ${JSON.stringify(schema.const)}`)
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`)
    if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`)
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: does not match /${schema.pattern}/`)
    if (schema.format === 'email' && !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value)) errors.push(`${path}: not an email`)
    if (schema.format === 'date-time' && isNaN(Date.parse(value))) errors.push(`${path}: not a date-time`)
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below minimum ${schema.minimum}`)
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above maximum ${schema.maximum}`)
    if (schema.multipleOf && value % schema.multipleOf !== 0) errors.push(`${path}: not a multiple of ${schema.multipleOf}`)
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`)
    if (schema.uniqueItems && new Set(value.map(v => JSON.stringify(v))).size !== value.length) errors.push(`${path}: items not unique`)
    if (schema.items) value.forEach((item, i) => validate(schema.items, item, `${path}[${i}]`, errors, depth + 1))
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of schema.required || []) {
      if (!(key in value)) errors.push(`${path}: missing required property '${key}'`)
    }
    for (const [key, sub] of Object.entries(schema.properties || {})) {
      if (key in value) validate(sub, value[key], `${path}.${key}`, errors, depth + 1)
    }
    if (schema.additionalProperties === false) {
      for (const key of Object.keys(value)) {
        if (!(key in (schema.properties || {}))) errors.push(`${path}: unexpected property '${key}'`)
      }
    }
  }
  if (schema.anyOf && !schema.anyOf.some(s => validate(s, value, path, [], depth + 1).length === 0)) errors.push(`${path}: matches none of anyOf`)
  return errors
}

const userSchema = {
  type: 'object',
  required: ['id', 'email', 'roles'],
  additionalProperties: false,
  properties: {
    id: { type: 'integer', minimum: 1 },
    email: { type: 'string', format: 'email' },
    name: { type: ['string', 'null'], maxLength: 10 },
    roles: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['admin', 'editor', 'viewer'] } },
    score: { type: 'number', minimum: 0, maximum: 100, multipleOf: 0.5 },
    createdAt: { type: 'string', format: 'date-time' },
    contact: { anyOf: [{ type: 'string', pattern: '^\\+\\d+$' }, { type: 'object', required: ['street'] }] }
  }
}

const cases = [
  { id: 1, email: 'ada@example.com', roles: ['admin'], name: null, score: 99.5, createdAt: '2024-03-10T12:00:00Z', contact: '+4712345' },
  { id: 0, email: 'not-an-email', roles: [], name: 'a very long name' },
  { id: 2.5, email: 'x@y.io', roles: ['admin', 'admin', 'root'], score: 100.25, extra: true },
  { email: 'x@y.io', roles: ['viewer'], contact: { city: 'Oslo' }, createdAt: 'yesterday' },
  'not even an object',
  { id: 3, email: 'z@z.org', roles: ['editor'], contact: { street: 'Main' }, score: -1 }
]
cases.forEach((c, i) => {
  const errors = validate(userSchema, c)
  console.log(`case ${i}: ${errors.length ? 'invalid' : 'valid'}`)
  for (const e of errors) console.log('  ' + e)
})
console.log(validate({ type: 'number' }, 5), validate({ type: 'integer' }, 5.5), validate({ const: 'x' }, 'y'))
