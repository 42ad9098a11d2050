class Query {
  constructor() { this.parts = [] }
  select(f) { this.parts.push('SELECT ' + f); return this }
  from(t) { this.parts.push('FROM ' + t); return this }
  where(c) { this.parts.push('WHERE ' + c); return this }
  build() { return this.parts.join(' ') }
}
console.log(new Query().select('*').from('users').where('id = 1').build())
