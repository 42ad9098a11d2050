function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
}

function lookup(context, path) {
  if (path === '.') return context[context.length - 1]
  const parts = path.split('.')
  for (let i = context.length - 1; i >= 0; i--) {
    let value = context[i]
    if (value == null || !(parts[0] in Object(value))) continue
    for (const part of parts) {
      value = value == null ? undefined : value[part]
    }
    return typeof value === 'function' ? value.call(context[i]) : value
  }
  return undefined
}

function tokenize(source) {
  const template = source.replace(/\{\{![\s\S]*?\}\}/g, '')
  const tokens = []
  const re = /\{\{(\{?)\s*([#^\/!]?)\s*([\w.]+)\s*\}?\}\}/g
  let last = 0
  let m
  while ((m = re.exec(template))) {
    if (m.index > last) tokens.push({ type: 'text', value: template.slice(last, m.index) })
    const kind = m[1] ? 'raw' : m[2] === '#' ? 'section' : m[2] === '^' ? 'inverted' : m[2] === '/' ? 'close' : m[2] === '!' ? 'comment' : 'var'
    tokens.push({ type: kind, name: m[3] })
    last = re.lastIndex
  }
  if (last < template.length) tokens.push({ type: 'text', value: template.slice(last) })
  return tokens
}

function nest(tokens) {
  const root = []
  const stack = [{ children: root }]
  for (const t of tokens) {
    const top = stack[stack.length - 1]
    if (t.type === 'section' || t.type === 'inverted') {
      const node = { ...t, children: [] }
      top.children.push(node)
      stack.push(node)
    } else if (t.type === 'close') {
      if (stack.length === 1 || top.name !== t.name) throw new SyntaxError('Unexpected closing tag: ' + t.name)
      stack.pop()
    } else {
      top.children.push(t)
    }
  }
  if (stack.length > 1) throw new SyntaxError('Unclosed section: ' + stack[stack.length - 1].name)
  return root
}

function renderNodes(nodes, context) {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text') out += node.value
    else if (node.type === 'comment') continue
    else if (node.type === 'var') { const v = lookup(context, node.name); out += v == null ? '' : escapeHtml(v) }
    else if (node.type === 'raw') { const v = lookup(context, node.name); out += v == null ? '' : String(v) }
    else {
      const value = lookup(context, node.name)
      const truthy = Array.isArray(value) ? value.length > 0 : !!value
      if (node.type === 'inverted') { if (!truthy) out += renderNodes(node.children, context) }
      else if (Array.isArray(value)) for (const item of value) out += renderNodes(node.children, [...context, item])
      else if (truthy) out += renderNodes(node.children, typeof value === 'object' ? [...context, value] : context)
    }
  }
  return out
}

function render(template, data) {
  return renderNodes(nest(tokenize(template)), [data])
}

const data = {
  title: 'Orders <2024>',
  customer: { name: "O'Brien", vip: true },
  items: [{ name: 'Widget', qty: 2, price: 3.5 }, { name: 'Gadget & Co', qty: 1, price: 10 }],
  empty: [],
  html: '<b>bold</b>',
  total() { return this.items.reduce((s, i) => s + i.qty * i.price, 0).toFixed(2) }
}

console.log(render('<h1>{{title}}</h1>', data))
console.log(render('Hello {{customer.name}}{{#customer.vip}} (VIP){{/customer.vip}}!', data))
console.log(render('{{#items}}- {{name}} x{{qty}} @ {{price}}\n{{/items}}', data))
console.log(render('{{^empty}}no extras{{/empty}}|{{#empty}}never{{/empty}}', data))
console.log(render('raw: {{{html}}} escaped: {{html}}', data))
console.log(render('Total: {{total}} {{! a comment }}{{missing}}.', data))
console.log(render('{{#items}}{{name}} for {{customer.name}}; {{/items}}', data))
console.log(render('{{#tags}}[{{.}}]{{/tags}}', { tags: ['a', 'b', 'c'] }))
for (const bad of ['{{#open}}never closed', '{{/stray}}', '{{#a}}{{/b}}']) {
  try { render(bad, {}) } catch (e) { console.log(e.name + ': ' + e.message) }
}
console.log(tokenize('a{{b}}c{{#d}}e{{/d}}').map(t => t.type + (t.name ? ':' + t.name : '')).join(' '))
