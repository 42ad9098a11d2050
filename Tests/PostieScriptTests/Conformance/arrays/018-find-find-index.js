const users = [{ id: 1, name: 'a' }, { id: 2, name: 'b' }, { id: 3, name: 'b' }]
console.log(users.find(u => u.name === 'b'), users.findIndex(u => u.name === 'b'))
console.log(users.find(u => u.id > 5), users.findIndex(u => u.id > 5))
const visited = []
;[1, , 3].find((v, i) => { visited.push(i + ':' + v); return false })
console.log(visited)
console.log([5, 6].find(function (v) { return v === this.target }, { target: 6 }))
