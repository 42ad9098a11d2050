const data = {
  id: 'abc-123',
  tags: ['x', 'y'],
  owner: { name: 'Ann', roles: new Set(['admin']) },
  history: [{ at: new Date(Date.UTC(2024, 0, 1)), ok: true }],
  meta: new Map([['version', 2]])
}
console.log(data)
console.log([data.tags, [data.owner]])
