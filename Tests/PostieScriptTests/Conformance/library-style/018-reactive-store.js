function createStore(reducer, initialState) {
  let state = initialState
  let listeners = []
  let dispatching = false
  const history = []
  const store = {
    getState: () => state,
    dispatch(action) {
      if (!action || typeof action.type !== 'string') throw new TypeError('Actions must have a string type')
      if (dispatching) throw new Error('Reducers may not dispatch actions')
      dispatching = true
      try { state = reducer(state, action) } finally { dispatching = false }
      history.push(action.type)
      for (const l of listeners.slice()) l(state, action)
      return action
    },
    subscribe(fn) {
      listeners.push(fn)
      let active = true
      return () => { if (active) { active = false; listeners = listeners.filter(l => l !== fn) } }
    },
    history: () => history.slice()
  }
  store.dispatch({ type: '@@init' })
  return store
}

function combine(reducers) {
  return (state = {}, action) => {
    let changed = false
    const next = {}
    for (const [k, r] of Object.entries(reducers)) {
      next[k] = r(state[k], action)
      if (next[k] !== state[k]) changed = true
    }
    return changed ? next : state
  }
}

const todos = (state = [], action) => {
  switch (action.type) {
    case 'todo/add': return [...state, { id: state.length + 1, text: action.text, done: false }]
    case 'todo/toggle': return state.map(t => (t.id === action.id ? { ...t, done: !t.done } : t))
    case 'todo/clear': return state.filter(t => !t.done)
    default: return state
  }
}
const filter = (state = 'all', action) => (action.type === 'filter/set' ? action.value : state)
const counter = (state = 0, action) => (action.type === 'todo/add' ? state + 1 : state)

const store = createStore(combine({ todos, filter, counter }))
const seen = []
const unsubscribe = store.subscribe((s, a) => seen.push(`${a.type}:${s.todos.length}`))
store.dispatch({ type: 'todo/add', text: 'write tests' })
store.dispatch({ type: 'todo/add', text: 'run node' })
const before = store.getState()
store.dispatch({ type: 'noop' })
console.log('noop keeps identity', before === store.getState())
store.dispatch({ type: 'todo/toggle', id: 1 })
store.dispatch({ type: 'filter/set', value: 'done' })
const selectVisible = s => s.todos.filter(t => s.filter === 'all' || (s.filter === 'done') === t.done)
console.log(selectVisible(store.getState()))
unsubscribe()
unsubscribe()
store.dispatch({ type: 'todo/clear' })
console.log(store.getState())
console.log(seen, store.history())

for (const bad of [undefined, {}, { type: 5 }]) {
  try { store.dispatch(bad) } catch (e) { console.log(e.name + ': ' + e.message) }
}
const nested = createStore((s = 0, a) => { if (a.type === 'evil') nested.dispatch({ type: 'inner' }); return s }, 0)
try { nested.dispatch({ type: 'evil' }) } catch (e) { console.log(e.message) }
nested.dispatch({ type: 'fine' })
console.log(nested.history())

const order = []
const s2 = createStore((s = 0, a) => s + 1)
const un1 = s2.subscribe(() => { order.push('first'); un2() })
const un2 = s2.subscribe(() => order.push('second'))
s2.dispatch({ type: 'a' })
s2.dispatch({ type: 'b' })
console.log(order, s2.getState())
