{
  class Inside { hello() { return 'inside' } }
  console.log(new Inside().hello())
}
console.log(typeof Inside)
const made = []
for (let i = 0; i < 2; i++) {
  class Fresh {}
  made.push(Fresh)
}
console.log(made[0] === made[1], made[0].name)
const factory = () => class {}
console.log(factory().name === '', factory() === factory())
