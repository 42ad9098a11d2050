const bare = Object.create(null)
console.log(bare)
bare.a = 1
console.log(bare)
console.log({ nested: Object.assign(Object.create(null), { x: 1 }) })
const fromProtoless = Object.create(Object.create(null))
console.log(fromProtoless)
