class MinHeap {
  constructor(compare = (a, b) => a - b) { this.items = []; this.compare = compare }
  get size() { return this.items.length }
  peek() { return this.items[0] }
  push(value) {
    const a = this.items
    a.push(value)
    let i = a.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.compare(a[i], a[parent]) >= 0) break
      ;[a[i], a[parent]] = [a[parent], a[i]]
      i = parent
    }
    return this
  }
  pop() {
    const a = this.items
    if (!a.length) return undefined
    const top = a[0]
    const last = a.pop()
    if (a.length) {
      a[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1, r = l + 1
        let smallest = i
        if (l < a.length && this.compare(a[l], a[smallest]) < 0) smallest = l
        if (r < a.length && this.compare(a[r], a[smallest]) < 0) smallest = r
        if (smallest === i) break
        ;[a[i], a[smallest]] = [a[smallest], a[i]]
        i = smallest
      }
    }
    return top
  }
}

const h = new MinHeap()
for (const n of [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]) h.push(n)
const drained = []
while (h.size) drained.push(h.pop())
console.log(drained, h.pop())

let seq = 0
const tasks = new MinHeap((a, b) => a.priority - b.priority || a.seq - b.seq)
for (const [name, priority] of [['email', 2], ['deploy', 1], ['lunch', 3], ['hotfix', 1], ['review', 2]]) tasks.push({ name, priority, seq: seq++ })
const orderOut = []
while (tasks.size) orderOut.push(tasks.pop().name)
console.log(orderOut)

function dijkstra(graph, source) {
  const dist = Object.fromEntries(Object.keys(graph).map(k => [k, Infinity]))
  const prev = {}
  dist[source] = 0
  const pq = new MinHeap((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))
  pq.push([0, source])
  while (pq.size) {
    const [d, node] = pq.pop()
    if (d > dist[node]) continue
    for (const [next, w] of Object.entries(graph[node])) {
      const nd = d + w
      if (nd < dist[next]) { dist[next] = nd; prev[next] = node; pq.push([nd, next]) }
    }
  }
  return { dist, prev }
}
function pathTo(prev, target) {
  const path = [target]
  while (prev[path[0]]) path.unshift(prev[path[0]])
  return path
}

const graph = {
  A: { B: 4, C: 2 },
  B: { C: 5, D: 10 },
  C: { E: 3 },
  D: { F: 11 },
  E: { D: 4 },
  F: {},
  G: { A: 1 }
}
const { dist, prev } = dijkstra(graph, 'A')
console.log(dist)
for (const t of ['D', 'F', 'E', 'G']) console.log(t, dist[t], dist[t] === Infinity ? 'unreachable' : pathTo(prev, t).join('>'))
const kSmallest = (arr, k) => { const heap = new MinHeap(); arr.forEach(x => heap.push(x)); return Array.from({ length: Math.min(k, arr.length) }, () => heap.pop()) }
console.log(kSmallest([9, -2, 4, 4, 0, 11, -7], 4), kSmallest([1], 5))
const strings = new MinHeap((a, b) => (a < b ? -1 : a > b ? 1 : 0))
'pear apple fig banana apple'.split(' ').forEach(w => strings.push(w))
console.log(Array.from({ length: strings.size }, () => strings.pop()).join(' '))
