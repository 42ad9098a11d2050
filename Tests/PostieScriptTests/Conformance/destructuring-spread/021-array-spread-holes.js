const holes = [1, , 3]
console.log([...holes])
console.log(holes.concat([]))
console.log(Array.from(holes))
console.log(1 in [...holes], 1 in holes.slice())
console.log([..."", ...[], ...[, ]])
