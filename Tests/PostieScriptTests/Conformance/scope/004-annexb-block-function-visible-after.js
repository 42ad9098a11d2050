console.log(typeof g)
{
  function g() { return 'g' }
}
console.log(typeof g, g())
function wrapper() {
  console.log('before', typeof h)
  if (true) {
    function h() { return 'h' }
  }
  return h()
}
console.log(wrapper())
