function createMachine(config) {
  const { initial, states } = config
  if (!(initial in states)) throw new Error(`Unknown initial state '${initial}'`)
  let current = initial
  let context = { ...(config.context || {}) }
  const history = [initial]
  const listeners = []
  function run(actions, event) {
    for (const a of [].concat(actions || [])) context = { ...context, ...a(context, event) }
  }
  run(states[initial].entry)
  return {
    get state() { return current },
    get context() { return context },
    get history() { return history.slice() },
    can(type) { return !!(states[current].on || {})[type] },
    subscribe(fn) { listeners.push(fn); return () => listeners.splice(listeners.indexOf(fn), 1) },
    send(event) {
      const e = typeof event === 'string' ? { type: event } : event
      const def = (states[current].on || {})[e.type]
      if (!def) return { changed: false, state: current }
      const candidates = [].concat(def).map(d => (typeof d === 'string' ? { target: d } : d))
      const transition = candidates.find(t => !t.guard || t.guard(context, e))
      if (!transition) return { changed: false, state: current, blocked: true }
      const from = current
      const to = transition.target || current
      if (to !== from) run(states[from].exit, e)
      run(transition.actions, e)
      current = to
      if (to !== from) { run(states[to].entry, e); history.push(to) }
      for (const l of listeners) l({ from, to, event: e.type })
      return { changed: to !== from, state: current }
    }
  }
}

const increment = key => ctx => ({ [key]: (ctx[key] || 0) + 1 })
const door = createMachine({
  initial: 'locked',
  context: { attempts: 0, opened: 0 },
  states: {
    locked: {
      on: {
        UNLOCK: [
          { target: 'closed', guard: (ctx, e) => e.code === '1234', actions: () => ({ attempts: 0 }) },
          { actions: increment('attempts') }
        ]
      }
    },
    closed: { on: { OPEN: 'open', LOCK: 'locked' }, entry: ctx => ({ lastEntered: 'closed' }) },
    open: { on: { CLOSE: 'closed' }, entry: increment('opened'), exit: ctx => ({ lastExit: 'open' }) }
  }
})

const log = []
const unsubscribe = door.subscribe(t => log.push(`${t.from} -${t.event}-> ${t.to}`))
console.log(door.state, door.can('OPEN'), door.can('UNLOCK'))
console.log(door.send('OPEN'))
console.log(door.send({ type: 'UNLOCK', code: '0000' }), door.context.attempts)
console.log(door.send({ type: 'UNLOCK', code: '9999' }), door.context.attempts)
console.log(door.send({ type: 'UNLOCK', code: '1234' }), door.context)
console.log(door.send('OPEN'), door.send('OPEN'), door.send('CLOSE'))
door.send('OPEN')
unsubscribe()
door.send('CLOSE')
door.send('LOCK')
console.log(door.state, door.history, door.context)
console.log(log)

const traffic = createMachine({
  initial: 'green',
  states: { green: { on: { TIMER: 'yellow' } }, yellow: { on: { TIMER: 'red' } }, red: { on: { TIMER: 'green' } } }
})
const sequence = []
for (let i = 0; i < 7; i++) sequence.push(traffic.send('TIMER').state)
console.log(sequence.join(' > '))
try { createMachine({ initial: 'nope', states: {} }) } catch (e) { console.log(e.message) }
const guardOnly = createMachine({ initial: 'a', states: { a: { on: { GO: { target: 'b', guard: () => false } } }, b: {} } })
console.log(guardOnly.send('GO'), guardOnly.state)
