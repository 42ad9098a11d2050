class Graph {
  constructor() { this.edges = new Map() }
  addNode(n) { if (!this.edges.has(n)) this.edges.set(n, new Set()); return this }
  addDependency(node, dependsOn) {
    this.addNode(node).addNode(dependsOn)
    this.edges.get(node).add(dependsOn)
    return this
  }
  topoSort() {
    const state = new Map()
    const order = []
    const visit = (n, path) => {
      if (state.get(n) === 'done') return
      if (state.get(n) === 'visiting') {
        const cycle = path.slice(path.indexOf(n)).concat(n)
        throw new Error('Cycle detected: ' + cycle.join(' -> '))
      }
      state.set(n, 'visiting')
      for (const d of [...this.edges.get(n)].sort()) visit(d, path.concat(n))
      state.set(n, 'done')
      order.push(n)
    }
    for (const n of [...this.edges.keys()].sort()) visit(n, [])
    return order
  }
  layers() {
    const remaining = new Map([...this.edges].map(([n, deps]) => [n, new Set(deps)]))
    const result = []
    while (remaining.size) {
      const ready = [...remaining].filter(([, deps]) => deps.size === 0).map(([n]) => n).sort()
      if (!ready.length) throw new Error('Cannot layer a cyclic graph')
      result.push(ready)
      for (const n of ready) remaining.delete(n)
      for (const deps of remaining.values()) for (const n of ready) deps.delete(n)
    }
    return result
  }
  dependentsOf(target) {
    const out = new Set()
    let changed = true
    while (changed) {
      changed = false
      for (const [n, deps] of this.edges) {
        if (!out.has(n) && (deps.has(target) || [...deps].some(d => out.has(d)))) { out.add(n); changed = true }
      }
    }
    return [...out].sort()
  }
}

const g = new Graph()
g.addDependency('app', 'http').addDependency('app', 'db').addDependency('http', 'sockets')
g.addDependency('db', 'sockets').addDependency('db', 'json').addDependency('http', 'json')
g.addDependency('cli', 'app').addNode('docs')
console.log(g.topoSort())
console.log(g.layers())
console.log(g.dependentsOf('json'), g.dependentsOf('cli'), g.dependentsOf('sockets'))

const cyclic = new Graph()
cyclic.addDependency('a', 'b').addDependency('b', 'c').addDependency('c', 'a').addDependency('d', 'a')
try { cyclic.topoSort() } catch (e) { console.log(e.message) }
try { cyclic.layers() } catch (e) { console.log(e.message) }

const build = new Graph()
const tasks = { compile: ['fetch'], test: ['compile'], lint: ['fetch'], package: ['test', 'lint'], fetch: [] }
for (const [t, deps] of Object.entries(tasks)) { build.addNode(t); deps.forEach(d => build.addDependency(t, d)) }
const durations = { fetch: 3, compile: 5, lint: 2, test: 4, package: 1 }
const finish = {}
for (const t of build.topoSort()) finish[t] = Math.max(0, ...tasks[t].map(d => finish[d])) + durations[t]
console.log(finish, 'critical path length', Math.max(...Object.values(finish)))
const critical = []
let cur = 'package'
while (cur) {
  critical.unshift(cur)
  cur = tasks[cur].reduce((best, d) => (best === undefined || finish[d] > finish[best] ? d : best), undefined)
}
console.log(critical.join(' -> '))
const self = new Graph().addDependency('x', 'x')
try { self.topoSort() } catch (e) { console.log(e.message) }
