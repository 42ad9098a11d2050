const people = [{ n: 'ann', team: 'red' }, { n: 'bob', team: 'blue' }, { n: 'cy', team: 'red' }, { n: 'di', team: 'green' }]
const groups = new Map()
for (const p of people) {
  if (!groups.has(p.team)) groups.set(p.team, [])
  groups.get(p.team).push(p.n)
}
console.log(groups)
console.log([...groups].map(([team, names]) => `${team}:${names.length}`).join(', '))
const counts = people.reduce((m, p) => m.set(p.team, (m.get(p.team) || 0) + 1), new Map())
console.log([...counts.entries()])
