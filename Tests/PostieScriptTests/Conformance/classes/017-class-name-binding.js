const Outer = class Inner {
  who() { return Inner.name }
  static rename() { try { Inner = null } catch (e) { return e.name + ': ' + e.message } }
}
console.log(new Outer().who(), Outer.name, typeof Inner)
console.log(Outer.rename())
class Decl {
  reassign() { try { Decl = 1 } catch (e) { return e.message } }
}
console.log(new Decl().reassign())
Decl2 = 1
var Decl2
console.log(Decl2)
