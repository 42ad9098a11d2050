const rows = [
  { dept: 'eng', name: 'zoe', age: 30 },
  { dept: 'ops', name: 'al', age: 25 },
  { dept: 'eng', name: 'bob', age: 30 },
  { dept: 'eng', name: 'cat', age: 22 },
  { dept: 'ops', name: 'dan', age: 41 }
]
rows.sort((a, b) => (a.dept < b.dept ? -1 : a.dept > b.dept ? 1 : b.age - a.age || (a.name < b.name ? -1 : 1)))
console.log(rows.map(r => `${r.dept}/${r.age}/${r.name}`))
