const animal = { eats: true }
const rabbit = { jumps: true }
console.log(Object.getPrototypeOf(rabbit) === Object.prototype)
Object.setPrototypeOf(rabbit, animal)
console.log(rabbit.eats, Object.getPrototypeOf(rabbit) === animal, animal.isPrototypeOf(rabbit))
console.log(Object.getPrototypeOf(Object.prototype), Object.getPrototypeOf(1) === Number.prototype)
try { Object.setPrototypeOf(animal, rabbit) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Object.setPrototypeOf(rabbit, 5) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(Object.setPrototypeOf(1, null))
