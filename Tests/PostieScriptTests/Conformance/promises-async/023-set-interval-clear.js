let ticks = 0
const id = setInterval(() => {
  ticks++
  console.log('tick', ticks)
  if (ticks === 3) {
    clearInterval(id)
    console.log('cleared')
  }
}, 5)
console.log('interval started')
