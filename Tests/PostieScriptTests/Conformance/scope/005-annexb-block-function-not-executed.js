function f() {
  console.log(typeof k)
  if (false) {
    function k() {}
  }
  console.log(typeof k)
  return 'k' in {} ? 'no' : 'done'
}
console.log(f())
