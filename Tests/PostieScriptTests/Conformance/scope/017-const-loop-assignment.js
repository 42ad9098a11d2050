try {
  for (const i = 0; i < 2; i++) {
    console.log('body', i)
  }
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
for (const k of [1, 2]) console.log('of', k)
