class   Spaced   extends Object {
  // comment
  method() { return 1 }
}
console.log(Spaced.toString())
const Expr = class {}
console.log(Expr.toString(), String(class Named {}))
