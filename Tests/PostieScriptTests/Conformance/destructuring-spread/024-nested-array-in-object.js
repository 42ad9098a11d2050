const resp = { data: { items: [[1, 'one'], [2, 'two'], [3, 'three']] } }
const { data: { items: [[id1], , [id3, label3]] } } = resp
console.log(id1, id3, label3)
const { data: { items: { length } } } = resp
console.log(length)
