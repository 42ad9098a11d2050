function tokenize(src) {
  const tokens = []
  const re = /\s*(?:(\d+\.?\d*(?:e[+-]?\d+)?|\.\d+)|([A-Za-z_]\w*)|(\*\*|[-+*\/%^(),]))/y
  let pos = 0
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break
    re.lastIndex = pos
    const m = re.exec(src)
    if (!m) throw new SyntaxError(`Unexpected character '${src[pos].trim() ? src[pos] : src.slice(pos).trim()[0]}' at ${pos}`)
    if (m[1] !== undefined) tokens.push({ type: 'num', value: parseFloat(m[1]) })
    else if (m[2] !== undefined) tokens.push({ type: 'id', value: m[2] })
    else tokens.push({ type: 'op', value: m[3] })
    pos = re.lastIndex
  }
  return tokens
}

function parse(tokens) {
  let i = 0
  let depth = 0
  const peek = () => tokens[i]
  const next = () => tokens[i++]
  const expect = v => {
    const t = next()
    if (!t || t.value !== v) throw new SyntaxError(`Expected '${v}' but found ${t ? `'${t.value}'` : 'end of input'}`)
  }
  function expression() {
    if (++depth > 100) throw new RangeError('Expression nested too deeply')
    let left = term()
    while (peek() && (peek().value === '+' || peek().value === '-')) left = { op: next().value, left, right: term() }
    depth--
    return left
  }
  function term() {
    let left = power()
    while (peek() && ['*', '/', '%'].includes(peek().value)) left = { op: next().value, left, right: power() }
    return left
  }
  function power() {
    const base = unary()
    if (peek() && (peek().value === '^' || peek().value === '**')) { next(); return { op: '^', left: base, right: power() } }
    return base
  }
  function unary() {
    if (peek() && (peek().value === '-' || peek().value === '+')) { const op = next().value; return { op: 'neg' + op, arg: unary() } }
    return primary()
  }
  function primary() {
    const t = next()
    if (!t) throw new SyntaxError('Unexpected end of input')
    if (t.type === 'num') return { num: t.value }
    if (t.type === 'id') {
      if (peek() && peek().value === '(') {
        next()
        const args = []
        if (peek() && peek().value !== ')') { args.push(expression()); while (peek() && peek().value === ',') { next(); args.push(expression()) } }
        expect(')')
        return { call: t.value, args }
      }
      return { name: t.value }
    }
    if (t.value === '(') { const e = expression(); expect(')'); return e }
    throw new SyntaxError(`Unexpected token '${t.value}'`)
  }
  const ast = expression()
  if (i < tokens.length) throw new SyntaxError(`Unexpected token '${tokens[i].value}'`)
  return ast
}

const functions = { min: Math.min, max: Math.max, sqrt: Math.sqrt, abs: Math.abs, round: Math.round, hypot: Math.hypot }
function evaluate(node, vars) {
  if ('num' in node) return node.num
  if ('name' in node) {
    if (!(node.name in vars)) throw new ReferenceError(`Unknown variable '${node.name}'`)
    return vars[node.name]
  }
  if ('call' in node) {
    const fn = functions[node.call]
    if (!fn) throw new ReferenceError(`Unknown function '${node.call}'`)
    return fn(...node.args.map(a => evaluate(a, vars)))
  }
  if (node.op === 'neg-') return -evaluate(node.arg, vars)
  if (node.op === 'neg+') return +evaluate(node.arg, vars)
  const l = evaluate(node.left, vars), r = evaluate(node.right, vars)
  switch (node.op) {
    case '+': return l + r
    case '-': return l - r
    case '*': return l * r
    case '/': if (r === 0) throw new RangeError('Division by zero'); return l / r
    case '%': return l % r
    case '^': return l ** r
  }
}

const calc = (src, vars = {}) => evaluate(parse(tokenize(src)), { pi: Math.PI, ...vars })
const exprs = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '7 % 3 + .5', '1e3 + 2.5e-1', 'max(1, 5, 3) - min(4, 2)', 'sqrt(16) + abs(-3)', 'hypot(3, 4) * x', 'round(pi * 100) / 100', '--3', '2 ** 10']
for (const e of exprs) console.log(e.padEnd(26), '=', calc(e, { x: 2 }))
const bad = ['1 +', '(1 + 2', '1 2', '2 * )', 'foo(1)', 'y + 1', '5 / (3 - 3)', '3 $ 4', 'max(1,', '('.repeat(150) + '1' + ')'.repeat(150)]
for (const e of bad) {
  try { calc(e) } catch (err) { console.log(JSON.stringify(e.length > 20 ? e.slice(0, 20) + '...' : e).padEnd(26), err.name + ': ' + err.message) }
}
console.log(JSON.stringify(parse(tokenize('a + b * -c'))))
