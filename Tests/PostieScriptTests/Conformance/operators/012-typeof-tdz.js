try {
  console.log(typeof later)
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
let later = 1
console.log(typeof later)
console.log(typeof notDeclaredAnywhere)
