class Base {}
class Early extends Base {
  constructor() { this.x = 1; super() }
}
class Missing extends Base {
  constructor() {}
}
class Twice extends Base {
  constructor() { super(); super() }
}
for (const C of [Early, Missing, Twice]) {
  try { new C(); console.log(C.name, 'ok') } catch (e) { console.log(C.name, e.name + ': ' + e.message) }
}
