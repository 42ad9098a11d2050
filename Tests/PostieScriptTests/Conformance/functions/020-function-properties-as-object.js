function f() { return f.calls = (f.calls || 0) + 1 }
f(); f()
console.log(f.calls, Object.keys(f))
f.length = 10
f.name = 'renamed'
console.log(f.length, f.name)
Object.defineProperty(f, 'name', { value: 'defined' })
console.log(f.name)
console.log(delete f.length, f.length)
