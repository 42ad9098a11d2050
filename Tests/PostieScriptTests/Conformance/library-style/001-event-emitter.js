class EventEmitter {
  constructor() {
    this.listeners = new Map()
    this.maxListeners = 3
  }
  on(event, fn) {
    if (typeof fn !== 'function') throw new TypeError('listener must be a function')
    const list = this.listeners.get(event) || []
    list.push({ fn, once: false })
    this.listeners.set(event, list)
    if (list.length > this.maxListeners) {
      console.log(`warning: ${list.length} listeners for "${event}"`)
    }
    return this
  }
  once(event, fn) {
    this.on(event, fn)
    const list = this.listeners.get(event)
    list[list.length - 1].once = true
    return this
  }
  off(event, fn) {
    const list = this.listeners.get(event)
    if (!list) return this
    const index = list.findIndex(l => l.fn === fn)
    if (index !== -1) list.splice(index, 1)
    if (list.length === 0) this.listeners.delete(event)
    return this
  }
  emit(event, ...args) {
    const list = this.listeners.get(event)
    if (!list) {
      if (event === 'error') throw args[0] instanceof Error ? args[0] : new Error('Unhandled error: ' + args[0])
      return false
    }
    for (const listener of [...list]) {
      if (listener.once) this.off(event, listener.fn)
      listener.fn.apply(this, args)
    }
    return true
  }
  listenerCount(event) {
    return (this.listeners.get(event) || []).length
  }
  eventNames() {
    return [...this.listeners.keys()]
  }
}

const bus = new EventEmitter()
const log = []
function onData(chunk) { log.push('data:' + chunk) }
bus.on('data', onData)
bus.once('data', chunk => log.push('first chunk only:' + chunk))
bus.on('end', function () { log.push('end, this is bus: ' + (this === bus)) })
console.log(bus.emit('data', 'a'), bus.emit('data', 'b'))
bus.off('data', onData)
console.log(bus.emit('data', 'c'), bus.listenerCount('data'))
bus.emit('end')
console.log(log)
console.log(bus.eventNames())

for (let i = 0; i < 4; i++) bus.on('tick', () => {})
console.log(bus.listenerCount('tick'))

try {
  bus.emit('error', new Error('disk full'))
} catch (e) {
  console.log('thrown:', e.message)
}
try {
  bus.emit('error', 'plain string')
} catch (e) {
  console.log('thrown:', e.message)
}
try {
  bus.on('x', 'not a function')
} catch (e) {
  console.log(e.name + ': ' + e.message)
}

const order = []
const chained = new EventEmitter()
chained
  .on('go', () => { order.push(1); chained.on('go', () => order.push('added during emit')) })
  .on('go', () => order.push(2))
chained.emit('go')
chained.emit('go')
console.log(order)
