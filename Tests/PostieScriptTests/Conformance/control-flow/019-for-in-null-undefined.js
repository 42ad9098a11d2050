let count = 0
for (const k in null) count++
for (const k in undefined) count++
for (const k in 42) count++
console.log(count)
for (const k in Object.create(null)) count++
console.log(count)
